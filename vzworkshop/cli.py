"""The command line. A contract: tests and users rely on these commands and their output.

    vzworkshop                          start the GUI
    vzworkshop FILE.vzw                 open a workshop in the GUI
    vzworkshop --version
    vzworkshop new FILE.vzw --org NAME [--title T] [--lang da|en] [--min-group-size N]
    vzworkshop import-answers FILE.vzw ANSWERS.csv [--round NAME] [--group NAME]
    vzworkshop summary FILE.vzw [--round NAME] [--json]

Errors: one line on stderr, exit status 1 (2 for usage errors), never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vzworkshop import __version__

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure to report on one line (exit status 1)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _min_group_size(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 2 <= n <= 20:
        raise argparse.ArgumentTypeError(f"{n} is outside 2-20")
    return n


def cmd_new(args: argparse.Namespace) -> int:
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    if not args.org.strip():
        raise CommandError("--org must name the organisation")
    workshop = Workshop(
        organisation=args.org.strip(),
        title=args.title or "",
        date=args.date or datetime.date.today().isoformat(),
        facilitator=args.facilitator or "",
        language=args.lang,
        min_group_size=args.min_group_size,
    )
    WorkshopStore.create(Path(args.file), workshop).close()
    print(f"Created {args.file}")
    return 0


def cmd_import_answers(args: argparse.Namespace) -> int:
    from vzworkshop.core.rounds import BASELINE, default_round_name
    from vzworkshop.reports.answers_csv import read_answers
    from vzworkshop.store import WorkshopStore

    answers = read_answers(Path(args.answers), group=args.group)  # validate before touching the workshop
    with WorkshopStore.open(Path(args.file)) as store:
        default_round = default_round_name(store.workshop().language, BASELINE)
        rnd = store.import_answers(args.round, answers.rows, default_round=default_round)
    groups = sorted({g for g, _ in answers.rows if g})
    where = f" in groups {', '.join(groups)}" if groups else ""
    print(f"Imported {answers.respondents} respondents into round '{rnd.name}'{where}.")
    if answers.ignored_columns:
        print(f"Ignored columns: {', '.join(answers.ignored_columns)}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from vzworkshop.reports.summary_text import summary_json, summary_text
    from vzworkshop.store import WorkshopStore

    with WorkshopStore.open(Path(args.file)) as store:
        rounds = store.rounds()
        if args.round is not None:
            rounds = [r for r in rounds if r.name == args.round]
            if not rounds:
                raise CommandError(f"the workshop has no round named '{args.round}'")
        if args.json:
            print(json.dumps(summary_json(store, rounds), ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(summary_text(store, rounds))
    return 0


def _configure_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.vzw")
    p.add_argument("--org", required=True, help="the organisation's name")
    p.add_argument("--title", help="the workshop's title")
    p.add_argument("--date", help="the workshop's date (YYYY-MM-DD, default today)")
    p.add_argument("--facilitator", help="the facilitator's name")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language of the method content")
    p.add_argument("--min-group-size", type=_min_group_size, default=3, metavar="N",
                   help="fewest answers before a group's figures are shown (2-20, default 3)")


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.vzw")
    p.add_argument("answers", metavar="ANSWERS.csv")
    p.add_argument("--round", metavar="NAME", help="round to add to (created if missing; default: the latest)")
    p.add_argument("--group", metavar="NAME", help="put every respondent in this group")


def _configure_summary(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.vzw")
    p.add_argument("--round", metavar="NAME", help="only this round")
    p.add_argument("--json", action="store_true", help="print one JSON object")


# name -> (help, configure, handler). Other modules add their commands with `register`.
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Handler]] = {
    "new": ("create a new workshop file", _configure_new, cmd_new),
    "import-answers": ("add answers from a CSV file (one row per respondent)", _configure_import,
                       cmd_import_answers),
    "summary": ("print the results", _configure_summary, cmd_summary),
}


def register(name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None],
             handler: Handler) -> None:
    COMMANDS[name] = (help_text, configure, handler)


def _load_extra_commands() -> None:
    """Commands defined beside their code (exports, merging); imported lazily to keep start-up quick."""
    import importlib

    for module in ("vzworkshop.reports.commands",):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def _opens_gui_directly(argv: Sequence[str]) -> bool:
    """`vzworkshop` or `vzworkshop FILE.vzw`: the app starts without the extra commands' imports (start-up)."""
    return not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS
                        and bool(Path(argv[0]).suffix))


def _gui(argv: Sequence[str]) -> int:
    parser = _Parser(prog="vzworkshop", description="Run a Vision Zero workshop on psychosocial wellbeing.",
                     epilog="commands: " + ", ".join(COMMANDS) + " (vzworkshop COMMAND --help)")
    parser.add_argument("--version", action="version", version=f"vzworkshop {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE.vzw", help="workshop file to open")
    args, qt_args = parser.parse_known_args(argv)
    if args.file and not Path(args.file).suffix and not Path(args.file).exists():
        parser.error(f"unknown command '{args.file}' (commands: {', '.join(COMMANDS)})")
    try:
        from vzworkshop.ui.app import run
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("vzworkshop.ui"):
            raise
        raise CommandError("the graphical app is not part of this build yet; use the commands "
                           + ", ".join(COMMANDS)) from exc
    return run(Path(args.file) if args.file else None, list(qt_args))


def _is_answers_error(exc: BaseException) -> bool:
    """An `AnswersFileError` (the CSV module is imported only by the commands that read answers)."""
    module = sys.modules.get("vzworkshop.reports.answers_csv")
    return module is not None and isinstance(exc, module.AnswersFileError)


def _fail(message: object) -> int:
    text = " ".join(str(message).split())  # one line, whatever the message holds
    print(f"vzworkshop: {text}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not (_opens_gui_directly(argv) and gc.isenabled()):
        return _main(argv)
    # Start-up makes hundreds of thousands of objects (modules, Qt wrappers, enums) and frees few: the
    # collector's passes over them are wasted work. The app turns it back on once its window is painted.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str]) -> int:
    from vzworkshop.store.errors import WorkshopFileError

    try:
        if not _opens_gui_directly(argv):
            _load_extra_commands()
        if argv and argv[0] in COMMANDS:
            help_text, configure, handler = COMMANDS[argv[0]]
            parser = _Parser(prog=f"vzworkshop {argv[0]}", description=help_text)
            configure(parser)
            status = handler(parser.parse_args(argv[1:]))
        else:
            status = _gui(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        # The reader went away (`vzworkshop summary --json | head -1`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except ValueError as exc:
        if not _is_answers_error(exc):
            return _fail(exc)
        where = f"{Path(argv[2]).name}: " if len(argv) > 2 else ""
        return _fail(f"{where}{exc}")
    except KeyError as exc:
        return _fail(exc.args[0] if exc.args else exc)
    except (CommandError, WorkshopFileError) as exc:
        return _fail(exc)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("VZWORKSHOP_DEBUG"):
            raise
        return _fail(f"unexpected error ({type(exc).__name__}: {exc}); set VZWORKSHOP_DEBUG=1 for details")
