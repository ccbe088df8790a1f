"""The app bundle's seams that run in every test run: where the frozen app finds its data, the icon, the Linux
menu entry. Building the bundle itself (a minute) is tools/build_app.sh's smoke run, in CI after the tests."""

import configparser
import re
import sys

from conftest import ROOT

from desktopapp.catalogue import paths


def test_frozen_app_reads_catalogue_and_resources_from_the_bundle(monkeypatch, tmp_path):
    # PyInstaller sets sys._MEIPASS to the bundle's data folder; the spec lays the files out as the wheel does.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    data = tmp_path / "desktopapp" / "_data"
    assert paths.bundled_catalogue() == data / "catalogue.db"
    assert paths.resources_dir() == data / "resources"


def test_spec_carries_what_the_paths_point_to():
    spec = (ROOT / "packaging" / "desktopapp.spec").read_text(encoding="utf-8")
    assert 'DATA = "desktopapp/_data"' in spec
    for needed in ('"catalogue.db"), DATA)', '"fonts" / "*.otf"), f"{DATA}/resources/fonts")',
                   '"desktopapp.png"), f"{DATA}/resources/icons")', '"*.qm"), f"{DATA}/resources/i18n")'):
        assert needed in spec


def test_icons_exist_in_every_platform_format():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    assert Image.open(icons / "desktopapp.png").size == (512, 512)
    assert (256, 256) in Image.open(icons / "desktopapp.ico").info["sizes"]
    assert Image.open(icons / "desktopapp.icns").format == "ICNS"


def test_desktop_entry_names_the_program_icon_and_window(qapp):
    from desktopapp.gui.app import APPLICATION, make_application

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "desktopapp.desktop", encoding="utf-8")
    e = entry["Desktop Entry"]
    assert e["Type"] == "Application" and e["Terminal"] == "false"
    assert e["Name"] == APPLICATION
    assert e["Exec"] == "desktopapp"  # install_linux.sh rewrites it to the installed program's full path
    assert (ROOT / "resources" / "icons" / f"{e['Icon']}.png").is_file()
    assert re.fullmatch(r"([A-Za-z]+;)+", e["Categories"])
    app = make_application()
    # X11 desktops match a window to its entry by WM_CLASS, whose class Qt takes from the application name;
    # Wayland ones by the desktop file name.
    assert e["StartupWMClass"] == app.applicationName()
    assert app.desktopFileName() == "desktopapp"
    assert not app.windowIcon().isNull()
