//! `_coroutines`: the native hook behind `types.coroutine`, which marks a
//! generator as an iterable coroutine (usable in `await`, CPython's
//! CO_ITERABLE_COROUTINE) after its function created it.

use crate::bytecode::code::flags;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::generator::GeneratorData;
use crate::object::*;
use crate::vm::Vm;

fn mark_iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("mark_iterable_coroutine").positional(1, 1)?;
    let Some(g) = p[0].downcast::<GeneratorData>() else {
        return Err(type_error(format!("expected a generator, got {}", vm.type_name(&p[0]))));
    };
    g.flags.set(g.flags.get() | flags::ITERABLE_COROUTINE);
    Ok(p[0].clone())
}

/// Creates the `_coroutines` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_coroutines");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let f = vm.builtin_fn("mark_iterable_coroutine", mark_iterable_coroutine);
    d.downcast::<DictData>().expect("dict").set_str(vm.name("mark_iterable_coroutine"), f);
    Ok(m)
}
