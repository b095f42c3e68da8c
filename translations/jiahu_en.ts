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
        <source>Family file %1 is %2: it is read-only until a supervisor reopens it.</source>
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
    <name>jiahu::HomeWindow</name>
    <message>
        <source>Jiahu — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher, 256-bit key; this user&apos;s key is protected by Argon2id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked. Lock with Ctrl+L when you leave the computer.</source>
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
