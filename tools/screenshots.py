"""Screenshots for the user guide: the demo workshop, photographed offscreen at 1366x768, in Danish and English.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tools/screenshots.py [--out docs/img] [--lang da en]

Writes docs/img/<lang>/*.png: the start page, each step page (and the tabs the guide talks about), the
participant screens, the projector window and dialogs. Each picture is scaled to WIDTH pixels and saved as
a compressed PNG, so the guide stays small. The demo workshop lives in a temporary folder; the user's
settings are not touched (VZWORKSHOP_SETTINGS_DIR points to a temporary folder too).
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS = tempfile.TemporaryDirectory(prefix="vzworkshop-shots-settings-")
os.environ["VZWORKSHOP_SETTINGS_DIR"] = _SETTINGS.name

from PySide6.QtCore import QCoreApplication, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from vzworkshop import APP_NAME, ORG_NAME  # noqa: E402
from vzworkshop.core.tally import ITEM_COUNT, Ballot  # noqa: E402
from vzworkshop.reports.demo import build_demo  # noqa: E402
from vzworkshop.store import WorkshopStore  # noqa: E402
from vzworkshop.store.records import Workshop  # noqa: E402
from vzworkshop.ui import settings  # noqa: E402
from vzworkshop.ui.i18n import Translations  # noqa: E402
from vzworkshop.ui.main_window import WorkshopWindow  # noqa: E402
from vzworkshop.ui.participant import ParticipantWindow  # noqa: E402
from vzworkshop.ui.projector import ProjectorWindow  # noqa: E402
from vzworkshop.ui.start_page import StartPage  # noqa: E402
from vzworkshop.ui.style import apply_style  # noqa: E402

SIZE = (1366, 768)
WIDTH = 1000  # pixels wide in the guide
PNG_QUALITY = 0  # Qt's PNG "quality" is the compression level: 0 = smallest file, same pixels

FOLLOW_UP = {"da": "Opfølgning efter 6 måneder", "en": "Follow-up after 6 months"}


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Print Qt's messages except the offscreen platform's harmless note about window size hints."""
    if "does not support propagateSizeHints" not in message:
        print(f"Qt: {message}", file=sys.stderr)


def settle(widget: QWidget | None = None) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    if widget is not None:
        QTest.qWait(30)


def save(widget: QWidget, path: Path) -> Path:
    """Grab `widget`, scale it to WIDTH pixels wide and write a compressed PNG."""
    settle(widget)
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = indexed(image)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), quality=PNG_QUALITY):  # PNG, from the suffix
        raise OSError(f"could not write {path}")
    print(f"{path}  {path.stat().st_size // 1024} KB")
    return path


def indexed(image: QImage, size: int = 256, exact: int = 160) -> QImage:
    """The picture with at most `size` colours: screenshots are mostly flat colours and text, so the `exact`
    most frequent colours plus one colour from each of the most frequent remaining colour regions (icons,
    charts) keep it looking the same at a third of the file size."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(array("I", bytes(image.constBits())))
    ranked = [colour for colour, _ in counts.most_common()]
    chosen = ranked[:exact]
    region_colour: dict[int, int] = {}
    region_weight: Counter[int] = Counter()
    for colour in ranked:
        region = (colour >> 4) & 0x0F0F0F  # the top 4 bits of red, green and blue
        region_colour.setdefault(region, colour)
        region_weight[region] += counts[colour]
    taken = set(chosen)
    for region, _ in region_weight.most_common():
        if len(chosen) >= size:
            break
        if region_colour[region] not in taken:
            chosen.append(region_colour[region])
            taken.add(region_colour[region])
    nearest = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    return image.convertToFormat(QImage.Format.Format_Indexed8, [c | 0xFF000000 for c in chosen], nearest)


def select_tab(page: QWidget, index: int) -> None:
    tabs = page.findChild(QTabWidget)
    assert tabs is not None, f"{type(page).__name__} has no tabs"
    tabs.setCurrentIndex(index)


def add_follow_up(store: WorkshopStore, language: str) -> None:
    """A follow-up round a little better than the baseline, for step 5's comparison."""
    baseline = store.rounds()[0]
    assert baseline.id is not None
    names = [g.name for g in store.groups(baseline.id)]
    rnd = store.add_round(FOLLOW_UP[language], kind="follow_up", groups=names,
                          date=datetime.date(2027, 5, 25).isoformat())
    assert rnd.id is not None
    rng = random.Random(7)
    ballots = []
    for group, n in zip(store.groups(rnd.id), (8, 2, 5), strict=True):
        assert group.id is not None
        for _ in range(n):
            ballot = Ballot(rnd.id, group.id)
            for item in range(1, ITEM_COUNT + 1):
                ballot.answer(item, rng.choice((2, 3, 3, 3, 4, 4, 0)))
            ballots.append(ballot)
    store.add_ballots(ballots)


def shoot_language(language: str, out: Path, folder: Path) -> list[Path]:
    translations = Translations()
    translations.apply(language)
    target = out / language
    shots: list[Path] = []

    start = StartPage()
    start.resize(*SIZE)
    start.show()
    shots.append(save(start, target / "start.png"))
    start.close()

    from vzworkshop.ui.dialogs.workshop_dialogs import NewWorkshopDialog

    dialog = NewWorkshopDialog(None)
    dialog.show()
    shots.append(save(dialog, target / "new-workshop.png"))
    dialog.reject()

    path = folder / f"demo-{language}.vzw"
    store = WorkshopStore.create(path, Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    window = WorkshopWindow(store)
    window.resize(*SIZE)
    window.show()
    settle(window)

    def step(number: int, name: str, tab: int | None = None, before: Callable[[], None] | None = None) -> None:
        window.show_step(number, focus=False)
        page = window.page(number)
        if tab is not None:
            select_tab(page, tab)
        if before is not None:
            before()
        shots.append(save(window, target / name))

    step(1, "step1.png")
    show_agenda = getattr(window, "show_agenda", None)
    if callable(show_agenda):  # View > Agenda and timer
        show_agenda()
        shots.append(save(window, target / "agenda.png"))
    step(2, "step2.png", tab=0)
    step(2, "step2-levels.png", tab=1)
    step(2, "step2-hazards.png", tab=3)
    results = window.page(2).results  # type: ignore[attr-defined]
    step(2, "step2-groups.png", tab=0, before=lambda: results.view.setCurrentIndex(results.view.count() - 1))
    results.view.setCurrentIndex(0)
    step(3, "step3.png", tab=0)
    step(3, "step3-plan.png", tab=1)
    step(4, "step4.png")
    export = getattr(window, "export", None)
    if callable(export):  # File > Export (Ctrl+E)
        dialog = export()
        shots.append(save(dialog, target / "export.png"))
        dialog.reject()

    from vzworkshop.ui.pages.assess_rounds import NewRoundDialog

    round_dialog = NewRoundDialog([r.name for r in store.rounds()], window)
    round_dialog.show()
    shots.append(save(round_dialog, target / "new-round.png"))
    round_dialog.reject()

    baseline = store.rounds()[0]
    assert baseline.id is not None
    projector = ProjectorWindow(store)
    projector.resize(*SIZE)
    projector.set_round(baseline.id)
    projector.show()
    shots.append(save(projector, target / "projector.png"))
    projector.close()

    shots += shoot_participant(store, baseline.id, target)

    add_follow_up(store, language)
    window.refresh_all()
    step(5, "step5.png", tab=0)
    step(5, "step5-actions.png", tab=1)
    window.quitting = True
    window.close()
    return shots


def shoot_participant(store: WorkshopStore, round_id: int, target: Path) -> list[Path]:
    """The screens a participant sees; the ballot is abandoned at the end (nothing is submitted)."""
    window = ParticipantWindow(store, round_id)
    window.resize(*SIZE)
    window.show()
    QTest.keyClick(window, Qt.Key.Key_Return)
    QTest.keyClick(window, Qt.Key.Key_1)
    QTest.keyClick(window, Qt.Key.Key_3)
    QTest.keyClick(window, Qt.Key.Key_Backspace)  # back to statement 1, its answer 3 shown as chosen
    shots = [save(window, target / "participant-statement.png")]
    for value in (3, 2, 4, 3, 0, 2, 3, 2, 3, 4):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{value}"))
    shots.append(save(window, target / "participant-review.png"))
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_Return)  # delete the answers given so far
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_Return)  # end participant entry
    settle()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "img")
    parser.add_argument("--lang", nargs="+", choices=("da", "en"), default=["da", "en"])
    args = parser.parse_args(argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    apply_style(app)
    qInstallMessageHandler(quiet_offscreen)
    settings.put(settings.GUIDANCE_COLLAPSED, True)  # the step guidance folded away: the pages show their work
    total = 0
    with tempfile.TemporaryDirectory(prefix="vzworkshop-shots-") as folder:
        for language in args.lang:
            for shot in shoot_language(language, args.out, Path(folder)):
                total += shot.stat().st_size
    print(f"total {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
