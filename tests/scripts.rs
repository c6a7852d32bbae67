//! Script tests: every `tests/py/<area>/<name>.py` (not starting with `_`) is
//! run by the implementation under test in each mode of [`MODES`], and its
//! stdout, exit code and (when `<name>.err_last` exists) last stderr line are
//! compared with what CPython 3.11 produced (`tests/bless.py` writes those
//! files; never edit them by hand).
//!
//! Conventions (the same as ../shared/conformance):
//! - `<name>.out`: exact stdout; `<name>.code`: exit status (absent = 0);
//!   `<name>.err_last`: last non-empty stderr line (absent = not checked).
//! - A script runs as `IMPL MODE... <name>.py` with its directory as the
//!   working directory, stdin from /dev/null and a 30 s timeout.
//! - Files starting with `_` and files in subdirectories (packages) are
//!   modules imported by tests, not tests.
//!
//! Environment: `PYRITE_TEST_FILTER=substr` runs only scripts whose path
//! relative to tests/py contains `substr`; `PYRITE_TEST_IMPL=cmd` replaces
//! the pyrite binary (e.g. `python3`, to check the corpus itself).
//!
//! Scripts run in parallel over the available cores; every failure is
//! reported on its own line and the test fails once at the end.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

/// Command-line flags of each mode every script runs in.
const MODES: &[&[&str]] = &[
    &["-X", "jit=off"],
    &["-X", "jit=eager"],
    &["-X", "jit=stress"],
    // JIT on with a tiny threshold: code is compiled after the interpreter
    // has quickened it (eager mode compiles before any quickening).
    &["-X", "jit-threshold=3"],
];

const TIMEOUT: Duration = Duration::from_secs(30);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

/// All test scripts, sorted, as paths relative to tests/py.
/// Every test script: a `.py` file not starting with `_` in any directory
/// below `root` (at any depth) that is not a Python package (packages, with
/// an `__init__.py`, hold modules that scripts import).
fn collect_scripts(root: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
        let dir = root.join(rel);
        if rel.as_os_str().is_empty() || !dir.join("__init__.py").exists() {
            for entry in std::fs::read_dir(&dir).expect("readable test dir").filter_map(|e| e.ok()) {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                if path.is_dir() {
                    walk(root, &rel.join(&name), out);
                } else if !rel.as_os_str().is_empty() && name.ends_with(".py") && !name.starts_with('_') {
                    out.push(rel.join(&name));
                }
            }
        }
    }
    let mut scripts = Vec::new();
    walk(root, Path::new(""), &mut scripts);
    scripts.sort();
    scripts
}

fn read_opt(path: &Path) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Runs one script in one mode; `Err` holds the one-line reason it failed.
fn check(root: &Path, rel: &Path, mode: &[&str]) -> Result<(), String> {
    let script = root.join(rel);
    let dir = script.parent().expect("script has a directory");
    let file = script
        .file_name()
        .expect("script has a name")
        .to_string_lossy()
        .into_owned();
    let expected_out = read_opt(&script.with_extension("out"))
        .ok_or_else(|| "missing .out file (run python3 tests/bless.py)".to_string())?;
    let expected_code: i32 = match read_opt(&script.with_extension("code")) {
        Some(s) => s
            .trim()
            .parse()
            .map_err(|_| format!("bad .code file: {s:?}"))?,
        None => 0,
    };
    let expected_err = read_opt(&script.with_extension("err_last")).map(|s| s.trim().to_string());

    let mut args: Vec<&str> = mode.to_vec();
    args.push(&file);
    let out = common::run(&args, dir, None, TIMEOUT);
    let code = out.code().map_err(|why| match out.status {
        None => format!("{why} after {} s", TIMEOUT.as_secs()),
        Some(_) => why,
    })?;
    if code != expected_code {
        let mut why = format!("exit code {code}, expected {expected_code}");
        if !out.stderr.trim().is_empty() {
            why += &format!(
                "; last stderr line: {}",
                common::clip(&out.last_err_line(), 100)
            );
        } else if out.stdout != expected_out {
            why += &format!("; {}", common::first_diff(&expected_out, &out.stdout));
        }
        return Err(why);
    }
    if out.stdout != expected_out {
        return Err(common::first_diff(&expected_out, &out.stdout));
    }
    if let Some(exp) = expected_err {
        let got = out.last_err_line();
        if got != exp {
            return Err(format!(
                "last stderr line: expected {}, got {}",
                common::clip(&exp, 80),
                common::clip(&got, 80)
            ));
        }
    }
    Ok(())
}

#[test]
fn scripts() {
    let root = corpus_dir();
    let filter = std::env::var("PYRITE_TEST_FILTER").unwrap_or_default();
    let scripts: Vec<PathBuf> = collect_scripts(&root)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(filter.as_str()))
        .collect();
    assert!(
        !scripts.is_empty(),
        "no scripts under {} match PYRITE_TEST_FILTER={filter:?}",
        root.display()
    );

    let jobs: Vec<(&PathBuf, &[&str])> = scripts
        .iter()
        .flat_map(|s| MODES.iter().map(move |m| (s, *m)))
        .collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len());
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(rel, mode)) = jobs.get(i) else {
                    break;
                };
                if let Err(why) = check(&root, rel, mode) {
                    let line = format!("FAIL {} [{}]: {why}", rel.display(), mode.join(" "));
                    eprintln!("{line}");
                    failures.lock().unwrap().push(line);
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    let total = jobs.len();
    eprintln!(
        "scripts: {} passed, {} failed ({} scripts x {} modes)",
        total - failures.len(),
        failures.len(),
        scripts.len(),
        MODES.len()
    );
    if !failures.is_empty() {
        panic!(
            "{} of {total} script runs failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
