//! Command-line behaviour of the `pyrite` binary: `--version`, `-c`, `-` (stdin),
//! `sys.argv`, exit statuses, traceback and SyntaxError shape, `--dis`.
//! Expected behaviour is CPython's (`python3`), except `--version` text and
//! `--dis`, which are Pyrite's own and are skipped when `PYRITE_TEST_IMPL`
//! names a stand-in implementation (see tests/common/mod.rs).

mod common;

use common::{run, Output};
use std::path::{Path, PathBuf};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

/// A fresh scratch directory under the target dir, unique per test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write_script(dir: &Path, file: &str, src: &str) {
    std::fs::write(dir.join(file), src).expect("write script");
}

fn describe(o: &Output) -> String {
    format!(
        "status={:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        o.status, o.stdout, o.stderr
    )
}

/// `  File "<path ending in file>", <rest>` (the path may be relative or absolute).
fn is_file_line(line: &str, file: &str, rest: &str) -> bool {
    line.strip_prefix("  File \"")
        .and_then(|l| l.strip_suffix(&format!("\", {rest}")))
        .is_some_and(|path| path == file || path.ends_with(&format!("/{file}")))
}

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

#[test]
fn version() {
    let o = run(&["--version"], &here(), None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    if common::is_pyrite() {
        assert!(
            o.stdout.starts_with("Pyrite"),
            "--version should start with 'Pyrite': {}",
            describe(&o)
        );
    } else {
        assert!(
            !o.stdout.trim().is_empty() || !o.stderr.trim().is_empty(),
            "{}",
            describe(&o)
        );
    }
}

#[test]
fn help() {
    let o = run(&["--help"], &here(), None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    assert!(
        o.stdout.contains("-c"),
        "--help should list -c: {}",
        describe(&o)
    );
}

#[test]
fn command_string() {
    let o = run(&["-c", "print(1)"], &here(), None, TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(0), "1\n"),
        "{}",
        describe(&o)
    );
    let o = run(
        &["-c", "import sys; print(sys.argv)", "a", "b"],
        &here(),
        None,
        TIMEOUT,
    );
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(0), "['-c', 'a', 'b']\n"),
        "{}",
        describe(&o)
    );
}

#[test]
fn script_from_stdin() {
    let src = "import sys\nx = 6 * 7\nprint(x, sys.argv)\n";
    let o = run(&["-"], &here(), Some(src), TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(0), "42 ['-']\n"),
        "{}",
        describe(&o)
    );
    let o = run(
        &["-", "arg1"],
        &here(),
        Some("import sys\nprint(sys.argv[1:])\n"),
        TIMEOUT,
    );
    assert_eq!(o.stdout, "['arg1']\n", "{}", describe(&o));
}

#[test]
fn script_argv() {
    let dir = scratch("argv");
    write_script(
        &dir,
        "args.py",
        "import sys\nprint(sys.argv)\nprint(len(sys.argv))\n",
    );
    let o = run(&["args.py", "one", "two words", "-x"], &dir, None, TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(0), "['args.py', 'one', 'two words', '-x']\n4\n"),
        "{}",
        describe(&o)
    );
    // Interpreter options before the script are not part of sys.argv.
    let o = run(&["-X", "jit=off", "args.py", "z"], &dir, None, TIMEOUT);
    assert_eq!(o.stdout, "['args.py', 'z']\n2\n", "{}", describe(&o));
}

/// The main script's `__file__` is the working directory joined to the path
/// as given (no normalization) and `sys.path[0]` its resolved directory,
/// as CPython 3.11 does.
#[test]
fn script_file_is_absolute() {
    let dir = scratch("abspath");
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).expect("create sub");
    write_script(&dir, "where.py", "import sys, os\nprint(__file__)\nprint(sys.argv[0])\nprint(sys.path[0] == os.path.realpath(os.path.dirname(__file__)))\n");
    let o = run(&["../where.py"], &sub, None, TIMEOUT);
    let sub_real = sub.canonicalize().expect("canonical sub");
    let expected = format!("{}/../where.py\n../where.py\nTrue\n", sub_real.display());
    assert_eq!((o.code(), o.stdout.clone()), (Ok(0), expected), "{}", describe(&o));
}

#[test]
fn jit_flags_are_accepted() {
    for flags in [
        &["-X", "jit=off"][..],
        &["-X", "jit=on"],
        &["-X", "jit=eager"],
        &["-X", "jit=stress"],
        &["-X", "jit-threshold=10"],
    ] {
        let mut args = flags.to_vec();
        args.extend(["-c", "print(sum(range(100)))"]);
        let o = run(&args, &here(), None, TIMEOUT);
        assert_eq!(
            (o.code(), o.stdout.as_str()),
            (Ok(0), "4950\n"),
            "flags {flags:?}: {}",
            describe(&o)
        );
    }
}

#[test]
fn sys_exit_status() {
    let o = run(
        &["-c", "import sys; print('out'); sys.exit(3)"],
        &here(),
        None,
        TIMEOUT,
    );
    assert_eq!(
        (o.code(), o.stdout.as_str(), o.stderr.as_str()),
        (Ok(3), "out\n", ""),
        "{}",
        describe(&o)
    );
    let o = run(&["-c", "import sys; sys.exit()"], &here(), None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    let o = run(&["-c", "raise SystemExit(0)"], &here(), None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
}

#[test]
fn sys_exit_message() {
    let o = run(
        &["-c", "import sys; sys.exit('bad things')"],
        &here(),
        None,
        TIMEOUT,
    );
    assert_eq!(
        (o.code(), o.stderr.as_str()),
        (Ok(1), "bad things\n"),
        "{}",
        describe(&o)
    );
}

#[test]
fn uncaught_exception_traceback() {
    let dir = scratch("tb");
    write_script(
        &dir,
        "boom.py",
        "print('before')\n\ndef f(x):\n    return 1 // x\n\nf(0)\n",
    );
    let o = run(&["boom.py"], &dir, None, TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(1), "before\n"),
        "{}",
        describe(&o)
    );
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"Traceback (most recent call last):"),
        "{}",
        describe(&o)
    );
    // CPython prints the script path as given or made absolute; accept both.
    assert!(
        lines
            .get(1)
            .is_some_and(|l| is_file_line(l, "boom.py", "line 6, in <module>")),
        "second line should be the <module> frame: {}",
        describe(&o)
    );
    assert!(
        lines
            .iter()
            .any(|l| is_file_line(l, "boom.py", "line 4, in f")),
        "traceback should name the frame of f: {}",
        describe(&o)
    );
    assert!(
        o.stderr.contains("    return 1 // x\n"),
        "traceback should show the source line: {}",
        describe(&o)
    );
    assert_eq!(
        o.last_err_line(),
        "ZeroDivisionError: integer division or modulo by zero",
        "{}",
        describe(&o)
    );
}

/// Uncaught exceptions print CPython 3.11's marker lines (PEP 657) under
/// the failing part of each source line, collapse repeated entries and
/// honour `sys.tracebacklimit`: checked against `python3` itself.
#[test]
fn uncaught_tracebacks_mark_the_failing_expression() {
    let dir = scratch("carets");
    let cases: &[(&str, &str)] = &[
        ("binop.py", "def f(d):\n    return d['a']['b'] + 1\n\ndef g():\n    return f({'a': {'b': None}})\n\ng()\n"),
        ("parens.py", "a, b, c = 1, 2, None\nx = (a + b) * c\n"),
        ("wide.py", "s = '\u{65e5}\u{672c}'\nx = s + 1 if s else 0\n"),
        ("trailing.py", "def f():\n    return 1 / 0\nf()   \n"),
        ("attr_lines.py", "class A: pass\nv = (A()\n     .foo)\n"),
        ("assert_cmp.py", "x = 1\nassert x == 2, 'no'\n"),
        ("decorator.py", "def d(f):\n    raise ValueError\n@d\ndef g(): pass\n"),
        ("call_lines.py", "def f(a, b):\n    return a / b\nr = f(\n    1,\n    0)\n"),
        ("aug.py", "d = {}\nd['k'] += 1\n"),
        ("recursion.py", "def f(n):\n    return f(n + 1)\nf(0)\n"),
        ("limit.py", "import sys\nsys.tracebacklimit = 2\ndef f(n):\n    if n == 0: raise ValueError\n    return f(n - 1)\nf(5)\n"),
        ("repeats.py", "def f(n):\n    if n == 0: raise ValueError\n    return f(n - 1)\nf(4)\n"),
    ];
    for (file, src) in cases {
        write_script(&dir, file, src);
        let o = run(&[file], &dir, None, TIMEOUT);
        let cpython = std::process::Command::new("python3")
            .arg(file)
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        let expected = String::from_utf8_lossy(&cpython.stderr);
        assert_eq!(o.stderr, expected, "{file}: {}", describe(&o));
    }
}

/// `-W` options and compile-time SyntaxWarnings of the main script print
/// what `python3` prints (stdout, stderr and exit status).
#[test]
fn warning_options_and_syntax_warnings() {
    let dir = scratch("warnopts");
    write_script(&dir, "warns.py", "import warnings\nwarnings.warn('careful now', UserWarning)\nwarnings.warn('old', DeprecationWarning)\nprint('done')\n");
    write_script(&dir, "literal.py", "y = 1\nif y is 1:\n    print('one')\nassert (y, 'm')\n");
    let cases: &[&[&str]] = &[
        &["warns.py"],
        &["-W", "ignore", "warns.py"],
        &["-W", "error", "warns.py"],
        &["-W", "error::UserWarning", "warns.py"],
        &["-W", "always::DeprecationWarning", "warns.py"],
        &["-Wd", "warns.py"],
        &["-W", "bogus", "warns.py"],
        &["-W", "ignore::NoSuchWarning", "warns.py"],
        &["-W", "ignore:CAREFUL", "warns.py"],
        &["literal.py"],
        &["-W", "error::SyntaxWarning", "literal.py"],
        &["-W", "ignore::SyntaxWarning", "literal.py"],
    ];
    for args in cases {
        let o = run(args, &dir, None, TIMEOUT);
        let cpython = std::process::Command::new("python3").args(*args).current_dir(&dir).output().expect("python3 runs");
        let expected = (cpython.status.code(), String::from_utf8_lossy(&cpython.stdout).to_string(), String::from_utf8_lossy(&cpython.stderr).to_string());
        assert_eq!((o.code().ok(), o.stdout.clone(), o.stderr.clone()), expected, "{args:?}: {}", describe(&o));
    }
}

/// `sys.path[0]` is '' for `-c`, and a module found through a relative
/// `sys.path` entry (or '') gets an absolute `__file__`, as in `python3`.
#[test]
fn relative_path_entries_give_absolute_module_files() {
    let dir = scratch("relpath");
    std::fs::create_dir_all(dir.join("pkgdir")).expect("mkdir");
    write_script(&dir, "pkgdir/relmod.py", "VALUE = 1\n");
    write_script(&dir, "here.py", "X = 2\n");
    let code = "import sys, os\nprint(repr(sys.path[0]))\nsys.path.insert(0, 'pkgdir')\nimport relmod, here\nprint(relmod.__file__ == os.path.join(os.getcwd(), 'pkgdir', 'relmod.py'), here.__file__ == os.path.join(os.getcwd(), 'here.py'))\n";
    let o = run(&["-B", "-c", code], &dir, None, TIMEOUT);
    let cpython = std::process::Command::new("python3").args(["-B", "-c", code]).current_dir(&dir).output().expect("python3 runs");
    assert_eq!(o.stdout, String::from_utf8_lossy(&cpython.stdout), "{}", describe(&o));
}

#[test]
fn uncaught_exception_in_command() {
    let o = run(
        &["-c", "x = 1\nraise ValueError('bad value')"],
        &here(),
        None,
        TIMEOUT,
    );
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert!(
        o.stderr.starts_with("Traceback (most recent call last):\n"),
        "{}",
        describe(&o)
    );
    assert!(
        o.stderr
            .contains("  File \"<string>\", line 2, in <module>"),
        "{}",
        describe(&o)
    );
    assert_eq!(
        o.last_err_line(),
        "ValueError: bad value",
        "{}",
        describe(&o)
    );
}

#[test]
fn syntax_error_shape() {
    let dir = scratch("syntax");
    write_script(&dir, "bad.py", "x = 1\nif x == 1\n    print(x)\n");
    let o = run(&["bad.py"], &dir, None, TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(1), ""),
        "{}",
        describe(&o)
    );
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert!(
        lines
            .first()
            .is_some_and(|l| is_file_line(l, "bad.py", "line 2")),
        "first line should name file and line: {}",
        describe(&o)
    );
    assert_eq!(
        lines.get(1).map(|l| l.trim()),
        Some("if x == 1"),
        "{}",
        describe(&o)
    );
    assert!(
        lines.get(2).is_some_and(|l| l.trim().starts_with('^')),
        "third line should be the caret: {}",
        describe(&o)
    );
    assert!(
        o.last_err_line().starts_with("SyntaxError: "),
        "{}",
        describe(&o)
    );

    write_script(&dir, "bad2.py", "print('never')\nx = (1 +\n    2))\n");
    let o = run(&["bad2.py"], &dir, None, TIMEOUT);
    assert_eq!(
        (o.code(), o.stdout.as_str()),
        (Ok(1), ""),
        "nothing runs before a SyntaxError: {}",
        describe(&o)
    );
    assert!(
        o.stderr
            .lines()
            .any(|l| is_file_line(l, "bad2.py", "line 3")),
        "{}",
        describe(&o)
    );
    assert_eq!(
        o.last_err_line(),
        "SyntaxError: unmatched ')'",
        "{}",
        describe(&o)
    );

    write_script(&dir, "bad3.py", "def f(:\n    pass\n");
    let o = run(&["bad3.py"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert_eq!(
        o.last_err_line(),
        "SyntaxError: invalid syntax",
        "{}",
        describe(&o)
    );
}

#[test]
fn missing_script() {
    let dir = scratch("missing");
    let o = run(&["does_not_exist.py"], &dir, None, TIMEOUT);
    assert_eq!(
        o.code(),
        Ok(2),
        "like CPython, a missing script exits 2: {}",
        describe(&o)
    );
    assert!(o.stderr.contains("does_not_exist.py"), "{}", describe(&o));
}

#[test]
fn dis_prints_opnames() {
    if !common::is_pyrite() {
        return; // Pyrite's own option
    }
    let dir = scratch("dis");
    write_script(
        &dir,
        "d.py",
        "def add(a, b):\n    return a + b\nprint(add(1, 2))\n",
    );
    let o = run(&["--dis", "d.py"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    for op in ["LOAD_FAST", "BINARY_OP", "RETURN_VALUE"] {
        assert!(
            o.stdout.contains(op),
            "--dis output should mention {op}: {}",
            describe(&o)
        );
    }
    assert!(
        !o.stdout.contains("\n3\n"),
        "--dis should not run the program: {}",
        describe(&o)
    );
}

/// Hot numeric code really runs compiled: after the interpreter has
/// quickened the loop (its instructions are specialized forms by then), the
/// JIT compiles it and takes no exit. Guards against the JIT silently
/// declining or bailing out of everything.
#[test]
fn jit_compiles_hot_loops_and_functions() {
    if !common::is_pyrite() {
        return;
    }
    let src = "def f(n):\n    s = 0.0\n    i = 0\n    while i < n:\n        s += i * 0.5\n        i += 1\n    return s\n\
               t = 0\nfor k in range(3000):\n    t += k % 7\nprint(t, f(5000), [f(10) for _ in range(2000)][-1])\n";
    let dir = scratch("jitstats");
    write_script(&dir, "hot.py", src);
    let o = run(&["--jit-stats", "hot.py"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(0), "8994 6248750.0 22.5\n"), "{}", describe(&o));
    // `f` as a function; the module loop, f's loop and the list
    // comprehension's loop by on-stack replacement.
    assert!(o.stderr.contains("compiled 1 functions, 3 loops"), "{}", describe(&o));
    // Every instruction compiles (the module-level loop's code runs on past
    // the loop to the end of the module): no exit at all.
    assert!(o.stderr.contains("exits taken 0\n"), "{}", describe(&o));
    // The compile time per compile and its breakdown by phase.
    assert!(o.stderr.contains(" ms mean per compile; CPU time "), "{}", describe(&o));
    assert!(o.stderr.contains("jit-stats: phases (CPU ms total): translate "), "{}", describe(&o));
    let o = run(&["-X", "jit=off", "--jit-stats", "hot.py"], &dir, None, TIMEOUT);
    assert_eq!(o.stdout, "8994 6248750.0 22.5\n", "{}", describe(&o));
}

/// A division that keeps failing by zero in compiled code is generalized
/// once (recompiled to leave the division to the interpreter's operation,
/// whose ZeroDivisionError the compiled handler catches), not recompiled
/// until the function is blacklisted.
#[test]
fn jit_generalizes_a_failing_division_once() {
    if !common::is_pyrite() {
        return;
    }
    let src = "def f(n):\n    caught = 0\n    for i in range(n):\n        try:\n            x = i / (i - i)\n        except ZeroDivisionError:\n            caught += 1\n    return caught\n\
               print(f(20000))\n";
    let dir = scratch("jitgeneralize");
    write_script(&dir, "div.py", src);
    let o = run(&["--jit-stats", "div.py"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(0), "20000\n"), "{}", describe(&o));
    assert!(o.stderr.contains("recompiles 1\n"), "{}", describe(&o));
}

/// Generator code is declined by default and compiled with
/// `-X jit-generators` (the yield exit and re-entry at the resume point),
/// with the same output either way.
#[test]
fn jit_generators_option() {
    if !common::is_pyrite() {
        return;
    }
    let src = "def g(n):\n    i = 0\n    while i < n:\n        yield i * i\n        i += 1\n\
               print(sum(sum(g(k)) for k in range(300)))\n";
    let dir = scratch("jitgen");
    write_script(&dir, "gen.py", src);
    let expected = "666037450\n";
    let o = run(&["-X", "jit-threshold=50", "-X", "jit-log", "gen.py"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(0), expected), "{}", describe(&o));
    assert!(o.stderr.contains("jit: declined g: generator code"), "{}", describe(&o));
    let o = run(&["-X", "jit-threshold=50", "-X", "jit-generators", "-X", "jit-log", "gen.py"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(0), expected), "{}", describe(&o));
    assert!(o.stderr.contains("jit: compiled g@"), "{}", describe(&o));
}

/// A call of a small pure numeric function is inlined into its compiled
/// caller (`translate_inline`), and the jit log says so.
#[test]
fn jit_inlines_pure_calls() {
    if !common::is_pyrite() {
        return;
    }
    let src = "def sq(x):\n    return x * x + 1\n\
               def f(n):\n    t = 0\n    for i in range(n):\n        t += sq(i)\n    return t\n\
               print(f(1000))\nprint(f(1000))\nprint(sum(f(3) for _ in range(200)))\n";
    let dir = scratch("jitinline");
    write_script(&dir, "inl.py", src);
    let o = run(&["-X", "jit-threshold=50", "-X", "jit-log", "inl.py"], &dir, None, TIMEOUT);
    assert_eq!((o.code(), o.stdout.as_str()), (Ok(0), "332834500\n332834500\n1600\n"), "{}", describe(&o));
    assert!(o.stderr.contains("1 call(s) inlined"), "{}", describe(&o));
}

/// `--compare` runs both tiers and reports identical output.
#[test]
fn compare_runs_both_tiers() {
    if !common::is_pyrite() {
        return;
    }
    let dir = scratch("compare");
    write_script(&dir, "c.py", "print(sum(i * i for i in range(1000)))\n");
    let o = run(&["--compare", "c.py"], &dir, None, TIMEOUT);
    assert_eq!(o.code(), Ok(0), "{}", describe(&o));
    assert!(o.stdout.contains("output: identical"), "{}", describe(&o));
    assert!(o.stdout.contains("speedup:"), "{}", describe(&o));
}

/// Text files are UTF-8 in Pyrite: another encoding is refused with a clear
/// error (Pyrite's own behaviour; CPython would transcode), never ignored.
#[test]
fn text_files_refuse_other_encodings() {
    if !common::is_pyrite() {
        return;
    }
    let dir = scratch("encodings");
    let path = dir.join("t.txt");
    let code = format!("open({:?}, 'w', encoding='latin-1')", path.to_string_lossy());
    let o = run(&["-c", &code], &here(), None, TIMEOUT);
    assert_eq!(o.code(), Ok(1), "{}", describe(&o));
    assert!(o.stderr.contains("NotImplementedError: open(): text files with encoding 'latin-1' are not supported yet"), "{}", describe(&o));
    assert!(!path.exists(), "the file must not be created: {}", describe(&o));
}

/// Standard output is buffered below a pipe; `-u` and `PYTHONUNBUFFERED`
/// write it through at once, and `-E` ignores `PYTHON*` variables: the
/// order of `print` against a raw `os.write(1, ...)` shows which, as in
/// `python3`.
#[test]
fn unbuffered_output_and_ignored_environment() {
    let dir = scratch("unbuffered");
    let src = "import os, sys\nprint('a')\nos.write(1, b'b\\n')\nprint('c', sys.flags.ignore_environment)\n";
    let cases: &[(&[&str], bool)] = &[
        (&["-c", src], false),
        (&["-u", "-c", src], false),
        (&["-c", src], true),
        (&["-E", "-c", src], true),
    ];
    for (args, env_unbuffered) in cases {
        let imp = common::implementation();
        let run_one = |prog: &str, pre: &[String]| {
            let mut cmd = std::process::Command::new(prog);
            cmd.args(pre).args(*args).current_dir(&dir).env_remove("PYTHONUNBUFFERED");
            if *env_unbuffered {
                cmd.env("PYTHONUNBUFFERED", "1");
            }
            let o = cmd.output().expect("runs");
            (o.status.code(), String::from_utf8_lossy(&o.stdout).to_string())
        };
        let got = run_one(&imp[0], &imp[1..]);
        let expected = run_one("python3", &[]);
        assert_eq!(got, expected, "{args:?} PYTHONUNBUFFERED={env_unbuffered}");
    }
}

/// `-O`, `-OO` and `PYTHONOPTIMIZE` drop asserts and `__debug__` blocks
/// (and at level 2 docstrings), and `sys.flags.optimize` reports the level,
/// as CPython's do.
#[test]
fn optimize_levels_match_cpython() {
    let dir = scratch("optimize");
    let script = dir.join("o.py");
    std::fs::write(
        &script,
        "\"\"\"module doc\"\"\"\nimport sys\ndef f():\n    \"fdoc\"\n    return 1\nclass C:\n    \"cdoc\"\n\
print(__doc__, f.__doc__, C.__doc__, __debug__, sys.flags.optimize)\n\
if __debug__:\n    print('debug on')\n\
try:\n    assert False, 'boom'\n    print('no assert')\nexcept AssertionError as e:\n    print('AE', e)\n\
print(eval('__debug__'))\n",
    )
    .unwrap();
    let cases: &[(&[&str], Option<&str>)] = &[
        (&[], None),
        (&["-O"], None),
        (&["-OO"], None),
        (&["-O", "-O"], None),
        (&[], Some("1")),
        (&["-E"], Some("2")),
    ];
    for (flags, env) in cases {
        let imp = common::implementation();
        let run_one = |prog: &str, pre: &[String]| {
            let mut cmd = std::process::Command::new(prog);
            cmd.args(pre).args(*flags).arg("-B").arg(&script).current_dir(&dir);
            cmd.env_remove("PYTHONOPTIMIZE");
            if let Some(level) = env {
                cmd.env("PYTHONOPTIMIZE", level);
            }
            let o = cmd.output().expect("runs");
            (o.status.code(), String::from_utf8_lossy(&o.stdout).to_string())
        };
        let got = run_one(&imp[0], &imp[1..]);
        let expected = run_one("python3", &[]);
        assert_eq!(got, expected, "{flags:?} PYTHONOPTIMIZE={env:?}");
    }
}
