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
    from vzworkshop.core.disclosure_history import safe_to_add
    from vzworkshop.core.tally import pooled
    from vzworkshop.store import WorkshopStore

    target_path, other_path = Path(args.target), Path(args.other)
    if target_path.resolve() == other_path.resolve():
        raise CommandError("TARGET and OTHER are the same file")
    with WorkshopStore.open(other_path) as other:
        rnd = other.find_round(args.round) if args.round else other.latest_round()
        if rnd is None:
            raise CommandError(f"{other_path.name} has no round named '{args.round}'" if args.round
                               else f"{other_path.name} has no rounds")
        assert rnd.id is not None
        tallies = [(g.name, t) for g, t in other.group_tallies(rnd.id)]
    if args.as_group is not None:
        if not args.as_group.strip():
            raise CommandError("--as-group needs a name")
        tallies = [(args.as_group.strip(), pooled(t for _, t in tallies))]
    tallies = [(n, t) for n, t in tallies if t.ballots > 0]
    if not tallies:
        raise CommandError(f"round '{rnd.name}' of {other_path.name} has no answers")
    with WorkshopStore.open(target_path) as store:
        target_round = store.latest_round()
        if target_round is None or target_round.id is None:
            raise CommandError(f"{target_path.name} has no round to add to; start a round first")
        before = [(g.name, g.ballots) for g in store.groups(target_round.id)]
        after = dict(before)
        for name, tally in tallies:
            after[name.strip()] = after.get(name.strip(), 0) + tally.ballots
        if not safe_to_add(before, list(after.items()), store.workshop().min_group_size):
            # The target's figures may have been seen already; the same figures after the merge would give
            # the added answers of a small group by subtraction.
            raise CommandError(
                f"adding these answers to round '{target_round.name}' would let anyone who saw its results "
                "before work out answers of fewer than the minimum group size by comparing; start a new round "
                f"in {target_path.name} and merge into that, or merge with --as-group")
        for name, tally in tallies:
            store.add_group_tally(target_round.id, name, tally)
        # counts per group of the other file are not printed: a small group's count is withheld there too
        groups = ", ".join(f"'{n}'" if n else "the unnamed group" for n, _ in tallies)
        added = sum(t.ballots for _, t in tallies)
        print(f"Added {added} answers to round '{target_round.name}' (groups: {groups}).")
    return 0


register("export", "write a PDF, the tallies as CSV, or the whole workshop as JSON", _configure_export, cmd_export)
register("questionnaire", "write the blank questionnaire as a PDF (no workshop needed)", _configure_questionnaire,
         cmd_questionnaire)
register("import-workshop", "create a workshop file from a JSON export", _configure_import, cmd_import_workshop)
register("merge", "add another workshop file's answers (tallies) to this workshop's latest round",
         _configure_merge, cmd_merge)
