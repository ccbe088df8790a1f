"""Synthetic catalogues for scale tests and benchmarks (`desktopapp synth --enterprises N -o FILE`).

A synthetic catalogue has exactly the schema of a built one (`schema.create` and `schema.create_fts`), and
every table is filled the way `build.py` fills it, derived columns and `facet_values` included: chains
with levels, parents and ordinals; enterprises with aliases, pinyin, stages, facts (a few in
conflict between two reports), tags and links; projects, facilities, organisations and park figures.
Every fact, stage, tag, alias, link and mention cites a quote that is an exact substring of a synthetic
article: each article's text is made of the quotes that cite it. Shapes are skewed as in real data
(a few chains, stages and tags hold most enterprises). Everything is fictitious, and marked so: the meta
row `synthetic` is "1", every entity's `synthetic` column is 1 and the park's scope labels say 合成.

The output depends only on the number of enterprises and the seed. A million enterprises take a few
minutes on two cores: rows are generated in chunks and written with `executemany` in one transaction
without a journal; each chunk's rows go into the trigram index in a background thread (one SQL statement
that runs without the GIL) while Python generates the next chunk; indexes are created after the data;
pinyin and sort keys are assembled from keys precomputed per word (and checked against `textkeys` by the
tests). Then `derive.seal` writes the packed arrays and the generation, as after every write.
"""

from __future__ import annotations

import math
import os
import random
import sqlite3
import threading
import time
from bisect import bisect
from itertools import accumulate
from pathlib import Path
from typing import TextIO

import sqlite_utils

from desktopapp.catalogue import paths, schema
from desktopapp.index import textkeys
from desktopapp.write.derive import OUTPUT_FIELDS as _OUTPUT_FIELDS
from desktopapp.write.derive import to_yi as _to_yi
from desktopapp.write.derive import year_of as _year_of
from desktopapp.catalogue.numtext import number_text
from desktopapp.index.textkeys import pinyin_keys

CHUNK = 5_000  # enterprises generated and written per step
ENTERPRISES_PER_ARTICLE = 250  # each synthetic report covers this many enterprises (and their projects)
OTHERS_PER_ARTICLE = 100  # facilities, organisations and figures per report
PROJECTS_PER_ENTERPRISE = 0.3
CACHE_KB = 64 * 1024  # SQLite page cache while writing
MMAP_BYTES = 1 << 40
FTS_HASH_SIZE = 32 * 1024 * 1024  # FTS5 in-memory buffer while building (default 1 MB: many more merges)

SCOPE_LABELS = {
    "park": "合成测试园区", "district": "合成测试区", "science_city": "合成科学城", "city": "重庆市", "other": "其他",
}
PARK = SCOPE_LABELS["park"]

# ---------------------------------------------------------------------------------------------- word lists

# Two-character words of company names. Every word is two characters, so a name's parts are unambiguous;
# none is polyphonic in a way that changes its pinyin next to another word (checked by the tests).
WORDS = (
    "华虹 中科 光智 恒舰 斯泰 博远 鑫达 宏泰 汇智 嘉和 瑞丰 盛世 天成 正泰 金石 康宁 永安 海纳 聚源 众诚 "
    "信达 东方 西部 南山 北辰 远航 高科 新锐 卓越 领航 创维 美联 安泰 顺达 丰源 德润 泰和 和信 同创 智联 "
    "科达 华通 百川 万兴 千禧 亿联 兆丰 天宇 星辰 银河 宇航 云帆 雷鸣 电通 精工 精诚 至诚 立信 立达 宝华 "
    "宝丰 华宇 华瑞 华泰 华晨 华盛 华源 华星 华安 华科 华创 中晨 中恒 中天 中联 中鼎 中信 中盛 中海 嘉陵 "
    "缙云 渝新 渝川 巴蜀 川渝 巴山 蜀道 锦程 锦华 锦绣 金桥 金鼎 金马 金鹰 金辉 金诺 银泰 铭泰 铭扬 明德 "
    "明远 明辉 启航 启明 启迪 睿智 睿思 睿达 捷达 迅捷 迅达 飞扬 飞跃 腾飞 腾达 腾龙 龙腾 龙威 龙翔 凤凰 "
    "鸿运 鸿达 鸿图 宏图 宏达 宏远 弘毅 永盛 永兴 永泰 兴隆 兴业 兴旺 昌盛 昌达 隆鑫 隆泰 富源 富达 丰华 "
    "丰泽 润泽 润达 泽华 泓源 源通 通达 通泰 顺泰 顺鑫 安达 安盛 安捷 康达 康泰 益康 益达 佳和 佳源 嘉禾 "
    "嘉盛 嘉瑞 瑞达 瑞泰 瑞祥 祥和 祥瑞 吉祥 福瑞 福达 福星 鼎盛 鼎泰 鼎新 新华 新泰 新达 新源 新宇 宇通 "
    "天华 天泰 天润 天恒 天衡 恒达 恒信 恒源 恒瑞 恒泰 恒盛 恒星 诚信 诚达 信诚 信恒 君安 君泰 国泰 国信 "
    "国科 国创 科瑞 科华 科兴 科力 力拓 拓普 拓新 开元 开拓 远大 远景 远东 东信 东华 东泰 南华 西南 北方 "
    "北斗 九州 九天 三峡 五洲 四海 万通 万嘉 百嘉 百盛 千里 千帆 海川 海天 海融 融通 汇通 汇源 汇鑫 鑫源"
).split()

# Industry words of company names, most common first (Zipf-weighted).
INDUSTRIES = (
    "科技 电子 智能 仪表 传感 精密 新材料 机电 光电 医药 生物 半导体 汽车部件 摩托车 新能源 环保 "
    "信息技术 软件 检测 装备 机械 数据 微电子 通信 实业 工业"
).split()

# Name patterns: (template, weight); {w} are words, {i} the industry word.
PATTERNS = (
    ("重庆{w1}{w2}{i}有限公司", 45),
    ("{w1}{w2}(重庆){i}有限公司", 15),
    ("重庆{w1}{w2}{w3}{i}有限公司", 20),
    ("重庆市{w1}{w2}{i}股份有限公司", 10),
    ("重庆{w1}{w2}{i}集团有限公司", 10),
)
_PATTERN_PARTS = (  # (prefix, infix after the words, suffix) of each pattern, for pinyin
    ("重庆", "", "有限公司"),
    ("", "(重庆)", "有限公司"),
    ("重庆", "", "有限公司"),
    ("重庆市", "", "股份有限公司"),
    ("重庆", "", "集团有限公司"),
)

CHAIN_NAMES = (
    "智能传感器 仪器仪表 新能源汽车 高端摩托车 电子信息制造 智能装备 生物医药 医疗器械 新材料 软件和信息服务 "
    "集成电路 功率半导体 新型显示 新型储能 节能环保 航空航天 卫星互联网 人工智能 工业互联网 数字内容 "
    "现代物流 检验检测 绿色建材 食品加工 智能家居 工业机器人 光电子 精密制造 氢能 动力电池 汽车电子 低空经济 "
    "北斗导航 大数据 区块链 云计算 现代中药 化学药 合成生物 高分子材料 金属材料 纺织服装 文化旅游 康养 "
    "智慧农业 数字金融 科技服务 商贸服务"
).split()

SYSTEMS = (
    ("1+3+X", "“1+3+X”现代产业体系", "park"),
    ("3238", "“3238”现代制造业集群体系", "science_city"),
    ("33618", "“33618”现代制造业集群体系", "city"),
    ("4+4+X", "“4+4+X”主导产业体系", "district"),
    ("2+6+X", "“2+6+X”产业规划", "city"),
    ("5+X", "“5+X”未来产业体系", "science_city"),
    ("1+2+N", "“1+2+N”特色产业体系", "park"),
    ("6+1", "“6+1”服务业体系", "district"),
)
CHAINS_PER_SYSTEM = 6
TIERS = ("核心", "重点", "重点", "特色", "特色优势", "未来")
SEGMENT_TEMPLATES = (
    ("材料", "研发设计", "生产制造", "封装测试", "应用服务"),
    ("原材料", "核心部件", "整机制造", "系统集成", "运营服务"),
    ("研发", "中试", "生产", "流通", "应用"),
    ("基础软件", "平台开发", "系统集成", "数据服务", "行业应用"),
    ("上游材料", "关键零部件", "总装制造", "检测认证", "售后服务"),
)
SEGMENT_WEIGHTS = (14, 18, 38, 15, 15)
_DIGITAL = ("软件", "数据", "互联网", "云", "区块链", "人工智能", "数字", "金融", "服务", "物流", "旅游", "康养")
_LIFE = ("生物", "医", "药")


def _segment_templates(chain: str) -> tuple[int, ...]:
    """The segment templates that suit a chain: digital and services, life sciences, or manufacturing."""
    if any(w in chain for w in _DIGITAL):
        return (3,)
    if any(w in chain for w in _LIFE):
        return (2,)
    return (0, 1, 4)

ENTERPRISE_STAGES = (  # current stage: weight (Zipf-like)
    ("投产", 30), ("签约", 18), ("落地", 12), ("在谈", 9), ("入驻", 9), ("达产", 6), ("线索", 4), ("孵化", 4),
    ("延期", 1.5), ("停滞", 1), ("终止", 0.5),
)
ENTERPRISE_PATHS = {  # stages that lead to the current one (in schema order)
    "线索": (), "在谈": ("线索",), "签约": ("线索", "在谈"), "落地": ("在谈", "签约"), "入驻": ("签约", "落地"),
    "投产": ("签约", "落地", "入驻"), "达产": ("签约", "入驻", "投产"), "孵化": ("签约", "入驻"),
    "延期": ("在谈", "签约"), "停滞": ("签约", "落地"), "终止": ("在谈", "签约"),
}
PROJECT_STAGES = (
    ("在建", 20), ("投产", 18), ("签约", 16), ("开工", 12), ("建成", 10), ("在谈", 8), ("达产", 5), ("落地", 4),
    ("延期", 3), ("停滞", 2), ("终止", 1),
)
PROJECT_PATHS = {
    "在谈": (), "签约": ("在谈",), "落地": ("签约",), "开工": ("签约", "落地"), "在建": ("签约", "开工"),
    "建成": ("签约", "开工", "在建"), "投产": ("签约", "开工", "建成"), "达产": ("开工", "建成", "投产"),
    "延期": ("签约",), "停滞": ("签约", "开工"), "终止": ("在谈", "签约"),
}
STAGE_VERBS = {
    "线索": "列入招商线索", "在谈": "进入洽谈", "签约": "签约落户", "落地": "项目落地", "入驻": "入驻园区",
    "孵化": "入孵培育", "开工": "开工建设", "在建": "进入主体施工", "建成": "建成", "投产": "正式投产",
    "达产": "实现达产", "延期": "投产延期", "停滞": "建设停滞", "终止": "终止合作",
}
_STAGE_ORDER = {s: i for i, s in enumerate(schema.STAGES + schema.SIDE_STAGES)}

ROLES = ((None, 40), ("配套", 46), ("核心", 12), ("链主", 2))
ROLE_PHRASES = {None: "", "配套": "，为链上配套企业", "核心": "，为链上核心企业", "链主": "，系该链链主企业"}

TAGS = (
    "高新技术企业 科技型中小企业 专精特新中小企业 重庆市“专精特新”企业 规上工业企业 创新型中小企业 "
    "国家级专精特新“小巨人” 瞪羚企业 市级企业技术中心 数字化车间 智能工厂 绿色工厂 知识产权优势企业 "
    "市级工程技术研究中心 园区重点招商企业 首批入驻企业 亩均效益A类企业 出口示范企业 质量标杆企业 "
    "国家级企业技术中心 国家级绿色工厂 博士后科研工作站 市级重点实验室 重庆市民营企业100强 拟上市企业 "
    "上市企业 制造业单项冠军 独角兽企业 国家级技术创新示范企业 重庆市百强企业"
).split()

PRODUCTS = (
    "压力传感器 温度传感器 智能电表 流量计 光纤传感器 气体传感器 电能计量仪表 工业控制器 伺服电机 减速器 "
    "锂电池模组 电池管理系统 车载显示屏 汽车线束 摩托车发动机 精密模具 数控机床 工业机器人 光学镜头 激光器 "
    "功率模块 芯片封装 电子元器件 印制电路板 医用耗材 体外诊断试剂 中成药 原料药 生物制剂 医用敷料 "
    "高分子材料 特种合金 复合材料 环保设备 污水处理设备 检测仪器 工业软件 智慧园区平台 物联网模组 通信设备"
).split()
APPLICATIONS = (
    "智能电网 新能源汽车 航空航天 轨道交通 消费电子 医疗健康 工业自动化 智慧城市 环境监测 石油化工 "
    "智能家居 通信基站 国防军工 农业物联网"
).split()
LABS = ("市级企业技术中心", "省级工程研究中心", "院士专家工作站", "博士后工作站", "联合实验室", "研发中心")
UNIVERSITIES = ("西南大学", "重庆大学", "重庆邮电大学", "重庆理工大学", "重庆交通大学", "重庆师范大学",
                "重庆工商大学", "重庆科技大学")
MARKETS = ("全国20多个省市", "东南亚", "欧美", "中东和非洲", "“一带一路”沿线国家", "成渝地区")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国 志强 海涛 晓东 永红 国华 明 伟 静 磊 军 洋 勇 艳 杰 涛 超 敏 芳 俊 强 平 刚 鹏 华 斌 宇 浩 凯 鑫 丽 娟 霞 文 斌 立新 卫东 红梅 建华 春生 占阳".split()

FACT_FIELDS = (  # enterprise facts: (field, weight)
    ("年销售规模", 30), ("年产能", 25), ("员工人数", 20), ("主要产品", 15), ("董事长", 8), ("研发投入", 8),
    ("占地面积", 6), ("总投资", 6), ("预计产值", 4),
)
FACT_PHRASES = {
    "年销售规模": "年销售规模", "年产能": "年产能", "员工人数": "员工", "主要产品": "主要产品为", "董事长": "董事长",
    "研发投入": "年研发投入", "占地面积": "占地", "总投资": "总投资", "预计产值": "达产后预计产值",
}
CAPACITY_UNITS = ("万台", "万套", "万件", "万只", "吨", "万片")
PREFIXES = ("", "", "", "约", "超", "近", "突破")

PROJECT_TYPES = (  # (name suffix, category, weight)
    ("智能制造基地项目", "产业项目", 20), ("生产基地项目", "产业项目", 18), ("总部生产研发基地", "总部经济", 8),
    ("二期扩建项目", "产业项目", 10), ("技术改造项目", "技改项目", 10), ("研发中心项目", "研发平台", 8),
    ("智能工厂项目", "产业项目", 8), ("中试基地项目", "研发平台", 5), ("数字化车间改造项目", "技改项目", 6),
    ("产业园项目", "产业项目", 4), ("西南总部项目", "总部经济", 3),
)

PLACES = (
    "缙云 歇马 蔡家 水土 童家溪 施家梁 澄江 天生 北温泉 龙凤桥 东阳 复兴 三圣 静观 柳荫 金刀峡 天府 嘉陵 "
    "云谷 同兴 悦来 礼嘉 双凤 白羊 兴隆 思源 汇川 明月 青龙 凤栖 龙湖 金山 玉峰 翠云 云湖 秀湖 鹿山 虎溪 "
    "大学城 西永 曾家 含谷 金凤 白市驿 走马 陶家 西彭 铜罐 巴福 石板 华岩 中梁 歌乐 井口 童善 文星 东湖 南湖 "
    "北湖 西湖 月湖 星湖 春华 秋实 朝阳 晨曦 锦江 紫荆 丁香 玉兰 海棠 银杏 梧桐 香樟 青杠 红岩 碧泉 清溪"
).split()
FACILITY_TYPES = (  # (name suffix, category, weight)
    ("智能传感器产业园", "园中园", 6), ("标准厂房", "标准厂房", 14), ("创新创业街", "孵化载体", 5),
    ("人才公寓", "人才公寓", 8), ("科技企业孵化器", "孵化载体", 8), ("产业加速器", "孵化载体", 5),
    ("科创中心", "孵化载体", 6), ("检验检测中心", "公共服务", 4), ("超充站", "能源", 3),
    ("生活服务馆", "餐饮生活", 3), ("智能制造产业园", "园中园", 7), ("数字经济产业园", "园中园", 5),
    ("总部基地", "商业配套", 4), ("职工食堂", "餐饮生活", 2), ("商业综合体", "商业配套", 3),
    ("分布式光伏电站", "能源", 2), ("招商服务中心", "公共服务", 3), ("中试基地", "公共服务", 3),
    ("仓储物流中心", "公共服务", 3), ("邻里中心", "商业配套", 2), ("青年社区", "人才公寓", 2),
    ("医疗器械产业园", "园中园", 3), ("新材料产业园", "园中园", 3), ("电子信息产业园", "园中园", 3),
)
BUILDINGS = ("生产厂房", "研发楼", "智能生产线", "中试车间", "仓储中心")
HOST_CATEGORIES = ("园中园", "标准厂房", "孵化载体")
PHASES = ("", "一期", "二期", "三期")
FACILITY_STATUSES = (("建成", 60), ("在建", 25), ("规划", 15))

DISTRICTS = ("北碚区", "渝北区", "璧山区", "沙坪坝区", "九龙坡区", "江北区", "两江新区", "重庆高新区", "合川区", "江津区")
BUREAUS = ("经济和信息化委员会", "科学技术局", "商务委员会", "发展和改革委员会", "市场监督管理局", "生态环境局",
           "人力资源和社会保障局", "规划和自然资源局", "住房和城乡建设委员会", "投资促进中心", "税务局", "财政局")
BANKS = ("中国银行", "建设银行", "工商银行", "农业银行", "招商银行", "重庆银行", "重庆农村商业银行", "交通银行",
         "兴业银行", "中信银行", "浦发银行", "民生银行")
PLATFORMS = ("建设投资集团有限公司", "产业投资有限公司", "城市发展集团有限公司", "科创投资有限公司", "资产经营管理有限公司")
SERVICES = ("人力资源服务中心", "知识产权服务中心", "企业服务中心", "检验检测认证中心", "政务服务中心", "科技成果转化中心")
ORG_ACTIVITIES = ("召开园区企业座谈会", "出台支持产业发展的若干政策", "组织专题招商推介会", "开展政银企对接活动",
                  "举办产业链协同对接会", "开展“服务企业月”活动", "签署战略合作协议")

METRICS = (  # (metric, unit, median, is_count)
    ("协议引资", "亿元", 80.0, False), ("在谈企业数", "家", 25, True), ("规上企业数", "家", 60, True),
    ("工业总产值", "亿元", 150.0, False), ("固定资产投资", "亿元", 40.0, False), ("新增市场主体", "家", 800, True),
    ("签约项目数", "个", 30, True), ("高新技术企业数", "家", 90, True), ("研发投入强度", "%", 3.2, False),
    ("税收收入", "亿元", 12.0, False), ("新增绿道", "公里", 10, True), ("标准厂房面积", "万平方米", 60.0, False),
    ("专精特新企业数", "家", 40, True), ("就业人数", "万人", 3.5, False), ("新开工项目数", "个", 20, True),
    ("投产项目数", "个", 15, True), ("孵化科技型中小企业数", "家", 50, True), ("引进人才数", "人", 600, True),
)
FIGURE_PERIODS = ("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2020-2023", "未来3年", "“十四五”期间")
FIGURE_BASES = (("actual", 70), ("target", 15), ("expected", 8), ("plan", 7))
BASIS_WORDS = {"actual": "", "target": "目标", "expected": "预计", "plan": "计划"}
FIGURE_PREFIXES = ("", "约", "超", "近", "突破", "达到")

ARTICLE_YEARS = ((2019, 3), (2020, 5), (2021, 7), (2022, 9), (2023, 11), (2024, 13), (2025, 8))
LAST_MONTH = 2025 * 12 + 5  # 2025-06: the newest possible article
FIRST_MONTH = 2015 * 12  # 2015-01: the earliest stage date

# The columns synth writes, in the order of its row tuples (the schema's order when this was written).
# Columns the schema does not have (any more) are dropped; schema columns missing here stay NULL, and
# the tests fail until they are added.
LAYOUT = {
    "sources": ("id", "title", "date", "date_note", "scope", "file", "text"),
    "citations": ("id", "source_id", "quote", "joined", "as_of", "note"),
    "entities": (
        "id", "key", "kind", "name", "summary", "scope", "category", "status", "stage", "stage_date", "year",
        "amount", "metric", "value", "num", "unit", "period", "basis", "level", "tier", "parent_id", "ordinal",
        "aliases", "pinyin", "sort_key", "chains", "synthetic", "audience",
    ),
    "aliases": ("entity_id", "alias", "note", "citation_id"),
    "mentions": ("entity_id", "citation_id"),
    "facts": ("id", "entity_id", "field", "value", "num", "unit", "period", "as_of", "basis", "note",
              "citation_id", "conflict", "current"),
    "stages": ("id", "entity_id", "stage", "date", "date_inferred", "note", "citation_id"),
    "tags": ("entity_id", "tag", "citation_id"),
    "links": ("id", "src_id", "dst_id", "relation", "role", "basis", "note", "citation_id"),
    "facet_values": ("entity_id", "facet", "value", "label"),
}
_ENTITY_INDEX = {name: i for i, name in enumerate(LAYOUT["entities"])}

OTHER_TOPICS = {"fac": "载体建设", "org": "机构动态", "fig": "发展数据"}
INFERRED_NOTE = "合成数据：按主营产品推断所处环节。"
DATE_NOTE = "合成数据：日期随机生成。"


# ---------------------------------------------------------------------------------------------- helpers

def _cum(weights) -> tuple[list[float], float]:
    cw = list(accumulate(weights))
    return cw, cw[-1]


def _zipf(n: int, s: float = 1.0) -> tuple[list[float], float]:
    return _cum(1.0 / (r + 1) ** s for r in range(n))


def _py(text: str) -> tuple[str, str]:
    """Full pinyin and initials of a fragment, exactly as `textkeys.pinyin_keys` computes them."""
    from pypinyin import Style, lazy_pinyin

    full = [s for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalnum()]
    initials = [s for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore") if s.isascii() and s.isalnum()]
    return "".join(full).lower(), "".join(initials).lower()


_sk = _sort_key = textkeys.sort_key  # per fragment and per name: keys of fragments join into the name's


def _join_sk(*parts: str) -> str | None:
    """A name's sort key from its fragments' keys."""
    return " ".join(p for p in parts if p) or None


def _entity(**values) -> tuple:
    """An entity row (LAYOUT order) from keyword values; the rest NULL, synthetic 1."""
    row = [None] * len(LAYOUT["entities"])
    for name, value in values.items():
        row[_ENTITY_INDEX[name]] = value
    row[_ENTITY_INDEX["synthetic"]] = 1
    return tuple(row)


def _keys(*pairs: tuple[str, str]) -> str:
    """The pinyin column from each name's (full, initials), in `pinyin_keys`' format."""
    keys: list[str] = []
    for pair in pairs:
        for key in pair:
            if key and key not in keys:
                keys.append(key)
    return " ".join(keys)


def _month(m: int) -> str:
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def _month_text(m: int) -> str:
    return f"{m // 12}年{m % 12 + 1}月"


def _check_words() -> None:
    words, industries = set(WORDS), set(INDUSTRIES)
    assert len(WORDS) == len(words) >= 200 and all(len(w) == 2 for w in WORDS), "WORDS: 200+ distinct 2-char words"
    assert not words & industries
    for ind in INDUSTRIES:  # "重庆{w1}{w2}{i}" must never read as "重庆{w1}{w2}{w3}{i'}"
        assert not (ind[:2] in words and ind[2:] in industries), ind
    assert not any(w.startswith("市") for w in WORDS)


# ---------------------------------------------------------------------------------------------- writer

class _Synth:
    def __init__(self, conn, n_enterprises: int, seed: int, progress: TextIO | None):
        _check_words()
        self.conn = conn
        self.n = n_enterprises
        self.rng = random.Random(seed)
        self.progress = progress
        self.started = time.monotonic()
        self.buf: dict[str, list[tuple]] = {t: [] for t in LAYOUT}
        self.sql: dict[str, str] = {}
        self.convert: dict[str, object] = {}
        for table, layout in LAYOUT.items():
            have = [c for c in layout if c in schema.TABLES[table]]
            self.sql[table] = f"INSERT INTO [{table}] ({', '.join(have)}) VALUES ({', '.join('?' * len(have))})"
            if len(have) < len(layout):  # a column was dropped from the schema: leave it out
                keep = [layout.index(c) for c in have]
                self.convert[table] = lambda rows, keep=keep: [tuple(r[i] for i in keep) for r in rows]
            elif table == "entities":  # rows written as plain tuples end before the newest column (audience)
                self.convert[table] = lambda rows, n=len(layout): [r + (None,) * (n - len(r)) for r in rows]
        self.next_citation = 1
        self.worker: threading.Thread | None = None
        self.error: BaseException | None = None
        self.next_fact = 1
        self.next_stage = 1
        self.next_link = 1
        self.conflicts = 0
        self.orders = []  # random orders of profile clauses (cheaper than shuffling per entity)
        for _ in range(64):
            order = list(range(10))
            self.rng.shuffle(order)
            self.orders.append(order)

    # ------------------------------------------------------------------ plumbing

    def say(self, text: str) -> None:
        if self.progress is not None:
            print(f"synth: {text} ({time.monotonic() - self.started:.1f} s)", file=self.progress, flush=True)

    def index_text(self, *ranges: tuple[int, int]) -> None:
        """Add entity ids in `ranges` to the full-text index, in the background: the statement runs in
        SQLite without the GIL while Python generates the next chunk (the connection is otherwise idle)."""
        self.wait()
        cols = ", ".join(f"[{c}]" for c in schema.FTS_COLUMNS)
        sql = f"INSERT INTO entities_fts (rowid, {cols}) SELECT id, {cols} FROM entities WHERE id >= ? AND id < ?"

        def work():
            try:
                for low, high in ranges:
                    if high > low:
                        self.conn.execute(sql, (low, high))
            except BaseException as exc:  # re-raised by wait()
                self.error = exc

        self.worker = threading.Thread(target=work, name="synth-fts", daemon=True)
        self.worker.start()

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.join()
            self.worker = None
        if self.error is not None:
            raise self.error

    def flush(self) -> None:
        self.wait()
        for table, rows in self.buf.items():
            if rows:
                convert = self.convert.get(table)
                self.conn.executemany(self.sql[table], convert(rows) if convert else rows)
                rows.clear()

    def cite(self, source: str, quote: str, as_of: str) -> int:
        cid = self.next_citation
        self.next_citation += 1
        self.buf["citations"].append((cid, source, quote, 0, as_of, None))
        return cid

    def source(self, sid: str, title: str, date: str, scope: str, paragraphs: list[str]) -> None:
        self.buf["sources"].append((sid, title, date, DATE_NOTE, scope, None, "\n".join(paragraphs)))

    def two(self, items):
        """Two different items, at random."""
        rand, n = self.rng.random, len(items)
        i, j = int(rand() * n), int(rand() * (n - 1))
        return items[i], items[j + (j >= i)]

    def pick(self, cw_total, items):
        cw, total = cw_total
        return items[bisect(cw, self.rng.random() * total)]

    def article_date(self) -> int:
        rng = self.rng
        year = self.pick(self._year_cw, [y for y, _ in ARTICLE_YEARS])
        return min(year * 12 + rng.randrange(12), LAST_MONTH)

    # ------------------------------------------------------------------ the whole catalogue

    def run(self) -> dict:
        self._year_cw = _cum(w for _, w in ARTICLE_YEARS)
        n = self.n
        n_articles = math.ceil(n / ENTERPRISES_PER_ARTICLE)
        # Entity ids: chains, enterprises, projects, facilities, organisations, figures (as build orders kinds).
        self.n_projects = round(n * PROJECTS_PER_ENTERPRISE)
        self.n_facilities = 12 + n // 200
        self.n_organisations = 10 + n // 400
        self.n_figures = 24 + n // 1000
        self._make_chains()
        self._plan_others()
        self.ent_base = len(self.chain_rows) + 1
        self.proj_base = self.ent_base + n
        self.fac_base = self.proj_base + self.n_projects
        self.org_base = self.fac_base + self.n_facilities
        self.fig_base = self.org_base + self.n_organisations
        self.dates = [self.article_date() for _ in range(n_articles)]
        self._write_chains()
        self.say(f"{len(self.chain_rows)} chains; {n} enterprises, {self.n_projects} projects to write")
        self._write_enterprises(n_articles)
        self._write_facilities()
        self._write_organisations()
        self._write_figures()
        self.flush()
        self.index_text((1, self.ent_base), (self.fac_base, self.fig_base + len(self.figure_plan)))
        self.wait()
        edition = max(self.all_dates)
        return {"edition": _month(edition)}

    # ------------------------------------------------------------------ chains

    def _make_chains(self) -> None:
        """8 systems × 6 chains × 5 segments, as rows plus what facets need."""
        rng = self.rng
        names = list(CHAIN_NAMES)
        rng.shuffle(names)
        rows = []  # dicts: id, key, name, level, parent, ordinal, tier, scope, system, segments
        for s, (short, sname, scope) in enumerate(SYSTEMS):
            sys_row = {"id": len(rows) + 1, "key": f"chain:{short}", "name": sname, "level": "system",
                       "parent": None, "ordinal": None, "tier": None, "scope": scope, "system": None,
                       "children": []}
            rows.append(sys_row)
            for c in range(CHAINS_PER_SYSTEM):
                cname = names[s * CHAINS_PER_SYSTEM + c]
                fits = _segment_templates(cname)
                segs = SEGMENT_TEMPLATES[fits[rng.randrange(len(fits))]]
                chain_row = {"id": len(rows) + 1, "key": f"chain:{short}/{cname}", "name": cname, "level": "chain",
                             "parent": sys_row["id"], "ordinal": c + 1, "tier": TIERS[c], "scope": scope,
                             "system": sys_row, "children": [], "segments": segs}
                rows.append(chain_row)
                sys_row["children"].append(chain_row)
                for g, seg in enumerate(segs):
                    seg_row = {"id": len(rows) + 1, "key": f"chain:{short}/{cname}/{seg}", "name": seg,
                               "level": "segment", "parent": chain_row["id"], "ordinal": g + 1, "tier": None,
                               "scope": scope, "system": sys_row, "chain": chain_row, "children": []}
                    rows.append(seg_row)
                    chain_row["children"].append(seg_row)
        by_id = {r["id"]: r for r in rows}
        for r in rows:
            parent = by_id.get(r["parent"])
            r["label"] = f"{parent['name']} · {r['name']}" if r["level"] == "segment" else r["name"]
            r["list_label"] = f"{parent['name']}·{r['name']}" if r["level"] == "segment" else r["name"]  # `chains`
        for r in rows:  # (key, label) of the node and its ancestors: the chain facet values
            anc, node = [], r
            while node:
                anc.append((node["key"], node["label"]))
                node = by_id.get(node["parent"])
            r["ancestors"] = anc
            above, node = [], by_id.get(r["parent"])
            while node:
                above.append(node["name"])
                node = by_id.get(node["parent"])
            r["position"] = " → ".join(reversed(above)) or None  # a chain node's `chains`: the names above it
        self.chain_rows = rows
        self.chain_by_id = by_id
        self.chains = [r for r in rows if r["level"] == "chain"]
        order = list(range(len(self.chains)))
        rng.shuffle(order)  # which chains are the popular ones
        ranked = [self.chains[i] for i in order]
        self.chain_pick = (_zipf(len(ranked), 1.0), ranked)
        self.segment_cw = _cum(SEGMENT_WEIGHTS)

    def _write_chains(self) -> None:
        buf = self.buf
        dates = []
        for s, sys_row in enumerate(r for r in self.chain_rows if r["level"] == "system"):
            sid = f"syn-plan{s + 1}"
            date = self.article_date()
            dates.append(date)
            as_of = _month(date)
            place = SCOPE_LABELS[sys_row["scope"]]
            paragraphs = [f"{place}积极构建{sys_row['name']}（合成数据）。"]
            quotes = {sys_row["id"]: f"{place}积极构建{sys_row['name']}"}
            for chain_row in sys_row["children"]:
                q_chain = f"{chain_row['name']}产业链定位为{chain_row['tier']}产业"
                q_segs = f"{chain_row['name']}产业链形成“{'—'.join(chain_row['segments'])}”全链条"
                paragraphs.append(f"{q_chain}，{q_segs}。")
                quotes[chain_row["id"]] = q_chain
                for seg_row in chain_row["children"]:
                    quotes[seg_row["id"]] = q_segs
            self.source(sid, f"{place}{sys_row['name']}发展规划解读", as_of, sys_row["scope"], paragraphs)
            cites = {}
            for node in [sys_row] + [x for c in sys_row["children"] for x in [c] + c["children"]]:
                quote = quotes[node["id"]]
                if quote not in cites:
                    cites[quote] = self.cite(sid, quote, as_of)
                node["source"] = (sid, f"{as_of} {buf['sources'][-1][1]}")
                node["citation"] = cites[quote]
        self.all_dates = dates
        for r in self.chain_rows:
            level = r["level"]
            if level == "system":
                summary = f"{SCOPE_LABELS[r['scope']]}的产业体系，下设" + "、".join(c["name"] for c in r["children"]) + "等产业链。"
            elif level == "chain":
                summary = (f"{r['system']['name']}中的{r['tier']}产业链，涵盖" + "、".join(r["segments"])
                           + "等环节。")
            else:
                summary = f"{r['chain']['name']}产业链的{r['name']}环节。"
            eid = r["id"]
            buf["entities"].append(_entity(
                id=eid, key=r["key"], kind="chain", name=r["name"], summary=summary, scope=r["scope"], level=level,
                tier=r["tier"], parent_id=r["parent"], ordinal=r["ordinal"], pinyin=pinyin_keys(r["name"]),
                sort_key=_sort_key(r["name"]), chains=r["position"]))
            buf["mentions"].append((eid, r["citation"]))
            fv = buf["facet_values"]
            fv.append((eid, "scope", r["scope"], SCOPE_LABELS[r["scope"]]))
            fv.append((eid, "level", level, level))
            if r["tier"]:
                fv.append((eid, "tier", r["tier"], r["tier"]))
            for key, label in r["ancestors"]:
                fv.append((eid, "chain", key, label))
            fv.append((eid, "source", *r["source"]))

    # ------------------------------------------------------------------ names of facilities and organisations

    def _plan_others(self) -> None:
        rng = self.rng
        combos = [(p, t, ph) for p in PLACES for t in range(len(FACILITY_TYPES)) for ph in PHASES]
        rng.shuffle(combos)
        self.n_facilities = min(self.n_facilities, len(combos))
        self.facilities = []
        for i, (place, t, phase) in enumerate(combos[: self.n_facilities]):
            suffix, category, _ = FACILITY_TYPES[t]
            name = f"{place}{suffix}" + (f"（{phase}）" if phase else "")
            self.facilities.append({"key": f"syn-f{i + 1:06d}", "name": name, "category": category})
        # Enterprises and projects are located in parks, standard plants and incubators, not canteens.
        hosts = [f for f in self.facilities if f["category"] in HOST_CATEGORIES] or self.facilities
        self.facility_pick = (_zipf(len(hosts), 1.0), hosts)

        orgs = []
        for d in DISTRICTS:
            orgs += [(f"{d}{b}", "政府部门") for b in BUREAUS]
        for p in PLACES:
            orgs.append((f"{p}街道办事处", "政府部门"))
            orgs += [(f"{b}重庆{p}支行", "金融机构") for b in BANKS]
            orgs += [(f"重庆{p}{pl}", "国有平台") for pl in PLATFORMS]
            orgs += [(f"{p}{s}", "服务机构") for s in SERVICES]
        for u in UNIVERSITIES:
            orgs += [(f"{u}{c}研究院", "高校院所") for c in CHAIN_NAMES]
        for c in CHAIN_NAMES:
            orgs += [(f"重庆市{c}产业协会", "行业协会"), (f"成渝{c}产业联盟", "行业协会")]
        rng.shuffle(orgs)
        self.n_organisations = min(self.n_organisations, len(orgs))
        self.organisations = [{"key": f"syn-o{i + 1:06d}", "name": name, "category": cat}
                              for i, (name, cat) in enumerate(orgs[: self.n_organisations])]
        self.org_pick = (_zipf(len(self.organisations), 1.0), list(range(len(self.organisations))))

        figures = [(m, p, b) for m in range(len(METRICS)) for p in FIGURE_PERIODS for b in range(len(FIGURE_BASES))
                   if (b == 0) == (p[:4].isdigit() and int(p[:4]) <= 2024)]
        rng.shuffle(figures)
        self.n_figures = min(self.n_figures, len(figures))
        self.figure_plan = figures[: self.n_figures]

    # ------------------------------------------------------------------ enterprises and their projects

    def _stages(self, eid: int, current: str, paths: dict, dated: bool, latest: int, cid: int):
        """Stage rows (chronological) for an entity; returns (phrase for the quote, stage_date, year)."""
        rand = self.rng.random
        before = [s for s in paths[current] if rand() < 0.55]
        seq = before + [current]
        months: list[int | None]
        if dated:
            low = max(FIRST_MONTH, latest - 30)
            m = low + int(rand() * (latest - low + 1))
            months = [m]
            for _ in before:
                m -= 1 + int(rand() * 10)
                months.append(m)
            months.reverse()
        else:
            months = [None] * len(seq)
        rows = self.buf["stages"]
        parts = []
        for stage, m in zip(seq, months):
            inferred = int(m is not None and rand() < 0.08)
            rows.append((self.next_stage, eid, stage, _month(m) if m is not None else None, inferred,
                         "合成数据：日期按报道推算。" if inferred else None, cid))
            self.next_stage += 1
            parts.append((_month_text(m) if m is not None else "") + STAGE_VERBS[stage])
        phrase = "，".join(parts) if dated else "已" + "、".join(parts)
        if dated:
            return phrase, _month(months[-1]), months[-1] // 12
        return phrase, None, None

    def _write_enterprises(self, n_articles: int) -> None:
        rng = self.rng
        rand = rng.random
        n_words, n_inds = len(WORDS), len(INDUSTRIES)
        buf = self.buf
        ents, aliases_t, mentions, facts_t, tags_t, links_t, fv = (
            buf["entities"], buf["aliases"], buf["mentions"], buf["facts"], buf["tags"], buf["links"],
            buf["facet_values"])
        # Pinyin and sort keys per word, assembled per name (pypinyin per name would take most of the time).
        word_py = [_py(w) for w in WORDS]
        ind_py = [_py(i) for i in INDUSTRIES]
        pat_py = [tuple(_py(x) if x else ("", "") for x in parts) for parts in _PATTERN_PARTS]
        ptype_py = [_py(t) for t, _, _ in PROJECT_TYPES]
        word_sk = [_sk(w) for w in WORDS]
        ind_sk = [_sk(i) for i in INDUSTRIES]
        pat_sk = [tuple(_sk(x) for x in parts) for parts in _PATTERN_PARTS]
        ptype_sk = [_sk(t) for t, _, _ in PROJECT_TYPES]
        ind_cw = _zipf(len(INDUSTRIES), 1.1)
        pat_cw = _cum(w for _, w in PATTERNS)
        stage_pick = (_cum(w for _, w in ENTERPRISE_STAGES), [s for s, _ in ENTERPRISE_STAGES])
        pstage_pick = (_cum(w for _, w in PROJECT_STAGES), [s for s, _ in PROJECT_STAGES])
        role_pick = (_cum(w for _, w in ROLES), [r for r, _ in ROLES])
        tag_pick = (_zipf(len(TAGS), 1.1), TAGS)
        fact_pick = (_cum(w for _, w in FACT_FIELDS), [f for f, _ in FACT_FIELDS])
        ptype_pick = (_cum(w for _, _, w in PROJECT_TYPES), list(range(len(PROJECT_TYPES))))
        scope_pick = (_cum((72, 14, 9, 4, 1)), list(schema.SCOPES))
        n_tags_cw = _cum((45, 33, 15, 7))
        n_facts_cw = _cum((15, 30, 30, 17, 8))
        seg_cw = self.segment_cw
        chain_pick = self.chain_pick
        scope_labels = SCOPE_LABELS
        used: set[int] = set()
        n = self.n
        # Which enterprises own the projects (uniformly at random, some own several).
        owners = sorted(int(rand() * n) for _ in range(self.n_projects)) if n else []
        owner_pos = 0
        next_project = 0
        pending: list[list[str]] = [[] for _ in range(n_articles + 1)]  # paragraphs of unfinished articles
        article_titles = [f"{PARK}企业与项目动态（第{k + 1}期）" for k in range(n_articles)]
        self.all_dates += self.dates
        orgs = self.organisations
        chunk_start = chunk_projects = 0
        report_every = CHUNK * max(1, n // (CHUNK * 20))  # about 20 progress lines

        for i in range(n):
            k = i // ENTERPRISES_PER_ARTICLE
            sid = f"syn{k + 1:05d}"
            latest = self.dates[k]
            as_of = _month(latest)
            source_facet = (sid, f"{as_of} {article_titles[k]}")
            eid = self.ent_base + i
            # ---- name: unique (pattern, words, industry)
            while True:
                p = bisect(pat_cw[0], rand() * pat_cw[1])
                w1, w2 = int(rand() * n_words), int(rand() * n_words)
                w3 = int(rand() * n_words) if p == 2 else n_words
                ind = bisect(ind_cw[0], rand() * ind_cw[1])
                packed = (((p * (n_words + 1) + w1) * (n_words + 1) + w2) * (n_words + 1) + w3) * n_inds + ind
                if packed not in used:
                    used.add(packed)
                    break
            words = WORDS[w1] + WORDS[w2] + (WORDS[w3] if p == 2 else "")
            industry = INDUSTRIES[ind]
            pre, infix, suf = _PATTERN_PARTS[p]
            name = f"{pre}{words}{infix}{industry}{suf}"
            ppre, pinfix, psuf = pat_py[p]
            wpy = [word_py[w1], word_py[w2]] + ([word_py[w3]] if p == 2 else [])
            words_full = "".join(x[0] for x in wpy)
            words_ini = "".join(x[1] for x in wpy)
            ipy = ind_py[ind]
            name_py = (ppre[0] + words_full + pinfix[0] + ipy[0] + psuf[0], ppre[1] + words_ini + pinfix[1] + ipy[1] + psuf[1])
            words_sk = [word_sk[w1], word_sk[w2]] + ([word_sk[w3]] if p == 2 else [])
            name_sk = _join_sk(pat_sk[p][0], *words_sk, pat_sk[p][1], ind_sk[ind], pat_sk[p][2])
            if len(industry) == 2 and rand() < 0.5:
                short, short_py = words + industry, (words_full + ipy[0], words_ini + ipy[1])
                short_sk = words_sk + [ind_sk[ind]]
            else:
                short, short_py = words, (words_full, words_ini)
                short_sk = words_sk
            scope = scope_pick[1][bisect(scope_pick[0][0], rand() * scope_pick[0][1])]
            # ---- stages
            current = stage_pick[1][bisect(stage_pick[0][0], rand() * stage_pick[0][1])]
            cid1 = self.next_citation  # the enterprise's sentence; written below once complete
            self.next_citation += 1
            stage_phrase, stage_date, year = self._stages(eid, current, ENTERPRISE_PATHS, rand() >= 0.12, latest, cid1)
            # ---- links (all cite the enterprise's sentence)
            facets: dict[tuple, None] = {}
            chain_node = chain_pick[1][bisect(chain_pick[0][0], rand() * chain_pick[0][1])]
            node = chain_node["children"][bisect(seg_cw[0], rand() * seg_cw[1])] if rand() < 0.88 else chain_node
            role = role_pick[1][bisect(role_pick[0][0], rand() * role_pick[0][1])]
            basis = "stated" if rand() < 0.7 else "inferred"
            my_chains = [node]
            links_t.append((self.next_link, eid, node["id"], "chain", role, basis,
                            INFERRED_NOTE if basis == "inferred" else None, cid1))
            self.next_link += 1
            seg_text = f"{chain_node['name']}产业链" + (f"{node['name']}环节" if node is not chain_node else "")
            phrase = f"属{seg_text}{ROLE_PHRASES[role]}"
            if node is not chain_node:
                facets[(eid, "segment", node["key"], node["label"])] = None
            if role:
                facets[(eid, "role", role, role)] = None
            facets[(eid, "link_basis", basis, basis)] = None
            if rand() < 0.12:
                other = chain_pick[1][bisect(chain_pick[0][0], rand() * chain_pick[0][1])]
                if other is not chain_node:
                    seg2 = other["children"][bisect(seg_cw[0], rand() * seg_cw[1])]
                    my_chains.append(seg2)
                    links_t.append((self.next_link, eid, seg2["id"], "chain", None, "inferred", INFERRED_NOTE, cid1))
                    self.next_link += 1
                    phrase += f"，并布局{other['name']}产业链{seg2['name']}环节"
                    facets[(eid, "segment", seg2["key"], seg2["label"])] = None
                    facets[(eid, "link_basis", "inferred", "inferred")] = None
            my_facility = None
            if rand() < 0.55:
                f = self.facility_pick[1][bisect(self.facility_pick[0][0], rand() * self.facility_pick[0][1])]
                my_facility = f
                fid = self.fac_base + self.facility_index(f)
                links_t.append((self.next_link, eid, fid, "located_in", None, "stated", None, cid1))
                self.next_link += 1
                phrase += f"，落户{f['name']}"
                facets[(eid, "facility", f["key"], f["name"])] = None
            if rand() < 0.08:
                o = orgs[bisect(self.org_pick[0][0], rand() * self.org_pick[0][1])]
                oid = self.org_base + self.org_index(o)
                if rand() < 0.6:
                    links_t.append((self.next_link, eid, oid, "partner", None, "stated", None, cid1))
                    phrase += f"，与{o['name']}开展合作"
                else:
                    links_t.append((self.next_link, eid, oid, "investor", None, "stated", None, cid1))
                    phrase += f"，获{o['name']}投资"
                self.next_link += 1
                facets[(eid, "organisation", o["key"], o["name"])] = None
            q1 = f"{name}（以下简称“{short}”）{stage_phrase}，{phrase}"
            buf["citations"].append((cid1, sid, q1, 0, as_of, None))
            paragraph = [q1 + "。"]
            mentions.append((eid, cid1))
            aliases_t.append((eid, short, "简称", cid1))
            # ---- facts and tags (cite the second sentence)
            n_facts = bisect(n_facts_cw[0], rand() * n_facts_cw[1])
            n_tags = bisect(n_tags_cw[0], rand() * n_tags_cw[1])
            fields: list[str] = []
            while len(fields) < n_facts:
                fld = fact_pick[1][bisect(fact_pick[0][0], rand() * fact_pick[0][1])]
                if fld not in fields:
                    fields.append(fld)
            tags: list[str] = []
            while len(tags) < n_tags:
                t = tag_pick[1][bisect(tag_pick[0][0], rand() * tag_pick[0][1])]
                if t not in tags:
                    tags.append(t)
            first_fact = len(facts_t)
            if fields or tags:
                cid2 = self.next_citation
                self.next_citation += 1
                parts = []
                sales = None
                for fld in fields:
                    value, num, unit, period, fbasis = self._enterprise_fact(fld)
                    parts.append(FACT_PHRASES[fld] + value)
                    facts_t.append((self.next_fact, eid, fld, value, num, unit, period, as_of, fbasis, None, cid2,
                                    0, 1))
                    if fld == "年销售规模":
                        sales = (len(facts_t) - 1, num, unit)
                    self.next_fact += 1
                q2 = short + "、".join(parts)
                if tags:
                    q2 += ("，" if parts else "") + "先后获评" + "、".join(tags)
                buf["citations"].append((cid2, sid, q2, 0, as_of, None))
                paragraph.append(q2 + "。")
                for t in tags:
                    tags_t.append((eid, t, cid2))
                    facets[(eid, "tag", t, t)] = None
                # ---- one in thirty: the next report gives a different sales figure (a conflict)
                if sales and k + 1 < n_articles and rand() < 1 / 30 and self.dates[k + 1] != latest:
                    row_index, num, unit = sales
                    later = self.dates[k + 1]
                    num2 = round(num * (0.6 + rand()), 1)
                    if num2 == num or not num2:  # must differ, or build would not call it a conflict
                        num2 = round(num * 1.5 + 1, 1)
                    value2 = f"约{number_text(num2)}{unit}"
                    sid2 = f"syn{k + 2:05d}"
                    q3 = f"{short}年销售规模{value2}"
                    cid3 = self.cite(sid2, q3, _month(later))
                    pending[k + 1].append(f"据最新统计，{q3}。")
                    self.conflicts += 1
                    newer = later > latest
                    old = facts_t[row_index]
                    facts_t[row_index] = old[:11] + (self.conflicts, int(not newer))
                    facts_t.append((self.next_fact, eid, "年销售规模", value2, num2, unit, None, _month(later),
                                    "actual", None, cid3, self.conflicts, int(newer)))
                    self.next_fact += 1
                    facets[(eid, "source", sid2, f"{_month(later)} {article_titles[k + 1]}")] = None
            # ---- amount: the first current output fact in money, as build derives it
            amount = next((yi for row in facts_t[first_fact:] if row[12] and row[2] in _OUTPUT_FIELDS
                           for yi in [_to_yi(row[4], row[5])] if yi is not None), None)
            # ---- profile, row and facets
            summary = self._profile(short, year or (latest // 12), node, role, chain_node)
            chains_text = "、".join(dict.fromkeys(c["list_label"] for c in my_chains))
            ents.append((eid, f"syn-e{i + 1:07d}", "enterprise", name, summary, scope, None, None, current,
                         stage_date, year, amount, None, None, None, None, None, None, None, None, None, None,
                         short, _keys(name_py, short_py), name_sk, chains_text, 1))
            facets[(eid, "scope", scope, scope_labels[scope])] = None
            facets[(eid, "stage", current, current)] = None
            if year:
                facets[(eid, "year", str(year), str(year))] = None
            for c in my_chains:
                for key, label in c["ancestors"]:
                    facets[(eid, "chain", key, label)] = None
            facets[(eid, "source", *source_facet)] = None
            fv.extend(facets)
            # ---- projects of this enterprise
            ptypes_used: list[int] = []
            while owner_pos < len(owners) and owners[owner_pos] == i:
                owner_pos += 1
                t = self.pick(ptype_pick[0], ptype_pick[1])
                if t in ptypes_used:
                    t = next((x for x in range(len(PROJECT_TYPES)) if x not in ptypes_used), t)
                ptypes_used.append(t)
                owner = {"id": eid, "index": i, "name": name, "short": short, "py": short_py, "sk": short_sk,
                         "scope": scope, "chains": my_chains, "chains_text": chains_text, "node": node,
                         "facility": my_facility}
                self._project(next_project, t, owner, ptype_py[t], ptype_sk[t], sid, as_of, latest, source_facet,
                              paragraph, pstage_pick)
                next_project += 1
            pending[k].append("".join(paragraph))
            # ---- an article is complete once its last enterprise is written
            if (i + 1) % ENTERPRISES_PER_ARTICLE == 0 or i + 1 == n:
                self.source(sid, article_titles[k], as_of, "park",
                            [f"{PARK}（合成报道）：本期企业与项目动态如下。"] + pending[k])
                pending[k] = []
            if (i + 1) % CHUNK == 0 or i + 1 == n:
                self.flush()
                self.index_text((self.ent_base + chunk_start, self.ent_base + i + 1),
                                (self.proj_base + chunk_projects, self.proj_base + next_project))
                chunk_start, chunk_projects = i + 1, next_project
                if (i + 1) % report_every == 0 or i + 1 == n:
                    self.say(f"enterprises {i + 1}/{n}, projects {next_project}")

    def facility_index(self, f: dict) -> int:
        return int(f["key"][5:]) - 1

    def org_index(self, o: dict) -> int:
        return int(o["key"][5:]) - 1

    def _enterprise_fact(self, field: str):
        """(value, num, unit, period, basis) of one enterprise fact."""
        rng = self.rng
        rand = rng.random
        if field in ("年销售规模", "预计产值", "研发投入", "总投资"):
            median = {"年销售规模": 8000, "预计产值": 20000, "研发投入": 600, "总投资": 30000}[field]
            wan = math.exp(rng.gauss(math.log(median), 1.1))
            if wan >= 10000:
                num, unit = round(wan / 10000, 1), "亿元"
            else:
                num, unit = float(max(1, round(wan))), "万元"
            period, basis = (("达产后", "expected") if field == "预计产值" else (None, "actual"))
            return f"{PREFIXES[int(rand() * len(PREFIXES))]}{number_text(num)}{unit}", num, unit, period, basis
        if field == "年产能":
            unit = CAPACITY_UNITS[int(rand() * len(CAPACITY_UNITS))]
            num = float(max(1, round(math.exp(rng.gauss(math.log(200), 1.2)))))
            return f"{PREFIXES[int(rand() * len(PREFIXES))]}{number_text(num)}{unit}", num, unit, None, "actual"
        if field == "员工人数":
            num = float(max(8, round(math.exp(rng.gauss(math.log(150), 1.0)))))
            return f"{number_text(num)}人", num, "人", None, "actual"
        if field == "占地面积":
            num = float(max(5, round(math.exp(rng.gauss(math.log(60), 0.8)))))
            return f"{number_text(num)}亩", num, "亩", None, "actual"
        if field == "主要产品":
            return "、".join(self.two(PRODUCTS)), None, None, None, "actual"
        return SURNAMES[int(rand() * len(SURNAMES))] + GIVEN[int(rand() * len(GIVEN))], None, None, None, "actual"

    def _profile(self, short: str, year: int, node: dict, role, chain_node: dict) -> str:
        """A Chinese profile of 40 to 120 characters."""
        rand = self.rng.random
        founded = min(year, 2025) - int(rand() * 12)
        products = self.two(PRODUCTS)
        apps = self.two(APPLICATIONS)
        where = f"{chain_node['name']}产业链" + (f"{node['name']}环节" if node is not chain_node else "")
        clauses = [
            f"产品广泛应用于{apps[0]}、{apps[1]}等领域，",
            f"拥有有效专利{5 + int(rand() * 296)}项，",
            f"是{where}的{'链主' if role == '链主' else '重要'}企业，",
            "近年来持续加大研发投入，",
            f"建有{LABS[int(rand() * len(LABS))]}，",
            f"与{UNIVERSITIES[int(rand() * len(UNIVERSITIES))]}开展产学研合作，",
            f"产品销往{MARKETS[int(rand() * len(MARKETS))]}，",
            f"现有员工{20 + int(rand() * 1981)}人，",
            "通过ISO9001质量管理体系认证，",
            "建成数字化生产线，",
        ]
        text = f"{short}成立于{founded}年，主要从事{products[0]}和{products[1]}的研发、生产和销售，"
        target = 40 + int(rand() * 81)
        for j in self.orders[int(rand() * len(self.orders))]:
            if len(text) >= target:
                break
            if len(text) + len(clauses[j]) <= 120:
                text += clauses[j]
        return text[:-1] + "。"

    def _project(self, n: int, t: int, owner: dict, ptype_py, ptype_sk: str, sid: str, as_of: str, latest: int,
                 source_facet, paragraph: list, pstage_pick) -> None:
        """One project of an enterprise (`owner`), cited from the enterprise's paragraph in the same report."""
        owner_id, owner_index, owner_name, short = owner["id"], owner["index"], owner["name"], owner["short"]
        scope, owner_chains, node, facility = owner["scope"], owner["chains"], owner["node"], owner["facility"]
        rng = self.rng
        rand = rng.random
        buf = self.buf
        pid = self.proj_base + n
        suffix, category, _ = PROJECT_TYPES[t]
        name = short + suffix
        cid = self.next_citation
        self.next_citation += 1
        current = pstage_pick[1][bisect(pstage_pick[0][0], rand() * pstage_pick[0][1])]
        stage_phrase, stage_date, year = self._stages(pid, current, PROJECT_PATHS, rand() >= 0.15, latest, cid)
        facets: dict[tuple, None] = {}
        parts = [stage_phrase]
        amount = None
        invest = None
        if rand() < 0.85:
            yi = round(math.exp(rng.gauss(math.log(3), 1.0)), 1) or 0.1
            value = f"{PREFIXES[int(rand() * len(PREFIXES))]}{number_text(yi)}亿元"
            invest = value
            buf["facts"].append((self.next_fact, pid, "总投资", value, yi, "亿元", None, as_of, "actual", None, cid, 0, 1))
            self.next_fact += 1
            amount = yi
            parts.append(f"总投资{value}")
        if rand() < 0.4:
            area = round(math.exp(rng.gauss(math.log(5), 0.8)), 1) or 0.5
            value = f"{number_text(area)}万平方米"
            buf["facts"].append((self.next_fact, pid, "建筑面积", value, area, "万平方米", None, as_of, "actual", None,
                                 cid, 0, 1))
            self.next_fact += 1
            parts.append(f"建筑面积{value}")
        if rand() < 0.3:
            yi = round(math.exp(rng.gauss(math.log(8), 1.0)), 1) or 0.1
            value = f"{number_text(yi)}亿元"
            buf["facts"].append((self.next_fact, pid, "预计产值", value, yi, "亿元", "达产后", as_of, "expected", None,
                                 cid, 0, 1))
            self.next_fact += 1
            parts.append(f"达产后预计年产值{value}")
        links = buf["links"]
        links.append((self.next_link, pid, owner_id, "project_of", None, "stated", None, cid))
        self.next_link += 1
        facets[(pid, "enterprise", f"syn-e{owner_index + 1:07d}", owner_name)] = None
        chains = list(owner_chains)
        chains_text = owner["chains_text"]  # the enterprise's chains, unless the project has its own link
        if rand() < 0.4:
            chains_text = node["list_label"]
            links.append((self.next_link, pid, node["id"], "chain", None, "inferred", "合成数据：随所属企业所在环节。", cid))
            self.next_link += 1
            if node["level"] == "segment":
                facets[(pid, "segment", node["key"], node["label"])] = None
            facets[(pid, "link_basis", "inferred", "inferred")] = None
        if rand() < 0.5:
            f = facility or self.facility_pick[1][bisect(self.facility_pick[0][0], rand() * self.facility_pick[0][1])]
            links.append((self.next_link, pid, self.fac_base + self.facility_index(f), "located_in", None, "stated",
                          None, cid))
            self.next_link += 1
            parts.append(f"选址{f['name']}")
            facets[(pid, "facility", f["key"], f["name"])] = None
        quote = f"{name}" + "，".join(parts)
        buf["citations"].append((cid, sid, quote, 0, as_of, None))
        paragraph.append(quote + "。")
        buf["mentions"].append((pid, cid))
        summary = f"{owner_name}投资建设的{suffix.removesuffix('项目')}，" + (f"总投资{invest}，" if invest else "")
        extra = [f"主要建设{BUILDINGS[int(rand() * len(BUILDINGS))]}及配套设施，",
                 f"聚焦{PRODUCTS[int(rand() * len(PRODUCTS))]}等产品，", "建成后将进一步完善园区产业链条，",
                 f"计划{1 + int(rand() * 3)}年内建成投用，"]
        for clause in (extra[j] for j in self.orders[int(rand() * len(self.orders))] if j < len(extra)):
            if len(summary) + len(clause) <= 120:
                summary += clause
        summary = summary[:-1] + "。"
        short_py = owner["py"]
        buf["entities"].append((pid, f"syn-p{n + 1:07d}", "project", name, summary, scope, category, None, current,
                                stage_date, year, amount, None, None, None, None, None, None, None, None, None,
                                None, None, _keys((short_py[0] + ptype_py[0], short_py[1] + ptype_py[1])),
                                _join_sk(*owner["sk"], ptype_sk), chains_text, 1))
        facets[(pid, "scope", scope, SCOPE_LABELS[scope])] = None
        facets[(pid, "stage", current, current)] = None
        facets[(pid, "category", category, category)] = None
        if year:
            facets[(pid, "year", str(year), str(year))] = None
        for c in chains:
            for key, label in c["ancestors"]:
                facets[(pid, "chain", key, label)] = None
        facets[(pid, "source", *source_facet)] = None
        buf["facet_values"].extend(facets)

    # ------------------------------------------------------------------ facilities, organisations, figures

    def _other_articles(self, label: str, count: int):
        """Yields (index, source id, as_of, month, title, paragraphs) and writes each report when full."""
        paragraphs: list[str] = []
        for j in range(count):
            a = j // OTHERS_PER_ARTICLE
            if j % OTHERS_PER_ARTICLE == 0:
                date = self.article_date()
                self.all_dates.append(date)
                sid, as_of = f"syn-{label}{a + 1:04d}", _month(date)
                title = f"{PARK}{OTHER_TOPICS[label]}通报（第{a + 1}期）"
                paragraphs = [f"{PARK}（合成报道）：{title}。"]
            yield j, sid, as_of, date, title, paragraphs
            if (j + 1) % OTHERS_PER_ARTICLE == 0 or j + 1 == count:
                self.source(sid, title, as_of, "park", paragraphs)

    def _write_facilities(self) -> None:
        rng = self.rng
        buf = self.buf
        status_pick = (_cum(w for _, w in FACILITY_STATUSES), [s for s, _ in FACILITY_STATUSES])
        for j, sid, as_of, date, title, paragraphs in self._other_articles("fac", len(self.facilities)):
            f = self.facilities[j]
            fid = self.fac_base + j
            status = self.pick(status_pick[0], status_pick[1])
            scope = "park" if rng.random() < 0.85 else "district"
            cid = self.next_citation
            self.next_citation += 1
            facets: dict[tuple, None] = {}
            stage = stage_date = year = None
            parts = []
            if status != "规划":
                seq = ["开工", "建成"] if status == "建成" else ["开工"]
                dated = rng.random() < 0.8
                m = rng.randint(max(FIRST_MONTH, date - 48), date)
                months = [m - rng.randint(6, 30), m] if len(seq) == 2 else [m]
                for s, mm in zip(seq, months):
                    buf["stages"].append((self.next_stage, fid, s, _month(mm) if dated else None, 0, None, cid))
                    self.next_stage += 1
                    parts.append((_month_text(mm) if dated else "") + {"开工": "开工建设", "建成": "建成投用"}[s])
                stage = seq[-1]
                if dated:
                    stage_date, year = _month(months[-1]), months[-1] // 12
            else:
                parts.append("正在规划建设")
            amount = None
            if rng.random() < 0.8:
                area = round(math.exp(rng.gauss(math.log(6), 0.9)), 1) or 0.5
                value = f"{number_text(area)}万平方米"
                buf["facts"].append((self.next_fact, fid, "建筑面积", value, area, "万平方米", None, as_of, "actual",
                                     None, cid, 0, 1))
                self.next_fact += 1
                parts.append(f"建筑面积{value}")
            if rng.random() < 0.5:
                yi = round(math.exp(rng.gauss(math.log(2), 0.9)), 1) or 0.1
                value = f"{number_text(yi)}亿元"
                buf["facts"].append((self.next_fact, fid, "总投资", value, yi, "亿元", None, as_of, "actual", None,
                                     cid, 0, 1))
                self.next_fact += 1
                amount = yi
                parts.append(f"总投资{value}")
            if self.organisations and rng.random() < 0.4:
                o = self.organisations[bisect(self.org_pick[0][0], rng.random() * self.org_pick[0][1])]
                buf["links"].append((self.next_link, fid, self.org_base + self.org_index(o), "operated_by", None,
                                     "stated", None, cid))
                self.next_link += 1
                parts.append(f"由{o['name']}负责运营")
                facets[(fid, "organisation", o["key"], o["name"])] = None
            quote = f["name"] + "，".join(parts)
            buf["citations"].append((cid, sid, quote, 0, as_of, None))
            paragraphs.append(quote + "。")
            buf["mentions"].append((fid, cid))
            summary = f"{SCOPE_LABELS[scope]}的{f['category']}载体，{status}。"
            buf["entities"].append(_entity(
                id=fid, key=f["key"], kind="facility", name=f["name"], summary=summary, scope=scope,
                category=f["category"], status=status, stage=stage, stage_date=stage_date, year=year, amount=amount,
                pinyin=pinyin_keys(f["name"]), sort_key=_sort_key(f["name"])))
            facets[(fid, "scope", scope, SCOPE_LABELS[scope])] = None
            facets[(fid, "category", f["category"], f["category"])] = None
            facets[(fid, "status", status, status)] = None
            if stage:
                facets[(fid, "stage", stage, stage)] = None
            if year:
                facets[(fid, "year", str(year), str(year))] = None
            facets[(fid, "source", sid, f"{as_of} {title}")] = None
            buf["facet_values"].extend(facets)
        self.flush()

    def _write_organisations(self) -> None:
        rng = self.rng
        buf = self.buf
        for j, sid, as_of, _date, title, paragraphs in self._other_articles("org", len(self.organisations)):
            o = self.organisations[j]
            oid = self.org_base + j
            scope = "park" if o["category"] in ("服务机构", "国有平台") else rng.choice(("district", "city", "other", "park"))
            cid = self.next_citation
            self.next_citation += 1
            quote = f"{o['name']}{rng.choice(ORG_ACTIVITIES)}"
            if j and rng.random() < 0.15:
                parent = rng.randrange(j)
                buf["links"].append((self.next_link, oid, self.org_base + parent, "part_of", None, "stated", None, cid))
                self.next_link += 1
                quote += f"，隶属{self.organisations[parent]['name']}"
            buf["citations"].append((cid, sid, quote, 0, as_of, None))
            paragraphs.append(quote + "。")
            buf["mentions"].append((oid, cid))
            summary = f"{o['category']}，参与{SCOPE_LABELS['park']}招商与企业服务。"
            buf["entities"].append(_entity(
                id=oid, key=o["key"], kind="organisation", name=o["name"], summary=summary, scope=scope,
                category=o["category"], pinyin=pinyin_keys(o["name"]), sort_key=_sort_key(o["name"])))
            buf["facet_values"].extend((
                (oid, "category", o["category"], o["category"]),
                (oid, "scope", scope, SCOPE_LABELS[scope]),
                (oid, "source", sid, f"{as_of} {title}"),
            ))
        self.flush()

    def _write_figures(self) -> None:
        rng = self.rng
        buf = self.buf
        for j, sid, as_of, _date, title, paragraphs in self._other_articles("fig", len(self.figure_plan)):
            m, period, b = self.figure_plan[j]
            metric, unit, median, is_count = METRICS[m]
            basis = FIGURE_BASES[b][0]
            gid = self.fig_base + j
            scope = rng.choice(("park", "park", "park", "district", "science_city"))
            place = SCOPE_LABELS[scope]
            num = math.exp(rng.gauss(math.log(median), 0.5))
            num = float(max(1, round(num))) if is_count else round(num, 1)
            value = f"{rng.choice(FIGURE_PREFIXES)}{number_text(num)}{unit}"
            when = f"{period}年" if period.isdigit() else period
            name = f"{when}{place}{metric}" + (f"（{BASIS_WORDS[basis]}）" if BASIS_WORDS[basis] else "")
            quote = f"{when}{place}{metric}{BASIS_WORDS[basis]}{value}"
            cid = self.cite(sid, quote, as_of)
            paragraphs.append(quote + "。")
            buf["mentions"].append((gid, cid))
            buf["facts"].append((self.next_fact, gid, "value", value, num, unit, period, as_of, basis, None, cid, 0, 1))
            self.next_fact += 1
            year = _year_of(period) or _year_of(as_of)
            amount = _to_yi(num, unit)
            buf["entities"].append(_entity(
                id=gid, key=f"syn-g{j + 1:05d}", kind="figure", name=name, scope=scope, year=year, amount=amount,
                audience="investor", metric=metric, value=value, num=num, unit=unit, period=period, basis=basis, pinyin=pinyin_keys(name),
                sort_key=_sort_key(name)))
            buf["facet_values"].extend((
                (gid, "scope", scope, place),
                (gid, "year", str(year), str(year)),
                (gid, "metric", metric, metric),
                (gid, "basis", basis, basis),
                (gid, "source", sid, f"{as_of} {title}"),
            ))
        self.flush()


# ---------------------------------------------------------------------------------------------- entry point

def synthesize(path: Path, enterprises: int, seed: int = 1, progress: TextIO | None = None) -> dict:
    """Write a synthetic catalogue with `enterprises` enterprises to `path`; return counts per table."""
    if enterprises < 0:
        raise ValueError("enterprises must be 0 or more")
    target = Path(path)
    tmp = paths.temporary_beside(target, ".synth-")
    # One connection, used by one thread at a time (the full-text worker while Python generates).
    conn = sqlite3.connect(tmp, isolation_level=None, check_same_thread=False)
    synth = None
    try:
        db = sqlite_utils.Database(conn)
        schema.create(db)
        schema.create_fts(db)  # empty for now; filled chunk by chunk
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        conn.execute("PRAGMA temp_store = FILE")
        # Index creation and packing read the tables back many times: map the file rather than copy pages
        # through the small cache (file-backed pages, which the system can drop at will).
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        # Indexes are created after the data (same definitions, faster than updating them row by row).
        indexes = [r[1] for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")]
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
            conn.execute(f"DROP INDEX [{name}]")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO entities_fts (entities_fts, rank) VALUES ('hashsize', ?)", (FTS_HASH_SIZE,))
        synth = _Synth(conn, enterprises, seed, progress)
        info = synth.run()
        meta = {
            "name": f"合成测试目录（{enterprises} 家企业）",
            "park": PARK,
            "park_short": PARK,
            "edition": info["edition"],
            "description": (f"随机生成的合成测试目录（{enterprises} 家企业，随机种子 {seed}），用于规模与性能测试；"
                            "其中的企业、项目、数据与报道均为虚构。"),
            "synthetic": "1",
            "seed": str(seed),
        }
        rows = [(k, v) for k, v in sorted(meta.items())]
        rows += [(f"scope.{k}", v) for k, v in sorted(SCOPE_LABELS.items())]
        rows.append(("schema_version", str(schema.SCHEMA_VERSION)))
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows)
        synth.say("rows written; creating indexes")
        for sql in indexes:
            conn.execute(sql)
        synth.say("indexes created")
        conn.execute("DELETE FROM entities_fts_config WHERE k = 'hashsize'")  # back to the default
        from desktopapp.index import packing
        from desktopapp.write import derive

        # The rows above follow derive's rules (written in bulk, as a full derive would at this size take
        # far longer); derive seals them: generation, packed arrays of every kind, change counter.
        derive.update_name_keys(conn)
        from desktopapp.write import importer

        if not importer.catalogue_problems(conn):  # checked once here: imports then check only their rows
            importer.record_checked(conn, importer.check_marks(conn))
        derive.seal(conn, packing.KIND_FACETS, progress=lambda kind: synth.say(f"packed {kind}"))
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        conn.execute("COMMIT")
        derive.stamp(conn)
        counts = {name: db[name].count for name in schema.TABLES}
        conn.close()
        os.replace(tmp, target)
        synth.say(f"done: {counts['entities']} entities, {target.stat().st_size / 1e6:.0f} MB")
    finally:
        if synth is not None and synth.worker is not None:
            synth.worker.join()  # never leave the full-text worker writing to a file being removed
        conn.close()
        if tmp.exists():
            tmp.unlink()
    return counts
