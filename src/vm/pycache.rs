//! The bytecode cache: an imported `dir/name.py` is compiled once and its
//! code object kept in `dir/__pycache__/name.pyrite-<ver>.pyc` (a name
//! CPython will not read); later imports load that file instead of parsing.
//!
//! A cache file is used only if its header matches the source's current
//! mtime and size and this build of Pyrite (the fingerprint covers the
//! instruction table and the running executable), and its body passes the
//! checks in `bytecode::marshal` / `bytecode::verify`. Anything else (stale,
//! truncated, corrupt, unreadable) is ignored and the file is rewritten.
//! Writing is off when `sys.dont_write_bytecode` is true; it starts true
//! under `-B` or a non-empty `PYTHONDONTWRITEBYTECODE`.
//!
//! Setting `PYRITE_PYC_TRACE` (non-empty) prints one line per decision to
//! stderr: `pyc: parsed <src>`, `pyc: loaded <src> from <cache>`,
//! `pyc: wrote <cache>`, `pyc: ignored <cache>: <reason>`.

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use crate::bytecode::marshal::{self, SourceStamp};
use crate::bytecode::{Code, Op};
use crate::error::PyResult;
use crate::object::DictData;

use super::Vm;

/// Set by the `-B` command-line option.
static NO_WRITE_OPTION: AtomicBool = AtomicBool::new(false);

/// The cache tag in file names (`sys.implementation.cache_tag`).
pub const CACHE_TAG: &str = concat!("pyrite-", env!("CARGO_PKG_VERSION_MAJOR"), env!("CARGO_PKG_VERSION_MINOR"), env!("CARGO_PKG_VERSION_PATCH"));

/// Records `-B`: do not write cache files.
pub fn set_no_write_option(on: bool) {
    NO_WRITE_OPTION.store(on, Ordering::Relaxed);
}

/// The initial `sys.dont_write_bytecode`: `-B` or `PYTHONDONTWRITEBYTECODE`.
pub fn initial_dont_write() -> bool {
    NO_WRITE_OPTION.load(Ordering::Relaxed) || super::env_options::python_env_flag("PYTHONDONTWRITEBYTECODE")
}

fn trace_on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("PYRITE_PYC_TRACE").is_some_and(|v| !v.is_empty()))
}

fn trace(msg: std::fmt::Arguments) {
    if trace_on() {
        eprintln!("pyc: {msg}");
    }
}

/// `dir/__pycache__/<stem>.<tag>.pyc` for the source `dir/<stem>.py`.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new("."));
    let stem = source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let opt = match crate::compiler::optimize() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    dir.join("__pycache__").join(format!("{stem}.{CACHE_TAG}{opt}.pyc"))
}

/// Identifies this build: the instruction table plus the executable's size
/// and mtime (so a rebuilt interpreter never trusts an older one's files).
pub fn fingerprint() -> u64 {
    static FP: OnceLock<u64> = OnceLock::new();
    *FP.get_or_init(|| {
        let mut desc = String::new();
        for op in Op::all() {
            desc.push_str(&format!("{}:{}:{};", *op as u8, op.name(), op.has_arg()));
        }
        if let Some(m) = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()) {
            desc.push_str(&format!("{:?}", stamp_of(&m)));
        }
        marshal::checksum(desc.as_bytes())
    })
}

fn stamp_of(m: &std::fs::Metadata) -> SourceStamp {
    let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
    SourceStamp { mtime_secs: t.as_secs(), mtime_nanos: t.subsec_nanos(), size: m.len() }
}

/// Whether `sys.dont_write_bytecode` is currently true.
fn dont_write(vm: &mut Vm) -> bool {
    let sys = vm.modules.downcast::<DictData>().and_then(|d| d.get_str("sys"));
    let flag = sys.and_then(|s| s.downcast::<crate::object::ModuleData>().and_then(|m| m.dict.downcast::<DictData>().and_then(|d| d.get_str("dont_write_bytecode"))));
    match flag {
        Some(v) => vm.truthy(&v).unwrap_or(true),
        None => initial_dont_write(),
    }
}

/// The code of the module source `file`: from its cache file when that is
/// valid, else compiled from source (and then cached unless disabled).
pub fn load_or_compile(vm: &mut Vm, file: &str) -> PyResult<Rc<Code>> {
    let io_err = |vm: &mut Vm, e: std::io::Error| crate::builtins::io::os_error_from_io(vm, &e, Some(file));
    let meta = std::fs::metadata(file).map_err(|e| io_err(vm, e))?;
    let stamp = stamp_of(&meta);
    let cache = cache_path(Path::new(file));
    if let Ok(bytes) = std::fs::read(&cache) {
        match marshal::read_file(&bytes, stamp, fingerprint(), file) {
            Ok(code) => {
                trace(format_args!("loaded {file} from {}", cache.display()));
                return Ok(code);
            }
            Err(why) => trace(format_args!("ignored {}: {why}", cache.display())),
        }
    }
    let src = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Err(io_err(vm, e)),
    };
    trace(format_args!("parsed {file}"));
    let code = crate::builtins::pending::compile_source(vm, &src, file, crate::builtins::pending::CompileMode::Exec)?;
    if !dont_write(vm) {
        write_cache(&cache, &code, stamp);
    }
    Ok(code)
}

/// Writes the cache file atomically (temp file + rename); failures are
/// silent apart from the trace (an unwritable directory just means no cache).
fn write_cache(cache: &Path, code: &Code, stamp: SourceStamp) {
    let bytes = marshal::write_file(code, stamp, fingerprint());
    let tmp = cache.with_extension(format!("pyc.{}.tmp", std::process::id()));
    let r = cache
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| std::fs::write(&tmp, &bytes))
        .and_then(|_| std::fs::rename(&tmp, cache));
    match r {
        Ok(()) => trace(format_args!("wrote {}", cache.display())),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            trace(format_args!("could not write {}: {e}", cache.display()));
        }
    }
}
