#!/usr/bin/env python3
"""Regenerate the expected results of the script tests with CPython.

    python3 tests/bless.py                 # every tests/py/<area>/<name>.py
    python3 tests/bless.py lang/closures types   # named scripts or whole areas
    python3 tests/bless.py --check         # verify, write nothing (exit 1 on drift)

For each script, run as `python3 NAME.py` from its directory with stdin from
/dev/null, this writes NAME.out (exact stdout) and, for a non-zero exit,
NAME.code (the status) and NAME.err_last (last non-empty stderr line); stale
.code/.err_last files are removed.  Each script runs twice with different
PYTHONHASHSEEDs and is refused if the two runs differ (hash-order or other
nondeterminism), and a script that exits 0 must not write to stderr.

Expected output must come from CPython 3.11 (DESIGN.md: CPython is the
oracle); the interpreter used is --python, default the `python3` on PATH
(CPython 3.11.7 here), else the python3 running this script.
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "py")
TIMEOUT = 60


def test_dirs():
    """Directories holding tests: every directory below the corpus, at any
    depth, that is not a Python package (no __init__.py), as 'area/sub'."""
    out = []
    for dirpath, dirnames, _ in os.walk(CORPUS):
        rel = os.path.relpath(dirpath, CORPUS)
        if os.path.exists(os.path.join(dirpath, "__init__.py")):
            dirnames[:] = []
            continue
        dirnames.sort()
        if rel != ".":
            out.append(rel.replace(os.sep, "/"))
    return sorted(out)


def all_scripts():
    out = []
    for area in test_dirs():
        d = os.path.join(CORPUS, area)
        for f in sorted(os.listdir(d)):
            if f.endswith(".py") and not f.startswith("_") and os.path.isfile(os.path.join(d, f)):
                out.append(f"{area}/{f[:-3]}")
    return out


def select(names):
    scripts = all_scripts()
    if not names:
        return scripts
    chosen = []
    for n in names:
        n = n[:-3] if n.endswith(".py") else n
        n = n.rstrip("/")
        hits = [s for s in scripts if s == n or s.startswith(n + "/")]
        if not hits:
            sys.exit(f"bless.py: no script or area {n!r} under tests/py")
        chosen += [h for h in hits if h not in chosen]
    return chosen


def last_line(text):
    lines = [l.rstrip() for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run(python, rel, seed):
    d, name = os.path.split(os.path.join(CORPUS, rel))
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    p = subprocess.run([python, name + ".py"], cwd=d, env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def expected_files(rel, code, out, err):
    """{suffix: bytes or None (= must not exist)}"""
    files = {".out": out, ".code": None, ".err_last": None}
    if code != 0:
        files[".code"] = f"{code}\n".encode()
        files[".err_last"] = (last_line(err) + "\n").encode()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="area or area/name (default: all)")
    ap.add_argument("--check", action="store_true", help="only verify the expected files")
    default_py = shutil.which("python3") or sys.executable
    ap.add_argument("--python", default=default_py)
    args = ap.parse_args()

    ver = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                         capture_output=True, text=True).stdout.strip()
    if ver != "True":
        sys.exit(f"bless.py: {args.python} is not CPython 3.11; expected output must come from 3.11")

    problems = 0
    if not args.names:  # expected files whose script is gone
        scripts = set(all_scripts())
        for area in test_dirs():
            d = os.path.join(CORPUS, area)
            for f in sorted(os.listdir(d)):
                stem, ext = os.path.splitext(f)
                if ext in (".out", ".code", ".err_last") and f"{area}/{stem}" not in scripts:
                    print(f"ORPHAN {area}/{f}: no {stem}.py")
                    problems += 1
    for rel in select(args.names):
        base = os.path.join(CORPUS, rel)
        code, out, err = run(args.python, rel, 0)
        code2, out2, err2 = run(args.python, rel, 12345)
        if (code, out, last_line(err)) != (code2, out2, last_line(err2)):
            print(f"NONDETERMINISTIC {rel}: output differs between hash seeds")
            problems += 1
            continue
        if code == 0 and err.strip():
            print(f"STDERR {rel}: exits 0 but writes to stderr: {last_line(err)!r}")
            problems += 1
            continue
        for suffix, content in expected_files(rel, code, out, err).items():
            path = base + suffix
            old = open(path, "rb").read() if os.path.exists(path) else None
            if old == content:
                continue
            if args.check:
                print(f"STALE {rel}{suffix}: " + ("should not exist" if content is None else
                                                  "missing" if old is None else "differs"))
                problems += 1
            elif content is None:
                os.remove(path)
                print(f"removed {rel}{suffix}")
            else:
                with open(path, "wb") as fh:
                    fh.write(content)
                print(f"wrote {rel}{suffix}")
    if problems:
        print(f"bless.py: {problems} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
