<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktopapp/gui/app.py" line="79"/>
        <source>无法打开目录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desktopapp/gui/articledialog.py" line="17"/>
        <source>原文：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/articledialog.py" line="32"/>
        <source>未能在原文中定位这段引文。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../desktopapp/catalogue/connection.py" line="36"/>
        <source>无法读取文件 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/catalogue/connection.py" line="58"/>
        <source>{path} 由较新版本的程序生成（目录格式第 {version} 版），本程序只支持到第 {supported} 版。请升级程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/catalogue/connection.py" line="64"/>
        <source>{path} 不是完整的招商目录：缺少数据表 {table}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/catalogue/connection.py" line="69"/>
        <source>{path} 不是完整的招商目录：数据表 {table} 缺少列 {columns}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/catalogue/connection.py" line="73"/>
        <source>{path} 是旧版目录格式（第 {version} 版），需要先转换为第 {supported} 版。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../../desktopapp/gui/chips.py" line="87"/>
        <source>移除此筛选条件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="112"/>
        <source>产业链位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="135"/>
        <source>同链企业与项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="171"/>
        <location filename="../../desktopapp/gui/detailhtml.py" line="270"/>
        <location filename="../../desktopapp/gui/detailhtml.py" line="299"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="175"/>
        <source>进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="180"/>
        <source>日期未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="191"/>
        <source>关键数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="193"/>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="205"/>
        <source>各来源说法不一，此为当前值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="205"/>
        <source>较早来源的说法，已有更新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="219"/>
        <source>下级产业链与环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="240"/>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="260"/>
        <source>关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="286"/>
        <source>又称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="287"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="287"/>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="287"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="287"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailhtml.py" line="293"/>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="40"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="45"/>
        <source>复制摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="46"/>
        <source>将此条目的摘要（含出处）复制为文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="66"/>
        <source>在列表中选择一个条目，这里会显示它的概况、数据和出处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="74"/>
        <source>该条目已不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="102"/>
        <source>已复制（含出处）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/detailpane.py" line="119"/>
        <source>（原文此处跨行，已连接）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <location filename="../../desktopapp/gui/filterpane.py" line="32"/>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/filterpane.py" line="36"/>
        <source>清除全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktopapp/gui/filterpane.py" line="85"/>
        <source>已选 %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktopapp/labels.py" line="12"/>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="13"/>
        <location filename="../../desktopapp/labels.py" line="55"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="14"/>
        <location filename="../../desktopapp/labels.py" line="21"/>
        <location filename="../../desktopapp/labels.py" line="47"/>
        <location filename="../../desktopapp/labels.py" line="83"/>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="15"/>
        <source>配套设施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="16"/>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="17"/>
        <source>园区数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="22"/>
        <source>产业链环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="23"/>
        <location filename="../../desktopapp/labels.py" line="69"/>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="24"/>
        <source>链上角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="25"/>
        <source>标签与荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="26"/>
        <location filename="../../desktopapp/labels.py" line="56"/>
        <source>所在载体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="27"/>
        <source>关联机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="28"/>
        <location filename="../../desktopapp/labels.py" line="55"/>
        <source>所属企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="29"/>
        <location filename="../../desktopapp/labels.py" line="75"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="30"/>
        <location filename="../../desktopapp/labels.py" line="71"/>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="31"/>
        <source>来源报道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="32"/>
        <location filename="../../desktopapp/labels.py" line="73"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="33"/>
        <location filename="../../desktopapp/labels.py" line="74"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="34"/>
        <location filename="../../desktopapp/labels.py" line="81"/>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="35"/>
        <location filename="../../desktopapp/labels.py" line="80"/>
        <source>定位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="36"/>
        <location filename="../../desktopapp/labels.py" line="76"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="37"/>
        <location filename="../../desktopapp/labels.py" line="79"/>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="38"/>
        <source>关联依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="42"/>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="43"/>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="44"/>
        <source>预计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="45"/>
        <source>计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="46"/>
        <source>产业体系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="48"/>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="49"/>
        <source>报道明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="50"/>
        <source>推断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="54"/>
        <source>所在产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="54"/>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="56"/>
        <source>入驻主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="57"/>
        <source>合作方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="58"/>
        <source>投资方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="58"/>
        <source>投资对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="59"/>
        <source>建设方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="59"/>
        <source>承建项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="60"/>
        <source>运营方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="60"/>
        <source>运营对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="61"/>
        <source>隶属于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="61"/>
        <source>下设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="62"/>
        <source>服务对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="62"/>
        <source>服务方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="63"/>
        <source>客户与市场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="63"/>
        <source>供应方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="67"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="68"/>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="70"/>
        <source>阶段日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="72"/>
        <source>金额（亿元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="77"/>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="78"/>
        <source>时期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/labels.py" line="82"/>
        <source>简介</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="62"/>
        <source>后退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="64"/>
        <source>后退（Alt+←）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="66"/>
        <source>前进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="68"/>
        <source>前进（Alt+→）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="70"/>
        <source>打开目录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="73"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="76"/>
        <source>复制摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="79"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="82"/>
        <source>关于…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="85"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="90"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="93"/>
        <location filename="../../desktopapp/gui/mainwindow.py" line="99"/>
        <source>导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="96"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="136"/>
        <source>（合成数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="137"/>
        <source>招商图鉴 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="140"/>
        <source>%1 · 数据截至 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="200"/>
        <source>打开目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="200"/>
        <source>招商目录 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="209"/>
        <source>无法打开目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/mainwindow.py" line="244"/>
        <source>关于招商图鉴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="29"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="118"/>
        <source>园区概览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="29"/>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="58"/>
        <source>产业链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="30"/>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="30"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="31"/>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="28"/>
        <source>载体与配套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="31"/>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="92"/>
        <source>封面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="107"/>
        <source>招商资料册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="113"/>
        <source>版本：{edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="114"/>
        <source>生成日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="116"/>
        <source>本册内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="117"/>
        <source>{n} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="120"/>
        <source>关于数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="122"/>
        <source>每页页脚列出该页数据的来源报道（标题与日期），表中 [n] 为来源编号；标注“推断”的产业链归属为编者根据报道归类。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="128"/>
        <location filename="../../desktopapp/reports/brochure.py" line="130"/>
        <location filename="../../desktopapp/reports/brochure.py" line="132"/>
        <location filename="../../desktopapp/reports/brochure.py" line="189"/>
        <source>目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/brochure.py" line="130"/>
        <location filename="../../desktopapp/reports/sheets/common.py" line="51"/>
        <source>（续）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="135"/>
        <source>未细分环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="135"/>
        <location filename="../../desktopapp/reports/chainmap.py" line="282"/>
        <source>链上企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="220"/>
        <source>待补链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="275"/>
        <source>等另 {n} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="281"/>
        <source>链主企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="281"/>
        <source>核心企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/chainmap.py" line="296"/>
        <source>箭头方向：上游 → 下游</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="48"/>
        <source>错误：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="56"/>
        <source> 最接近的有：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="58"/>
        <source>找不到{kind}“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="68"/>
        <source>请给出名称，例如：factsheet enterprise 华虹仪表 -o sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="74"/>
        <source>“{name}”不唯一：{names}。请用键名指定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="81"/>
        <source>已写入 {path}（{pages} 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="139"/>
        <source>
已取消，未写入文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="141"/>
        <source>；未安装 pypdf，无书签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/commands.py" line="142"/>
        <source>已写入 {path}（{pages} 页，{sheets} 份资料，{secs:.1f} 秒{note}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/document.py" line="80"/>
        <source>……（来源注释另有 {n} 行从略）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/document.py" line="91"/>
        <source>版本 {edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/document.py" line="92"/>
        <source>生成于 {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/document.py" line="102"/>
        <source>第 {page} / {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/__init__.py" line="34"/>
        <source>项目名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/__init__.py" line="34"/>
        <source>机构名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/__init__.py" line="35"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="128"/>
        <source>园区数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="35"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="36"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="37"/>
        <source>所在环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="38"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="39"/>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="40"/>
        <source>关联依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="49"/>
        <source>所属：{parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="51"/>
        <source>产业链图谱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="57"/>
        <source>产业链图谱：园区企业所在环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="66"/>
        <source>待补链环节（招商方向）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/chain.py" line="75"/>
        <source>链上主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="21"/>
        <source>未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="75"/>
        <source>又称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="105"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="26"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="106"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="27"/>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="107"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="28"/>
        <source>时期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="108"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="30"/>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="109"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="31"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="119"/>
        <source>（{basis}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="132"/>
        <source>关键数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="148"/>
        <source>日期未披露</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="150"/>
        <source>（推算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/common.py" line="166"/>
        <source> 等 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="51"/>
        <source>企业名片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="55"/>
        <source>（编者推断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="59"/>
        <source>链上角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="60"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="124"/>
        <source>产业体系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="61"/>
        <source>所在载体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="62"/>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="33"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="65"/>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="31"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="69"/>
        <source>简介</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="73"/>
        <source>公开报道尚未披露该企业的经营数据；园区更新资料后将在新版中列出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="77"/>
        <source>发展历程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="84"/>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="46"/>
        <source>关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="90"/>
        <source>同链企业（园区内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/enterprise.py" line="93"/>
        <source>等 {n} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="32"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="36"/>
        <source>概况与功能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="38"/>
        <source>规模与数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/facility.py" line="41"/>
        <source>建设进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/park.py" line="29"/>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/park.py" line="75"/>
        <location filename="../../desktopapp/reports/sheets/park.py" line="86"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/park.py" line="132"/>
        <source>载体、交通与生活配套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/reports/sheets/park.py" line="136"/>
        <source>平台与合作伙伴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="69"/>
        <source>搜索%1：名称、简称、拼音或首字母（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="124"/>
        <source>清除所有筛选与搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="245"/>
        <source>目录中还没有%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="248"/>
        <source>没有符合条件的%1。
试试换个关键词、去掉部分筛选条件，或清除全部。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="257"/>
        <source>没有可显示的条目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="263"/>
        <source>查询出错：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="273"/>
        <source>搜索：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="282"/>
        <source>显示 %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/gui/section.py" line="345"/>
        <source>显示的列</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
