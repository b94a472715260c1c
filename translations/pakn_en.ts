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
    <name>DashboardChart</name>
    <message>
        <location filename="../models/dashboardcharts.cpp" line="+25"/>
        <source>Open petitions per officer</source>
        <translation>Open petitions per officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open petitions per unit</source>
        <translation>Open petitions per unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies on time and late, by month</source>
        <translation>Replies on time and late, by month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open petitions by days since receipt</source>
        <translation>Open petitions by days since receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue petitions by working days past the deadline</source>
        <translation>Overdue petitions by working days past the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (the %1 busiest of %2)</source>
        <translation> (the %1 busiest of %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../ui/dashboardfilters.cpp" line="+23"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This half-year</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>All time</translation>
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
        <location filename="../app/options.cpp" line="+17"/>
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
        <source>User interface language: vi, en or system (the system&apos;s language; Vietnamese if it is neither).</source>
        <translation>User interface language: vi, en or system (the system&apos;s language; Vietnamese if it is neither).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit. Works in a temporary profile deleted on exit (--profile is not used).</source>
        <translation>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit. Works in a temporary profile deleted on exit (--profile is not used).</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Report</name>
    <message>
        <location filename="../core/reports/report.cpp" line="+49"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+11"/>
        <location line="+76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New in the period</source>
        <translation>New in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>By type (new)</source>
        <translation>By type (new)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Administrative conduct</source>
        <translation>Administrative conduct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative regulations</source>
        <translation>Administrative regulations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Within deadline</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>By channel (new)</source>
        <translation>By channel (new)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportexport.cpp" line="+41"/>
        <source>REPORT ON RECEIVING AND HANDLING FEEDBACK AND PETITIONS</source>
        <translation>REPORT ON RECEIVING AND HANDLING FEEDBACK AND PETITIONS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Difficulties, causes and proposals</source>
        <translation>Difficulties, causes and proposals</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+71"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../models/reportdocument.cpp" line="+34"/>
        <source>PEOPLE&apos;S COMMITTEE OF HANOI</source>
        <translation>PEOPLE&apos;S COMMITTEE OF HANOI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIET NAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence – Freedom – Happiness</source>
        <translation>Independence – Freedom – Happiness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanoi, %1/%2/%3</source>
        <translation>Hanoi, %1/%2/%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue as of %1</source>
        <translation>Overdue as of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="+108"/>
        <source>&apos;%1&apos; is not a period: give q1-2025 … q4-2025, h1-2025, h2-2025, 2025, or a range 2025-01-01..2025-03-31 (cut-off day 1–28)</source>
        <translation>&apos;%1&apos; is not a period: give q1-2025 … q4-2025, h1-2025, h2-2025, 2025, or a range 2025-01-01..2025-03-31 (cut-off day 1–28)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quarter %1 %2 (%3)</source>
        <translation>Quarter %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First half of %1 (%2)</source>
        <translation>First half of %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second half of %1 (%2)</source>
        <translation>Second half of %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year %1 (%2)</source>
        <translation>Year %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
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
        <location filename="../core/store/petitionquery.cpp" line="+55"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Returned to me</source>
        <translation>Returned to me</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>pakn::AccountController</name>
    <message>
        <location filename="../core/sync/accountcontroller.cpp" line="+189"/>
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
        <location line="+38"/>
        <source>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</source>
        <translation>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</source>
        <translation>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your session has ended. Sign in again; nothing you queued is lost.</source>
        <translation>Your session has ended. Sign in again; nothing you queued is lost.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+45"/>
        <location line="+7"/>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The petition is no longer in the local cache.</source>
        <translation>The petition is no longer in the local cache.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the action: %1</source>
        <translation>Could not store the action: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The conflict could not be resolved: %1</source>
        <translation>The conflict could not be resolved: %1</translation>
    </message>
</context>
<context>
    <name>pakn::AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.cpp" line="+31"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox:</source>
        <translation>Outbox:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has been sent.</source>
        <translation>Everything has been sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) not sent yet</source>
        <translation>
            <numerusform>%n action not sent yet</numerusform>
            <numerusform>%n actions not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out…</source>
        <translation>Sign &amp;out…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch server…</source>
        <translation>S&amp;witch server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out, keeping this account&apos;s cache, and sign in to another server</source>
        <translation>Sign out, keeping this account&apos;s cache, and sign in to another server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your outbox and drafts stay on this computer for your next sign-in.</source>
        <translation>Your outbox and drafts stay on this computer for your next sign-in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cached petitions, drafts and attachments of this account are deleted from this computer. Nothing is waiting to be sent.</source>
        <translation>The cached petitions, drafts and attachments of this account are deleted from this computer. Nothing is waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) in the outbox have not been sent yet and will be lost, with the drafts and attachments of this account.</source>
        <translation>
            <numerusform>%n action in the outbox have not been sent yet and will be lost, with the drafts and attachments of this account.</numerusform>
            <numerusform>%n actions in the outbox have not been sent yet and will be lost, with the drafts and attachments of this account.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sign out of PAKN Desk?</source>
        <translation>Sign out of PAKN Desk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also &amp;delete this account&apos;s local cache from this computer</source>
        <translation>Also &amp;delete this account&apos;s local cache from this computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+44"/>
        <location line="+225"/>
        <location filename="../core/net/apiclientuploads.cpp" line="+58"/>
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>The server sent an answer this version cannot read (%1).</translation>
    </message>
    <message>
        <location line="-206"/>
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
        <location line="+168"/>
        <source>The server&apos;s answer was not valid JSON (%1 at byte %2).</source>
        <translation>The server&apos;s answer was not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The server refused the request (%1): %2</source>
        <translation>The server refused the request (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <location line="-94"/>
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
        <location line="+8"/>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>pakn::AttachmentFetcher</name>
    <message>
        <location filename="../core/sync/attachmentfetcher.cpp" line="+53"/>
        <source>The attachment &quot;%1&quot; has no valid checksum, so it cannot be checked.</source>
        <translation>The attachment &quot;%1&quot; has no valid checksum, so it cannot be checked.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The attachment &quot;%1&quot; is not on this computer, and there is no connection to the server.</source>
        <translation>The attachment &quot;%1&quot; is not on this computer, and there is no connection to the server.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+103"/>
        <location line="+62"/>
        <source>Cannot write the attachment &quot;%1&quot; to the local folder: %2</source>
        <translation>Cannot write the attachment &quot;%1&quot; to the local folder: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The server sent a different file than described for &quot;%1&quot;; it was not kept.</source>
        <translation>The server sent a different file than described for &quot;%1&quot;; it was not kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not download &quot;%1&quot;: %2</source>
        <translation>Could not download &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+11"/>
        <source>Could not download &quot;%1&quot;: the connection kept breaking.</source>
        <translation>Could not download &quot;%1&quot;: the connection kept breaking.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded file &quot;%1&quot; does not match its checksum; it was not kept.</source>
        <translation>The downloaded file &quot;%1&quot; does not match its checksum; it was not kept.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The download was cancelled.</source>
        <translation>The download was cancelled.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="+81"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files of the reply</source>
        <translation>Files of the reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The citizen&apos;s files</source>
        <translation>The citizen&apos;s files</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach files to the reply (or drop them here)</source>
        <translation>Attach files to the reply (or drop them here)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/screenshots.cpp" line="+299"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted files (%1)</source>
        <translation>Accepted files (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>A file could not be removed from the draft on this computer; it is listed again.</source>
        <translation>A file could not be removed from the draft on this computer; it is listed again.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” could not be found; it may have been moved or deleted.</source>
        <translation>“%1” could not be found; it may have been moved or deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1” is not a file that can be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is %2; a file may be at most %3.</source>
        <translation>“%1” is %2; a file may be at most %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not of an accepted type. Accepted: %2.</source>
        <translation>“%1” is not of an accepted type. Accepted: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” was not added: a reply may have at most %n file(s).</source>
        <translation>
            <numerusform>“%1” was not added: a reply may have at most %n file.</numerusform>
            <numerusform>“%1” was not added: a reply may have at most %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be stored on this computer (%2).</source>
        <translation>“%1” could not be stored on this computer (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding “%1” was cancelled.</source>
        <translation>Adding “%1” was cancelled.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding files</source>
        <translation>Adding files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking and copying “%1”…</source>
        <translation>Checking and copying “%1”…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is no longer on this computer.</source>
        <translation>“%1” is no longer on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading “%1”…</source>
        <translation>Downloading “%1”…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” could not be downloaded: %2</source>
        <translation>“%1” could not be downloaded: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” could not be opened.</source>
        <translation>“%1” could not be opened.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentModel</name>
    <message>
        <location filename="../models/attachmentmodel.cpp" line="+63"/>
        <source>on the server</source>
        <translation>on the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting to upload</source>
        <translation>waiting to upload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploading</source>
        <translation>uploading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploaded</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentUploader</name>
    <message>
        <location filename="../core/sync/attachmentuploader.cpp" line="+88"/>
        <source>The attached files cannot be read: no local attachment folder.</source>
        <translation>The attached files cannot be read: no local attachment folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>An attached file of this reply was removed from this computer before it was sent. Attach it again.</source>
        <translation>An attached file of this reply was removed from this computer before it was sent. Attach it again.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+75"/>
        <source>The attached file &quot;%1&quot; is missing from the local attachment folder, so the reply was not sent. Attach the file again.</source>
        <translation>The attached file &quot;%1&quot; is missing from the local attachment folder, so the reply was not sent. Attach the file again.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The attached file &quot;%1&quot; is damaged in the local attachment folder, so the reply was not sent. Attach the file again.</source>
        <translation>The attached file &quot;%1&quot; is damaged in the local attachment folder, so the reply was not sent. Attach the file again.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The attached file &quot;%1&quot; could not be read from the local attachment folder: %2</source>
        <translation>The attached file &quot;%1&quot; could not be read from the local attachment folder: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The attached file &quot;%1&quot; was not accepted: %2</source>
        <translation>The attached file &quot;%1&quot; was not accepted: %2</translation>
    </message>
</context>
<context>
    <name>pakn::BulkActions</name>
    <message>
        <location filename="../ui/bulkactions.cpp" line="+27"/>
        <location line="+64"/>
        <source>&amp;Selected petitions</source>
        <translation>&amp;Selected petitions</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 all selected…</source>
        <translation>%1 all selected…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 all selected</source>
        <translation>%1 all selected</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Selected petitions (%1)</source>
        <translation>&amp;Selected petitions (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n petition(s)</source>
        <translation>
            <numerusform>%n petition</numerusform>
            <numerusform>%n petitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %n petition(s)</source>
        <translation>
            <numerusform>%1 — %n petition</numerusform>
            <numerusform>%1 — %n petitions</numerusform>
        </translation>
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
        <location line="+85"/>
        <source>%1 this petition?</source>
        <translation>%1 this petition?</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>pakn::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+60"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the merge</source>
        <translation>Use the merge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve the conflict of %1</source>
        <translation>Resolve the conflict of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed the reply of %1 on the server while you were editing it. Compare the three versions and choose which one to keep; nothing is lost until you choose.</source>
        <translation>Someone changed the reply of %1 on the server while you were editing it. Compare the three versions and choose which one to keep; nothing is lost until you choose.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Base: what you started from</source>
        <translation>Base: what you started from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine: what you wrote</source>
        <translation>Mine: what you wrote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: on the server now (%1)</source>
        <translation>Theirs: on the server now (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: on the server now, by %1 (%2)</source>
        <translation>Theirs: on the server now, by %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no reply)</source>
        <translation>(no reply)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge (edit freely, then use it):</source>
        <translation>Merge (edit freely, then use it):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged subject line</source>
        <translation>Merged subject line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged body</source>
        <translation>Merged body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from mine</source>
        <translation>Start from mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from theirs</source>
        <translation>Start from theirs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send your version again, on top of the server&apos;s</source>
        <translation>Send your version again, on top of the server&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop your change; your draft becomes the server&apos;s version</source>
        <translation>Drop your change; your draft becomes the server&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the merge, on top of the server&apos;s version</source>
        <translation>Send the merge, on top of the server&apos;s version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>pakn::ConflictModel</name>
    <message>
        <location filename="../models/conflictmodel.cpp" line="+79"/>
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
        <source>Since</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardFilters</name>
    <message>
        <location filename="../ui/dashboardfilters.cpp" line="+31"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ield:</source>
        <translation>F&amp;ield:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="+29"/>
        <source>Dashboard — PAKN Desk</source>
        <translation>Dashboard — PAKN Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic &amp;report…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies awaiting your approval, oldest first, with their deadlines</source>
        <translation>Replies awaiting your approval, oldest first, with their deadlines</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overdue petitions</source>
        <translation>Overdue petitions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days overdue</source>
        <translation>Working days overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Overdue petitions&lt;/b&gt; (most overdue first; double-click to open)</source>
        <translation>&lt;b&gt;Overdue petitions&lt;/b&gt; (most overdue first; double-click to open)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open: %1 · Overdue: %2</source>
        <translation>Open: %1 · Overdue: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval queue (%1)</source>
        <translation>Approval queue (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated in %1 ms</source>
        <translation>Updated in %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some figures could not be read: %1</source>
        <translation>Some figures could not be read: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
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
        <location filename="../ui/petitionlistview.cpp" line="+120"/>
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
    <name>pakn::Desk</name>
    <message>
        <location filename="../app/desk.cpp" line="+57"/>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
</context>
<context>
    <name>pakn::DeskSettings</name>
    <message>
        <location filename="../ui/desksettings.cpp" line="+68"/>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync interval must be between 0 (off) and %1 minutes.</source>
        <translation>The sync interval must be between 0 (off) and %1 minutes.</translation>
    </message>
</context>
<context>
    <name>pakn::DueSoonTray</name>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="+188"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>%n petition due soon or overdue</numerusform>
            <numerusform>%n petitions due soon or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>PAKN Desk — %n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>PAKN Desk — %n petition due soon or overdue</numerusform>
            <numerusform>PAKN Desk — %n petitions due soon or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+49"/>
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
        <location line="+110"/>
        <source>%Ln petition(s)</source>
        <translation>
            <numerusform>%Ln petition</numerusform>
            <numerusform>%Ln petitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>newest first</source>
        <translation>newest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than %L1 petitions match: they are listed newest first instead of by relevance. Type more words to narrow the search.</source>
        <translation>More than %L1 petitions match: they are listed newest first instead of by relevance. Type more words to narrow the search.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search index is being built; until it is done, some petitions or recent changes may be missing from the results.</source>
        <translation>The search index is being built; until it is done, some petitions or recent changes may be missing from the results.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../ui/mainwindowmenus.cpp" line="+42"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+78"/>
        <location line="+296"/>
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
        <source>&amp;Account…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a petition you may add a note to first.</source>
        <translation>Choose a petition you may add a note to first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Petition</source>
        <translation>&amp;Petition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <source>Select several petitions (in the list; also Ctrl+click, Shift+click)</source>
        <translation>Select several petitions (in the list; also Ctrl+click, Shift+click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Down, Shift+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every loaded petition (in the list)</source>
        <translation>Select every loaded petition (in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the selected petitions (in the list)</source>
        <translation>Actions on the selected petitions (in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns (on the list&apos;s header)</source>
        <translation>Choose columns (on the list&apos;s header)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-269"/>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Queued; it is sent at the next sync.</source>
        <translation>Queued; it is sent at the next sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action was not queued</source>
        <translation>The action was not queued</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>%n petition due soon or overdue</numerusform>
            <numerusform>%n petitions due soon or overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+109"/>
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
    <message>
        <location filename="../ui/mainwindowdashboard.cpp" line="+27"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where are we late, and who is overloaded? (Ctrl+Shift+D)</source>
        <translation>Where are we late, and who is overloaded? (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodic &amp;report…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%1 — %n petition(s); choose a saved view to see it whole.</source>
        <translation>
            <numerusform>%1 — %n petition; choose a saved view to see it whole.</numerusform>
            <numerusform>%1 — %n petitions; choose a saved view to see it whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::OutboxModel</name>
    <message>
        <location filename="../models/outboxmodel.cpp" line="+104"/>
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
        <location filename="../ui/petitiondetailview.cpp" line="+73"/>
        <source>Petition details</source>
        <translation>Petition details</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+9"/>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The citizen&apos;s files</source>
        <translation>The citizen&apos;s files</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes (not shown to the citizen)</source>
        <translation>Internal notes (not shown to the citizen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Transfer for handling</source>
        <translation>Transfer for handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording the result</source>
        <translation>Recording the result</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: by %2. %3</source>
        <translation>%1: by %2. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n action(s) of yours could not be applied: the petition changed on the server meanwhile. Nothing is lost until you choose what to keep.</source>
        <translation>
            <numerusform>%n action of yours could not be applied: the petition changed on the server meanwhile. Nothing is lost until you choose what to keep.</numerusform>
            <numerusform>%n actions of yours could not be applied: the petition changed on the server meanwhile. Nothing is lost until you choose what to keep.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a petition to see it here.</source>
        <translation>Select a petition to see it here.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+10"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>officials&apos; conduct</source>
        <translation>officials&apos; conduct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an administrative regulation</source>
        <translation>an administrative regulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within our competence</source>
        <translation>within our competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another agency&apos;s competence</source>
        <translation>another agency&apos;s competence</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Not accepted because</source>
        <translation>Not accepted because</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the deadline is counted: %1</source>
        <translation>How the deadline is counted: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each step:</source>
        <translation>Each step:</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+382"/>
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
        <location filename="../ui/petitionlistview.cpp" line="-94"/>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Click to sort; right-click to choose columns</translation>
    </message>
    <message>
        <location line="+101"/>
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
    <name>pakn::ProcedureLabel</name>
    <message>
        <location filename="../ui/procedurelabel.cpp" line="+7"/>
        <source>Procedure or regulation</source>
        <translation>Procedure or regulation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (procedure code %2)</source>
        <translation>%1 (procedure code %2)</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyChecks</name>
    <message>
        <location filename="../ui/replyeditorchecks.cpp" line="+18"/>
        <source>Write the subject line.</source>
        <translation>Write the subject line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the body of the reply.</source>
        <translation>Write the body of the reply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the signer.</source>
        <translation>Name the signer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the signer&apos;s position.</source>
        <translation>Give the signer&apos;s position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number and symbol may be at most 100 characters.</source>
        <translation>The number and symbol may be at most 100 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signer and the position may be at most 200 characters each.</source>
        <translation>The signer and the position may be at most 200 characters each.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject line may be at most 1,000 characters.</source>
        <translation>The subject line may be at most 1,000 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body may be at most 100,000 characters.</source>
        <translation>The body may be at most 100,000 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply has more files than the service accepts.</source>
        <translation>The reply has more files than the service accepts.</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyEditor</name>
    <message>
        <location filename="../ui/replyeditor.cpp" line="+69"/>
        <source>Use template</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft on the server</source>
        <translation>Save draft on the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval…</source>
        <translation>Submit for approval…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply editor</source>
        <translation>Reply editor</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>e.g. 125/UBND-VP</source>
        <translation>e.g. 125/UBND-VP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set when approved</source>
        <translation>set when approved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Vice Chairman</source>
        <translation>e.g. Vice Chairman</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply template</source>
        <translation>Reply template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill the subject line and the body from the template (Ctrl+Z undoes it)</source>
        <translation>Fill the subject line and the body from the template (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body of the reply</source>
        <translation>Body of the reply</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Number and symbol</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Subject line</source>
        <translation>Subject line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply on the server changed after this draft was started.</source>
        <translation>The reply on the server changed after this draft was started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the server&apos;s version</source>
        <translation>Use the server&apos;s version</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files (drop them here)</source>
        <translation>Files (drop them here)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Your draft saved on this computer at %1 was restored.</source>
        <translation>Your draft saved on this computer at %1 was restored.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The draft could not be saved on this computer: %1</source>
        <translation>The draft could not be saved on this computer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft saved on this computer at %1.</source>
        <translation>Draft saved on this computer at %1.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The draft is queued to be saved on the server.</source>
        <translation>The draft is queued to be saved on the server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before submitting: %1</source>
        <translation>Before submitting: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reply is queued to be submitted for approval.</source>
        <translation>The reply is queued to be submitted for approval.</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyPreviewDialog</name>
    <message>
        <location filename="../ui/replyeditorpreview.cpp" line="+36"/>
        <source>(date set when approved)</source>
        <translation>(date set when approved)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not numbered yet)</source>
        <translation>(not numbered yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hà Nội, %1</source>
        <translation>Hà Nội, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to petition %1: %2</source>
        <translation>In reply to petition %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the citizen will see</source>
        <translation>What the citizen will see</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply as the citizen will see it</source>
        <translation>The reply as the citizen will see it</translation>
    </message>
</context>
<context>
    <name>pakn::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+22"/>
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A period runs from this day of the previous period&apos;s last month to the day before it in its own last month (1: calendar periods)</source>
        <translation>A period runs from this day of the previous period&apos;s last month to the day before it in its own last month (1: calendar periods)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difficulties, causes and proposals — included in the report as written.</source>
        <translation>Difficulties, causes and proposals — included in the report as written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cut-off day:</source>
        <translation>&amp;Cut-off day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a valid period: the start must not be after the end.</source>
        <translation>Choose a valid period: the start must not be after the end.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n unit.</numerusform>
            <numerusform>%n units.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not exported</source>
        <translation>The report was not exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>pakn::SavedViewModel</name>
    <message>
        <location filename="../models/savedviewmodel.cpp" line="+121"/>
        <source>%1: counting…</source>
        <translation>%1: counting…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
    <name>pakn::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+22"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petitions due soon or overdue</source>
        <translation>Petitions due soon or overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>Organisation CA file</source>
        <translation>Organisation CA file</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Only if your IT department gave you one</source>
        <translation>Only if your IT department gave you one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the organisation CA file</source>
        <translation>Choose the organisation CA file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (only when asked)</source>
        <translation>Off (only when asked)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Organisation &amp;CA file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications:</source>
        <translation>Desktop &amp;notifications:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server and CA file are used at the next sign-in; to change server now, use Account → Switch server.</source>
        <translation>The server and CA file are used at the next sign-in; to change server now, use Account → Switch server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System default follows this computer&apos;s language: English when it prefers English, otherwise Vietnamese.</source>
        <translation>System default follows this computer&apos;s language: English when it prefers English, otherwise Vietnamese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language applies after PAKN Desk is restarted.</source>
        <translation>The new language applies after PAKN Desk is restarted.</translation>
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
        <location line="+103"/>
        <source>Organisation CA file</source>
        <translation>Organisation CA file</translation>
    </message>
    <message>
        <location line="-96"/>
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
        <location line="+2"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Organisation &amp;CA file:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location filename="../core/sync/syncengine.cpp" line="+64"/>
        <location line="+8"/>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synchronising… sending %1 of %2 queued actions</source>
        <translation>Synchronising… sending %1 of %2 queued actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not update the outbox.</source>
        <translation>Could not update the outbox.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The attached files cannot be read: no local attachment folder.</source>
        <translation>The attached files cannot be read: no local attachment folder.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+126"/>
        <location line="+51"/>
        <location line="+46"/>
        <location line="+23"/>
        <source>Could not save to the local cache: %1</source>
        <translation>Could not save to the local cache: %1</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>The action &quot;%1&quot; on petition %2 was not sent: the petition is no longer in your unit&apos;s scope (it was transferred, or withdrawn). The action was removed from the outbox.</source>
        <translation>The action &quot;%1&quot; on petition %2 was not sent: the petition is no longer in your unit&apos;s scope (it was transferred, or withdrawn). The action was removed from the outbox.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Synchronising… receiving %1 of %2 petitions</source>
        <translation>Synchronising… receiving %1 of %2 petitions</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Synchronising… %n records received</source>
        <translation>
            <numerusform>Synchronising… %n record received</numerusform>
            <numerusform>Synchronising… %n records received</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Synchronising… preparing the lists</source>
        <translation>Synchronising… preparing the lists</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Synchronising… building the search index</source>
        <translation>Synchronising… building the search index</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>pakn::SyncMark</name>
    <message>
        <location filename="../models/syncmark.cpp" line="+20"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server: open the outbox</source>
        <translation>Refused by the server: open the outbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict with a newer version: open the outbox</source>
        <translation>In conflict with a newer version: open the outbox</translation>
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
<context>
    <name>pakn::TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="+44"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field: %1</source>
        <translation>field: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the citizen</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>pakn::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+32"/>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
</context>
</TS>
