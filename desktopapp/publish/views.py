"""What the published copy gets on top of the catalogue: a table of labels, one view per kind with Chinese
columns (labels instead of codes, chains and tags as JSON arrays that Datasette facets value by value), a
view of every fact with its quote and article, and triggers that keep the full-text index in step when
another tool edits `entities` in the copy."""

from __future__ import annotations

LABELS_TABLE = "publish_labels"  # (facet, value, label): kinds, scopes, levels, bases in Chinese


def _label(facet: str, column: str) -> str:
    return (f"coalesce((SELECT label FROM {LABELS_TABLE} WHERE facet = '{facet}' AND value = e.{column}), "
            f"e.{column})")


def _array(facet: str) -> str:
    """The entity's values of a facet (their labels) as a JSON array, e.g. its chains and their parents."""
    return (f"(SELECT json_group_array(label) FROM (SELECT DISTINCT label FROM facet_values "
            f"WHERE entity_id = e.id AND facet = '{facet}' ORDER BY label))")


def _view(columns: list[tuple[str, str]], kind: str) -> str:
    cols = ",\n  ".join(f'{expr} AS "{name}"' for name, expr in columns)
    return f"SELECT\n  e.id AS id,\n  {cols}\nFROM entities e\nWHERE e.kind = '{kind}'\nORDER BY e.sort_key, e.id"


SCOPE = ("范围", _label("scope", "scope"))
NAME = ("名称", "e.name")
ALIASES = ("别名", "e.aliases")
SUMMARY = ("简介", "e.summary")
CHAINS = ("产业链", _array("chain"))

# name → (SELECT, description in Chinese, {column: description}, default facets, label column)
VIEWS: dict[str, tuple[str, str, dict[str, str], list]] = {
    "企业": (
        _view([NAME, ALIASES, CHAINS, ("产业链环节", _array("segment")), ("链上角色", _array("role")),
               ("阶段", "e.stage"), ("阶段日期", "e.stage_date"), ("标签与荣誉", _array("tag")), SCOPE,
               ("年份", "e.year"), ("产值（亿元）", "e.amount"), SUMMARY], "enterprise"),
        "园区及周边的企业：所在产业链与环节、阶段、标签与荣誉。产业链、环节、标签可多值，按值分面。",
        {"产业链": "所在产业链及其上级体系（一家企业可在多条链上）", "产业链环节": "所在的链上环节",
         "链上角色": "链主、核心等", "阶段": "最近的进展阶段（签约、入驻、投产……）", "阶段日期": "进入该阶段的年月",
         "标签与荣誉": "专精特新、小巨人等，均有出处", "年份": "最近进展所在年份",
         "产值（亿元）": "报道中的产值或销售规模"},
        [{"array": "产业链"}, "阶段", "范围", {"array": "标签与荣誉"}],
    ),
    "项目": (
        _view([NAME, ALIASES, ("所属企业", _array("enterprise")), ("类别", "e.category"), CHAINS,
               ("阶段", "e.stage"), ("阶段日期", "e.stage_date"), SCOPE, ("年份", "e.year"),
               ("总投资（亿元）", "e.amount"), SUMMARY], "project"),
        "招商与建设项目：阶段（线索、在谈、签约、开工、投产……）、类别、所属企业与产业链。",
        {"所属企业": "项目所属的企业", "类别": "产业项目、平台项目、产业载体等", "阶段": "最近的进展阶段",
         "总投资（亿元）": "报道中的总投资"},
        ["阶段", "类别", {"array": "产业链"}, "范围"],
    ),
    "产业链": (
        _view([NAME, ("层级", _label("level", "level")), ("定位", "e.tier"),
               ("上级", "(SELECT p.name FROM entities p WHERE p.id = e.parent_id)"), ("路径", "e.chains"), SCOPE,
               SUMMARY], "chain"),
        "产业体系、产业链及其环节（上游到下游）。",
        {"层级": "产业体系、产业链或环节", "定位": "主导、特色、未来等", "上级": "所属的体系或产业链",
         "路径": "从体系到本条的完整路径"},
        ["层级", "范围", "定位"],
    ),
    "配套设施": (
        _view([NAME, ALIASES, ("类别", "e.category"), ("状态", "e.status"), CHAINS, SCOPE, ("年份", "e.year"),
               SUMMARY], "facility"),
        "产业载体、交通、教育医疗、生活配套等设施。",
        {"类别": "设施类别", "状态": "规划、在建、建成"},
        ["类别", "状态", "范围"],
    ),
    "机构": (
        _view([NAME, ALIASES, ("类别", "e.category"), SCOPE, SUMMARY], "organisation"),
        "政府部门、平台公司、高校院所、服务机构等。",
        {"类别": "机构类别"},
        ["类别", "范围"],
    ),
    "园区数据": (
        _view([NAME, ("指标", "e.metric"), ("数值", "e.value"), ("数", "e.num"), ("单位", "e.unit"),
               ("时期", "e.period"), ("性质", _label("basis", "basis")), SCOPE, ("年份", "e.year")], "figure"),
        "园区及其所在区、功能区与城市的统计与目标数据；每条都有出处（见“数据与出处”）。",
        {"指标": "统计指标", "数值": "报道原文中的数值", "数": "数值的数字部分（便于排序）",
         "时期": "数据所属的年份或时期", "性质": "实际、目标、预计或计划——目标不是实绩"},
        ["指标", "年份", "范围", "性质"],
    ),
}

FACTS_VIEW = "数据与出处"
FACTS_SQL = f"""SELECT
  f.id AS id,
  e.name AS "条目",
  coalesce((SELECT label FROM {LABELS_TABLE} WHERE facet = 'kind' AND value = e.kind), e.kind) AS "类别",
  CASE WHEN f.field = 'value' THEN coalesce(e.metric, '数值') ELSE f.field END AS "字段",
  f.value AS "值",
  f.period AS "时期",
  f.as_of AS "截至",
  CASE WHEN f.conflict THEN (CASE WHEN f.current THEN '各来源不一致，当前值' ELSE '各来源不一致，较早的值' END) END
    AS "说明",
  c.quote AS "原文",
  s.title AS "来源报道",
  s.date AS "报道日期"
FROM facts f
JOIN entities e ON e.id = f.entity_id
LEFT JOIN citations c ON c.id = f.citation_id
LEFT JOIN sources s ON s.id = c.source_id
ORDER BY e.sort_key, f.id"""
FACTS_DESCRIPTION = "每个数据及其出处：报道原文与报道标题、日期。不同来源不一致时各值都保留并注明。"
FACTS_FACETS = ["类别", "字段", "来源报道"]

SOURCES_VIEW = "来源报道"
SOURCES_SQL = """SELECT s.id AS id, s.title AS "标题", s.date AS "日期", s.date_note AS "日期说明",
  s.text AS "全文"
FROM sources s ORDER BY s.date"""
SOURCES_DESCRIPTION = "本目录依据的公开报道全文。报道未印日期的，日期由正文推断（见日期说明）。"

# Any text of one or more characters (FTS trigram finds nothing under 3 characters): instr scans names,
# aliases, chains and profiles; exact and leading matches of the name first.
SHORT_SEARCH = "search"
SHORT_SEARCH_SQL = f"""SELECT
  e.id AS id,
  coalesce((SELECT label FROM {LABELS_TABLE} WHERE facet = 'kind' AND value = e.kind), e.kind) AS "类别",
  e.name AS "名称",
  e.aliases AS "别名",
  e.chains AS "产业链",
  e.summary AS "简介"
FROM entities e
WHERE length(trim(:q)) > 0 AND (
  instr(e.name, trim(:q)) > 0 OR instr(coalesce(e.aliases, ''), trim(:q)) > 0
  OR instr(coalesce(e.chains, ''), trim(:q)) > 0 OR instr(coalesce(e.summary, ''), trim(:q)) > 0
  OR instr(coalesce(e.pinyin, ''), lower(trim(:q))) > 0)
ORDER BY e.name <> trim(:q), instr(e.name, trim(:q)) = 0, instr(e.name, trim(:q)), length(e.name), e.id
LIMIT 500"""

FTS_COLUMNS = ("name", "aliases", "pinyin", "chains", "summary")


def fts_triggers() -> list[str]:
    """sqlite-utils' triggers for an external-content FTS5 table (what `enable_fts(create_triggers=True)`
    writes), so that an edit of `entities` by another tool keeps `entities_fts` in step."""
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    return [
        f"CREATE TRIGGER entities_ai AFTER INSERT ON entities BEGIN\n"
        f"  INSERT INTO entities_fts (rowid, {cols}) VALUES (new.id, {new});\nEND",
        f"CREATE TRIGGER entities_ad AFTER DELETE ON entities BEGIN\n"
        f"  INSERT INTO entities_fts (entities_fts, rowid, {cols}) VALUES('delete', old.id, {old});\nEND",
        f"CREATE TRIGGER entities_au AFTER UPDATE ON entities BEGIN\n"
        f"  INSERT INTO entities_fts (entities_fts, rowid, {cols}) VALUES('delete', old.id, {old});\n"
        f"  INSERT INTO entities_fts (rowid, {cols}) VALUES (new.id, {new});\nEND",
    ]
