//! `-m MODULE`: running a module as a script, as CPython's runpy does it
//! (`sys.argv[0]` is the module's file, `sys.path[0]` the current directory,
//! a package runs its `__main__`, parent packages are imported first,
//! runpy's one-line errors for modules that cannot be run), `-m timeit` and `-m unittest`.
//! Expected behaviour is CPython's: `PYRITE_TEST_IMPL=python3` checks it.

mod common;

use common::{run, Output};
use std::path::{Path, PathBuf};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

/// A fresh scratch directory holding `files` (path, source) pairs.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("climod-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    for (file, src) in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create scratch dir");
        std::fs::write(path, src).expect("write module");
    }
    std::fs::canonicalize(&dir).expect("scratch dir")
}

fn describe(o: &Output) -> String {
    format!("status={:?}\n--- stdout ---\n{}\n--- stderr ---\n{}", o.status, o.stdout, o.stderr)
}

const SHOW: &str = "import sys, os\n\
print(__name__, repr(__package__), os.path.basename(__file__))\n\
print(os.path.basename(sys.argv[0]), sys.argv[1:])\n\
print(sys.path[0] == os.getcwd())\n";

#[test]
fn runs_a_module_with_its_arguments() {
    let dir = scratch("plain", &[("mymod.py", SHOW)]);
    let o = run(&["-m", "mymod", "a", "-x"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    assert_eq!(o.stdout, "__main__ '' mymod.py\nmymod.py ['a', '-x']\nTrue\n", "{}", describe(&o));
    // The attached form.
    let o = run(&["-mmymod"], &dir, None, TIMEOUT);
    assert_eq!(o.stdout, "__main__ '' mymod.py\nmymod.py []\nTrue\n", "{}", describe(&o));
}

#[test]
fn packages_run_their_main_and_submodules_import_parents() {
    let dir = scratch(
        "pkg",
        &[("pkg/__init__.py", "print('init', __name__)\n"), ("pkg/__main__.py", SHOW), ("pkg/sub.py", SHOW), ("bare/__init__.py", "")],
    );
    let o = run(&["-m", "pkg", "z"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    assert_eq!(o.stdout, "init pkg\n__main__ 'pkg' __main__.py\n__main__.py ['z']\nTrue\n", "{}", describe(&o));
    let o = run(&["-m", "pkg.sub"], &dir, None, TIMEOUT);
    assert_eq!(o.stdout, "init pkg\n__main__ 'pkg' sub.py\nsub.py []\nTrue\n", "{}", describe(&o));
    let o = run(&["-m", "bare"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert!(
        o.stderr.trim_end().ends_with(": No module named bare.__main__; 'bare' is a package and cannot be directly executed"),
        "{}",
        describe(&o)
    );
}

#[test]
fn modules_that_cannot_run_give_runpy_messages() {
    let dir = scratch("errors", &[("boom.py", "x = 1\nraise ValueError('boom')\n")]);
    for (module, message) in [
        ("nosuchmod", ": No module named nosuchmod"),
        (
            "nosuchmod.sub",
            ": Error while finding module specification for 'nosuchmod.sub' (ModuleNotFoundError: No module named 'nosuchmod')",
        ),
        ("sys", ": No code object available for sys"),
        (".rel", ": Relative module names not supported"),
    ] {
        let o = run(&["-m", module], &dir, None, TIMEOUT);
        assert_eq!(o.code(), Ok(1), "-m {module}: {}", describe(&o));
        assert!(o.stderr.trim_end().ends_with(message), "-m {module}: {}", describe(&o));
        assert_eq!(o.stderr.lines().count(), 1, "-m {module}: {}", describe(&o));
    }
    let o = run(&["-m", "boom"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert!(o.stderr.starts_with("Traceback (most recent call last):"), "{}", describe(&o));
    assert!(o.stderr.contains("boom.py\", line 2, in <module>"), "{}", describe(&o));
    assert_eq!(o.last_err_line(), "ValueError: boom", "{}", describe(&o));
}

#[test]
fn timeit_command_line() {
    let dir = scratch("timeit", &[]);
    let o = run(&["-m", "timeit", "-n", "3", "-r", "2", "-s", "import math", "math.sqrt(2)"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    let line = o.stdout.trim_end();
    let rest = line.strip_prefix("3 loops, best of 2: ").unwrap_or_else(|| panic!("{}", describe(&o)));
    let (number, unit) = rest.strip_suffix(" per loop").and_then(|r| r.split_once(' ')).unwrap_or_else(|| panic!("{}", describe(&o)));
    assert!(number.parse::<f64>().is_ok() && ["nsec", "usec", "msec", "sec"].contains(&unit), "{}", describe(&o));
    let o = run(&["-m", "timeit", "-u", "furlong", "pass"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stderr.trim_end()), (Ok(2), "Unrecognized unit. Please select nsec, usec, msec, or sec."), "{}", describe(&o));
    let o = run(&["-m", "timeit", "-x"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(2), "option -x not recognized\nuse -h/--help for command line help\n"), "{}", describe(&o));
    let o = run(&["-m", "timeit", "-n", "1", "-r", "1", "1/0"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert_eq!(o.last_err_line(), "ZeroDivisionError: division by zero", "{}", describe(&o));
}

#[test]
fn unittest_command_line_discovers_and_runs_named_tests() {
    let dir = scratch(
        "unittest",
        &[
            ("test_x.py", "import unittest\nclass A(unittest.TestCase):\n    def test_1(self): pass\n    def test_2(self): self.assertEqual('a', 'b')\n"),
            ("pkg/__init__.py", ""),
            ("pkg/test_y.py", "import unittest\nclass B(unittest.TestCase):\n    def test_b(self): pass\n"),
        ],
    );
    let o = run(&["-m", "unittest"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.last_err_line().as_str()), (Ok(1), "FAILED (failures=1)"), "{}", describe(&o));
    assert!(o.stderr.starts_with(".."), "{}", describe(&o));
    let o = run(&["-m", "unittest", "-v", "test_x.A.test_1", "pkg.test_y"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.last_err_line().as_str()), (Ok(0), "OK"), "{}", describe(&o));
    assert!(o.stderr.starts_with("test_1 (test_x.A.test_1) ... ok\ntest_b (pkg.test_y.B.test_b) ... ok\n"), "{}", describe(&o));
}
