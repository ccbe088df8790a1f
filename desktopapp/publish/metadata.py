"""Datasette's metadata.yml for the published copy: title, description, sources and licence note, column
descriptions in Chinese, label columns, default facets, hidden internal tables (and the raw tables, which
stay one link away, so that the Chinese views are what a visitor sees first), no arbitrary SQL, and the
canned query for short terms. Written as YAML by a small emitter (no YAML library needed to publish)."""

from __future__ import annotations

import html
import json

from desktopapp.publish import views

HIDDEN = ("packed", "facet_values", "images", "mentions", "aliases", views.LABELS_TABLE)

TABLES = {
    "entities": ("全部条目（原始表）：六类条目的全部字段。", "name",
                 {"kind": "类别代码", "scope": "范围代码", "chains": "所在产业链路径（文本）",
                  "pinyin": "拼音与首字母（用于搜索）", "sort_key": "排序键", "synthetic": "是否为合成测试数据"}),
    "facts": ("数据（原始表）：每条数据及其出处编号。", "value",
              {"conflict": "各来源是否不一致", "current": "是否为当前值"}),
    "sources": ("来源报道（原始表）。", "title", {"file": "原文文件名（内部）"}),
    "citations": ("引文（原始表）：报道中的原句。", "quote", {"joined": "原文此处跨行，已连接"}),
    "stages": ("进展（原始表）：各阶段及日期。", "stage", {"date_inferred": "日期为推算"}),
    "tags": ("标签与荣誉（原始表）。", "tag", {}),
    "links": ("关联（原始表）：条目之间的关系。", "relation", {"basis": "报道明确或推断"}),
    "meta": ("目录信息：名称、数据截至日期、格式版本。", "key", {}),
}


def metadata(cat, database: str, sources: list[dict]) -> dict:
    """The metadata for a database named `database` (the copy's file stem) of catalogue `cat`."""
    meta = cat.meta
    listing = "；".join(f"{s['date']}《{s['title']}》" for s in sources)
    tables: dict[str, dict] = {}
    short = (' 搜索框需至少三个字；一两个字（如“虹”“传感”）请用<a href="search">按任意字词搜索</a>。')
    for name, (_sql, description, columns, facets) in views.VIEWS.items():
        tables[name] = {"description_html": html.escape(description) + short, "columns": columns,
                        "facets": facets, "fts_table": "entities_fts", "fts_pk": "id", "label_column": "名称"}
    tables[views.FACTS_VIEW] = {"description": views.FACTS_DESCRIPTION, "facets": views.FACTS_FACETS,
                                "columns": {"原文": "报道中的原句，一字不差", "截至": "数据的截至日期"}}
    tables[views.SOURCES_VIEW] = {"description": views.SOURCES_DESCRIPTION, "label_column": "标题"}
    for name, (description, label, columns) in TABLES.items():  # listed under "hidden tables": the views
        tables[name] = {"description": description, "label_column": label, "columns": columns,  # come first
                        "hidden": True}
    for name in HIDDEN:
        tables[name] = {"hidden": True}
    return {
        "title": meta.get("name") or "招商图鉴",
        "description": (meta.get("description") or "")
        + (f"数据截至 {meta['edition']}。" if meta.get("edition") else "")
        + "三个字以上可用各表的搜索框；一两个字的词请用“按任意字词搜索”。",
        "source": f"{len(sources)} 篇公开报道：{listing}",
        "license": "摘录自公开报道，报道版权归原作者及刊发媒体所有；本目录仅供招商参考，引用请注明原报道。",
        "allow_sql": False,
        "databases": {
            database: {
                "description": meta.get("description") or "",
                "tables": tables,
                "queries": {
                    views.SHORT_SEARCH: {
                        "title": "按任意字词搜索（含一两个字）",
                        "hide_sql": True,
                        "description": "在名称、别名、产业链、简介和拼音中查找任意长度的词，例如“虹”“传感”“hhyb”。",
                        "sql": views.SHORT_SEARCH_SQL,
                    },
                },
            },
        },
    }


def to_yaml(value, indent: int = 0) -> str:
    """YAML for dicts, lists, strings, numbers and booleans: strings double-quoted (JSON escapes are valid
    YAML), text of several lines as a literal block."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for key, item in value.items():
            head = f"{pad}{json.dumps(str(key), ensure_ascii=False)}:"
            lines.append(_item(head, item, indent))
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        lines = []
        for item in value:  # small mappings in lists (facets) in flow style: - {"array": "产业链"}
            flow = isinstance(item, dict) and all(not isinstance(v, (dict, list)) for v in item.values())
            lines.append(f"{pad}- {json.dumps(item, ensure_ascii=False)}" if flow else _item(f"{pad}-", item, indent))
        return "\n".join(lines)
    return _scalar(value, indent)


def _item(head: str, item, indent: int) -> str:
    if isinstance(item, (dict, list)) and item:
        return head + "\n" + to_yaml(item, indent + 1)
    if isinstance(item, str) and "\n" in item:
        body = "\n".join(("  " * (indent + 1) + line) if line else "" for line in item.splitlines())
        return f"{head} |-\n{body}"
    return f"{head} {to_yaml(item, indent + 1)}"


def _scalar(value, indent: int) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return json.dumps(str(value), ensure_ascii=False)
