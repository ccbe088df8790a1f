"""Photos and logos of enterprises, projects and facilities, stored in the catalogue's `images` table.

Every image is normalised with Pillow before it is stored: EXIF orientation applied (then dropped with the
rest of the metadata, GPS included), longest side capped at MAX_SIDE, a THUMB-pixel thumbnail made, saved as
JPEG (or PNG when it has transparency). Files that are not images, truncated images, and decompression bombs
(small files that would expand to huge pictures) are refused with a message.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.kinds import IMAGE_KINDS, PICTURED_KINDS
from desktopapp.i18n import translate

MAX_SIDE = 1600
THUMB = 256
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000  # about 7000 × 7000
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")


@dataclass
class Normalised:
    mime: str
    width: int
    height: int
    data: bytes
    thumb: bytes


@dataclass
class Attached:
    entity_id: int
    entity_name: str
    width: int
    height: int
    catalogue: Path
    backup: Path | None  # None when the catalogue is written in place (see maintenance.writes_in_place)


def normalise(data: bytes, name: str = "") -> Normalised:
    """The stored form of an image file's bytes, or CatalogueError saying why it is refused."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    label = name or translate("Images", "文件")
    if not data:
        raise CatalogueError(translate("Images", "{name} 是空文件，不是图片。").format(name=label))
    if len(data) > MAX_FILE_BYTES:
        raise CatalogueError(translate("Images", "{name} 太大（{mb} MB），图片不能超过 25 MB。").format(
            name=label, mb=len(data) // (1024 * 1024)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise CatalogueError(translate("Images", "{name} 的尺寸过大（{w}×{h} 像素），可能是恶意构造的文件，已拒绝。").format(
                    name=label, w=image.width, h=image.height))
            image.load()
    except CatalogueError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CatalogueError(translate("Images", "{name} 解压后过大，可能是恶意构造的文件，已拒绝。").format(name=label)) from exc
    except UnidentifiedImageError as exc:
        raise CatalogueError(translate("Images", "{name} 不是可识别的图片（支持 JPEG、PNG、WebP、GIF、BMP、TIFF）。").format(
            name=label)) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CatalogueError(translate("Images", "{name} 已损坏或不完整，无法读取（{error}）。").format(name=label, error=exc)) from exc
    try:
        image = ImageOps.exif_transpose(image)
    except Exception:  # a broken EXIF block: keep the pixels as they are
        pass
    alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if alpha else "RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.LANCZOS)
    thumb = image.copy()
    thumb.thumbnail((THUMB, THUMB), Image.LANCZOS)
    fmt, mime = ("PNG", "image/png") if alpha else ("JPEG", "image/jpeg")

    def encode(im) -> bytes:
        out = io.BytesIO()
        im.save(out, fmt, **({"quality": 86, "optimize": True} if fmt == "JPEG" else {"optimize": True}))
        return out.getvalue()

    return Normalised(mime, image.width, image.height, encode(image), encode(thumb))


def attach(catalogue_path: str | Path, entity_id: int, file: str | Path, kind: str = "photo",
           note: str | None = None) -> Attached:
    """Store `file` as the `kind` image of `entity_id` in the working copy of `catalogue_path` (replacing an
    earlier image of that kind), after a backup."""
    from desktopapp.write import derive, maintenance

    if kind not in IMAGE_KINDS:
        raise CatalogueError(translate("Images", "图片类型只能是 photo（照片）或 logo（标志）。"))
    file = Path(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise CatalogueError(translate("Images", "无法读取 {name}：{error}").format(name=file, error=exc.strerror or exc)) from exc
    image = normalise(data, file.name)
    target = maintenance.working_copy(catalogue_path)
    saved = maintenance.backup(target) if maintenance.backs_up(target) else None
    with maintenance.writing(target) as conn:
        row = conn.execute("SELECT name, kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None or row[1] not in PICTURED_KINDS:
            raise CatalogueError(translate("Images", "只能给企业、项目或配套设施添加图片。"))
        ensure_table(conn)
        conn.execute("DELETE FROM images WHERE entity_id = ? AND kind = ?", (entity_id, kind))
        conn.execute(
            "INSERT INTO images (id, entity_id, kind, mime, width, height, data, thumb, note, added) "
            "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM images), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entity_id, kind, image.mime, image.width, image.height, image.data, image.thumb,
             note or translate("Images", "来自文件 {name}").format(name=file.name), datetime.now().isoformat(timespec="seconds")))
        derive.derive(conn, derive.Changes())  # images feed no derived data: only the generation moves
    return Attached(entity_id, row[0], image.width, image.height, target, saved)


def attach_by_name(catalogue_path: str | Path, name: str, file: str | Path, role: str = "photo",
                   note: str | None = None) -> Attached:
    """`attach` for the one enterprise, project or facility called `name` (name, short name or alias)."""
    from desktopapp.catalogue import Catalogue

    with Catalogue(catalogue_path) as cat:
        ids = [i for i in cat.find(name) if cat.kind_of(i) in PICTURED_KINDS]
        if not ids:
            close = [cat.row(i)["name"] for i in cat.suggest(name) if cat.kind_of(i) in PICTURED_KINDS]
            hint = translate("Images", " 最接近的有：{names}").format(names="、".join(close)) if close else ""
            raise CatalogueError(translate("Images", "找不到企业、项目或配套设施“{name}”。").format(name=name) + hint)
        if len(ids) > 1:
            raise CatalogueError(translate("Images", "“{name}”对应多个条目：{names}。请写全称。").format(
                name=name, names="、".join(cat.row(i)["name"] for i in ids)))
    return attach(catalogue_path, ids[0], file, role, note)


def ensure_table(conn) -> None:
    """Create the images table if this catalogue predates it (a working copy of an older build)."""
    conn.execute(  # the statement sqlite-utils writes for schema.TABLES["images"] in a fresh build
        'CREATE TABLE IF NOT EXISTS "images" (\n   "id" INTEGER PRIMARY KEY,\n'
        '   "entity_id" INTEGER REFERENCES "entities"("id"),\n   "kind" TEXT,\n   "mime" TEXT,\n'
        '   "width" INTEGER,\n   "height" INTEGER,\n   "data" BLOB,\n   "thumb" BLOB,\n   "note" TEXT,\n'
        '   "added" TEXT\n)')
    conn.execute("CREATE INDEX IF NOT EXISTS idx_images_entity_id ON images (entity_id)")
