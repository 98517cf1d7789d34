"""Deleting a round nobody has answered (step 2's round controls and step 5): a follow-up started by an Enter
too many goes again. Asked first (No is the default); a round with answers is never deleted (the store refuses
it too, inside its transaction). A read-only or failing file raises on, to the window's write-problem handling."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.store.errors import RoundHasAnswers
from vzworkshop.store.records import ItemAssessment, Round
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.autosave import flush_all
from vzworkshop.ui.widgets.plan_common import confirm


def delete_unanswered_round(parent: QWidget, store: WorkshopStore, round_id: int) -> bool:
    """Ask, then delete the round; True when it was deleted."""
    flush_all()  # notes still being typed for it are written first, so the question counts them
    rnd = store.find(Round, round_id)
    if rnd is None:
        return False
    answers = store.round_ballots(round_id)
    if answers:
        _refused(parent, rnd.name, answers)
        return False
    discussed = rnd.notes.strip() or any(a.agreed_level is not None or a.notes.strip()
                                         for a in store.list(ItemAssessment, round_id=round_id))
    text = tr("Delete the round “{name}”? Nobody has answered in it.").format(name=rnd.name)
    if discussed:
        text += " " + tr("Its agreed levels and notes are deleted with it.")
    text += " " + tr("This cannot be undone.")
    if not confirm(parent, tr("Delete round"), text):
        return False
    try:
        store.delete_round(round_id)
    except RoundHasAnswers as exc:  # answers came in meanwhile (an import)
        _refused(parent, rnd.name, exc.ballots)
        return False
    return True


def _refused(parent: QWidget, name: str, answers: int) -> None:
    QMessageBox.information(parent, tr("Round not deleted"), tr(
        "“{name}” has %n answer(s). A round with answers is never deleted.", None, answers).format(name=name))
