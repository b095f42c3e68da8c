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
        <source>Assessment: score %1, suggested %2, confirmed %3.</source>
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
        <source>Unknown command or wrong arguments: %1</source>
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
        <source>--kdf must be moderate, sensitive or interactive.</source>
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
        <source>user needs list, add, remove or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
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
        <source>Unknown user command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery needs: reset</source>
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
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs verify or list.</source>
        <translation type="unfinished"></translation>
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
        <source>town needs: add NAME --code C, or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user scope needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: towns %2; schools %3; agency %4; case role %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings needs: file-number FORMAT</source>
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
        <source>template needs: show [ID], or add FILE [--default].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category takes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened family file %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code is red, orange, yellow or blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is open, closed, transferred or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes the cursor printed as &apos;next&apos;.</source>
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
        <source>family needs: add, list, show FILE, close|transfer|reopen FILE, assign FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person needs: add FILE --name N --member child|guardian|member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--member is child, guardian or member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess needs a family file and --answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers takes item=number pairs separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1: score %2, suggested %3, confirmed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade proposed (%1); a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk needs: propose FILE, approve EVENT, decline EVENT, or queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan needs: add FILE, action PLAN, status ACTION, approve PLAN, close PLAN or show PLAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2 (%3, %4% done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is care or guidance for a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is todo, doing, done or dropped for an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup needs: add FILE --kind K --notes N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 recorded; next due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance needs: add FILE --hours H --topic T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours needs a number.</source>
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
        <source>--request is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is draft, sent, received, accepted, declined or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer needs: add FILE, send|receive|accept|decline|close REF, show REF or list.</source>
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
        <source>attach needs: add FILE PATH, or export ID DEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to find (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes only options: --families N --seed S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--families and --seed take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 families, %2 people, %3 follow-ups and %4 referrals (%5 records) in %6 s.</source>
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
        <source>The database file is damaged. Restore it from a backup; the damaged file has been left as it is.</source>
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
        <source>There is no user named %1.</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
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
        <source>A person with this identity number is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
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
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>That person is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date must be a real date, today or earlier.</source>
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
</context>
<context>
    <name>GuidanceService</name>
    <message>
        <source>The session date must be a real date, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The database&apos;s schema version cannot be read.</source>
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
        <source>There is no user named %1.</source>
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
        <source>A proposal is approved or declined by another supervisor than the one who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s code has changed since this proposal was made; decline it and propose again.</source>
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
        <source>Type a name, a file number, digits of an identity number or phone, or a word from the notes.</source>
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
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
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
        <source>There is no user named %1.</source>
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
