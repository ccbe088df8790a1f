<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>上次使用的目录无法打开，现在打开的是随程序附带的目录。

{error}</source>
        <translation>The catalogue used last time could not be opened; the catalogue bundled with the program is open instead.

{error}</translation>
    </message>
    <message>
        <source>上次写入 {path} 时程序意外中断。未完成的那次修改已撤销，目录保持那次修改之前的内容；之前完成的导入都在。</source>
        <translation>The program was interrupted while writing {path} last time. The unfinished change has been undone and the catalogue is as it was before it; all imports completed earlier are kept.</translation>
    </message>
    <message>
        <source>无法打开目录</source>
        <translation>Cannot open the catalogue</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>原文：%1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>未能在原文中定位这段引文。</source>
        <translation>This quote could not be located in the article.</translation>
    </message>
    <message>
        <source>刊载媒体：来源资料未注明</source>
        <translation>Publication: not stated in the source material</translation>
    </message>
    <message>
        <source>日期（推断）</source>
        <translation>date (inferred)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>{path} 已损坏（完整性检查未通过），部分数据可能无法读取。请换用一份完好的副本（例如备份）。</source>
        <translation>{path} is damaged (the integrity check failed); some data may be unreadable. Please use an intact copy (for example a backup).</translation>
    </message>
    <message>
        <source>{path} 是旧版目录格式（第 {version} 版），本程序使用第 {supported} 版。可以把它转换为一份新格式的副本后打开，原文件保持不变。</source>
        <translation>{path} is in an older catalogue format (version {version}); this program uses version {supported}. It can be converted into a copy in the new format and opened; the original file stays unchanged.</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入 {path}。本次修改已全部撤销，目录保持修改前的样子。请清理磁盘空间后重试。</source>
        <translation>Not enough disk space to write {path}. The whole change has been undone and the catalogue is as it was before. Please free some disk space and try again.</translation>
    </message>
    <message>
        <source>{path} 上次的写入没有完成，恢复失败：{error}</source>
        <translation>The last write to {path} did not complete, and restoring the catalogue failed: {error}</translation>
    </message>
    <message>
        <source>只能修改工作副本，不能直接修改 {path}。</source>
        <translation>Only a working copy can be changed, not {path} itself.</translation>
    </message>
    <message>
        <source>{path} 含有触发器（会在写入时自动执行的指令），本程序不会在这样的文件里写入。请先打开它的副本（较小的目录会自动使用工作副本）。</source>
        <translation>{path} contains triggers (instructions that run automatically when it is written to); this program does not write to such a file. Please open a copy of it first (smaller catalogues use a working copy automatically).</translation>
    </message>
    <message>
        <source>{path} 正被其他程序锁定，暂时无法写入。请稍后重试。</source>
        <translation>{path} is locked by another program and cannot be written at the moment. Please try again later.</translation>
    </message>
    <message>
        <source>转换后的副本不能覆盖原文件：{path}</source>
        <translation>The converted copy must not overwrite the original file: {path}</translation>
    </message>
    <message>
        <source>{path} 的目录格式（第 {version} 版）无法转换。</source>
        <translation>The catalogue format of {path} (version {version}) cannot be converted.</translation>
    </message>
</context>
<context>
    <name>ChainImport</name>
    <message>
        <source>“{value}”不是层级；可选：system 产业体系、chain 产业链、segment 环节</source>
        <translation>“{value}” is not a level; choose system (industrial system), chain (industry chain) or segment</translation>
    </message>
    <message>
        <source>“{value}”不是定位；可选：core 核心、key 重点、emerging 新兴，或 {words}</source>
        <translation>“{value}” is not a tier; choose core, key, emerging, or {words}</translation>
    </message>
    <message>
        <source>应填 是 或 否，而不是“{value}”</source>
        <translation>Should be 是 (yes) or 否 (no), not “{value}”</translation>
    </message>
    <message>
        <source>本表中有 {n} 行名为“{name}”，请写成 上级·名称</source>
        <translation>{n} rows of this sheet are named “{name}”; write it as parent·name</translation>
    </message>
    <message>
        <source>本表和目录中都没有上级“{name}”</source>
        <translation>Neither this sheet nor the catalogue has a parent “{name}”</translation>
    </message>
    <message>
        <source>目录中有 {n} 个名为“{name}”的节点，请填写上级以区分</source>
        <translation>The catalogue has {n} nodes named “{name}”; fill in the parent to tell them apart</translation>
    </message>
    <message>
        <source>与第 {row} 行重复：同一上级下已有“{name}”</source>
        <translation>Duplicate of row {row}: the same parent already has “{name}”</translation>
    </message>
    <message>
        <source>产业体系不能有上级</source>
        <translation>An industrial system cannot have a parent</translation>
    </message>
    <message>
        <source>上级“{name}”是环节；产业链的上级应为产业体系或产业链</source>
        <translation>The parent “{name}” is a segment; a chain&apos;s parent must be a system or a chain</translation>
    </message>
    <message>
        <source>环节的上级应为产业链，“{name}”不是产业链</source>
        <translation>A segment&apos;s parent must be a chain; “{name}” is not a chain</translation>
    </message>
    <message>
        <source>环节必须填写所属的产业链</source>
        <translation>A segment must name the chain it belongs to</translation>
    </message>
    <message>
        <source>只有产业链有定位</source>
        <translation>Only chains have a tier</translation>
    </message>
    <message>
        <source>只有环节能列为待补链</source>
        <translation>Only segments can be marked as gaps to fill</translation>
    </message>
    <message>
        <source>填写了补链出处，“待补链”应为 是</source>
        <translation>A gap source is given, so 待补链 should be 是 (yes)</translation>
    </message>
    <message>
        <source>上级关系形成循环：{path}</source>
        <translation>The parents form a loop: {path}</translation>
    </message>
</context>
<context>
    <name>ChainMapView</name>
    <message>
        <source>+ 还有 {n} 家</source>
        <translation>+ {n} more</translation>
    </message>
    <message>
        <source>显示项目</source>
        <translation>Show projects</translation>
    </message>
    <message>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>整张图谱放入窗口</source>
        <translation>Fit the whole map into the window</translation>
    </message>
    <message>
        <source>适应宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>图谱宽度放满窗口（默认）</source>
        <translation>Fit the map to the window width (default)</translation>
    </message>
    <message>
        <source>缩小（Ctrl+滚轮）</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>放大（Ctrl+滚轮）</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>将当前图谱导出为图片</source>
        <translation>Export the current map as an image</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>将当前图谱导出为一页矢量 PDF</source>
        <translation>Export the current map as a one-page vector PDF</translation>
    </message>
    <message>
        <source>产业链</source>
        <translation>Industrial chain</translation>
    </message>
    <message>
        <source>%1（整个体系）</source>
        <translation>%1 (whole system)</translation>
    </message>
    <message>
        <source>目录中还没有产业链。</source>
        <translation>The catalogue has no industrial chains yet.</translation>
    </message>
    <message>
        <source>图谱：%1 · 企业 %2 家 · 项目 %3 个 · 待补链环节 %4 个</source>
        <translation>Map: %1 · Enterprises: %2 · Projects: %3 · Segments to fill: %4</translation>
    </message>
    <message>
        <source>（已筛选）</source>
        <translation> (filtered)</translation>
    </message>
    <message>
        <source>点击展开全部 %1 家</source>
        <translation>Click to show all %1</translation>
    </message>
    <message>
        <source>共 %1 家：点击打开按此环节筛选的企业列表</source>
        <translation>%1 in total: click to open the list of enterprises in this segment</translation>
    </message>
    <message>
        <source>%1：园区暂无企业，为补链招商方向。点击查看来源所述。</source>
        <translation>%1: no enterprise in the park yet, a target for filling the chain. Click to see what the sources say.</translation>
    </message>
    <message>
        <source>%1：点击查看环节详情</source>
        <translation>%1: click for the segment details</translation>
    </message>
    <message>
        <source>来源所述同上。</source>
        <translation>Sources as above.</translation>
    </message>
    <message>
        <source>来源报道未述及此环节的企业。</source>
        <translation>The source articles name no enterprise in this segment.</translation>
    </message>
    <message>
        <source>……等 %1 个</source>
        <translation>… %1 in all</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>Chain map</translation>
    </message>
    <message>
        <source>企业 %1 家 · 项目 %2 个 · 待补链环节 %3 个</source>
        <translation>Enterprises: %1 · Projects: %2 · Segments to fill: %3</translation>
    </message>
    <message>
        <source>来源：%1 · 数据截至 %2 · 企业所在环节含编者推断（见各企业详情）</source>
        <translation>Sources: %1 · data as of %2 · some segment assignments are editors&apos; inferences (see each enterprise&apos;s details)</translation>
    </message>
    <message>
        <source>筛选：%1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>← 返回图谱概览</source>
        <translation>← Back to the map overview</translation>
    </message>
    <message>
        <source>园区主体 %1 个</source>
        <translation>Park members: %1</translation>
    </message>
    <message>
        <source>园区企业 %1 家 · 项目 %2 个</source>
        <translation>Park enterprises: %1 · Projects: %2</translation>
    </message>
    <message>
        <source>园区暂无企业 · 待补链</source>
        <translation>No park enterprise yet · to fill</translation>
    </message>
    <message>
        <source>在企业列表中查看</source>
        <translation>Show in the enterprise list</translation>
    </message>
    <message>
        <source>待补链环节（招商方向）</source>
        <translation>Segments to fill (investment targets)</translation>
    </message>
    <message>
        <source>报道未列出待补链环节；部分环节目录中暂无园区企业名单。</source>
        <translation>The articles list no segments to fill; for some segments the catalogue has no list of park enterprises yet.</translation>
    </message>
    <message>
        <source>服务与合作机构</source>
        <translation>Service and partner organisations</translation>
    </message>
    <message>
        <source>服务该环节</source>
        <translation>Serves this segment</translation>
    </message>
    <message>
        <source>来源所述</source>
        <translation>What the sources say</translation>
    </message>
    <message>
        <source>来源报道未把此链细分为环节。</source>
        <translation>The source articles do not divide this chain into segments.</translation>
    </message>
    <message>
        <source>来源报道未提到园区在此产业链上的企业或项目。</source>
        <translation>The source articles mention no park enterprise or project in this industrial chain.</translation>
    </message>
    <message>
        <source>每个环节都已有园区企业。</source>
        <translation>Every segment already has a park enterprise.</translation>
    </message>
    <message>
        <source>点击卡片查看详情；点击环节查看来源所述。Ctrl+滚轮缩放，拖动平移。</source>
        <translation>Click a card for details; click a segment for what the sources say. Ctrl+wheel zooms, dragging pans.</translation>
    </message>
    <message>
        <source>点击查看详情</source>
        <translation>Click for details</translation>
    </message>
    <message>
        <source>目录中暂无园区企业名单（报道未列为待补链）</source>
        <translation>No list of park enterprises in the catalogue yet (the articles do not list it as a segment to fill)</translation>
    </message>
    <message>
        <source>相关</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>筛选隐藏 %1 张卡片</source>
        <translation>Cards hidden by the filters: %1</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>移除此筛选条件</source>
        <translation>Remove this filter</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>已写入 {path}（{n} 条）</source>
        <translation>Written {path} (entries: {n})</translation>
    </message>
    <message>
        <source>没有找到匹配的条目。</source>
        <translation>No matching entries were found.</translation>
    </message>
    <message>
        <source>找不到来源文件夹：{path}</source>
        <translation>Source folder not found: {path}</translation>
    </message>
    <message>
        <source>新建目录需要一个文件名（-o 文件.db），不能写到标准输出。</source>
        <translation>A new catalogue needs a file name (-o FILE.db); it cannot be written to standard output.</translation>
    </message>
    <message>
        <source>{path} 已存在；新建目录不会覆盖已有文件。</source>
        <translation>{path} already exists; a new catalogue never overwrites an existing file.</translation>
    </message>
    <message>
        <source>已新建目录 {path}（{park}）。先用 import --kind chain 导入产业链体系，再导入企业、项目等。</source>
        <translation>Created the catalogue {path} ({park}). Import its chain system first (import --kind chain), then enterprises, projects and more.</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source> 最接近的有：{names}</source>
        <translation> Closest matches: {names}</translation>
    </message>
    <message>
        <source>找不到{kind}“{name}”。</source>
        <translation>No {kind} &quot;{name}&quot; was found.</translation>
    </message>
    <message>
        <source>找不到产业链：{name}</source>
        <translation>Industrial chain not found: {name}</translation>
    </message>
    <message>
        <source>（试运行，未写入任何内容）</source>
        <translation>(dry run; nothing was written)</translation>
    </message>
    <message>
        <source>只能导出为 .csv 或 .xlsx 文件，或用 --csv、--json、--nl 指定格式：{path}</source>
        <translation>Lists can only be exported as .csv or .xlsx files, or in the format given with --csv, --json or --nl: {path}</translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported to {path} (entries: {n})</translation>
    </message>
    <message>
        <source>已为“{name}”添加图片（{w}×{h}）。</source>
        <translation>Image added to &quot;{name}&quot; ({w}×{h}).</translation>
    </message>
    <message>
        <source>已写入工作副本：{path}</source>
        <translation>Written to the working copy: {path}</translation>
    </message>
    <message>
        <source>转换后的副本不能覆盖原文件：{path}</source>
        <translation>The converted copy must not overwrite the original file: {path}</translation>
    </message>
    <message>
        <source>已转换为新格式的副本：{path}（原文件未改动）</source>
        <translation>Converted into a copy in the new format: {path} (the original file is unchanged)</translation>
    </message>
    <message>
        <source>这个目录还没有发布信息。用 --office、--address、--phone、--email、--web、--logo 设置。</source>
        <translation>This catalogue has no publisher details yet. Set them with --office, --address, --phone, --email, --web, --logo.</translation>
    </message>
    <message>
        <source>有</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>已保存发布信息。</source>
        <translation>Publisher details saved.</translation>
    </message>
    <message>
        <source>发布机构</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>网址</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>标志</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>{path} 还没有被修改过（没有工作副本），没有可以撤销的导入或修改。</source>
        <translation>{path} has not been changed (it has no working copy): there is no import or edit to undo.</translation>
    </message>
    <message>
        <source>已撤销：{label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <source>备份不能覆盖目录文件本身：{path}</source>
        <translation>A backup cannot overwrite the catalogue file itself: {path}</translation>
    </message>
    <message>
        <source>已备份 {source} 到 {path}</source>
        <translation>Backed up {source} to {path}</translation>
    </message>
    <message>
        <source>无法写入 {path}：这是一个文件夹，请给出文件名。</source>
        <translation>Cannot write {path}: it is a folder; please give a file name.</translation>
    </message>
    <message>
        <source>无法写入 {path}：文件夹 {folder} 不存在，请先创建它。</source>
        <translation>Cannot write {path}: the folder {folder} does not exist; please create it first.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{folder} 不是文件夹。</source>
        <translation>Cannot write {path}: {folder} is not a folder.</translation>
    </message>
    <message>
        <source>无法写入 {path}：没有写入权限。</source>
        <translation>Cannot write {path}: permission denied.</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>不是文件：{path}</source>
        <translation>Not a file: {path}</translation>
    </message>
    <message>
        <source>无法读取文件：{path}</source>
        <translation>Cannot read the file: {path}</translation>
    </message>
    <message>
        <source>没有写出文件：{path}</source>
        <translation>No file was written: {path}</translation>
    </message>
    <message>
        <source>写出的文件是空的：{path}</source>
        <translation>The file written is empty: {path}</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>标准输出</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>publish 写出一个文件夹，不能写到标准输出。</source>
        <translation>publish writes a folder; it cannot write to standard output.</translation>
    </message>
    <message>
        <source>无法写入 {path}：这不是文件夹。</source>
        <translation>Cannot write {path}: it is not a folder.</translation>
    </message>
    <message>
        <source>已写入 {path}：{files}</source>
        <translation>Written {path}: {files}</translation>
    </message>
    <message>
        <source>在浏览器中查看：datasette serve -i {db} -m {meta}</source>
        <translation>To browse it: datasette serve -i {db} -m {meta}</translation>
    </message>
    <message>
        <source>请给出名称，例如：factsheet enterprise 华虹仪表 -o sheet.pdf</source>
        <translation>Please give a name, e.g.: factsheet enterprise 华虹仪表 -o sheet.pdf</translation>
    </message>
    <message>
        <source>“{name}”不唯一：{names}。请用键名指定。</source>
        <translation>&quot;{name}&quot; is ambiguous: {names}. Please give its key.</translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页）</source>
        <translation>Written {path} (pages: {pages})</translation>
    </message>
    <message>
        <source>；未安装 pypdf，无书签</source>
        <translation>; pypdf is not installed, so no bookmarks</translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页，{sheets} 份资料，{secs:.1f} 秒{note}）</source>
        <translation>Written {path} (pages: {pages}, sheets: {sheets}, {secs:.1f} s{note})</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>程序日志：{path}</source>
        <translation>Program log: {path}</translation>
    </message>
    <message>
        <source>完整报告已写入：
{path}</source>
        <translation>The full report was written to:
{path}</translation>
    </message>
    <message>
        <source>完整报告无法写入日志文件夹。</source>
        <translation>The full report could not be written to the log folder.</translation>
    </message>
    <message>
        <source>程序遇到意外错误，刚才的操作可能没有完成。</source>
        <translation>The program ran into an unexpected error; the last action may not have completed.</translation>
    </message>
    <message>
        <source>程序会继续运行。如果问题反复出现，请把这份报告和日志发给维护人员。</source>
        <translation>The program keeps running. If the problem recurs, please send this report and the log to the maintainers.</translation>
    </message>
    <message>
        <source>程序上次运行时意外终止（程序崩溃）。</source>
        <translation>The program ended unexpectedly the last time it ran (it crashed).</translation>
    </message>
    <message>
        <source>崩溃报告已写入：
{files}</source>
        <translation>The crash report was written to:
{files}</translation>
    </message>
    <message>
        <source>如果问题反复出现，请把这份报告和日志发给维护人员。</source>
        <translation>If the problem recurs, please send this report and the log to the maintainers.</translation>
    </message>
    <message>
        <source>目录正被其他程序写入（例如命令行导入），请稍候再试；写完后会自动重新载入。</source>
        <translation>Another program is writing to the catalogue (for example an import from the command line); please try again in a moment. The catalogue reloads automatically once the writing is done.</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>截至%1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>时间未说明</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <source>当年/当期</source>
        <translation>annual/period</translation>
    </message>
    <message>
        <source>累计</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <source>目标/计划</source>
        <translation>target/plan</translation>
    </message>
    <message>
        <source>核心指标</source>
        <translation>Key indicators</translation>
    </message>
    <message>
        <source>园区口径；每项注明年份与来源</source>
        <translation>Park figures; each with its year and source</translation>
    </message>
    <message>
        <source>，点击查看详情与出处</source>
        <translation>, click for details and sources</translation>
    </message>
    <message>
        <source>指标变化</source>
        <translation>Indicators over time</translation>
    </message>
    <message>
        <source>不同口径（当年、累计、目标）分列显示，从不相加</source>
        <translation>Different bases (annual, cumulative, target) are shown side by side, never added up</translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>stated as</translation>
    </message>
    <message>
        <source>项目推进漏斗</source>
        <translation>Project pipeline</translation>
    </message>
    <message>
        <source>按当前阶段计数</source>
        <translation>counted by current stage</translation>
    </message>
    <message>
        <source>；点击数字打开相应列表</source>
        <translation>; click a number to open its list</translation>
    </message>
    <message>
        <source>%1 · %2：%3 个 — 点击打开列表</source>
        <translation>%1 · %2: %3 — click to open the list</translation>
    </message>
    <message>
        <source>另有未标注阶段：项目 %1 个，企业 %2 家（来源未说明进展）</source>
        <translation>Without a stage (the sources give no progress): projects: %1, enterprises: %2</translation>
    </message>
    <message>
        <source>配套设施与载体</source>
        <translation>Facilities and premises</translation>
    </message>
    <message>
        <source>按类别与状态计数</source>
        <translation>counted by category and status</translation>
    </message>
    <message>
        <source>；点击打开设施列表</source>
        <translation>; click to open the list of facilities</translation>
    </message>
    <message>
        <source>状态未说明</source>
        <translation>status not stated</translation>
    </message>
    <message>
        <source>点击打开列表</source>
        <translation>click to open the list</translation>
    </message>
    <message>
        <source>日期见于报道</source>
        <translation>date stated in the article</translation>
    </message>
    <message>
        <source>日期为推断（如“去年10月”）</source>
        <translation>date inferred (e.g. &quot;last October&quot;)</translation>
    </message>
    <message>
        <source>浅色条：报道只给出年份或月份</source>
        <translation>light bars: the article gives only the year or month</translation>
    </message>
    <message>
        <source>速度记录</source>
        <translation>Speed records</translation>
    </message>
    <message>
        <source>来源报道中没有带日期的进展。</source>
        <translation>The source articles give no dated progress.</translation>
    </message>
    <message>
        <source>点击查看详情</source>
        <translation>click for details</translation>
    </message>
    <message>
        <source>（推断）</source>
        <translation> (inferred)</translation>
    </message>
    <message>
        <source>（日期为推断）</source>
        <translation> (date inferred)</translation>
    </message>
    <message>
        <source>日期未说明</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>来源：%1 · 数据截至 %2 · 数值均按报道原文，口径见各项标注</source>
        <translation>Sources: %1 · data as of %2 · values as the articles state them; bases marked on each</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>园区看板</source>
        <translation>Park dashboard</translation>
    </message>
    <message>
        <source>包括内部工作数据</source>
        <translation>Include internal working figures</translation>
    </message>
    <message>
        <source>头条数据也显示廉政、党建、督办等内部工作数据（导出资料册时的同一选项）</source>
        <translation>Headline figures also show internal working figures such as integrity, Party building and supervision (the same choice as when exporting a brochure)</translation>
    </message>
    <message>
        <source>园区数据 %1 项 · 图表 %2 个</source>
        <translation>Park figures: %1 · Charts: %2</translation>
    </message>
    <message>
        <source>进展时间轴</source>
        <translation>Progress timeline</translation>
    </message>
    <message>
        <source>进展时间轴 · 带日期的阶段与速度记录 %1 条</source>
        <translation>Progress timeline · dated stages and speed records: %1</translation>
    </message>
    <message>
        <source>（另有 %1 个未显示）</source>
        <translation> (%1 more not shown)</translation>
    </message>
    <message>
        <source>点击查看详情与原文</source>
        <translation>click for details and the article</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>……（全文共 %1 字，此处只显示前 %2 字）</source>
        <translation>… (the full text has %1 characters; only the first %2 are shown here)</translation>
    </message>
    <message>
        <source>目录资料</source>
        <translation>catalogue data</translation>
    </message>
    <message>
        <source>英文为编者译名</source>
        <translation>English name: editors&apos; translation</translation>
    </message>
    <message>
        <source>编者译文</source>
        <translation>editors&apos; translation</translation>
    </message>
    <message>
        <source>产业链位置</source>
        <translation>Position in the chain</translation>
    </message>
    <message>
        <source>同链企业与项目</source>
        <translation>Enterprises and projects in the same chain</translation>
    </message>
    <message>
        <source>“%1”产业链的一个环节</source>
        <translation>A segment of the &quot;%1&quot; industrial chain</translation>
    </message>
    <message>
        <source>属于：%1</source>
        <translation>Part of: %1</translation>
    </message>
    <message>
        <source>园区暂无企业或项目 · 待补链（招商方向）。下方“来源”为报道中提到此环节的原文。</source>
        <translation>No enterprise or project in the park yet · to fill (investment target). The &quot;Sources&quot; below quote the articles that mention this segment.</translation>
    </message>
    <message>
        <source>来源报道未提到园区在此产业链上的企业或项目。</source>
        <translation>The source articles mention no park enterprise or project in this industrial chain.</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>日期未披露</source>
        <translation>date not disclosed</translation>
    </message>
    <message>
        <source>关键数据</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>各来源说法不一，此为当前值</source>
        <translation>The sources disagree; this is the current value</translation>
    </message>
    <message>
        <source>较早来源的说法，已有更新值</source>
        <translation>From an earlier source; a newer value exists</translation>
    </message>
    <message>
        <source>较早的值，已有更新值</source>
        <translation>Earlier value, since updated</translation>
    </message>
    <message>
        <source>下级产业链与环节</source>
        <translation>Sub-chains and segments</translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation>Members of the chain</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>又称</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>产业链</source>
        <translation>Industrial chain</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>复制摘要</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <source>将此条目的摘要（含出处）复制为文本</source>
        <translation>Copy a summary of this entry (with its sources) as text</translation>
    </message>
    <message>
        <source>在列表中选择一个条目，这里会显示它的概况、数据和出处。</source>
        <translation>Select an entry in the list to see its profile, figures and sources here.</translation>
    </message>
    <message>
        <source>该条目已不存在。</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <source>已复制（含出处）</source>
        <translation>Copied (with sources)</translation>
    </message>
    <message>
        <source>（原文此处跨行，已连接）</source>
        <translation> (the article breaks the line here; joined)</translation>
    </message>
    <message>
        <source>单击查看原文</source>
        <translation>Click to read the article</translation>
    </message>
    <message>
        <source>原文跨行，已连接</source>
        <translation>the article breaks the line here; joined</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>完整位置</source>
        <translation>Full position</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>推断</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>时期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>暂无园区企业</source>
        <translation>No park enterprise yet</translation>
    </message>
    <message>
        <source>暂无园区企业 · 待补链</source>
        <translation>No park enterprise yet · to fill</translation>
    </message>
    <message>
        <source>注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>见下级</source>
        <translation>see sub-levels</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>来源缺失</source>
        <translation>Source missing</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>不能修改这些字段：{fields}</source>
        <translation>These fields cannot be changed: {fields}</translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>目录中没有编号为 {id} 的条目。</source>
        <translation>The catalogue has no entry numbered {id}.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <source>简介</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <source>没有修改任何内容。</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>{name}：</source>
        <translation>{name}: </translation>
    </message>
    <message>
        <source>{field}改为 {value}</source>
        <translation>{field} changed to {value}</translation>
    </message>
    <message>
        <source>修改 {name} 的{fields}（{user}）</source>
        <translation>Edit of the {fields} of {name} ({user})</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>出处记为：{entry}</source>
        <translation>Cited as: {entry}</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存；可用“撤销上次导入或修改…”撤销。</source>
        <translation>Saved; “Undo last import or edit…” takes it back.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>请先在列表中选中一个条目。</source>
        <translation>Select an entry in a list first.</translation>
    </message>
    <message>
        <source>添加或更正数据…</source>
        <translation>Add or Correct a Figure…</translation>
    </message>
    <message>
        <source>为选中的条目录入新的数值（单位、时期、截至日期、来源）；原值保留为历史，可撤销</source>
        <translation>Enter a new value for the selected entry (unit, period, as-of date, source); the earlier value is kept as history; can be undone</translation>
    </message>
    <message>
        <source>编辑简介…</source>
        <translation>Edit Profile…</translation>
    </message>
    <message>
        <source>修改选中条目的简介、类别、范围；记入修改记录，可撤销</source>
        <translation>Edit the summary, category and scope of the selected entry; recorded in its change history; can be undone</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>金额（亿元）</source>
        <translation>Amount (CNY 100 million)</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>无（全部条目）</source>
        <translation>None (all entries)</translation>
    </message>
    <message>
        <source>已读取 {n} / {total} 条</source>
        <translation>Entries read: {n} / {total}</translation>
    </message>
    <message>
        <source>只能导出为 .csv 或 .xlsx 文件：{path}</source>
        <translation>Lists can only be exported as .csv or .xlsx files: {path}</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>导出时间</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>招商图鉴导出</source>
        <translation>Investment Atlas export</translation>
    </message>
    <message>
        <source>导出 PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>预计</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>添加或更正数据</source>
        <translation>Add or Correct a Figure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>选择已有的数据项，或输入新的，如 年产值</source>
        <translation>Choose an existing item or type a new one, e.g. 年产值</translation>
    </message>
    <message>
        <source>如 6.5，或 超5亿元</source>
        <translation>e.g. 6.5, or 超5亿元</translation>
    </message>
    <message>
        <source>如 亿元（数值为数字时）</source>
        <translation>e.g. 亿元 (when the value is a number)</translation>
    </message>
    <message>
        <source>如 2026 或 2026年1—10月；可不填</source>
        <translation>e.g. 2026 or 2026年1—10月; optional</translation>
    </message>
    <message>
        <source>YYYY-MM-DD；不填为今天</source>
        <translation>YYYY-MM-DD; empty: today</translation>
    </message>
    <message>
        <source>如 园区统计月报；不填则记为 录入：{user}</source>
        <translation>e.g. 园区统计月报; empty: entered by {user}</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>时期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FigureEdit</name>
    <message>
        <source>请填写数据项的名称。</source>
        <translation>Enter the name of the figure&apos;s item.</translation>
    </message>
    <message>
        <source>请填写数值。</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>截至日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”。</source>
        <translation>Write the as-of date as YYYY, YYYY-MM or YYYY-MM-DD, not “{value}”.</translation>
    </message>
    <message>
        <source>“{basis}”不是允许的口径。</source>
        <translation>“{basis}” is not an allowed basis.</translation>
    </message>
    <message>
        <source>只能为企业、项目、设施、机构或园区数据录入数据。</source>
        <translation>Figures can only be entered for enterprises, projects, facilities, organisations or park figures.</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>value</translation>
    </message>
    <message>
        <source>{name}：{field} {value}</source>
        <translation>{name}: {field} {value}</translation>
    </message>
    <message>
        <source>；时期 {}</source>
        <translation>; period {}</translation>
    </message>
    <message>
        <source>；截至 {}</source>
        <translation>; as of {}</translation>
    </message>
    <message>
        <source>；来源 {}</source>
        <translation>; source {}</translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>{name} 的{field}改为 {value}（{user}）</source>
        <translation>{field} of {name} changed to {value} ({user})</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>as of</translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>清除全部</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>Filters</translation>
    </message>
    <message numerus="yes">
        <source>已选 %n</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>{what}“{value}”不是数字。</source>
        <translation>{what} &quot;{value}&quot; is not a number.</translation>
    </message>
    <message>
        <source>{what}“{value}”超出可比较的范围（-2^63 至 2^63-1）。</source>
        <translation>{what} &quot;{value}&quot; is outside the range that can be compared (-2^63 to 2^63-1).</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>{name} 是空文件，不是图片。</source>
        <translation>{name} is an empty file, not an image.</translation>
    </message>
    <message>
        <source>{name} 太大（{mb} MB），图片不能超过 25 MB。</source>
        <translation>{name} is too large ({mb} MB); images may not exceed 25 MB.</translation>
    </message>
    <message>
        <source>{name} 的尺寸过大（{w}×{h} 像素），可能是恶意构造的文件，已拒绝。</source>
        <translation>{name} is too large ({w}×{h} pixels) and may be a maliciously crafted file; refused.</translation>
    </message>
    <message>
        <source>{name} 解压后过大，可能是恶意构造的文件，已拒绝。</source>
        <translation>{name} is too large when decompressed and may be a maliciously crafted file; refused.</translation>
    </message>
    <message>
        <source>{name} 不是可识别的图片（支持 JPEG、PNG、WebP、GIF、BMP、TIFF）。</source>
        <translation>{name} is not a recognised image (JPEG, PNG, WebP, GIF, BMP and TIFF are supported).</translation>
    </message>
    <message>
        <source>{name} 已损坏或不完整，无法读取（{error}）。</source>
        <translation>{name} is damaged or incomplete and cannot be read ({error}).</translation>
    </message>
    <message>
        <source>图片类型只能是 photo（照片）或 logo（标志）。</source>
        <translation>The image role must be photo or logo.</translation>
    </message>
    <message>
        <source>无法读取 {name}：{error}</source>
        <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
        <source>只能给企业、项目或配套设施添加图片。</source>
        <translation>Images can only be added to enterprises, projects or facilities.</translation>
    </message>
    <message>
        <source>来自文件 {name}</source>
        <translation>from the file {name}</translation>
    </message>
    <message>
        <source> 最接近的有：{names}</source>
        <translation> Closest matches: {names}</translation>
    </message>
    <message>
        <source>找不到企业、项目或配套设施“{name}”。</source>
        <translation>No enterprise, project or facility &quot;{name}&quot; was found.</translation>
    </message>
    <message>
        <source>“{name}”对应多个条目：{names}。请写全称。</source>
        <translation>&quot;{name}&quot; matches several entries: {names}. Please give the full name.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>，“{column}”列</source>
        <translation>, column &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{file}：{rows} 行数据，发现 {n} 个问题，未导入任何内容。</source>
        <translation>{file}: data rows: {rows}, problems found: {n}; nothing was imported.</translation>
    </message>
    <message>
        <source>已从 {file} 导入 {n} 条{kind}。</source>
        <translation>Imported from {file}: {kind}, new entries: {n}. </translation>
    </message>
    <message>
        <source>{file}：{rows} 行数据全部通过检查，可导入 {n} 条{kind}。</source>
        <translation>{file}: every data row passed the checks (rows: {rows}); can be imported: {kind}, new entries: {n}. </translation>
    </message>
    <message>
        <source>更新 {u} 条，无变化 {same} 条。</source>
        <translation>{u} updated, {same} unchanged.</translation>
    </message>
    <message>
        <source>未通过：</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新：</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>已直接写入 {path}（文件较大，未另做整份备份；可撤销这次导入）。</source>
        <translation>Written directly to {path} (the file is large, so no full backup was made; this import can be undone).</translation>
    </message>
    <message>
        <source>已写入工作副本：{path}
写入前的备份：{backup}</source>
        <translation>Written to the working copy: {path}
Backup made before writing: {backup}</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}：更新 {fields}</source>
        <translation>Row {row}, {name}: updated {fields}</translation>
    </message>
    <message>
        <source>无法读取 {path}：{error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>{path} 太大（{mb} MB），单次导入的文件不能超过 50 MB。请拆分后再导入。</source>
        <translation>{path} is too large ({mb} MB); a file imported at once may not exceed 50 MB. Please split it and import the parts.</translation>
    </message>
    <message>
        <source>{path}：只能导入 .csv 或 .xlsx 文件。</source>
        <translation>{path}: only .csv or .xlsx files can be imported.</translation>
    </message>
    <message>
        <source>{path} 中没有表头和数据。</source>
        <translation>{path} has no header row and no data.</translation>
    </message>
    <message>
        <source>{path} 第 {row} 行超过 {max} 列，不像是导入用的表格。请只保留模板中的列后再导入。</source>
        <translation>Row {row} of {path} has more than {max} columns; this does not look like an import sheet. Keep only the template&apos;s columns and import again.</translation>
    </message>
    <message>
        <source>{path} 的表格超过 {max} 行（含空行），单次最多导入 {rows} 行数据。请删去多余的行或拆分文件。</source>
        <translation>The sheet in {path} has more than {max} rows (blank rows included); one import takes at most {rows} rows of data. Delete the extra rows or split the file.</translation>
    </message>
    <message>
        <source>{path} 的编码无法识别，请另存为 UTF-8 编码的 CSV。</source>
        <translation>The encoding of {path} is not recognised; please save it as a UTF-8 CSV.</translation>
    </message>
    <message>
        <source>{path} 不是文本格式的 CSV 文件。</source>
        <translation>{path} is not a text CSV file.</translation>
    </message>
    <message>
        <source>{path} 不是有效的 CSV 文件：{error}</source>
        <translation>{path} is not a valid CSV file: {error}</translation>
    </message>
    <message>
        <source>{path} 中的 XML 内容无效或含有不允许的实体定义（{error}），无法读取。请用 Excel 重新保存后再试。</source>
        <translation>{path} contains invalid XML or entity definitions that are not allowed ({error}) and cannot be read. Save it again in Excel and retry.</translation>
    </message>
    <message>
        <source>{path} 不是有效的 Excel（.xlsx）文件，或已损坏。请用 Excel 重新保存后再试。</source>
        <translation>{path} is not a valid Excel (.xlsx) file or is damaged. Please save it again in Excel and retry.</translation>
    </message>
    <message>
        <source>{path} 解压后有 {mb} MB，超过 {max} MB 的上限，不像是导入用的表格。请只保留要导入的数据后再试。</source>
        <translation>{path} unpacks to {mb} MB, over the {max} MB limit; this does not look like an import sheet. Keep only the data to import and retry.</translation>
    </message>
    <message>
        <source>{path} 的表格范围有 {rows} 行 × {columns} 列，超过导入的上限（{max_rows} 行、{max_columns} 列）。请删除多余的行和列，或把数据复制到一个新的工作表后再导入。</source>
        <translation>The sheet in {path} spans {rows} rows × {columns} columns, over the import limit ({max_rows} rows, {max_columns} columns). Delete the extra rows and columns, or copy the data into a new sheet, then import again.</translation>
    </message>
    <message>
        <source>内容过长（{n} 个字符，最多 {max} 个）</source>
        <translation>too long ({n} characters, at most {max})</translation>
    </message>
    <message>
        <source>含有不可见的控制字符，请删除后再导入</source>
        <translation>contains invisible control characters; please remove them and import again</translation>
    </message>
    <message>
        <source>应为整数，而不是“{value}”</source>
        <translation>should be a whole number, not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>年份 {value} 不合理，应为四位年份</source>
        <translation>the year {value} is implausible; give a four-digit year</translation>
    </message>
    <message>
        <source>应为数字（不带单位），而不是“{value}”</source>
        <translation>should be a number (without a unit), not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>应为数字，而不是“{value}”</source>
        <translation>should be a number, not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”</source>
        <translation>dates are written YYYY, YYYY-MM or YYYY-MM-DD, not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位数字或大写字母，“{value}”不符合</source>
        <translation>a unified social credit code has 18 digits or capital letters; &quot;{value}&quot; does not</translation>
    </message>
    <message>
        <source>“{value}”不是允许的值；可选：{choices}</source>
        <translation>&quot;{value}&quot; is not an allowed value; choose from: {choices}</translation>
    </message>
    <message>
        <source>{n} 条关联指向不存在的条目</source>
        <translation>links pointing to entries that do not exist: {n}</translation>
    </message>
    <message>
        <source>数据表 {table} 中 {n} 行引用了不存在的出处</source>
        <translation>rows of table {table} citing citations that do not exist: {n}</translation>
    </message>
    <message>
        <source>{n} 条出处引用了不存在的来源报道</source>
        <translation>citations referring to source articles that do not exist: {n}</translation>
    </message>
    <message>
        <source>{n} 个条目的名称、键或类别不是文本</source>
        <translation>entries whose name, key or kind is not text: {n}</translation>
    </message>
    <message>
        <source>{n} 个产业链节点的上级不存在、不是产业链或形成循环</source>
        <translation>chain nodes whose parent is missing, is not a chain, or forms a loop: {n}</translation>
    </message>
    <message>
        <source>全文索引 entities_fts 已损坏</source>
        <translation>the full-text index entities_fts is damaged</translation>
    </message>
    <message>
        <source>{names} 是视图而不是数据表</source>
        <translation>views, not tables: {names}</translation>
    </message>
    <message>
        <source>不支持导入的类别：{kind}（可选：{kinds}）</source>
        <translation>This kind cannot be imported: {kind} (choose from: {kinds})</translation>
    </message>
    <message>
        <source>目录文件本身有问题（{problems}），不能向其中导入。请换用一份完好的目录（例如备份）。</source>
        <translation>The catalogue file itself has problems ({problems}); nothing can be imported into it. Use an intact catalogue (a backup, for example).</translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <source>这一列有数据但没有表头</source>
        <translation>this column has data but no header</translation>
    </message>
    <message>
        <source>不认识的列名。{kind}可用的列：{names}</source>
        <translation>unknown column name. Columns for {kind}: {names}</translation>
    </message>
    <message>
        <source>列名重复</source>
        <translation>duplicate column name</translation>
    </message>
    <message>
        <source>缺少必填的列</source>
        <translation>a required column is missing</translation>
    </message>
    <message>
        <source>数据超过 {max} 行，单次最多导入 {max} 行。请拆分文件。</source>
        <translation>more than {max} data rows; at most {max} rows can be imported at once. Please split the file.</translation>
    </message>
    <message>
        <source>文件只有表头，没有数据行。</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>必填，不能为空</source>
        <translation>required, must not be empty</translation>
    </message>
    <message>
        <source>导入 {file}（新增 {n} 条，更新 {u} 条）</source>
        <translation>Import of {file} ({n} added, {u} updated)</translation>
    </message>
    <message>
        <source>这一行比表头多出 {n} 个单元格</source>
        <translation>this row has more cells than the header (extra cells: {n})</translation>
    </message>
    <message>
        <source>第 {row} 行：</source>
        <translation>Row {row}: </translation>
    </message>
    <message>
        <source>字体中没有“{chars}”的字形，屏幕和 PDF 上会显示为 □</source>
        <translation>The font has no glyphs for &quot;{chars}&quot;; they will show as □ on screen and in PDFs</translation>
    </message>
    <message>
        <source>“{name}”与第 {row} 行的{other}重复</source>
        <translation>&quot;{name}&quot; duplicates {other} in row {row}</translation>
    </message>
    <message>
        <source>“{name}”对应目录中多个{kind}：{others}；请写全称或统一社会信用代码</source>
        <translation>&quot;{name}&quot; matches several {kind} in the catalogue: {others}; give the full name or the unified social credit code</translation>
    </message>
    <message>
        <source>目录中已有{kind}“{other}”（名称或别名“{name}”相同）</source>
        <translation>The catalogue already has {kind} &quot;{other}&quot; (same name or alias &quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>“{key}”已被目录中的其他条目用作键，请换一个简称</source>
        <translation>&quot;{key}&quot; is already the key of another entry in the catalogue; please choose another short name</translation>
    </message>
    <message>
        <source>目录中没有产业链或环节“{name}”</source>
        <translation>the catalogue has no chain or segment &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>“{name}”不唯一，请写成 上级·名称：{choices}</source>
        <translation>&quot;{name}&quot; is ambiguous; write it as parent·name: {choices}</translation>
    </message>
    <message>
        <source>目录中没有{kind}“{name}”</source>
        <translation>the catalogue has no {kind} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>“{name}”对应多个{kind}，请写全称</source>
        <translation>&quot;{name}&quot; matches several entries ({kind}); please give the full name</translation>
    </message>
    <message>
        <source>正在检查 {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>正在准备写入…</source>
        <translation>Preparing to write…</translation>
    </message>
    <message>
        <source>正在写入 {n} 条…</source>
        <translation>Writing entries: {n}…</translation>
    </message>
    <message>
        <source>导入：{file}</source>
        <translation>Import: {file}</translation>
    </message>
    <message>
        <source>导入日期；数据来自文件 {file}</source>
        <translation>date of import; data from the file {file}</translation>
    </message>
    <message>
        <source>{file} 第 {row} 行</source>
        <translation>{file}, row {row}</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>正在更新检索和筛选数据…</source>
        <translation>Updating the search and filter data…</translation>
    </message>
    <message>
        <source>不支持的类别：{kind}（可选：{kinds}）</source>
        <translation>Unsupported kind: {kind} (choose from: {kinds})</translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation>Please choose from the list</translation>
    </message>
    <message>
        <source>{kind}导入模板 · 数据字典</source>
        <translation>Import template for {kind} · data dictionary</translation>
    </message>
    <message>
        <source>在“数据”表中每行填写一条{kind}；带 * 的列必填。整份文件检查无误后才会导入。</source>
        <translation>In the data sheet, fill in one entry ({kind}) per row; columns marked * are required. Nothing is imported until the whole file passes the checks.</translation>
    </message>
</context>
<context>
    <name>InsightTabs</name>
    <message>
        <source>产业链图谱</source>
        <translation>Chain map</translation>
    </message>
    <message>
        <source>园区看板</source>
        <translation>Park dashboard</translation>
    </message>
    <message>
        <source>进展时间轴</source>
        <translation>Progress timeline</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>产业链</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <source>配套设施</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>园区数据</source>
        <translation>Park figures</translation>
    </message>
    <message>
        <source>产业链环节</source>
        <translation>Chain segment</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>链上角色</source>
        <translation>Role in the chain</translation>
    </message>
    <message>
        <source>标签与荣誉</source>
        <translation>Tags and honours</translation>
    </message>
    <message>
        <source>所在载体</source>
        <translation>Located in</translation>
    </message>
    <message>
        <source>关联机构</source>
        <translation>Related organisations</translation>
    </message>
    <message>
        <source>所属企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源报道</source>
        <translation>Source article</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>定位</source>
        <translation>Positioning</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>关联依据</source>
        <translation>Link basis</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <source>预计</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>产业体系</source>
        <translation>Industrial system</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>报道明确</source>
        <translation>stated in the article</translation>
    </message>
    <message>
        <source>推断</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>所在产业链</source>
        <translation>Industrial chain</translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation>Members of the chain</translation>
    </message>
    <message>
        <source>入驻主体</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>投资方</source>
        <translation>Investors</translation>
    </message>
    <message>
        <source>投资对象</source>
        <translation>Investments</translation>
    </message>
    <message>
        <source>建设方</source>
        <translation>Builder</translation>
    </message>
    <message>
        <source>承建项目</source>
        <translation>Projects built</translation>
    </message>
    <message>
        <source>运营方</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>运营对象</source>
        <translation>Operates</translation>
    </message>
    <message>
        <source>隶属于</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>下设</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>服务方</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>客户与市场</source>
        <translation>Customers and markets</translation>
    </message>
    <message>
        <source>供应方</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>阶段日期</source>
        <translation>Stage date</translation>
    </message>
    <message>
        <source>金额（亿元）</source>
        <translation>Amount (CNY 100 million)</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>时期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>简介</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>界面语言将改为 %1，重新启动后生效。现在重新启动吗？</source>
        <translation>The interface language will change to %1 after a restart. Restart now?</translation>
    </message>
    <message>
        <source>现在重新启动</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>与界面相同</source>
        <translation>Same as the interface</translation>
    </message>
    <message>
        <source>仅中文</source>
        <translation>Chinese only</translation>
    </message>
    <message>
        <source>仅英文</source>
        <translation>English only</translation>
    </message>
    <message>
        <source>中英对照</source>
        <translation>Chinese and English</translation>
    </message>
    <message>
        <source>资料语言（导出与打印）</source>
        <translation>Handout language (export and print)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>目录分区</source>
        <translation>Catalogue sections</translation>
    </message>
    <message>
        <source>目录文件有损坏</source>
        <translation>The catalogue file is damaged</translation>
    </message>
    <message>
        <source>目录文件完整性检查通过。</source>
        <translation>The catalogue file passed the integrity check.</translation>
    </message>
    <message>
        <source>后退</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>后退（Alt+←）</source>
        <translation>Back (Alt+←)</translation>
    </message>
    <message>
        <source>前进</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>前进（Alt+→）</source>
        <translation>Forward (Alt+→)</translation>
    </message>
    <message>
        <source>打开目录…</source>
        <translation>Open catalogue…</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>复制摘要</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>关于…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开的目录</source>
        <translation>Recent catalogues</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>导航(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>下一个分区</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>上一个分区</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigate</translation>
    </message>
    <message>
        <source>（合成数据）</source>
        <translation> (synthetic data)</translation>
    </message>
    <message>
        <source>招商图鉴 — %1</source>
        <translation>Investment Atlas — %1</translation>
    </message>
    <message>
        <source>%1 · 数据截至 %2</source>
        <translation>%1 · data as of %2</translation>
    </message>
    <message>
        <source>打开目录</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <source>招商目录 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation>Investment catalogues (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>上次未完成的写入已撤销：{path}</source>
        <translation>The unfinished write from last time was undone: {path}</translation>
    </message>
    <message>
        <source>无法打开目录</source>
        <translation>Cannot open the catalogue</translation>
    </message>
    <message>
        <source>已复制摘要（含出处）。</source>
        <translation>Summary copied (with sources).</translation>
    </message>
    <message>
        <source>没有可复制的条目：请先在列表中选择一个。</source>
        <translation>Nothing to copy: please select an entry in the list first.</translation>
    </message>
    <message>
        <source>关于招商图鉴</source>
        <translation>About Investment Atlas</translation>
    </message>
    <message>
        <source>招商图鉴</source>
        <translation>Investment Atlas</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>来源报道</source>
        <translation>Source articles</translation>
    </message>
    <message>
        <source>目录文件</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <source>程序日志</source>
        <translation>Program log</translation>
    </message>
    <message>
        <source>软件版本</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>旧版目录</source>
        <translation>Older catalogue</translation>
    </message>
    <message>
        <source>现在转换一份副本并打开吗？副本保存在：{folder}</source>
        <translation>Convert a copy now and open it? The copy is saved in: {folder}</translation>
    </message>
    <message>
        <source>无法转换目录</source>
        <translation>Cannot convert the catalogue</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>选择 .xlsx 或 .csv 文件</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>下载此类的模板…</source>
        <translation>Download the template for this kind…</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>可选，例如“2025年园区招商台账”；默认用文件名</source>
        <translation>Optional, e.g. &quot;Park investment ledger 2025&quot;; the file name by default</translation>
    </message>
    <message>
        <source>来源名称</source>
        <translation>Source name</translation>
    </message>
    <message>
        <source>先检查文件：检查不会修改目录。整份文件没有问题时才能导入。</source>
        <translation>Check the file first: checking does not change the catalogue. The file can be imported only when it has no problems at all.</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>{kind}导入模板.xlsx</source>
        <translation>{kind} import template.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>请先选择要导入的文件。</source>
        <translation>Please choose the file to import first.</translation>
    </message>
    <message>
        <source>更新：</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>导出列表</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>{kind}列表.xlsx</source>
        <translation>{kind} list.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件（UTF-8） (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported to {path} (entries: {n})</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已取消导出。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>正在导出 {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>这个目录没有可以撤销的导入或修改。</source>
        <translation>This catalogue has no import or edit to undo.</translation>
    </message>
    <message>
        <source>撤销“{label}”（{time}）？这次写入的条目会被删除，改动会恢复原样。</source>
        <translation>Undo &quot;{label}&quot; ({time})? The entries it wrote will be deleted and its changes reverted.</translation>
    </message>
    <message>
        <source>已撤销：{label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>正在撤销…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>备份目录</source>
        <translation>Back up the catalogue</translation>
    </message>
    <message>
        <source>招商目录 (*.db)</source>
        <translation>Investment catalogues (*.db)</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>备份不能覆盖目录文件本身。</source>
        <translation>The backup must not overwrite the catalogue file itself.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>正在添加图片…</source>
        <translation>Adding the image…</translation>
    </message>
    <message>
        <source>无法添加图片</source>
        <translation>Cannot add the image</translation>
    </message>
    <message>
        <source>已为“{name}”添加图片；已写入工作副本 {path}</source>
        <translation>Image added to &quot;{name}&quot;; written to the working copy {path}</translation>
    </message>
    <message>
        <source>添加图片</source>
        <translation>Add image</translation>
    </message>
    <message>
        <source>请先在企业、项目或配套设施中选择一个条目。</source>
        <translation>Please select an enterprise, project or facility first.</translation>
    </message>
    <message>
        <source>选择图片</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 文件导入企业、项目、设施、机构或数据</source>
        <translation>Import enterprises, projects, facilities, organisations or figures from an Excel or CSV file</translation>
    </message>
    <message>
        <source>导出列表…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>把当前列表（按当前筛选条件）导出为 Excel 或 CSV</source>
        <translation>Export the current list (with its filters) as Excel or CSV</translation>
    </message>
    <message>
        <source>添加图片…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>为选中的企业、项目或配套设施添加照片或标志（也可把图片拖到详情上）</source>
        <translation>Add a photo or logo to the selected enterprise, project or facility (or drop an image on its details)</translation>
    </message>
    <message>
        <source>撤销上次导入或修改…</source>
        <translation>Undo last import or edit…</translation>
    </message>
    <message>
        <source>按目录文件里保存的记录，撤销最近一次导入或修改</source>
        <translation>Undo the most recent import or edit, using the record kept in the catalogue file</translation>
    </message>
    <message>
        <source>备份目录…</source>
        <translation>Back up catalogue…</translation>
    </message>
    <message>
        <source>把当前目录完整复制一份，保存到选定的位置</source>
        <translation>Save a complete copy of the current catalogue to a location of your choice</translation>
    </message>
    <message>
        <source>目录文件已被其他程序修改，已重新载入。</source>
        <translation>The catalogue file was changed by another program and has been reloaded.</translation>
    </message>
</context>
<context>
    <name>NewCatalogue</name>
    <message>
        <source>所在区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>所在功能区</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>所在城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>请填写园区名称。</source>
        <translation>Please enter the park&apos;s name.</translation>
    </message>
    <message>
        <source>园区名称过长（最多 200 个字符）。</source>
        <translation>The park&apos;s name is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>{path} 已存在；新建目录不会覆盖已有文件。</source>
        <translation>{path} already exists; a new catalogue never overwrites an existing file.</translation>
    </message>
    <message>
        <source>{park}招商图鉴</source>
        <translation>{park} investment catalogue</translation>
    </message>
    <message>
        <source>{park}的企业、项目、产业链、配套设施、机构与数据，每条事实注明出处。</source>
        <translation>Enterprises, projects, industrial chains, facilities, organisations and figures of {park}, every fact with its source.</translation>
    </message>
    <message>
        <source>新建目录…</source>
        <translation>New catalogue…</translation>
    </message>
    <message>
        <source>为另一个园区新建一个空目录，再导入它的数据</source>
        <translation>Create an empty catalogue for another park, then import its data</translation>
    </message>
</context>
<context>
    <name>NewCatalogueDialog</name>
    <message>
        <source>新建目录</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <source>园区全称</source>
        <translation>Full name of the park</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>园区名称</source>
        <translation>Park name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>新目录是空的：用“文件 → 导入…”按模板导入企业、项目、设施、机构和数据。</source>
        <translation>The new catalogue is empty: use File → Import… to import enterprises, projects, facilities, organisations and figures from the templates.</translation>
    </message>
    <message>
        <source>新建并打开</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <source>保存新目录</source>
        <translation>Save the new catalogue</translation>
    </message>
    <message>
        <source>招商目录 (*.db)</source>
        <translation>Investment catalogues (*.db)</translation>
    </message>
    <message>
        <source>请选择保存位置。</source>
        <translation>Please choose where to save it.</translation>
    </message>
    <message>
        <source>新目录</source>
        <translation>New catalogue</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>请先在列表中选择一个条目。</source>
        <translation>Please select an entry in the list first.</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>招商资料册</source>
        <translation>Investment brochure</translation>
    </message>
    <message>
        <source>正在生成招商资料册…</source>
        <translation>Making the investment brochure…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出资料册</source>
        <translation>Export brochure</translation>
    </message>
    <message>
        <source>打印全部单页</source>
        <translation>Print every sheet</translation>
    </message>
    <message>
        <source>每个条目各占一页；不勾选时，没有数据的条目合并列在名录页上</source>
        <translation>One page for every entry; unticked, entries without figures are listed together on directory pages</translation>
    </message>
    <message>
        <source>包括内部工作数据</source>
        <translation>Include internal working figures</translation>
    </message>
    <message>
        <source>也印出廉政、党建、督办等内部工作数据；资料册是给投资者的，一般不勾选</source>
        <translation>Also print internal working figures such as integrity, Party building and supervision; brochures are for investors, so this is usually left unticked</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>将当前列表（按当前筛选）导出为招商资料册。</source>
        <translation>Export the current list (with its filters) as an investment brochure.</translation>
    </message>
    <message>
        <source>已取消导出。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>已导出资料册：%1（%2 页）</source>
        <translation>Brochure exported: %1 (pages: %2)</translation>
    </message>
    <message>
        <source>无法导出资料册：%1</source>
        <translation>Cannot export the brochure: %1</translation>
    </message>
    <message>
        <source>正在生成招商资料册…（{done} / {total}）</source>
        <translation>Making the investment brochure… ({done} / {total})</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印预览：%1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>将选中条目导出为一页 PDF 资料</source>
        <translation>Export the selected entry as a one-page PDF fact sheet</translation>
    </message>
    <message>
        <source>导出资料册…</source>
        <translation>Export brochure…</translation>
    </message>
    <message>
        <source>将当前列表（按当前筛选）导出为招商资料册 PDF</source>
        <translation>Export the current list (with its filters) as an investment brochure PDF</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>编辑简介</source>
        <translation>Edit Profile</translation>
    </message>
    <message>
        <source>一两句话的概况</source>
        <translation>A sentence or two describing it</translation>
    </message>
    <message>
        <source>如 产业项目、孵化载体；可不填</source>
        <translation>e.g. 产业项目, 孵化载体; optional</translation>
    </message>
    <message>
        <source>简介</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>发布机构：</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>邮箱：</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>网址：</source>
        <translation>Web:</translation>
    </message>
    <message>
        <source>目录属性</source>
        <translation>Catalogue properties</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>园区：</source>
        <translation>Park:</translation>
    </message>
    <message>
        <source>版本：</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>发布信息（印在资料册封面和每页页脚）</source>
        <translation>Publisher (printed on the brochure cover and in every footer)</translation>
    </message>
    <message>
        <source>例如：某某园区招商服务中心</source>
        <translation>e.g. the park&apos;s investment service centre</translation>
    </message>
    <message>
        <source>https://…（资料册上印出二维码）</source>
        <translation>https://… (printed as a QR code on brochures)</translation>
    </message>
    <message>
        <source>选择标志…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>移除标志</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>标志：</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>保存时写入工作副本（内置目录不会被修改），可用“撤销上次导入或修改…”撤销。</source>
        <translation>Saving writes to the working copy (the bundled catalogue is never changed); &quot;Undo last import or edit…&quot; takes it back.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（无标志）</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>选择标志</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>已保存发布信息；已写入工作副本 {path}</source>
        <translation>Publisher details saved; written to the working copy {path}</translation>
    </message>
    <message>
        <source>无法保存发布信息</source>
        <translation>Could not save the publisher details</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>目录属性…</source>
        <translation>Catalogue properties…</translation>
    </message>
    <message>
        <source>查看目录的园区与版本，设置印在资料册上的发布机构、联系方式和标志</source>
        <translation>See the catalogue&apos;s park and edition; set the publisher, contact details and logo printed on brochures</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>不能发布到目录文件所在的位置：{path}（目录本身不会被修改，请换一个文件夹）</source>
        <translation>Cannot publish to where the catalogue file is: {path} (publishing never changes the catalogue itself; please choose another folder)</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>地址：{v}</source>
        <translation>Address: {v}</translation>
    </message>
    <message>
        <source>电话：{v}</source>
        <translation>Tel: {v}</translation>
    </message>
    <message>
        <source>邮箱：{v}</source>
        <translation>Email: {v}</translation>
    </message>
    <message>
        <source>网址：{v}</source>
        <translation>Web: {v}</translation>
    </message>
    <message>
        <source>无法读取 {name}：{error}</source>
        <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
        <source>发布机构标志</source>
        <translation>Publisher logo</translation>
    </message>
    <message>
        <source>修改发布信息</source>
        <translation>Publisher details changed</translation>
    </message>
    <message>
        <source>未知的发布信息字段：{names}</source>
        <translation>Unknown publisher fields: {names}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>园区概览</source>
        <translation>Park overview</translation>
    </message>
    <message>
        <source>产业链</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>载体与配套</source>
        <translation>Premises and facilities</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>选定的 {n} 项</source>
        <translation>the selected entries ({n})</translation>
    </message>
    <message>
        <source>类别：{kinds}</source>
        <translation>Kinds: {kinds}</translation>
    </message>
    <message>
        <source>{facet}：{values}</source>
        <translation>{facet}: {values}</translation>
    </message>
    <message>
        <source>关键词：{text}</source>
        <translation>Keywords: {text}</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>金额（亿元）</source>
        <translation>Amount (CNY 100 million)</translation>
    </message>
    <message>
        <source>封面</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>招商资料册</source>
        <translation>Investment brochure</translation>
    </message>
    <message>
        <source>招商资料册 · 选编</source>
        <translation>Investment brochure · selection</translation>
    </message>
    <message>
        <source>版本：{edition}</source>
        <translation>Edition: {edition}</translation>
    </message>
    <message>
        <source>生成日期：{date}</source>
        <translation>Made on: {date}</translation>
    </message>
    <message>
        <source>本册按以下条件选编：{filters}</source>
        <translation>This brochure is a selection by: {filters}</translation>
    </message>
    <message>
        <source>本册内容</source>
        <translation>In this brochure</translation>
    </message>
    <message>
        <source>{n} 份</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>关于数据</source>
        <translation>About the data</translation>
    </message>
    <message>
        <source>[n] 为来源编号，对应页脚或资料末尾列出的来源报道（日期与标题）；标注“（推算）”的内容由报道推算得出，依据可在应用中查看。</source>
        <translation>[n] is a source number, referring to the source articles (date and title) listed in the footer or at the end of the sheet; content marked &quot;(estimated)&quot; is worked out from the articles, and the basis can be seen in the app.</translation>
    </message>
    <message>
        <source>（{filters}）</source>
        <translation> ({filters})</translation>
    </message>
    <message>
        <source>{park}招商资料：园区概览、产业链、企业、项目与配套</source>
        <translation>{park} investment material: park overview, industrial chains, enterprises, projects and facilities</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>（续）</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>未细分环节</source>
        <translation>No segment given</translation>
    </message>
    <message>
        <source>链上企业</source>
        <translation>Enterprises in the chain</translation>
    </message>
    <message>
        <source>服务与合作</source>
        <translation>Services and partners</translation>
    </message>
    <message>
        <source>待补链</source>
        <translation>To fill</translation>
    </message>
    <message>
        <source>暂无园区企业 · 待补链</source>
        <translation>No park enterprise yet · to fill</translation>
    </message>
    <message>
        <source>已成链 · 暂无名单</source>
        <translation>Complete, no list</translation>
    </message>
    <message>
        <source>暂无园区企业资料</source>
        <translation>No park enterprise data yet</translation>
    </message>
    <message>
        <source>筛选后无</source>
        <translation>none after filtering</translation>
    </message>
    <message>
        <source>等另 {n} 家</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>链主企业</source>
        <translation>Chain leader</translation>
    </message>
    <message>
        <source>核心企业</source>
        <translation>Core enterprise</translation>
    </message>
    <message>
        <source>暂无名单 · 非待补链</source>
        <translation>No list yet · not to fill</translation>
    </message>
    <message>
        <source>★ 专精特新等荣誉</source>
        <translation>★ honours such as specialised-and-sophisticated SME</translation>
    </message>
    <message>
        <source>箭头方向：上游 → 下游</source>
        <translation>Arrows: upstream → downstream</translation>
    </message>
    <message>
        <source>{path}：这是一个文件夹，不能写成文件</source>
        <translation>{path}: this is a folder and cannot be written as a file</translation>
    </message>
    <message>
        <source>{path}：文件夹“{folder}”不存在</source>
        <translation>{path}: the folder &quot;{folder}&quot; does not exist</translation>
    </message>
    <message>
        <source>{path}：“{folder}”不是文件夹</source>
        <translation>{path}: &quot;{folder}&quot; is not a folder</translation>
    </message>
    <message>
        <source>{path}：没有写入权限</source>
        <translation>{path}: permission denied</translation>
    </message>
    <message>
        <source>{path}：{reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>[n] 为来源编号，来源注释列于本资料末尾。</source>
        <translation>[n] is a source number; the source notes are listed at the end of this sheet.</translation>
    </message>
    <message>
        <source>版本 {edition}</source>
        <translation>Edition {edition}</translation>
    </message>
    <message>
        <source>生成于 {date}</source>
        <translation>Made on {date}</translation>
    </message>
    <message>
        <source>第 {page} / {pages} 页</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>项目名片</source>
        <translation>Project profile</translation>
    </message>
    <message>
        <source>机构名片</source>
        <translation>Organisation profile</translation>
    </message>
    <message>
        <source>园区数据</source>
        <translation>Park figures</translation>
    </message>
    <message>
        <source>{park}招商资料</source>
        <translation>{park} investment material</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>所在环节</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>所属：{parent}</source>
        <translation>Part of: {parent}</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>Chain map</translation>
    </message>
    <message>
        <source>产业链图谱：园区企业所在环节</source>
        <translation>Chain map: the segments of the park&apos;s enterprises</translation>
    </message>
    <message>
        <source>待补链环节（招商方向）</source>
        <translation>Segments to fill (investment targets)</translation>
    </message>
    <message>
        <source>报道列为发展方向、园区目录中尚无企业的环节与链条。</source>
        <translation>Segments and chains that the articles name as development directions and in which the park catalogue has no enterprise yet.</translation>
    </message>
    <message>
        <source>尚无园区企业的链条</source>
        <translation>Chains without a park enterprise yet</translation>
    </message>
    <message>
        <source>暂无园区企业名单的环节</source>
        <translation>Segments without a list of park enterprises yet</translation>
    </message>
    <message>
        <source>报道称已形成全链条，目录中暂未列出这些环节的园区企业：</source>
        <translation>The articles say the whole chain is in place; the catalogue does not yet list the park enterprises in these segments:</translation>
    </message>
    <message>
        <source>目录中暂无这些环节的园区企业，报道亦未说明（不等于空白）：</source>
        <translation>The catalogue has no park enterprises in these segments yet, and the articles do not say (this does not mean the segments are empty):</translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation>Members of the chain</translation>
    </message>
    <message>
        <source>未披露</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <source>又称：</source>
        <translation>Also known as: </translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>时期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>英文为编者翻译；中文引文与来源为原文。</source>
        <translation>English text: editors&apos; translation. Chinese quotes and sources are the originals.</translation>
    </message>
    <message>
        <source>{period}（{year}年起）</source>
        <translation>{period} (from {year})</translation>
    </message>
    <message>
        <source>{period}（截至{year}年）</source>
        <translation>{period} (up to {year})</translation>
    </message>
    <message>
        <source>（{basis}）</source>
        <translation> ({basis})</translation>
    </message>
    <message>
        <source>{year}：{value}（已更新）</source>
        <translation>{year}: {value} (since updated)</translation>
    </message>
    <message>
        <source>（{when}）</source>
        <translation> ({when})</translation>
    </message>
    <message>
        <source>另有报道：{value}</source>
        <translation>Also reported: {value}</translation>
    </message>
    <message>
        <source>关键数据</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>日期未披露</source>
        <translation>date not disclosed</translation>
    </message>
    <message>
        <source>（推算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source> 等 {n} 个</source>
        <translation> and others, {n} in all</translation>
    </message>
    <message>
        <source>企业名片</source>
        <translation>Enterprise profile</translation>
    </message>
    <message>
        <source>上游</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>同环节</source>
        <translation>Same segment</translation>
    </message>
    <message>
        <source>下游</source>
        <translation>Downstream</translation>
    </message>
    <message>
        <source>同链其他</source>
        <translation>Elsewhere in the chain</translation>
    </message>
    <message>
        <source>同链</source>
        <translation>Same chain</translation>
    </message>
    <message>
        <source>链上角色</source>
        <translation>Role in the chain</translation>
    </message>
    <message>
        <source>产业体系</source>
        <translation>Industrial system</translation>
    </message>
    <message>
        <source>所在载体</source>
        <translation>Located in</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>简介</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>公开报道尚未披露该企业的经营数据；园区更新资料后将在新版中列出。</source>
        <translation>Public reports have not yet disclosed this enterprise&apos;s business figures; they will be listed in a later edition once the park updates its data.</translation>
    </message>
    <message>
        <source>发展历程</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>同链企业（园区内）</source>
        <translation>Enterprises in the same chain (in the park)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>概况与功能</source>
        <translation>Profile and functions</translation>
    </message>
    <message>
        <source>规模与数据</source>
        <translation>Scale and figures</translation>
    </message>
    <message>
        <source>建设进度</source>
        <translation>Construction progress</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>项目与投资</source>
        <translation>Projects and investment</translation>
    </message>
    <message>
        <source>空间载体</source>
        <translation>Space and premises</translation>
    </message>
    <message>
        <source>产业与企业</source>
        <translation>Industry and enterprises</translation>
    </message>
    <message>
        <source>交通与生活</source>
        <translation>Transport and amenities</translation>
    </message>
    <message>
        <source>（{what}）</source>
        <translation> ({what})</translation>
    </message>
    <message>
        <source>定位</source>
        <translation>Positioning</translation>
    </message>
    <message>
        <source>合作伙伴</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>园区速览</source>
        <translation>Park at a glance</translation>
    </message>
    <message>
        <source>载体、交通与生活配套</source>
        <translation>Premises, transport and amenities</translation>
    </message>
    <message>
        <source>平台与合作伙伴</source>
        <translation>Platforms and partners</translation>
    </message>
    <message>
        <source>{path}：无法创建文件</source>
        <translation>{path}: the file cannot be created</translation>
    </message>
    <message>
        <source>{kind}名录（{n}）</source>
        <translation>{kind} directory ({n})</translation>
    </message>
    <message>
        <source>以下{kind}暂无公开的经营数据，列出名称、产业链、阶段与简介（含报道所述要点）；园区更新资料后将以单页资料列出。</source>
        <translation>No business figures have been published yet for the entries below ({kind}); their name, industrial chain, stage and summary (with the points the articles make) are listed. Each will get its own sheet once the park updates its data.</translation>
    </message>
</context>
<context>
    <name>SafePaint</name>
    <message>
        <source>此视图无法绘制：目录中有无法显示的数据（%1）。其余功能不受影响。</source>
        <translation>This view cannot be drawn: the catalogue contains data that cannot be displayed (%1). Everything else works as usual.</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>搜索%1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <source>搜索%1：名称、简称、拼音或首字母（Ctrl+F）</source>
        <translation>Search %1: name in English or Chinese, short name, pinyin or initials (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1列表</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <source>清除所有筛选与搜索</source>
        <translation>Clear all filters and the search</translation>
    </message>
    <message>
        <source>目录中还没有%1。</source>
        <translation>The catalogue has no %1 yet.</translation>
    </message>
    <message>
        <source>没有符合条件的%1。
试试换个关键词、去掉部分筛选条件，或清除全部。</source>
        <translation>No %1 match.
Try other words, remove some filters, or clear them all.</translation>
    </message>
    <message>
        <source>没有可显示的条目。</source>
        <translation>No entries to show.</translation>
    </message>
    <message>
        <source>“%1”的其他结果：</source>
        <translation>Other results for &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>标签“%1” · %2 %3</source>
        <translation>Tag &quot;%1&quot; · %3 %2</translation>
    </message>
    <message>
        <source>数据“%1” · %2</source>
        <translation>Figure &quot;%1&quot; · %2</translation>
    </message>
    <message>
        <source>查询出错：%1</source>
        <translation>Query failed: %1</translation>
    </message>
    <message>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>正在列出结果……</source>
        <translation>Listing results…</translation>
    </message>
    <message>
        <source>显示 %1 / %2</source>
        <translation>Showing %1 / %2</translation>
    </message>
    <message>
        <source>显示的列</source>
        <translation>Columns shown</translation>
    </message>
</context>
<context>
    <name>StageChange</name>
    <message>
        <source>园区录入 {date}, {user}</source>
        <translation>Entered by the park {date}, {user}</translation>
    </message>
    <message>
        <source>“{stage}”不是允许的阶段。</source>
        <translation>&quot;{stage}&quot; is not an allowed stage.</translation>
    </message>
    <message>
        <source>日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”。</source>
        <translation>Write the date as YYYY, YYYY-MM or YYYY-MM-DD, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>只能为项目或企业更改阶段。</source>
        <translation>Only a project&apos;s or an enterprise&apos;s stage can be changed.</translation>
    </message>
    <message>
        <source>{name}：阶段 {stage}；日期 {date}</source>
        <translation>{name}: stage {stage}; date {date}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>；备注 {note}</source>
        <translation>; note {note}</translation>
    </message>
    <message>
        <source>园区录入的日期</source>
        <translation>Date of the park&apos;s entry</translation>
    </message>
    <message>
        <source>{name} 的阶段改为 {stage}（{user}）</source>
        <translation>Stage of {name} changed to {stage} ({user})</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>stage</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>更改阶段</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>阶段已更新；可用“撤销上次导入或修改…”撤销。</source>
        <translation>Stage updated; Undo last import or edit… takes it back.</translation>
    </message>
    <message>
        <source>请先在企业或项目列表中选中一个条目。</source>
        <translation>First select an entry in the enterprise or project list.</translation>
    </message>
    <message>
        <source>更改阶段…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <source>为选中的企业或项目记录新的阶段（日期、备注），可撤销</source>
        <translation>Record a new stage (date, note) for the selected enterprise or project; can be undone</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>出现意外错误，详情已写入错误报告。</source>
        <translation>An unexpected error occurred; the details were written to an error report.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TooLargeNotice</name>
    <message>
        <source>%1面向园区规模的目录（至多 %2 家企业），当前目录的企业多于此数。
请在“企业”“项目”等列表中用筛选和搜索查看。</source>
        <translation>The %1 is made for park-sized catalogues (up to %2 enterprises); this catalogue has more.
Please use the filters and search in the Enterprises, Projects and other lists.</translation>
    </message>
    <message>
        <source>目录过大，不绘制此视图</source>
        <translation>Catalogue too large; this view is not drawn</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>撤销记录已损坏，无法撤销。</source>
        <translation>The undo record is damaged; nothing can be undone.</translation>
    </message>
    <message>
        <source>没有可以撤销的导入或修改。</source>
        <translation>There is no import or edit to undo.</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>已取消；未做任何修改。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
</TS>
