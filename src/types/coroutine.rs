//! The `coroutine` and `coroutine_wrapper` types: `send`/`throw`/`close`,
//! `__await__` and the `cr_*` attributes (the async generator types are in
//! `async_gen.rs`).

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::generator::{CoroFlavor, CoroutineData};
use crate::object::registry::{add_getset, add_method, new_builtin_type, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::coroutine::delegate_of;
use crate::vm::Vm;

use super::core::self_of;

/// `StopIteration(value)` (value-less for `None`), as a generator's return.
pub(super) fn stop_iteration(vm: &mut Vm, value: Value) -> PyErr {
    let st = t().named("StopIteration");
    if vm.is_none(&value) {
        return PyErr::new_empty(&st);
    }
    match vm.call(&st, &[value]) {
        Ok(e) => PyErr::from_object(e),
        Err(e) => e,
    }
}

/// The exception `throw(typ[, val[, tb]])` raises (as `generator.throw`).
pub(super) fn thrown(vm: &mut Vm, p: &[Value]) -> PyResult<PyErr> {
    let mut exc = p[0].clone();
    if p.len() > 1 && exc.downcast::<TypeData>().is_some() && !vm.is_none(&p[1]) {
        exc = vm.call(&exc, &[p[1].clone()])?;
    }
    let exc = vm.make_exception(&exc)?;
    Ok(PyErr::from_object(exc))
}

/// A yielded value or a return turned into `StopIteration` (the result of
/// `send`/`throw` on the Python level).
pub(super) fn step_result(vm: &mut Vm, r: Result<Value, Value>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(ret) => Err(stop_iteration(vm, ret)),
    }
}

fn coro_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    let c = self_of(args)?;
    match c.downcast::<CoroutineData>() {
        Some(d) if d.flavor == CoroFlavor::Coroutine => Ok(c),
        _ => Err(type_error("descriptor requires a 'coroutine' object")),
    }
}

fn data(v: &Value) -> &CoroutineData {
    v.downcast::<CoroutineData>().expect("coroutine")
}

fn coro_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("send").positional(2, 2)?;
    let c = coro_of(&Args::positional(p))?.clone();
    let r = vm.coro_send(data(&c), p[1].clone())?;
    step_result(vm, r)
}

fn coro_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("throw").positional(2, 4)?;
    let c = coro_of(&Args::positional(p))?.clone();
    let err = thrown(vm, &p[1..])?;
    let r = vm.coro_throw(&c, err)?;
    step_result(vm, r)
}

fn coro_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = coro_of(&args)?.clone();
    vm.gen_close(&c)?;
    Ok(vm.none())
}

fn coro_await(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = coro_of(&args)?.clone();
    Ok(alloc(&t().named("coroutine_wrapper"), StateData::new(Wrapper(c)), None))
}

/// `<coroutine object f at 0x...>` / `<async_generator object g at 0x...>`.
pub(super) fn repr_of(vm: &mut Vm, v: &Value, label: &str) -> Value {
    let q = data(v).gen.qualname.get().map(|q| vm.to_string_lossy(&q)).unwrap_or_default();
    vm.str(format!("<{label} object {q} at {:#x}>", v.raw()))
}

fn coro_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = coro_of(&args)?.clone();
    Ok(repr_of(vm, &c, "coroutine"))
}

pub(super) fn name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).gen.name.get().unwrap_or_else(|| vm.none()))
}
pub(super) fn qualname_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).gen.qualname.get().unwrap_or_else(|| vm.none()))
}
pub(super) fn name_set(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match new {
        Some(n) if as_str(&n).is_some() => {
            data(v).gen.name.set(Some(n));
            Ok(())
        }
        _ => Err(type_error("__name__ must be set to a string object")),
    }
}
pub(super) fn qualname_set(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match new {
        Some(n) if as_str(&n).is_some() => {
            data(v).gen.qualname.set(Some(n));
            Ok(())
        }
        _ => Err(type_error("__qualname__ must be set to a string object")),
    }
}
fn cr_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(data(v).gen.running.get()))
}
/// `cr_frame`/`ag_frame`: frames are not Python objects in Pyrite, so a
/// live coroutine stands for its own frame; None once it finished.
pub(super) fn frame_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = &data(v).gen;
    Ok(if g.frame.borrow().is_some() || g.running.get() { v.clone() } else { vm.none() })
}
pub(super) fn code_get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(alloc(&t().code, CodeData(data(v).code.clone()), None))
}
pub(super) fn await_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(delegate_of(&data(v).gen).unwrap_or_else(|| vm.none()))
}
fn cr_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = &data(v).gen;
    Ok(vm.bool(g.started.get() && !g.running.get() && g.frame.borrow().is_some()))
}
fn cr_origin(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none())
}

// ----- coroutine_wrapper: what `coro.__await__()` returns -----

struct Wrapper(Value);

impl NativeState for Wrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn wrapped(args: &Args) -> PyResult<Value> {
    let me = self_of(args)?;
    me.downcast::<StateData>()
        .and_then(|s| s.with::<Wrapper, Value>(|w| w.0.clone()))
        .ok_or_else(|| type_error("descriptor requires a 'coroutine_wrapper' object"))
}

fn wrapper_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(self_of(&args)?.clone())
}
fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapped(&args)?;
    let none = vm.none();
    let r = vm.coro_send(data(&c), none)?;
    step_result(vm, r)
}
fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("send").positional(2, 2)?;
    let c = wrapped(&Args::positional(p))?;
    let r = vm.coro_send(data(&c), p[1].clone())?;
    step_result(vm, r)
}
fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("throw").positional(2, 4)?;
    let c = wrapped(&Args::positional(p))?;
    let err = thrown(vm, &p[1..])?;
    let r = vm.coro_throw(&c, err)?;
    step_result(vm, r)
}
fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapped(&args)?;
    vm.gen_close(&c)?;
    Ok(vm.none())
}

/// Creates the coroutine types and their methods.
pub fn install() {
    let c = new_builtin_type::<CoroutineData>("coroutine", 0);
    add_method(&c, "send", coro_send, BuiltinKind::Method);
    add_method(&c, "throw", coro_throw, BuiltinKind::Method);
    add_method(&c, "close", coro_close, BuiltinKind::Method);
    add_method(&c, "__await__", coro_await, BuiltinKind::Method);
    add_method(&c, "__repr__", coro_repr, BuiltinKind::Method);
    add_getset(&c, "__name__", name_get, Some(name_set));
    add_getset(&c, "__qualname__", qualname_get, Some(qualname_set));
    add_getset(&c, "cr_running", cr_running, None);
    add_getset(&c, "cr_frame", frame_get, None);
    add_getset(&c, "cr_code", code_get, None);
    add_getset(&c, "cr_await", await_get, None);
    add_getset(&c, "cr_suspended", cr_suspended, None);
    add_getset(&c, "cr_origin", cr_origin, None);
    let w = new_builtin_type::<StateData>("coroutine_wrapper", 0);
    add_method(&w, "__iter__", wrapper_iter, BuiltinKind::Method);
    add_method(&w, "__next__", wrapper_next, BuiltinKind::Method);
    add_method(&w, "send", wrapper_send, BuiltinKind::Method);
    add_method(&w, "throw", wrapper_throw, BuiltinKind::Method);
    add_method(&w, "close", wrapper_close, BuiltinKind::Method);
    super::async_gen::install();
}
