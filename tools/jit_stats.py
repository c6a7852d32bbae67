#!/usr/bin/env python3
"""Per-bench JIT compile statistics and peak memory, for issue 3's targets
(mean compile time per function under 2 ms over the bench suite; peak RSS
with the JIT on at most 1.3x that with it off).

Runs every ../shared/bench program (or the ones named) once with
`--jit-stats` and prints its number of compiles, total and mean compile CPU
time (thread CPU time, as `--jit-stats` reports it), then the suite's mean
per compile. With `--rss` it also runs each program with `-X jit=off` and
prints both peak RSS values (`/usr/bin/time -f %M`) and their ratio.

Usage: python3 tools/jit_stats.py [--bin target/release/pyrite] [--rss] [NAME ...]
Timings are CPU times of one run: on a loaded machine, compare several runs.
"""
import argparse
import glob
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, '..', 'shared', 'bench')


def run(binary, args, path):
    """Runs `binary args path` in the bench directory; returns (stderr, peak RSS in MiB)."""
    r = subprocess.run(['/usr/bin/time', '-f', 'MAXRSS %M', binary] + args + [path],
                       capture_output=True, text=True, cwd=os.path.dirname(path))
    m = re.search(r'MAXRSS (\d+)', r.stderr)
    return r.stderr, (int(m.group(1)) / 1024 if m else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target', 'release', 'pyrite'))
    ap.add_argument('--rss', action='store_true', help='also measure peak RSS with the JIT off')
    ap.add_argument('names', nargs='*')
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    total_ms = total_n = 0
    for path in sorted(glob.glob(os.path.join(BENCH, '*.py'))):
        name = os.path.basename(path)[:-3]
        if a.names and name not in a.names:
            continue
        err, on = run(binary, ['--jit-stats'], path)
        c = re.search(r'compiled (\d+) functions, (\d+) loops', err)
        m = re.search(r'CPU time ([\d.]+) ms total', err)
        n = int(c.group(1)) + int(c.group(2)) if c else 0
        ms = float(m.group(1)) if m else 0.0
        total_ms += ms
        total_n += n
        line = f'{name:15} compiles {n:3}  cpu {ms:8.2f} ms  mean {ms / n if n else 0:6.3f} ms'
        if a.rss:
            off = run(binary, ['-X', 'jit=off'], path)[1]
            line += f'  rss off {off:5.1f} on {on:5.1f} MiB  x{on / off if off else 0:4.2f}'
        print(line, flush=True)
    print(f'suite: {total_n} compiles, {total_ms:.2f} ms CPU, mean {total_ms / max(total_n, 1):.3f} ms per compile')


if __name__ == '__main__':
    main()
