//! Methods of the builtin exception classes: `BaseException` construction,
//! `args`, `__str__`/`__repr__`, traceback/cause/context attributes, notes,
//! and the extra attributes of StopIteration, SystemExit, OSError,
//! ImportError, SyntaxError, KeyError and UnicodeDecodeError.
//!
//! Extra attributes of builtin exceptions live in `ExceptionData::dict`;
//! when absent they are derived from `args` (so lazily built exceptions,
//! which never ran `__init__`, still answer correctly).

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::header::{alloc, InstanceExt};
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

fn exc_data(v: &Value) -> PyResult<&ExceptionData> {
    v.downcast::<ExceptionData>().ok_or_else(|| type_error("descriptor requires a 'BaseException' object"))
}

fn args_of(v: &Value) -> Vec<Value> {
    v.downcast::<ExceptionData>()
        .and_then(|d| d.args.get())
        .and_then(|a| a.downcast::<TupleData>().map(|t| t.0.to_vec()))
        .unwrap_or_default()
}

/// A field a builtin exception class keeps outside `__dict__`
/// (`ExceptionData::members`).
pub fn exc_attr(v: &Value, name: &str) -> Option<Value> {
    v.downcast::<ExceptionData>()?.members.get()?.downcast::<DictData>()?.get_str(name)
}

/// Stores such a field (None deletes).
pub fn set_exc_attr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) {
    let Some(d) = v.downcast::<ExceptionData>() else { return };
    let members = match d.members.get() {
        Some(x) => x,
        None => {
            let x = vm.dict();
            d.members.set(Some(x.clone()));
            x
        }
    };
    if let Some(dd) = members.downcast::<DictData>() {
        match value {
            Some(val) => dd.set_str(vm.name(name), val),
            None => {
                dd.del_str(name);
            }
        }
    }
}

/// A new exception of class `ty` (a builtin exception class) with `args`.
pub fn new_exception(vm: &mut Vm, ty: &Value, args: Vec<Value>) -> Value {
    let ext = ty.downcast::<TypeData>().filter(|td| td.ext_offset != 0).map(|td| InstanceExt::new(td.slot_names.borrow().len()));
    let a = vm.tuple(args);
    alloc(ty, ExceptionData::new(a), ext)
}

/// `ty(errno, strerror[, filename])`: an OSError (subclass) instance.
pub fn new_os_error(vm: &mut Vm, ty: &Value, errno: i64, strerror: &str, filename: Option<Value>) -> Value {
    let (e, s) = (vm.int(errno), vm.str(strerror));
    let exc = new_exception(vm, ty, vec![e.clone(), s.clone()]);
    set_exc_attr(vm, &exc, "errno", Some(e));
    set_exc_attr(vm, &exc, "strerror", Some(s));
    if let Some(f) = filename {
        set_exc_attr(vm, &exc, "filename", Some(f));
    }
    exc
}

fn os_subclass_for_errno(errno: i64) -> Option<&'static str> {
    Some(match errno {
        2 => "FileNotFoundError",
        13 | 1 => "PermissionError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        4 => "InterruptedError",
        3 => "ProcessLookupError",
        10 => "ChildProcessError",
        32 => "BrokenPipeError",
        104 => "ConnectionResetError",
        111 => "ConnectionRefusedError",
        103 => "ConnectionAbortedError",
        110 => "TimeoutError",
        11 => "BlockingIOError",
        _ => return None,
    })
}

/// Whether `v` is `BaseException.__new__` itself (not an override).
pub fn is_base_exception_new(v: &Value) -> bool {
    v.downcast::<BuiltinData>().is_some_and(|b| std::ptr::fn_addr_eq(b.func, exc_new as NativeFn))
}

/// Whether `v` is `BaseException.__init__` itself (not an override).
pub fn is_base_exception_init(v: &Value) -> bool {
    v.downcast::<BuiltinData>().is_some_and(|b| std::ptr::fn_addr_eq(b.func, exc_init as NativeFn))
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(cls) = p.first() else { return Err(type_error("BaseException.__new__(): not enough arguments")) };
    if cls.downcast::<TypeData>().is_none() || !vm.is_subtype(cls, &t().base_exception) {
        return Err(type_error(format!("BaseException.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    let mut cls = cls.clone();
    // OSError(errno, ...) picks the subclass for the errno.
    if p.len() >= 3 && cls.is(&t().named("OSError")) {
        if let Some(sub) = crate::builtins::as_i64(&p[1]).and_then(os_subclass_for_errno) {
            cls = t().named(sub);
        }
    }
    Ok(new_exception(vm, &cls, p[1..].to_vec()))
}

fn type_short_name(vm: &Vm, v: &Value) -> String {
    vm.type_name(v).to_string()
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(s) = p.first() else { return Err(type_error("BaseException.__init__(): not enough arguments")) };
    let d = exc_data(s)?;
    let ty = vm.type_of(s);
    if args.has_kwargs() {
        if vm.is_subtype(&ty, &t().named("ImportError")) {
            for (k, v) in args.kwargs() {
                if k != "name" && k != "path" {
                    return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, type_short_name(vm, s))));
                }
                set_exc_attr(vm, s, k, Some(v.clone()));
            }
        } else {
            return Err(type_error(format!("{}() takes no keyword arguments", type_short_name(vm, s))));
        }
    }
    let rest = p[1..].to_vec();
    if (3..=5).contains(&rest.len()) && vm.is_subtype(&ty, &t().named("OSError")) {
        set_exc_attr(vm, s, "filename", Some(rest[2].clone()));
        if rest.len() == 5 {
            set_exc_attr(vm, s, "filename2", Some(rest[4].clone()));
        }
        d.args.set(Some(vm.tuple(rest[..2].to_vec())));
        return Ok(vm.none());
    }
    d.args.set(Some(vm.tuple(rest)));
    Ok(vm.none())
}

fn get_args(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let d = exc_data(s)?;
    Ok(d.args.get().unwrap_or_else(|| vm.tuple(vec![])))
}

fn set_args(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("args may not be deleted")) };
    let items = vm.collect(&v)?;
    exc_data(s)?.args.set(Some(vm.tuple(items)));
    Ok(())
}

fn base_str(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let a = args_of(s);
    match a.len() {
        0 => Ok(vm.str("")),
        1 => vm.to_str(&a[0]),
        _ => {
            let t = vm.tuple(a);
            vm.to_str(&t)
        }
    }
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.parser("__str__").positional(1, 1)?[0].clone();
    exc_data(&s)?;
    base_str(vm, &s)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.parser("__repr__").positional(1, 1)?[0].clone();
    exc_data(&s)?;
    let name = vm.type_name(&s);
    let a = args_of(&s);
    let inner = match a.len() {
        0 => String::new(),
        1 => vm.repr_string(&a[0])?,
        _ => {
            let t = vm.tuple(a);
            let r = vm.repr_string(&t)?;
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(vm.str(format!("{}({})", name, inner)))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("with_traceback").positional(2, 2)?;
    set_tb(vm, &p[0], Some(p[1].clone()))?;
    Ok(p[0].clone())
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("add_note").positional(2, 2)?;
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", vm.type_name(&p[1]))));
    }
    let notes = match vm.getattr_opt(&p[0], "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.list(vec![]);
            let name = vm.name("__notes__");
            vm.setattr(&p[0], &name, Some(l.clone()))?;
            l
        }
    };
    match notes.downcast::<ListData>() {
        Some(l) => l.0.borrow_mut().push(p[1].clone()),
        None => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn get_tb(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    exc_data(s)?;
    Ok(vm.traceback_of(s))
}

fn set_tb(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
    let d = exc_data(s)?;
    let v = v.unwrap_or_else(|| vm.none());
    if vm.is_none(&v) {
        d.traceback.borrow_mut().clear();
        return Ok(());
    }
    match crate::types::introspect::traceback_entries(&v) {
        Some(entries) => {
            *d.traceback.borrow_mut() = entries;
            Ok(())
        }
        None => Err(type_error("__traceback__ must be a traceback or None")),
    }
}

fn check_exc_or_none(vm: &Vm, v: &Value, what: &str) -> PyResult<()> {
    if vm.is_none(v) || v.downcast::<ExceptionData>().is_some() {
        Ok(())
    } else {
        Err(type_error(format!("exception {} must be None or derive from BaseException", what)))
    }
}

fn get_cause(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    Ok(exc_data(s)?.cause.get().unwrap_or_else(|| vm.none()))
}

fn set_cause(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__cause__ may not be deleted"))?;
    check_exc_or_none(vm, &v, "cause")?;
    let d = exc_data(s)?;
    d.suppress_context.set(true);
    d.cause.set(if vm.is_none(&v) { None } else { Some(v) });
    Ok(())
}

fn get_context(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    Ok(exc_data(s)?.context.get().unwrap_or_else(|| vm.none()))
}

fn set_context(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__context__ may not be deleted"))?;
    check_exc_or_none(vm, &v, "context")?;
    exc_data(s)?.context.set(if vm.is_none(&v) { None } else { Some(v) });
    Ok(())
}

fn get_suppress(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    Ok(vm.bool(exc_data(s)?.suppress_context.get()))
}

fn set_suppress(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__suppress_context__ may not be deleted"))?;
    let b = vm.truthy(&v)?;
    exc_data(s)?.suppress_context.set(b);
    Ok(())
}

fn get_dict(_vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let d = exc_data(s)?;
    Ok(crate::vm::instattr::exception_dict(s.as_header().expect("an exception is an object"), d))
}

/// Declares a getter/setter pair for an attribute derived from `args`.
macro_rules! derived_attr {
    ($get:ident, $set:ident, $name:literal, |$vm:ident, $a:ident| $derive:expr) => {
        fn $get($vm: &mut Vm, s: &Value) -> PyResult<Value> {
            exc_data(s)?;
            if let Some(v) = exc_attr(s, $name) {
                return Ok(v);
            }
            let $a = args_of(s);
            Ok($derive)
        }
        fn $set(vm: &mut Vm, s: &Value, v: Option<Value>) -> PyResult<()> {
            exc_data(s)?;
            let v = v.unwrap_or_else(|| vm.none());
            set_exc_attr(vm, s, $name, Some(v));
            Ok(())
        }
    };
}

derived_attr!(si_value, si_set_value, "value", |vm, a| a.first().cloned().unwrap_or_else(|| vm.none()));
derived_attr!(se_code, se_set_code, "code", |vm, a| match a.len() {
    0 => vm.none(),
    1 => a[0].clone(),
    _ => vm.tuple(a),
});
derived_attr!(os_errno, os_set_errno, "errno", |vm, a| if (2..=5).contains(&a.len()) { a[0].clone() } else { vm.none() });
derived_attr!(os_strerror, os_set_strerror, "strerror", |vm, a| if (2..=5).contains(&a.len()) { a[1].clone() } else { vm.none() });
derived_attr!(os_filename, os_set_filename, "filename", |vm, _a| vm.none());
derived_attr!(os_filename2, os_set_filename2, "filename2", |vm, _a| vm.none());
derived_attr!(ie_name, ie_set_name, "name", |vm, _a| vm.none());
derived_attr!(ie_path, ie_set_path, "path", |vm, _a| vm.none());
derived_attr!(ie_msg, ie_set_msg, "msg", |vm, a| if a.len() == 1 { a[0].clone() } else { vm.none() });
derived_attr!(sy_msg, sy_set_msg, "msg", |vm, a| a.first().cloned().unwrap_or_else(|| vm.none()));
derived_attr!(sy_filename, sy_set_filename, "filename", |vm, a| syntax_detail(vm, &a, 0));
derived_attr!(sy_lineno, sy_set_lineno, "lineno", |vm, a| syntax_detail(vm, &a, 1));
derived_attr!(sy_offset, sy_set_offset, "offset", |vm, a| syntax_detail(vm, &a, 2));
derived_attr!(sy_text, sy_set_text, "text", |vm, a| syntax_detail(vm, &a, 3));
derived_attr!(sy_end_lineno, sy_set_end_lineno, "end_lineno", |vm, a| syntax_detail(vm, &a, 4));
derived_attr!(sy_end_offset, sy_set_end_offset, "end_offset", |vm, a| syntax_detail(vm, &a, 5));
derived_attr!(sy_print_file_and_line, sy_set_print_file_and_line, "print_file_and_line", |vm, _a| vm.none());
derived_attr!(ue_encoding, ue_set_encoding, "encoding", |vm, a| unicode_arg(vm, &a, 0));
derived_attr!(ue_object, ue_set_object, "object", |vm, a| unicode_arg(vm, &a, 1));
derived_attr!(ue_start, ue_set_start, "start", |vm, a| unicode_arg(vm, &a, 2));
derived_attr!(ue_end, ue_set_end, "end", |vm, a| unicode_arg(vm, &a, 3));
derived_attr!(ue_reason, ue_set_reason, "reason", |vm, a| unicode_arg(vm, &a, 4));

fn syntax_detail(vm: &Vm, a: &[Value], i: usize) -> Value {
    if a.len() == 2 {
        if let Some(t) = a[1].downcast::<TupleData>() {
            if let Some(v) = t.0.get(i) {
                return v.clone();
            }
        }
    }
    vm.none()
}

fn unicode_arg(vm: &Vm, a: &[Value], i: usize) -> Value {
    if a.len() == 5 {
        a[i].clone()
    } else {
        vm.none()
    }
}

fn self_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    let s = args.pos().first().ok_or_else(|| type_error("descriptor needs an argument"))?;
    exc_data(s)?;
    Ok(s)
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    let a = args_of(&s);
    if a.len() == 1 {
        return vm.repr(&a[0]);
    }
    base_str(vm, &s)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    let errno = os_errno(vm, &s)?;
    let strerror = os_strerror(vm, &s)?;
    let filename = os_filename(vm, &s)?;
    let filename2 = os_filename2(vm, &s)?;
    if !vm.is_none(&filename) {
        let e = vm.str_string(&errno)?;
        let se = vm.str_string(&strerror)?;
        let f = vm.repr_string(&filename)?;
        if !vm.is_none(&filename2) {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(vm.str(format!("[Errno {}] {}: {} -> {}", e, se, f, f2)));
        }
        return Ok(vm.str(format!("[Errno {}] {}: {}", e, se, f)));
    }
    if !vm.is_none(&errno) && !vm.is_none(&strerror) {
        let e = vm.str_string(&errno)?;
        let se = vm.str_string(&strerror)?;
        return Ok(vm.str(format!("[Errno {}] {}", e, se)));
    }
    base_str(vm, &s)
}

fn import_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    if let Some(m) = exc_attr(&s, "msg") {
        if !vm.is_none(&m) {
            return vm.to_str(&m);
        }
    }
    base_str(vm, &s)
}

fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    let msg = sy_msg(vm, &s)?;
    let msg = if vm.is_none(&msg) { String::new() } else { vm.str_string(&msg)? };
    let filename = sy_filename(vm, &s)?;
    let lineno = sy_lineno(vm, &s)?;
    let fname = as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = crate::builtins::as_i64(&lineno);
    Ok(vm.str(match (fname, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    }))
}

fn unicode_decode_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    let a = args_of(&s);
    if a.len() != 5 {
        return base_str(vm, &s);
    }
    let enc = vm.str_string(&a[0])?;
    let reason = vm.str_string(&a[4])?;
    let start = crate::builtins::as_i64(&a[2]).unwrap_or(0);
    let end = crate::builtins::as_i64(&a[3]).unwrap_or(0);
    let bytes: Vec<u8> = a[1].downcast::<BytesData>().map(|b| b.0.to_vec()).unwrap_or_default();
    if end == start + 1 {
        if let Some(b) = bytes.get(start as usize) {
            return Ok(vm.str(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, start, reason)));
        }
    }
    Ok(vm.str(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason)))
}

fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_of(&args)?.clone();
    let ty = vm.type_of(&s);
    let a = get_args(vm, &s)?;
    // As CPython's: the `__dict__` too once the exception has one (inline
    // attributes count: they are its dict not yet made).
    let dict = crate::vm::instattr::existing_dict(vm, &s);
    Ok(match dict {
        Some(d) => vm.tuple(vec![ty, a, d]),
        None => vm.tuple(vec![ty, a]),
    })
}

/// `BaseException.__setstate__(state)`: sets each item of a dict state as
/// an attribute (None does nothing).
fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    if vm.is_none(&p[1]) {
        return Ok(vm.none());
    }
    let Some(dd) = p[1].downcast::<DictData>() else { return Err(type_error("state is not a dictionary")) };
    for (k, v) in dd.items() {
        vm.setattr(&p[0], &k, Some(v))?;
    }
    Ok(vm.none())
}

/// Installs the exception methods and attributes.
pub fn install() {
    let r = t();
    let be = &r.base_exception;
    add_method(be, "__new__", exc_new, BuiltinKind::StaticMethod);
    add_method(be, "__init__", exc_init, BuiltinKind::Method);
    add_method(be, "__str__", exc_str, BuiltinKind::Method);
    add_method(be, "__repr__", exc_repr, BuiltinKind::Method);
    add_method(be, "__reduce__", exc_reduce, BuiltinKind::Method);
    add_method(be, "__setstate__", exc_setstate, BuiltinKind::Method);
    add_method(be, "with_traceback", with_traceback, BuiltinKind::Method);
    add_method(be, "add_note", add_note, BuiltinKind::Method);
    add_getset(be, "args", get_args, Some(set_args));
    add_getset(be, "__traceback__", get_tb, Some(set_tb));
    add_getset(be, "__cause__", get_cause, Some(set_cause));
    add_getset(be, "__context__", get_context, Some(set_context));
    add_getset(be, "__suppress_context__", get_suppress, Some(set_suppress));
    add_getset(be, "__dict__", get_dict, None);

    let si = r.named("StopIteration");
    add_getset(&si, "value", si_value, Some(si_set_value));
    add_getset(&r.named("StopAsyncIteration"), "value", si_value, Some(si_set_value));
    add_getset(&r.named("SystemExit"), "code", se_code, Some(se_set_code));
    add_method(&r.named("KeyError"), "__str__", key_error_str, BuiltinKind::Method);

    let os = r.named("OSError");
    add_getset(&os, "errno", os_errno, Some(os_set_errno));
    add_getset(&os, "strerror", os_strerror, Some(os_set_strerror));
    add_getset(&os, "filename", os_filename, Some(os_set_filename));
    add_getset(&os, "filename2", os_filename2, Some(os_set_filename2));
    add_method(&os, "__str__", os_error_str, BuiltinKind::Method);

    let ie = r.named("ImportError");
    add_getset(&ie, "name", ie_name, Some(ie_set_name));
    add_getset(&ie, "path", ie_path, Some(ie_set_path));
    add_getset(&ie, "msg", ie_msg, Some(ie_set_msg));
    add_method(&ie, "__str__", import_error_str, BuiltinKind::Method);

    let se = r.named("SyntaxError");
    add_getset(&se, "msg", sy_msg, Some(sy_set_msg));
    add_getset(&se, "filename", sy_filename, Some(sy_set_filename));
    add_getset(&se, "lineno", sy_lineno, Some(sy_set_lineno));
    add_getset(&se, "offset", sy_offset, Some(sy_set_offset));
    add_getset(&se, "text", sy_text, Some(sy_set_text));
    add_getset(&se, "end_lineno", sy_end_lineno, Some(sy_set_end_lineno));
    add_getset(&se, "end_offset", sy_end_offset, Some(sy_set_end_offset));
    add_getset(&se, "print_file_and_line", sy_print_file_and_line, Some(sy_set_print_file_and_line));
    add_method(&se, "__str__", syntax_error_str, BuiltinKind::Method);

    for name in ["UnicodeDecodeError", "UnicodeEncodeError"] {
        let ue = r.named(name);
        add_getset(&ue, "encoding", ue_encoding, Some(ue_set_encoding));
        add_getset(&ue, "object", ue_object, Some(ue_set_object));
        add_getset(&ue, "start", ue_start, Some(ue_set_start));
        add_getset(&ue, "end", ue_end, Some(ue_set_end));
        add_getset(&ue, "reason", ue_reason, Some(ue_set_reason));
    }
    add_method(&r.named("UnicodeDecodeError"), "__str__", unicode_decode_str, BuiltinKind::Method);
}

/// Raises `ty(*args)` built directly (no Python `__init__`).
pub fn raise_new(vm: &mut Vm, ty: &Value, args: Vec<Value>) -> PyErr {
    PyErr::from_object(new_exception(vm, ty, args))
}
