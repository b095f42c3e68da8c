<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit entry %1 does not follow the one before it: entries were removed or reordered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit entries from %1 on were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end of the audit log does not match its recorded head.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Run jiahu-cli --help for the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the user with --user NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kdf must be moderate, sensitive or interactive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery code (shown only now; print it and keep it locked away):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with --user to check the database's contents as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROBLEM: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user needs list, add, remove or passwd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1 and replaced the database key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown user command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery needs: reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recovery code (the old one no longer works):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database now has a new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation><numerusform>The audit log is intact (%n entry).</numerusform><numerusform>The audit log is intact (%n entries).</numerusform></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit needs verify or list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Decryption failed: wrong key or altered data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sealed key could not be opened: it was altered or is not for this user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key derivation settings in the keyring are invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the key from the password (%1 MiB needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid recovery code. Check each group of four characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is not a Jiahu database, or the key does not match it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup; the damaged file has been left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is in use by another program. Close other Jiahu windows and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file cannot be opened. Check that it exists and that you may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be written. Check the file's permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading or writing the database file failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is too large to store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change breaks a rule of the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database key has the wrong length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an encrypted database can be given a new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open in another program. Close every other Jiahu window, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A transaction is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup copy failed its integrity check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>A change from %1 is dated %2, more than a day ahead of this computer's clock. Check the clock on that computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An identity number has 18 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first 17 characters of an identity number are digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last character of an identity number is a digit or X.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity number's region code is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date in the identity number (%1) is not a real date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date in the identity number (%1) is impossible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity number's check character is wrong: check for a typing mistake.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is missing. It must lie beside the database; restore it from the backup made with the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring file is damaged and cannot be read. Restore it from a backup or use the recovery code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring was written by a newer version of Jiahu. Install the newer version to open this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring entry for %1 is damaged or belongs to another database. Restore the keyring from a backup, or ask an administrator to reset it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery code does not match this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring has no such entry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema migrations are out of order (step %1 has version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database's schema version cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu (schema %1; this version knows up to %2). Install the newer Jiahu to open it; the file has not been changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralStatuses</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral that is %1 cannot change any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it can become: %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskCodes</name>
    <message>
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School counselor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal liaison</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no terminal to ask for the password. Pass it on standard input with --password-stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation><numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform><numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The keyring belongs to a different database. Put the keyring that was made with this database beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user name must have between 1 and 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user name may not contain spaces or control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another file name for the new database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be opened with the key from its keyring: the keyring belongs to another database, or the database file is damaged. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 has been removed from this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator may manage users, keys and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change of the database key is unfinished because the database is open elsewhere. Close other Jiahu windows and unlock again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in with the recovery code: reset a user's password instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot remove your own account. Ask another administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup fails its integrity check and was not restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored files could not be put in place at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is NOT encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file's size (%1 bytes) is not a whole number of pages: it may be truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is encrypted (%1 pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring entry for %1 is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The keyring has %n user(s).</source>
        <translation><numerusform>The keyring has %n user.</numerusform><numerusform>The keyring has %n users.</numerusform></translation>
    </message>
    <message>
        <source>A recovery code is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recovery code is set. An administrator should create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change of the database key is unfinished; unlocking will finish it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring can be read by other users of this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database fails its integrity check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database passes its integrity check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is at version %1; this Jiahu expects %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 has no entry in the keyring and cannot sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring has an entry for %1, who is not a user of this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation><numerusform>The audit log is intact (%n entry).</numerusform><numerusform>The audit log is intact (%n entries).</numerusform></translation>
    </message>
</context>
<context>
    <name>jiahu::CreateDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new database is encrypted. You become its first administrator; you can add caseworkers and other users later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used to sign in, e.g. zhangwei</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator user name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jiahu databases (*.jiahu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiahu::HomeWindow</name>
    <message>
        <source>Jiahu — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher, 256-bit key; this user's key is protected by Argon2id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocked. Lock with Ctrl+L when you leave the computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiahu::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If every administrator forgets their password, this code is the only way back into the database. It is shown only now. Print it or write it down, and keep it locked away from the computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have printed or written down the recovery code and put it in a safe place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Jiahu recovery code&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Created: %2&lt;/p&gt;&lt;p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;'&gt;%3&lt;/p&gt;&lt;p&gt;This code opens the database when no administrator can sign in. Keep it locked away. Whoever holds it can read every family file in the database.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiahu::RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recovery code printed when the database was created. The user then gets the new password; their old one stops working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the new password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiahu::WelcomeWindow</name>
    <message>
        <source>Jiahu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family guardianship risk case management for the protection of minors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database yet?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes the next time Jiahu starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jiahu databases (*.jiahu);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wait %n second(s)</source>
        <translation><numerusform>Wait %n second</numerusform><numerusform>Wait %n seconds</numerusform></translation>
    </message>
    <message>
        <source>Enter the database file and your user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot your password? Use the recovery code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the database file first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiahu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>