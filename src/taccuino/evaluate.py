"""Scoring against gold cases: the same matching rules as ../shared/tools/score.py."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENERIC = {
    "fc", "ac", "as", "ssc", "us", "ssd", "asd", "calcio", "football", "club", "bc", "spa",
    "sc", "cf", "afc", "fbc", "the", "de", "di", "del", "della", "dello", "s", "p", "a",
}
CATEGORIES = ("stints", "stints_nodates", "stints_months", "honours", "honours_noseason", "quotes",
              "births", "matches")


def _fold(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9 ]+", " ", s).strip()


def _tokens(s: str | None) -> list[str]:
    return [t for t in _fold(s).split() if t and not t.isdigit() and t not in GENERIC]


def name_match(pred: str | None, names: list[str]) -> bool:
    pt = _tokens(pred)
    if not pt:
        return False
    for n in names:
        nt = _tokens(n)
        if not nt:
            continue
        if pt == nt:
            return True
        a, b = set(pt), set(nt)
        if (a <= b or b <= a) and any(len(t) >= 4 for t in a & b):
            return True
    return False


def person_match(pred: str | None, gold: str) -> bool:
    pt, gt = _fold(pred).split(), _fold(gold).split()
    if not pt or not gt:
        return False
    gs, ps = gt[-1], pt[-1]
    if not (gs == ps or gs in pt or difflib.SequenceMatcher(None, gs, ps).ratio() >= 0.8):
        return False
    if len(pt) > 1 and len(gt) > 1 and gs == ps:
        return pt[0][0] == gt[0][0]
    return True


def _year(d: Any) -> str | None:
    if d in (None, "", "null"):
        return None
    m = re.match(r"^(\d{4})", str(d))
    return m.group(1) if m else str(d)


def _month(d: Any) -> str | None:
    if d in (None, "", "null"):
        return None
    m = re.match(r"^(\d{4}-\d{2})", str(d))
    return m.group(1) if m else _year(d)


def _variants(g: dict[str, Any]) -> list[dict[str, Any]]:
    out = [g]
    for alt in g.get("alternatives", []):
        out.append({**g, **alt})
    return out


def stint_ok(p: dict[str, Any], g: dict[str, Any], dates: bool, months: bool = False) -> bool:
    for v in _variants(g):
        if not person_match(p.get("person"), v["person"]):
            continue
        if not name_match(p.get("team"), [v["team"], *v.get("team_aliases", [])]):
            continue
        if p.get("role") != v["role"]:
            continue
        if not dates:
            return True
        f = _month if months else _year
        if f(p.get("start")) == f(v.get("start")) and f(p.get("end")) == f(v.get("end")):
            return True
    return False


def honour_ok(p: dict[str, Any], g: dict[str, Any], strict: bool = True) -> bool:
    for v in _variants(g):
        if not person_match(p.get("person"), v["person"]):
            continue
        if not name_match(p.get("trophy"), [v["trophy"], *v.get("trophy_aliases", [])]):
            continue
        if p.get("capacity") != v["capacity"]:
            continue
        if v.get("team") and p.get("team") and not name_match(p.get("team"), [v["team"], *v.get("team_aliases", [])]):
            continue
        if not strict:
            return True

        def season(x: dict[str, Any]) -> str | None:
            return _year(x.get("season")) if x.get("season") else None
        if season(p) == season(v) and (v.get("year") is None or str(p.get("year")) == str(v.get("year"))):
            return True
    return False


def greedy(preds: list[dict[str, Any]], golds: list[dict[str, Any]],
           ok: Callable[[dict[str, Any], dict[str, Any]], bool]) -> tuple[int, int, int]:
    used: dict[int, dict[str, Any]] = {}
    tp = 0
    for g in sorted(golds, key=lambda g: g.get("optional", False)):
        for i, p in enumerate(preds):
            if i not in used and ok(p, g):
                used[i] = g
                if not g.get("optional"):
                    tp += 1
                break
    optional_hits = sum(1 for g in used.values() if g.get("optional"))
    return tp, len(preds) - optional_hits, sum(1 for g in golds if not g.get("optional"))


def quote_score(text: str, preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> tuple[int, int, int]:
    def span_of(q: dict[str, Any]) -> tuple[int, int] | None:
        s, e = q.get("start"), q.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            return s, e
        t = (q.get("text") or "").strip()
        i = text.find(t) if t else -1
        return (i, i + len(t)) if i >= 0 else None
    pspans = [(span_of(p), p.get("speaker")) for p in preds]
    tp = 0
    gspans = []
    for g in golds:
        i = text.find(g["text"])
        gs = (i, i + len(g["text"]))
        gspans.append(gs)
        covered: set[int] = set()
        for ps, spk in pspans:
            if ps and person_match(spk, g["speaker"]):
                covered.update(range(max(ps[0], gs[0]), min(ps[1], gs[1])))
        if len(covered) >= 0.8 * (gs[1] - gs[0]):
            tp += 1
    fp = 0
    for ps, _spk in pspans:
        if not ps:
            fp += 1
            continue
        best = max((min(ps[1], gs[1]) - max(ps[0], gs[0]) for gs in gspans), default=0)
        if best < 0.5 * (ps[1] - ps[0]):
            fp += 1
    return tp, tp + fp, len(golds)


def quote_score_text(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> tuple[int, int, int]:
    def overlap(a: str, b: str) -> int:
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return sum(m.size for m in sm.get_matching_blocks())
    tp = 0
    for g in golds:
        said = " ".join(p.get("text") or "" for p in preds if person_match(p.get("speaker"), g["speaker"]))
        tp += overlap(g["text"], said) >= 0.8 * len(g["text"])
    fp = sum(1 for p in preds
             if max((overlap(p.get("text") or "", g["text"]) for g in golds), default=0)
             < 0.5 * max(1, len(p.get("text") or "")))
    return tp, tp + fp, len(golds)


def birth_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return (person_match(p.get("person"), g["person"]) and str(p.get("date")) == str(g.get("date"))
            and (name_match(p.get("place"), [g["place"]]) if g.get("place") else not p.get("place")))


def match_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    def teams_ok(home: str, away: str) -> bool:
        hk = "home" if home == g["home"] else "away"
        ak = "away" if away == g["away"] else "home"
        return (name_match(p.get("home"), [home, *g.get(f"{hk}_aliases", [])])
                and name_match(p.get("away"), [away, *g.get(f"{ak}_aliases", [])]))
    return ((teams_ok(g["home"], g["away"]) or teams_ok(g["away"], g["home"]))
            and str(p.get("date"))[:10] == str(g.get("date"))[:10])


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class CaseResult:
    name: str
    counts: dict[str, tuple[int, int, int]]
    published: str | None
    gold_published: str | None
    error: str | None = None


@dataclass
class Report:
    cases: list[CaseResult] = field(default_factory=list)

    def totals(self) -> dict[str, tuple[int, int, int]]:
        tot = {c: [0, 0, 0] for c in CATEGORIES}
        for r in self.cases:
            for c in CATEGORIES:
                for k in range(3):
                    tot[c][k] += r.counts.get(c, (0, 0, 0))[k]
        return {c: (v[0], v[1], v[2]) for c, v in tot.items()}

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {c: dict(zip(("p", "r", "f1"), (round(x, 3) for x in prf(*v)), strict=True))
                               for c, v in self.totals().items()}
        judged = [r for r in self.cases if r.gold_published]
        right = sum(1 for r in judged if r.published and r.published[:10] == str(r.gold_published)[:10])
        out["published_acc"] = round(right / len(judged), 3) if judged else None
        out["cases"] = len(self.cases)
        out["failures"] = sum(1 for r in self.cases if r.error)
        return out


def read_case_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def score_case(path: Path, out: dict[str, Any], gold: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    text = read_case_text(path)
    st, ho = out.get("stints", []), out.get("honours", [])
    return {
        "stints": greedy(st, gold["stints"], lambda p, g: stint_ok(p, g, True)),
        "stints_nodates": greedy(st, gold["stints"], lambda p, g: stint_ok(p, g, False)),
        "stints_months": greedy(st, gold["stints"], lambda p, g: stint_ok(p, g, True, True)),
        "honours": greedy(ho, gold["honours"], lambda p, g: honour_ok(p, g, True)),
        "honours_noseason": greedy(ho, gold["honours"], lambda p, g: honour_ok(p, g, False)),
        "quotes": (quote_score(text, out.get("quotes", []), gold["quotes"]) if path.suffix == ".txt"
                   else quote_score_text(out.get("quotes", []), gold["quotes"])),
        "births": greedy(out.get("births", []), gold.get("births", []), birth_ok),
        "matches": greedy(out.get("matches", []), gold.get("matches", []), match_ok),
    }


def case_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")
                  and p.with_suffix(".gold.json").exists())


def evaluate(folder: str | Path, extractor: Callable[[Path], dict[str, Any]] | None = None) -> Report:
    """Score extraction on every NNN-*.txt/.html case of folder with a .gold.json beside it."""
    from .pipeline import extract

    def default(p: Path) -> dict[str, Any]:
        return extract(p).to_dict()
    run = extractor or default
    report = Report()
    for path in case_paths(Path(folder)):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        err = None
        try:
            out = run(path)
        except Exception as e:  # noqa: BLE001 - a failed case scores zero, the report says why
            out, err = {}, f"{type(e).__name__}: {e}"
        pub = (out.get("document") or {}).get("published")
        report.cases.append(CaseResult(path.name, score_case(path, out, gold), pub,
                                       gold.get("published_in_text"), err))
    return report
