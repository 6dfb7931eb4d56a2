"""The `taccuino` command: a thin shell over the library. Exit 0 ok, 1 failed work, 2 misuse."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .errors import InputError, TaccuinoError

FORMATS = click.Choice(["json", "jsonl", "table"])


def _inputs(paths: tuple[str, ...]) -> Iterator[Any]:
    """RawInputs (or InputErrors) for paths: files, directories, .jsonl files and '-' for stdin."""
    from .reader import read_jsonl, read_path, read_stdin
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):  # JSON lines on stdin
                yield from read_jsonl("<stdin>", iter(data.decode("utf-8", "replace").splitlines()))
                continue
            try:
                yield read_stdin(data)
            except InputError as e:
                yield e
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.suffix in (".txt", ".html", ".htm", ".jsonl")
                       and not f.name.endswith(".gold.json")) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".jsonl":
                yield from read_jsonl(f)
                continue
            try:
                yield read_path(f)
            except InputError as e:
                yield e


def _table(ex: dict[str, Any]) -> str:
    from rich.console import Console
    from rich.table import Table
    console = Console(record=True, width=140, file=open("/dev/null", "w"))  # noqa: SIM115
    d = ex["document"]
    console.print(f"[bold]{d.get('title') or d['source']}[/bold]  published={d.get('published')}  "
                  f"authors={', '.join(d.get('authors') or []) or '-'}")
    t = Table("person", "team", "role", "start", "end", "end_reason", title="stints")
    for s in ex["stints"]:
        t.add_row(s["person"], s["team"], s["role"], s["start"] or "", s["end"] or "", s["end_reason"] or "")
    console.print(t)
    h = Table("person", "trophy", "season", "year", "team", "capacity", title="honours")
    for x in ex["honours"]:
        h.add_row(x["person"], x["trophy"], x["season"] or "", str(x["year"] or ""), x["team"] or "", x["capacity"])
    console.print(h)
    q = Table("speaker", "quote", title="quotes")
    for x in ex["quotes"]:
        q.add_row(x["speaker"] or "?", x["text"][:100])
    console.print(q)
    for b in ex["births"]:
        console.print(f"born: {b['person']} {b['date'] or '?'} {b['place'] or ''}")
    for m in ex["matches"]:
        console.print(f"match: {m['home']} - {m['away']} {m['score'] or ''} {m['date'] or ''} {m['competition'] or ''}")
    if ex.get("claims"):
        c = Table("kind", "by", "subject", "object", "claim", title="claims")
        for x in ex["claims"]:
            c.add_row(x["kind"], x["speaker"] or "(author)", x["subject"], x["object"] or "", x["text"][:80])
        console.print(c)
    return console.export_text()


def _emit(items: list[dict[str, Any]], fmt: str, single: bool) -> None:
    if fmt == "jsonl":
        for it in items:
            click.echo(json.dumps(it, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(items[0] if single and len(items) == 1 else items, ensure_ascii=False, indent=1))
    else:
        for it in items:
            click.echo(_table(it))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="taccuino")
def main() -> None:
    """taccuino: career facts, honours, matches and quotes from Italian football articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="json", show_default=True, help="Output format.")
@click.option("--published", default=None, help="Publication date to use (ISO), overriding the article's.")
def extract(paths: tuple[str, ...], fmt: str, published: str | None) -> None:
    """Extract the facts of each article (.txt, .html, .jsonl, a directory, or - for stdin)."""
    from .reader import to_document  # noqa: F401 - keeps import errors here, not mid-batch
    results, n_items, failed = _extract_all(paths, "extract", published)
    if results:
        _emit(results, fmt, single=len(paths) == 1 and n_items == 1)
    sys.exit(1 if failed else 0)


def _extract_all(paths: tuple[str, ...], label: str, published: str | None = None,
                 keep_text: bool = False) -> tuple[list[dict[str, Any]], int, int]:
    """Extract every input, reporting each bad one by name and going on: (results, inputs, failures)."""
    from .pipeline import extract as run
    results: list[dict[str, Any]] = []
    failed = 0
    items = list(_inputs(paths))
    for item in _progress(items, label):
        if isinstance(item, InputError):
            click.echo(f"taccuino: {item}", err=True)
            failed += 1
            continue
        try:
            ex = run(item, published=published)
            results.append(ex.to_dict() | ({"_text": ex.text} if keep_text else {}))
        except TaccuinoError as e:
            click.echo(f"taccuino: {e}", err=True)
            failed += 1
    return results, len(items), failed


def _progress(items: list[Any], label: str) -> Any:
    if len(items) < 20 or not sys.stderr.isatty():
        return items
    from rich.progress import track
    return track(items, description=label, console=None, transient=True)


@main.command(name="eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--verbose", is_flag=True, help="List the missed and wrong stints of each case.")
@click.option("--entities", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder of '<case>.entities.json' entity gold (default: beside each case).")
def eval_cmd(folder: str, fmt: str, verbose: bool, entities: str | None) -> None:
    """Score extraction against the gold cases in FOLDER (P/R/F1 per fact type, a row per case).

    Cases with entity gold ('<case>.entities.json' beside them or in --entities DIR) are also scored on
    their entities: mentions found, entities resolved, mentions under the right entity.
    """
    from .entity_eval import evaluate_entities
    from .evaluate import CATEGORIES, case_paths, evaluate, prf
    from .pipeline import extract as run
    done: dict[Path, dict[str, Any]] = {}

    def cached(p: Path) -> dict[str, Any]:
        if p not in done:
            done[p] = run(p).to_dict()
        return done[p]
    report = evaluate(folder, cached)
    ents = evaluate_entities(case_paths(Path(folder)), Path(entities) if entities else None, cached)
    if fmt == "json":
        click.echo(json.dumps({"summary": report.summary(), "entities": ents.summary() if ents.cases else None,
                               "cases": [
            {"case": r.name, "published": r.published, "gold_published": r.gold_published, "error": r.error,
             **{c: round(prf(*r.counts[c])[2], 3) for c in CATEGORIES}} for r in report.cases]}, indent=1))
        return
    for r in report.cases:
        line = "  ".join(f"{c}={prf(*r.counts[c])[2]:.2f}" for c in ("stints", "stints_nodates", "honours", "quotes"))
        click.echo(f"{r.name}: {line}  published={r.published!r} gold={r.gold_published!r}"
                   + (f"  ERROR {r.error}" if r.error else ""))
    s = report.summary()
    click.echo("TOTAL " + "  ".join(f"{c}: P={v['p']:.2f} R={v['r']:.2f} F1={v['f1']:.2f}"
                                    for c, v in s.items() if isinstance(v, dict)))
    click.echo(f"published_acc={s['published_acc']} cases={s['cases']} failures={s['failures']}")
    if ents.cases:
        e = ents.summary()
        click.echo(f"ENTITIES ({e['cases']} cases) " + "  ".join(
            f"{c}: P={v['p']:.2f} R={v['r']:.2f} F1={v['f1']:.2f}" for c, v in e.items() if isinstance(v, dict)))
    del verbose


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help="Output format.")
def entities(paths: tuple[str, ...], fmt: str) -> None:
    """The people, teams and competitions of each article, with every mention (span, as written, how)."""
    extracted, n_items, failed = _extract_all(paths, "entities")
    results = [{"source": ex["document"]["source"], "entities": ex["entities"]} for ex in extracted]
    if fmt == "table":
        for r in results:
            click.echo(_entity_table(r))
    elif results:
        _emit(results, fmt, single=len(paths) == 1 and n_items == 1)
    sys.exit(1 if failed else 0)


def _entity_table(r: dict[str, Any]) -> str:
    from rich.console import Console
    from rich.table import Table
    console = Console(record=True, width=140, file=open("/dev/null", "w"))  # noqa: SIM115
    t = Table("type", "name", "kb id", "n", "mentions (as written)", title=str(r["source"]))
    for e in r["entities"]:
        shown = ", ".join(dict.fromkeys(e["surfaces"]))
        t.add_row(e["type"], e["name"], e["kb_id"] or "", str(len(e["mentions"])), shown[:80])
    console.print(t)
    return console.export_text()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: each fact with its evidence, the names it rests on highlighted; json: the same as data.")
@click.option("--color/--no-color", default=None, help="Colour the highlights (default: when writing to a terminal).")
def explain(paths: tuple[str, ...], fmt: str, color: bool | None) -> None:
    """Each fact of each article with the rule that produced it, its confidence and its evidence sentence, the
    person, team or speaker it names highlighted."""
    extracted, _n_items, failed = _extract_all(paths, "explain", keep_text=True)
    explained = [explain_facts(ex) for ex in extracted]
    if fmt == "json":
        click.echo(json.dumps(explained if len(explained) != 1 else explained[0], ensure_ascii=False, indent=1))
    else:
        for ex in explained:
            click.echo(_explain_text(ex, sys.stdout.isatty() if color is None else color), nl=False)
    sys.exit(1 if failed else 0)


def explain_facts(ex: dict[str, Any]) -> dict[str, Any]:
    """The facts of one extraction as (kind, summary, rule, confidence, evidence with highlighted spans)."""
    text = ex.get("_text", "")
    spans_of: dict[str, list[list[int]]] = {}
    for e in ex["entities"]:
        spans_of.setdefault(e["name"], []).extend(e["mentions"])

    def evidence(spans: list[list[int]], names: list[str | None]) -> list[dict[str, Any]]:
        out = []
        for a, b in spans:
            marks = sorted({(x, y) for n in names if n for x, y in spans_of.get(n, []) if a <= x and y <= b})
            out.append({"span": [a, b], "text": text[a:b], "highlights": [[x - a, y - a] for x, y in marks]})
        return out
    facts: list[dict[str, Any]] = []
    for st in ex["stints"]:
        when = f"{st['start'] or '?'}–{st['end'] or ''}".rstrip("–") if st["start"] or st["end"] else ""
        facts.append({"kind": "stint", "id": st["id"], "rule": st["rule"], "confidence": st["confidence"],
                      "summary": f"{st['person']} · {st['team']} · {st['role']} {when}"
                                 + (f" ({st['end_reason']})" if st["end_reason"] else ""),
                      "evidence": evidence(st["evidence"], [st["person"], st["team"]])})
    for h in ex["honours"]:
        facts.append({"kind": "honour", "id": h["id"], "rule": h["rule"], "confidence": h["confidence"],
                      "summary": f"{h['person']} · {h['trophy']} {h['season'] or h['year'] or ''} · "
                                 f"{h['team'] or '?'} · {h['capacity']}",
                      "evidence": evidence(h["evidence"], [h["person"], h["team"]])})
    for q in ex["quotes"]:
        facts.append({"kind": "quote", "id": q["id"], "rule": q["rule"], "confidence": q["confidence"],
                      "summary": f"{q['speaker'] or '(unknown speaker)'}: «{q['text'][:90]}»",
                      "evidence": evidence([[q["start"], q["end"]]], [q["speaker"]])})
    for b in ex["births"]:
        facts.append({"kind": "birth", "id": b["id"], "rule": b["rule"], "confidence": b.get("confidence"),
                      "summary": f"{b['person']} born {b['date'] or '?'} {b['place'] or ''}".strip(),
                      "evidence": evidence(b["evidence"], [b["person"]])})
    for m in ex["matches"]:
        facts.append({"kind": "match", "id": m["id"], "rule": m["rule"], "confidence": m.get("confidence"),
                      "summary": f"{m['home']} - {m['away']} {m['score'] or ''} {m['date'] or ''}".strip(),
                      "evidence": evidence(m["evidence"], [m["home"], m["away"]])})
    for c in ex.get("claims", []):
        facts.append({"kind": "claim", "id": c["id"], "rule": c["rule"], "confidence": c["confidence"],
                      "summary": f"{c['kind']} by {c['speaker'] or 'the author'}: {c['subject']}"
                                 + (f" → {c['object']}" if c["object"] else ""),
                      "evidence": evidence(c["evidence"], [c["subject"], c["object"], c["speaker"]])})
    return {"source": ex["document"]["source"], "facts": facts}


def _explain_text(ex: dict[str, Any], color: bool) -> str:
    lines = [f"# {ex['source']}"]
    for f in ex["facts"]:
        lines.append(f"{f['kind'].upper():<7} {f['summary']}   [{f['rule']}, {f['confidence']}]")
        for ev in f["evidence"]:
            t, out, at = ev["text"], [], 0
            for x, y in ev["highlights"]:
                if x < at:
                    continue
                out.append(t[at:x])
                out.append(f"\x1b[1;33m{t[x:y]}\x1b[0m" if color else f"[{t[x:y]}]")
                at = y
            out.append(t[at:])
            lines.append("        " + "".join(out).replace("\n", " "))
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("text", required=False)
@click.option("--published", default=None, help="Publication date (ISO) for deictic expressions.")
@click.option("--jsonl", "jsonl", is_flag=True, help='Read {"id","text","published"} lines on stdin.')
@click.option("--format", "fmt", type=FORMATS, default="json", show_default=True)
def dates(text: str | None, published: str | None, jsonl: bool, fmt: str) -> None:
    """Temporal expressions of TEXT with their ISO values."""
    from .dates import find

    def run(t: str, pub: str | None) -> list[dict[str, Any]]:
        return [x.to_dict() for x in find(t, pub)]
    if jsonl:
        for line in sys.stdin:
            if line.strip():
                obj = json.loads(line)
                click.echo(json.dumps({"id": obj.get("id"), "timex": run(obj["text"], obj.get("published"))},
                                      ensure_ascii=False))
        return
    if text is None:
        raise click.UsageError("give TEXT or --jsonl")
    out = run(text, published)
    if fmt == "table":
        for x in out:
            click.echo(f"{x['start']:>5}-{x['end']:<5} {x['type']:<8} {x['value'] or '?':<12} {x['anchor']:<9} {x['text']}")
    else:
        click.echo(json.dumps(out, ensure_ascii=False, indent=None if fmt == "jsonl" else 1))


if __name__ == "__main__":
    main()
