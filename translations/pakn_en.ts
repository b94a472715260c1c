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
        <location filename="../core/sync/accountcontroller.cpp" line="+92"/>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the local cache: %1</source>
        <translation>Cannot open the local cache: %1</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>The server sent an answer this version cannot read (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+90"/>
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
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</source>
        <translation>The server&apos;s certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>pakn::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+31"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>Fetch the latest changes from the server (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>pakn::PetitionDetailView</name>
    <message>
        <location filename="../ui/petitiondetailview.cpp" line="+43"/>
        <source>Petition content</source>
        <translation>Petition content</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a petition to see it here.</source>
        <translation>Select a petition to see it here.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+1"/>
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
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+105"/>
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
        <source>Channel</source>
        <translation>Channel</translation>
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
        <location filename="../core/sync/syncengine.cpp" line="+28"/>
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
        <location line="+64"/>
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
        <location line="+11"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
</TS>
