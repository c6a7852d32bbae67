//! `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks` and what they
//! drive: an async generator consults the hooks at its first `__anext__`,
//! `asend`, `athrow` or `aclose` (calling `firstiter(agen)` and keeping
//! the finalizer then in force), and when it is freed unfinished its
//! finalizer is called with it (asyncio schedules `aclose()` there), or,
//! without one, it is closed as a generator is (its `finally` blocks run;
//! an `await` in them is "async generator ignored GeneratorExit"). As in
//! CPython the freed generator is brought back for that call: here it is
//! rebuilt around its frame, since nothing can reach the old object.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::generator::{CoroutineData, GeneratorData};
use crate::object::*;
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// The hooks in force: `firstiter`, `finalizer` (None when unset).
#[derive(Default)]
struct Hooks {
    firstiter: Option<Value>,
    finalizer: Option<Value>,
}

/// An async generator freed before it finished, to finalize at the next
/// safe point.
struct DyingAgen {
    frame: Box<Frame>,
    name: Option<Value>,
    qualname: Option<Value>,
    flags: u32,
    started: bool,
    code: Rc<Code>,
    /// Its finalizer hook; `None`: close it.
    finalizer: Option<Value>,
}

thread_local! {
    static HOOKS: RefCell<Hooks> = RefCell::new(Hooks::default());
    static DYING: RefCell<Vec<DyingAgen>> = const { RefCell::new(Vec::new()) };
}

/// `(firstiter, finalizer)` as set by `sys.set_asyncgen_hooks`.
pub fn hooks() -> (Option<Value>, Option<Value>) {
    HOOKS.with(|h| {
        let h = h.borrow();
        (h.firstiter.clone(), h.finalizer.clone())
    })
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument
/// not given leaves its hook as it is, None unsets it; both are checked
/// before either is set (the finalizer first, as CPython does).
pub fn set_hooks(vm: &mut Vm, firstiter: Option<Value>, finalizer: Option<Value>) -> PyResult<()> {
    for (what, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !vm.is_none(v) && !crate::builtins::reflect::is_callable(vm, v) {
                return Err(type_error(format!("callable {what} expected, got {}", vm.type_name(v))));
            }
        }
    }
    let unset_none = |vm: &Vm, v: Value| if vm.is_none(&v) { None } else { Some(v) };
    let (firstiter, finalizer) = (firstiter.map(|v| unset_none(vm, v)), finalizer.map(|v| unset_none(vm, v)));
    // The old hooks drop outside the borrow (a drop may run code later).
    let _old = HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        let a = firstiter.map(|v| std::mem::replace(&mut h.firstiter, v));
        let b = finalizer.map(|v| std::mem::replace(&mut h.finalizer, v));
        (a, b)
    });
    Ok(())
}

/// The first `__anext__`/`asend`/`athrow`/`aclose` of `agen`: keeps the
/// finalizer in force and calls `firstiter(agen)` (its error is the
/// method's). Later calls do nothing.
pub fn init_hooks(vm: &mut Vm, agen: &Value, d: &CoroutineData) -> PyResult<()> {
    if d.hooks_inited.get() {
        return Ok(());
    }
    d.hooks_inited.set(true);
    let (firstiter, finalizer) = hooks();
    d.finalizer.set(finalizer);
    if let Some(f) = firstiter {
        vm.call(&f, std::slice::from_ref(agen))?;
    }
    Ok(())
}

/// An async generator is being freed: one that has not finished and was
/// not closed by `aclose()` is queued for its finalizer, or, without one,
/// for closing when it is suspended after starting.
pub fn on_drop(d: &mut CoroutineData) {
    let finalizer = d.finalizer.take();
    if d.gen.finalized.get() || d.closed.get() {
        return;
    }
    let started = d.gen.started.get();
    if finalizer.is_none() && !started {
        return;
    }
    let Some(frame) = d.gen.frame.get_mut().take() else { return };
    let dying = DyingAgen {
        frame,
        name: d.gen.name.take(),
        qualname: d.gen.qualname.take(),
        flags: d.gen.flags.get(),
        started,
        code: d.code.clone(),
        finalizer,
    };
    // During thread teardown the frame just drops.
    if DYING.try_with(|q| q.borrow_mut().push(dying)).is_ok() {
        crate::object::header::request_finalizer_pass();
    }
}

impl Vm {
    /// Finalizes the async generators freed unfinished (`on_drop`), each
    /// rebuilt around its frame: its finalizer hook is called with it, or
    /// it is closed; an error is reported as CPython's finalizer does
    /// ("Exception ignored in"). Whether there were any.
    #[cold]
    pub fn finalize_dying_async_generators(&mut self) -> bool {
        let dying = DYING.with(|q| std::mem::take(&mut *q.borrow_mut()));
        let any = !dying.is_empty();
        for d in dying {
            let g = GeneratorData::new(d.frame, d.name, d.qualname, d.flags);
            g.started.set(d.started);
            // Finalized once: freed again, it is not queued again.
            g.finalized.set(true);
            let agen = crate::vm::coroutine::new_coroutine(g, d.code);
            if let Some(cd) = agen.downcast::<CoroutineData>() {
                cd.hooks_inited.set(true);
            }
            let r = match d.finalizer {
                Some(f) => self.call(&f, std::slice::from_ref(&agen)).map(drop),
                None => self.gen_close(&agen),
            };
            if let Err(e) = r {
                let _ = self.print_unraisable(e, "Exception ignored in", &agen);
            }
        }
        any
    }
}
