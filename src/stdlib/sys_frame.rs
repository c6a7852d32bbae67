//! `sys._getframe([depth])`: a snapshot of an executing frame as a `frame`
//! object with `f_globals`, `f_locals`, `f_code`, `f_lineno`, `f_lasti`,
//! `f_builtins` and `f_back` (the snapshot of the calling frame, or None).
//! The values are taken when `_getframe` is called: `f_lineno` and
//! `f_locals` do not follow the frame as it keeps running.

use crate::builtins::io::{instance_dict, native_class, native_instance};
use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.parser("__repr__").positional(1, 1)?[0].clone();
    let d = instance_dict(&me);
    let get = |k: &str| d.as_ref().and_then(|d| d.downcast::<DictData>().and_then(|dd| dd.get_str(k)));
    let code = get("f_code").and_then(|c| c.downcast::<CodeData>().map(|c| c.0.clone()));
    let line = get("f_lineno").map(|l| vm.to_string_lossy(&l)).unwrap_or_default();
    let (file, name) = code.map(|c| (c.filename.to_string(), c.name.to_string())).unwrap_or_default();
    Ok(vm.str(format!("<frame at {:#x}, file '{}', line {}, code {}>", me.raw(), file, line, name)))
}

fn frame_type() -> Value {
    native_class("frame", &[("__repr__", frame_repr)])
}

/// One frame snapshot, linked to `back`.
fn snapshot(vm: &mut Vm, depth: usize, back: Value) -> PyResult<Option<Value>> {
    let parts = vm.frames.with(depth, |f| (f.code.clone(), f.globals.clone(), f.builtins.clone(), f.current_line(), f.lasti));
    let Some((code, globals, builtins, line, lasti)) = parts else {
        return Ok(None);
    };
    // The locals mapping needs `&mut Vm` while the frame is borrowed from
    // the chain: move the chain out for that moment (no frame runs then).
    let ctx = {
        let chain = std::mem::take(&mut vm.frames);
        let r = chain.with(depth, |f| vm.frame_ctx_of(f));
        vm.frames = chain;
        r
    };
    let locals = match ctx {
        Some(c) => c?.locals,
        None => return Ok(None),
    };
    Ok(Some(frame_object(vm, code, globals, builtins, locals, line, lasti, back)))
}

/// A `frame` object with these attributes.
#[allow(clippy::too_many_arguments)]
fn frame_object(vm: &mut Vm, code: std::rc::Rc<crate::bytecode::Code>, globals: Value, builtins: Value, locals: Value, line: u32, lasti: usize, back: Value) -> Value {
    let ty = frame_type();
    let attrs = [
        ("f_code", alloc(&t().code, CodeData(code), None)),
        ("f_globals", globals),
        ("f_builtins", builtins),
        ("f_locals", locals),
        ("f_lineno", vm.int(line as i64)),
        ("f_lasti", vm.int(lasti as i64 * 2)),
        ("f_back", back),
    ];
    native_instance(vm, &ty, &attrs)
}

/// `gi_frame` of a generator that is not running: a snapshot of its
/// suspended frame, or of its frame not `started` yet (at the `def` line,
/// as CPython's), `f_back` None as in CPython.
pub fn suspended_frame(vm: &mut Vm, f: &crate::vm::frame::Frame, started: bool) -> PyResult<Value> {
    let locals = vm.frame_ctx_of(f)?.locals;
    let none = vm.none();
    let line = if started { f.current_line() } else { f.code.firstlineno };
    Ok(frame_object(vm, f.code.clone(), f.globals.clone(), f.builtins.clone(), locals, line, f.lasti, none))
}

/// The `tb_frame` of a traceback entry: a frame object with `f_code`,
/// `f_globals`, `f_builtins`, `f_lineno`, `f_lasti`, and `f_locals` for
/// module and class bodies and for function frames the exception left
/// unhandled (their slots are kept with the entry); `f_back` is absent.
pub fn traceback_frame(vm: &mut Vm, fr: &crate::object::exception::TbFrame, lineno: u32) -> Value {
    let ty = frame_type();
    let mut attrs = vec![
        ("f_code", alloc(&t().code, CodeData(fr.code.clone()), None)),
        ("f_globals", fr.globals.clone()),
        ("f_builtins", fr.builtins.clone()),
        ("f_lineno", vm.int(lineno as i64)),
        ("f_lasti", vm.int(fr.lasti as i64 * 2)),
    ];
    if let Some(l) = &fr.locals {
        attrs.push(("f_locals", l.clone()));
    } else if !fr.fast.borrow().is_empty() {
        attrs.push(("f_locals", kept_locals(vm, fr)));
    }
    native_instance(vm, &ty, &attrs)
}

/// `f_locals` of a function frame an exception left: its kept slots as a
/// dict of the bound names (cells by their contents), as `locals()` builds.
fn kept_locals(vm: &mut Vm, fr: &crate::object::exception::TbFrame) -> Value {
    let d = vm.dict();
    let dd = d.downcast::<DictData>().expect("dict");
    let fast = fr.fast.borrow();
    let nl = fr.code.nlocals();
    for (i, name) in fr.code.varnames.iter().enumerate() {
        if let Some(Some(v)) = fast.get(i) {
            dd.set_str(vm.name(name), v.clone());
        }
    }
    for i in 0..fr.code.ncells() {
        if let Some(Some(cell)) = fast.get(nl + i) {
            if let Some(v) = cell.downcast::<CellData>().and_then(|c| c.0.get()) {
                dd.set_str(vm.name(fr.code.deref_name(i)), v);
            }
        }
    }
    d
}

/// `sys._getframe(depth=0)`.
pub fn s_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_getframe").positional(0, 1)?;
    let depth = match p.first() {
        Some(d) => vm.index_to_i64(d, "")?.max(0) as usize,
        None => 0,
    };
    if depth >= vm.frames.len() {
        return Err(value_error("call stack is not deep enough"));
    }
    // Build from the outermost frame inwards so each links to its caller.
    let mut back = vm.none();
    for d in (depth..vm.frames.len()).rev() {
        match snapshot(vm, d, back.clone())? {
            Some(f) => back = f,
            None => return Err(value_error("call stack is not deep enough")),
        }
    }
    Ok(back)
}
