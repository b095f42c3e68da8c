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
    <message>
        <source>The attachment does not match its recorded SHA-256; it was not shown.</source>
        <translation>附件与记录的 SHA-256 不符，未显示。</translation>
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
    <name>FileContext</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
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
    <message>
        <source>This list is a school counselor&apos;s: the children of their own school.</source>
        <translation>这是学校心理老师的名单：本校的学生。</translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source>under 1</source>
        <translation>不满 1 岁</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>paternal grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>paternal grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>maternal grandfather</source>
        <translation>外祖父</translation>
    </message>
    <message>
        <source>maternal grandmother</source>
        <translation>外祖母</translation>
    </message>
    <message>
        <source>stepfather</source>
        <translation>继父</translation>
    </message>
    <message>
        <source>stepmother</source>
        <translation>继母</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>foster carer</source>
        <translation>寄养照料人</translation>
    </message>
    <message>
        <source>Save as a child?</source>
        <translation>仍记为儿童？</translation>
    </message>
    <message>
        <source>%1 is %2 years old by the birth date entered: no longer a minor. Check the birth date or identity number, or record them as a family member instead.</source>
        <translation>按所填出生日期，%1 已满 %2 周岁，不再是未成年人。请核对出生日期或身份证号，或改记为家庭成员。</translation>
    </message>
    <message>
        <source>Save as child</source>
        <translation>仍记为儿童</translation>
    </message>
    <message>
        <source>Save as a guardian?</source>
        <translation>仍记为监护人？</translation>
    </message>
    <message>
        <source>%1 is only %2 years old by the birth date entered. Check the birth date or identity number.</source>
        <translation>按所填出生日期，%1 只有 %2 岁。请核对出生日期或身份证号。</translation>
    </message>
    <message>
        <source>Save as guardian</source>
        <translation>仍记为监护人</translation>
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
    <name>Prompter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>RiskFileState</name>
    <message>
        <source>A downgrade needs a reassessment first (no assessment has been recorded yet).</source>
        <translation>降码需要先完成重新评估（尚无评估记录）</translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment first (the latest assessment is older than the current code).</source>
        <translation>降码需要先完成重新评估（最近一次评估早于当前赋码）</translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment first (the current code comes from the latest assessment).</source>
        <translation>降码需要先完成重新评估（当前赋码即由最近一次评估确定）</translation>
    </message>
    <message>
        <source>The reassessment of %1 suggests %2, so the code cannot go lower now. Reassess when the family&apos;s situation has changed.</source>
        <translation>%1的重新评估建议为%2，目前不能降码。家庭情况变化后请再次评估。</translation>
    </message>
    <message>
        <source>A downgrade proposal is already waiting for a supervisor.</source>
        <translation>已有降码申请在等待督导审批。</translation>
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
    <name>RiskStyle</name>
    <message>
        <source>Not coded</source>
        <translation>未赋码</translation>
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
    <name>TimelineEntries</name>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指导</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Coded %1</source>
        <translation>赋码为%1</translation>
    </message>
    <message>
        <source>Raised from %1 to %2</source>
        <translation>由%1升为%2</translation>
    </message>
    <message>
        <source>Downgrade to %1 proposed</source>
        <translation>申请降为%1</translation>
    </message>
    <message>
        <source>Downgrade from %1 to %2 proposed</source>
        <translation>申请由%1降为%2</translation>
    </message>
    <message>
        <source>Downgrade to %1 approved</source>
        <translation>批准降为%1</translation>
    </message>
    <message>
        <source>Downgrade to %1 declined</source>
        <translation>驳回降为%1的申请</translation>
    </message>
    <message>
        <source>Raise to %1 reviewed</source>
        <translation>已复核升为%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 (waiting for a supervisor)</source>
        <translation>%1（待督导审批）</translation>
    </message>
    <message>
        <source>%1 (waiting for a supervisor&apos;s review)</source>
        <translation>%1（待督导复核）</translation>
    </message>
    <message>
        <source>Score %1, suggested %2, confirmed %3</source>
        <translation>得分 %1，建议%2，确认%3</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1（更正记录）</translation>
    </message>
    <message>
        <source>%1 (corrected later)</source>
        <translation>%1（已被更正）</translation>
    </message>
    <message>
        <source>Why the code differs from the suggestion: %1</source>
        <translation>未采用建议赋码的理由：%1</translation>
    </message>
    <message>
        <source>Why it was corrected: %1</source>
        <translation>更正理由：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” drawn up, %n action(s)</source>
        <translation>
            <numerusform>制订%1《%2》，共 %n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>%1 “%2” approved</source>
        <translation>批准%1《%2》</translation>
    </message>
    <message>
        <source>Action due: %1 (%2)</source>
        <translation>措施到期：%1（%2）</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation>家庭教育指导</translation>
    </message>
    <message>
        <source>%1, %2 h</source>
        <translation>%1，%2 小时</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>发现的问题：%1</translation>
    </message>
    <message>
        <source>Next follow-up due %1</source>
        <translation>下次回访 %1 到期</translation>
    </message>
    <message>
        <source>Referral to %1 drafted: %2</source>
        <translation>起草转介至%1：%2</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>转介至%1：%2</translation>
    </message>
    <message>
        <source>Attachment “%1” added</source>
        <translation>添加附件《%1》</translation>
    </message>
    <message>
        <source>Family file %1 created</source>
        <translation>建立家庭档案 %1</translation>
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
    <name>jiahu::ActionEditDialog</name>
    <message>
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新增行动</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>e.g. arrange after-school care</source>
        <translation>例如：安排课后托管</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <source>Agency responsible</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>e.g. the village committee</source>
        <translation>例如：村委会</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>负责单位：</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>保存行动</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>请写明要做什么。</translation>
    </message>
</context>
<context>
    <name>jiahu::AnswerRow</name>
    <message>
        <source>No (0)</source>
        <translation>否（0）</translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation>是（1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>jiahu::AppController</name>
    <message>
        <source>Unsaved changes discarded</source>
        <translation>未保存的修改已放弃</translation>
    </message>
    <message numerus="yes">
        <source>The session locked itself while %n family file(s) had changes that were not saved; they were discarded. Choose &quot;keep unsaved changes while locked&quot; in the settings to keep them next time.</source>
        <translation>
            <numerusform>自动锁定时有 %n 份家庭档案存在未保存的修改，这些修改已放弃。如需下次保留，请在设置中选择“锁定时保留未保存的修改”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>These family files have changes that are not saved: %1. Lock and discard them?</source>
        <translation>以下家庭档案有未保存的修改：%1。锁定并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Discard and lock</source>
        <translation>放弃修改并锁定</translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentListModel</name>
    <message>
        <source>Corrected later</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>更正记录：%1</translation>
    </message>
    <message>
        <source>Another code than suggested: %1</source>
        <translation>未采用建议赋码：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议赋码</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认赋码</translation>
    </message>
    <message>
        <source>By</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentPage</name>
    <message>
        <source>Assessments</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新评估</translation>
    </message>
    <message>
        <source>No assessment yet. Start one with “New assessment”: the answers suggest the family&apos;s code.</source>
        <translation>尚无评估。点击“新评估”开始：评估结果会给出建议赋码。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Reassess</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation>本档案%1：督导重新开启前只能查看。</translation>
    </message>
    <message>
        <source>Latest: %1, score %2, suggested %3, confirmed %4.</source>
        <translation>最近一次：%1，得分 %2，建议%3，确认%4。</translation>
    </message>
    <message>
        <source>An assessment scores the family&apos;s situation and suggests a code.</source>
        <translation>评估按家庭情况计分，并给出建议赋码。</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>jiahu::AssessmentWizard</name>
    <message>
        <source>Reassessment — %1</source>
        <translation>重新评估 — %1</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <translation>评估 — %1</translation>
    </message>
    <message>
        <source>Loading the assessment form…</source>
        <translation>正在加载评估表…</translation>
    </message>
    <message>
        <source>Suggested code:</source>
        <translation>建议赋码：</translation>
    </message>
    <message>
        <source>Current code:</source>
        <translation>当前赋码：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit the reassessment</source>
        <translation>提交重新评估</translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation>提交评估</translation>
    </message>
    <message>
        <source>The assessment form could not be loaded: %1</source>
        <translation>无法加载评估表：%1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <source>Serious situations</source>
        <translation>严重情形</translation>
    </message>
    <message>
        <source>Other risk factors</source>
        <translation>其他风险因素</translation>
    </message>
    <message>
        <source>“Yes” makes the code at least %1.</source>
        <translation>选“是”时，赋码至少为%1。</translation>
    </message>
    <message>
        <source>Any answer above 0 makes the code at least %1.</source>
        <translation>答案大于 0 时，赋码至少为%1。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>确认赋码</translation>
    </message>
    <message>
        <source>The answers suggest</source>
        <translation>评估结果建议</translation>
    </message>
    <message>
        <source>Code to record:</source>
        <translation>记录的赋码：</translation>
    </message>
    <message>
        <source>Another code:</source>
        <translation>改为其他赋码：</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>其他赋码</translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation>选择赋码</translation>
    </message>
    <message>
        <source>Why another code</source>
        <translation>改码理由</translation>
    </message>
    <message>
        <source>Why the family should have another code than the suggested one (required)</source>
        <translation>为什么不采用建议赋码（必填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What you saw and heard (optional)</source>
        <translation>现场看到和了解到的情况（选填）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Go to the first unanswered question</source>
        <translation>转到第一道未答题</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Accept the suggested code, or record another one with a reason; a lower one goes to a supervisor.</source>
        <translation>采用建议赋码，或说明理由后改为其他赋码；低于建议的赋码须经督导审批。</translation>
    </message>
    <message>
        <source>Answer with the number keys (0 = no, 1 = yes, or the number in the question). Tab or ↓ goes to the next question; a number moves on by itself.</source>
        <translation>用数字键作答（0 = 否，1 = 是，或题目中的分级数字）。按 Tab 或 ↓ 到下一题；输入数字后自动跳到下一题。</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>已答 %1/%2 题</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>(score %1)</source>
        <translation>（得分 %1）</translation>
    </message>
    <message>
        <source>The suggested code (%1)</source>
        <translation>采用建议赋码（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>还有 %n 题未作答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the code to record.</source>
        <translation>请选择要记录的赋码。</translation>
    </message>
    <message>
        <source>The code stays %1.</source>
        <translation>赋码保持为%1。</translation>
    </message>
    <message>
        <source>%1 takes effect at once.</source>
        <translation>提交后赋码为%1，立即生效。</translation>
    </message>
    <message>
        <source>The code is raised to %1 at once; a supervisor reviews it.</source>
        <translation>提交后立即升为%1，并交督导复核。</translation>
    </message>
    <message>
        <source>A downgrade to %1 is proposed to a supervisor; the code stays %2 until it is approved.</source>
        <translation>降为%1将作为降码申请交督导审批；批准前赋码仍为%2。</translation>
    </message>
    <message>
        <source>The suggested %1 takes effect at once; %2 goes to a supervisor with your reason.</source>
        <translation>建议赋码%1立即生效；%2连同您的理由交督导审批。</translation>
    </message>
    <message>
        <source>The code stays %1; %2 goes to a supervisor with your reason.</source>
        <translation>赋码保持为%1；%2连同您的理由交督导审批。</translation>
    </message>
    <message>
        <source>Say why the code differs from the suggestion.</source>
        <translation>请说明为什么不采用建议赋码。</translation>
    </message>
    <message>
        <source>A downgrade proposal is already waiting for a supervisor: it is decided first. Until then, record the current code (%1).</source>
        <translation>已有降码申请在等待督导审批，须先处理该申请。在此之前，请记录当前赋码（%1）。</translation>
    </message>
    <message>
        <source>Discard the assessment?</source>
        <translation>放弃本次评估？</translation>
    </message>
    <message>
        <source>The answers given so far are not saved.</source>
        <translation>已填写的答案不会保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentListModel</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentViewer</name>
    <message>
        <source>Select a file and press “View” (or double-click it) to see it here. Every viewing is recorded in the audit log.</source>
        <translation>选择一个文件后点击“查看”（或双击该文件），即可在这里查看。每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged or protected by a password. Use “Save as…” to open it with another program.</source>
        <translation>无法读取此 PDF，文件可能已损坏或设有密码。可以用“另存为…”保存副本，再用其他程序打开。</translation>
    </message>
    <message>
        <source>Files of this type cannot be shown here. Use “Save as…” to open a copy with another program.</source>
        <translation>此类文件无法在这里显示。可以用“另存为…”保存副本，再用其他程序打开。</translation>
    </message>
</context>
<context>
    <name>jiahu::AttachmentsPage</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a file to this family file</source>
        <translation>向此家庭档案添加文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>查看选中的文件</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file outside the database</source>
        <translation>将选中的文件另存到数据库之外</translation>
    </message>
    <message>
        <source>You can also drag files onto this page. Files are kept encrypted inside the database, at most %1 each.</source>
        <translation>也可以把文件拖到此页面。文件加密保存在数据库内，每个文件最大 %1。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No attachments yet. Add photos, scans or documents with “Add file…”, or drag them onto this page.</source>
        <translation>暂无附件。可以点击“添加文件…”添加照片、扫描件或文档，也可以把文件拖到此页面。</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Photos and documents (%1)</source>
        <translation>照片和文档 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>This family file is closed or transferred, so files cannot be added.</source>
        <translation>此家庭档案已结案或已移交，不能添加文件。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>《%1》不是文件。</translation>
    </message>
    <message>
        <source>“%1” is %2; an attachment may be at most %3. Make it smaller (for example, scan at a lower resolution) and add it again.</source>
        <translation>《%1》大小为 %2，附件最大 %3。请缩小文件（例如降低扫描分辨率）后重新添加。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it is not open in another program, then try again.</source>
        <translation>无法读取《%1》。请确认该文件没有在其他程序中打开，然后重试。</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>无法显示文件</translation>
    </message>
    <message>
        <source>“%1” · added %2 · %3</source>
        <translation>《%1》 · %2 添加 · %3</translation>
    </message>
    <message>
        <source>Save a copy outside the database</source>
        <translation>另存到数据库之外</translation>
    </message>
    <message>
        <source>Save a copy of “%1” on this computer?

The saved copy is no longer encrypted; keep it safe. This is recorded in the audit log.</source>
        <translation>将《%1》另存到这台电脑上？

另存后的文件不再加密，请妥善保管。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”. Choose another folder (for example, Documents) and try again.</source>
        <translation>无法保存为“%1”。请选择其他文件夹（例如“文档”）后重试。</translation>
    </message>
    <message>
        <source>A copy was saved as “%1”. That copy is not encrypted.</source>
        <translation>副本已保存为“%1”。该副本未加密，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>jiahu::AuditTrailModel</name>
    <message>
        <source>Created the file</source>
        <translation>建立档案</translation>
    </message>
    <message>
        <source>Opened (or reopened) the file</source>
        <translation>打开（或重新开启）档案</translation>
    </message>
    <message>
        <source>Edited the file&apos;s details</source>
        <translation>修改档案信息</translation>
    </message>
    <message>
        <source>Assigned a caseworker</source>
        <translation>指派个案工作者</translation>
    </message>
    <message>
        <source>Closed the file</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Transferred the file</source>
        <translation>移交档案</translation>
    </message>
    <message>
        <source>Added a family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Edited a family member</source>
        <translation>修改家庭成员</translation>
    </message>
    <message>
        <source>Set or raised the code</source>
        <translation>赋码或升码</translation>
    </message>
    <message>
        <source>Proposed a downgrade</source>
        <translation>申请降码</translation>
    </message>
    <message>
        <source>Approved a downgrade</source>
        <translation>批准降码</translation>
    </message>
    <message>
        <source>Declined a downgrade</source>
        <translation>驳回降码</translation>
    </message>
    <message>
        <source>Reviewed a raise</source>
        <translation>复核升码</translation>
    </message>
    <message>
        <source>Recorded an assessment</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <source>Corrected an assessment</source>
        <translation>更正评估</translation>
    </message>
    <message>
        <source>Drew up a plan</source>
        <translation>制订帮扶方案</translation>
    </message>
    <message>
        <source>Approved a plan</source>
        <translation>批准帮扶方案</translation>
    </message>
    <message>
        <source>Closed a plan</source>
        <translation>关闭帮扶方案</translation>
    </message>
    <message>
        <source>Added a plan action</source>
        <translation>添加方案措施</translation>
    </message>
    <message>
        <source>Edited a plan action</source>
        <translation>修改方案措施</translation>
    </message>
    <message>
        <source>Set a plan action to do</source>
        <translation>措施改为待办</translation>
    </message>
    <message>
        <source>Started a plan action</source>
        <translation>措施开始实施</translation>
    </message>
    <message>
        <source>Finished a plan action</source>
        <translation>措施已完成</translation>
    </message>
    <message>
        <source>Dropped a plan action</source>
        <translation>措施已取消</translation>
    </message>
    <message>
        <source>Recorded a guidance session</source>
        <translation>记录家庭教育指导</translation>
    </message>
    <message>
        <source>Recorded a follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Corrected a follow-up</source>
        <translation>更正回访</translation>
    </message>
    <message>
        <source>Drafted a referral</source>
        <translation>起草转介</translation>
    </message>
    <message>
        <source>Edited a referral</source>
        <translation>修改转介</translation>
    </message>
    <message>
        <source>Opened a referral</source>
        <translation>查看转介</translation>
    </message>
    <message>
        <source>Sent a referral</source>
        <translation>发送转介</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>转介已接收</translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation>转介已受理</translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation>转介不予受理</translation>
    </message>
    <message>
        <source>Closed a referral</source>
        <translation>关闭转介</translation>
    </message>
    <message>
        <source>Added an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Viewed an attachment</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <source>Exported an attachment</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <source>Printed a referral packet</source>
        <translation>打印转介材料</translation>
    </message>
    <message>
        <source>Family file</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Code change</source>
        <translation>赋码变更</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>方案措施</translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation>家庭教育指导</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(not shown to you)</source>
        <translation>（您无权查看）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>jiahu::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every opening, change, view and export of this file, newest first. Entries cannot be changed or removed.</source>
        <translation>本档案的每次打开、修改、查看和导出，最新的在前。日志不能修改或删除。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>正在加载审计日志…</translation>
    </message>
    <message>
        <source>No entries for this file yet.</source>
        <translation>本档案暂无审计记录。</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>jiahu::CounselorPage</name>
    <message>
        <source>My students</source>
        <translation>我的学生</translation>
    </message>
    <message>
        <source>No students on your watch list. Children of your school show here once their family&apos;s file is coded.</source>
        <translation>暂无需要关注的学生。本校学生所在家庭的档案赋码后，学生会显示在这里。</translation>
    </message>
    <message>
        <source>Choose a student on the left to see their follow-ups and psychological checks, and to record a follow-up.</source>
        <translation>在左侧选择一名学生，查看其回访和心理筛查记录，并记录回访。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>No follow-ups for this student yet. Record the first one on the right.</source>
        <translation>该学生还没有回访记录。在右侧记录第一次回访。</translation>
    </message>
    <message>
        <source>Psychological checks</source>
        <translation>心理筛查记录</translation>
    </message>
    <message>
        <source>No psychological checks yet. Record one on the right with the kind “%1”.</source>
        <translation>还没有心理筛查记录。在右侧记录时把方式选为“%1”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Follow-up not saved</source>
        <translation>回访尚未保存</translation>
    </message>
    <message>
        <source>The follow-up for %1 is not saved yet. Choosing another student discards it.</source>
        <translation>%1 的回访还没有保存。切换到其他学生会丢弃这次填写的内容。</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>丢弃并切换</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Next follow-up: %1 (%2)</source>
        <translation>下次回访：%1（%2）</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>下次回访：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the watch list</source>
        <translation>
            <numerusform>关注学生 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>回访记录（%1）</translation>
    </message>
    <message>
        <source>Psychological checks (%1)</source>
        <translation>心理筛查记录（%1）</translation>
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
    <name>jiahu::DatabasePage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>SQLCipher, 256-bit key; this user&apos;s key is protected by Argon2id</source>
        <translation>SQLCipher 256 位密钥；本用户的密钥由 Argon2id 保护</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户数：</translation>
    </message>
</context>
<context>
    <name>jiahu::DueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Town / community</source>
        <translation>镇街 / 村社</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>距到期</translation>
    </message>
</context>
<context>
    <name>jiahu::DuePage</name>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Coming due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Coming due within</source>
        <translation>到期范围</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose families</source>
        <translation>家庭范围</translation>
    </message>
    <message>
        <source>My families</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>My whole scope</source>
        <translation>我负责的全部镇街</translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Most severe code first</source>
        <translation>按风险等级</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>按到期日期</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期回访</translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s) due within %1 days</source>
        <translation>
            <numerusform>%1 天内到期 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue follow-ups. Follow-ups that fall due will show here.</source>
        <translation>暂无逾期回访。新的回访到期时会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s). Choose a longer period to look further ahead.</source>
        <translation>
            <numerusform>未来 %n 天内没有到期的回访。可选择更长的时间范围往后看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your families or one town are shown: widen the filters to see more.</source>
        <translation>当前只显示您负责的家庭或某一个镇街：放宽筛选可看到更多。</translation>
    </message>
</context>
<context>
    <name>jiahu::FamiliesPage</name>
    <message>
        <source>Family files</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Search: name, file number, ID number tail, phone, community, school… (Ctrl+F)</source>
        <translation>搜索：姓名、档案编号、身份证号尾号、电话、村社、学校……（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search family files</source>
        <translation>搜索家庭档案</translation>
    </message>
    <message>
        <source>New family file</source>
        <translation>新建家庭档案</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family file(s)</source>
        <translation>
            <numerusform>共 %n 份家庭档案</numerusform>
        </translation>
    </message>
    <message>
        <source>No family file matches “%1”. Try part of a name, the last digits of an ID number, or a community.</source>
        <translation>没有与“%1”匹配的家庭档案。可以试试姓名的一部分、身份证号后几位或村社名称。</translation>
    </message>
    <message>
        <source>No family file matches these filters. Clear filters to see every file you may work with.</source>
        <translation>没有符合这些筛选条件的家庭档案。清除筛选即可看到您负责的全部档案。</translation>
    </message>
    <message>
        <source>At least %1 matches</source>
        <translation>至少 %1 个结果</translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyFileView</name>
    <message>
        <source>Opening the family file…</source>
        <translation>正在打开家庭档案……</translation>
    </message>
    <message>
        <source>Family file</source>
        <translation>家庭档案</translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyFilterBar</name>
    <message>
        <source>Code:</source>
        <translation>赋码：</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>全部个案工作者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyListModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近动态</translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyMapPage</name>
    <message>
        <source>No family members recorded yet. The family map is drawn from the members and their relationships.</source>
        <translation>暂无家庭成员。家庭结构图根据家庭成员及其关系绘制，请先添加家庭成员。</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>添加家庭成员…</translation>
    </message>
    <message>
        <source>Family map</source>
        <translation>家庭结构图</translation>
    </message>
    <message>
        <source>Family map · file %1</source>
        <translation>家庭结构图 · 档案 %1</translation>
    </message>
</context>
<context>
    <name>jiahu::FamilyMapScene</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>gender not recorded</source>
        <translation>性别未填写</translation>
    </message>
    <message>
        <source>child in this file</source>
        <translation>本档案儿童</translation>
    </message>
    <message>
        <source>other member</source>
        <translation>其他成员</translation>
    </message>
    <message>
        <source>guardians and the children in their care</source>
        <translation>监护人与其照料的儿童</translation>
    </message>
    <message>
        <source>number inside: age</source>
        <translation>图形内数字为年龄</translation>
    </message>
</context>
<context>
    <name>jiahu::FileHeader</name>
    <message>
        <source>File %1</source>
        <translation>档案 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Caseworker: %1</source>
        <translation>个案工作者：%1</translation>
    </message>
    <message>
        <source>No follow-up due until the file is coded</source>
        <translation>赋码后才会安排回访</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due %1 · overdue %n day(s)</source>
        <translation>
            <numerusform>回访到期 %1 · 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due today (%1)</source>
        <translation>今天回访到期（%1）</translation>
    </message>
    <message>
        <source>Next follow-up due %1</source>
        <translation>下次回访 %1 到期</translation>
    </message>
</context>
<context>
    <name>jiahu::FilePage</name>
    <message>
        <source>Family map</source>
        <translation>家庭结构图</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>家庭教育指导</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpForm</name>
    <message>
        <source>New follow-up</source>
        <translation>新增回访</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Who was seen</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Who was seen:</source>
        <translation>回访对象：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>What was done and said</source>
        <translation>做了什么、谈了什么</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>回访情况：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Problems found, changes since last time</source>
        <translation>发现的问题、与上次相比的变化</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Next follow-up due</source>
        <translation>下次回访日期</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>下次回访：</translation>
    </message>
    <message>
        <source>Reason for the later due date</source>
        <translation>推迟下次回访的理由</translation>
    </message>
    <message>
        <source>Why later than the code allows (the supervisor sees it)</source>
        <translation>为何晚于赋码要求（督导可见）</translation>
    </message>
    <message>
        <source>Reason for later date:</source>
        <translation>推迟理由：</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>保存回访</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Later than %1 allows (%n day(s)): give a reason</source>
        <translation>
            <numerusform>晚于%1要求（%n 天），请填写推迟理由</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: every %n day(s)</source>
        <translation>
            <numerusform>%1：每 %n 天回访</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is %1: follow-ups can be added after it is reopened.</source>
        <translation>本档案%1，重新开启后才能添加回访。</translation>
    </message>
    <message>
        <source>None of this family&apos;s children is at your school.</source>
        <translation>本家庭没有在您学校就读的儿童。</translation>
    </message>
    <message>
        <source>Correct the follow-up of %1</source>
        <translation>更正 %1 的回访</translation>
    </message>
    <message>
        <source>Write what was done or found (notes or findings).</source>
        <translation>请填写回访情况或发现的问题。</translation>
    </message>
    <message>
        <source>Choose the child the follow-up is about.</source>
        <translation>请选择本次回访的儿童。</translation>
    </message>
    <message numerus="yes">
        <source>The next follow-up on %1 is later than the %n day(s) the family&apos;s code allows (%2). Give a reason; the supervisor will see it.</source>
        <translation>
            <numerusform>下次回访定在 %1，晚于本家庭赋码要求的 %n 天（%2）。请填写推迟理由，督导会看到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the follow-up</source>
        <translation>更正回访</translation>
    </message>
    <message>
        <source>Why is the follow-up of %1 corrected? (kept in the audit log)</source>
        <translation>为什么要更正 %1 的回访？（记入审计日志）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Correction saved</source>
        <translation>更正已保存</translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpsModel</name>
    <message>
        <source>Whole family</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（不在档案中）</translation>
    </message>
    <message>
        <source>Corrected (replaced)</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>%1 (later, reason given)</source>
        <translation>%1（已说明推迟理由）</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>回访情况：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>发现的问题：%1</translation>
    </message>
    <message>
        <source>Reason for the later due date: %1</source>
        <translation>推迟理由：%1</translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation>更正理由：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>jiahu::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Follow-ups of this family</source>
        <translation>本家庭的回访记录</translation>
    </message>
    <message>
        <source>No follow-ups yet. Fill in the form on the right and press Ctrl+Enter to save the first one.</source>
        <translation>暂无回访记录。在右侧填写后按 Ctrl+Enter 保存第一次回访。</translation>
    </message>
    <message>
        <source>Correct the selected follow-up…</source>
        <translation>更正所选回访…</translation>
    </message>
    <message>
        <source>A follow-up is never changed: the correction replaces it, with the reason, and both stay in the file&apos;s history.</source>
        <translation>回访记录不能修改：更正会连同理由替换原记录，两条记录都保留在档案历史中。</translation>
    </message>
</context>
<context>
    <name>jiahu::GuidanceModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>指导人员</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Counts towards</source>
        <translation>计入转介</translation>
    </message>
</context>
<context>
    <name>jiahu::GuidancePage</name>
    <message>
        <source>Guidance sessions</source>
        <translation>家庭教育指导记录</translation>
    </message>
    <message>
        <source>Guidance sessions of this family</source>
        <translation>本家庭的家庭教育指导记录</translation>
    </message>
    <message>
        <source>No guidance sessions yet. Record one with the form on the right.</source>
        <translation>暂无家庭教育指导记录。请用右侧表单记录一次。</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>记录一次指导</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>指导日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>e.g. talking with a teenager</source>
        <translation>例如：如何与青春期孩子沟通</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>指导人员</translation>
    </message>
    <message>
        <source>Who gave the guidance</source>
        <translation>由谁进行指导</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>指导人员：</translation>
    </message>
    <message>
        <source>Guardian guided</source>
        <translation>接受指导的监护人</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Referral whose hours it counts towards</source>
        <translation>计入哪项转介的指导时长</translation>
    </message>
    <message>
        <source>Counts towards:</source>
        <translation>计入转介：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存指导记录</translation>
    </message>
    <message>
        <source>Hours required by orders</source>
        <translation>令状要求的指导时长</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Guidance hours done</source>
        <translation>已完成的指导时长</translation>
    </message>
    <message>
        <source>%1 / %2 hours done</source>
        <translation>已完成 %1 / %2 小时</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不计入）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The file is not open: reopen it to record sessions.</source>
        <translation>档案未开启：重新开启后才能记录指导。</translation>
    </message>
    <message>
        <source>Write the topic of the session.</source>
        <translation>请填写指导主题。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>jiahu::IdentityNumberField</name>
    <message>
        <source>Identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Identity number check</source>
        <translation>身份证号校验</translation>
    </message>
    <message>
        <source>%1/18</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Digits and X only</source>
        <translation>只能是数字和 X</translation>
    </message>
    <message>
        <source>%1 characters, 18 expected</source>
        <translation>%1 位，应为 18 位</translation>
    </message>
    <message>
        <source>Region code invalid</source>
        <translation>地区码无效</translation>
    </message>
    <message>
        <source>Birth date invalid</source>
        <translation>出生日期无效</translation>
    </message>
    <message>
        <source>Check character wrong</source>
        <translation>校验位不正确</translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <translation>✓ %1 %2</translation>
    </message>
    <message>
        <source>An identity number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
</context>
<context>
    <name>jiahu::IdentityRows</name>
    <message>
        <source>Identity number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2015-09-01</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Taken from the identity number</source>
        <translation>由身份证号得出</translation>
    </message>
    <message>
        <source>The birth date %1 is not a date: type it as 2015-09-01.</source>
        <translation>出生日期“%1”无法识别，请按 2015-09-01 的格式填写。</translation>
    </message>
</context>
<context>
    <name>jiahu::LiaisonReferralModel</name>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>转介事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Guidance hours</source>
        <translation>指导时长</translation>
    </message>
</context>
<context>
    <name>jiahu::MainWindow</name>
    <message>
        <source>Jiahu — %1</source>
        <translation>家护 — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>帮助（F1）</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Family files</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期回访</translation>
    </message>
    <message>
        <source>My students</source>
        <translation>我的学生</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>已打开的档案</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Close family file</source>
        <translation>关闭家庭档案</translation>
    </message>
    <message>
        <source>Next family file</source>
        <translation>下一份家庭档案</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>New family file</source>
        <translation>新建家庭档案</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks after %n idle minute(s) · Ctrl+L locks now</source>
        <translation>
            <numerusform>已解锁 · 闲置 %n 分钟后自动锁定 · Ctrl+L 立即锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks now</source>
        <translation>已解锁 · Ctrl+L 立即锁定</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>File %1 has changes that are not saved. Close it and discard them?</source>
        <translation>档案 %1 有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>放弃修改并关闭</translation>
    </message>
    <message>
        <source>Open files (%1)</source>
        <translation>已打开的档案（%1）</translation>
    </message>
    <message>
        <source>These family files have changes that are not saved: %1. Quit and discard them?</source>
        <translation>以下家庭档案有未保存的修改：%1。退出并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation>放弃修改并退出</translation>
    </message>
    <message>
        <source>Referral desk</source>
        <translation>转介受理台</translation>
    </message>
</context>
<context>
    <name>jiahu::MembersModel</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>School and grade</source>
        <translation>学校和年级</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与儿童关系</translation>
    </message>
</context>
<context>
    <name>jiahu::MembersPage</name>
    <message>
        <source>Add child…</source>
        <translation>添加儿童…</translation>
    </message>
    <message>
        <source>Add guardian…</source>
        <translation>添加监护人…</translation>
    </message>
    <message>
        <source>Add other member…</source>
        <translation>添加其他成员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Show full identity numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>No family members recorded yet. Add the children first, then their guardians, with the buttons above.</source>
        <translation>暂无家庭成员。请用上方按钮先添加儿童，再添加监护人。</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>This file is %1: members cannot be changed until a supervisor reopens it.</source>
        <translation>此档案%1：督导重新开启前不能修改家庭成员。</translation>
    </message>
</context>
<context>
    <name>jiahu::NewFamilyDialog</name>
    <message>
        <source>New family file</source>
        <translation>新建家庭档案</translation>
    </message>
    <message>
        <source>Record the family and the first child. The file number is given when the file is saved; add guardians and other members in the file afterwards.</source>
        <translation>填写家庭和第一名儿童的信息。保存时自动生成档案编号；监护人和其他成员之后在档案中添加。</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>镇街：</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>村社：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>家庭类型：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>First child</source>
        <translation>第一名儿童</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>儿童姓名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>e.g. Grade 3</source>
        <translation>如：三年级</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>创建档案</translation>
    </message>
    <message>
        <source>You have no town to work in yet. An administrator adds towns to your account.</source>
        <translation>您的账户还没有分配镇街，请联系管理员添加。</translation>
    </message>
    <message>
        <source>choose a town</source>
        <translation>请选择镇街</translation>
    </message>
    <message>
        <source>Choose the town.</source>
        <translation>请选择镇街。</translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation>请填写儿童姓名。</translation>
    </message>
</context>
<context>
    <name>jiahu::OverviewPage</name>
    <message>
        <source>File number:</source>
        <translation>档案编号：</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>镇街：</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村社</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>村社：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>separate several schools with commas</source>
        <translation>多所学校用顿号（、）分隔</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>家庭类型：</translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation>个案工作者：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>儿童：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>No children of your school in this file.</source>
        <translation>此档案中没有本校儿童。</translation>
    </message>
    <message>
        <source>You see the part of this file that concerns the children of your school. The caseworker keeps the rest.</source>
        <translation>您看到的是此档案中与本校儿童有关的部分，其余内容由个案工作者负责。</translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation>此档案%1：督导重新开启前只能查看。</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
</context>
<context>
    <name>jiahu::PersonDialog</name>
    <message>
        <source>Add family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1 的信息</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>家庭角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>e.g. Grade 3</source>
        <translation>如：三年级</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>与儿童关系</translation>
    </message>
    <message>
        <source>Relationship to the child:</source>
        <translation>与儿童关系：</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>health, disability, learning support…</source>
        <translation>健康、残疾、学习支持……</translation>
    </message>
    <message>
        <source>Special needs:</source>
        <translation>特殊需要：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. mother, grandmother</source>
        <translation>如：母亲、祖母</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>A name or identity number is corrected only with a reason (kept in the audit log). Why is it changed?</source>
        <translation>更正姓名或身份证号需要填写理由（记入审计日志）。为什么更正？</translation>
    </message>
</context>
<context>
    <name>jiahu::PlanActionsModel</name>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>jiahu::PlanEditDialog</name>
    <message>
        <source>New plan</source>
        <translation>新建帮扶方案</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>方案类型</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. Care plan for the spring term</source>
        <translation>例如：春季学期关爱服务方案</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>What the plan is to achieve</source>
        <translation>方案要达到的目标</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation>请填写方案标题。</translation>
    </message>
</context>
<context>
    <name>jiahu::PlanPage</name>
    <message>
        <source>Plans</source>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>No plan yet. Use &quot;New plan…&quot; to draw up a care plan or a family education guidance plan, then add its actions.</source>
        <translation>还没有帮扶方案。点击“新建方案…”制定关爱服务方案或家庭教育指导方案，再添加具体行动。</translation>
    </message>
    <message>
        <source>Plans of this family</source>
        <translation>本家庭的帮扶方案</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Share of the plan&apos;s actions done</source>
        <translation>方案行动的完成比例</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>Actions of the selected plan</source>
        <translation>所选方案的行动</translation>
    </message>
    <message>
        <source>This plan has no actions yet: add what is to be done, by whom and by when.</source>
        <translation>本方案还没有行动：请添加要做什么、由谁负责、何时完成。</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加行动…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>编辑行动…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标为完成</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Back to to-do</source>
        <translation>改回待办</translation>
    </message>
    <message>
        <source>Mark the selected action as in progress</source>
        <translation>将所选行动标为进行中</translation>
    </message>
    <message>
        <source>The action is no longer needed; it no longer counts for progress</source>
        <translation>不再需要此行动；不再计入进度</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>批准方案</translation>
    </message>
    <message>
        <source>Close plan…</source>
        <translation>关闭方案…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · approved by %1 on %2</source>
        <translation> · %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Goals: (not written yet)</source>
        <translation>目标：（尚未填写）</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>A plan needs at least one action before it is approved.</source>
        <translation>方案至少要有一项行动才能批准。</translation>
    </message>
    <message>
        <source>This plan waits for your approval.</source>
        <translation>本方案等待您批准。</translation>
    </message>
    <message>
        <source>A supervisor approves this plan.</source>
        <translation>本方案需由督导批准。</translation>
    </message>
    <message>
        <source>This plan is closed.</source>
        <translation>本方案已关闭。</translation>
    </message>
    <message>
        <source>Close the plan?</source>
        <translation>关闭方案？</translation>
    </message>
    <message>
        <source>Close the plan &quot;%1&quot;? Its actions can no longer be changed.</source>
        <translation>关闭方案“%1”？关闭后其行动不能再更改。</translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation>关闭方案</translation>
    </message>
</context>
<context>
    <name>jiahu::PlansModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>jiahu::RecentFamiliesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Town / community</source>
        <translation>镇街 / 村社</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
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
    <name>jiahu::ReferralDeskPage</name>
    <message>
        <source>Referrals to my agency</source>
        <translation>本单位收到的转介</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No referrals to your agency yet. When a caseworker sends a referral to your agency, it appears here: confirm that you received it, then accept or decline it.</source>
        <translation>暂无转介到本单位的案件。社工向本单位发送转介后会显示在这里：请先确认接收，再受理或驳回。</translation>
    </message>
    <message>
        <source>Choose a referral on the left to see it in full.</source>
        <translation>在左侧选择一条转介，查看完整内容。</translation>
    </message>
    <message>
        <source>From / to agency:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>转介事项：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介原因：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation>要求采取的措施：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>How served:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>Guidance hours:</source>
        <translation>指导时长：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>状态记录：</translation>
    </message>
    <message>
        <source>Your agency&apos;s response</source>
        <translation>本单位答复</translation>
    </message>
    <message>
        <source>What your agency will do or has done (sent to the caseworker with the next step).</source>
        <translation>本单位将采取或已采取的措施（随下一步操作一并告知社工）。</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>答复(&amp;R)：</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>驳回…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>共 %n 条转介</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals to your agency are %1.</source>
        <translation>本单位暂无“%1”的转介。</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Confirm that your agency received this referral.</source>
        <translation>请确认本单位已收到此转介。</translation>
    </message>
    <message>
        <source>Accept the referral, or decline it and say why.</source>
        <translation>请受理此转介，或驳回并说明理由。</translation>
    </message>
    <message>
        <source>The caseworker closes the referral when it is done.</source>
        <translation>办结后由社工结束此转介。</translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation>此转介已结束。</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>驳回转介</translation>
    </message>
    <message>
        <source>Why does your agency decline this referral? The caseworker sees the reason.</source>
        <translation>本单位为何驳回此转介？社工会看到此理由。</translation>
    </message>
    <message>
        <source>Referral not changed</source>
        <translation>转介未更改</translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralEventsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralWaitingModel</name>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>转介事项</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>转介日期</translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralWizard</name>
    <message>
        <source>New referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>1 What is asked</source>
        <translation>1 转介事项</translation>
    </message>
    <message>
        <source>2 Why</source>
        <translation>2 转介理由</translation>
    </message>
    <message>
        <source>3 What is to be done</source>
        <translation>3 要求与安排</translation>
    </message>
    <message>
        <source>4 Check and send</source>
        <translation>4 核对并发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Create and send</source>
        <translation>创建并发送</translation>
    </message>
    <message>
        <source>What is asked, of which agency</source>
        <translation>向哪个单位转介、请求什么</translation>
    </message>
    <message>
        <source>What the referral asks for</source>
        <translation>转介事项</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>转介事项：</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>e.g. the district procuratorate</source>
        <translation>例如：九龙坡区人民检察院</translation>
    </message>
    <message>
        <source>Receiving agency:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>The agency sees the referral once it is sent; a legal liaison there records its response.</source>
        <translation>转介发送后接收单位才能看到；由该单位的政法联络员登记回复。</translation>
    </message>
    <message>
        <source>Why the family is referred</source>
        <translation>为什么转介这个家庭</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>转介理由</translation>
    </message>
    <message>
        <source>What happened and why this agency is needed</source>
        <translation>发生了什么，为什么需要该单位介入</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介理由：</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What the caseworker found in the family</source>
        <translation>个案工作者在家庭中发现的问题</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要求与安排</translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation>要求事项</translation>
    </message>
    <message>
        <source>What the guardians are required to do</source>
        <translation>要求监护人做到的事项</translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation>要求事项：</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>e.g. once a week</source>
        <translation>例如：每周一次</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>e.g. three months</source>
        <translation>例如：三个月</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Who gives the guidance or service</source>
        <translation>由谁提供指导或服务</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>How served</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>e.g. handed over in person</source>
        <translation>例如：当面送达</translation>
    </message>
    <message>
        <source>How served:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>Guidance hours required</source>
        <translation>要求的指导时长</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Hours required:</source>
        <translation>要求时长：</translation>
    </message>
    <message>
        <source>Check the referral</source>
        <translation>核对转介内容</translation>
    </message>
    <message>
        <source>e.g. Minors Protection Law, Article 118</source>
        <translation>例如：《中华人民共和国未成年人保护法》第一百一十八条</translation>
    </message>
    <message>
        <source>e.g. Family Education Promotion Law, Article 49</source>
        <translation>例如：《中华人民共和国家庭教育促进法》第四十九条</translation>
    </message>
    <message>
        <source>The law or rule the referral rests on, if any</source>
        <translation>转介所依据的法律或规定（如有）</translation>
    </message>
    <message>
        <source>Required: the guidance hours the order sets. Sessions recorded against it count towards them.</source>
        <translation>必填：令状规定的指导时长。计入本转介的家庭教育指导会累计到这里。</translation>
    </message>
    <message>
        <source>Only if the agency is to give guidance for a set number of hours.</source>
        <translation>仅在接收单位需提供一定时长的指导时填写。</translation>
    </message>
    <message>
        <source>Edit draft referral</source>
        <translation>编辑转介草稿</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>保存并发送</translation>
    </message>
    <message>
        <source>The receiving agency</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Write the reason for the referral: the agency decides on it.</source>
        <translation>请填写转介理由：接收单位据此作出决定。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>转介理由</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>The problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>The required actions</source>
        <translation>要求事项</translation>
    </message>
    <message>
        <source>The frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>How it is served</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>An order to attend family education guidance sets the hours of guidance: enter them under &quot;Hours required&quot;.</source>
        <translation>责令接受家庭教育指导令须写明指导时长：请在“要求时长”中填写。</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Discard this referral?</source>
        <translation>放弃这份转介？</translation>
    </message>
    <message>
        <source>What you entered for this referral will be lost.</source>
        <translation>您为这份转介填写的内容将会丢失。</translation>
    </message>
    <message>
        <source>Your changes to this draft will be lost.</source>
        <translation>您对这份草稿的修改将会丢失。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralsModel</name>
    <message>
        <source>%1 / %2 h</source>
        <translation>%1 / %2 小时</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>转介事项</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Guidance hours</source>
        <translation>指导时长</translation>
    </message>
</context>
<context>
    <name>jiahu::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>新建转介…</translation>
    </message>
    <message>
        <source>Referrals of this family</source>
        <translation>本家庭的转介</translation>
    </message>
    <message>
        <source>No referrals yet. Use &quot;New referral…&quot; to ask another agency (the procuratorate, the court, a school…) for help.</source>
        <translation>暂无转介。需要检察院、法院、学校等单位协助时，点击“新建转介…”。</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Status history of the selected referral</source>
        <translation>所选转介的状态记录</translation>
    </message>
    <message>
        <source>Choose a referral on the left to see it in full.</source>
        <translation>在左侧选择一项转介以查看详情。</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>转介事项：</translation>
    </message>
    <message>
        <source>Receiving agency:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介理由：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation>要求事项：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>How served:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>Guidance hours:</source>
        <translation>指导时长：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>接收单位回复：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>编辑草稿…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>This file is %1: reopen it to make referrals.</source>
        <translation>本档案%1：重新开启后才能转介。</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 of %2 hours done</source>
        <translation>已完成 %1 / %2 小时</translation>
    </message>
    <message>
        <source>Withdraw draft…</source>
        <translation>撤回草稿…</translation>
    </message>
    <message>
        <source>Close referral…</source>
        <translation>结束转介…</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm receipt (their legal liaison records it).</source>
        <translation>等待%1确认接收（由其政法联络员登记）。</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept or decline.</source>
        <translation>等待%1决定接受或不予受理。</translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation>本转介已结束。</translation>
    </message>
    <message>
        <source>Send the referral?</source>
        <translation>发送转介？</translation>
    </message>
    <message>
        <source>Send the referral to %1? Once sent it can no longer be changed.</source>
        <translation>将转介发送给%1？发送后不能再修改。</translation>
    </message>
    <message>
        <source>Withdraw the draft?</source>
        <translation>撤回草稿？</translation>
    </message>
    <message>
        <source>Withdraw this draft referral to %1? It will not be sent.</source>
        <translation>撤回这份给%1的转介草稿？它将不会被发送。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>结束转介</translation>
    </message>
    <message>
        <source>What came of the referral to %1?</source>
        <translation>给%1的转介结果如何？</translation>
    </message>
</context>
<context>
    <name>jiahu::RiskHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原赋码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>jiahu::RiskPage</name>
    <message>
        <source>Current code</source>
        <translation>当前赋码</translation>
    </message>
    <message>
        <source>Start a reassessment</source>
        <translation>开始重新评估</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>调整赋码</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新赋码</translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation>选择赋码</translation>
    </message>
    <message>
        <source>New code:</source>
        <translation>新赋码：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why the code should change (required)</source>
        <translation>为什么调整赋码（必填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Submit the change</source>
        <translation>提交调整</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>等待督导处理</translation>
    </message>
    <message>
        <source>Code history</source>
        <translation>赋码记录</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>风险赋码</translation>
    </message>
    <message>
        <source>Not coded yet. An assessment suggests a code; or choose one below with a reason.</source>
        <translation>尚未赋码。评估会给出建议赋码；也可在下方选择赋码并说明理由。</translation>
    </message>
    <message>
        <source>Since %1, by %2.</source>
        <translation>自 %1 起，经办人 %2。</translation>
    </message>
    <message>
        <source>Not coded yet: an assessment is the usual way to a first code.</source>
        <translation>尚未赋码：通常先完成评估，再据此赋码。</translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>This file is %1: it is read-only until a supervisor reopens it.</source>
        <translation>本档案%1：督导重新开启前只能查看。</translation>
    </message>
    <message>
        <source>The family is already %1.</source>
        <translation>该家庭已是%1。</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>提交后立即生效。</translation>
    </message>
    <message>
        <source>A raise takes effect at once; a supervisor reviews it.</source>
        <translation>升码立即生效，并交督导复核。</translation>
    </message>
    <message>
        <source>A downgrade goes to another supervisor for approval; the code stays %1 until then.</source>
        <translation>降码申请交另一位督导审批；批准前赋码仍为%1。</translation>
    </message>
    <message>
        <source>The reassessment suggests %1: the code can go down to %1 at the lowest.</source>
        <translation>重新评估建议为%1：最低只能降至%1。</translation>
    </message>
    <message>
        <source>%1 — by %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Your own proposal: another supervisor approves or declines it.</source>
        <translation>这是您本人提出的申请，须由另一位督导批准或驳回。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Review the raise</source>
        <translation>复核升码</translation>
    </message>
    <message>
        <source>Your review of the raise from %1 to %2:</source>
        <translation>对由%1升为%2的复核意见：</translation>
    </message>
    <message>
        <source>Approve the downgrade</source>
        <translation>批准降码</translation>
    </message>
    <message>
        <source>Why do you approve the downgrade from %1 to %2?</source>
        <translation>批准由%1降为%2的理由：</translation>
    </message>
    <message>
        <source>Decline the downgrade</source>
        <translation>驳回降码</translation>
    </message>
    <message>
        <source>Why do you decline the downgrade from %1 to %2?</source>
        <translation>驳回由%1降为%2的理由：</translation>
    </message>
</context>
<context>
    <name>jiahu::RiskWaitingModel</name>
    <message>
        <source>Downgrade proposed: %1 → %2</source>
        <translation>降码提议：%1 → %2</translation>
    </message>
    <message>
        <source>Raise to review: %1 → %2</source>
        <translation>升码待审核：%1 → %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>提交日期</translation>
    </message>
</context>
<context>
    <name>jiahu::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>自动锁定：</translation>
    </message>
    <message>
        <source>Jiahu locks itself when nobody has used it for this many minutes, and whenever the computer&apos;s screen locks or it goes to sleep.</source>
        <translation>无人操作达到这个分钟数时，家护会自动锁定；电脑锁屏或进入睡眠时也会锁定。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The language changes the next time Jiahu starts.</source>
        <translation>界面语言将在下次启动家护时更改。</translation>
    </message>
    <message>
        <source>Keep unsaved edits while locked</source>
        <translation>锁定时保留未保存的编辑</translation>
    </message>
    <message>
        <source>When on, what you were typing stays in memory (never on disk) and is back when you unlock as the same user; when off, locking asks you to save or discard it first.</source>
        <translation>开启后，正在填写的内容只保存在内存中（不写入磁盘），同一用户解锁后恢复；关闭时，锁定前会先询问保存还是放弃。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>jiahu::ShortcutsDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Search families and children</source>
        <translation>搜索家庭和儿童</translation>
    </message>
    <message>
        <source>New family file</source>
        <translation>新建家庭档案</translation>
    </message>
    <message>
        <source>Open the selected family file</source>
        <translation>打开选中的家庭档案</translation>
    </message>
    <message>
        <source>Save the follow-up you are writing</source>
        <translation>保存正在填写的回访</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Close the current tab</source>
        <translation>关闭当前标签页</translation>
    </message>
    <message>
        <source>Lock Jiahu now</source>
        <translation>立即锁定家护</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助页</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Risk codes</source>
        <translation>风险赋码</translation>
    </message>
    <message>
        <source>A family&apos;s risk code runs from red (the most urgent) through orange and yellow to blue; it sets how soon the next follow-up is due, and its colour is always shown with its word.</source>
        <translation>家庭的风险赋码从红码（最紧急）依次到橙码、黄码、蓝码；赋码决定下一次回访多久到期，颜色总是和文字一起显示。</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>锁定</translation>
    </message>
    <message numerus="yes">
        <source>Jiahu locks itself after %n minute(s) without use and whenever the screen locks or the computer sleeps; press Ctrl+L to lock it yourself before you step away.</source>
        <translation>
            <numerusform>无操作 %n 分钟后，或电脑锁屏、进入睡眠时，家护会自动锁定；离开座位前，请按 Ctrl+L 手动锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiahu::StudentListModel</name>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
</context>
<context>
    <name>jiahu::StudentRecordsModel</name>
    <message>
        <source>Findings: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Notes and findings</source>
        <translation>回访情况与发现</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>jiahu::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>jiahu::TimelinePage</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its page.</source>
        <translation>双击某一行或按回车键，打开对应页面。</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>全部 %1</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>显示全部记录</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>只显示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 条，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this kind (%1) yet. Choose “All” to see every event.</source>
        <translation>暂无此类记录（%1）。选择“全部”查看所有记录。</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this file yet. Codes, assessments, follow-ups and the rest appear here, newest first, as they are recorded.</source>
        <translation>本档案还没有记录。赋码、评估、回访等记录后会按时间显示在这里，最新的在前。</translation>
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
    <name>jiahu::WorkGroup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>查看全部 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>查看全部</translation>
    </message>
</context>
<context>
    <name>jiahu::WorkPage</name>
    <message>
        <source>My work</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期回访</translation>
    </message>
    <message>
        <source>No overdue follow-ups. Follow-ups that fall due will show here.</source>
        <translation>暂无逾期回访。新的回访到期时会显示在这里。</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s). Follow-ups coming due will show here.</source>
        <translation>
            <numerusform>未来 %n 天内没有到期的回访。即将到期的回访会显示在这里。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>My code changes under review</source>
        <translation>我的赋码变更待审核</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision. Downgrade proposals and raises in your towns will show here.</source>
        <translation>暂无待您审批的事项。您负责镇街的降码提议和升码会显示在这里。</translation>
    </message>
    <message>
        <source>None of your code changes is waiting. Downgrades you propose and raises you make show here until a supervisor decides.</source>
        <translation>您没有待审核的赋码变更。您提出的降码和升码在督导审批前会显示在这里。</translation>
    </message>
    <message>
        <source>Referrals waiting for your response</source>
        <translation>待我回复的转介</translation>
    </message>
    <message>
        <source>Referrals waiting for a response</source>
        <translation>待回复的转介</translation>
    </message>
    <message>
        <source>No referral is waiting for your response. Referrals sent to your agency will show here.</source>
        <translation>暂无待您回复的转介。发给本单位的转介会显示在这里。</translation>
    </message>
    <message>
        <source>No referral is waiting for a response. Referrals you send show here until the agency answers.</source>
        <translation>暂无待回复的转介。您发出的转介在接收单位回复前会显示在这里。</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>No family file opened yet. Files you open will show here, so you can go back to them quickly.</source>
        <translation>还没有打开过家庭档案。打开过的档案会显示在这里，方便快速回到它们。</translation>
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
