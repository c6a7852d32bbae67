//! `CompiledCode`: the machine code of one compiled function, its exit
//! table and exit counters.
//!
//! Invariants:
//! - The code lives in a `JITModule` owned by the `CompiledCode`; it is freed
//!   when the `CompiledCode` is dropped, so the entry pointer must not be
//!   called (nor kept) after that.
//! - The exit counters are a boxed slice whose address was baked into the
//!   code: it never moves and outlives the code (fields drop after `Drop`).
//! - `exits[i]` describes exit `i` of the IR function the code came from.

use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};

use cranelift_jit::JITModule;

use crate::abi::{EntryFn, ExitStatus, RawStatus, VmLayout};
use crate::deopt::DeoptReason;

/// One exit of compiled code, for the VM (resume ip) and for logs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitInfo {
    /// Bytecode index to resume at (or unwind from).
    pub ip: u32,
    /// Value-stack depth at `ip`.
    pub stack_depth: u32,
    /// Why it is taken.
    pub reason: DeoptReason,
    /// One-line frame-state summary (`-X jit-log`).
    pub summary: String,
}

/// A compiled function. See the module docs.
pub struct CompiledCode {
    module: Option<JITModule>,
    entry: *const u8,
    counters: Box<[AtomicU32]>,
    exits: Vec<ExitInfo>,
    layout: VmLayout,
    code_size: usize,
    name: String,
    clif: Option<String>,
}

impl CompiledCode {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        module: JITModule,
        entry: *const u8,
        counters: Box<[AtomicU32]>,
        exits: Vec<ExitInfo>,
        layout: VmLayout,
        code_size: usize,
        name: String,
        clif: Option<String>,
    ) -> CompiledCode {
        CompiledCode { module: Some(module), entry, counters, exits, layout, code_size, name, clif }
    }

    /// The entry point. Calling it is `unsafe`: `frame_slots` must point at
    /// a frame with at least the IR function's `num_slots` words, valid as
    /// the IR assumes (guards check only what the IR checks), and `self`
    /// must outlive the call.
    #[inline]
    pub fn entry(&self) -> EntryFn {
        // SAFETY: `entry` is the finalized address of a function compiled
        // with the CLIF signature `(i64, i64) -> i64` in the host's default
        // call convention, which is exactly `EntryFn`'s ABI on 64-bit hosts.
        unsafe { std::mem::transmute::<*const u8, EntryFn>(self.entry) }
    }

    /// Runs the code on a frame and decodes the result.
    ///
    /// # Safety
    /// `frame_slots` must point at `num_slots` valid Value words of a frame
    /// that matches the IR's assumptions, and `vm_ctx` must be what the
    /// helpers the code calls expect.
    #[inline]
    pub unsafe fn call(&self, frame_slots: *mut u64, vm_ctx: *mut c_void) -> ExitStatus {
        // SAFETY: the caller upholds the frame and context contract; the code
        // is alive as long as `self`.
        let raw = unsafe { (self.entry())(frame_slots, vm_ctx) };
        self.status(raw)
    }

    /// Decodes a word returned by the entry, filling in the resume ip.
    #[inline]
    pub fn status(&self, raw: u64) -> ExitStatus {
        match RawStatus::decode(&self.layout, raw) {
            RawStatus::Return(w) => ExitStatus::Return(w),
            RawStatus::Deopt(exit) => ExitStatus::Deopt { exit, ip: self.exit_ip(exit) },
            RawStatus::Error(exit) => ExitStatus::Error { exit, ip: self.exit_ip(exit) },
        }
    }

    #[inline]
    fn exit_ip(&self, exit: u32) -> u32 {
        self.exits.get(exit as usize).map_or(u32::MAX, |e| e.ip)
    }

    /// The exit table, indexed by exit id.
    pub fn exits(&self) -> &[ExitInfo] {
        &self.exits
    }

    /// How many times exit `exit` was taken.
    pub fn exit_count(&self, exit: u32) -> u32 {
        self.counters.get(exit as usize).map_or(0, |c| c.load(Ordering::Relaxed))
    }

    /// Total number of exits taken (`--jit-stats`).
    pub fn total_exit_count(&self) -> u64 {
        self.counters.iter().map(|c| c.load(Ordering::Relaxed) as u64).sum()
    }

    /// Size of the machine code in bytes.
    pub fn code_size(&self) -> usize {
        self.code_size
    }

    /// The IR function's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The CLIF text, if `JitOptions::dump_clif` was set.
    pub fn clif(&self) -> Option<&str> {
        self.clif.as_deref()
    }
}

impl std::fmt::Debug for CompiledCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompiledCode")
            .field("name", &self.name)
            .field("entry", &self.entry)
            .field("code_size", &self.code_size)
            .field("exits", &self.exits.len())
            .finish()
    }
}

impl Drop for CompiledCode {
    fn drop(&mut self) {
        if let Some(m) = self.module.take() {
            // SAFETY: the only pointer into this module's memory is `entry`,
            // private to `self`; callers must not use copies of `entry()`
            // past `self`'s lifetime (documented on `entry`).
            unsafe { m.free_memory() };
        }
    }
}
