//! The `sys` module: argv, path (the list import reads), modules, standard
//! streams, exit, recursion limit, version information, float_info, ...

use crate::builtins::io::{native_class, native_instance, std_stream};
use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::str::{as_str, intern};
use crate::object::*;
use crate::types::exception::new_exception;
use crate::vm::Vm;

fn s_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("exit").positional(0, 1)?;
    let args: Vec<Value> = p.iter().filter(|v| !vm.is_none(v)).cloned().collect();
    let exc = new_exception(vm, &t().named("SystemExit"), args);
    Err(PyErr::from_object(exc))
}

fn s_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("get_int_max_str_digits").positional(0, 0)?;
    Ok(vm.int(crate::types::int::int_max_str_digits() as i64))
}

fn s_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("set_int_max_str_digits").with_kwargs(0, 1, &["maxdigits"])?;
    let v = p.first().or(args.kw("maxdigits")).ok_or_else(|| type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"))?;
    let n = vm.index_to_i64(v, "")?;
    crate::types::int::set_int_max_str_digits(n)?;
    Ok(vm.none())
}

/// `sys.set_asyncgen_hooks([firstiter] [, finalizer])`.
fn s_set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut p = args.parser("set_asyncgen_hooks").getargs_style().bind(&["firstiter", "finalizer"], 0)?;
    let finalizer = p.pop().flatten();
    let firstiter = p.pop().flatten();
    crate::types::async_gen_hooks::set_hooks(vm, firstiter, finalizer)?;
    Ok(vm.none())
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn s_get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("get_asyncgen_hooks").positional(0, 0)?;
    let (firstiter, finalizer) = crate::types::async_gen_hooks::hooks();
    let ty = super::structseq::make_type("asyncgen_hooks", "asyncgen_hooks", &["firstiter", "finalizer"]);
    let none = vm.none();
    Ok(super::structseq::new(&ty, vec![firstiter.unwrap_or_else(|| none.clone()), finalizer.unwrap_or(none)]))
}

fn s_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("getrecursionlimit").positional(0, 0)?;
    Ok(vm.int(vm.recursion_limit as i64))
}

fn s_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("setrecursionlimit").positional(1, 1)?;
    if vm.is_float(&p[0]) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::builtins::index_big(vm, &p[0])?;
    let n: i64 = num_traits::ToPrimitive::to_i64(&n).unwrap_or(i64::MAX).min(i32::MAX as i64);
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none())
}

fn s_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("intern").positional(1, 1)?;
    match as_str(&p[0]) {
        Some(s) if vm.type_of(&p[0]).is(&t().str_) => Ok(intern(s)),
        _ => Err(type_error(format!("intern() argument must be str, not {}", vm.type_name(&p[0])))),
    }
}

fn s_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("exc_info").positional(0, 0)?;
    match vm.handled_exc.clone() {
        Some(e) => {
            let ty = vm.type_of(&e);
            let tb = vm.traceback_of(&e);
            Ok(vm.tuple(vec![ty, e, tb]))
        }
        None => Ok(vm.tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn s_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("exception").positional(0, 0)?;
    Ok(vm.handled_exc.clone().unwrap_or_else(|| vm.none()))
}

/// `sys.excepthook(type, value, traceback)`: prints `value` as an uncaught
/// exception (to `sys.stderr`).
fn s_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("excepthook").positional(3, 3)?;
    if p[1].downcast::<ExceptionData>().is_some() {
        vm.print_exception(&p[1]);
    } else {
        vm.write_stderr(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", vm.type_name(&p[1])));
    }
    Ok(vm.none())
}

/// Bytes CPython's cycle collector adds in front of the objects it tracks.
const GC_HEAD_BYTES: usize = 16;

/// What CPython's `getsizeof` adds to `__sizeof__` for objects like `v`:
/// the GC head for containers and instances of Python classes, and the
/// pre-header's dict and weakref pointers for instances with a `__dict__`.
fn pre_header(v: &Value) -> usize {
    v.as_header().map_or(0, |h| {
        let td = h.type_data();
        if td.ext_offset != 0 && td.has_dict {
            GC_HEAD_BYTES + 16
        } else if td.ext_offset != 0 || crate::object::gc::tracked_kind(td.kind) {
            GC_HEAD_BYTES
        } else {
            0
        }
    })
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus the GC head
/// for tracked objects, as CPython.
fn s_getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getsizeof").positional(1, 2)?;
    let v = &p[0];
    let r = vm.getattr_str(v, "__sizeof__").and_then(|m| vm.call(&m, &[]));
    let r = match r {
        Ok(r) => r,
        Err(e) if p.len() == 2 && vm.is_subtype(&e.exc_type(), &t().named("TypeError")) => return Ok(p[1].clone()),
        Err(e) => return Err(e),
    };
    let n = vm.index_to_i64(&r, "__sizeof__")?;
    if n < 0 {
        return Err(PyErr::new(&t().named("ValueError"), "__sizeof__() should return >= 0"));
    }
    Ok(vm.int(n + pre_header(v) as i64))
}

/// `object.__sizeof__()`: CPython's sizes for the builtin layouts (the
/// object's own bytes, without the GC head).
pub fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__sizeof__").positional(1, 1)?;
    let v = &p[0];
    let with_head = getsizeof_estimate(v);
    let n = with_head.saturating_sub(pre_header(v));
    Ok(vm.int(n as i64))
}

/// CPython's `sys.getsizeof` of `v` (GC head included) for its layout.
fn getsizeof_estimate(v: &Value) -> usize {
    if v.is_float() {
        24
    } else if let Some(i) = v.as_small_int() {
        if i == 0 {
            28
        } else {
            let bits = 64 - i.unsigned_abs().leading_zeros() as usize;
            24 + 4 * bits.div_ceil(30)
        }
    } else if let Some(b) = v.downcast::<IntData>() {
        24 + 4 * (b.0.bits() as usize).div_ceil(30).max(1)
    } else if let Some(s) = v.downcast::<StrData>() {
        if s.is_ascii() {
            49 + s.s.len()
        } else {
            let maxc = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
            let w = if maxc < 256 { 1 } else if maxc < 65536 { 2 } else { 4 };
            let base = if maxc < 256 { 73 } else { 74 };
            base + w * s.char_len
        }
    } else if let Some(b) = v.downcast::<BytesData>() {
        33 + b.0.len()
    } else if let Some(l) = v.downcast::<ListData>() {
        56 + 8 * l.0.borrow().capacity()
    } else if let Some(tp) = v.downcast::<TupleData>() {
        40 + 8 * tp.0.len()
    } else if let Some(d) = v.downcast::<DictData>() {
        let n = d.len();
        if n == 0 {
            64
        } else {
            // CPython 3.11: the dict (48 bytes), its keys object (32-byte
            // header, 1/2/4-byte indices, 2/3 of the table as entries of 16
            // bytes when every key is a str, else 24) and the GC head.
            let mut cap = 8;
            while cap * 2 < n * 3 {
                cap *= 2;
            }
            let index = if cap <= 128 { 1 } else if cap <= 1 << 16 { 2 } else { 4 };
            let entry = if d.keys().iter().all(|k| k.downcast::<StrData>().is_some()) { 16 } else { 24 };
            48 + 32 + cap * index + (cap * 2 / 3) * entry + 16
        }
    } else if v.downcast::<SetData>().is_some() {
        216
    } else if let Some(h) = v.as_header().filter(|h| h.type_data().kind == crate::object::header::Kind::Object) {
        // object() and plain instances: the header, the `__slots__`, and
        // the `__weakref__` slot of classes with a `__dict__`.
        let td = h.type_data();
        16 + 8 * td.slot_names.borrow().len() + if td.has_dict { 8 } else { 0 } + pre_header(v)
    } else {
        56
    }
}

fn s_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("getdefaultencoding").positional(0, 0)?;
    Ok(vm.str("utf-8"))
}

fn s_getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getrefcount").positional(1, 1)?;
    let n = p[0].as_header().map_or(1, |h| h.refcount().min(1 << 30));
    Ok(vm.int(n as i64))
}

fn attrs_instance(vm: &mut Vm, ty_name: &'static str, attrs: Vec<(&str, Value)>) -> Value {
    let ty = native_class(ty_name, &[]);
    native_instance(vm, &ty, &attrs)
}

/// Creates the `sys` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "sys");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.name(name);
        d.downcast::<DictData>().expect("dict").set_str(k, v);
    };
    let argv: Vec<Value> = vm.argv.iter().map(|a| vm.str(a.as_str())).collect();
    let argv = vm.list(argv);
    set(vm, "argv", argv.clone());
    set(vm, "orig_argv", argv);
    let path: Vec<Value> = vm.path.iter().map(|a| vm.str(a.as_str())).collect();
    let path = vm.list(path);
    set(vm, "path", path);
    set(vm, "modules", vm.modules.clone());
    set(vm, "meta_path", vm.list(vec![]));
    set(vm, "path_hooks", vm.list(vec![]));
    set(vm, "float_repr_style", vm.str("short"));
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = std_stream(vm, fd);
        set(vm, name, s.clone());
        set(vm, &format!("__{}__", name), s);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", s_exit),
        ("getrecursionlimit", s_getrecursionlimit),
        ("set_asyncgen_hooks", s_set_asyncgen_hooks),
        ("get_asyncgen_hooks", s_get_asyncgen_hooks),
        ("setrecursionlimit", s_setrecursionlimit),
        ("get_int_max_str_digits", s_get_int_max_str_digits),
        ("set_int_max_str_digits", s_set_int_max_str_digits),
        ("intern", s_intern),
        ("exc_info", s_exc_info),
        ("exception", s_exception),
        ("getsizeof", s_getsizeof),
        ("getdefaultencoding", s_getdefaultencoding),
        ("getfilesystemencoding", s_getdefaultencoding),
        ("getrefcount", s_getrefcount),
        ("_getframe", super::sys_frame::s_getframe),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        set(vm, name, v);
    }
    let hook = vm.builtin_fn("excepthook", s_excepthook);
    set(vm, "excepthook", hook.clone());
    set(vm, "__excepthook__", hook);
    set(vm, "version", vm.str("3.11.7 (main, Pyrite) [Rust]"));
    let vi = vec![vm.int(3), vm.int(11), vm.int(7), vm.str("final"), vm.int(0)];
    let vit = super::structseq::make_type("version_info", "sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    set(vm, "version_info", super::structseq::new(&vit, vi));
    set(vm, "hexversion", vm.int(0x030B07F0));
    set(vm, "api_version", vm.int(1013));
    set(vm, "maxsize", vm.int(i64::MAX));
    set(vm, "maxunicode", vm.int(0x10FFFF));
    set(vm, "platform", vm.str("linux"));
    set(vm, "byteorder", vm.str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    set(vm, "executable", vm.str(exe));
    set(vm, "prefix", vm.str("/usr/local"));
    set(vm, "exec_prefix", vm.str("/usr/local"));
    set(vm, "copyright", vm.str("Copyright (c) Pyrite authors."));
    set(vm, "dont_write_bytecode", vm.bool(crate::vm::pycache::initial_dont_write()));
    let options: Vec<Value> = warn_options().into_iter().map(|o| vm.str(o)).collect();
    set(vm, "warnoptions", vm.list(options));
    let names: Vec<Value> = crate::stdlib::NATIVE_MODULES.iter().map(|n| vm.str(*n)).collect();
    set(vm, "builtin_module_names", vm.tuple(names));
    let fi = vec![
        ("max", Value::float(f64::MAX)),
        ("max_exp", vm.int(1024)),
        ("max_10_exp", vm.int(308)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", vm.int(-1021)),
        ("min_10_exp", vm.int(-307)),
        ("dig", vm.int(15)),
        ("mant_dig", vm.int(53)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", vm.int(2)),
        ("rounds", vm.int(1)),
    ];
    let fit = super::structseq::make_type("float_info", "sys.float_info", &fi.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    let fi = super::structseq::new(&fit, fi.into_iter().map(|(_, v)| v).collect());
    set(vm, "float_info", fi);
    let ii = vec![("bits_per_digit", vm.int(30)), ("sizeof_digit", vm.int(4)), ("default_max_str_digits", vm.int(4300)), ("str_digits_check_threshold", vm.int(640))];
    let ii = attrs_instance(vm, "sys.int_info", ii);
    set(vm, "int_info", ii);
    let vi2 = vec![vm.int(3), vm.int(11), vm.int(7), vm.str("final"), vm.int(0)];
    let impl_version = vm.tuple(vi2);
    let imp = vec![("name", vm.str("pyrite")), ("cache_tag", vm.str(crate::vm::pycache::CACHE_TAG)), ("version", impl_version), ("hexversion", vm.int(0x030B07F0))];
    let imp = attrs_instance(vm, "types.SimpleNamespace", imp);
    set(vm, "implementation", imp);
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let flags: Vec<(&str, Value)> = flag_names
        .iter()
        .map(|n| {
            let on = match *n {
                "dont_write_bytecode" => crate::vm::pycache::initial_dont_write(),
                "ignore_environment" => crate::vm::env_options::ignore_environment(),
                "optimize" => return (*n, vm.int(i64::from(crate::compiler::optimize()))),
                _ => false,
            };
            (*n, vm.int(i64::from(on)))
        })
        .collect();
    let flags = attrs_instance(vm, "sys.flags", flags);
    set(vm, "flags", flags);
    Ok(m)
}

static WARN_OPTIONS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Records a `-W` option (in command-line order).
pub fn add_warn_option(option: &str) {
    WARN_OPTIONS.lock().unwrap_or_else(|e| e.into_inner()).push(option.to_string());
}

/// `sys.warnoptions`: `PYTHONWARNINGS` (comma-separated) then the `-W` options.
fn warn_options() -> Vec<String> {
    let mut out: Vec<String> = match crate::vm::env_options::python_env("PYTHONWARNINGS") {
        Some(v) => v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
        None => Vec::new(),
    };
    out.extend(WARN_OPTIONS.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned());
    out
}
