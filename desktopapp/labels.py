"""Display labels of the catalogue's kinds, facets, relations and sort columns (Chinese source text).

Labels go through `desktopapp.i18n.translate`, so the GUI's Qt translator can replace them.
"""

from __future__ import annotations

from desktopapp.i18n import translate

_KINDS = {
    "enterprise": "企业",
    "project": "项目",
    "chain": "产业链",
    "facility": "配套设施",
    "organisation": "机构",
    "figure": "园区数据",
}

_FACETS = {
    "chain": "产业链",
    "segment": "产业链环节",
    "stage": "阶段",
    "role": "链上角色",
    "tag": "标签与荣誉",
    "facility": "所在载体",
    "organisation": "关联机构",
    "enterprise": "所属企业",
    "scope": "范围",
    "year": "年份",
    "source": "来源报道",
    "category": "类别",
    "status": "状态",
    "level": "层级",
    "tier": "定位",
    "metric": "指标",
    "basis": "性质",
    "link_basis": "关联依据",
}

_VALUES = {
    ("basis", "actual"): "实际",
    ("basis", "target"): "目标",
    ("basis", "expected"): "预计",
    ("basis", "plan"): "计划",
    ("level", "system"): "产业体系",
    ("level", "chain"): "产业链",
    ("level", "segment"): "环节",
    ("link_basis", "stated"): "报道明确",
    ("link_basis", "inferred"): "推断",
}

_RELATIONS = {
    "chain": ("所在产业链", "链上主体"),
    "project_of": ("所属企业", "项目"),
    "located_in": ("所在载体", "入驻主体"),
    "partner": ("合作方", "合作方"),
    "investor": ("投资方", "投资对象"),
    "built_by": ("建设方", "承建项目"),
    "operated_by": ("运营方", "运营对象"),
    "part_of": ("隶属于", "下设"),
    "serves": ("服务对象", "服务方"),
    "supplies": ("客户与市场", "供应方"),
}

_COLUMNS = {
    "name": "名称",
    "aliases": "别名",
    "stage": "阶段",
    "stage_date": "阶段日期",
    "year": "年份",
    "amount": "金额（亿元）",
    "category": "类别",
    "status": "状态",
    "scope": "范围",
    "metric": "指标",
    "value": "数值",
    "period": "时期",
    "basis": "性质",
    "tier": "定位",
    "level": "层级",
    "summary": "简介",
    "chains": "产业链",
}


def kind_label(kind: str) -> str:
    return translate("Labels", _KINDS.get(kind, kind))


def facet_label(facet: str) -> str:
    return translate("Labels", _FACETS.get(facet, facet))


def value_label(facet: str, value: str, fallback: str | None = None) -> str:
    """The label of a coded facet value (basis, level …); other values are their own label."""
    text = _VALUES.get((facet, value))
    return translate("Labels", text) if text else (fallback if fallback is not None else value)


def relation_label(relation: str, outgoing: bool = True) -> str:
    pair = _RELATIONS.get(relation, (relation, relation))
    return translate("Labels", pair[0] if outgoing else pair[1])


def column_label(column: str) -> str:
    return translate("Labels", _COLUMNS.get(column, column))
