#!/usr/bin/env python3
"""Regenerates tools/text-order.txt, the order in which the linker lays out the
`pyrite` binary's functions (see build.rs).

Why: a run's resident memory counts every page of the binary's code it touches,
and the kernel maps code in 64 KiB blocks around each touched page. Left to
itself the linker scatters the ~1,200 functions a run executes over the whole
8 MB .text, so a script touched ~3.2 MB of code with the JIT off and ~6 MB with
it on (Cranelift). Laid out together, in the order of first need, they fill a
little over 2 MB.

How: runs the release binary under callgrind on `-c pass` and on every
../shared/bench program at a small size (JIT off, then on, then eager), and
lists the executed functions' (mangled) symbols in four groups - start-up,
interpreter, JIT, eager-only JIT - each hottest first. Symbols that later
disappear are ignored by the linker (--no-warn-symbol-ordering); new functions
go after the listed ones, so a stale file costs memory, never correctness.
Regenerate after large changes: `cargo build --release && python3 tools/text_order.py`,
then `cargo build --release` again. Symbol names carry hashes of the crates' build
metadata (a dependency update or a build script change renames them all):
`python3 tools/text_order.py --check` says how many listed symbols the binary has.
"""
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("PYRITE_SHARED", os.path.join(ROOT, "..", "shared"))
BINARY = os.path.join(ROOT, "target", "release", "pyrite")
OUT = os.path.join(ROOT, "tools", "text-order.txt")

# Small arguments, so each program runs a few seconds under callgrind.
SMALL = {"dict_str": 1, "exceptions": 1, "fannkuch": 6, "fib": 18, "float_objects": 1,
         "generators": 1, "loops": 1, "mandelbrot": 40, "nbody": 2000, "nqueens": 5,
         "pidigits": 200, "raytrace": 24, "richards": 1, "sieve": 1, "spectral_norm": 40}

NAME = re.compile(r"^(c?)(ob|fn)=\((\d+)\)(?: (.*))?$")


def executed(profile):
    """Symbol -> instructions executed, for the functions of the pyrite binary."""
    names, objects, found = {}, {}, {}
    cur_ob = cur_fn = None
    with open(profile) as f:
        for line in f:
            m = NAME.match(line.rstrip("\n"))
            if m:
                called, kind, ident, name = m.groups()
                table = objects if kind == "ob" else names
                if name:
                    table[ident] = name
                if not called:
                    if kind == "ob":
                        cur_ob = objects[ident]
                    else:
                        cur_fn = re.sub(r"'\d+$", "", names[ident])  # callgrind's recursion marks
                        if cur_ob and os.path.basename(cur_ob) == "pyrite":
                            found.setdefault(cur_fn, 0)
                continue
            if cur_fn in found and line[:1].isdigit():
                parts = line.split()
                if len(parts) >= 2 and parts[1].isdigit():
                    found[cur_fn] += int(parts[1])
    return found


def profile(args):
    with tempfile.NamedTemporaryFile(suffix=".cg", delete=False) as tmp:
        path = tmp.name
    cmd = ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + path, BINARY] + args
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    try:
        return executed(path)
    finally:
        os.unlink(path)


def check():
    listed = [line.strip() for line in open(OUT)]
    nm = subprocess.run(["nm", BINARY], capture_output=True, text=True, check=True).stdout
    present = {line.split()[-1] for line in nm.splitlines() if line.strip()}
    have = sum(s in present for s in listed)
    print(f"{have} of {len(listed)} listed symbols are in {BINARY}")


def main():
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    if sys.argv[1:] == ["--check"]:
        return check()
    bench = os.path.join(SHARED, "bench")
    programs = [[os.path.join(bench, n + ".py"), str(a)] for n, a in sorted(SMALL.items())]
    groups = [[["-X", "jit=off", "-c", "pass"]],
              [["-X", "jit=off"] + p for p in programs],
              [p for p in programs],
              [["-X", "jit=eager"] + p for p in programs]]
    order, seen = [], set()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for runs in groups:
            merged = {}
            for counts in pool.map(profile, runs):
                for sym, n in counts.items():
                    merged[sym] = merged.get(sym, 0) + n
            fresh = sorted((s for s in merged if s not in seen), key=lambda s: -merged[s])
            seen.update(fresh)
            order += fresh
            print(f"{len(fresh)} functions from {len(runs)} runs", file=sys.stderr)
    with open(OUT, "w") as f:
        f.write("".join(s + "\n" for s in order))
    print(f"wrote {OUT}: {len(order)} symbols", file=sys.stderr)


if __name__ == "__main__":
    main()
