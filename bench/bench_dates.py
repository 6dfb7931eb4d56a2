"""Italian temporal expressions: taccuino's date engine side by side with dateparser and Duckling.

usage: python bench/bench_dates.py [--gold tests/dates/timex_gold.jsonl] [--repeat N] [--misses]

For every line of the gold set ({"id", "published", "text", "timex": [{"text", "type", "value"}]}) each
system tags the text with the publication date as its reference. A predicted tag is right when its span
overlaps a gold tag's span (one-to-one) and its value is equal; the script prints value-F1, span-F1 and
sentences per second for each system, in one run:

- taccuino: `taccuino.dates.find` (what `taccuino dates` prints; the extractor uses the same engine);
- dateparser: `search_dates` (Italian, RELATIVE_BASE = publication date, PREFER_DATES_FROM = past), each
  found phrase re-read with `DateDataParser.get_date_data` for its precision (day, month, year);
- Duckling (`pyduckling-native-phihos`, locale it_IT, reference time = publication date), its time and
  duration dimensions with their grain, intervals as start/end.

Values are compared in taccuino's notation: partial ISO dates ("2024", "2024-09", "2024-09-12"), clock
times "2025-01-28T21:25", ISO weeks "2025-W04", intervals "2009/2011", seasons "2003-04", durations
"P3Y". A peer that has no notion of seasons scores them wrong; that is the point of the comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Tag = tuple[int, int, str | None]  # start, end, value


def load(path: Path) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            pos = 0
            for t in obj["timex"]:
                i = obj["text"].find(t["text"], pos)
                if i < 0:
                    i = obj["text"].find(t["text"])
                t["span"] = (i, i + len(t["text"]))
                pos = i + 1
            out.append(obj)
    return out


def score(gold: list[dict[str, Any]], preds: list[list[Tag]]) -> dict[str, float]:
    tp_v = tp_s = n_pred = n_gold = 0
    for g, ps in zip(gold, preds, strict=True):
        gs = [(t["span"][0], t["span"][1], t["value"]) for t in g["timex"]]
        n_gold += len(gs)
        n_pred += len(ps)
        used_v: set[int] = set()
        used_s: set[int] = set()
        for a, b, v in ps:
            over = [i for i, (ga, gb, _gv) in enumerate(gs) if a < gb and ga < b]
            hit = next((i for i in over if i not in used_v and gs[i][2] == v), None)
            if hit is not None:
                used_v.add(hit)
                tp_v += 1
            span_hit = next((i for i in over if i not in used_s), None)
            if span_hit is not None:
                used_s.add(span_hit)
                tp_s += 1

    def f1(tp: int) -> float:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0
    return {"value_f1": f1(tp_v), "span_f1": f1(tp_s), "pred": n_pred, "gold": n_gold,
            "value_p": tp_v / n_pred if n_pred else 0.0, "value_r": tp_v / n_gold if n_gold else 0.0}


def run_taccuino(gold: list[dict[str, Any]]) -> list[list[Tag]]:
    from taccuino.dates import find  # what `taccuino dates` prints
    return [[(t.span[0], t.span[1], t.value) for t in find(g["text"], g["published"])] for g in gold]


def _base(pub: str) -> dt.datetime:
    return dt.datetime.fromisoformat(pub[:16] if "T" in pub else pub[:10])


def run_dateparser(gold: list[dict[str, Any]]) -> list[list[Tag]]:
    from dateparser import DateDataParser
    from dateparser.search import search_dates
    out = []
    for g in gold:
        text, base = g["text"], _base(g["published"])
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found = search_dates(text, languages=["it"], settings=settings) or []
        ddp = DateDataParser(languages=["it"], settings=settings)
        tags: list[Tag] = []
        pos = 0
        for phrase, when in found:
            i = text.find(phrase, pos)
            i = i if i >= 0 else text.find(phrase)
            pos = i + 1
            period = (ddp.get_date_data(phrase).period or "day") if phrase else "day"
            value = {"year": when.strftime("%Y"), "month": when.strftime("%Y-%m"),
                     "time": when.strftime("%Y-%m-%dT%H:%M")}.get(period, when.strftime("%Y-%m-%d"))
            tags.append((i, i + len(phrase), value))
        out.append(tags)
    return out


_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def _grain(value: str, grain: str) -> str:
    d = dt.datetime.fromisoformat(value)
    if grain == "year":
        return d.strftime("%Y")
    if grain in ("month", "quarter"):
        return d.strftime("%Y-%m")
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if grain in ("hour", "minute", "second"):
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.strftime("%Y-%m-%d")


def duckling_setup() -> tuple[Any, ...] | None:
    """Duckling's one-off start (its Haskell runtime, the time zones): not part of the timed runs."""
    try:
        import duckling
    except ImportError:
        return None
    duckling.init()
    tz = duckling.load_time_zones("/usr/share/zoneinfo")
    loc = duckling.default_locale_lang(duckling.parse_lang("IT"))
    return duckling, tz, loc, duckling.parse_dimensions(["time", "duration"])


def run_duckling(gold: list[dict[str, Any]], setup: tuple[Any, ...]) -> list[list[Tag]]:
    duckling, tz, loc, dims = setup
    out = []
    for g in gold:
        base = _base(g["published"])
        ref = duckling.parse_ref_time(tz, "Europe/Rome", int(base.timestamp()))
        res = duckling.parse(g["text"], duckling.Context(ref, loc), dims, False)
        res = json.loads(res) if isinstance(res, str) else res
        tags: list[Tag] = []
        for r in res:
            v = r.get("value", {})
            value: str | None = None
            if r.get("dim") == "duration":
                unit, n = v.get("unit"), v.get("value")
                if unit == "minute":
                    value = f"PT{n}M"
                elif unit == "hour":
                    value = f"PT{n}H"
                elif unit in _UNIT:
                    value = f"P{n}{_UNIT[unit]}"
            elif v.get("type") == "interval":
                a, b = v.get("from") or {}, v.get("to") or {}
                if a and b:
                    value = f"{_grain(a['value'], a['grain'])}/{_grain(b['value'], b['grain'])}"
                elif a or b:
                    x = a or b
                    value = _grain(x["value"], x["grain"])
            elif v.get("value"):
                value = _grain(v["value"], v.get("grain", "day"))
            tags.append((r["start"], r["end"], value))
        out.append(tags)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT / "tests" / "dates" / "timex_gold.jsonl"))
    ap.add_argument("--repeat", type=int, default=20, help="passes for taccuino's timing (the peers run once)")
    ap.add_argument("--misses", action="store_true", help="list taccuino's wrong and missing tags")
    a = ap.parse_args()
    gold = load(Path(a.gold))
    n = len(gold)
    run_taccuino(gold[:3])  # warm the compiled patterns
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        ours = run_taccuino(gold)
    el = (time.perf_counter() - t0) / a.repeat
    rows = [("taccuino", score(gold, ours), n / el)]
    try:
        from dateparser.search import search_dates
        t0 = time.perf_counter()  # timed: search_dates alone, as a user would call it
        for g in gold:
            search_dates(g["text"], languages=["it"],
                         settings={"RELATIVE_BASE": _base(g["published"]), "PREFER_DATES_FROM": "past"})
        speed = n / (time.perf_counter() - t0)
        rows.append(("dateparser", score(gold, run_dateparser(gold)), speed))
    except ImportError:
        print("dateparser not installed (pip install -e '.[bench]')", file=sys.stderr)
    setup = duckling_setup()
    if setup is not None:
        t0 = time.perf_counter()
        dk = run_duckling(gold, setup)
        rows.append(("duckling", score(gold, dk), n / (time.perf_counter() - t0)))
    else:
        print("Duckling not installed (pip install pyduckling-native-phihos)", file=sys.stderr)
    print(f"{n} sentences, {rows[0][1]['gold']} gold expressions ({a.gold})")
    print(f"{'system':<11} {'value-F1':>8} {'P':>6} {'R':>6} {'span-F1':>8} {'tags':>6} {'sent/s':>9}")
    for name, s, speed in rows:
        print(f"{name:<11} {s['value_f1']:>8.3f} {s['value_p']:>6.3f} {s['value_r']:>6.3f} {s['span_f1']:>8.3f} "
              f"{s['pred']:>6} {speed:>9.0f}")
    if len(rows) > 1:
        best = max(rows[1:], key=lambda r: r[1]["value_f1"])
        fastest_peer = max(rows[1:], key=lambda r: r[2])
        print(f"taccuino / best peer ({best[0]}) value-F1: {rows[0][1]['value_f1'] / max(best[1]['value_f1'], 1e-9):.1f}x; "
              f"speed vs dateparser: {rows[0][2] / rows[1][2]:.0f}x; vs fastest peer ({fastest_peer[0]}): "
              f"{rows[0][2] / fastest_peer[2]:.0f}x")
    if a.misses:
        for g, ps in zip(gold, ours, strict=True):
            gs = [(t["span"][0], t["span"][1], t["value"], t["text"]) for t in g["timex"]]
            bad = [(g["text"][x:y], v) for x, y, v in ps
                   if not any(x < gb and ga < y and v == gv for ga, gb, gv, _ in gs)]
            lost = [(gt, gv) for ga, gb, gv, gt in gs if not any(x < gb and ga < y and v == gv for x, y, v in ps)]
            if bad or lost:
                print(f"{g['id']} [{g['published']}] {g['text']}\n   wrong/extra: {bad}\n   missed: {lost}")


if __name__ == "__main__":
    main()
