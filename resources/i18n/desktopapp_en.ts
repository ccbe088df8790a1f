<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>无法打开目录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>原文：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能在原文中定位这段引文。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>{path} 已损坏（完整性检查未通过），部分数据可能无法读取。请换用一份完好的副本（例如备份）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 是旧版目录格式（第 {version} 版），本程序使用第 {supported} 版。可以把它转换为一份新格式的副本后打开，原文件保持不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能修改工作副本，不能直接修改 {path}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 正被其他程序锁定，暂时无法写入。请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转换后的副本不能覆盖原文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 的目录格式（第 {version} 版）无法转换。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainMapView</name>
    <message>
        <source>+ 还有 {n} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适应窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整张图谱放入窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适应宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图谱宽度放满窗口（默认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小（Ctrl+滚轮）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大（Ctrl+滚轮）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将当前图谱导出为图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将当前图谱导出为一页矢量 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（整个体系）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录中还没有产业链。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图谱：%1 · 企业 %2 家 · 项目 %3 个 · 待补链环节 %4 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已筛选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击展开全部 %1 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 家：点击打开按此环节筛选的企业列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：园区暂无企业，为补链招商方向。点击查看来源所述。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：点击查看环节详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源所述同上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源报道未述及此环节的企业。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……等 %1 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业 %1 家 · 项目 %2 个 · 待补链环节 %3 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：%1 · 数据截至 %2 · 企业所在环节含编者推断（见各企业详情）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>移除此筛选条件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>完整报告已写入：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整报告无法写入日志文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到意外错误，刚才的操作可能没有完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序会继续运行。如果问题反复出现，请把这份报告发给维护人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>截至%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间未说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引资与投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核心指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区口径；每项注明年份与来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，点击查看原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不同口径（当年、累计、目标）分列显示，从不相加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目推进漏斗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前阶段计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；点击数字打开相应列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2：%3 个 — 点击打开列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有未标注阶段：项目 %1 个，企业 %2 家（来源未说明进展）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配套设施与载体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按类别与状态计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；点击打开设施列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态未说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期见于报道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期为推断（如“去年10月”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浅色条：报道只给出年份或月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>速度记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源报道中没有带日期的进展。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击查看详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（推断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（日期为推断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期未说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：%1 · 数据截至 %2 · 数值均按报道原文，口径见各项标注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区数据 %1 项 · 图表 %2 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展时间轴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展时间轴 · 带日期的阶段与速度记录 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（另有 %1 个未显示）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>产业链位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同链企业与项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关键数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各来源说法不一，此为当前值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较早来源的说法，已有更新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级产业链与环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>又称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将此条目的摘要（含出处）复制为文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在列表中选择一个条目，这里会显示它的概况、数据和出处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该条目已不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制（含出处）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（原文此处跨行，已连接）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（亿元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无（全部条目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能导出为 .csv 或 .xlsx 文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>招商图鉴导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已选 %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 是空文件，不是图片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 太大（{mb} MB），图片不能超过 25 MB。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的尺寸过大（{w}×{h} 像素），可能是恶意构造的文件，已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 解压后过大，可能是恶意构造的文件，已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 不是可识别的图片（支持 JPEG、PNG、WebP、GIF、BMP、TIFF）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已损坏或不完整，无法读取（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片类型只能是 photo（照片）或 logo（标志）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取 {name}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能给企业、项目或配套设施添加图片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自文件 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 最接近的有：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到企业、项目或配套设施“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”对应多个条目：{names}。请写全称。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>第 {row} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，“{column}”列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}：{rows} 行数据，发现 {n} 个问题，未导入任何内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从 {file} 导入 {n} 条{kind}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}：{rows} 行数据全部通过检查，可导入 {n} 条{kind}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 太大（{mb} MB），单次导入的文件不能超过 50 MB。请拆分后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}：只能导入 .csv 或 .xlsx 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 中没有表头和数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 的编码无法识别，请另存为 UTF-8 编码的 CSV。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是文本格式的 CSV 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是有效的 CSV 文件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是有效的 Excel（.xlsx）文件，或已损坏。请用 Excel 重新保存后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过长（{n} 个字符，最多 {max} 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有不可见的控制字符，请删除后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为整数，而不是“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份 {value} 不合理，应为四位年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为数字（不带单位），而不是“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为数字，而不是“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位数字或大写字母，“{value}”不符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是允许的值；可选：{choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持导入的类别：{kind}（可选：{kinds}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一列有数据但没有表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的列名。{kind}可用的列：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列名重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少必填的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据超过 {max} 行，单次最多导入 {max} 行。请拆分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件只有表头，没有数据行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填，不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一行比表头多出 {n} 个单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”与第 {row} 行的{other}重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录中已有{kind}“{other}”（名称或别名“{name}”相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}”已被目录中的其他条目用作键，请换一个简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录中没有产业链或环节“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不唯一，请写成 上级·名称：{choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录中没有{kind}“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”对应多个{kind}，请写全称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入：{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入日期；数据来自文件 {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} 第 {row} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的类别：{kind}（可选：{kinds}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}导入模板 · 数据字典</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在“数据”表中每行填写一条{kind}；带 * 的列必填。整份文件检查无误后才会导入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightTabs</name>
    <message>
        <source>产业链图谱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展时间轴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配套设施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签与荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在载体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源报道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业体系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报道明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入驻主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合作方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投资方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投资对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承建项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运营方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运营对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隶属于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户与市场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>供应方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（亿元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简介</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>界面语言将改为 %1，重新启动后生效。现在重新启动吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在重新启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>目录文件有损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录文件完整性检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后退（Alt+←）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前进（Alt+→）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开目录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（合成数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>招商图鉴 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 数据截至 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>招商目录 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于招商图鉴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>旧版目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在转换一份副本并打开吗？副本保存在：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法转换目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择 .xlsx 或 .csv 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下载此类的模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可选，例如“2025年园区招商台账”；默认用文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先检查文件：检查不会修改目录。整份文件没有问题时才能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择要导入的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已写入工作副本：{path}
写入前的备份：{backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}列表.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件（UTF-8） (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法添加图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已为“{name}”添加图片；已写入工作副本 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在企业、项目或配套设施中选择一个条目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 文件导入企业、项目、设施、机构或数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出列表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前列表（按当前筛选条件）导出为 Excel 或 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的企业、项目或配套设施添加照片或标志（也可把图片拖到详情上）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择一个条目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>招商资料册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成招商资料册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出资料册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出资料册：%1（%2 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将选中条目导出为一页 PDF 资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出资料册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将当前列表（按当前筛选）导出为招商资料册 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>园区概览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载体与配套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>封面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>招商资料册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本：{edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本册内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每页页脚列出该页数据的来源报道（标题与日期），表中 [n] 为来源编号；标注“推断”的产业链归属为编者根据报道归类。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（续）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未细分环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务与合作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选后无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等另 {n} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链主企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核心企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ 专精特新等荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>箭头方向：上游 → 下游</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 最接近的有：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到{kind}“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请给出名称，例如：factsheet enterprise 华虹仪表 -o sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不唯一：{names}。请用键名指定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
已取消，未写入文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；未安装 pypdf，无书签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页，{sheets} 份资料，{secs:.1f} 秒{note}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……（来源注释另有 {n} 行从略）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本 {edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成于 {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {page} / {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>园区数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属：{parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业链图谱：园区企业所在环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补链环节（招商方向）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>又称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{basis}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关键数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（推算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 等 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（编者推断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>链上角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业体系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在载体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简介</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开报道尚未披露该企业的经营数据；园区更新资料后将在新版中列出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发展历程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同链企业（园区内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等 {n} 余家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等 {n} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概况与功能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规模与数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载体、交通与生活配套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台与合作伙伴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>搜索%1：名称、简称、拼音或首字母（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除所有筛选与搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录中还没有%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的%1。
试试换个关键词、去掉部分筛选条件，或清除全部。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可显示的条目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询出错：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在列出结果……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示的列</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TooLargeNotice</name>
    <message>
        <source>%1面向园区规模的目录（至多 %2 家企业），当前目录的企业多于此数。
请在“企业”“项目”等列表中用筛选和搜索查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录过大，不绘制此视图</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
