"""Command-line commands for printing and data exchange, registered with `vzworkshop.cli.register`.

    vzworkshop export FILE.vzw minutes|actions|questionnaire|results|agenda|csv|json OUT [--shareable]
    vzworkshop questionnaire OUT.pdf [--lang da|en]
    vzworkshop import-workshop IN.json NEW.vzw
    vzworkshop merge TARGET.vzw OTHER.vzw [--round NAME] [--as-group NAME]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vzworkshop.cli import CommandError, register
from vzworkshop.reports.export import KINDS, ExportError


def _configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.vzw")
    p.add_argument("kind", choices=KINDS, help="what to write")
    p.add_argument("out", metavar="OUT", help="the file to write (replaced if it exists)")
    p.add_argument("--shareable", action="store_true",
                   help="json only: apply the anonymity threshold (small groups merged) for sharing")


def cmd_export(args: argparse.Namespace) -> int:
    from vzworkshop.reports.export import export
    from vzworkshop.store import WorkshopStore

    if args.shareable and args.kind != "json":
        raise CommandError("--shareable applies to 'json' only")
    out = Path(args.out)
    try:
        with WorkshopStore.open(Path(args.file)) as store:
            export(store, args.kind, out, shareable=args.shareable)
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Wrote {out}")
    return 0


def _configure_questionnaire(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from vzworkshop.reports.export import export_blank_questionnaire

    try:
        out = export_blank_questionnaire(args.lang, Path(args.out))
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Wrote {out}")
    return 0


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("json_file", metavar="IN.json")
    p.add_argument("file", metavar="NEW.vzw")


def cmd_import_workshop(args: argparse.Namespace) -> int:
    from vzworkshop.reports.workshop_json import WorkshopJsonError, import_workshop

    target = Path(args.file)
    if not target.parent.is_dir():
        raise CommandError(f"the folder {target.parent} does not exist")
    try:
        import_workshop(Path(args.json_file), target)
    except WorkshopJsonError as exc:
        raise CommandError(f"{Path(args.json_file).name}: {exc}") from exc
    print(f"Created {target}")
    return 0


def _configure_merge(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", metavar="TARGET.vzw", help="the workshop that receives the answers")
    p.add_argument("other", metavar="OTHER.vzw", help="the workshop whose answers are added (not changed)")
    p.add_argument("--round", metavar="NAME", help="OTHER's round to take (default: its latest)")
    p.add_argument("--as-group", metavar="NAME", help="add all of OTHER's answers as this one group")


def cmd_merge(args: argparse.Namespace) -> int:
    from vzworkshop.reports.merge import MergeRefused, merge_workshop

    try:
        done = merge_workshop(Path(args.target), Path(args.other), args.round, args.as_group)
    except MergeRefused as exc:
        raise CommandError(str(exc)) from exc
    # counts per group of the other file are not printed: a small group's count is withheld there too
    groups = ", ".join(f"'{n}'" if n else "the unnamed group" for n in done.groups)
    print(f"Added {done.answers} answers to round '{done.round_name}' (groups: {groups}).")
    if done.moments:
        print(f"Also copied: when {Path(args.other).name} showed these figures ({done.moments} time(s)), so that "
              "what it would withhold is withheld here too.")
    return 0


register("export", "write a PDF, the tallies as CSV, or the whole workshop as JSON", _configure_export, cmd_export)
register("questionnaire", "write the blank questionnaire as a PDF (no workshop needed)", _configure_questionnaire,
         cmd_questionnaire)
register("import-workshop", "create a workshop file from a JSON export", _configure_import, cmd_import_workshop)
register("merge", "add another workshop file's answers (tallies) to this workshop's latest round",
         _configure_merge, cmd_merge)
