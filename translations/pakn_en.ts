<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendar/holidayrules.cpp" line="+16"/>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lunar New Year (Tết)</source>
        <translation>Lunar New Year (Tết)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Hùng Kings&apos; Commemoration Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Victory Day</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International Labour Day</source>
        <translation>International Labour Day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compensatory day off for %1</source>
        <translation>Compensatory day off for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra day off</source>
        <translation>Extra day off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the supported calendar range</source>
        <translation>Outside the supported calendar range</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+18"/>
        <source>National portal</source>
        <translation>National portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../core/domain/workflow.cpp" line="+18"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer for handling</source>
        <translation>Transfer for handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward outside the city</source>
        <translation>Forward outside the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add internal note</source>
        <translation>Add internal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post progress update</source>
        <translation>Post progress update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reply</source>
        <translation>Save reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comment</source>
        <translation>Return with comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back for rework</source>
        <translation>Send back for rework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../core/calendar/deadlinepolicy.cpp" line="+56"/>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>the result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last progress update</source>
        <translation>the last progress update</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n weekend day</numerusform>
            <numerusform>%n weekend days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n working day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n working day from %1 (%2), not counting that day</numerusform>
            <numerusform>%n working days from %1 (%2), not counting that day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n calendar day from %1 (%2), not counting that day</numerusform>
            <numerusform>%n calendar days from %1 (%2), not counting that day</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; the last day, %1, is a day off, so the period ends on the next working day</source>
        <translation>; the last day, %1, is a day off, so the period ends on the next working day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; skipped: %1</source>
        <translation>; skipped: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; due %1.</source>
        <translation>; due %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The deadline cannot be computed: the calendar covers %1 to %2 only.</source>
        <translation>The deadline cannot be computed: the calendar covers %1 to %2 only.</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <location filename="../app/options.cpp" line="+14"/>
        <source>PAKN Desk: handle citizens&apos; feedback and recommendations on administrative regulations.</source>
        <translation>PAKN Desk: handle citizens&apos; feedback and recommendations on administrative regulations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Petition service address (https).</source>
        <translation>Petition service address (https).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file of a CA to trust in addition to the system&apos;s.</source>
        <translation>PEM file of a CA to trust in addition to the system&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name to fill in.</source>
        <translation>User name to fill in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the local caches (default: the user&apos;s data folder).</source>
        <translation>Folder for the local caches (default: the user&apos;s data folder).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language: vi or en.</source>
        <translation>User interface language: vi or en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit.</source>
        <translation>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Like --screenshot, but save the main window, the detail pane and a search as PNG files in this folder.</source>
        <translation>Like --screenshot, but save the main window, the detail pane and a search as PNG files in this folder.</translation>
    </message>
</context>
<context>
    <name>PetitionKind</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+11"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
</context>
<context>
    <name>PetitionState</name>
    <message>
        <location filename="../core/domain/petitionstate.cpp" line="+23"/>
        <source>Awaiting receipt</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred for handling</source>
        <translation>Transferred for handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded outside the city</source>
        <translation>Forwarded outside the city</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back for rework</source>
        <translation>Sent back for rework</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/role.cpp" line="+18"/>
        <source>Handling officer</source>
        <translation>Handling officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal officer</source>
        <translation>Focal officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit leader</source>
        <translation>Unit leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City office</source>
        <translation>City office</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../core/store/petitionquery.cpp" line="+45"/>
        <source>All cached</source>
        <translation>All cached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To receive</source>
        <translation>To receive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting my approval</source>
        <translation>Awaiting my approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to me</source>
        <translation>Returned to me</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox (pending sync)</source>
        <translation>Outbox (pending sync)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All in my unit</source>
        <translation>All in my unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>pakn::AccountController</name>
    <message>
        <location filename="../core/sync/accountcontroller.cpp" line="+123"/>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your session has ended. Sign in again with your password.</source>
        <translation>Your session has ended. Sign in again with your password.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the local cache: %1</source>
        <translation>Cannot open the local cache: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</source>
        <translation>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</source>
        <translation>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your session has ended. Sign in again; nothing you queued is lost.</source>
        <translation>Your session has ended. Sign in again; nothing you queued is lost.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The petition is no longer in the local cache.</source>
        <translation>The petition is no longer in the local cache.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the action: %1</source>
        <translation>Could not store the action: %1</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+37"/>
        <location line="+213"/>
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>The server sent an answer this version cannot read (%1).</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>its certificate has expired</source>
        <translation>its certificate has expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s administrator must renew it.</source>
        <translation>The server&apos;s administrator must renew it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid yet</source>
        <translation>its certificate is not valid yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate was issued for another host name</source>
        <translation>its certificate was issued for another host name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; someone may be impersonating the server.</source>
        <translation>Check the server address; someone may be impersonating the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate has been revoked</source>
        <translation>its certificate has been revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your IT department; someone may be impersonating the server.</source>
        <translation>Tell your IT department; someone may be impersonating the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its certificate was not issued by an authority this computer trusts (a self-signed certificate, or a changed certificate authority)</source>
        <translation>its certificate was not issued by an authority this computer trusts (a self-signed certificate, or a changed certificate authority)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</source>
        <translation>Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Cannot read the CA file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>The CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address is not a valid URL.</source>
        <translation>The server address is not a valid URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https:// — PAKN Desk never sends data unencrypted.</source>
        <translation>The server address must start with https:// — PAKN Desk never sends data unencrypted.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The server&apos;s answer was not valid JSON (%1 at byte %2).</source>
        <translation>The server&apos;s answer was not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server refused the request (%1): %2</source>
        <translation>The server refused the request (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to the server broke off (%1). PAKN Desk will try again.</source>
        <translation>The secure connection to the server broke off (%1). PAKN Desk will try again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PAKN Desk did not connect because the server could not prove who it is: %1. %2 (%3)</source>
        <translation>PAKN Desk did not connect because the server could not prove who it is: %1. %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</source>
        <translation>The server&apos;s certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>The server did not answer within %1 seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
</context>
<context>
    <name>pakn::CommandDialog</name>
    <message>
        <location filename="../ui/commanddialog.cpp" line="+30"/>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (1–8)</source>
        <translation>Category (1–8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To unit (id)</source>
        <translation>To unit (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To agency</source>
        <translation>To agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer (user name)</source>
        <translation>Officer (user name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject line</source>
        <translation>Subject line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment to the officer</source>
        <translation>Comment to the officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must be reworked</source>
        <translation>What must be reworked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An administrative regulation</source>
        <translation>An administrative regulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials&apos; conduct</source>
        <translation>Officials&apos; conduct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within our competence</source>
        <translation>Within our competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another agency&apos;s competence</source>
        <translation>Another agency&apos;s competence</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 this petition?</source>
        <translation>%1 this petition?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is sent at the next sync, also after a restart; until then you can drop it from the outbox.</source>
        <translation>It is sent at the next sync, also after a restart; until then you can drop it from the outbox.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pakn::DeadlineDisplay</name>
    <message>
        <location filename="../models/deadlinedisplay.cpp" line="+19"/>
        <source>Deadline %1 (no deadline runs in this state)</source>
        <translation>Deadline %1 (no deadline runs in this state)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+4"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Within the deadline: %n working day(s) left until %1</source>
        <translation>
            <numerusform>Within the deadline: %n working day left until %1</numerusform>
            <numerusform>Within the deadline: %n working days left until %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon: the deadline is today, %1</source>
        <translation>Due soon: the deadline is today, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due soon: %n working day(s) left until %1</source>
        <translation>
            <numerusform>Due soon: %n working day left until %1</numerusform>
            <numerusform>Due soon: %n working days left until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location filename="../ui/petitionlistview.cpp" line="+106"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue: %n working day(s) past the deadline of %1</source>
        <translation>
            <numerusform>Overdue: %n working day past the deadline of %1</numerusform>
            <numerusform>Overdue: %n working days past the deadline of %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the deadline was %1</source>
        <translation>Overdue: the deadline was %1</translation>
    </message>
</context>
<context>
    <name>pakn::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+46"/>
        <source>Search code, title, content, submitter… (Ctrl+F)</source>
        <translation>Search code, title, content, submitter… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search petitions</source>
        <translation>Search petitions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by channel</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by field</source>
        <translation>Filter by field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of petitions listed</source>
        <translation>Number of petitions listed</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln petition(s)</source>
        <translation>
            <numerusform>%Ln petition</numerusform>
            <numerusform>%Ln petitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+41"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+67"/>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+2"/>
        <source>Send the outbox and fetch the latest changes from the server (F5)</source>
        <translation>Send the outbox and fetch the latest changes from the server (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the &amp;list</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the saved &amp;views</source>
        <translation>Go to the saved &amp;views</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the selected petition</source>
        <translation>&amp;Open the selected petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add internal &amp;note…</source>
        <translation>Add internal &amp;note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a petition you may add a note to first.</source>
        <translation>Choose a petition you may add a note to first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Petition</source>
        <translation>&amp;Petition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open the selected petition (in the list)</source>
        <translation>Open the selected petition (in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search (in the search box)</source>
        <translation>Clear the search (in the search box)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous petition (in the list)</source>
        <translation>Next / previous petition (in the list)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down, Up</source>
        <translation>Down, Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns (on the list&apos;s header)</source>
        <translation>Choose columns (on the list&apos;s header)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+26"/>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Queued; it is sent at the next sync.</source>
        <translation>Queued; it is sent at the next sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action was not queued</source>
        <translation>The action was not queued</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Drop the action?</source>
        <translation>Drop the action?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action will not be sent to the server, and what you entered for it is lost.</source>
        <translation>The action will not be sent to the server, and what you entered for it is lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxModel</name>
    <message>
        <location filename="../models/outboxmodel.cpp" line="+75"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will try again at %1 (%2)</source>
        <translation>Will try again at %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the server meanwhile; resolve it, then retry or drop it. %1</source>
        <translation>Changed on the server meanwhile; resolve it, then retry or drop it. %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxPanel</name>
    <message>
        <location filename="../ui/outboxpanel.cpp" line="+16"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions waiting to be sent</source>
        <translation>Actions waiting to be sent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry the chosen action</source>
        <translation>Retry the chosen action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the chosen action</source>
        <translation>Drop the chosen action</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionActions</name>
    <message>
        <location filename="../ui/petitionactions.cpp" line="+13"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions on the petition</source>
        <translation>Actions on the petition</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to do here for your role at this step.</source>
        <translation>Nothing to do here for your role at this step.</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionDetailView</name>
    <message>
        <location filename="../ui/petitiondetailview.cpp" line="+37"/>
        <source>Petition details</source>
        <translation>Petition details</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Petition title</source>
        <translation>Petition title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petition code and kind</source>
        <translation>Petition code and kind</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the deadline was computed</source>
        <translation>How the deadline was computed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Petition content</source>
        <translation>Petition content</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Select a petition to see it here.</source>
        <translation>Select a petition to see it here.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The deadline set by the service, %1, is the one that counts.</source>
        <translation>The deadline set by the service, %1, is the one that counts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitter</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the deadline is counted: %1</source>
        <translation>How the deadline is counted: %1</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+237"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitter</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListView</name>
    <message>
        <location filename="../ui/petitionlistview.cpp" line="-82"/>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Click to sort; right-click to choose columns</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show columns</source>
        <translation>Show columns</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>pakn::SavedViewModel</name>
    <message numerus="yes">
        <location filename="../models/savedviewmodel.cpp" line="+101"/>
        <source>%1: %n petition(s)</source>
        <translation>
            <numerusform>%1: %n petition</numerusform>
            <numerusform>%1: %n petitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>pakn::SavedViewsPane</name>
    <message>
        <location filename="../ui/savedviewspane.cpp" line="+28"/>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
</context>
<context>
    <name>pakn::SecretStore</name>
    <message>
        <location filename="../core/net/secretstore.cpp" line="+11"/>
        <source>The system keychain refused: %1 (%2)</source>
        <translation>The system keychain refused: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pakn::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+16"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pakn::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+21"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to PAKN Desk</source>
        <translation>Sign in to PAKN Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only if your IT department gave you one</source>
        <translation>Only if your IT department gave you one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Organisation CA file</source>
        <translation>Organisation CA file</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Organisation &amp;CA file:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>pakn::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+29"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not update the outbox.</source>
        <translation>Could not update the outbox.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+68"/>
        <location line="+33"/>
        <source>Could not save to the local cache: %1</source>
        <translation>Could not save to the local cache: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Synchronising… %n records received</source>
        <translation>
            <numerusform>Synchronising… %n record received</numerusform>
            <numerusform>Synchronising… %n records received</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>pakn::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="+19"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands waiting to be sent; opens the outbox</source>
        <translation>Commands waiting to be sent; opens the outbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Open the outbox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox empty</source>
        <translation>Outbox empty</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>%Ln waiting to be sent</numerusform>
            <numerusform>%Ln waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting, %2 need you</source>
        <translation>
            <numerusform>%Ln waiting, %2 need you</numerusform>
            <numerusform>%Ln waiting, %2 need you</numerusform>
        </translation>
    </message>
</context>
</TS>
