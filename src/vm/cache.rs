//! Inline caches of the eval loop (one `InlineCache` per instruction).
//!
//! `LOAD_GLOBAL`: `key` = the globals dict's keys version, `key2` = the
//! builtins dict's keys version (0 when the name was found in globals),
//! `index` = the entry index in whichever dict holds the name. Keys
//! versions are globally unique and change only when keys are added or
//! removed, so a hit reads the current value at the cached entry — a
//! rebinding of the global is seen immediately — and any insertion or
//! deletion (which could shadow a builtin or move entries) forces a miss.

use crate::bytecode::InlineCache;
use crate::error::PyResult;
use crate::object::{DictData, Value};

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// LOAD_GLOBAL through the instruction's inline cache.
    #[inline]
    pub fn load_global_cached(&mut self, f: &Frame, name: &Value, c: &InlineCache) -> PyResult<Value> {
        let g = f.globals.downcast::<DictData>().expect("globals dict");
        let gv = g.keys_version();
        if c.key.get() == gv {
            let k2 = c.key2.get();
            if k2 == 0 {
                if let Some(v) = g.value_at(c.index.get() as usize) {
                    return Ok(v);
                }
            } else if let Some(b) = f.builtins.downcast::<DictData>() {
                if b.keys_version() == k2 {
                    if let Some(v) = b.value_at(c.index.get() as usize) {
                        return Ok(v);
                    }
                }
            }
        }
        self.load_global_fill(f, name, c, g, gv)
    }

    #[cold]
    fn load_global_fill(&mut self, f: &Frame, name: &Value, c: &InlineCache, g: &DictData, gv: u64) -> PyResult<Value> {
        if let Some(ix) = g.name_index(name) {
            c.key.set(gv);
            c.key2.set(0);
            c.index.set(ix as u32);
        } else if let Some(b) = f.builtins.downcast::<DictData>() {
            if let Some(ix) = b.name_index(name) {
                c.key.set(gv);
                c.key2.set(b.keys_version());
                c.index.set(ix as u32);
            }
        }
        self.load_global(f, name)
    }

    /// The inline caches of a code object (allocated on first use).
    #[inline]
    pub fn caches<'c>(&self, code: &'c crate::bytecode::Code) -> &'c [InlineCache] {
        code.inline_caches()
    }

    /// A cleared slot vector of length `n` for a new frame (reused buffers).
    #[inline]
    pub fn take_fast(&mut self, n: usize) -> Vec<Option<Value>> {
        match self.fast_pool.pop() {
            Some(mut v) => {
                // Pooled vectors are empty: a plain fill loop (cheaper than `resize`).
                v.reserve(n);
                for _ in 0..n {
                    v.push(None);
                }
                v
            }
            None => vec![None; n],
        }
    }

    /// An empty value stack with room for `n` values (reused buffers).
    #[inline]
    pub fn take_stack(&mut self, n: usize) -> Vec<Value> {
        match self.stack_pool.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n),
        }
    }

    /// Returns a finished frame's buffers to the pools.
    #[inline]
    pub fn recycle_frame(&mut self, frame: Frame) {
        let Frame { mut fast, mut stack, .. } = frame;
        fast.clear();
        stack.clear();
        if self.fast_pool.len() < 64 {
            self.fast_pool.push(fast);
            self.stack_pool.push(stack);
        }
    }
}
