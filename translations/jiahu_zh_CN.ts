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
        <source>Assessment: score %1, suggested %2, confirmed %3.</source>
        <translation>评估：得分 %1，建议%2，确认%3。</translation>
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
        <translation>已审批</translation>
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
        <translation>
            <numerusform>审计日志完整（共 %n 条）。</numerusform>
        </translation>
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
    <message>
        <source>not coded</source>
        <translation>未赋码</translation>
    </message>
    <message>
        <source>Added town %1 (%2).</source>
        <translation>已添加镇街 %1（%2）。</translation>
    </message>
    <message>
        <source>town needs: add NAME --code C, or list.</source>
        <translation>town 的用法：add 名称 --code 代码，或 list。</translation>
    </message>
    <message>
        <source>user scope needs a user name.</source>
        <translation>user scope 需要用户名。</translation>
    </message>
    <message>
        <source>%1: towns %2; schools %3; agency %4; case role %5</source>
        <translation>%1：镇街 %2；学校 %3；单位 %4；个案角色 %5</translation>
    </message>
    <message>
        <source>settings needs: file-number FORMAT</source>
        <translation>settings 的用法：file-number 格式</translation>
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
        <source>template needs: show [ID], or add FILE [--default].</source>
        <translation>template 的用法：show [ID]，或 add 文件 [--default]。</translation>
    </message>
    <message>
        <source>--category takes: %1</source>
        <translation>--category 可选：%1</translation>
    </message>
    <message>
        <source>Opened family file %1 (id %2).</source>
        <translation>已建立家庭档案 %1（id %2）。</translation>
    </message>
    <message>
        <source>--code is red, orange, yellow or blue.</source>
        <translation>--code 为 red、orange、yellow 或 blue。</translation>
    </message>
    <message>
        <source>--status is open, closed, transferred or all.</source>
        <translation>--status 为 open、closed、transferred 或 all。</translation>
    </message>
    <message>
        <source>--after takes the cursor printed as &apos;next&apos;.</source>
        <translation>--after 需要上一页输出的 next 游标。</translation>
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
        <source>family needs: add, list, show FILE, close|transfer|reopen FILE, assign FILE.</source>
        <translation>family 的用法：add、list、show 档案、close|transfer|reopen 档案、assign 档案。</translation>
    </message>
    <message>
        <source>person needs: add FILE --name N --member child|guardian|member.</source>
        <translation>person 的用法：add 档案 --name 姓名 --member child|guardian|member。</translation>
    </message>
    <message>
        <source>--member is child, guardian or member.</source>
        <translation>--member 为 child、guardian 或 member。</translation>
    </message>
    <message>
        <source>Added %1 to %2 (id %3).</source>
        <translation>已将 %1 加入 %2（id %3）。</translation>
    </message>
    <message>
        <source>assess needs a family file and --answers.</source>
        <translation>assess 需要家庭档案和 --answers。</translation>
    </message>
    <message>
        <source>--answers takes item=number pairs separated by commas.</source>
        <translation>--answers 的格式为“评估项=分值”，用逗号分隔。</translation>
    </message>
    <message>
        <source>Assessment %1: score %2, suggested %3, confirmed %4.</source>
        <translation>评估 %1：得分 %2，建议%3，确认%4。</translation>
    </message>
    <message>
        <source>Downgrade proposed (%1); a supervisor decides.</source>
        <translation>已提出降码申请（%1），由督导审批。</translation>
    </message>
    <message>
        <source>The family is now %1.</source>
        <translation>该家庭现为%1。</translation>
    </message>
    <message>
        <source>risk needs: propose FILE, approve EVENT, decline EVENT, or queue.</source>
        <translation>risk 的用法：propose 档案、approve 事件、decline 事件或 queue。</translation>
    </message>
    <message>
        <source>plan needs: add FILE, action PLAN, status ACTION, approve PLAN, close PLAN or show PLAN.</source>
        <translation>plan 的用法：add 档案、action 方案、status 措施、approve 方案、close 方案或 show 方案。</translation>
    </message>
    <message>
        <source>Plan %1: %2 (%3, %4% done)</source>
        <translation>方案 %1：%2（%3，已完成 %4%）</translation>
    </message>
    <message>
        <source>--kind is care or guidance for a plan.</source>
        <translation>方案的 --kind 为 care 或 guidance。</translation>
    </message>
    <message>
        <source>--status is todo, doing, done or dropped for an action.</source>
        <translation>措施的 --status 为 todo、doing、done 或 dropped。</translation>
    </message>
    <message>
        <source>Action %1 is now %2.</source>
        <translation>措施 %1 现为%2。</translation>
    </message>
    <message>
        <source>followup needs: add FILE --kind K --notes N.</source>
        <translation>followup 的用法：add 档案 --kind 类型 --notes 记录。</translation>
    </message>
    <message>
        <source>--kind is one of: %1</source>
        <translation>--kind 可选：%1</translation>
    </message>
    <message>
        <source>Follow-up %1 recorded; next due %2.</source>
        <translation>已记录回访 %1；下次回访 %2。</translation>
    </message>
    <message>
        <source>guidance needs: add FILE --hours H --topic T.</source>
        <translation>guidance 的用法：add 档案 --hours 时长 --topic 主题。</translation>
    </message>
    <message>
        <source>--hours needs a number.</source>
        <translation>--hours 需要数字。</translation>
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
        <source>--request is one of: %1</source>
        <translation>--request 可选：%1</translation>
    </message>
    <message>
        <source>--status is draft, sent, received, accepted, declined or closed.</source>
        <translation>--status 为 draft、sent、received、accepted、declined 或 closed。</translation>
    </message>
    <message>
        <source>refer needs: add FILE, send|receive|accept|decline|close REF, show REF or list.</source>
        <translation>refer 的用法：add 档案、send|receive|accept|decline|close 转介、show 转介或 list。</translation>
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
        <source>attach needs: add FILE PATH, or export ID DEST.</source>
        <translation>attach 的用法：add 档案 路径，或 export 编号 目标。</translation>
    </message>
    <message>
        <source>search needs the text to find (quote it if it has spaces).</source>
        <translation>search 需要要查找的内容（含空格时请加引号）。</translation>
    </message>
    <message>
        <source>overdue takes only options.</source>
        <translation>overdue 只接受选项。</translation>
    </message>
    <message>
        <source>%1 days overdue	%2</source>
        <translation>逾期 %1 天	%2</translation>
    </message>
    <message>
        <source>demo takes only options: --families N --seed S.</source>
        <translation>demo 只接受选项：--families 数量 --seed 种子。</translation>
    </message>
    <message>
        <source>--families and --seed take whole numbers.</source>
        <translation>--families 和 --seed 需要整数。</translation>
    </message>
    <message>
        <source>Generated %1 families, %2 people, %3 follow-ups and %4 referrals (%5 records) in %6 s.</source>
        <translation>已生成 %1 个家庭、%2 人、%3 条回访和 %4 条转介（共 %5 条记录），用时 %6 秒。</translation>
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
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
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
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>The phone number may contain only digits, spaces, + and -.</source>
        <translation>电话号码只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>Gender is male or female.</source>
        <translation>性别为 male 或 female。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the identity number, which gives %2.</source>
        <translation>出生日期 %1 与身份证号不符，身份证号显示为 %2。</translation>
    </message>
    <message>
        <source>The gender entered does not match the identity number.</source>
        <translation>填写的性别与身份证号不符。</translation>
    </message>
    <message>
        <source>A person with this identity number is already recorded.</source>
        <translation>已有使用此身份证号的人员记录。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The family file is already %1.</source>
        <translation>该家庭档案已是%1状态。</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>That person is not a member of this family.</source>
        <translation>此人不是该家庭的成员。</translation>
    </message>
    <message>
        <source>The follow-up date must be a real date, today or earlier.</source>
        <translation>回访日期必须是有效日期，且不晚于今天。</translation>
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
</context>
<context>
    <name>GuidanceService</name>
    <message>
        <source>The session date must be a real date, today or earlier.</source>
        <translation>指导日期必须是有效日期，且不晚于今天。</translation>
    </message>
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
        <source>The database&apos;s schema version cannot be read.</source>
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
        <translation>该方案已审批。</translation>
    </message>
    <message>
        <source>A plan needs at least one action before it is approved.</source>
        <translation>方案至少要有一项措施才能审批。</translation>
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
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
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
        <translation>降码需要复评：请先用“assess”记录复评，并指明该评估。</translation>
    </message>
    <message>
        <source>There is no assessment %1 for this family.</source>
        <translation>该家庭没有评估 %1。</translation>
    </message>
    <message>
        <source>A downgrade needs a reassessment made after the current code was set.</source>
        <translation>降码需要在当前赋码之后进行的复评。</translation>
    </message>
    <message>
        <source>The reassessment suggests %1, so it does not allow a downgrade to %2.</source>
        <translation>复评建议为%1，不能降为%2。</translation>
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
        <translation>升码已立即生效，不能驳回；请记录复评并提出降码申请。</translation>
    </message>
    <message>
        <source>This has already been decided.</source>
        <translation>此事项已经审批过。</translation>
    </message>
    <message>
        <source>A proposal is approved or declined by another supervisor than the one who made it.</source>
        <translation>申请须由提出人以外的督导审批或驳回。</translation>
    </message>
    <message>
        <source>The family&apos;s code has changed since this proposal was made; decline it and propose again.</source>
        <translation>提出申请后该家庭的赋码已变化；请驳回后重新申请。</translation>
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
        <source>Type a name, a file number, digits of an identity number or phone, or a word from the notes.</source>
        <translation>请输入姓名、档案编号、身份证号或电话的数字，或记录中的词语。</translation>
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
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1过长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1包含控制字符。</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1只能是一行。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
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
