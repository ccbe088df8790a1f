"""Read and check the catalogue's human-readable source files (TOML plus article texts).

The format is documented in `resources/catalogue/README.md`. Every problem found is collected and reported
together, with the file and the entity it concerns, so an editor can fix them all in one pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.catalogue.errors import SourceError
from desktopapp.catalogue.kinds import STATED_KINDS

_LINE_BREAK = re.compile(r"\s*\n\s*")

RELATIONS = (
    "chain", "project_of", "located_in", "partner", "investor", "built_by", "operated_by", "part_of",
    "serves", "supplies",
)


@dataclass
class Article:
    id: str
    title: str
    date: str
    date_note: str
    scope: str
    file: str
    text: str
    joined: str = ""

    def locate(self, quote: str) -> bool | None:
        """True if the quote is found only after joining line breaks, False if found as is, None if absent."""
        if quote and quote in self.text:
            return False
        if quote and quote in self.joined:
            return True
        return None


@dataclass
class Corpus:
    """Everything the source files say, checked, in a deterministic order."""

    meta: dict
    articles: dict[str, Article]
    chains: list[dict]
    facts_files: list[tuple[str, dict]] = field(default_factory=list)  # (source id, parsed file)


def _load_toml(path: Path, problems: list[str]) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path.name}: cannot read: {exc}")
        return {}


def read(directory: Path) -> Corpus:
    """Read the source files under `directory`; raise SourceError listing every problem."""
    problems: list[str] = []
    meta = _load_toml(directory / "catalogue.toml", problems)
    articles: dict[str, Article] = {}
    for raw in _load_toml(directory / "sources.toml", problems).get("source", []):
        path = directory / "articles" / raw["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            problems.append(f"sources.toml: article {raw['id']}: {exc}")
            continue
        articles[raw["id"]] = Article(
            id=raw["id"], title=raw["title"], date=raw["date"], date_note=raw.get("date_note", ""),
            scope=raw["scope"], file=raw["file"], text=text, joined=_LINE_BREAK.sub("", text),
        )
    chains = _load_toml(directory / "chains.toml", problems).get("chain", [])
    corpus = Corpus(meta=meta, articles=articles, chains=chains)
    facts_dir = directory / "facts"
    files = sorted(facts_dir.glob("*.toml")) if facts_dir.is_dir() else []
    for path in files:
        data = _load_toml(path, problems)
        source = data.get("source")
        if source not in articles:
            problems.append(f"{path.name}: unknown source {source!r}")
            continue
        corpus.facts_files.append((source, data))
    corpus.facts_files.sort(key=lambda item: (articles[item[0]].date, item[0]))
    _check(corpus, problems)
    if problems:
        raise SourceError("catalogue sources have problems:\n" + "\n".join(problems))
    return corpus


def _check_quote(corpus: Corpus, where: str, source: str, node: dict, problems: list[str]) -> None:
    quote = node.get("quote")
    if not quote:
        problems.append(f"{where}: missing quote")
    elif corpus.articles[source].locate(quote) is None:
        problems.append(f"{where}: quote not found in {source}: {quote!r}")


def _check(corpus: Corpus, problems: list[str]) -> None:
    chain_keys = set()
    for i, node in enumerate(corpus.chains):
        where = f"chains.toml[{node.get('key', i)}]"
        chain_keys.add(node.get("key"))
        if node.get("source") not in corpus.articles:
            problems.append(f"{where}: unknown source {node.get('source')!r}")
            continue
        if node.get("level") not in ("system", "chain", "segment"):
            problems.append(f"{where}: level must be system, chain or segment")
        if node.get("parent") and node["parent"] not in chain_keys:
            problems.append(f"{where}: parent {node['parent']!r} must be defined before it")
        _check_quote(corpus, where, node["source"], node, problems)
        for alias in node.get("alias", []):
            source = alias.get("source", node["source"])
            if source not in corpus.articles:
                problems.append(f"{where}.alias: unknown source {source!r}")
            else:
                _check_quote(corpus, f"{where}.alias", source, alias, problems)

    kinds: dict[str, str] = {}
    for source, data in corpus.facts_files:
        for entity in data.get("entity", []):
            key, kind = entity.get("key"), entity.get("kind")
            where = f"facts/{source}.toml[{key}]"
            if not key or kind not in STATED_KINDS:
                problems.append(f"{where}: needs a key and a kind among {', '.join(STATED_KINDS)}")
                continue
            if kinds.setdefault(key, kind) != kind:
                problems.append(f"{where}: kind {kind} differs from {kinds[key]} given elsewhere")
            if entity.get("scope") and entity["scope"] not in schema.SCOPES:
                problems.append(f"{where}: scope {entity['scope']!r} not among {', '.join(schema.SCOPES)}")
            if "audience" in entity and (kind != "figure" or entity["audience"] not in schema.FIGURE_AUDIENCES):
                problems.append(f"{where}: audience is for figures only, one of {', '.join(schema.FIGURE_AUDIENCES)}")
            if entity.get("status") and entity["status"] not in schema.FACILITY_STATUSES:
                problems.append(f"{where}: status {entity['status']!r} not among {schema.FACILITY_STATUSES}")
            if "quote" in entity:
                _check_quote(corpus, where, source, entity, problems)
            for part in ("alias", "fact", "stage", "tag", "link"):
                for item in entity.get(part, []):
                    _check_quote(corpus, f"{where}.{part}", source, item, problems)
            for stage in entity.get("stage", []):
                if stage.get("stage") not in schema.STAGES + schema.SIDE_STAGES:
                    problems.append(f"{where}.stage: unknown stage {stage.get('stage')!r}")
            for fact in entity.get("fact", []):
                if fact.get("basis", "actual") not in schema.FIGURE_BASES:
                    problems.append(f"{where}.fact: unknown basis {fact.get('basis')!r}")
                if not fact.get("field") or "value" not in fact:
                    problems.append(f"{where}.fact: needs field and value")
            for link in entity.get("link", []):
                if link.get("relation") not in RELATIONS:
                    problems.append(f"{where}.link: unknown relation {link.get('relation')!r}")
                if link.get("basis", "stated") not in schema.LINK_BASES:
                    problems.append(f"{where}.link: basis must be stated or inferred")
                if link.get("basis") == "inferred" and not link.get("note"):
                    problems.append(f"{where}.link to {link.get('to')}: an inferred link needs a note")
    for source, data in corpus.facts_files:
        for entity in data.get("entity", []):
            for link in entity.get("link", []):
                target = str(link.get("to", ""))
                known = target[6:] in chain_keys if target.startswith("chain:") else target in kinds
                if not known:
                    problems.append(f"facts/{source}.toml[{entity.get('key')}].link: unknown target {target!r}")
