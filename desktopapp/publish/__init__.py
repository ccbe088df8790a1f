"""A Datasette publishing kit: `write_kit(catalogue, folder)` writes what

    datasette serve -i catalogue.db -m metadata.yml

needs to show the catalogue read-only in a browser. The user's catalogue is never written: it is copied
(SQLite's backup API, from a read-only connection) into the folder, and the views, the label table and
the full-text triggers are added to the copy. No Qt, no Datasette needed to write the kit.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktopapp.publish import metadata as _metadata
from desktopapp.publish import views

DATABASE = "catalogue.db"
METADATA = "metadata.yml"
README = "README.txt"


CODED_VALUES = {"basis": ("actual", "target", "expected", "plan"), "level": ("system", "chain", "segment"),
                "link_basis": ("stated", "inferred")}


def _labels(cat) -> list[tuple[str, str, str]]:
    from desktopapp.catalogue.kinds import KIND_FACETS
    from desktopapp.labels import kind_label, value_label

    rows = [("kind", k, kind_label(k)) for k in KIND_FACETS]
    rows += [("scope", key.split(".", 1)[1], value) for key, value in cat.meta.items()
             if key.startswith("scope.") and value]
    rows += [(facet, value, value_label(facet, value)) for facet, codes in CODED_VALUES.items() for value in codes]
    return rows


PRIVATE_TABLES = ("change_log", "undo_log")


def _copy(cat, target: Path) -> None:
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        cat.conn.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        # The copy is ours: a trigger the catalogue file brought along must not run in the writes below.
        for (name,) in dst.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            dst.execute(f'DROP TRIGGER "{_ident(name)}"')
        dst.execute("BEGIN")
        names = [*views.VIEWS, views.FACTS_VIEW, views.SOURCES_VIEW]
        for name in names:
            for kind in ("VIEW", "TABLE"):
                if dst.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type = ?",
                               (name, kind.lower())).fetchone():
                    dst.execute(f'DROP {kind} "{name}"')
        dst.execute(f"DROP TABLE IF EXISTS {views.LABELS_TABLE}")
        # The editing records name the officers who made changes (OS user names) and hold old values:
        # they stay in the team's own file, not on a site anyone can browse.
        for private in PRIVATE_TABLES:
            dst.execute(f'DROP TABLE IF EXISTS "{private}"')
        dst.execute(f"CREATE TABLE {views.LABELS_TABLE} (facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT, "
                    f"PRIMARY KEY (facet, value))")
        dst.executemany(f"INSERT OR REPLACE INTO {views.LABELS_TABLE} VALUES (?, ?, ?)", _labels(cat))
        for name, (sql, *_rest) in views.VIEWS.items():
            dst.execute(f'CREATE VIEW "{name}" AS {sql}')
        dst.execute(f'CREATE VIEW "{views.FACTS_VIEW}" AS {views.FACTS_SQL}')
        dst.execute(f'CREATE VIEW "{views.SOURCES_VIEW}" AS {views.SOURCES_SQL}')
        for trigger in views.fts_triggers():
            dst.execute(trigger)
        dst.execute("COMMIT")
        dst.execute("VACUUM")
    finally:
        dst.close()


def _ident(name: str) -> str:
    return name.replace('"', '""')


def readme(cat) -> str:
    return f"""{cat.meta.get("name") or "招商图鉴"}：在浏览器中只读发布

    pip install datasette
    datasette serve -i {DATABASE} -m {METADATA}

然后打开 http://127.0.0.1:8001/ 。-i 以只读（不可变）方式打开文件；metadata.yml 关闭了任意 SQL 查询，
只保留按任意字词搜索（含一两个字）的预设查询。

{DATABASE} 是目录的副本，另加了按类别的视图（企业、项目、产业链……，标签代替代码，产业链可分面）
和保持全文索引同步的触发器。目录更新后，请重新运行 desktopapp publish -o 本文件夹；
如果用其他工具直接修改了副本的 entities 表，触发器会同步全文索引；若索引与数据不一致，
可运行 sqlite-utils rebuild-fts {DATABASE} entities 重建。
"""


def write_kit(catalogue_path: str | Path, folder: str | Path) -> list[Path]:
    """Write catalogue.db (a copy with views), metadata.yml and README.txt into `folder` (created if needed;
    its parent must exist). Returns the files written."""
    from desktopapp.catalogue import Catalogue, CatalogueError
    from desktopapp.i18n import translate

    folder = Path(folder)
    source = Path(catalogue_path)
    target = folder / DATABASE
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        message = translate("Publish", "不能发布到目录文件所在的位置：{path}（目录本身不会被修改，请换一个文件夹）")
        raise CatalogueError(message.format(path=target))
    with Catalogue(source) as cat:
        folder.mkdir(exist_ok=True)
        tmp = folder / f".{DATABASE}.partial"
        tmp.unlink(missing_ok=True)
        try:
            _copy(cat, tmp)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        meta = _metadata.metadata(cat, Path(DATABASE).stem, cat.sources())
        (folder / METADATA).write_text(_metadata.to_yaml(meta) + "\n", encoding="utf-8")
        (folder / README).write_text(readme(cat), encoding="utf-8")
    return [target, folder / METADATA, folder / README]
