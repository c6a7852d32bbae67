//! `_callerinfo`: a private native module that tells Python code where
//! its callers are (file, line, module globals), for `warnings` (the
//! location of a warning) and `traceback` (`print_stack`). Pyrite frames
//! are not Python objects, so this stands in for `sys._getframe`.

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

/// Creates the `_callerinfo` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_callerinfo");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[("location", location), ("depth", depth)];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
