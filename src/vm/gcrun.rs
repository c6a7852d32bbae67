//! Running the cycle collector (`object::gc`) from the VM: automatic
//! collections at safe points, `gc.collect()`, `__del__` of garbage
//! (PEP 442: finalizers run once, before anything is cleared, and objects
//! they resurrect survive), weak references to garbage cleared with their
//! callbacks queued, and `gc.callbacks`.

use crate::error::PyResult;
use crate::object::gc;
use crate::object::*;

use super::Vm;

impl Vm {
    /// Runs an automatic collection if one is due (called at safe points).
    pub fn collect_if_due(&mut self) {
        if let Some(gen) = gc::due() {
            let _ = self.collect_cycles(gen, true);
        }
    }

    /// Collects generations `0..=gen`; returns the number of unreachable
    /// objects found (CPython's `gc.collect()` result).
    pub fn collect_cycles(&mut self, gen: usize, automatic: bool) -> PyResult<usize> {
        if gc::collecting() {
            return Ok(0);
        }
        self.gc_callbacks("start", gen, 0, 0)?;
        let mut found = self.collect_once(gen);
        if found.1 {
            // Finalizers ran: what they did not resurrect is collected now
            // (a full collection when asked for one, as CPython finishes
            // the job in the same call).
            if !automatic {
                found.0 = self.collect_once(2).0.max(found.0);
            }
        }
        gc::record(gen, found.0 as u64, 0);
        // Weak reference callbacks of the garbage run before collect returns.
        if !automatic {
            self.run_finalizers();
        }
        self.gc_callbacks("stop", gen, found.0, 0)?;
        Ok(found.0)
    }

    /// One pass: (objects found unreachable, whether finalizers ran instead
    /// of clearing).
    fn collect_once(&mut self, gen: usize) -> (usize, bool) {
        let garbage = gc::find_garbage(gen);
        // As CPython: weak references to the garbage are cleared and their
        // callbacks run first, then the finalizers, then the clearing.
        for o in &garbage.objects {
            if let Some(h) = o.as_header() {
                crate::object::weak::on_free(h as *const _);
            }
        }
        let wrefs = crate::object::weak::take_pending_callbacks();
        self.run_weak_callbacks(wrefs);
        let needs_del: Vec<Value> = garbage
            .objects
            .iter()
            .filter(|o| o.as_header().is_some_and(|h| h.type_data().has_finalizer.get() && h.ext().is_some_and(|e| !e.finalized.get())))
            .cloned()
            .collect();
        if !needs_del.is_empty() {
            // They may resurrect anything: nothing is cleared this time (the
            // next collection finds what is still garbage, finalized).
            for obj in needs_del {
                self.call_finalizer(&obj);
            }
            return (gc::release(garbage), true);
        }
        let mut trash = Vec::new();
        for o in &garbage.objects {
            gc::clear(o, &mut trash);
        }
        drop(trash);
        (gc::release(garbage), false)
    }

    /// Calls each of `gc.callbacks` with `(phase, info)`.
    fn gc_callbacks(&mut self, phase: &str, gen: usize, collected: usize, uncollectable: usize) -> PyResult<()> {
        let Some(cbs) = crate::stdlib::gc::callbacks_list() else { return Ok(()) };
        let list = cbs.downcast::<ListData>().map(|l| l.0.borrow().clone()).unwrap_or_default();
        if list.is_empty() {
            return Ok(());
        }
        let info = self.dict();
        if let Some(d) = info.downcast::<DictData>() {
            d.set_str(self.name("generation"), self.int(gen as i64));
            d.set_str(self.name("collected"), self.int(collected as i64));
            d.set_str(self.name("uncollectable"), self.int(uncollectable as i64));
        }
        let p = self.str(phase);
        for cb in list {
            if let Err(e) = self.call(&cb, &[p.clone(), info.clone()]) {
                let _ = self.print_unraisable(e, "Exception ignored in garbage collector callback", &cb);
            }
        }
        Ok(())
    }
}
