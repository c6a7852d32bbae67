//! The bytecode cache (`__pycache__/<name>.pyrite-<ver>.pyc`): the second
//! import loads the cache instead of parsing, a changed source rebuilds it, a
//! truncated / corrupt / foreign cache file is ignored and rewritten, and
//! `-B`, `PYTHONDONTWRITEBYTECODE` and `sys.dont_write_bytecode` turn writing
//! off. Observed through `PYRITE_PYC_TRACE`, which makes Pyrite print one
//! `pyc: ...` line per decision (`parsed`, `loaded`, `wrote`, `ignored`).

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_pyrite");
/// The cache tag in file names (`pyrite-` + the crate version without dots).
const TAG: &str = concat!("pyrite-", env!("CARGO_PKG_VERSION_MAJOR"), env!("CARGO_PKG_VERSION_MINOR"), env!("CARGO_PKG_VERSION_PATCH"));
const MODULE: &str = "\"\"\"The doc.\"\"\"\nimport sys\nBIG = 2 ** 100\ndef f(a, *b, c=2, **k):\n    try:\n        return a + sum(b) * c\n    except TypeError as e:\n        return 'err: ' + str(e)\nclass K:\n    def m(self):\n        return [x * 2 for x in range(3)], {1.5j, b'z', ...}\nprint('mod runs', f(1, 2, 3), f(1, 'x'), K().m()[0], BIG)\n";
const MAIN: &str = "import mod\nprint(mod.__doc__, mod.f(5), mod.K.m.__qualname__)\n";

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pycache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

struct Run {
    stdout: String,
    stderr: String,
}

impl Run {
    fn traced(&self, what: &str) -> bool {
        self.stderr.lines().any(|l| l.starts_with("pyc: ") && l.contains(what))
    }

    /// A `pyc: VERB <dir>/REST` line (the script's directory is absolute).
    fn traced_path(&self, verb: &str, rest: &str) -> bool {
        self.stderr.lines().any(|l| l.starts_with(&format!("pyc: {verb} /")) && l.contains(&format!("/{rest}")))
    }
}

/// Runs pyrite with the trace on and writing allowed unless `env` says otherwise.
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir).env_remove("PYTHONDONTWRITEBYTECODE").env("PYRITE_PYC_TRACE", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pyrite");
    let r = Run { stdout: String::from_utf8_lossy(&out.stdout).into_owned(), stderr: String::from_utf8_lossy(&out.stderr).into_owned() };
    assert!(out.status.success(), "pyrite failed:\n{}\n{}", r.stdout, r.stderr);
    r
}

fn run(dir: &Path) -> Run {
    run_with(dir, &["main.py"], &[])
}

fn setup(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    std::fs::write(dir.join("mod.py"), MODULE).unwrap();
    std::fs::write(dir.join("main.py"), MAIN).unwrap();
    let cache = dir.join("__pycache__").join(format!("mod.{TAG}.pyc"));
    (dir, cache)
}

const EXPECTED: &str = "mod runs 11 err: unsupported operand type(s) for +: 'int' and 'str' [0, 2, 4] 1267650600228229401496703205376\nThe doc. 5 K.m\n";

#[test]
fn second_import_loads_the_cache_without_parsing() {
    let (dir, cache) = setup("second");
    let first = run(&dir);
    assert_eq!(first.stdout, EXPECTED);
    assert!(first.traced_path("parsed", "mod.py"), "{}", first.stderr);
    assert!(first.traced("wrote"), "{}", first.stderr);
    assert!(cache.is_file(), "no cache file at {}", cache.display());
    let second = run(&dir);
    assert_eq!(second.stdout, EXPECTED);
    assert!(second.traced_path("loaded", "mod.py from"), "{}", second.stderr);
    assert!(!second.traced("parsed"), "second import parsed again: {}", second.stderr);
    assert!(!second.traced("wrote"), "{}", second.stderr);
    // The main script itself is never cached.
    assert!(!first.traced("main.py"), "{}", first.stderr);
    let names: Vec<String> = std::fs::read_dir(dir.join("__pycache__")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec![format!("mod.{TAG}.pyc")]);
}

#[test]
fn changed_source_rebuilds_the_cache() {
    let (dir, cache) = setup("changed");
    run(&dir);
    std::fs::write(dir.join("mod.py"), "print('version two')\ndef f(x): return x * 100\nclass K:\n    def m(self): pass\n").unwrap();
    let r = run(&dir);
    assert!(r.stdout.starts_with("version two\nNone 500 K.m\n"), "{}", r.stdout);
    assert!(r.traced("stale"), "{}", r.stderr);
    assert!(r.traced_path("parsed", "mod.py"), "{}", r.stderr);
    assert!(run(&dir).traced("loaded"));
    // Same size, different contents and mtime: still rebuilt.
    let before = std::fs::read(&cache).unwrap();
    std::fs::write(dir.join("mod.py"), "print('version 333')\ndef f(x): return x * 100\nclass K:\n    def m(self): pass\n").unwrap();
    let f = std::fs::File::options().write(true).open(dir.join("mod.py")).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5)).unwrap();
    drop(f);
    let r = run(&dir);
    assert!(r.stdout.starts_with("version 333\n"), "{}", r.stdout);
    assert!(r.traced("stale"), "{}", r.stderr);
    assert_ne!(std::fs::read(&cache).unwrap(), before);
}

#[test]
fn truncated_or_corrupt_cache_is_ignored_and_rewritten() {
    let (dir, cache) = setup("corrupt");
    run(&dir);
    let good = std::fs::read(&cache).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    let mut bad_op = good.clone();
    bad_op[good.len() / 2] ^= 0xff;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "unexpected end"),
        ("truncated header", good[..20].to_vec(), "unexpected end"),
        ("truncated body", good[..good.len() - 7].to_vec(), "truncated"),
        ("flipped byte", flipped, "checksum"),
        ("middle byte", bad_op, "checksum"),
        ("garbage", b"this is not a cache file at all, not even close".to_vec(), "magic"),
    ];
    for (what, bytes, reason) in cases {
        std::fs::write(&cache, &bytes).unwrap();
        let r = run(&dir);
        assert_eq!(r.stdout, EXPECTED, "{what}");
        assert!(r.traced_path("ignored", &format!("__pycache__/mod.{TAG}.pyc: ")), "{what}: {}", r.stderr);
        assert!(r.stderr.contains(reason), "{what}: expected '{reason}' in {}", r.stderr);
        assert!(r.traced_path("parsed", "mod.py") && r.traced("wrote"), "{what}: {}", r.stderr);
        assert_eq!(std::fs::read(&cache).unwrap(), good, "{what}: not rewritten");
        assert!(run(&dir).traced("loaded"), "{what}");
    }
}

#[test]
fn writing_can_be_turned_off() {
    let (dir, cache) = setup("nowrite");
    let r = run_with(&dir, &["-B", "main.py"], &[]);
    assert_eq!(r.stdout, EXPECTED);
    assert!(!cache.exists() && !r.traced("wrote"), "-B wrote a cache");
    let r = run_with(&dir, &["main.py"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert!(!cache.exists() && !r.traced("wrote"), "PYTHONDONTWRITEBYTECODE wrote a cache");
    std::fs::write(dir.join("off.py"), "import sys\nprint(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\nsys.dont_write_bytecode = True\nimport mod\n").unwrap();
    let r = run_with(&dir, &["off.py"], &[]);
    assert!(r.stdout.starts_with("False 0\n"), "{}", r.stdout);
    assert!(!cache.exists(), "sys.dont_write_bytecode = True wrote a cache");
    let r = run_with(&dir, &["-B", "off.py"], &[]);
    assert!(r.stdout.starts_with("True 1\n"), "{}", r.stdout);
    // An existing valid cache is still read when writing is off.
    run(&dir);
    let r = run_with(&dir, &["-B", "main.py"], &[]);
    assert!(r.traced("loaded"), "{}", r.stderr);
}

#[test]
fn packages_and_syntax_errors() {
    let dir = scratch("pkg");
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "from . import sub\nNAME = 'pkg'\n").unwrap();
    std::fs::write(dir.join("pkg/sub.py"), "VALUE = 42\n").unwrap();
    std::fs::write(dir.join("bad.py"), "def broken(:\n").unwrap();
    std::fs::write(dir.join("main.py"), "import pkg\nprint(pkg.NAME, pkg.sub.VALUE)\ntry:\n    import bad\nexcept SyntaxError as e:\n    print('SyntaxError', e.lineno)\n").unwrap();
    for _ in 0..2 {
        let r = run(&dir);
        assert_eq!(r.stdout, "pkg 42\nSyntaxError 1\n");
    }
    assert!(dir.join(format!("pkg/__pycache__/__init__.{TAG}.pyc")).is_file());
    assert!(dir.join(format!("pkg/__pycache__/sub.{TAG}.pyc")).is_file());
    assert!(!dir.join(format!("__pycache__/bad.{TAG}.pyc")).exists());
}
