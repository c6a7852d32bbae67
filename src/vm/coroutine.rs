//! Coroutines and async generators in the VM: creating them, resuming
//! them (with the coroutine-specific checks), and the instructions of
//! `await`, `async for` and `async with` (GET_AWAITABLE, GET_AITER,
//! GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP), which run
//! through `exec_rare`.
//!
//! A coroutine is a generator body (`GeneratorData`) inside a
//! `CoroutineData`, so `await` is `yield from` (SEND / YIELD_VALUE) over the
//! awaited object's iterator, exactly as in CPython 3.11. An async
//! generator marks the values of its own `yield`s with ASYNC_GEN_WRAP so its
//! `asend`/`athrow` awaitables (`types/async_gen.rs`) can tell them from
//! values that an `await` inside it passes up to the event loop.

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::code::flags;
use crate::bytecode::{Code, Op};
use crate::error::{PyErr, PyResult};
use crate::object::exception::{runtime_error, type_error};
use crate::object::generator::{CoroFlavor, CoroutineData, GeneratorData};
use crate::object::registry::t;
use crate::object::*;

use super::frame::Frame;
use super::Vm;

/// A new coroutine or async generator (by the code `flags`) over `g`.
pub fn new_coroutine(g: GeneratorData, code: Rc<Code>) -> Value {
    let (flavor, ty) = if code.flags & flags::ASYNC_GENERATOR != 0 {
        (CoroFlavor::AsyncGenerator, t().named("async_generator"))
    } else {
        (CoroFlavor::Coroutine, t().named("coroutine"))
    };
    let d = CoroutineData {
        gen: g,
        flavor,
        code,
        running_async: Cell::new(false),
        closed: Cell::new(false),
        hooks_inited: Cell::new(false),
        finalizer: crate::object::header::ValueCell::new(None),
    };
    alloc(&ty, d, None)
}

/// The object a suspended generator frame delegates to (`yield from` /
/// `await`), if it is suspended in one.
pub fn delegate_of(gd: &GeneratorData) -> Option<Value> {
    let f = gd.frame.try_borrow().ok()?;
    let f = f.as_ref()?;
    if gd.started.get() && f.ip >= 2 && f.code.instrs[f.ip - 2].op.get() == Op::Send {
        return Some(f.top().clone());
    }
    None
}

/// Whether `v` is a coroutine object (not an async generator).
pub fn is_coroutine(v: &Value) -> bool {
    v.downcast::<CoroutineData>().is_some_and(|c| c.flavor == CoroFlavor::Coroutine)
}

impl Vm {
    /// Resumes a coroutine with `v` (SEND and `coro.send`): a finished
    /// coroutine cannot be resumed again.
    pub fn coro_send(&mut self, cd: &CoroutineData, v: Value) -> PyResult<Result<Value, Value>> {
        if cd.flavor == CoroFlavor::Coroutine && cd.gen.frame.borrow().is_none() && !cd.gen.running.get() {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        self.gen_step(&cd.gen, v)
    }

    /// `coro.throw(exc)`: raises `err` at the coroutine's suspension point.
    pub fn coro_throw(&mut self, coro: &Value, err: PyErr) -> PyResult<Result<Value, Value>> {
        if let Some(cd) = coro.downcast::<CoroutineData>() {
            if cd.flavor == CoroFlavor::Coroutine && cd.gen.frame.borrow().is_none() && !cd.gen.running.get() {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
        }
        self.gen_resume(coro, Err(err))
    }

    /// The iterator `await v` runs (GET_AWAITABLE); `when` is the
    /// instruction's argument (1: after `__aenter__`, 2: after `__aexit__`).
    pub fn get_awaitable(&mut self, v: &Value, when: u32) -> PyResult<Value> {
        if let Some(cd) = v.downcast::<CoroutineData>() {
            if cd.flavor == CoroFlavor::Coroutine {
                if delegate_of(&cd.gen).is_some() {
                    return Err(runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
        }
        if let Some(gd) = v.downcast::<GeneratorData>() {
            if gd.flags.get() & flags::ITERABLE_COROUTINE != 0 {
                return Ok(v.clone());
            }
        }
        let Some(m) = self.lookup_special(v, "__await__") else {
            let tn = self.type_name(v);
            return Err(type_error(match when {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                _ => format!("object {tn} can't be used in 'await' expression"),
            }));
        };
        let it = self.call(&m, &[])?;
        if is_coroutine(&it) || it.downcast::<GeneratorData>().is_some_and(|g| g.flags.get() & flags::ITERABLE_COROUTINE != 0) {
            return Err(type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(type_error(format!("__await__() returned non-iterator of type '{}'", self.type_name(&it))));
        }
        Ok(it)
    }

    /// GET_AITER: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(m) = self.lookup_special(v, "__aiter__") else {
            return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(v))));
        };
        let it = self.call(&m, &[])?;
        let ty = self.type_of(&it);
        if self.type_lookup(&ty, "__anext__").is_none() {
            return Err(type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", self.type_name(&it))));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(m) = self.lookup_special(aiter, "__anext__") else {
            return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", self.type_name(aiter))));
        };
        let aw = self.call(&m, &[])?;
        if is_coroutine(&aw) {
            return Ok(aw);
        }
        if self.lookup_special(&aw, "__await__").is_none() {
            return Err(type_error(format!("'async for' received an invalid object from __anext__: {}", self.type_name(&aw))));
        }
        self.get_awaitable(&aw, 0)
    }

    /// BEFORE_ASYNC_WITH: pushes the bound `__aexit__`, then the result of
    /// `__aenter__()` (to be awaited).
    pub fn before_async_with(&mut self, f: &mut Frame) -> PyResult<()> {
        let ctx = f.pop();
        let Some(enter) = self.lookup_special(&ctx, "__aenter__") else {
            return Err(type_error(format!("'{}' object does not support the asynchronous context manager protocol", self.type_name(&ctx))));
        };
        let Some(exit) = self.lookup_special(&ctx, "__aexit__") else {
            return Err(type_error(format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", self.type_name(&ctx))));
        };
        f.push(exit);
        let r = self.call(&enter, &[])?;
        f.push(r);
        Ok(())
    }

    /// END_ASYNC_FOR: `[aiter, exc]`; a StopAsyncIteration ends the loop.
    pub fn end_async_for(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        let ty = self.type_of(&exc);
        if self.is_subtype(&ty, &t().named("StopAsyncIteration")) {
            f.pop();
            return Ok(());
        }
        Err(PyErr::from_object(exc))
    }
}

impl Vm {
    /// Issues CPython's RuntimeWarning for a coroutine freed before it ran
    /// (through `warnings.warn`, with a `source` so the message gets the
    /// tracemalloc hint line as in CPython).
    pub fn warn_unawaited(&mut self, qualname: &str) {
        let r = (|| -> PyResult<()> {
            let warnings = super::import::import_full(self, "warnings")?;
            let warn = self.getattr_str(&warnings, "warn")?;
            let msg = self.str(format!("coroutine '{qualname}' was never awaited"));
            let cat = t().named("RuntimeWarning");
            let src = self.str(qualname);
            self.call(&warn, &[msg, cat, Value::small_int(1), src])?;
            Ok(())
        })();
        if let Err(e) = r {
            let none = self.none();
            let _ = self.print_unraisable(e, "Exception ignored in", &none);
        }
    }
}
