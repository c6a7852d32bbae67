#!/usr/bin/env python3
"""Times importing a big generated module with and without Pyrite's bytecode cache.

    python3 benches/pyc_import.py [--pyrite target/release/pyrite] [--funcs 4000] [--runs 7]

Writes the module into a fresh temporary directory, then reports the median
wall time of `pyrite main.py` (main.py only does `import big`) when the
module is parsed and compiled every time (`-B`, no cache file) and when it is
loaded from `__pycache__/big.pyrite-*.pyc`, next to `pyrite -c pass`
(`-B` runs happen before any cache file exists, so they parse every time).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time


def make_module(nfuncs):
    parts = ['"""A generated module for the import benchmark."""\n']
    for i in range(nfuncs):
        parts.append(
            f"def func_{i}(a, b={i}, *rest, key=None):\n"
            f"    total = 0\n"
            f"    for k in range(a):\n"
            f"        if k % 3 == {i % 3}:\n"
            f"            total += k * b\n"
            f"        elif k in ({i}, {i + 1}, 'x{i}'):\n"
            f"            total -= len(str(k))\n"
            f"    try:\n"
            f"        total += {{'n': {i}, 'f': {i}.5}}['n']\n"
            f"    except KeyError as e:\n"
            f"        raise ValueError('bad {i}') from e\n"
            f"    return [x + total for x in rest if x], f'{{total}}-{i}'\n\n"
        )
        if i % 50 == 0:
            parts.append(
                f"class Gen{i}:\n"
                f"    '''class {i}'''\n"
                f"    def __init__(self, v):\n"
                f"        self.v = v\n"
                f"    def get(self):\n"
                f"        return lambda y: self.v + y + {i}\n\n"
            )
    parts.append("COUNT = %d\n" % nfuncs)
    return "".join(parts)


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def median_time(cmd, cwd, env, runs):
    """Median (wall seconds, CPU seconds) of `runs` runs; CPU time (user +
    system) is the fairer number on a loaded machine."""
    walls, cpus = [], []
    for _ in range(runs):
        c0 = cpu_children()
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu_children() - c0)
    return statistics.median(walls), statistics.median(cpus)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyrite", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "pyrite"))
    ap.add_argument("--funcs", type=int, default=4000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    exe = os.path.abspath(args.pyrite)
    work = tempfile.mkdtemp(prefix="pyrite-pyc-bench-")
    try:
        src = make_module(args.funcs)
        with open(os.path.join(work, "big.py"), "w") as f:
            f.write(src)
        with open(os.path.join(work, "main.py"), "w") as f:
            f.write("import big\nprint(big.COUNT)\n")
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PYRITE_PYC_TRACE", None)
        startup = median_time([exe, "-c", "pass"], work, env, args.runs)
        parsed = median_time([exe, "-B", "main.py"], work, env, args.runs)
        subprocess.run([exe, "main.py"], cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)
        cache_dir = os.path.join(work, "__pycache__")
        caches = os.listdir(cache_dir)
        assert len(caches) == 1, caches
        cached = median_time([exe, "main.py"], work, env, args.runs)
        size = os.path.getsize(os.path.join(cache_dir, caches[0]))
        print(f"module: {len(src.splitlines())} lines, {len(src)} bytes; cache file {caches[0]}: {size} bytes")
        print(f"{'median of ' + str(args.runs) + ' runs':32} {'wall ms':>9} {'CPU ms':>9}")
        for label, (wall, cpu) in [("startup (-c pass)", startup), ("import, parse + compile (-B)", parsed), ("import, from the .pyc", cached)]:
            print(f"{label:32} {wall * 1000:9.1f} {cpu * 1000:9.1f}")
        print(f"CPU time of the import: {(parsed[1] - startup[1]) / max(cached[1] - startup[1], 1e-3):.1f}x less with the cache")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
