"""The five step pages of the workshop window, loaded by name so each can be written on its own.

A page whose module does not exist yet is shown as a `PlaceholderPage` with the step's guidance.
"""

from __future__ import annotations

import importlib

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.pages.base import StepPage

STEP_PAGES: list[tuple[str, str]] = [
    ("vzworkshop.ui.pages.commit", "CommitPage"),
    ("vzworkshop.ui.pages.assess", "AssessPage"),
    ("vzworkshop.ui.pages.prioritise", "PrioritisePage"),
    ("vzworkshop.ui.pages.implement", "ImplementPage"),
    ("vzworkshop.ui.pages.evaluate", "EvaluatePage"),
]


def page_class(step: int) -> type[StepPage]:
    """The class of the page of `step` (1-5), without building it; the placeholder's if not written yet."""
    module_name, class_name = STEP_PAGES[step - 1]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        from vzworkshop.ui.pages.placeholder import PlaceholderPage

        return PlaceholderPage
    cls = getattr(module, class_name)
    if not (isinstance(cls, type) and issubclass(cls, StepPage)):
        raise TypeError(f"{module_name}.{class_name} is not a StepPage")
    return cls


def build_page(store: WorkshopStore, step: int) -> StepPage:
    """The page of `step` (1-5); a placeholder if its module is not written yet."""
    cls = page_class(step)
    if cls.__name__ == "PlaceholderPage":  # imported only when a page module is missing
        return cls(store, step)  # type: ignore[arg-type]
    return cls(store)
