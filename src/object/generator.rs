//! Generator objects: a suspended frame plus its running state. A
//! generator freed while suspended inside a `try` (or a `yield from` of a
//! non-generator) hands its frame to the VM, which closes it (`take_dying`).

use std::cell::{Cell, RefCell};

use super::header::{Kind, ObjData, ValueCell};
use super::value::Value;
use crate::vm::frame::Frame;

/// The body of generator objects.
pub struct GeneratorData {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Whether the frame is executing right now (re-entry is a ValueError).
    pub running: Cell<bool>,
    /// Whether it has started (sending non-None before start is a TypeError).
    pub started: Cell<bool>,
    /// `__name__`.
    pub name: ValueCell,
    /// `__qualname__`.
    pub qualname: ValueCell,
    /// The code flags of its frame (generator, coroutine, async generator,
    /// iterable coroutine), kept for messages and `await` checks.
    pub flags: Cell<u32>,
    /// The exception its frame was handling when it last suspended (its
    /// own `sys.exc_info()`, which must not leak to whoever resumes it).
    pub exc_state: ValueCell,
    /// Already closed by its finalizer (freed again, it is not re-queued).
    pub finalized: Cell<bool>,
}

impl GeneratorData {
    /// A not-yet-started body over `frame`, for code with `flags`.
    pub fn new(frame: Box<Frame>, name: Option<Value>, qualname: Option<Value>, flags: u32) -> GeneratorData {
        GeneratorData {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name: ValueCell::new(name),
            qualname: ValueCell::new(qualname),
            flags: Cell::new(flags),
            exc_state: ValueCell::new(None),
            finalized: Cell::new(false),
        }
    }

    /// What this body belongs to, as error messages name it.
    pub fn what(&self) -> &'static str {
        use crate::bytecode::code::flags;
        let fl = self.flags.get();
        if fl & flags::COROUTINE != 0 {
            "coroutine"
        } else if fl & flags::ASYNC_GENERATOR != 0 {
            "async generator"
        } else {
            "generator"
        }
    }
}

/// The generator body of a generator, coroutine or async generator.
pub fn gen_body(v: &Value) -> Option<&GeneratorData> {
    match v.downcast::<GeneratorData>() {
        Some(g) => Some(g),
        None => v.downcast::<CoroutineData>().map(|c| &c.gen),
    }
}

impl ObjData for GeneratorData {
    const KIND: Kind = Kind::Generator;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_ref() {
                f.traverse(visit);
            }
        }
        self.exc_state.with(|v| {
            if let Some(v) = v {
                visit(v)
            }
        });
    }
}

/// The frame of a generator freed while suspended where `close()` runs
/// code, with what rebuilding the generator around it needs.
pub struct DyingGen {
    /// The suspended frame.
    pub frame: Box<Frame>,
    /// `__name__`.
    pub name: Option<Value>,
    /// `__qualname__`.
    pub qualname: Option<Value>,
    /// Its code flags.
    pub flags: u32,
}

thread_local! {
    static DYING: RefCell<Vec<DyingGen>> = const { RefCell::new(Vec::new()) };
}

/// Takes the generators freed while suspended, for the VM to close (as
/// CPython's generator finalizer does) at its next safe point.
pub fn take_dying() -> Vec<DyingGen> {
    DYING.with(|d| std::mem::take(&mut *d.borrow_mut()))
}

impl Drop for GeneratorData {
    fn drop(&mut self) {
        // Plain generators only: coroutines and async generators keep their
        // own (warning, hook) protocols.
        use crate::bytecode::code::flags;
        if !self.started.get() || self.finalized.get() || self.flags.get() & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            return;
        }
        let slot = self.frame.get_mut();
        if !slot.as_ref().is_some_and(|f| crate::vm::gen_fast::closing_runs_code(f)) {
            return;
        }
        let Some(frame) = slot.take() else { return };
        let dying = DyingGen { frame, name: self.name.take(), qualname: self.qualname.take(), flags: self.flags.get() };
        // During thread teardown the frame just drops.
        if DYING.try_with(|d| d.borrow_mut().push(dying)).is_ok() {
            super::header::request_finalizer_pass();
        }
    }
}

/// Which kind of object a `CoroutineData` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroFlavor {
    /// `coroutine` (an `async def` without `yield`).
    Coroutine,
    /// `async_generator` (an `async def` with `yield`).
    AsyncGenerator,
}

/// The body of coroutine and async generator objects: the generator
/// machinery (a suspended frame) plus what the async protocols add.
pub struct CoroutineData {
    /// The frame and running state, resumed exactly like a generator's.
    pub gen: GeneratorData,
    /// Coroutine or async generator.
    pub flavor: CoroFlavor,
    /// Its code (`cr_code`/`ag_code`, also once it finished).
    pub code: std::rc::Rc<crate::bytecode::Code>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` ran or it finished (later `athrow`s stop at once).
    pub closed: Cell<bool>,
    /// Async generators: the `sys.set_asyncgen_hooks` hooks were consulted
    /// (at the first `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in force at that point, called
    /// with the generator when it is freed unfinished.
    pub finalizer: ValueCell,
}

impl ObjData for CoroutineData {
    const KIND: Kind = Kind::Coroutine;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.gen.traverse(visit);
    }
}

thread_local! {
    static UNAWAITED: RefCell<Vec<std::rc::Rc<str>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for CoroutineData {
    fn drop(&mut self) {
        if self.flavor == CoroFlavor::AsyncGenerator {
            crate::types::async_gen_hooks::on_drop(self);
            return;
        }
        // A coroutine freed before it ever ran: CPython warns through
        // `warnings` (RuntimeWarning "coroutine '...' was never awaited").
        if self.flavor == CoroFlavor::Coroutine && !self.gen.started.get() {
            if let Ok(f) = self.gen.frame.try_borrow() {
                if let Some(f) = f.as_ref() {
                    let q = f.code.qualname.clone();
                    UNAWAITED.with(|u| u.borrow_mut().push(q));
                    super::header::request_finalizer_pass();
                }
            }
        }
    }
}

/// Takes the qualified names of coroutines freed without being awaited.
pub fn take_unawaited() -> Vec<std::rc::Rc<str>> {
    UNAWAITED.with(|u| std::mem::take(&mut *u.borrow_mut()))
}
