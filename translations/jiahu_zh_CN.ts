<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Administrators manage users and reference data but do not read or write case files unless also given a case role.</source>
        <translation>管理员负责用户和基础数据，除非另行授予个案角色，否则不能查看或填写个案档案。</translation>
    </message>
    <message>
        <source>A school counselor sees only the children of their own school and their follow-ups.</source>
        <translation>学校心理/德育老师只能查看本校儿童及其回访记录。</translation>
    </message>
    <message>
        <source>A legal liaison sees only the referrals addressed to their agency.</source>
        <translation>政法联络员只能查看转介给本单位的转介单。</translation>
    </message>
    <message>
        <source>Only a supervisor approves downgrades, plans and closures.</source>
        <translation>只有督导才能审批降码、方案和结案。</translation>
    </message>
    <message>
        <source>Only an administrator manages users, scopes and reference data.</source>
        <translation>只有管理员才能管理用户、工作范围和基础数据。</translation>
    </message>
    <message>
        <source>%1 is outside the towns you work in.</source>
        <translation>%1 不在您负责的镇街范围内。</translation>
    </message>
    <message>
        <source>A school counselor records follow-ups only for children of their own school.</source>
        <translation>学校心理/德育老师只能为本校儿童记录回访。</translation>
    </message>
    <message>
        <source>This referral is addressed to another agency.</source>
        <translation>这份转介单是发给其他单位的。</translation>
    </message>
    <message>
        <source>Your account has been removed from this database. Sign out; an administrator can tell you more.</source>
        <translation>您的账户已从此数据库中删除。请退出登录；详情可询问管理员。</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>There is no assessment template %1.</source>
        <translation>没有评估模板 %1。</translation>
    </message>
    <message>
        <source>No default assessment template is set.</source>
        <translation>尚未设置默认评估模板。</translation>
    </message>
    <message>
        <source>Template %1 already has version %2 or a later one; give the new one a higher version.</source>
        <translation>模板 %1 已有第 %2 版或更新的版本，请为新模板设置更高的版本号。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The reason for overriding the suggested code</source>
        <translation>改变建议赋码的理由</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>没有评估 %1。</translation>
    </message>
    <message>
        <source>This assessment has already been corrected; correct the correction instead.</source>
        <translation>此评估已被更正过；如需再次修改，请对更正后的评估进行更正。</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>AssessmentTemplate</name>
    <message>
        <source>The assessment template is not valid JSON.</source>
        <translation>评估模板不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The assessment template needs a name and a version of 1 or more.</source>
        <translation>评估模板需要名称，版本号至少为 1。</translation>
    </message>
    <message>
        <source>Item %1 has an unknown floor code.</source>
        <translation>评估项 %1 的最低赋码无法识别。</translation>
    </message>
    <message>
        <source>Item %1 of the assessment template is invalid (each item needs a unique key, a weight 0-100 and a max 1-10).</source>
        <translation>评估模板第 %1 项无效（每项需要唯一的标识、0-100 的权重和 1-10 的最高分）。</translation>
    </message>
    <message>
        <source>The assessment template has no items.</source>
        <translation>评估模板没有评估项。</translation>
    </message>
    <message>
        <source>The thresholds must rise from yellow to orange to red.</source>
        <translation>分数线必须按黄码、橙码、红码依次升高。</translation>
    </message>
    <message>
        <source>The assessment has no item &quot;%1&quot;.</source>
        <translation>评估中没有“%1”这一项。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not answered.</source>
        <translation>“%1”项尚未作答。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; takes a whole number from 0 to %2.</source>
        <translation>“%1”项须填 0 到 %2 之间的整数。</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation>文件大小为 %1，附件最大为 %2。</translation>
    </message>
    <message>
        <source>Give the file name without its folder.</source>
        <translation>请只填写文件名，不要包含文件夹路径。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>The attachment does not match its recorded SHA-256; it was not exported.</source>
        <translation>附件与记录的 SHA-256 不符，未导出。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
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
    <name>CaseSession</name>
    <message>
        <source>The record to change was not found.</source>
        <translation>找不到要修改的记录。</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>该事务已经结束。</translation>
    </message>
</context>
<context>
    <name>CaseVocabulary</name>
    <message>
        <source>Grandparent-raised</source>
        <translation>隔代家庭</translation>
    </message>
    <message>
        <source>Single-parent</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>重组家庭</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童家庭</translation>
    </message>
    <message>
        <source>Migrant children</source>
        <translation>流动儿童家庭</translation>
    </message>
    <message>
        <source>Special-needs children</source>
        <translation>特殊儿童家庭</translation>
    </message>
    <message>
        <source>Parent in prison</source>
        <translation>服刑人员家庭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>家校联系</translation>
    </message>
    <message>
        <source>Psychological check</source>
        <translation>心理体检</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Guardianship supervision order</source>
        <translation>督促监护令</translation>
    </message>
    <message>
        <source>Family education order</source>
        <translation>家庭教育令</translation>
    </message>
    <message>
        <source>Order to attend family education guidance</source>
        <translation>责令接受家庭教育指导令</translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation>训诫</translation>
    </message>
    <message>
        <source>Psychological intervention</source>
        <translation>心理干预</translation>
    </message>
    <message>
        <source>Social relief</source>
        <translation>社会救助</translation>
    </message>
    <message>
        <source>School support</source>
        <translation>学校支持</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>关爱服务实施方案</translation>
    </message>
    <message>
        <source>Family education guidance plan</source>
        <translation>家庭教育指导方案</translation>
    </message>
    <message>
        <source>Code set</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>Downgrade proposed</source>
        <translation>降码申请</translation>
    </message>
    <message>
        <source>Downgrade approved</source>
        <translation>降码已批准</translation>
    </message>
    <message>
        <source>Downgrade declined</source>
        <translation>降码已驳回</translation>
    </message>
    <message>
        <source>Raise reviewed</source>
        <translation>升码已复核</translation>
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
        <source>Sign in with --user to check the database&apos;s contents as well.</source>
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
        <translation>
            <numerusform>审计日志完整（共 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>未赋码</translation>
    </message>
    <message>
        <source>Added town %1 (%2).</source>
        <translation>已添加镇街 %1（%2）。</translation>
    </message>
    <message>
        <source>%1: towns %2; schools %3; agency %4; case role %5</source>
        <translation>%1：镇街 %2；学校 %3；单位 %4；个案角色 %5</translation>
    </message>
    <message>
        <source>New family files are numbered like %1.</source>
        <translation>新建家庭档案的编号形如 %1。</translation>
    </message>
    <message>
        <source>Thresholds: red %1, orange %2, yellow %3</source>
        <translation>分数线：红码 %1，橙码 %2，黄码 %3</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Added template %1 version %2 (%3).</source>
        <translation>已添加模板 %1 第 %2 版（%3）。</translation>
    </message>
    <message>
        <source>Opened family file %1 (id %2).</source>
        <translation>已建立家庭档案 %1（id %2）。</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>下一页：%1</translation>
    </message>
    <message>
        <source>Family file %1 — %2 — %3</source>
        <translation>家庭档案 %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Town: %1 %2  Address: %3</source>
        <translation>镇街：%1 %2  地址：%3</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>家庭类型：%1</translation>
    </message>
    <message>
        <source>Caseworker: %1  Next follow-up due: %2</source>
        <translation>个案工作者：%1  下次回访：%2</translation>
    </message>
    <message>
        <source>(Partial view: the children of your school and their follow-ups.)</source>
        <translation>（部分视图：本校儿童及其回访记录。）</translation>
    </message>
    <message>
        <source>Family file %1 is now %2.</source>
        <translation>家庭档案 %1 现为%2。</translation>
    </message>
    <message>
        <source>Family file %1 is assigned to %2.</source>
        <translation>家庭档案 %1 已分配给 %2。</translation>
    </message>
    <message>
        <source>Added %1 to %2 (id %3).</source>
        <translation>已将 %1 加入 %2（id %3）。</translation>
    </message>
    <message>
        <source>Assessment %1: score %2, suggested %3, confirmed %4.</source>
        <translation>评估 %1：得分 %2，建议%3，确认%4。</translation>
    </message>
    <message>
        <source>The family is now %1.</source>
        <translation>该家庭现为%1。</translation>
    </message>
    <message>
        <source>Plan %1: %2 (%3, %4% done)</source>
        <translation>方案 %1：%2（%3，已完成 %4%）</translation>
    </message>
    <message>
        <source>Action %1 is now %2.</source>
        <translation>措施 %1 现为%2。</translation>
    </message>
    <message>
        <source>Follow-up %1 recorded; next due %2.</source>
        <translation>已记录回访 %1；下次回访 %2。</translation>
    </message>
    <message>
        <source>Guidance session %1 recorded.</source>
        <translation>已记录指导 %1。</translation>
    </message>
    <message>
        <source>  guidance hours: %1 of %2</source>
        <translation>  指导时长：%1 / %2 小时</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB an attachment may be.</source>
        <translation>%1 超过了附件上限 %2 MiB。</translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, SHA-256 %3) as %4.</source>
        <translation>已添加附件 %1（%2 字节，SHA-256 %3），编号 %4。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Generated %1 families, %2 people, %3 follow-ups and %4 referrals (%5 records) in %6 s.</source>
        <translation>已生成 %1 个家庭、%2 人、%3 条回访和 %4 条转介（共 %5 条记录），用时 %6 秒。</translation>
    </message>
    <message>
        <source>Password for %1 in the database being replaced: </source>
        <translation>%1 在被替换数据库中的密码：</translation>
    </message>
    <message>
        <source>Run jiahu-cli help %1 for its options.</source>
        <translation>运行 jiahu-cli help %1 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Global options such as --db and --user: jiahu-cli --help.</source>
        <translation>--db、--user 等全局选项见 jiahu-cli --help。</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 不接受 %2 选项。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 是开关选项，不能带值。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 后面需要填写一个值。</translation>
    </message>
    <message>
        <source>%1 needs one of: %2</source>
        <translation>%1 后面需要以下子命令之一：%2</translation>
    </message>
    <message>
        <source>Wrong arguments for %1. Usage: %2</source>
        <translation>%1 的参数有误。用法：%2</translation>
    </message>
    <message>
        <source>The family file: its number or id.</source>
        <translation>家庭档案：档案编号或 id</translation>
    </message>
    <message>
        <source>Referral id.</source>
        <translation>转介 id</translation>
    </message>
    <message>
        <source>Plan id.</source>
        <translation>方案 id</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Person id (see &apos;family show --json&apos;).</source>
        <translation>人员 id（见“family show --json”的输出）</translation>
    </message>
    <message>
        <source>Follow-up id.</source>
        <translation>回访 id</translation>
    </message>
    <message>
        <source>Assessment id.</source>
        <translation>评估 id</translation>
    </message>
    <message>
        <source>Risk event id (see &apos;risk queue&apos;).</source>
        <translation>赋码事件 id（见“risk queue”）</translation>
    </message>
    <message>
        <source>Template id (default: the default template).</source>
        <translation>模板 id（不填则用默认模板）</translation>
    </message>
    <message>
        <source>Read %1 from a UTF-8 text file (- for standard input).</source>
        <translation>从 UTF-8 文本文件读取 %1（- 表示标准输入）</translation>
    </message>
    <message>
        <source>Database file (or $JIAHU_DB).</source>
        <translation>数据库文件（也可用 $JIAHU_DB 指定）</translation>
    </message>
    <message>
        <source>User name to sign in with (or $JIAHU_USER).</source>
        <translation>登录用户名（也可用 $JIAHU_USER 指定）</translation>
    </message>
    <message>
        <source>Show the help (of a command: COMMAND --help).</source>
        <translation>显示帮助（某个命令的帮助：COMMAND --help）</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line, instead of the terminal.</source>
        <translation>从标准输入读取密码（每行一个），不在终端输入</translation>
    </message>
    <message>
        <source>Sign in with the recovery code instead of a password.</source>
        <translation>用恢复码代替密码登录</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>Language of messages.</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>Password hashing cost for new keys: moderate (default, 256 MiB), sensitive (1 GiB) or interactive (64 MiB).</source>
        <translation>新密钥的密码哈希强度：moderate（默认，256 MiB）、sensitive（1 GiB）或 interactive（64 MiB）</translation>
    </message>
    <message>
        <source>Full name shown in the application.</source>
        <translation>程序中显示的姓名</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>At most this many families (default 50).</source>
        <translation>最多列出的家庭数，默认 50</translation>
    </message>
    <message>
        <source>Family categories, comma-separated.</source>
        <translation>家庭类型，用逗号分隔</translation>
    </message>
    <message>
        <source>Risk code.</source>
        <translation>风险赋码</translation>
    </message>
    <message>
        <source>Only families assigned to me.</source>
        <translation>只看分配给我的家庭</translation>
    </message>
    <message>
        <source>Town or street (镇街).</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Why (kept in the family file&apos;s history).</source>
        <translation>理由（记入家庭档案的历史记录）</translation>
    </message>
    <message>
        <source>Why you open it (kept in the audit log).</source>
        <translation>调阅理由（记入审计日志）</translation>
    </message>
    <message>
        <source>Reason for the decision.</source>
        <translation>审批理由</translation>
    </message>
    <message>
        <source>When it took place (default today).</source>
        <translation>发生日期，默认今天</translation>
    </message>
    <message>
        <source>Who gives the guidance or service.</source>
        <translation>提供指导或服务的单位或人员</translation>
    </message>
    <message>
        <source>Continue after this cursor (printed as &apos;next&apos;).</source>
        <translation>从该游标处继续列出（即上一页末尾“下一页：”后的内容）</translation>
    </message>
    <message>
        <source>Why it is corrected (kept with the correction).</source>
        <translation>更正理由，与更正后的记录一同保存</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender (taken from the identity number when given).</source>
        <translation>性别，填写身份证号码时由号码得出</translation>
    </message>
    <message>
        <source>Birth date (taken from the identity number when given).</source>
        <translation>出生日期，填写身份证号码时由号码得出</translation>
    </message>
    <message>
        <source>Identity number (18 characters, GB 11643 check character).</source>
        <translation>身份证号码（18 位，末位为 GB 11643 校验码）</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>School (children).</source>
        <translation>学校（儿童填写）</translation>
    </message>
    <message>
        <source>Grade (children).</source>
        <translation>年级（儿童填写）</translation>
    </message>
    <message>
        <source>Relationship to the child (父亲, 祖母, ...).</source>
        <translation>与儿童的关系（父亲、祖母等）</translation>
    </message>
    <message>
        <source>Special needs.</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Kind of follow-up.</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Findings.</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Next follow-up (default: by the family&apos;s code).</source>
        <translation>下次回访日期，默认按该家庭的赋码推算</translation>
    </message>
    <message>
        <source>Why the next follow-up is later than the family&apos;s code allows (the supervisor sees it).</source>
        <translation>下次回访晚于赋码规定期限的理由（督导可见）</translation>
    </message>
    <message>
        <source>The family member concerned (person id).</source>
        <translation>涉及的家庭成员（人员 id）</translation>
    </message>
    <message>
        <source>The agency referred to.</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>What the agency is asked for.</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Reason for the referral.</source>
        <translation>转介事由</translation>
    </message>
    <message>
        <source>Legal basis.</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Required actions.</source>
        <translation>应履行的事项</translation>
    </message>
    <message>
        <source>How often the actions are due.</source>
        <translation>履行频次</translation>
    </message>
    <message>
        <source>For how long.</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Venue.</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>How the order is served.</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Guidance hours the order requires.</source>
        <translation>该令要求的指导时长，单位为小时</translation>
    </message>
    <message>
        <source>A note on this step.</source>
        <translation>本步骤的说明</translation>
    </message>
    <message>
        <source>The agency&apos;s response.</source>
        <translation>接收单位的回复</translation>
    </message>
    <message>
        <source>What came of the referral.</source>
        <translation>转介结果</translation>
    </message>
    <message>
        <source>Name of the first administrator (default: --user).</source>
        <translation>第一位管理员的用户名（默认取 --user）</translation>
    </message>
    <message>
        <source>Create a database and its first administrator.</source>
        <translation>新建数据库及其第一位管理员</translation>
    </message>
    <message>
        <source>Check the database and keyring (signed in with --user: the contents as well).</source>
        <translation>检查数据库和密钥环（用 --user 登录时还检查数据库内容）</translation>
    </message>
    <message>
        <source>List the users.</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>登录用户名</translation>
    </message>
    <message>
        <source>The user&apos;s role.</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <source>Add a user (asks for the new user&apos;s password).</source>
        <translation>添加用户（会要求输入新用户的密码）</translation>
    </message>
    <message>
        <source>Remove a user and replace the database key.</source>
        <translation>删除用户并更换数据库密钥</translation>
    </message>
    <message>
        <source>Whose password an administrator resets (default: your own).</source>
        <translation>管理员要重设其密码的用户（默认为您本人）</translation>
    </message>
    <message>
        <source>Change your password, or reset another user&apos;s.</source>
        <translation>修改自己的密码，或重设其他用户的密码</translation>
    </message>
    <message>
        <source>Towns, comma-separated (&apos;*&apos; for all; empty for none).</source>
        <translation>镇街，用逗号分隔（“*”表示全部；留空表示无）</translation>
    </message>
    <message>
        <source>Schools, comma-separated (empty for none).</source>
        <translation>学校，用逗号分隔（留空表示无）</translation>
    </message>
    <message>
        <source>The one agency a liaison works for (empty for none).</source>
        <translation>政法联络员所属的单位（仅限一个；留空表示无）</translation>
    </message>
    <message>
        <source>A case role for an administrator (empty for none).</source>
        <translation>授予管理员的个案角色，留空表示无</translation>
    </message>
    <message>
        <source>Show where a user works, or change it: every kind given is replaced, all or nothing.</source>
        <translation>查看或修改用户的工作范围：给出的每一类都整体替换，要么全部生效，要么都不生效</translation>
    </message>
    <message>
        <source>Replace the recovery code.</source>
        <translation>更换恢复码</translation>
    </message>
    <message>
        <source>Replace the database key.</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>Backup file to write (DEST.keyring is written too).</source>
        <translation>要写入的备份文件（同时写入 DEST.keyring）</translation>
    </message>
    <message>
        <source>Write an encrypted backup with its keyring.</source>
        <translation>写入加密备份及其密钥环</translation>
    </message>
    <message>
        <source>Backup file to restore.</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>An administrator of the database being replaced (needed when the backup is of another database).</source>
        <translation>被替换数据库的一位管理员（备份来自另一个数据库时必须提供）</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the old one is kept aside).</source>
        <translation>用备份替换数据库（原数据库另行保留）</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation>校验审计日志的哈希链</translation>
    </message>
    <message>
        <source>Only this user&apos;s entries.</source>
        <translation>只看该用户的记录</translation>
    </message>
    <message>
        <source>Only entries about this family (id).</source>
        <translation>只看与该家庭有关的记录（家庭 id）</translation>
    </message>
    <message>
        <source>From this day on (local time).</source>
        <translation>从这一天起，按本地时间</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>截至这一天，含当天</translation>
    </message>
    <message>
        <source>At most this many entries (default 100).</source>
        <translation>最多列出的记录条数，默认 100</translation>
    </message>
    <message>
        <source>Name of the town or street.</source>
        <translation>镇街名称</translation>
    </message>
    <message>
        <source>Its code in family file numbers: 1 to 8 capital letters or digits.</source>
        <translation>该镇街在档案编号中的代码：1 到 8 位大写字母或数字</translation>
    </message>
    <message>
        <source>Add a town (镇街) to the list.</source>
        <translation>在列表中添加镇街</translation>
    </message>
    <message>
        <source>List the towns and their codes.</source>
        <translation>列出镇街及其代码</translation>
    </message>
    <message>
        <source>e.g. {town}-{year}-{seq:5}; it must contain {seq}.</source>
        <translation>例如 {town}-{year}-{seq:5}；必须包含 {seq}</translation>
    </message>
    <message>
        <source>Set how new family files are numbered.</source>
        <translation>设置新家庭档案的编号格式</translation>
    </message>
    <message>
        <source>Days per code, e.g. red=7,orange=14,yellow=30,blue=90.</source>
        <translation>各赋码的回访间隔天数，例如 red=7,orange=14,yellow=30,blue=90</translation>
    </message>
    <message>
        <source>Set how often each code&apos;s families are followed up.</source>
        <translation>设置各赋码家庭的回访周期</translation>
    </message>
    <message>
        <source>Show an assessment template and its items.</source>
        <translation>显示评估模板及其评估项</translation>
    </message>
    <message>
        <source>The template as a JSON file.</source>
        <translation>模板的 JSON 文件</translation>
    </message>
    <message>
        <source>Make it the default template.</source>
        <translation>设为默认模板</translation>
    </message>
    <message>
        <source>Add an assessment template.</source>
        <translation>添加评估模板</translation>
    </message>
    <message>
        <source>Community or village (村社).</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>A school (repeat for several).</source>
        <translation>学校，有多所时重复此选项</translation>
    </message>
    <message>
        <source>Assigned caseworker (default: you).</source>
        <translation>负责的个案工作者（默认为您本人）</translation>
    </message>
    <message>
        <source>Risk codes, comma-separated.</source>
        <translation>风险赋码，用逗号分隔</translation>
    </message>
    <message>
        <source>Only files not coded yet.</source>
        <translation>只看尚未赋码的档案</translation>
    </message>
    <message>
        <source>Files with this status (default open).</source>
        <translation>只看该状态的档案，默认 open（在案）</translation>
    </message>
    <message>
        <source>Only files assigned to this user.</source>
        <translation>只看分配给该用户的档案</translation>
    </message>
    <message>
        <source>Only files whose follow-up is past due.</source>
        <translation>只看回访已逾期的档案</translation>
    </message>
    <message>
        <source>Order: code (most severe, then latest activity; the default), file, due, activity or town.</source>
        <translation>排序方式：code（按赋码从重到轻，再按最近动态；默认）、file（档案编号）、due（回访到期日）、activity（最近动态）或 town（镇街）</translation>
    </message>
    <message>
        <source>List family files, most urgent first, with their count.</source>
        <translation>列出家庭档案（最紧急的在前）及总数</translation>
    </message>
    <message>
        <source>The linked schools (repeat for several; they replace the list).</source>
        <translation>关联的学校，有多所时重复此选项，将替换原有列表</translation>
    </message>
    <message>
        <source>Reassign to this caseworker (supervisor).</source>
        <translation>改派给该个案工作者（督导操作）</translation>
    </message>
    <message>
        <source>Correct or update a family file&apos;s details (only the options given change).</source>
        <translation>更正或更新家庭档案信息（只修改给出的选项）</translation>
    </message>
    <message>
        <source>Open a family file and show it (audited).</source>
        <translation>调阅并显示家庭档案（记入审计日志）</translation>
    </message>
    <message>
        <source>Close a family file (supervisor).</source>
        <translation>家庭档案结案（督导操作）</translation>
    </message>
    <message>
        <source>Mark a family file as transferred elsewhere.</source>
        <translation>将家庭档案标记为已移交</translation>
    </message>
    <message>
        <source>Reopen a closed or transferred family file.</source>
        <translation>将已结案或已移交的家庭档案重新开案</translation>
    </message>
    <message>
        <source>The caseworker (user name).</source>
        <translation>个案工作者（用户名）</translation>
    </message>
    <message>
        <source>Assign a family file to a caseworker.</source>
        <translation>将家庭档案分配给个案工作者</translation>
    </message>
    <message>
        <source>Place in the family.</source>
        <translation>在家庭中的身份</translation>
    </message>
    <message>
        <source>Add a person to a family file.</source>
        <translation>向家庭档案添加人员</translation>
    </message>
    <message>
        <source>Why (required for a new name or identity number; kept in the audit log).</source>
        <translation>理由（修改姓名或身份证号码时必填；记入审计日志）</translation>
    </message>
    <message>
        <source>Correct or update a person&apos;s details (only the options given change).</source>
        <translation>更正或更新人员信息（只修改给出的选项）</translation>
    </message>
    <message>
        <source>Names, file numbers, identity or phone digits, notes (quote it if it has spaces).</source>
        <translation>姓名、档案编号、身份证号码或电话号码中的数字、记录内容（含空格时请加引号）</translation>
    </message>
    <message>
        <source>Find family files (also by place names).</source>
        <translation>查找家庭档案（也可按地名查找）</translation>
    </message>
    <message>
        <source>item=value pairs, comma-separated, each item once (see &apos;template show&apos;).</source>
        <translation>“评估项=分值”，多项用逗号分隔，每项只填一次（评估项见“template show”）</translation>
    </message>
    <message>
        <source>The code you confirm, if not the suggested one.</source>
        <translation>与建议赋码不同时，填写您确认的赋码</translation>
    </message>
    <message>
        <source>Assess a family against a template; sets or proposes its risk code.</source>
        <translation>按评估模板评估家庭，并据此赋码（降码则提交申请）</translation>
    </message>
    <message>
        <source>Correct a mistaken assessment: a new one replaces it and acts on the code like any assessment.</source>
        <translation>更正有误的评估：以一次新评估取代原评估，并像其他评估一样作用于赋码</translation>
    </message>
    <message>
        <source>Why the code changes.</source>
        <translation>赋码变更理由</translation>
    </message>
    <message>
        <source>The (re)assessment behind a downgrade.</source>
        <translation>降码所依据的重新评估（评估 id）</translation>
    </message>
    <message>
        <source>Set or raise a family&apos;s code, or propose a downgrade.</source>
        <translation>为家庭赋码或升码，或提出降码申请</translation>
    </message>
    <message>
        <source>Approve a downgrade or review a raise (supervisor).</source>
        <translation>批准降码或复核升码（督导操作）</translation>
    </message>
    <message>
        <source>Decline a proposed downgrade (supervisor).</source>
        <translation>驳回降码申请（督导操作）</translation>
    </message>
    <message>
        <source>At most this many events (default 50).</source>
        <translation>最多列出的事件数，默认 50</translation>
    </message>
    <message>
        <source>Proposals and raises waiting for a supervisor.</source>
        <translation>等待督导审批的降码申请和升码</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Goals.</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Kind of plan (default care).</source>
        <translation>方案类型，默认 care（关爱服务实施方案）</translation>
    </message>
    <message>
        <source>Draft an intervention plan.</source>
        <translation>起草帮扶方案</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>措施内容</translation>
    </message>
    <message>
        <source>The agency that does it.</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Add an action to a plan.</source>
        <translation>为方案添加措施</translation>
    </message>
    <message>
        <source>Action id.</source>
        <translation>措施 id</translation>
    </message>
    <message>
        <source>The action&apos;s new status.</source>
        <translation>措施的新状态</translation>
    </message>
    <message>
        <source>Set the status of a plan&apos;s action.</source>
        <translation>设置方案措施的状态</translation>
    </message>
    <message>
        <source>Approve a plan (supervisor).</source>
        <translation>批准方案（督导操作）</translation>
    </message>
    <message>
        <source>Close a plan.</source>
        <translation>关闭方案</translation>
    </message>
    <message>
        <source>Show a plan and its actions.</source>
        <translation>显示方案及其措施</translation>
    </message>
    <message>
        <source>Correct or update a plan action (only the options given change).</source>
        <translation>更正或更新方案措施（只修改给出的选项）</translation>
    </message>
    <message>
        <source>Only plans with this status.</source>
        <translation>只看该状态的方案</translation>
    </message>
    <message>
        <source>List plans, newest first.</source>
        <translation>列出方案（最新的在前）</translation>
    </message>
    <message>
        <source>Record a follow-up.</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Correct a mistaken follow-up: a new one replaces it (what is not given stays as it was).</source>
        <translation>更正有误的回访：以一条新记录取代原记录（未给出的内容保持不变）</translation>
    </message>
    <message>
        <source>Follow-ups due later than the family&apos;s code allows, with the reason (supervisor).</source>
        <translation>下次回访晚于赋码规定期限的家庭及其理由（供督导查看）</translation>
    </message>
    <message>
        <source>Length of the session in hours.</source>
        <translation>指导时长，单位为小时</translation>
    </message>
    <message>
        <source>Topic.</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The guardian guided (person id).</source>
        <translation>接受指导的监护人（人员 id）</translation>
    </message>
    <message>
        <source>The referral whose order the hours count against.</source>
        <translation>本次指导时长计入哪份转介的令状要求（转介 id）</translation>
    </message>
    <message>
        <source>Record a family education guidance session.</source>
        <translation>记录一次家庭教育指导</translation>
    </message>
    <message>
        <source>Instead: files due within this many days.</source>
        <translation>改为列出 DAYS 天内回访到期的档案</translation>
    </message>
    <message>
        <source>Order: code (most severe first, the default) or date.</source>
        <translation>排序方式：code（按赋码从重到轻；默认）或 date（按到期日期）</translation>
    </message>
    <message>
        <source>Families whose follow-up is past due (or due soon).</source>
        <translation>回访已逾期（或即将到期）的家庭</translation>
    </message>
    <message>
        <source>Draft a referral to another agency.</source>
        <translation>起草转介（转给其他单位）</translation>
    </message>
    <message>
        <source>Correct a draft referral (only the options given change).</source>
        <translation>修改转介草稿（只修改给出的选项）</translation>
    </message>
    <message>
        <source>Send a drafted referral.</source>
        <translation>发送已起草的转介</translation>
    </message>
    <message>
        <source>Record that the agency received a referral (liaison).</source>
        <translation>登记接收单位已接收转介（政法联络员操作）</translation>
    </message>
    <message>
        <source>Record that the agency accepted a referral (liaison).</source>
        <translation>登记接收单位已受理转介（政法联络员操作）</translation>
    </message>
    <message>
        <source>Record that the agency declined a referral (liaison).</source>
        <translation>登记接收单位不予受理转介（政法联络员操作）</translation>
    </message>
    <message>
        <source>Close a referral (or withdraw a draft).</source>
        <translation>转介结案（或撤回草稿）</translation>
    </message>
    <message>
        <source>Show a referral and its history.</source>
        <translation>显示转介及其办理经过</translation>
    </message>
    <message>
        <source>Only referrals with this status.</source>
        <translation>只看该状态的转介</translation>
    </message>
    <message>
        <source>At most this many referrals (default 50).</source>
        <translation>最多列出的转介数，默认 50</translation>
    </message>
    <message>
        <source>List referrals.</source>
        <translation>列出转介</translation>
    </message>
    <message>
        <source>The file to attach (at most 20 MiB).</source>
        <translation>要添加为附件的文件（不超过 20 MiB）</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Keep a file with a family file (inside the encrypted database).</source>
        <translation>将文件作为附件存入家庭档案（保存在加密数据库内）</translation>
    </message>
    <message>
        <source>Attachment id.</source>
        <translation>附件 id</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Why you take it out (kept in the audit log).</source>
        <translation>导出理由（记入审计日志）</translation>
    </message>
    <message>
        <source>Write an attachment to a file (audited).</source>
        <translation>将附件导出为文件（记入审计日志）</translation>
    </message>
    <message>
        <source>Number of families.</source>
        <translation>家庭数量</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>随机种子：种子相同，生成的数据也相同</translation>
    </message>
    <message>
        <source>Fill an empty database with generated demo data.</source>
        <translation>向空数据库填入生成的演示数据</translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s)</source>
        <translation>
            <numerusform>共 %n 份家庭档案</numerusform>
        </translation>
    </message>
    <message>
        <source>Family file %1 is up to date.</source>
        <translation>家庭档案 %1 已更新。</translation>
    </message>
    <message>
        <source>%1 (id %2) is up to date.</source>
        <translation>%1（id %2）的信息已更新。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>of: %1</source>
        <translation>可多选：%1</translation>
    </message>
    <message>
        <source>may be repeated</source>
        <translation>可重复</translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation>[全局选项]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>[arguments] [options]</source>
        <translation>[参数] [选项]</translation>
    </message>
    <message>
        <source>Jiahu command-line tool.</source>
        <translation>家护命令行工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Show a command&apos;s arguments and options.</source>
        <translation>显示某个命令的参数和选项</translation>
    </message>
    <message>
        <source>Global options (every command takes them):</source>
        <translation>全局选项（所有命令均可使用）：</translation>
    </message>
    <message>
        <source>jiahu-cli help COMMAND (or COMMAND --help) shows a command&apos;s options.</source>
        <translation>用 jiahu-cli help COMMAND（或 COMMAND --help）查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Passwords are read from the terminal, or with --password-stdin one per line; never from arguments.</source>
        <translation>密码从终端输入，或用 --password-stdin 从标准输入逐行读取；绝不通过命令行参数传递。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 sign-in failed or not permitted.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 登录失败或无权操作。</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 到 %3 之间的整数，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 到 %3 之间的数值，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 须为 YYYY-MM-DD 格式的日期，不能是“%2”。</translation>
    </message>
    <message>
        <source>%1 is one of: %2 (not &quot;%3&quot;).</source>
        <translation>%1 只能是以下之一：%2（不能是“%3”）。</translation>
    </message>
    <message>
        <source>%1 takes, comma-separated: %2 (not &quot;%3&quot;).</source>
        <translation>%1 可取以下值，多个用逗号分隔：%2（不能是“%3”）。</translation>
    </message>
    <message>
        <source>%1 takes item=number pairs separated by commas, not &quot;%2&quot;.</source>
        <translation>%1 的格式应为“评估项=分值”，多项用逗号分隔，不能是“%2”。</translation>
    </message>
    <message>
        <source>%1: %2 takes a whole number from 0 to 1000, not &quot;%3&quot;.</source>
        <translation>%1：%2 须为 0 到 1000 之间的整数，不能是“%3”。</translation>
    </message>
    <message>
        <source>%1 gives %2 more than once.</source>
        <translation>%1 中 %2 出现了不止一次。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 超过了 %2 KiB。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 只能给出一次。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 必须给出 %2。</translation>
    </message>
    <message>
        <source>Give %1 or %2, not both.</source>
        <translation>%1 和 %2 只能给出其中一个。</translation>
    </message>
    <message>
        <source>%1 - and --password-stdin both want standard input: give the text in a file, or the password on the terminal.</source>
        <translation>%1 - 和 --password-stdin 都要使用标准输入：请把文本放在文件中，或改在终端输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>共 %n 条转介</numerusform>
        </translation>
    </message>
    <message>
        <source>Downgrade to %1 proposed (%2); a supervisor decides.</source>
        <translation>已提出降为%1的申请（%2），由督导审批。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>共 %n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>(reason not shown: case text)</source>
        <translation>（理由属于个案内容，不予显示）</translation>
    </message>
    <message>
        <source>(corrected: %1)</source>
        <translation>（已更正：%1）</translation>
    </message>
    <message>
        <source>Only those of this family file (its number or id).</source>
        <translation>只看该家庭档案的（档案编号或 id）</translation>
    </message>
    <message>
        <source>First compute every family&apos;s derived data (code, due date, activity, search) again from its records (administrators).</source>
        <translation>先根据记录重新计算每个家庭的派生数据（赋码、回访到期日、最近活动、检索），仅限管理员</translation>
    </message>
    <message>
        <source>Only this action (family.open), or every action starting so (family.).</source>
        <translation>只看该操作（如 family.open），或以此开头的所有操作（如 family.）</translation>
    </message>
    <message>
        <source>Newest entries first.</source>
        <translation>最新的记录排在前面</translation>
    </message>
    <message>
        <source>List audit log entries (reasons only for the families you may read).</source>
        <translation>列出审计日志记录（只显示您有权查阅的家庭的理由）</translation>
    </message>
    <message>
        <source>Start a new family file.</source>
        <translation>建立新的家庭档案。</translation>
    </message>
    <message>
        <source>Why you confirm a code other than the suggested one.</source>
        <translation>确认的赋码与建议赋码不同的理由</translation>
    </message>
    <message>
        <source>When it took place (default: as recorded).</source>
        <translation>发生日期，默认沿用原记录</translation>
    </message>
    <message>
        <source>Next follow-up (default: by the family&apos;s code from the corrected date).</source>
        <translation>下次回访日期，默认按该家庭的赋码从更正后的日期推算</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Follow-up cadence in days per code: %1.</source>
        <translation>各赋码的回访周期（天）：%1。</translation>
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
        <source>The database is in use by another program. Close other Jiahu windows and try again.</source>
        <translation>数据库正被其他程序使用。请关闭其他家护窗口后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that it exists and that you may read it.</source>
        <translation>无法打开数据库文件。请确认文件存在且您有读取权限。</translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file&apos;s permissions.</source>
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
        <source>The transaction has already ended.</source>
        <translation>该事务已经结束。</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the database file itself.</source>
        <translation>%1 不是文件。请选择数据库文件本身。</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it was cut short when it was written or copied. Restore the latest backup with &quot;jiahu-cli restore&quot;. The file has been left as it is.</source>
        <translation>数据库文件 %1 是空的（0 字节）：写入或复制时被中断了。请用“jiahu-cli restore”恢复最近的备份。该文件保持原样未动。</translation>
    </message>
    <message>
        <source>The database file %1 is truncated: its size (%2 bytes) is not a whole number of pages. Restore the latest backup with &quot;jiahu-cli restore&quot;. The file has been left as it is.</source>
        <translation>数据库文件 %1 不完整：其大小（%2 字节）不是整页数。请用“jiahu-cli restore”恢复最近的备份。该文件保持原样未动。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor&quot; to check it. The damaged file has been left as it is.</source>
        <translation>数据库文件已损坏。请用“jiahu-cli restore”恢复最近的备份，或运行“jiahu-cli doctor”进行检查。损坏的文件保持原样未动。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing more can be saved in it. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor&quot; to check it again.</source>
        <translation>数据库文件已损坏，无法再保存任何内容。请用“jiahu-cli restore”恢复最近的备份，或运行“jiahu-cli doctor”重新检查。</translation>
    </message>
    <message>
        <source>The database connection was used from the wrong thread.</source>
        <translation>在错误的线程中使用了数据库连接。</translation>
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
    <name>DateRules</name>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1不是有效的日期。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1须在 %2 至 %3 之间。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No default assessment template is set.</source>
        <translation>尚未设置默认评估模板。</translation>
    </message>
    <message>
        <source>The number of families must be between 1 and 1,000,000.</source>
        <translation>家庭数量必须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>This database already has family files; demo data goes only into an empty database.</source>
        <translation>此数据库已有家庭档案；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>FamilyProjection</name>
    <message>
        <source>The family file was not found.</source>
        <translation>找不到该家庭档案。</translation>
    </message>
</context>
<context>
    <name>FamilyService</name>
    <message>
        <source>%1 is not a known town. An administrator adds towns with &quot;jiahu-cli town add&quot;.</source>
        <translation>%1 不是已登记的镇街。管理员可用“jiahu-cli town add”添加。</translation>
    </message>
    <message>
        <source>No free file number was found.</source>
        <translation>找不到可用的档案编号。</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>No family file %1 was found in your scope.</source>
        <translation>在您的工作范围内找不到家庭档案 %1。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The family file is already %1.</source>
        <translation>该家庭档案已是%1状态。</translation>
    </message>
    <message>
        <source>%1 is not a caseworker or supervisor.</source>
        <translation>%1 不是个案工作者或督导。</translation>
    </message>
    <message>
        <source>Unknown family category.</source>
        <translation>无法识别的家庭类型。</translation>
    </message>
    <message>
        <source>Family file %1 is %2: it is read-only until a supervisor reopens it.</source>
        <translation>家庭档案 %1 %2，在督导重新开案之前只能查看，不能修改。</translation>
    </message>
    <message>
        <source>The family file is not open; open it first.</source>
        <translation>尚未调阅该家庭档案；请先调阅。</translation>
    </message>
</context>
<context>
    <name>FollowUpCadence</name>
    <message>
        <source>Write the cadence as red=7,orange=14,yellow=30,blue=90 (days, %1 to %2).</source>
        <translation>回访周期请按 red=7,orange=14,yellow=30,blue=90 的格式填写（天数，%1 到 %2）。</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>That person is not a member of this family.</source>
        <translation>此人不是该家庭的成员。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>A follow-up needs notes or findings.</source>
        <translation>回访需要填写记录或发现情况。</translation>
    </message>
    <message>
        <source>The next follow-up must be due after this one.</source>
        <translation>下次回访日期必须晚于本次回访。</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>没有回访 %1。</translation>
    </message>
    <message>
        <source>This follow-up has already been corrected; correct the correction instead.</source>
        <translation>此回访已被更正过；如需再次修改，请对更正后的回访记录进行更正。</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Family file %1 is %2: it is read-only until a supervisor reopens it.</source>
        <translation>家庭档案 %1 %2，在督导重新开案之前只能查看，不能修改。</translation>
    </message>
    <message>
        <source>A school counselor names the child the follow-up is about.</source>
        <translation>学校心理老师须指明本次回访涉及的儿童。</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>The reason for the later due date</source>
        <translation>推迟回访的理由</translation>
    </message>
    <message>
        <source>The next follow-up date</source>
        <translation>下次回访日期</translation>
    </message>
    <message numerus="yes">
        <source>A school counselor cannot put the next follow-up later than the family&apos;s code allows (%n day(s)).</source>
        <translation>
            <numerusform>学校心理老师不能把下次回访安排得晚于该家庭赋码允许的期限（%n 天）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next follow-up is due %1, later than the %n day(s) the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</source>
        <translation>
            <numerusform>下次回访日期 %1 超出了该家庭赋码允许的 %n 天期限（%2）。请填写理由，督导会看到。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceService</name>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation>时长必须大于 0 且不超过 24 小时。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The guardian named is not an adult member of this family.</source>
        <translation>所指监护人不是该家庭的成年成员。</translation>
    </message>
    <message>
        <source>The referral named does not belong to this family.</source>
        <translation>所指转介不属于该家庭。</translation>
    </message>
    <message>
        <source>The session date</source>
        <translation>指导日期</translation>
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>A change from %1 is dated %2, more than a day ahead of this computer&apos;s clock. Check the clock on that computer.</source>
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
        <source>The identity number&apos;s region code is not valid.</source>
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
        <source>The identity number&apos;s check character is wrong: check for a typing mistake.</source>
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
    <name>PageCursor</name>
    <message>
        <source>The page cursor is not valid for this list; start again from the first page.</source>
        <translation>翻页游标不适用于此列表；请从第一页重新开始。</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, + and -.</source>
        <translation>电话号码只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>Gender is male or female.</source>
        <translation>性别只能是 male 或 female。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the identity number, which gives %2.</source>
        <translation>出生日期 %1 与身份证号码不符，身份证号码显示为 %2。</translation>
    </message>
    <message>
        <source>The gender entered does not match the identity number.</source>
        <translation>填写的性别与身份证号码不符。</translation>
    </message>
    <message>
        <source>A person with this identity number is already recorded in family file %1.</source>
        <translation>家庭档案 %1 中已有使用此身份证号码的人员。</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>There is no family member %1.</source>
        <translation>没有家庭成员 %1。</translation>
    </message>
    <message>
        <source>The reason for changing a name or identity number</source>
        <translation>修改姓名或身份证号码的理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>There is no plan %1.</source>
        <translation>没有方案 %1。</translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation>该方案已关闭。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>There is no plan action %1.</source>
        <translation>没有方案措施 %1。</translation>
    </message>
    <message>
        <source>The plan is already approved.</source>
        <translation>该方案已批准。</translation>
    </message>
    <message>
        <source>A plan needs at least one action before it is approved.</source>
        <translation>方案至少要有一项措施才能批准。</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>完成期限</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Assessment: score %1, suggested %2, confirmed %3.</source>
        <translation>评估：得分 %1，建议%2，确认%3。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>A town code is 1 to 8 capital letters or digits, e.g. BSY.</source>
        <translation>镇街代码为 1 到 8 位大写字母或数字，例如 BSY。</translation>
    </message>
    <message>
        <source>The town or its code is already in the list.</source>
        <translation>该镇街或其代码已在列表中。</translation>
    </message>
    <message>
        <source>File number format</source>
        <translation>档案编号格式</translation>
    </message>
    <message>
        <source>The format must contain {seq} (or {seq:5} for five digits); it may use {town} and {year}.</source>
        <translation>格式必须包含 {seq}（或 {seq:5} 表示五位数字），可以使用 {town} 和 {year}。</translation>
    </message>
    <message>
        <source>A scope is town, school, agency or case_role.</source>
        <translation>工作范围为 town、school、agency 或 case_role。</translation>
    </message>
    <message>
        <source>A liaison works for one agency.</source>
        <translation>政法联络员只能属于一个单位。</translation>
    </message>
    <message>
        <source>A case role is caseworker, counselor, supervisor or liaison.</source>
        <translation>个案角色为 caseworker、counselor、supervisor 或 liaison。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>工作范围</translation>
    </message>
    <message>
        <source>%1 is not a known town.</source>
        <translation>%1 不是已登记的镇街。</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Receiving agency</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介事由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation>应履行的事项</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>指导/服务提供者</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>How served</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Required hours must be between 0 and 1000.</source>
        <translation>要求时长必须在 0 到 1000 小时之间。</translation>
    </message>
    <message>
        <source>There is no referral %1.</source>
        <translation>没有转介 %1。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Say why the referral is declined (a note or the response).</source>
        <translation>请说明不予受理的理由（说明或回复）。</translation>
    </message>
    <message>
        <source>Only a draft referral can be edited; this one is %1.</source>
        <translation>只能修改草稿状态的转介；这份转介的状态为“%1”。</translation>
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
        <translation>不予受理</translation>
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
    <name>RiskService</name>
    <message>
        <source>There is no risk-code event %1.</source>
        <translation>没有赋码事件 %1。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The family is already %1.</source>
        <translation>该家庭已是%1。</translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment: record one with &quot;assess&quot; and name it.</source>
        <translation>降码需要先完成重新评估：请用“assess”记录一次重新评估，并指明该评估。</translation>
    </message>
    <message>
        <source>There is no assessment %1 for this family.</source>
        <translation>该家庭没有评估 %1。</translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment made after the current code was set.</source>
        <translation>降码需要在当前赋码之后完成的重新评估。</translation>
    </message>
    <message>
        <source>The reassessment suggests %1, so it does not allow a downgrade to %2.</source>
        <translation>重新评估建议为%1，不能降为%2。</translation>
    </message>
    <message>
        <source>A downgrade proposal for this family is already waiting for a supervisor.</source>
        <translation>该家庭已有一份降码申请在等待督导审批。</translation>
    </message>
    <message>
        <source>Only a downgrade proposal or a raise can be decided.</source>
        <translation>只有降码申请或升码可以审批。</translation>
    </message>
    <message>
        <source>A raise took effect at once and cannot be declined; record a reassessment and propose a downgrade instead.</source>
        <translation>升码已立即生效，不能驳回；请记录一次重新评估，再提出降码申请。</translation>
    </message>
    <message>
        <source>This has already been decided.</source>
        <translation>此事项已经审批过。</translation>
    </message>
    <message>
        <source>The family&apos;s code has changed since this proposal was made; decline it and propose again.</source>
        <translation>提出申请后该家庭的赋码已变化；请驳回后重新申请。</translation>
    </message>
    <message>
        <source>A proposal is approved or declined by a supervisor other than the one who made it.</source>
        <translation>申请须由提出人以外的督导批准或驳回。</translation>
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
    <name>SearchService</name>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Type a name, a file number, digits of an identity number or phone, a place, or a word from the notes.</source>
        <translation>请输入姓名、档案编号、身份证号码或电话号码中的数字、地名，或记录中的词语。</translation>
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
    <message>
        <source>There is no terminal to ask for the password, and standard input holds the text to record: give the text in a file instead.</source>
        <translation>没有可用于输入密码的终端，而标准输入已用于传入要记录的文本：请改为把文本放在文件中。</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1过长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1只能是一行。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 contains an invisible or text-direction character (%2). Remove it and try again.</source>
        <translation>%1包含不可见字符或文字方向控制字符（%2）。请删除后重试。</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2).</source>
        <translation>%1包含控制字符（%2）。</translation>
    </message>
    <message>
        <source>%1 contains a character that is not valid text.</source>
        <translation>%1包含无效的文本字符。</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>失败次数过多。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
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
        <source>Only an administrator may manage users, keys and backups.</source>
        <translation>只有管理员才能管理用户、密钥和备份。</translation>
    </message>
    <message>
        <source>A change of the database key is unfinished because the database is open elsewhere. Close other Jiahu windows and unlock again.</source>
        <translation>由于数据库在别处打开，更换数据库密钥尚未完成。请关闭其他家护窗口后重新解锁。</translation>
    </message>
    <message>
        <source>Signed in with the recovery code: reset a user&apos;s password instead.</source>
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
        <source>The database file&apos;s size (%1 bytes) is not a whole number of pages: it may be truncated.</source>
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
        <translation>
            <numerusform>密钥环中有 %n 个用户。</numerusform>
        </translation>
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
        <translation>
            <numerusform>审计日志完整（共 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut short when it was written or copied. Restore the latest backup with &quot;jiahu-cli restore&quot;.</source>
        <translation>数据库文件是空的（0 字节）：写入或复制时被中断了。请用“jiahu-cli restore”恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database was found damaged and takes no changes. Restore the latest backup with &quot;jiahu-cli restore&quot;, or run &quot;jiahu-cli doctor --user NAME&quot; to check it again.</source>
        <translation>数据库已被发现损坏，不再接受修改。请用“jiahu-cli restore”恢复最近的备份，或运行“jiahu-cli doctor --user 用户名”重新检查。</translation>
    </message>
    <message>
        <source>The database was recorded as damaged; as it passes its integrity check now, it takes changes again.</source>
        <translation>数据库曾被记录为损坏；现已通过完整性检查，重新接受修改。</translation>
    </message>
    <message>
        <source>The database takes no changes until it passes its integrity check. Restore the latest backup with &quot;jiahu-cli restore&quot;.</source>
        <translation>数据库在通过完整性检查之前不接受修改。请用“jiahu-cli restore”恢复最近的备份。</translation>
    </message>
    <message>
        <source>The backup is of a different database from the one at %1. To replace that database, also give the name and password of one of its administrators (jiahu-cli restore --target-user NAME). Nothing was changed.</source>
        <translation>该备份来自另一个数据库，不是 %1 处的数据库。要替换该数据库，还须提供其一名管理员的用户名和密码（jiahu-cli restore --target-user NAME）。未做任何更改。</translation>
    </message>
    <message>
        <source>Every family file&apos;s derived data (code, due date, activity, search) agrees with its records.</source>
        <translation>所有家庭档案的派生数据（赋码、回访到期日、最近活动、检索）与记录一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) have derived data that disagrees with their records: %1. Run &quot;jiahu-cli doctor --refresh-derived&quot; as an administrator to compute it again.</source>
        <translation>
            <numerusform>有 %n 份家庭档案的派生数据与记录不一致：%1。请由管理员运行“jiahu-cli doctor --refresh-derived”重新计算。</numerusform>
        </translation>
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
        <source>SQLCipher, 256-bit key; this user&apos;s key is protected by Argon2id</source>
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
        <source>&lt;h2&gt;Jiahu recovery code&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;&apos;&gt;%3&lt;/p&gt;&lt;p&gt;This code opens the database when no administrator can sign in. Keep it locked away. Whoever holds it can read every family file in the database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;家护恢复码&lt;/h2&gt;&lt;p&gt;数据库：%1&lt;br&gt;创建时间：%2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap;&apos;&gt;%3&lt;/p&gt;&lt;p&gt;当没有管理员能够登录时，可用此恢复码打开数据库。请锁好保存。持有它的人可以读取数据库中的全部家庭档案。&lt;/p&gt;</translation>
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
        <translation>
            <numerusform>请等待 %n 秒</numerusform>
        </translation>
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
