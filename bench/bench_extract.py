"""Extraction speed and memory over every gold case, in process, repeated; and the CLI's start-up time.

usage: python bench/bench_extract.py [--repeat N]
Prints articles/second and peak memory for taccuino.extract, the same for dateparser's search_dates
over the same texts (the date stage's usual peer, Italian, RELATIVE_BASE = publication date), and the
wall time of `taccuino --help`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def cases() -> list[Path]:
    dirs = [ROOT.parent / "shared" / "seed", ROOT.parent / "shared" / "dev", ROOT / "tests" / "cases"]
    return [p for d in dirs if d.is_dir() for p in sorted(d.iterdir()) if p.suffix in (".txt", ".html")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    import taccuino
    from taccuino.reader import read_path
    raws = [read_path(p) for p in cases()]
    taccuino.extract(raws[0])  # warm the data caches
    t0 = time.perf_counter()
    pubs = []
    for _ in range(a.repeat):
        for r in raws:
            pubs.append(taccuino.extract(r).document.published)
    el = time.perf_counter() - t0
    tracemalloc.start()  # memory in a pass of its own: tracing slows Python down
    for r in raws:
        taccuino.extract(r)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(raws) * a.repeat
    print(f"taccuino.extract: {n} articles in {el:.2f}s = {n / el:.1f} articles/s; "
          f"peak traced memory {peak / 1e6:.1f} MB; max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")
    try:
        from dateparser.search import search_dates
        t0 = time.perf_counter()
        for r, pub in zip(raws, pubs[:len(raws)], strict=False):
            base = dt.datetime.fromisoformat(pub[:10]) if pub else dt.datetime(2024, 1, 1)
            search_dates(r.text, languages=["it"], settings={"RELATIVE_BASE": base})
        el2 = time.perf_counter() - t0
        print(f"peer dateparser.search_dates (dates only): {len(raws)} articles in {el2:.2f}s = "
              f"{len(raws) / el2:.1f} articles/s")
    except ImportError:
        print("peer dateparser not installed (pip install -e '.[bench]')")
    exe = Path(sys.executable).with_name("taccuino")
    t0 = time.perf_counter()
    for _ in range(3):
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
    print(f"CLI start-up (taccuino --help): {(time.perf_counter() - t0) / 3 * 1000:.0f} ms")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "extract", str(cases()[0]), "--format", "json"], capture_output=True, check=True)
    print(f"CLI one article end to end: {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
