//! `_callerinfo`: a private native module that tells Python code where
//! its callers are (file, line, module globals), for `warnings` (the
//! location of a warning) and `traceback` (`print_stack`). Pyrite frames
//! are not Python objects, so this stands in for `sys._getframe`. It also
//! draws the `^^^`/`~~^~~` marker line of a traceback entry for
//! `traceback` (the same code as the interpreter's own printer).

use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

/// `location(depth=0)`: `(filename, lineno, globals, name)` of the Python frame
/// `depth` levels above the one calling it, or None past the outermost.
fn location(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("location").positional(0, 1)?;
    let depth = match p.first() {
        Some(d) => d.as_small_int().ok_or_else(|| value_error("depth must be a small int"))?,
        None => 0,
    };
    if depth < 0 {
        return Err(value_error("depth must not be negative"));
    }
    match vm.caller_site(depth as usize) {
        Some((code, line, globals)) => {
            let f = vm.str(&*code.filename);
            let l = vm.int(line as i64);
            let n = vm.str(&*code.name);
            Ok(vm.tuple(vec![f, l, globals, n]))
        }
        None => Ok(vm.none()),
    }
}

/// `depth()`: how many Python frames are running.
fn depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("depth").positional(0, 0)?;
    let n = vm.frames.len();
    Ok(vm.int(n as i64))
}

/// `caret_line(line, lineno, end_lineno, colno, end_colno)`: the marker line
/// the `traceback` module prints under source line `line` (no newline), or
/// None. Positions may be None (no markers).
fn caret_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("caret_line").positional(5, 5)?;
    let line = crate::object::str::as_str(&p[0]).ok_or_else(|| crate::object::exception::type_error("caret_line: line must be a str"))?.to_string();
    let num = |v: &Value| v.as_small_int().and_then(|n| u32::try_from(n).ok());
    let (Some(lineno), Some(end_line), Some(col), Some(end_col)) = (num(&p[1]), num(&p[2]), num(&p[3]), num(&p[4])) else {
        return Ok(vm.none());
    };
    let (Ok(col), Ok(end_col)) = (u16::try_from(col), u16::try_from(end_col)) else { return Ok(vm.none()) };
    let span = crate::bytecode::code::Span { end_line, col, end_col };
    match crate::vm::carets::caret_line(&line, lineno, span, crate::vm::carets::CaretStyle::Module) {
        Some(s) => Ok(vm.str(s)),
        None => Ok(vm.none()),
    }
}

/// Creates the `_callerinfo` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_callerinfo");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[("location", location), ("depth", depth), ("caret_line", caret_line)];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
