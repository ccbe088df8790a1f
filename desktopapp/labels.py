"""Display labels of the catalogue's kinds, facets, relations and sort columns (Chinese source text).

Labels go through `desktopapp.i18n.translate`, so the GUI's Qt translator can replace them.
"""

from __future__ import annotations

from desktopapp.i18n import QT_TRANSLATE_NOOP
from desktopapp.i18n import translate

_KINDS = {
    "enterprise": QT_TRANSLATE_NOOP("Labels", "企业"),
    "project": QT_TRANSLATE_NOOP("Labels", "项目"),
    "chain": QT_TRANSLATE_NOOP("Labels", "产业链"),
    "facility": QT_TRANSLATE_NOOP("Labels", "配套设施"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "机构"),
    "figure": QT_TRANSLATE_NOOP("Labels", "园区数据"),
}

_FACETS = {
    "chain": QT_TRANSLATE_NOOP("Labels", "产业链"),
    "segment": QT_TRANSLATE_NOOP("Labels", "产业链环节"),
    "stage": QT_TRANSLATE_NOOP("Labels", "阶段"),
    "role": QT_TRANSLATE_NOOP("Labels", "链上角色"),
    "tag": QT_TRANSLATE_NOOP("Labels", "标签与荣誉"),
    "facility": QT_TRANSLATE_NOOP("Labels", "所在载体"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "关联机构"),
    "enterprise": QT_TRANSLATE_NOOP("Labels", "所属企业"),
    "scope": QT_TRANSLATE_NOOP("Labels", "范围"),
    "year": QT_TRANSLATE_NOOP("Labels", "年份"),
    "source": QT_TRANSLATE_NOOP("Labels", "来源报道"),
    "category": QT_TRANSLATE_NOOP("Labels", "类别"),
    "status": QT_TRANSLATE_NOOP("Labels", "状态"),
    "level": QT_TRANSLATE_NOOP("Labels", "层级"),
    "tier": QT_TRANSLATE_NOOP("Labels", "定位"),
    "metric": QT_TRANSLATE_NOOP("Labels", "指标"),
    "basis": QT_TRANSLATE_NOOP("Labels", "性质"),
    "link_basis": QT_TRANSLATE_NOOP("Labels", "关联依据"),
}

_VALUES = {
    ("basis", "actual"): QT_TRANSLATE_NOOP("Labels", "实际"),
    ("basis", "target"): QT_TRANSLATE_NOOP("Labels", "目标"),
    ("basis", "expected"): QT_TRANSLATE_NOOP("Labels", "预计"),
    ("basis", "plan"): QT_TRANSLATE_NOOP("Labels", "计划"),
    ("level", "system"): QT_TRANSLATE_NOOP("Labels", "产业体系"),
    ("level", "chain"): QT_TRANSLATE_NOOP("Labels", "产业链"),
    ("level", "segment"): QT_TRANSLATE_NOOP("Labels", "环节"),
    ("link_basis", "stated"): QT_TRANSLATE_NOOP("Labels", "报道明确"),
    ("link_basis", "inferred"): QT_TRANSLATE_NOOP("Labels", "推断"),
}

_RELATIONS = {
    "chain": (QT_TRANSLATE_NOOP("Labels", "所在产业链"), QT_TRANSLATE_NOOP("Labels", "链上主体")),
    "project_of": (QT_TRANSLATE_NOOP("Labels", "所属企业"), QT_TRANSLATE_NOOP("Labels", "项目")),
    "located_in": (QT_TRANSLATE_NOOP("Labels", "所在载体"), QT_TRANSLATE_NOOP("Labels", "入驻主体")),
    "partner": (QT_TRANSLATE_NOOP("Labels", "合作方"), QT_TRANSLATE_NOOP("Labels", "合作方")),
    "investor": (QT_TRANSLATE_NOOP("Labels", "投资方"), QT_TRANSLATE_NOOP("Labels", "投资对象")),
    "built_by": (QT_TRANSLATE_NOOP("Labels", "建设方"), QT_TRANSLATE_NOOP("Labels", "承建项目")),
    "operated_by": (QT_TRANSLATE_NOOP("Labels", "运营方"), QT_TRANSLATE_NOOP("Labels", "运营对象")),
    "part_of": (QT_TRANSLATE_NOOP("Labels", "隶属于"), QT_TRANSLATE_NOOP("Labels", "下设")),
    "serves": (QT_TRANSLATE_NOOP("Labels", "服务对象"), QT_TRANSLATE_NOOP("Labels", "服务方")),
    "supplies": (QT_TRANSLATE_NOOP("Labels", "客户与市场"), QT_TRANSLATE_NOOP("Labels", "供应方")),
}

_COLUMNS = {
    "name": QT_TRANSLATE_NOOP("Labels", "名称"),
    "aliases": QT_TRANSLATE_NOOP("Labels", "别名"),
    "stage": QT_TRANSLATE_NOOP("Labels", "阶段"),
    "stage_date": QT_TRANSLATE_NOOP("Labels", "阶段日期"),
    "year": QT_TRANSLATE_NOOP("Labels", "年份"),
    "amount": QT_TRANSLATE_NOOP("Labels", "金额（亿元）"),
    "category": QT_TRANSLATE_NOOP("Labels", "类别"),
    "status": QT_TRANSLATE_NOOP("Labels", "状态"),
    "scope": QT_TRANSLATE_NOOP("Labels", "范围"),
    "metric": QT_TRANSLATE_NOOP("Labels", "指标"),
    "value": QT_TRANSLATE_NOOP("Labels", "数值"),
    "period": QT_TRANSLATE_NOOP("Labels", "时期"),
    "basis": QT_TRANSLATE_NOOP("Labels", "性质"),
    "tier": QT_TRANSLATE_NOOP("Labels", "定位"),
    "level": QT_TRANSLATE_NOOP("Labels", "层级"),
    "summary": QT_TRANSLATE_NOOP("Labels", "简介"),
    "chains": QT_TRANSLATE_NOOP("Labels", "产业链"),
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
