//! Shared helpers for the integration tests: which command runs Python, and
//! running it with a timeout while capturing stdout/stderr.
//!
//! The command is the `pyrite` binary Cargo built for this test run
//! (`env!("CARGO_BIN_EXE_pyrite")`, so `cargo test --release` uses the release
//! binary), unless `PYRITE_TEST_IMPL` names another one, e.g.
//! `PYRITE_TEST_IMPL=python3` to check the tests themselves against CPython.
//! The value is split on whitespace, so it may carry arguments.

#![allow(dead_code)] // each test binary uses a different subset

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The implementation under test as `[program, args...]`.
pub fn implementation() -> Vec<String> {
    match std::env::var("PYRITE_TEST_IMPL") {
        Ok(s) if !s.trim().is_empty() => s.split_whitespace().map(String::from).collect(),
        _ => vec![env!("CARGO_BIN_EXE_pyrite").to_string()],
    }
}

/// True when the tests run against the real `pyrite` binary (not a stand-in),
/// so Pyrite-only behaviour (`--version` text, `--dis`) can be checked.
pub fn is_pyrite() -> bool {
    std::env::var("PYRITE_TEST_IMPL").map_or(true, |s| s.trim().is_empty())
}

/// What one run of the implementation produced.
pub struct Output {
    /// Exit status; `None` if the process was killed after the timeout.
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// The exit code, or a description of how the process ended.
    pub fn code(&self) -> Result<i32, String> {
        match self.status {
            None => Err("timed out".to_string()),
            Some(st) => st
                .code()
                .ok_or_else(|| format!("killed by a signal ({st})")),
        }
    }

    /// Last non-empty line of stderr, right-trimmed (the conformance convention).
    pub fn last_err_line(&self) -> String {
        last_line(&self.stderr)
    }
}

/// Last non-empty line of `text`, right-trimmed.
pub fn last_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

/// Runs `impl args...` in `cwd` with `stdin` as its input (None = /dev/null),
/// killing it after `timeout`.
pub fn run(args: &[&str], cwd: &Path, stdin: Option<&str>, timeout: Duration) -> Output {
    let imp = implementation();
    let mut cmd = Command::new(&imp[0]);
    cmd.args(&imp[1..])
        .args(args)
        .current_dir(cwd)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Output {
                status: None,
                stdout: String::new(),
                stderr: format!("cannot start {:?}: {e}", imp[0]),
            }
        }
    };
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let input = input.to_string();
        // A writer thread, so a child that does not read its input cannot block us.
        thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        });
    }
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Quotes `s` for a one-line report, clipped to `n` characters.
pub fn clip(s: &str, n: usize) -> String {
    let r = format!("{s:?}");
    if r.chars().count() <= n {
        r
    } else {
        let mut c: String = r.chars().take(n.saturating_sub(3)).collect();
        c.push_str("...");
        c
    }
}

/// One line describing the first difference between expected and actual stdout.
pub fn first_diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let g: Vec<&str> = got.split('\n').collect();
    for i in 0..e.len().max(g.len()) {
        let (el, gl) = (e.get(i), g.get(i));
        if el == gl {
            continue;
        }
        let n = i + 1;
        return match (el, gl) {
            (None, Some(g)) | (Some(&""), Some(g)) if i + 1 >= e.len() => {
                format!("stdout line {n}: unexpected extra output {}", clip(g, 70))
            }
            (Some(e), None) | (Some(e), Some(&"")) if i + 1 >= g.len() => {
                format!(
                    "stdout line {n}: output ends early, expected {}",
                    clip(e, 70)
                )
            }
            (Some(e), Some(g)) => format!(
                "stdout line {n}: expected {}, got {}",
                clip(e, 70),
                clip(g, 70)
            ),
            _ => "stdout differs".to_string(),
        };
    }
    "stdout differs".to_string()
}
