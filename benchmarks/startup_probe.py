"""One process of the start-up and memory benchmarks (run by bench.py, one mode per process).

    startup_probe.py empty            a QMainWindow with a QTableView: time to its first paint
    startup_probe.py app [CATALOGUE]  the app's main window on a catalogue: time to its first paint
    startup_probe.py browse [CAT]     open, wait for rows, search, click facets, sort, jump: peak memory

Times count from the process start: the wall-clock time the parent passes in STARTUP_PROBE_T0 just before
it starts this process (else /proc/self/stat's start time, in clock ticks of 10 ms). Prints one JSON line.
"""

import json
import os
import resource
import sys
import time


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux), else since this module was imported."""
    if os.environ.get("STARTUP_PROBE_T0"):
        return (time.time() - float(os.environ["STARTUP_PROBE_T0"])) * 1000
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except OSError:
        return (time.perf_counter() - _IMPORTED) * 1000


_IMPORTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
mode = sys.argv[1]
catalogue = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
        self.done = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.on_paint)
        return False


def _status_mib(key: str) -> float | None:
    """A memory figure of /proc/self/status (Linux), in MiB, or None."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_mib() -> float:
    """Peak resident memory of this process image (VmHWM: unlike ru_maxrss, not inherited from a parent
    that forked it)."""
    peak = _status_mib("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """Resident memory of this process now (VmRSS), in MiB."""
    return _status_mib("VmRSS") or 0.0


def report(**values):
    print(json.dumps(values), flush=True)


if mode == "empty":
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1440, 900)
    probe = FirstPaint(lambda: (report(first_paint_ms=process_age_ms()), app.quit()))
    window.installEventFilter(probe)
    window.show()
    app.exec()
    sys.exit(0)

import tempfile  # noqa: E402

phases = {"qt_imported_ms": process_age_ms()}  # where start-up time goes (app mode reports them)
from desktopapp.catalogue import Catalogue  # noqa: E402
from desktopapp.gui.app import make_application  # noqa: E402
from desktopapp.gui.mainwindow import MainWindow  # noqa: E402

phases["app_imported_ms"] = process_age_ms()
app = make_application()
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
phases["application_ms"] = process_age_ms()
window = MainWindow(Catalogue(catalogue) if catalogue else Catalogue(), settings)
window.resize(1440, 900)
phases["window_built_ms"] = process_age_ms()

if mode == "app":
    probe = FirstPaint(lambda: (report(first_paint_ms=process_age_ms(), **phases), app.quit()))
    window.installEventFilter(probe)
    window.show()
    app.exec()
    sys.exit(0)

# browse
section = window.current_section()
marks = {}
steps = []
beats = {"last": None, "max_gap_ms": 0.0}


def heartbeat():
    """The event loop's longest stall while browsing (a frozen window shows as a long gap)."""
    now = time.perf_counter()
    if beats["last"] is not None and marks.get("rows_shown_ms"):
        gap = (now - beats["last"]) * 1000
        if gap > beats["max_gap_ms"]:
            beats["max_gap_ms"] = gap
            marks["max_stall_at_step"] = beats.get("step", 0)
    beats["last"] = now


timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(heartbeat)
timer.start()


def shown():
    return getattr(section, "_shown", None) == section._request


def then(action):
    steps.append(action)


then(lambda: None)
for prefix in ("科", "科技", "科技有", "hh", "zhi"):  # typed one after another, as search-as-you-type does
    then(lambda prefix=prefix: section.search.setText(prefix))
then(lambda: section._search_now())
def first_value(facet):
    """The first value the filter pane lists for `facet` (what a user would click)."""
    tree = section.filter_pane.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.data(0, 257) == facet and group.childCount():
            return group.child(0).data(0, 258)
    return None


then(lambda: first_value("stage") and section.toggle_facet("stage", first_value("stage")))
then(lambda: section._header_clicked(section.model.columns.index("year")))
then(lambda: section.table.scrollTo(section.model.index(section.model.rowCount() // 2, 0)))
then(lambda: section.search.setText(""))
then(lambda: section._search_now())
then(lambda: section.clear_all())


def run(i=0):
    if not shown():
        QTimer.singleShot(5, lambda: run(i))
        return
    if i == 0:
        marks["rows_shown_ms"] = process_age_ms()
        marks["rss_list_mib"] = rss_mib()  # the window with the list and its facet columns
    if i == SEARCHED:
        marks["rss_search_mib"] = rss_mib()  # and the search text, after the first search
    if i >= len(steps):
        window.close()
        report(peak_mib=peak_mib(), rows=section.model.rowCount(), max_stall_ms=beats["max_gap_ms"], **marks)
        app.quit()
        return
    beats["step"] = i
    steps[i]()
    QTimer.singleShot(20, lambda: run(i + 1))


SEARCHED = 7  # the step after the first search's results are shown
window.show()
QTimer.singleShot(0, lambda: marks.setdefault("rss_window_mib", rss_mib()))
QTimer.singleShot(0, run)
app.exec()
