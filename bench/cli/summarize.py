#!/usr/bin/env python3
"""Summarises bench/cli/run.sh's raw hyperfine rounds: per-run wall and CPU times, medians, the goals.

usage: bench/cli/summarize.py bench/results/cli-<stamp>/
Wall-time ratios are the goals' own measure. CPU time (user + sys) is printed beside them because on
a loaded machine a process waits for a core for most of its wall time; CPU time is what the command
itself costs, and moves far less with the load.
"""
import glob, json, statistics, sys

wall, cpu = {}, {}
for f in sorted(glob.glob(sys.argv[1].rstrip("/") + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        wall.setdefault(r["command"], []).extend(t * 1000 for t in r["times"])
        cpu.setdefault(r["command"], []).append((r["user"] + r["system"]) * 1000)
print("\nper-run wall times (ms), in round order:")
for name, ts in wall.items():
    print(f"  {name}: " + " ".join(f"{t:.0f}" for t in ts))
print("per-run CPU times, user + sys (ms):")
for name, ts in cpu.items():
    print(f"  {name}: " + " ".join(f"{t:.0f}" for t in ts))
mw = {k: statistics.median(v) for k, v in wall.items()}
mc = {k: statistics.median(v) for k, v in cpu.items()}


def verdict(ok):
    return "met" if ok else "NOT met"


print(f"\nmedians over {len(wall['bare'])} alternated runs each")
print("\n| goal | wall (median) | verdict on wall | CPU user+sys (median) | verdict on CPU |")
print("|---|---|---|---|---|")
print(f"| bare JVM `java -cp DIR Hello` | {mw['bare']:.0f} ms | reference | {mc['bare']:.0f} ms | reference |")
for k in ("version", "help"):
    rw, rc = mw[k] / mw["bare"], mc[k] / mc["bare"]
    print(f"| `apikeep --{k}` ≤ 1.5× bare | {mw[k]:.0f} ms = {rw:.2f}× | {verdict(rw <= 1.5)} | {mc[k]:.0f} ms = {rc:.2f}× | {verdict(rc <= 1.5)} |")
rw, rc = mw["get1"] / mw["bare"], mc["get1"] / mc["bare"]
print(f"| `get` on a 1-key vault ≤ 3× bare | {mw['get1']:.0f} ms = {rw:.2f}× | {verdict(rw <= 3)} | {mc['get1']:.0f} ms = {rc:.2f}× | {verdict(rc <= 3)} |")
if "kdf" in mw:
    print(f"| floor: one cold Argon2id (19 MiB, t = 2) in its own JVM, `ColdKdf` | {mw['kdf']:.0f} ms = {mw['kdf'] / mw['bare']:.2f}× | what `get` cannot go below | {mc['kdf']:.0f} ms = {mc['kdf'] / mc['bare']:.2f}× | |")
    print(f"| `get` beyond that floor (the app's own fixed cost) | {mw['get1'] - mw['kdf']:+.0f} ms | | {mc['get1'] - mc['kdf']:+.0f} ms | |")
for name, a, b, limit, note in (("`get` by label, 10,000 − 1 key ≤ 50 ms (blind index: vault work)", "getlabel10k", "getlabel1", 50, ""),
                                ("`list`, 10,000 − 1 key ≤ 300 ms", "list10k", "list1", 300, "")):
    dw, dc = mw[a] - mw[b], mc[a] - mc[b]
    print(f"| {name} | {mw[a]:.0f} − {mw[b]:.0f} = {dw:+.0f} ms | {verdict(dw <= limit)} | {mc[a]:.0f} − {mc[b]:.0f} = {dc:+.0f} ms | {verdict(dc <= limit)} (CPU of all cores) |")
if "img-version" in mw:
    rw, rc = mw["img-version"] / mw["bare"], mc["img-version"] / mc["bare"]
    print(f"| installed launcher: `apikeep --version` ≤ 1.5× bare | {mw['img-version']:.0f} ms = {rw:.2f}× | {verdict(rw <= 1.5)} | {mc['img-version']:.0f} ms = {rc:.2f}× | {verdict(rc <= 1.5)} |")
if "img-get1" in mw:
    rw, rc = mw["img-get1"] / mw["bare"], mc["img-get1"] / mc["bare"]
    print(f"| installed launcher: `get` on a 1-key vault ≤ 3× bare | {mw['img-get1']:.0f} ms = {rw:.2f}× | {verdict(rw <= 3)} | {mc['img-get1']:.0f} ms = {rc:.2f}× | {verdict(rc <= 3)} |")
    dw, dc = mw["img-list10k"] - mw["img-list1"], mc["img-list10k"] - mc["img-list1"]
    print(f"| installed launcher: `list`, 10,000 − 1 key ≤ 300 ms | {mw['img-list10k']:.0f} − {mw['img-list1']:.0f} = {dw:+.0f} ms | {verdict(dw <= 300)} | {mc['img-list10k']:.0f} − {mc['img-list1']:.0f} = {dc:+.0f} ms | {verdict(dc <= 300)} (CPU of all cores) |")
