<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Administrators manage users and reference data but do not read or write case files unless also given a case role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school counselor sees only the children of their own school and their follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal liaison sees only the referrals addressed to their agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor approves downgrades, plans and closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages users, scopes and reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the towns you work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school counselor records follow-ups only for children of their own school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is addressed to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been removed from this database. Sign out; an administrator can tell you more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>There is no assessment template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default assessment template is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 already has version %2 or a later one; give the new one a higher version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for overriding the suggested code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has already been corrected; correct the correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTemplate</name>
    <message>
        <source>The assessment template is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment template needs a name and a version of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has an unknown floor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the assessment template is invalid (each item needs a unique key, a weight 0-100 and a max 1-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment template has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds must rise from yellow to orange to red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has no item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; takes a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file name without its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment does not match its recorded SHA-256; it was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment does not match its recorded SHA-256; it was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the one before it: entries were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries from %1 on were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the audit log does not match its recorded head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The record to change was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseVocabulary</name>
    <message>
        <source>Grandparent-raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-needs children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent in prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship supervision order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family education order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order to attend family education guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family education guidance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Run jiahu-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it and keep it locked away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user to check the database&apos;s contents as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and replaced the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database now has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry).</numerusform>
            <numerusform>The audit log is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added town %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: towns %2; schools %3; agency %4; case role %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family files are numbered like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: red %1, orange %2, yellow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added template %1 version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened family file %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town: %1 %2  Address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker: %1  Next follow-up due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Partial view: the children of your school and their follow-ups.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file %1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1: score %2, suggested %3, confirmed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2 (%3, %4% done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 recorded; next due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance session %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  guidance hours: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB an attachment may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, SHA-256 %3) as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 families, %2 people, %3 follow-ups and %4 referrals (%5 records) in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 in the database being replaced: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run jiahu-cli help %1 for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options such as --db and --user: jiahu-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments for %1. Usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family file: its number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id (see &apos;family show --json&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk event id (see &apos;risk queue&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id (default: the default template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from a UTF-8 text file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (or $JIAHU_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with (or $JIAHU_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help (of a command: COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line, instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the recovery code instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hashing cost for new keys: moderate (default, 256 MiB), sensitive (1 GiB) or interactive (64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name shown in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many families (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family categories, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only families assigned to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town or street (镇街).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the family file&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you open it (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it took place (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the guidance or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after this cursor (printed as &apos;next&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is corrected (kept with the correction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (taken from the identity number when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (taken from the identity number when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number (18 characters, GB 11643 check character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School (children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the child (父亲, 祖母, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up (default: by the family&apos;s code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the next follow-up is later than the family&apos;s code allows (the supervisor sees it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family member concerned (person id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the actions are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the order is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours the order requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first administrator (default: --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database and keyring (signed in with --user: the contents as well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (asks for the new user&apos;s password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user and replace the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password an administrator resets (default: your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password, or reset another user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns, comma-separated (&apos;*&apos; for all; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools, comma-separated (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one agency a liaison works for (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case role for an administrator (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where a user works, or change it: every kind given is replaced, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write (DEST.keyring is written too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup with its keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator of the database being replaced (needed when the backup is of another database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup (the old one is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this family (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many entries (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the town or street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its code in family file numbers: 1 to 8 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a town (镇街) to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the towns and their codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {town}-{year}-{seq:5}; it must contain {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how new family files are numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per code, e.g. red=7,orange=14,yellow=30,blue=90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how often each code&apos;s families are followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an assessment template and its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the default template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assessment template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community or village (村社).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned caseworker (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk codes, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files not coded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with this status (default open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files assigned to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files whose follow-up is past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: code (most severe, then latest activity; the default), file, due, activity or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List family files, most urgent first, with their count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked schools (repeat for several; they replace the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to this caseworker (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or update a family file&apos;s details (only the options given change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a family file and show it (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a family file (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a family file as transferred elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a closed or transferred family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseworker (user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a family file to a caseworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to a family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for a new name or identity number; kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or update a person&apos;s details (only the options given change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, file numbers, identity or phone digits, notes (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find family files (also by place names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item=value pairs, comma-separated, each item once (see &apos;template show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code you confirm, if not the suggested one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a family against a template; sets or proposes its risk code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a mistaken assessment: a new one replaces it and acts on the code like any assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the code changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The (re)assessment behind a downgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or raise a family&apos;s code, or propose a downgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a downgrade or review a raise (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline a proposed downgrade (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many events (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and raises waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of plan (default care).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an intervention plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency that does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of a plan&apos;s action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a plan (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a plan and its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or update a plan action (only the options given change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plans with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List plans, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a mistaken follow-up: a new one replaces it (what is not given stays as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due later than the family&apos;s code allows, with the reason (supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the session in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian guided (person id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral whose order the hours count against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a family education guidance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: files due within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: code (most severe first, the default) or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families whose follow-up is past due (or due soon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a referral to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a draft referral (only the options given change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a drafted referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the agency received a referral (liaison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the agency accepted a referral (liaison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the agency declined a referral (liaison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a referral (or withdraw a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a referral and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many referrals (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach (at most 20 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a file with a family file (inside the encrypted database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you take it out (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an attachment to a file (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with generated demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s)</source>
        <translation>
            <numerusform>%n family file</numerusform>
            <numerusform>%n family files</numerusform>
        </translation>
    </message>
    <message>
        <source>Family file %1 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[arguments] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiahu command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a command&apos;s arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (every command takes them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jiahu-cli help COMMAND (or COMMAND --help) shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are read from the terminal, or with --password-stdin one per line; never from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 sign-in failed or not permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2 (not &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes, comma-separated: %2 (not &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes item=number pairs separated by commas, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 takes a whole number from 0 to 1000, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives %2 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 or %2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - and --password-stdin both want standard input: give the text in a file, or the password on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message>
        <source>Downgrade to %1 proposed (%2); a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reason not shown: case text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those of this family file (its number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First compute every family&apos;s derived data (code, due date, activity, search) again from its records (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (family.open), or every action starting so (family.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit log entries (reasons only for the families you may read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you confirm a code other than the suggested one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it took place (default: as recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up (default: by the family&apos;s code from the corrected date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cadence in days per code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Decryption failed: wrong key or altered data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed key could not be opened: it was altered or is not for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings in the keyring are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid recovery code. Check each group of four characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is not a Jiahu database, or the key does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Close other Jiahu windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the database file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an encrypted database can be given a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another program. Close every other Jiahu window, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the database file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it was cut short when it was written or copied. Restore the latest backup with &quot;jiahu-cli restore&quot;. The file has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is truncated: its size (%2 bytes) is not a whole number of pages. Restore the latest backup with &quot;jiahu-cli restore&quot;. The file has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor&quot; to check it. The damaged file has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing more can be saved in it. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor&quot; to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection was used from the wrong thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRules</name>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No default assessment template is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of families must be between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has family files; demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyProjection</name>
    <message>
        <source>The family file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyService</name>
    <message>
        <source>%1 is not a known town. An administrator adds towns with &quot;jiahu-cli town add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free file number was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family file %1 was found in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family file is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caseworker or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown family category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file %1 is %2: it is read-only until a supervisor reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family file is not open; open it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileContext</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCadence</name>
    <message>
        <source>Write the cadence as red=7,orange=14,yellow=30,blue=90 (days, %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>That person is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs notes or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up must be due after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up has already been corrected; correct the correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school counselor names the child the follow-up is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the later due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A school counselor cannot put the next follow-up later than the family&apos;s code allows (%n day(s)).</source>
        <translation>
            <numerusform>A school counselor cannot put the next follow-up later than the family&apos;s code allows (%n day).</numerusform>
            <numerusform>A school counselor cannot put the next follow-up later than the family&apos;s code allows (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next follow-up is due %1, later than the %n day(s) the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</source>
        <translation>
            <numerusform>The next follow-up is due %1, later than the %n day the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</numerusform>
            <numerusform>The next follow-up is due %1, later than the %n days the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceService</name>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian named is not an adult member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral named does not belong to this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>A change from %1 is dated %2, more than a day ahead of this computer&apos;s clock. Check the clock on that computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An identity number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an identity number are digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an identity number is a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number&apos;s region code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the identity number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the identity number (%1) is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number&apos;s check character is wrong: check for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is missing. It must lie beside the database; restore it from the backup made with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring file is damaged and cannot be read. Restore it from a backup or use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring was written by a newer version of Jiahu. Install the newer version to open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring entry for %1 is damaged or belongs to another database. Restore the keyring from a backup, or ask an administrator to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code does not match this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema migrations are out of order (step %1 has version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu (schema %1; this version knows up to %2). Install the newer Jiahu to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>The page cursor is not valid for this list; start again from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, + and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender is male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the identity number, which gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender entered does not match the identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with this identity number is already recorded in family file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for changing a name or identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is a school counselor&apos;s: the children of their own school.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source>under 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paternal grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maternal grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 years old by the birth date entered: no longer a minor. Check the birth date or identity number, or record them as a family member instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a guardian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only %2 years old by the birth date entered. Check the birth date or identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>There is no plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one action before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Assessment: score %1, suggested %2, confirmed %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A town code is 1 to 8 capital letters or digits, e.g. BSY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town or its code is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must contain {seq} (or {seq:5} for five digits); it may use {town} and {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope is town, school, agency or case_role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A liaison works for one agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case role is caseworker, counselor, supervisor or liaison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known town.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Receiving agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required hours must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referral is declined (a note or the response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft referral can be edited; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatuses</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is %1 cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it can become: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCodes</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFileState</name>
    <message>
        <source>A downgrade needs a reassessment first (no assessment has been recorded yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment first (the latest assessment is older than the current code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment first (the current code comes from the latest assessment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reassessment of %1 suggests %2, so the code cannot go lower now. Reassess when the family&apos;s situation has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade proposal is already waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>There is no risk-code event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment: record one with &quot;assess&quot; and name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment %1 for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment made after the current code was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reassessment suggests %1, so it does not allow a downgrade to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade proposal for this family is already waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a downgrade proposal or a raise can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raise took effect at once and cannot be declined; record a reassessment and propose a downgrade instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s code has changed since this proposal was made; decline it and propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal is approved or declined by a supervisor other than the one who made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <source>Not coded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal liaison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a file number, digits of an identity number or phone, a place, or a word from the notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password. Pass it on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password, and standard input holds the text to record: give the text in a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible or text-direction character (%2). Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a character that is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEntries</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade to %1 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade from %1 to %2 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade to %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade to %1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise to %1 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting for a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting for a supervisor&apos;s review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, suggested %2, confirmed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the code differs from the suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” drawn up, %n action(s)</source>
        <translation>
            <numerusform>%1 “%2” drawn up, %n action</numerusform>
            <numerusform>%1 “%2” drawn up, %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1 drafted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment “%1” added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file %1 created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The keyring belongs to a different database. Put the keyring that was made with this database beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must have between 1 and 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another file name for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened with the key from its keyring: the keyring belongs to another database, or the database file is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been removed from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage users, keys and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the database key is unfinished because the database is open elsewhere. Close other Jiahu windows and unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with the recovery code: reset a user&apos;s password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup fails its integrity check and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored files could not be put in place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file&apos;s size (%1 bytes) is not a whole number of pages: it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is encrypted (%1 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring entry for %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keyring has %n user(s).</source>
        <translation>
            <numerusform>The keyring has %n user.</numerusform>
            <numerusform>The keyring has %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recovery code is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery code is set. An administrator should create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the database key is unfinished; unlocking will finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring can be read by other users of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database fails its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database passes its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1; this Jiahu expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no entry in the keyring and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has an entry for %1, who is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry).</numerusform>
            <numerusform>The audit log is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut short when it was written or copied. Restore the latest backup with &quot;jiahu-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was found damaged and takes no changes. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor --user NAME&quot; to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was recorded as damaged; as it passes its integrity check now, it takes changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database takes no changes until it passes its integrity check. Restore the latest backup with &quot;jiahu-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is of a different database from the one at %1. To replace that database, also give the name and password of one of its administrators (jiahu-cli restore --target-user NAME). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family file&apos;s derived data (code, due date, activity, search) agrees with its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) have derived data that disagrees with their records: %1. Run &quot;jiahu-cli doctor --refresh-derived&quot; as an administrator to compute it again.</source>
        <translation>
            <numerusform>%n family file has derived data that disagrees with its records: %1. Run &quot;jiahu-cli doctor --refresh-derived&quot; as an administrator to compute it again.</numerusform>
            <numerusform>%n family files have derived data that disagrees with their records: %1. Run &quot;jiahu-cli doctor --refresh-derived&quot; as an administrator to compute it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiahu::ActionEditDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. arrange after-school care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the village committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AnswerRow</name>
    <message>
        <source>No (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AppController</name>
    <message>
        <source>Unsaved changes discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session locked itself while %n family file(s) had changes that were not saved; they were discarded. Choose &quot;keep unsaved changes while locked&quot; in the settings to keep them next time.</source>
        <translation>
            <numerusform>The session locked itself while %n family file had changes that were not saved; they were discarded. Choose &quot;keep unsaved changes while locked&quot; in the settings to keep them next time.</numerusform>
            <numerusform>The session locked itself while %n family files had changes that were not saved; they were discarded. Choose &quot;keep unsaved changes while locked&quot; in the settings to keep them next time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These family files have changes that are not saved: %1. Lock and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentListModel</name>
    <message>
        <source>Corrected later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another code than suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentPage</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet. Start one with “New assessment”: the answers suggest the family&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1, score %2, suggested %3, confirmed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment scores the family&apos;s situation and suggests a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentWizard</name>
    <message>
        <source>Reassessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the assessment form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment form could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Yes” makes the code at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any answer above 0 makes the code at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the family should have another code than the suggested one (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw and heard (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested code, or record another one with a reason; a lower one goes to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with the number keys (0 = no, 1 = yes, or the number in the question). Tab or ↓ goes to the next question; a number moves on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n question not answered yet.</numerusform>
            <numerusform>%n questions not answered yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the code to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is raised to %1 at once; a supervisor reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade to %1 is proposed to a supervisor; the code stays %2 until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested %1 takes effect at once; %2 goes to a supervisor with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code stays %1; %2 goes to a supervisor with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the code differs from the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade proposal is already waiting for a supervisor: it is decided first. Until then, record the current code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers given so far are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentListModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentViewer</name>
    <message>
        <source>Select a file and press “View” (or double-click it) to see it here. Every viewing is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged or protected by a password. Use “Save as…” to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this type cannot be shown here. Use “Save as…” to open a copy with another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentsPage</name>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to this family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected file outside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drag files onto this page. Files are kept encrypted inside the database, at most %1 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments yet. Add photos, scans or documents with “Add file…”, or drag them onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family file is closed or transferred, so files cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; an attachment may be at most %3. Make it smaller (for example, scan at a lower resolution) and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it is not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · added %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy outside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of “%1” on this computer?

The saved copy is no longer encrypted; keep it safe. This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”. Choose another folder (for example, Documents) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as “%1”. That copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AuditTrailModel</name>
    <message>
        <source>Created the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (or reopened) the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the file&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or raised the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed a raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew up a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a plan action to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a referral packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every opening, change, view and export of this file, newest first. Entries cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries for this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::CounselorPage</name>
    <message>
        <source>My students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students on your watch list. Children of your school show here once their family&apos;s file is coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student on the left to see their follow-ups and psychological checks, and to record a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups for this student yet. Record the first one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No psychological checks yet. Record one on the right with the kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up for %1 is not saved yet. Choosing another student discards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the watch list</source>
        <translation>
            <numerusform>%n student on the watch list</numerusform>
            <numerusform>%n students on the watch list</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::CreateDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database is encrypted. You become its first administrator; you can add caseworkers and other users later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiahu databases (*.jiahu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::DatabasePage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher, 256-bit key; this user&apos;s key is protected by Argon2id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::DueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::DuePage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>Within %n day</numerusform>
            <numerusform>Within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My whole scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most severe code first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) overdue</source>
        <translation>
            <numerusform>%n family file overdue</numerusform>
            <numerusform>%n family files overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) due within %1 days</source>
        <translation>
            <numerusform>%n family file due within %1 days</numerusform>
            <numerusform>%n family files due within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue follow-ups. Follow-ups that fall due will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s). Choose a longer period to look further ahead.</source>
        <translation>
            <numerusform>Nothing is due in the next %n day. Choose a longer period to look further ahead.</numerusform>
            <numerusform>Nothing is due in the next %n days. Choose a longer period to look further ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your families or one town are shown: widen the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamiliesPage</name>
    <message>
        <source>Family files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, file number, ID number tail, phone, community, school… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search family files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s)</source>
        <translation>
            <numerusform>%n family file</numerusform>
            <numerusform>%n family files</numerusform>
        </translation>
    </message>
    <message>
        <source>No family file matches “%1”. Try part of a name, the last digits of an ID number, or a community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family file matches these filters. Clear filters to see every file you may work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyFileView</name>
    <message>
        <source>Opening the family file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyFilterBar</name>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyListModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform>
            <numerusform>%1 (overdue %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyMapPage</name>
    <message>
        <source>No family members recorded yet. The family map is drawn from the members and their relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family map · file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyMapScene</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardians and the children in their care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number inside: age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FileHeader</name>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up due until the file is coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due %1 · overdue %n day(s)</source>
        <translation>
            <numerusform>Follow-up due %1 · overdue %n day</numerusform>
            <numerusform>Follow-up due %1 · overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FilePage</name>
    <message>
        <source>Family map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpForm</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done and said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found, changes since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the later due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why later than the code allows (the supervisor sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for later date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Later than %1 allows (%n day(s)): give a reason</source>
        <translation>
            <numerusform>Later than %1 allows (%n day): give a reason</numerusform>
            <numerusform>Later than %1 allows (%n days): give a reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: every %n day(s)</source>
        <translation>
            <numerusform>%1: every %n day</numerusform>
            <numerusform>%1: every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is %1: follow-ups can be added after it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this family&apos;s children is at your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done or found (notes or findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child the follow-up is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next follow-up on %1 is later than the %n day(s) the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</source>
        <translation>
            <numerusform>The next follow-up on %1 is later than the %n day the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</numerusform>
            <numerusform>The next follow-up on %1 is later than the %n days the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the follow-up of %1 corrected? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpsModel</name>
    <message>
        <source>Whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (later, reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the later due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet. Fill in the form on the right and press Ctrl+Enter to save the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is never changed: the correction replaces it, with the reason, and both stay in the file&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::GuidanceModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts towards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::GuidancePage</name>
    <message>
        <source>Guidance sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance sessions of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guidance sessions yet. Record one with the form on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. talking with a teenager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral whose hours it counts towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts towards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours required by orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open: reopen it to record sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the topic of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::IdentityNumberField</name>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits and X only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, 18 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check character wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::IdentityRows</name>
    <message>
        <source>Identity number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is not a date: type it as 2015-09-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::LiaisonReferralModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::MainWindow</name>
    <message>
        <source>Jiahu — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks after %n idle minute(s) · Ctrl+L locks now</source>
        <translation>
            <numerusform>Unlocked · locks after %n idle minute · Ctrl+L locks now</numerusform>
            <numerusform>Unlocked · locks after %n idle minutes · Ctrl+L locks now</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 has changes that are not saved. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These family files have changes that are not saved: %1. Quit and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::MembersModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School and grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::MembersPage</name>
    <message>
        <source>Add child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guardian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add other member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family members recorded yet. Add the children first, then their guardians, with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1: members cannot be changed until a supervisor reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::NewFamilyDialog</name>
    <message>
        <source>New family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the family and the first child. The file number is given when the file is saved; add guardians and other members in the file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no town to work in yet. An administrator adds towns to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::OverviewPage</name>
    <message>
        <source>File number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate several schools with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children of your school in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the part of this file that concerns the children of your school. The caseworker keeps the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::PersonDialog</name>
    <message>
        <source>Add family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health, disability, learning support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or identity number is corrected only with a reason (kept in the audit log). Why is it changed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::PlanActionsModel</name>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform>
            <numerusform>%1 (overdue %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::PlanEditDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Care plan for the spring term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan is to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::PlanPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet. Use &quot;New plan…&quot; to draw up a care plan or a family education guidance plan, then add its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the plan&apos;s actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no actions yet: add what is to be done, by whom and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action as in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is no longer needed; it no longer counts for progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: (not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one action before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan &quot;%1&quot;? Its actions can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::PlansModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RecentFamiliesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this code is the only way back into the database. It is shown only now. Print it or write it down, and keep it locked away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and put it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Jiahu recovery code&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;&apos;&gt;%3&lt;/p&gt;&lt;p&gt;This code opens the database when no administrator can sign in. Keep it locked away. Whoever holds it can read every family file in the database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code printed when the database was created. The user then gets the new password; their old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralDeskPage</name>
    <message>
        <source>Referrals to my agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals to your agency yet. When a caseworker sends a referral to your agency, it appears here: confirm that you received it, then accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral on the left to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your agency will do or has done (sent to the caseworker with the next step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals to your agency are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that your agency received this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the referral, or decline it and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseworker closes the referral when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does your agency decline this referral? The caseworker sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralEventsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralWaitingModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralWizard</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Check and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked, of which agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the referral asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the district procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency sees the referral once it is sent; a legal liaison there records its response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the family is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and why this agency is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caseworker found in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guardians are required to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the guidance or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. handed over in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Minors Protection Law, Article 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Family Education Promotion Law, Article 49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law or rule the referral rests on, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the guidance hours the order sets. Sessions recorded against it count towards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the agency is to give guidance for a set number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the referral: the agency decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order to attend family education guidance sets the hours of guidance: enter them under &quot;Hours required&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered for this referral will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this draft will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralsModel</name>
    <message>
        <source>%1 / %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. Use &quot;New referral…&quot; to ask another agency (the procuratorate, the court, a school…) for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history of the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral on the left to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1: reopen it to make referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm receipt (their legal liaison records it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to accept or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the referral to %1? Once sent it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this draft referral to %1? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the referral to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RiskHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RiskPage</name>
    <message>
        <source>Current code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the code should change (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded yet. An assessment suggests a code; or choose one below with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded yet: an assessment is the usual way to a first code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raise takes effect at once; a supervisor reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade goes to another supervisor for approval; the code stays %1 until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reassessment suggests %1: the code can go down to %1 at the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own proposal: another supervisor approves or declines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review of the raise from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you approve the downgrade from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you decline the downgrade from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::RiskWaitingModel</name>
    <message>
        <source>Downgrade proposed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise to review: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiahu locks itself when nobody has used it for this many minutes, and whenever the computer&apos;s screen locks or it goes to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Jiahu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unsaved edits while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, what you were typing stays in memory (never on disk) and is back when you unlock as the same user; when off, locking asks you to save or discard it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::ShortcutsDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search families and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Jiahu now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family&apos;s risk code runs from red (the most urgent) through orange and yellow to blue; it sets how soon the next follow-up is due, and its colour is always shown with its word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jiahu locks itself after %n minute(s) without use and whenever the screen locks or the computer sleeps; press Ctrl+L to lock it yourself before you step away.</source>
        <translation>
            <numerusform>Jiahu locks itself after %n minute without use and whenever the screen locks or the computer sleeps; press Ctrl+L to lock it yourself before you step away.</numerusform>
            <numerusform>Jiahu locks itself after %n minutes without use and whenever the screen locks or the computer sleeps; press Ctrl+L to lock it yourself before you step away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiahu::StudentListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::StudentRecordsModel</name>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::TimelinePage</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this kind (%1) yet. Choose “All” to see every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded in this file yet. Codes, assessments, follow-ups and the rest appear here, newest first, as they are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::WelcomeWindow</name>
    <message>
        <source>Jiahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family guardianship risk case management for the protection of minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Jiahu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiahu databases (*.jiahu);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the database file and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::WorkGroup</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Show all %n</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiahu::WorkPage</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue follow-ups. Follow-ups that fall due will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s). Follow-ups coming due will show here.</source>
        <translation>
            <numerusform>Nothing is due in the next %n day. Follow-ups coming due will show here.</numerusform>
            <numerusform>Nothing is due in the next %n days. Follow-ups coming due will show here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My code changes under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision. Downgrade proposals and raises in your towns will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your code changes is waiting. Downgrades you propose and raises you make show here until a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting for your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting for a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is waiting for your response. Referrals sent to your agency will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is waiting for a response. Referrals you send show here until the agency answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family file opened yet. Files you open will show here, so you can go back to them quickly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
