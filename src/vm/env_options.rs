//! Start-up options that CPython also takes from `PYTHON*` environment
//! variables: `-E` (ignore them all), `-u` / `PYTHONUNBUFFERED` (standard
//! output written through at once). Set by the command line before the VM
//! starts; read when the VM and `sys` are built.

use std::sync::atomic::{AtomicBool, Ordering};

static IGNORE_ENVIRONMENT: AtomicBool = AtomicBool::new(false);
static UNBUFFERED_OPTION: AtomicBool = AtomicBool::new(false);

/// `-E`: `PYTHON*` environment variables are ignored.
pub fn set_ignore_environment(on: bool) {
    IGNORE_ENVIRONMENT.store(on, Ordering::Relaxed);
}

/// Whether `-E` was given (`sys.flags.ignore_environment`).
pub fn ignore_environment() -> bool {
    IGNORE_ENVIRONMENT.load(Ordering::Relaxed)
}

/// `-u`: standard output and error are unbuffered.
pub fn set_unbuffered(on: bool) {
    UNBUFFERED_OPTION.store(on, Ordering::Relaxed);
}

/// The value of the `PYTHON*` variable `name`, unless `-E` was given.
pub fn python_env(name: &str) -> Option<String> {
    if ignore_environment() {
        return None;
    }
    std::env::var(name).ok()
}

/// A `PYTHON*` flag variable: set and non-empty (as CPython reads them).
pub fn python_env_flag(name: &str) -> bool {
    python_env(name).is_some_and(|v| !v.is_empty())
}

/// `PYTHONOPTIMIZE`: an integer level, or 1 for any other non-empty value.
pub fn python_optimize() -> u8 {
    match python_env("PYTHONOPTIMIZE") {
        Some(v) if !v.is_empty() => v.trim().parse::<u8>().unwrap_or(1),
        _ => 0,
    }
}

/// Whether standard output is written through on every write: `-u` or
/// `PYTHONUNBUFFERED`.
pub fn unbuffered() -> bool {
    UNBUFFERED_OPTION.load(Ordering::Relaxed) || python_env_flag("PYTHONUNBUFFERED")
}
