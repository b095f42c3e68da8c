<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 was removed.</source>
        <translation>审计记录第 %1 条已被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the one before it: entries were removed or reordered.</source>
        <translation>审计记录第 %1 条与前一条接不上：有记录被删除或顺序被改动。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>审计记录第 %1 条在写入后被修改过。</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were removed.</source>
        <translation>从第 %1 条起的审计记录已被删除。</translation>
    </message>
    <message>
        <source>The end of the audit log does not match its recorded head.</source>
        <translation>审计日志的末尾与记录的链头不符。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Run jiahu-cli --help for the commands.</source>
        <translation>运行 jiahu-cli --help 查看全部命令。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>请用 --db 路径 指定数据库。</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>未知命令或参数有误：%1</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Name the user with --user NAME.</source>
        <translation>请用 --user 用户名 指定用户。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation>请用 --admin 用户名 指定第一位管理员。</translation>
    </message>
    <message>
        <source>--kdf must be moderate, sensitive or interactive.</source>
        <translation>--kdf 只能是 moderate、sensitive 或 interactive。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>已创建 %1，管理员为 %2。</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it and keep it locked away):</source>
        <translation>恢复码（仅显示这一次；请打印并锁好保存）：</translation>
    </message>
    <message>
        <source>Sign in with --user to check the database's contents as well.</source>
        <translation>用 --user 登录后，还可检查数据库内容。</translation>
    </message>
    <message>
        <source>PROBLEM: </source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>ok: </source>
        <translation>正常：</translation>
    </message>
    <message>
        <source>user needs list, add, remove or passwd.</source>
        <translation>user 之后需要 list、add、remove 或 passwd。</translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation>--role 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Removed %1 and replaced the database key.</source>
        <translation>已删除 %1，并更换了数据库密钥。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Unknown user command: %1</source>
        <translation>未知的用户命令：%1</translation>
    </message>
    <message>
        <source>recovery needs: reset</source>
        <translation>recovery 之后需要 reset。</translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works):</source>
        <translation>新的恢复码（旧恢复码已失效）：</translation>
    </message>
    <message>
        <source>The database now has a new key.</source>
        <translation>数据库已更换新密钥。</translation>
    </message>
    <message>
        <source>Backup written to %1 and %2.</source>
        <translation>备份已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation>%1 在备份中的密码：</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation><numerusform>审计日志完整（共 %n 条）。</numerusform></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>audit needs verify or list.</source>
        <translation>audit 之后需要 verify 或 list。</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Decryption failed: wrong key or altered data.</source>
        <translation>解密失败：密钥错误或数据被改动。</translation>
    </message>
    <message>
        <source>A sealed key could not be opened: it was altered or is not for this user.</source>
        <translation>无法打开加密封装的密钥：它被改动过，或不属于此用户。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The key derivation settings in the keyring are invalid.</source>
        <translation>密钥环中的密钥派生参数无效。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password (%1 MiB needed).</source>
        <translation>内存不足，无法由密码派生密钥（需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>This is not a valid recovery code. Check each group of four characters.</source>
        <translation>这不是有效的恢复码。请逐组核对每四个字符。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is not a Jiahu database, or the key does not match it.</source>
        <translation>该文件不是家护数据库，或密钥与之不符。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup; the damaged file has been left as it is.</source>
        <translation>数据库文件已损坏。请从备份恢复；损坏的文件保持原样未动。</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close other Jiahu windows and try again.</source>
        <translation>数据库正被其他程序使用。请关闭其他家护窗口后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that it exists and that you may read it.</source>
        <translation>无法打开数据库文件。请确认文件存在且您有读取权限。</translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file's permissions.</source>
        <translation>无法写入数据库。请检查文件权限。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盘已满。请释放空间后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Reading or writing the database file failed.</source>
        <translation>读写数据库文件失败。</translation>
    </message>
    <message>
        <source>The value is too large to store.</source>
        <translation>数据过大，无法保存。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database.</source>
        <translation>此修改违反了数据库规则。</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>数据库操作失败。</translation>
    </message>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>数据库密钥长度不正确。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Only an encrypted database can be given a new key.</source>
        <translation>只有加密数据库才能更换密钥。</translation>
    </message>
    <message>
        <source>The database is open in another program. Close every other Jiahu window, then try again.</source>
        <translation>数据库在其他程序中处于打开状态。请关闭所有其他家护窗口后重试。</translation>
    </message>
    <message>
        <source>A transaction is already open.</source>
        <translation>已有一个事务处于打开状态。</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>该事务已经结束。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check.</source>
        <translation>备份副本未通过完整性检查。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation>无法移开 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>A change from %1 is dated %2, more than a day ahead of this computer's clock. Check the clock on that computer.</source>
        <translation>来自 %1 的修改时间为 %2，比本机时钟快了一天以上。请检查那台电脑的时钟。</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An identity number has 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位；此号码为 %1 位。</translation>
    </message>
    <message>
        <source>The first 17 characters of an identity number are digits.</source>
        <translation>身份证号码的前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>The last character of an identity number is a digit or X.</source>
        <translation>身份证号码的最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>The identity number's region code is not valid.</source>
        <translation>身份证号码的地区码无效。</translation>
    </message>
    <message>
        <source>The birth date in the identity number (%1) is not a real date.</source>
        <translation>身份证号码中的出生日期（%1）不是真实存在的日期。</translation>
    </message>
    <message>
        <source>The birth date in the identity number (%1) is impossible.</source>
        <translation>身份证号码中的出生日期（%1）不可能成立。</translation>
    </message>
    <message>
        <source>The identity number's check character is wrong: check for a typing mistake.</source>
        <translation>身份证号码的校验位不正确，请检查是否输错。</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is missing. It must lie beside the database; restore it from the backup made with the database.</source>
        <translation>缺少密钥环文件 %1。它必须与数据库放在同一目录；请从与数据库一同制作的备份中恢复。</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read.</source>
        <translation>无法读取密钥环 %1。</translation>
    </message>
    <message>
        <source>The keyring file is damaged and cannot be read. Restore it from a backup or use the recovery code.</source>
        <translation>密钥环文件已损坏，无法读取。请从备份恢复，或使用恢复码。</translation>
    </message>
    <message>
        <source>The keyring was written by a newer version of Jiahu. Install the newer version to open this database.</source>
        <translation>该密钥环由更新版本的家护写入。请安装新版本后再打开此数据库。</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be written.</source>
        <translation>无法写入密钥环 %1。</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The keyring entry for %1 is damaged or belongs to another database. Restore the keyring from a backup, or ask an administrator to reset it.</source>
        <translation>密钥环中 %1 的条目已损坏或属于其他数据库。请从备份恢复密钥环，或请管理员重置。</translation>
    </message>
    <message>
        <source>The recovery code does not match this database.</source>
        <translation>该恢复码与此数据库不符。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The keyring has no such entry.</source>
        <translation>密钥环中没有该条目。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema migrations are out of order (step %1 has version %2).</source>
        <translation>数据库结构迁移顺序有误（第 %1 步的版本为 %2）。</translation>
    </message>
    <message>
        <source>The database's schema version cannot be read.</source>
        <translation>无法读取数据库的结构版本。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu (schema %1; this version knows up to %2). Install the newer Jiahu to open it; the file has not been changed.</source>
        <translation>该数据库由更新版本的家护写入（结构版本 %1；本版本最高支持 %2）。请安装新版家护后再打开；文件未作任何改动。</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ReferralStatuses</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot change any more.</source>
        <translation>状态为“%1”的转介不能再变更。</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it can become: %3.</source>
        <translation>状态为“%1”的转介不能改为“%2”；可改为：%3。</translation>
    </message>
</context>
<context>
    <name>RiskCodes</name>
    <message>
        <source>Red</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙码</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝码</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation>学校心理老师</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Legal liaison</source>
        <translation>政法联络员</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The password is too long.</source>
        <translation>密码过长。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password. Pass it on standard input with --password-stdin.</source>
        <translation>没有可用于输入密码的终端。请使用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation><numerusform>失败次数过多。请等待 %n 秒后再试。</numerusform></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The keyring belongs to a different database. Put the keyring that was made with this database beside it.</source>
        <translation>该密钥环属于另一个数据库。请把与此数据库一同创建的密钥环放在它旁边。</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>密码过长。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name must have between 1 and 64 characters.</source>
        <translation>用户名须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>A user name may not contain spaces or control characters.</source>
        <translation>用户名不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another file name for the new database.</source>
        <translation>%1 已存在。请直接打开它，或为新数据库另选文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database cannot be opened with the key from its keyring: the keyring belongs to another database, or the database file is damaged. Nothing was changed.</source>
        <translation>无法用密钥环中的密钥打开数据库：密钥环属于另一个数据库，或数据库文件已损坏。未作任何改动。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation>此数据库没有设置恢复码。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiahu.</source>
        <translation>该数据库由更新版本的家护写入。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The account %1 has been removed from this database.</source>
        <translation>账户 %1 已从此数据库中删除。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users, keys and backups.</source>
        <translation>只有管理员才能管理用户、密钥和备份。</translation>
    </message>
    <message>
        <source>A change of the database key is unfinished because the database is open elsewhere. Close other Jiahu windows and unlock again.</source>
        <translation>由于数据库在别处打开，更换数据库密钥尚未完成。请关闭其他家护窗口后重新解锁。</translation>
    </message>
    <message>
        <source>Signed in with the recovery code: reset a user's password instead.</source>
        <translation>当前以恢复码登录：请改为重置某个用户的密码。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You cannot remove your own account. Ask another administrator.</source>
        <translation>不能删除自己的账户。请联系另一位管理员。</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 是最后一位管理员，不能删除。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The backup fails its integrity check and was not restored.</source>
        <translation>备份未通过完整性检查，未予恢复。</translation>
    </message>
    <message>
        <source>The restored files could not be put in place at %1.</source>
        <translation>无法将恢复的文件放到 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file is NOT encrypted.</source>
        <translation>数据库文件【未加密】。</translation>
    </message>
    <message>
        <source>The database file's size (%1 bytes) is not a whole number of pages: it may be truncated.</source>
        <translation>数据库文件大小（%1 字节）不是整页数：文件可能被截断。</translation>
    </message>
    <message>
        <source>The database file is encrypted (%1 pages).</source>
        <translation>数据库文件已加密（%1 页）。</translation>
    </message>
    <message>
        <source>The keyring entry for %1 is damaged.</source>
        <translation>密钥环中 %1 的条目已损坏。</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message numerus="yes">
        <source>The keyring has %n user(s).</source>
        <translation><numerusform>密钥环中有 %n 个用户。</numerusform></translation>
    </message>
    <message>
        <source>A recovery code is set.</source>
        <translation>已设置恢复码。</translation>
    </message>
    <message>
        <source>No recovery code is set. An administrator should create one.</source>
        <translation>尚未设置恢复码。管理员应创建一个。</translation>
    </message>
    <message>
        <source>A change of the database key is unfinished; unlocking will finish it.</source>
        <translation>数据库密钥更换尚未完成；解锁时将自动完成。</translation>
    </message>
    <message>
        <source>The keyring can be read by other users of this computer.</source>
        <translation>本机其他用户可以读取该密钥环。</translation>
    </message>
    <message>
        <source>The database fails its integrity check: %1</source>
        <translation>数据库未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The database passes its integrity check.</source>
        <translation>数据库通过了完整性检查。</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>数据库结构为最新（版本 %1）。</translation>
    </message>
    <message>
        <source>The schema is at version %1; this Jiahu expects %2.</source>
        <translation>数据库结构版本为 %1；本版家护需要 %2。</translation>
    </message>
    <message>
        <source>User %1 has no entry in the keyring and cannot sign in.</source>
        <translation>用户 %1 在密钥环中没有条目，无法登录。</translation>
    </message>
    <message>
        <source>The keyring has an entry for %1, who is not a user of this database.</source>
        <translation>密钥环中有 %1 的条目，但此人不是本数据库的用户。</translation>
    </message>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation>只有管理员和督导可以查看审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation><numerusform>审计日志完整（共 %n 条）。</numerusform></translation>
    </message>
</context>
<context>
    <name>jiahu::CreateDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>The new database is encrypted. You become its first administrator; you can add caseworkers and other users later.</source>
        <translation>新数据库将被加密。您将成为它的第一位管理员，之后可以添加个案工作者和其他用户。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangwei</source>
        <translation>用于登录，例如 zhangwei</translation>
    </message>
    <message>
        <source>Administrator user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Generating keys…</source>
        <translation>正在生成密钥…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Jiahu databases (*.jiahu)</source>
        <translation>家护数据库 (*.jiahu)</translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation>请选择数据库的保存位置。</translation>
    </message>
</context>
<context>
    <name>jiahu::HomeWindow</name>
    <message>
        <source>Jiahu — %1</source>
        <translation>家护 — %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>SQLCipher, 256-bit key; this user's key is protected by Argon2id</source>
        <translation>SQLCipher，256 位密钥；本用户的密钥由 Argon2id 保护</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户数：</translation>
    </message>
    <message>
        <source>Unlocked. Lock with Ctrl+L when you leave the computer.</source>
        <translation>已解锁。离开电脑时请按 Ctrl+L 锁定。</translation>
    </message>
</context>
<context>
    <name>jiahu::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this code is the only way back into the database. It is shown only now. Print it or write it down, and keep it locked away from the computer.</source>
        <translation>如果所有管理员都忘记了密码，这个恢复码是重新进入数据库的唯一途径。它只显示这一次。请打印或抄写下来，并与电脑分开、锁好保存。</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and put it in a safe place.</source>
        <translation>我已打印或抄写恢复码，并存放在安全的地方。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Jiahu recovery code&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Created: %2&lt;/p&gt;&lt;p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;'&gt;%3&lt;/p&gt;&lt;p&gt;This code opens the database when no administrator can sign in. Keep it locked away. Whoever holds it can read every family file in the database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;家护恢复码&lt;/h2&gt;&lt;p&gt;数据库：%1&lt;br&gt;创建时间：%2&lt;/p&gt;&lt;p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;'&gt;%3&lt;/p&gt;&lt;p&gt;当没有管理员能够登录时，可用此恢复码打开数据库。请锁好保存。持有它的人可以读取数据库中的全部家庭档案。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>打印恢复码</translation>
    </message>
</context>
<context>
    <name>jiahu::RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation>用恢复码重设密码</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the database was created. The user then gets the new password; their old one stops working.</source>
        <translation>请输入创建数据库时打印的恢复码。该用户将使用新密码，旧密码随即失效。</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
</context>
<context>
    <name>jiahu::WelcomeWindow</name>
    <message>
        <source>Jiahu</source>
        <translation>家护</translation>
    </message>
    <message>
        <source>Family guardianship risk case management for the protection of minors</source>
        <translation>未成年人家庭监护风险个案管理</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>No database yet?</source>
        <translation>还没有数据库？</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>The language changes the next time Jiahu starts.</source>
        <translation>界面语言将在下次启动家护时更改。</translation>
    </message>
    <message>
        <source>Jiahu databases (*.jiahu);;All files (*)</source>
        <translation>家护数据库 (*.jiahu);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s)</source>
        <translation><numerusform>请等待 %n 秒</numerusform></translation>
    </message>
    <message>
        <source>Enter the database file and your user name.</source>
        <translation>请输入数据库文件和您的用户名。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery code…</source>
        <translation>忘记密码？使用恢复码…</translation>
    </message>
    <message>
        <source>Choose the database file first.</source>
        <translation>请先选择数据库文件。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiahu</source>
        <translation>家护</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
</context>
</TS>