//! The `async_generator` type and its awaitables: `__anext__()`/`asend()`
//! give an `async_generator_asend`, `athrow()`/`aclose()` an
//! `async_generator_athrow`. Each awaitable resumes the generator's frame
//! and turns the values the generator itself yields (marked by
//! ASYNC_GEN_WRAP as `async_generator_wrapped_value`) into the awaitable's
//! result (a StopIteration), while passing other values (those of an
//! `await` inside the generator) up to whoever drives the awaiting
//! coroutine. The generator finishing is a StopAsyncIteration.

use crate::error::{PyErr, PyResult};
use crate::object::exception::{runtime_error, type_error};
use crate::object::generator::{CoroFlavor, CoroutineData};
use crate::object::registry::{add_getset, add_method, new_builtin_type, t};
use crate::object::*;
use crate::vm::Vm;

use super::async_gen_hooks::init_hooks;
use super::core::self_of;
use super::coroutine::{await_get, code_get, frame_get, name_get, name_set, qualname_get, qualname_set, repr_of, stop_iteration, thrown};

// ----- wrapped values -----

struct Wrapped(Value);

impl NativeState for Wrapped {
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

/// ASYNC_GEN_WRAP: marks `v` as yielded by the async generator itself.
pub fn wrap_value(v: Value) -> Value {
    alloc(&t().named("async_generator_wrapped_value"), StateData::new(Wrapped(v)), None)
}

fn unwrap_marked(v: &Value) -> Option<Value> {
    v.downcast::<StateData>()?.with::<Wrapped, Value>(|w| w.0.clone())
}

// ----- the async_generator type -----

fn agen_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    let c = self_of(args)?;
    match c.downcast::<CoroutineData>() {
        Some(d) if d.flavor == CoroFlavor::AsyncGenerator => Ok(c),
        _ => Err(type_error("descriptor requires an 'async_generator' object")),
    }
}

fn data(v: &Value) -> &CoroutineData {
    v.downcast::<CoroutineData>().expect("async generator")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

#[derive(Clone)]
enum Mode {
    /// `asend(value)` / `__anext__()` (value None).
    Send(Value),
    /// `athrow(typ, val, tb)`: the arguments; none for `aclose()`.
    Throw(Vec<Value>),
}

/// The state of an asend/athrow awaitable.
struct Awaitable {
    agen: Value,
    mode: Mode,
    state: State,
}

impl NativeState for Awaitable {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.agen);
        match &self.mode {
            Mode::Send(v) => visit(v),
            Mode::Throw(a) => a.iter().for_each(visit),
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn new_awaitable(agen: &Value, mode: Mode) -> Value {
    let ty = if matches!(mode, Mode::Send(_)) { "async_generator_asend" } else { "async_generator_athrow" };
    alloc(&t().named(ty), StateData::new(Awaitable { agen: agen.clone(), mode, state: State::Init }), None)
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(&args)?;
    init_hooks(vm, g, data(g))?;
    Ok(new_awaitable(g, Mode::Send(vm.none())))
}
fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("asend").positional(2, 2)?;
    let g = agen_of(&Args::positional(p))?;
    init_hooks(vm, g, data(g))?;
    Ok(new_awaitable(g, Mode::Send(p[1].clone())))
}
fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("athrow").positional(2, 4)?;
    let g = agen_of(&Args::positional(p))?;
    init_hooks(vm, g, data(g))?;
    Ok(new_awaitable(g, Mode::Throw(p[1..].to_vec())))
}
fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(&args)?;
    init_hooks(vm, g, data(g))?;
    Ok(new_awaitable(g, Mode::Throw(Vec::new())))
}
fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(agen_of(&args)?.clone())
}
fn agen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(&args)?.clone();
    Ok(repr_of(vm, &g, "async_generator"))
}
fn ag_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(data(v).running_async.get()))
}

// ----- stepping the awaitables -----

fn awaitable_state(me: &Value) -> PyResult<(Value, Mode, State)> {
    me.downcast::<StateData>()
        .and_then(|s| s.with::<Awaitable, _>(|a| (a.agen.clone(), a.mode.clone(), a.state)))
        .ok_or_else(|| type_error("expected an async generator awaitable"))
}

fn set_state(me: &Value, st: State) {
    if let Some(s) = me.downcast::<StateData>() {
        s.with_mut::<Awaitable, _>(|a| a.state = st);
    }
}

fn is_a(vm: &Vm, e: &PyErr, name: &str) -> bool {
    vm.is_subtype(&e.exc_type(), &t().named(name))
}

/// CPython's `async_gen_unwrap_value`: the generator's own yield ends the
/// awaitable with its value; its end is a StopAsyncIteration.
fn unwrap(vm: &mut Vm, agen: &CoroutineData, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r {
        Ok(Ok(y)) => match unwrap_marked(&y) {
            Some(v) => {
                agen.running_async.set(false);
                Err(stop_iteration(vm, v))
            }
            None => Ok(y),
        },
        Ok(Err(_)) => {
            agen.closed.set(true);
            agen.running_async.set(false);
            Err(PyErr::new_empty(&t().named("StopAsyncIteration")))
        }
        Err(e) => {
            if is_a(vm, &e, "StopAsyncIteration") || is_a(vm, &e, "GeneratorExit") {
                agen.closed.set(true);
            }
            agen.running_async.set(false);
            Err(e)
        }
    }
}

/// One step of an asend/athrow awaitable: `input` is what its own
/// `send`/`throw` received.
fn step(vm: &mut Vm, me: &Value, input: Result<Value, PyErr>) -> PyResult<Value> {
    let (agen_v, mode, state) = awaitable_state(me)?;
    let agen = data(&agen_v);
    match mode {
        Mode::Send(initial) => {
            if state == State::Closed {
                return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let r = match input {
                Ok(mut v) => {
                    if state == State::Init {
                        if agen.running_async.get() {
                            return Err(runtime_error("anext(): asynchronous generator is already running"));
                        }
                        if vm.is_none(&v) {
                            v = initial;
                        }
                        set_state(me, State::Iter);
                    }
                    agen.running_async.set(true);
                    vm.gen_send(&agen_v, v)
                }
                Err(e) => vm.gen_resume(&agen_v, Err(e)),
            };
            let out = unwrap(vm, agen, r);
            if out.is_err() {
                set_state(me, State::Closed);
            }
            out
        }
        Mode::Throw(targs) => {
            let closing = targs.is_empty();
            if state == State::Closed {
                return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            if agen.gen.frame.borrow().is_none() && !agen.gen.running.get() {
                set_state(me, State::Closed);
                return Err(PyErr::new_empty(&t().named("StopIteration")));
            }
            let r = if state == State::Init {
                if agen.running_async.get() {
                    set_state(me, State::Closed);
                    let which = if closing { "aclose" } else { "athrow" };
                    return Err(runtime_error(format!("{which}(): asynchronous generator is already running")));
                }
                if agen.closed.get() {
                    set_state(me, State::Closed);
                    return Err(PyErr::new_empty(&t().named("StopAsyncIteration")));
                }
                match &input {
                    Ok(v) if !vm.is_none(v) => return Err(runtime_error("can't send non-None value to a just-started coroutine")),
                    _ => {}
                }
                set_state(me, State::Iter);
                agen.running_async.set(true);
                if closing {
                    agen.closed.set(true);
                    let exit = PyErr::new_empty(&t().named("GeneratorExit"));
                    vm.gen_resume(&agen_v, Err(exit))
                } else {
                    let err = thrown(vm, &targs)?;
                    vm.gen_resume(&agen_v, Err(err))
                }
            } else {
                match input {
                    Ok(v) => vm.gen_send(&agen_v, v),
                    Err(e) => vm.gen_resume(&agen_v, Err(e)),
                }
            };
            if !closing {
                let out = unwrap(vm, agen, r);
                if out.is_err() {
                    set_state(me, State::Closed);
                }
                return out;
            }
            // aclose(): the generator must not yield a value of its own.
            match r {
                Ok(Ok(y)) if unwrap_marked(&y).is_some() => {
                    agen.running_async.set(false);
                    set_state(me, State::Closed);
                    Err(runtime_error("async generator ignored GeneratorExit"))
                }
                Ok(Ok(y)) => Ok(y),
                Ok(Err(_)) => {
                    agen.running_async.set(false);
                    set_state(me, State::Closed);
                    Err(PyErr::new_empty(&t().named("StopIteration")))
                }
                Err(e) => {
                    agen.running_async.set(false);
                    set_state(me, State::Closed);
                    if is_a(vm, &e, "StopAsyncIteration") || is_a(vm, &e, "GeneratorExit") {
                        Err(PyErr::new_empty(&t().named("StopIteration")))
                    } else {
                        Err(e)
                    }
                }
            }
        }
    }
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("send").positional(2, 2)?;
    step(vm, &p[0], Ok(p[1].clone()))
}
fn aw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let none = vm.none();
    step(vm, &me, Ok(none))
}
fn aw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("throw").positional(2, 4)?;
    let (_, _, state) = awaitable_state(&p[0])?;
    if state == State::Closed {
        let (_, mode, _) = awaitable_state(&p[0])?;
        return Err(runtime_error(match mode {
            Mode::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        }));
    }
    let err = thrown(vm, &p[1..])?;
    step(vm, &p[0], Err(err))
}
fn aw_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    awaitable_state(me)?;
    set_state(me, State::Closed);
    Ok(vm.none())
}
fn aw_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(self_of(&args)?.clone())
}

// ----- the aiter() and anext() builtins -----

fn b_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("aiter").positional(1, 1)?;
    let Some(m) = vm.lookup_special(&p[0], "__aiter__") else {
        return Err(type_error(format!("'{}' object is not an async iterable", vm.type_name(&p[0]))));
    };
    let it = vm.call(&m, &[])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

fn b_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("anext").positional(1, 2)?;
    let Some(m) = vm.lookup_special(&p[0], "__anext__") else {
        return Err(type_error(format!("'{}' object is not an async iterator", vm.type_name(&p[0]))));
    };
    let aw = vm.call(&m, &[])?;
    if p.len() == 1 {
        return Ok(aw);
    }
    let st = Defaulted { awaitable: aw, iter: None, default: p[1].clone() };
    Ok(alloc(&t().named("anext_awaitable"), StateData::new(st), None))
}

/// `anext(it, default)`: awaits `it.__anext__()`, giving `default` instead
/// of StopAsyncIteration.
struct Defaulted {
    awaitable: Value,
    iter: Option<Value>,
    default: Value,
}

impl NativeState for Defaulted {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.awaitable);
        if let Some(i) = &self.iter {
            visit(i);
        }
        visit(&self.default);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn defaulted_step(vm: &mut Vm, me: &Value, input: Result<Value, PyErr>) -> PyResult<Value> {
    let Some((aw, it, default)) = me.downcast::<StateData>().and_then(|s| s.with::<Defaulted, _>(|d| (d.awaitable.clone(), d.iter.clone(), d.default.clone()))) else {
        return Err(type_error("expected an anext_awaitable"));
    };
    let it = match it {
        Some(i) => i,
        None => {
            let i = vm.get_awaitable(&aw, 0)?;
            if let Some(s) = me.downcast::<StateData>() {
                s.with_mut::<Defaulted, _>(|d| d.iter = Some(i.clone()));
            }
            i
        }
    };
    let r = match input {
        Ok(v) => vm.send(&it, v),
        Err(e) => match vm.getattr_opt(&it, "throw")? {
            Some(throw) => {
                let exc = vm.normalize(e);
                match vm.call(&throw, &[exc]) {
                    Ok(y) => Ok(Ok(y)),
                    Err(e) => Err(e),
                }
            }
            None => Err(e),
        },
    };
    match r {
        Ok(Ok(y)) => Ok(y),
        Ok(Err(ret)) => Err(stop_iteration(vm, ret)),
        Err(e) if is_a(vm, &e, "StopAsyncIteration") => Err(stop_iteration(vm, default)),
        Err(e) => Err(e),
    }
}

fn defaulted_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("send").positional(2, 2)?;
    defaulted_step(vm, &p[0], Ok(p[1].clone()))
}
fn defaulted_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let none = vm.none();
    defaulted_step(vm, &me, Ok(none))
}
fn defaulted_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("throw").positional(2, 4)?;
    let err = thrown(vm, &p[1..])?;
    defaulted_step(vm, &p[0], Err(err))
}
fn defaulted_close(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

/// Binds the `aiter` and `anext` builtins.
pub fn install_builtins(vm: &mut Vm) {
    crate::builtins::def(vm, "aiter", b_aiter);
    crate::builtins::def(vm, "anext", b_anext);
}

/// Creates the async generator types and their methods.
pub fn install() {
    let g = new_builtin_type::<CoroutineData>("async_generator", 0);
    add_method(&g, "__aiter__", agen_aiter, BuiltinKind::Method);
    add_method(&g, "__anext__", agen_anext, BuiltinKind::Method);
    add_method(&g, "asend", agen_asend, BuiltinKind::Method);
    add_method(&g, "athrow", agen_athrow, BuiltinKind::Method);
    add_method(&g, "aclose", agen_aclose, BuiltinKind::Method);
    add_method(&g, "__repr__", agen_repr, BuiltinKind::Method);
    add_getset(&g, "__name__", name_get, Some(name_set));
    add_getset(&g, "__qualname__", qualname_get, Some(qualname_set));
    add_getset(&g, "ag_running", ag_running, None);
    add_getset(&g, "ag_frame", frame_get, None);
    add_getset(&g, "ag_code", code_get, None);
    add_getset(&g, "ag_await", await_get, None);
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let a = new_builtin_type::<StateData>(name, 0);
        add_method(&a, "send", aw_send, BuiltinKind::Method);
        add_method(&a, "throw", aw_throw, BuiltinKind::Method);
        add_method(&a, "close", aw_close, BuiltinKind::Method);
        add_method(&a, "__next__", aw_next, BuiltinKind::Method);
        add_method(&a, "__iter__", aw_iter, BuiltinKind::Method);
        add_method(&a, "__await__", aw_iter, BuiltinKind::Method);
    }
    new_builtin_type::<StateData>("async_generator_wrapped_value", 0);
    let d = new_builtin_type::<StateData>("anext_awaitable", 0);
    add_method(&d, "send", defaulted_send, BuiltinKind::Method);
    add_method(&d, "throw", defaulted_throw, BuiltinKind::Method);
    add_method(&d, "close", defaulted_close, BuiltinKind::Method);
    add_method(&d, "__next__", defaulted_next, BuiltinKind::Method);
    add_method(&d, "__iter__", aw_iter, BuiltinKind::Method);
    add_method(&d, "__await__", aw_iter, BuiltinKind::Method);
}
