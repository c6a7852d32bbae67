//! `pyrite --compare FILE [ARGS]`: runs a script with the JIT off and on
//! (as child processes of this binary), checks that both print the same,
//! and prints a table of wall times, speedup and JIT statistics.

use std::process::{Command, Stdio};
use std::time::Instant;

struct RunResult {
    stdout: Vec<u8>,
    stderr: String,
    status: i32,
    secs: f64,
}

fn run_mode(exe: &std::path::Path, mode: &str, script: &[String]) -> Result<RunResult, String> {
    let mut cmd = Command::new(exe);
    cmd.arg("-X").arg(format!("jit={mode}"));
    if mode != "off" {
        cmd.arg("--jit-stats");
    }
    cmd.args(script).stdin(Stdio::null());
    let t0 = Instant::now();
    let out = cmd.output().map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    Ok(RunResult {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
        secs: t0.elapsed().as_secs_f64(),
    })
}

fn stat_line<'a>(stderr: &'a str, key: &str) -> Option<&'a str> {
    stderr.lines().find(|l| l.starts_with("jit-stats:") && l.contains(key))
}

/// Runs the comparison; returns the exit code (0 when outputs agree).
pub fn run(script: &[String]) -> u8 {
    if script.is_empty() {
        eprintln!("pyrite: --compare needs a file");
        return 2;
    }
    let exe = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("pyrite: cannot find this executable: {e}");
            return 2;
        }
    };
    let (off, on) = match (run_mode(&exe, "off", script), run_mode(&exe, "on", script)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("pyrite: {e}");
            return 2;
        }
    };
    let same = off.stdout == on.stdout && off.status == on.status;
    let compiled = stat_line(&on.stderr, "compiled").unwrap_or("jit-stats: (none)");
    let exits = stat_line(&on.stderr, "exits taken").unwrap_or("jit-stats: (none)");
    println!("{:<14} {:>10} {:>8}", "tier", "wall (s)", "status");
    println!("{:<14} {:>10.3} {:>8}", "interpreter", off.secs, off.status);
    println!("{:<14} {:>10.3} {:>8}", "jit", on.secs, on.status);
    println!("speedup: {:.2}x", off.secs / on.secs.max(1e-9));
    println!("{}", compiled.trim_start_matches("jit-stats: "));
    println!("{}", exits.trim_start_matches("jit-stats: "));
    if same {
        println!("output: identical ({} bytes)", off.stdout.len());
        0
    } else {
        println!("output: DIFFERENT (interpreter {} bytes, exit {}; jit {} bytes, exit {})", off.stdout.len(), off.status, on.stdout.len(), on.status);
        1
    }
}
