"""The log file, and reports of native crashes: a segfault leaves a file that the next start points to."""

import subprocess
import sys
import textwrap

from desktopapp import logs


def test_commands_write_the_log(tmp_path, capsys):
    from desktopapp import cli

    assert cli.main(["search", "华虹", "--kind", "enterprise"]) == 0
    assert cli.main(["show", "没有这家企业"]) == 1
    text = logs.log_path().read_text(encoding="utf-8")
    assert logs.log_path().parent == tmp_path / "log"
    assert "start: command search" in text and "catalogue opened:" in text and "catalogue.db" in text
    assert "start: command show" in text
    assert cli.main(["factsheet", "park", "-o", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "factsheet failed: 无法写入" in logs.log_path().read_text(encoding="utf-8")


def test_the_log_rotates():
    from logging.handlers import RotatingFileHandler

    logs.start("test")
    (handler,) = [h for h in logs.log.handlers if isinstance(h, RotatingFileHandler)]
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS
    for i in range(1200):
        logs.log.info("line %d %s", i, "招商" * 400)
    names = sorted(p.name for p in logs.log_path().parent.glob("desktopapp.log*"))
    assert names[:2] == ["desktopapp.log", "desktopapp.log.1"] and len(names) <= 1 + logs.BACKUPS
    assert all(p.stat().st_size <= logs.MAX_BYTES + 5000 for p in logs.log_path().parent.glob("desktopapp.log*"))


def _python(code: str, log_dir) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, DESKTOPAPP_LOG_DIR=str(log_dir))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=60, env=env)


def test_a_normal_exit_leaves_no_fault_file(tmp_path):
    result = _python("""
        from desktopapp import logs
        print(logs.enable_fault_file())
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(tmp_path / "fault-"))
    assert list(tmp_path.glob("fault-*")) == []


def test_a_segfault_leaves_a_report_that_the_next_start_shows(tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(tmp_path))
    result = _python("""
        import faulthandler
        from desktopapp import logs
        logs.enable_fault_file()
        def paint_the_chain_map():
            faulthandler._sigsegv()
        paint_the_chain_map()
    """, tmp_path)
    assert result.returncode in (-11, 139), result
    (fault,) = tmp_path.glob("fault-*.log")
    text = fault.read_text(encoding="utf-8")
    assert "Segmentation fault" in text and "paint_the_chain_map" in text

    from desktopapp.gui import crash
    from desktopapp.gui.app import make_application

    app = make_application()
    handler = crash.install(app)
    for box in list(handler.dialogs):
        box.close()
    reports = crash.report_native_crashes(app)
    assert len(reports) == 1 and reports[0].name.startswith("crash-native-") and not fault.exists()
    assert reports[0].read_text(encoding="utf-8") == text  # kept, under a name shown once
    box = handler.dialogs[-1]
    qtbot.waitExposed(box)
    assert str(reports[0]) in box.text() and str(logs.log_path()) in box.text()
    assert "意外终止" in box.text()
    assert not box.grab().isNull()
    box.close()
    assert crash.report_native_crashes(app) == []  # shown once


def test_an_empty_fault_file_of_a_killed_run_is_removed_and_a_running_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    (tmp_path / f"fault-20260101-000000-{dead}.log").write_text("")
    import os

    mine = tmp_path / f"fault-20260101-000000-{os.getppid()}.log"  # a running process (pytest's parent)
    mine.write_text("")
    assert logs.native_crash_reports() == []
    assert [p.name for p in tmp_path.iterdir()] == [mine.name]


def test_the_crash_dialog_and_the_about_box_name_the_log(window):
    from desktopapp.gui import crash

    try:
        raise ValueError("坏数据")
    except ValueError as exc:
        text = crash.message(ValueError, exc, None)
    assert str(logs.log_path()) in text
    assert str(logs.log_path()) in window.about_html()


def test_an_unexpected_error_is_in_the_log_with_its_report():
    from desktopapp.gui import crash

    logs.start("test")
    try:
        raise KeyError("坏键")
    except KeyError as exc:
        report = crash.write_report(KeyError, exc, exc.__traceback__)
    text = logs.log_path().read_text(encoding="utf-8")
    assert f"unexpected error (report {report.name}): KeyError: '坏键'" in text
