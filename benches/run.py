#!/usr/bin/env python3
"""Benchmark harness: check output, then time CPython / PyPy / pyrite side by side.

    python3 benches/run.py                       # every ../shared/bench/*.py, 3 rounds
    python3 benches/run.py --only fib --runs 5 --json out.json --rss
    python3 benches/run.py --impl pyrite='python3'   # stand-in while pyrite cannot run scripts

For each program, each implementation first runs once and its stdout must equal
expected/NAME.out byte for byte; otherwise it is reported as WRONG OUTPUT (or
FAIL / TIMEOUT) and its time does not count.  The implementations that passed
are then timed in --runs interleaved rounds (round r runs every implementation
once, in a rotated order, so drift on a shared machine hits all of them alike);
the reported time is the median wall time of the whole process.

Implementations (--impl NAME=COMMAND replaces one or adds one; NAME= drops it):
  cpython      /usr/bin/python3.11 if present, else python3   (the baseline)
  pypy         pypy3, only if installed
  pyrite-interp target/release/pyrite -X jit=off
  pyrite       target/release/pyrite                    (JIT on)
Ratios are time / CPython's time: lower is faster.  Also measured: start-up
(`-c pass`, median of --startup-runs) and, with --rss, peak RSS of the check run.
No third-party dependencies.
"""
import argparse
import json
import math
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_impls(pyrite):
    impls = {"cpython": "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else "python3"}
    if shutil.which("pypy3"):
        impls["pypy"] = "pypy3"
    impls["pyrite-interp"] = f"{pyrite} -X jit=off"
    impls["pyrite"] = pyrite
    return impls


def parse_impls(specs, pyrite):
    impls = default_impls(pyrite)
    for spec in specs:
        name, sep, cmd = spec.partition("=")
        if not sep or not name:
            sys.exit(f"run.py: --impl wants NAME=COMMAND, got {spec!r}")
        if cmd.strip():
            impls[name] = cmd
        else:
            impls.pop(name, None)
    return impls


def command(cmd_str):
    cmd = shlex.split(cmd_str)
    if os.sep in cmd[0] and not os.path.isabs(cmd[0]):
        cmd[0] = os.path.join(REPO, cmd[0]) if not os.path.exists(cmd[0]) else os.path.abspath(cmd[0])
    return cmd


def run_once(cmd, cwd, timeout, rss=False):
    """(seconds, returncode or None on timeout, stdout bytes, stderr text, peak RSS KiB or None)."""
    argv = cmd
    rss_file = None
    if rss and os.path.exists("/usr/bin/time"):
        rss_file = os.path.join(tempfile.gettempdir(), f"pyrite-bench-rss-{os.getpid()}")
        argv = ["/usr/bin/time", "-o", rss_file, "-f", "%M"] + cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8"))
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, None, b"", "", None
    except OSError as e:
        return 0.0, -1, b"", str(e), None
    dt = time.perf_counter() - t0
    peak = None
    if rss:
        if rss_file and os.path.exists(rss_file):
            with open(rss_file) as fh:
                lines = [l for l in fh.read().split() if l.isdigit()]
            os.unlink(rss_file)
            peak = int(lines[-1]) if lines else None
        else:  # max over all children so far: exact only if this child is the largest yet
            after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            peak = after if after > before else None
    return dt, p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"), peak


def last_line(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1][:200] if lines else ""


def bench_program(name, bench_dir, impls, args):
    with open(os.path.join(bench_dir, "expected", name + ".out"), "rb") as fh:
        expected = fh.read()
    entry = {}
    for label, cmd_str in impls.items():
        dt, rc, out, err, peak = run_once(command(cmd_str) + [name + ".py"], bench_dir, args.timeout, args.rss)
        if rc is None:
            r = {"status": "timeout", "check_s": dt}
        elif rc != 0:
            r = {"status": "error", "check_s": dt, "rc": rc, "error": last_line(err)}
        elif out != expected:
            r = {"status": "wrong", "check_s": dt, "got": out.decode("utf-8", "replace")[:200]}
        else:
            r = {"status": "ok", "check_s": dt, "times_s": []}
        if peak is not None:
            r["peak_rss_kib"] = peak
        entry[label] = r
        print(f"[check] {name:15s} {label:14s} {r['status']:8s} {dt:7.2f}s {r.get('error', '')}",
              file=sys.stderr, flush=True)
    timed = [l for l in impls if entry[l]["status"] == "ok"]
    for rnd in range(args.runs):
        k = rnd % len(timed) if timed else 0
        for label in timed[k:] + timed[:k]:
            dt, rc, out, _, _ = run_once(command(impls[label]) + [name + ".py"], bench_dir, args.timeout)
            if rc != 0 or out != expected:  # flaky: a later run failed, so the program does not count
                entry[label]["status"] = "wrong" if rc == 0 else ("timeout" if rc is None else "error")
                timed = [t for t in timed if t != label]
                break
            entry[label]["times_s"].append(dt)
    for label in impls:
        ts = entry[label].get("times_s")
        if entry[label]["status"] == "ok" and ts:
            entry[label]["median_s"] = statistics.median(ts)
    return entry


def startup(impls, runs):
    res = {}
    for label, cmd_str in impls.items():
        ts = []
        for _ in range(runs):
            dt, rc, _, _, _ = run_once(command(cmd_str) + ["-c", "pass"], REPO, 30)
            if rc != 0:
                ts = None
                break
            ts.append(dt)
        res[label] = statistics.median(ts) if ts else None
    return res


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def table(results, impls, base):
    labels = list(impls)
    lines = ["| program | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    ratios = {l: [] for l in labels}
    for name, entry in results["programs"].items():
        bt = entry.get(base, {}).get("median_s")
        cells = []
        for l in labels:
            r = entry[l]
            st = r["status"]
            if st == "ok" and "median_s" in r:
                t = r["median_s"]
                if bt:
                    ratios[l].append(t / bt)
                    cells.append(f"{t:.3f} ({t / bt:.2f})")
                else:
                    cells.append(f"{t:.3f}")
            elif st == "wrong":
                cells.append("WRONG OUTPUT")
            elif st == "timeout":
                cells.append("TIMEOUT")
            else:
                cells.append("FAIL")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    n = len(results["programs"])
    cells = []
    for l in labels:
        g = geomean(ratios[l])
        cells.append(f"**{g:.2f}** ({len(ratios[l])}/{n})" if g else "-")
    lines.append("| **geomean ratio** | " + " | ".join(cells) + " |")
    st = results.get("startup_s", {})
    lines.append("| start-up (`-c pass`) | " + " | ".join(
        f"{st[l] * 1000:.1f} ms" if st.get(l) else "FAIL" for l in labels) + " |")
    if results.get("rss"):
        peaks = []
        for l in labels:
            vals = [e[l]["peak_rss_kib"] for e in results["programs"].values() if "peak_rss_kib" in e[l]]
            peaks.append(f"{max(vals) / 1024:.0f} MiB" if vals else "-")
        lines.append("| max peak RSS | " + " | ".join(peaks) + " |")
    notes = []
    for name, entry in results["programs"].items():
        for l in labels:
            r = entry[l]
            if r["status"] == "error":
                notes.append(f"- {name} / {l}: exit {r.get('rc')}: `{r.get('error', '')}`")
            elif r["status"] == "wrong":
                notes.append(f"- {name} / {l}: output differs from expected/{name}.out")
    return "\n".join(lines) + ("\n\nFailures:\n" + "\n".join(notes) if notes else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--bench-dir", default=os.path.join(os.path.dirname(REPO), "shared", "bench"))
    ap.add_argument("--only", action="append", default=[], help="program name (repeatable)")
    ap.add_argument("--runs", type=int, default=3, help="timed rounds per program (median)")
    ap.add_argument("--impl", action="append", default=[], metavar="NAME=COMMAND")
    ap.add_argument("--pyrite", default=os.path.join(REPO, "target", "release", "pyrite"))
    ap.add_argument("--baseline", default="cpython")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--rss", action="store_true", help="also record peak RSS (of the check run)")
    ap.add_argument("--json", metavar="FILE", help="write all measurements as JSON")
    args = ap.parse_args()

    impls = parse_impls(args.impl, args.pyrite)
    if args.baseline not in impls:
        sys.exit(f"run.py: baseline {args.baseline!r} is not among {list(impls)}")
    bench_dir = os.path.abspath(args.bench_dir)
    names = sorted(f[:-3] for f in os.listdir(bench_dir) if f.endswith(".py"))
    if args.only:
        unknown = sorted(set(args.only) - set(names))
        if unknown:
            sys.exit(f"run.py: no such program(s): {', '.join(unknown)}")
        names = [n for n in names if n in args.only]

    results = {
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "impls": impls, "baseline": args.baseline, "runs": args.runs, "rss": args.rss, "programs": {},
    }
    results["startup_s"] = startup(impls, args.startup_runs)
    for name in names:
        results["programs"][name] = bench_program(name, bench_dir, impls, args)
    print(table(results, impls, args.baseline))
    print(f"\nSeconds (median of {args.runs} interleaved runs, whole process) and ratio to "
          f"{args.baseline} in parentheses: lower is faster. "
          + "; ".join(f"{l} = `{c}`" for l, c in impls.items()))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=1)
    ok = all(r["status"] == "ok" for e in results["programs"].values() for r in e.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
