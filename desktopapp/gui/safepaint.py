"""Painting that cannot take the app down.

A Python exception escaping a paint event leaves Qt's painter active on its device; the next paint then
crashes natively (a BLOB in a figure's number ended the process with SIGSEGV when 园区看板 painted). Paint
code of our own views runs through these helpers: the exception is caught inside the paint event, the
painter is ended or its state reset, the view paints a short message instead, and the error is logged and
reported once (not at every repaint).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktopapp import style
from desktopapp.i18n import translate

log = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str:
    return translate("SafePaint", "此视图无法绘制：目录中有无法显示的数据（%1）。其余功能不受影响。").replace(
        "%1", type(exc).__name__)


def _report(owner, exc: BaseException) -> None:
    """Log the first failure of `owner` and tell it (its `paint_failed(text)` if it has one)."""
    key = (type(exc).__name__, str(exc)[:200])
    if getattr(owner, "_paint_failure", None) == key:
        return
    try:
        owner._paint_failure = key
    except AttributeError:
        pass
    log.error("painting %s failed", type(owner).__name__, exc_info=exc)
    notify = getattr(owner, "paint_failed", None)
    if callable(notify):
        notify(failure_text(exc))


def _draw_message(p: QPainter, rect: QRectF, text: str) -> None:
    p.setOpacity(1.0)
    p.setClipping(False)
    p.fillRect(rect, QColor(style.SURFACE))
    p.setPen(QColor(style.GAP))
    p.drawText(rect.adjusted(16, 16, -16, -16), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, text)


def paint_widget(widget, paint) -> bool:
    """In a QWidget's paintEvent: run `paint(painter)` on a painter of the widget. False (and a message
    painted in its place) if it raised."""
    p = QPainter(widget)
    failed = None
    try:
        paint(p)
    except Exception as exc:  # noqa: BLE001 - nothing may escape a paint event
        failed = exc
    finally:
        p.end()  # however many states the paint code saved
    if failed is None:
        if getattr(widget, "_paint_failure", None) is not None:
            widget._paint_failure = None
        return True
    _report(widget, failed)
    p = QPainter(widget)
    try:
        _draw_message(p, QRectF(widget.rect()), failure_text(failed))
    finally:
        p.end()
    return False


def paint_on(owner, painter: QPainter, rect: QRectF, paint) -> bool:
    """On a painter we do not own (a QGraphicsItem's): run `paint(painter)` between save and restore; on an
    exception reset the painter's state and paint a message over `rect`."""
    painter.save()
    try:
        paint(painter)
    except Exception as exc:  # noqa: BLE001 - nothing may escape a paint event
        painter.resetTransform()
        painter.restore()
        painter.save()
        _report(owner, exc)
        _draw_message(painter, rect, failure_text(exc))
        painter.restore()
        return False
    painter.restore()
    return True
