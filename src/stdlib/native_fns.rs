//! Building a native module from a table of Rust functions (used by
//! `_heapq`, `_bisect`, `operator` and `_functools`).

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

/// Creates module `name` holding one builtin function per `(name, fn)`.
pub fn module_with_fns(vm: &mut Vm, name: &str, fns: &[(&'static str, NativeFn)]) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, name);
    for (fname, f) in fns {
        let v = vm.builtin_fn(fname, *f);
        set(vm, &m, fname, v);
    }
    Ok(m)
}

/// Sets attribute `name` of module `m`.
pub fn set(vm: &Vm, m: &Value, name: &str, v: Value) {
    if let Some(d) = m.downcast::<ModuleData>().and_then(|md| md.dict.downcast::<DictData>()) {
        d.set_str(vm.name(name), v);
    }
}

/// Checks a call of `module.fname` has no keywords and exactly `n`
/// positional arguments, with CPython's messages for C functions
/// (`_heapq.heappop() takes exactly one argument (0 given)`,
/// `heappush expected 2 arguments, got 1`).
pub fn exact<'a>(args: Args<'a>, module: &str, fname: &str, n: usize) -> PyResult<&'a [Value]> {
    range(args, module, fname, n, n)
}

/// Like `exact` for `min..=max` positional arguments.
pub fn range<'a>(args: Args<'a>, module: &str, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    use crate::object::exception::type_error;
    if args.has_kwargs() {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", module, fname)));
    }
    let p = args.pos();
    let got = p.len();
    if got >= min && got <= max {
        return Ok(p);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(if min == 1 && max == 1 {
        format!("{}.{}() takes exactly one argument ({} given)", module, fname, got)
    } else if min == max {
        format!("{} expected {} argument{}, got {}", fname, min, plural(min), got)
    } else if got < min {
        format!("{} expected at least {} argument{}, got {}", fname, min, plural(min), got)
    } else {
        format!("{} expected at most {} argument{}, got {}", fname, max, plural(max), got)
    }))
}
