#!/usr/bin/env python3
"""Run an acceptance corpus against an implementation and compare the failures
with a known-failures list that may only shrink.

    python3 tests/conformance.py conformance IMPL [--known FILE] [--shared DIR]
    python3 tests/conformance.py bench       IMPL [--known FILE] [--shared DIR]

conformance: ../shared/conformance/run.sh IMPL, sharded over the CPU cores
             (run.sh takes test names; each shard is one run.sh process).
bench:       every ../shared/bench/NAME.py run once at its default size (the
             size expected/NAME.out is for), untimed, stdout compared byte for
             byte with expected/NAME.out; --timeout seconds each (default 60,
             20-60x CPython's time). benches/run.py does the timing.

IMPL is a command (may carry arguments, e.g. "target/release/pyrite -X jit=off").
The known-failures file has one `NAME  # one-line reason` per line (blank lines
and lines starting with # are ignored). Exit status 0 only if
  - every failing test is listed, and
  - every listed test still fails (a test that passes now must be removed:
    `--update` removes such entries, it never adds any), and
  - every listed name exists in the corpus.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_known(path):
    """{name: reason} from a known-failures file (missing file = empty list)."""
    known = {}
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            body = line.strip()
            if not body or body.startswith("#"):
                continue
            name, _, reason = body.partition("#")
            name = name.strip()
            if not name or " " in name:
                sys.exit(f"{path}:{lineno}: expected 'NAME  # reason', got {line.rstrip()!r}")
            if not reason.strip():
                sys.exit(f"{path}:{lineno}: {name}: give a one-line reason after '#'")
            known[name] = reason.strip()
    return known


def remove_known(path, names):
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    keep = [l for l in lines if l.split("#", 1)[0].strip() not in names]
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(keep)


def resolve_impl(impl):
    """Make a relative program path absolute (the corpora run in their own directory)."""
    cmd = shlex.split(impl)
    if not cmd:
        sys.exit("conformance.py: empty IMPL")
    if os.sep in cmd[0] and not os.path.isabs(cmd[0]):
        cmd[0] = os.path.abspath(cmd[0])
    return cmd


def run_conformance(cmd, shared, jobs, _timeout):
    """{name: None (passed) or reason} via run.sh, one process per shard."""
    corpus = os.path.join(shared, "conformance")
    names = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".py") and not f.startswith("_"))
    shards = [names[i::jobs] for i in range(jobs)]
    impl = shlex.join(cmd)

    def shard(tests):
        p = subprocess.run(["sh", os.path.join(corpus, "run.sh"), impl, corpus, *tests],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
        res = {t: None for t in tests}
        summary = False
        for line in p.stdout.splitlines():
            m = re.match(r"FAIL (\S+): (.*)", line)
            if m:
                res[m.group(1)] = m.group(2)
            elif re.fullmatch(r"\d+ passed, \d+ failed", line):
                summary = True
        if not summary:  # run.sh itself broke: fail every test of the shard
            why = "run.sh gave no summary: " + (p.stderr.strip().splitlines() or ["?"])[-1]
            res = {t: why for t in tests}
        return res

    results = {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for part in pool.map(shard, [s for s in shards if s]):
            results.update(part)
    return results


def run_bench(cmd, shared, jobs, timeout):
    """{name: None (passed) or reason}: each bench program once, output checked."""
    bench = os.path.join(shared, "bench")
    names = sorted(f[:-3] for f in os.listdir(bench) if f.endswith(".py"))
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")

    def one(name):
        with open(os.path.join(bench, "expected", name + ".out"), "rb") as fh:
            expected = fh.read()
        try:
            p = subprocess.run(cmd + [name + ".py"], cwd=bench, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return name, f"timeout after {timeout:g} s"
        except OSError as e:
            return name, f"cannot start {cmd[0]!r}: {e}"
        if p.returncode != 0:
            err = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
            return name, f"exit code {p.returncode}" + (f"; last stderr line: {err[-1][:120]!r}" if err else "")
        if p.stdout != expected:
            got = p.stdout.decode("utf-8", "replace").strip()[:100]
            return name, f"WRONG OUTPUT: expected {expected.decode().strip()[:100]!r}, got {got!r}"
        return name, None

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return dict(pool.map(one, names))


SUITES = {"conformance": run_conformance, "bench": run_bench}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", choices=sorted(SUITES))
    ap.add_argument("impl", help="command that runs a Python file")
    ap.add_argument("--known", help="known-failures file (default tests/<suite>_known_failures.txt)")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared"),
                    help="directory holding conformance/ and bench/ (default: ../shared)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=60.0, help="bench: seconds per program")
    ap.add_argument("--update", action="store_true", help="remove listed tests that now pass")
    args = ap.parse_args()

    known_path = args.known or os.path.join(REPO, "tests", f"{args.suite}_known_failures.txt")
    known = read_known(known_path)
    results = SUITES[args.suite](resolve_impl(args.impl), os.path.abspath(args.shared), max(1, args.jobs), args.timeout)

    new_failures = {n: why for n, why in results.items() if why is not None and n not in known}
    fixed = sorted(n for n in known if n in results and results[n] is None)
    stale = sorted(n for n in known if n not in results)
    for name, why in sorted(new_failures.items()):
        print(f"NEW FAILURE {name}: {why}")
    for name in fixed:
        print(f"NOW PASSES  {name}: remove it from {os.path.relpath(known_path)}")
    for name in stale:
        print(f"NO SUCH TEST {name}: listed in {os.path.relpath(known_path)}")
    if args.update and (fixed or stale):
        remove_known(known_path, set(fixed) | set(stale))
        print(f"updated {os.path.relpath(known_path)}: removed {len(fixed) + len(stale)} entries")
        fixed = stale = []
    passed = sum(1 for why in results.values() if why is None)
    print(f"{args.suite}: {passed} passed, {len(results) - passed} failed "
          f"({len(results) - passed - len(new_failures)} known), {len(new_failures)} new failures, "
          f"{len(fixed)} listed but passing, {len(stale)} stale entries")
    return 1 if new_failures or fixed or stale else 0


if __name__ == "__main__":
    sys.exit(main())
