//! JIT configuration from the command line (`-X jit=...`, `-X jit-threshold=N`,
//! `-X jit-log`, `--jit-stats`, `-X jit-dump=NAME`, `-X perf`,
//! `-X jit-generators`), kept in one
//! process-wide value that each `Vm` copies when it starts.

use std::sync::Mutex;

/// Which tiers run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    /// Interpreter only.
    Off,
    /// Compile code once it is hot (the default).
    On,
    /// Compile every function at its first call and every loop at its first back-edge.
    Eager,
    /// Eager, and compiled code also leaves through its exits on purpose.
    Stress,
}

/// The JIT options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JitConfig {
    /// Tier selection.
    pub mode: JitMode,
    /// Calls or loop iterations before code counts as hot.
    pub threshold: u32,
    /// Log compilations, declines and exits on stderr.
    pub log: bool,
    /// Print statistics at exit.
    pub stats: bool,
    /// Dump the JIT IR and Cranelift IR of functions with this name.
    pub dump: Option<String>,
    /// Write `/tmp/perf-PID.map` for `perf report`.
    pub perf_map: bool,
    /// Compile generator code too (always in stress mode). Off by default:
    /// a compiled generator leaves at every `yield` and enters again at the
    /// next resumption, which costs more than it saves today (nqueens and
    /// the generators bench ran 10-25% slower with it).
    pub generators: bool,
}

impl JitConfig {
    /// Whether generator code is compiled.
    pub fn compiles_generators(&self) -> bool {
        self.generators || self.mode == JitMode::Stress
    }
}

impl Default for JitConfig {
    fn default() -> JitConfig {
        JitConfig { mode: JitMode::On, threshold: 1000, log: false, stats: false, dump: None, perf_map: false, generators: false }
    }
}

static CONFIG: Mutex<Option<JitConfig>> = Mutex::new(None);

/// The current configuration.
pub fn current() -> JitConfig {
    CONFIG.lock().map(|c| c.clone().unwrap_or_default()).unwrap_or_default()
}

fn update(f: impl FnOnce(&mut JitConfig)) {
    if let Ok(mut c) = CONFIG.lock() {
        let mut cfg = c.clone().unwrap_or_default();
        f(&mut cfg);
        *c = Some(cfg);
    }
}

/// Applies one `-X` option. Options that are not the JIT's are ignored (as
/// CPython ignores unknown `-X` options); a bad JIT value is an error message.
pub fn apply_x_option(opt: &str) -> Result<(), String> {
    let (key, val) = match opt.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (opt, None),
    };
    match (key, val) {
        ("jit", Some(v)) => {
            let mode = match v {
                "off" => JitMode::Off,
                "on" => JitMode::On,
                "eager" => JitMode::Eager,
                "stress" => JitMode::Stress,
                _ => return Err(format!("-X jit: expected off, on, eager or stress, not '{v}'")),
            };
            update(|c| c.mode = mode);
        }
        ("jit-threshold", Some(v)) => match v.parse::<u32>() {
            Ok(n) => update(|c| c.threshold = n.max(1)),
            Err(_) => return Err(format!("-X jit-threshold: expected a number, not '{v}'")),
        },
        ("jit-log", None) => update(|c| c.log = true),
        ("jit-dump", Some(v)) => {
            let name = v.to_string();
            update(|c| c.dump = Some(name));
        }
        ("perf", None) => update(|c| c.perf_map = true),
        ("jit-generators", None) => update(|c| c.generators = true),
        _ => {}
    }
    Ok(())
}

/// Turns on `--jit-stats`.
pub fn enable_stats() {
    update(|c| c.stats = true);
}
