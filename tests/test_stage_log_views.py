"""Point 6 of "any park, kept current": the dashboard's funnel and the timeline read the stage log, so a stage
an officer records today is counted in the funnel and drawn on the timeline with today's date, once the
window has reopened the working copy the change was written to."""

from __future__ import annotations

from datetime import date

from desktopapp.catalogue import Filters
from desktopapp.write.stagechange import change_stage


def test_a_stage_changed_today_shows_today(window, qtbot):
    cat = window.catalogue
    pid = cat.ids(Filters(kind="project", facets={"stage": ["在建"]}))[0]
    name = cat.row(pid)["name"]
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()
    before = dict(window.dashboard.data.stages["project"])
    today = date.today().isoformat()

    target = change_stage(cat.path, pid, "投产", today, None)
    assert window.open_catalogue(target)
    window.tabs.setCurrentWidget(window.dashboard)
    board = window.dashboard
    board.ensure_loaded()
    qtbot.waitUntil(lambda: board.data is not None and board.data.stages["project"] != before, timeout=5000)
    after = board.data.stages["project"]
    assert after.get("投产", 0) == before.get("投产", 0) + 1 and after.get("在建", 0) == before.get("在建", 0) - 1
    assert board.data.stages["project"] == {v.value: v.count for v in
                                             window.catalogue.facet_counts(Filters(kind="project"))["stage"]}

    window.tabs.setCurrentWidget(window.timeline)
    tl = window.timeline
    tl.ensure_loaded()
    qtbot.waitUntil(lambda: any(t.id == pid for t in tl.tracks), timeout=5000)
    track = next(t for t in tl.tracks if t.id == pid)
    assert track.name == name
    assert ("投产", today) in [(m.stage, m.when) for m in track.milestones]
    assert track.milestones[-1].when == today and not track.milestones[-1].inferred  # the newest step, as entered


def test_an_entered_correction_to_an_earlier_stage_is_the_current_stage(tmp_path, bundled_db):
    """An officer corrects a project the articles call 投产 back to 在建: the funnel counts it under 在建 (the
    entry is the newest statement), and undo gives the articles' stage back."""
    import shutil

    from desktopapp.catalogue import Catalogue
    from desktopapp.write import undo
    from desktopapp.reports.dashboard import load_dashboard
    from tests.conftest import assert_derived_as_rebuilt

    path = tmp_path / "cat.db"
    shutil.copy(bundled_db, path)
    cat = Catalogue(path)
    pid = cat.ids(Filters(kind="project", facets={"stage": ["投产"]}))[0]
    before = load_dashboard(cat).stages["project"]
    cat.close()
    copy = change_stage(path, pid, "在建", date.today().isoformat(), "更正")
    cat = Catalogue(copy)
    try:
        assert cat.row(pid)["stage"] == "在建" and cat.row(pid)["stage_date"] == date.today().isoformat()
        after = load_dashboard(cat).stages["project"]
        assert after["投产"] == before["投产"] - 1 and after.get("在建", 0) == before.get("在建", 0) + 1
    finally:
        cat.close()
    assert_derived_as_rebuilt(copy)
    undo.undo_last(copy)
    cat = Catalogue(copy)
    try:
        assert cat.row(pid)["stage"] == "投产"
    finally:
        cat.close()


def test_back_filling_an_earlier_milestone_keeps_the_current_stage(tmp_path, bundled_db):
    """An officer records when a project in production was signed (签约 2019-01-15): the stage log gains the
    milestone, the project stays 投产; a later correction dated after it still wins."""
    import shutil

    from desktopapp.catalogue import Catalogue
    from tests.conftest import assert_derived_as_rebuilt

    path = tmp_path / "cat.db"
    shutil.copy(bundled_db, path)
    with Catalogue(path) as cat:
        pid = cat.ids(Filters(kind="project", facets={"stage": ["投产"]}))[0]
        stage_date = cat.row(pid)["stage_date"]
    copy = change_stage(path, pid, "签约", "2019-01-15", "补录")
    with Catalogue(copy) as cat:
        assert (cat.row(pid)["stage"], cat.row(pid)["stage_date"]) == ("投产", stage_date)
        assert ("签约", "2019-01-15") in [(s.stage, s.date) for s in cat.details(pid).stages]
    assert_derived_as_rebuilt(copy)
    change_stage(copy, pid, "停滞", date.today().isoformat(), "更正")
    with Catalogue(copy) as cat:
        assert cat.row(pid)["stage"] == "停滞"
    assert_derived_as_rebuilt(copy)
