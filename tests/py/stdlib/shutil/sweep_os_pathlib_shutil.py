# A sweep over os (relpath/commonpath/normpath edge cases, walk topdown=False,
# scandir, stat, environ), pathlib (rglob, relative_to errors, with_suffix,
# PurePosixPath ops) and shutil (copytree with ignore, disk_usage, which).
import os, pathlib, shutil, tempfile
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("relpath", lambda: [os.path.relpath(a, b) for a, b in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/x/y"), ("a/b", "a"), ("/", "/a")]])
t("relpath err", lambda: os.path.relpath(""))
t("commonpath", lambda: (os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonpath(["/a"])))
t("commonpath err", lambda: os.path.commonpath(["/a", "b"]))
t("commonpath empty", lambda: os.path.commonpath([]))
t("commonprefix", lambda: os.path.commonprefix(["/usr/lib", "/usr/local"]))
t("normpath", lambda: [os.path.normpath(p) for p in ["a//b/./c/..", "/../a", "//a", "///a", "", ".", "a/../..", "./", "/a/b/../../.."]])
t("split", lambda: [os.path.splitext(p) for p in [".bashrc", "a.tar.gz", "a.", "/x.y/z"]])
d = tempfile.mkdtemp()
for p in ["b/x.txt", "a/y.py", "a/sub/z.py", "c.txt"]:
    full = os.path.join(d, p); os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f: f.write("data" * len(p))
t("walk up", lambda: [(os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d, topdown=False)] and sorted((os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d, topdown=False)))
t("walk order", lambda: [os.path.relpath(r, d) for r, ds, fs in os.walk(d, topdown=False) if (ds.sort() or True)][-1])
t("scandir", lambda: sorted((e.name, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else 0) for e in os.scandir(d)))
with os.scandir(d) as it:
    t("scandir ctx", lambda: sorted(e.name for e in it))
st = os.stat(os.path.join(d, "c.txt"))
t("stat", lambda: (st.st_size, oct(st.st_mode & 0o777 if False else 0), type(st.st_mtime).__name__, st[6], len(st) >= 10, hasattr(st, "st_mtime_ns")))
t("environ", lambda: (os.environ.get("NOPE_X"), "PATH" in os.environ, type(os.environ).__name__))
os.environ["GAPS_T"] = "1"
t("environ set", lambda: (os.getenv("GAPS_T"), os.environ.pop("GAPS_T"), os.getenv("GAPS_T", "gone")))
t("environ bad", lambda: os.environ.__setitem__("X", 1))
p = pathlib.Path(d)
t("rglob", lambda: sorted(str(x.relative_to(p)) for x in p.rglob("*.py")))
t("glob", lambda: sorted(str(x.relative_to(p)) for x in p.glob("*/*.txt")))
t("relative_to err", lambda: pathlib.PurePosixPath("/a/b").relative_to("/c"))
t("with_suffix", lambda: (pathlib.PurePosixPath("a/b.txt").with_suffix(".md"), pathlib.PurePosixPath("a/b.tar.gz").with_suffix(""), pathlib.PurePosixPath("a/b").with_suffix(".x")))
t("with_suffix err", lambda: pathlib.PurePosixPath("a/b").with_suffix("x"))
t("with_suffix err2", lambda: pathlib.PurePosixPath("/").with_suffix(".x"))
t("pure ops", lambda: (pathlib.PurePosixPath("/a") / "b" / "../c", pathlib.PurePosixPath("a/b/c").parents[1], list(pathlib.PurePosixPath("/a/b").parents), pathlib.PurePosixPath("a/b.c.d").suffixes, pathlib.PurePosixPath("a/b").match("*/b"), pathlib.PurePosixPath("/a/b").parts, pathlib.PurePosixPath("a").is_absolute(), pathlib.PurePosixPath("a/b").with_name("c"), pathlib.PurePosixPath("a/b.py").stem))
t("stat p", lambda: (p / "c.txt").stat().st_size)
t("iterdir", lambda: sorted(x.name for x in p.iterdir()))
t("copytree", lambda: (shutil.copytree(d, os.path.join(d, "copy"), ignore=shutil.ignore_patterns("*.py", "sub")) and sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(os.path.join(d, "copy")) for f in fs)))
try:
    shutil.copytree(d + "/a", d + "/copy")
except FileExistsError as e:
    print("copytree exists", e.errno, e.filename == d + "/copy")
t("disk_usage", lambda: (lambda u: (u.total >= u.used, type(u).__name__, u._fields))(shutil.disk_usage(d)))
t("which", lambda: (shutil.which("sh") is not None, shutil.which("definitely-not-here")))
shutil.rmtree(d)
t("gone", lambda: os.path.exists(d))
