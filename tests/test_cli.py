"""The command line: formats, batches that survive bad files, exit codes, and eval agreeing with score.py."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from taccuino.cli import main

from .conftest import DEV, EXAMPLE, SHARED


def test_extract_json_contract_fields():
    """`extract --format json` prints one object with the contract's fields."""
    r = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert set(out) >= {"document", "stints", "honours", "quotes", "births", "matches"}
    assert out["document"]["published"] == "2024-06-11T17:20"
    assert out["document"]["authors"] == ["Chiara Martelli"]
    assert any(q["speaker"] == "Raffaele Palladino" for q in out["quotes"])


def test_batch_survives_bad_file(tmp_path):
    """A bad file is reported on stderr, the others still come out, and the exit code is 1."""
    bad = tmp_path / "vuoto.txt"
    bad.write_bytes(b"")
    r = CliRunner().invoke(main, ["extract", str(EXAMPLE), str(bad), "--format", "jsonl"])
    assert r.exit_code == 1
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 1
    assert "vuoto.txt" in r.stderr and "empty" in r.stderr


def test_stdin_and_table():
    """'-' reads the article from stdin; table output names the people."""
    r = CliRunner().invoke(main, ["extract", "-", "--format", "table"], input=EXAMPLE.read_bytes())
    assert r.exit_code == 0, r.output
    assert "Raffaele Palladino" in r.output


def test_misuse_exit_2():
    """An unknown format is misuse: exit code 2."""
    r = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--format", "xml"])
    assert r.exit_code == 2


def test_eval_agrees_with_shared_scorer():
    """`taccuino eval` gives the same totals as ../shared/tools/score.py on the dev cases."""
    ours = CliRunner().invoke(main, ["eval", str(DEV), "--format", "json"])
    assert ours.exit_code == 0, ours.output
    mine = json.loads(ours.output)["summary"]
    cmd = f"{sys.executable} -m taccuino.cli extract {{path}} --format json"
    r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--cases", str(DEV), "--cmd", cmd,
                        "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(r.stdout.strip().splitlines()[-1])
    for key in ("stints", "stints_nodates", "honours", "quotes", "births", "matches"):
        assert mine[key] == theirs[key], key
    assert mine["published_acc"] == theirs["published_acc"]


def test_dates_command():
    """`taccuino dates` tags a sentence against the given publication date."""
    r = CliRunner().invoke(main, ["dates", "Rimase fino a settembre scorso.", "--published", "2025-01-28"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["value"] == "2024-09"


def test_published_option_wins():
    """A caller-supplied publication date overrides the byline's."""
    r = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--published", "2024-06-12"])
    assert json.loads(r.output)["document"]["published"] == "2024-06-12"


def test_jsonl_on_stdin():
    """JSON lines on stdin are read one article a line, with their own publication date."""
    line = json.dumps({"text": EXAMPLE.read_text(encoding="utf-8"), "published": "2024-06-12"})
    r = CliRunner().invoke(main, ["extract", "-", "--format", "jsonl"], input=line + "\n" + line + "\n")
    assert r.exit_code == 0, r.output
    outs = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert len(outs) == 2 and outs[0]["document"]["published"] == "2024-06-12"


def test_explain_shows_each_fact_with_rule_and_highlighted_evidence():
    """`explain` prints every fact with its rule and its evidence sentence, the names it rests on marked; the
    JSON form gives the highlights as offsets that slice the names out of the evidence text."""
    r = CliRunner().invoke(main, ["explain", str(EXAMPLE), "--no-color"])
    assert r.exit_code == 0, r.output
    assert "STINT" in r.output and "QUOTE" in r.output and "[Raffaele Palladino]" in r.output
    r = CliRunner().invoke(main, ["explain", str(EXAMPLE), "--format", "json"])
    facts = json.loads(r.output)["facts"]
    stint = next(f for f in facts if f["kind"] == "stint")
    assert stint["rule"].startswith("stint.")
    ev = stint["evidence"][0]
    assert ev["highlights"] and all(ev["text"][a:b].strip() for a, b in ev["highlights"])
    extracted = json.loads(CliRunner().invoke(main, ["extract", str(EXAMPLE)]).output)
    assert len(facts) == sum(len(extracted[k]) for k in ("stints", "honours", "quotes", "births", "matches", "claims"))
