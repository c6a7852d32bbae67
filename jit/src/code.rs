//! `CompiledCode`: the machine code of one compiled function, its exit
//! table and exit counters.
//!
//! Invariants:
//! - The code lives in a `JITModule` owned by the `CompiledCode`; it is freed
//!   when the `CompiledCode` is dropped, so the entry pointer must not be
//!   called (nor kept) after that.
//! - `exits[i]` describes exit `i` of the IR function the code came from.
//! - Exits are finished here, not in the machine code: an exit's cold block
//!   only stores its frame state (unboxed ints, floats and bools as raw
//!   i64 / f64 bits / 0-1 words) and returns its status; `call` then counts
//!   the exit and boxes the raw slots listed in `unboxed[exit]` (a big int
//!   through the `box_big_int` helper). This keeps the per-exit code small,
//!   which is most of what Cranelift spends its time on.

use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};

use cranelift_jit::JITModule;

use crate::abi::{EntryFn, ExitStatus, RawStatus, VmLayout};
use crate::deopt::DeoptReason;

/// How an exit left an unboxed value in a frame slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RawKind {
    /// An `i64`.
    Int,
    /// The IEEE bits of an `f64`.
    Float,
    /// 0 or 1.
    Bool,
}

/// The signature of the `box_big_int` helper.
type BoxBigIntFn = extern "C" fn(i64) -> u64;

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
    unboxed: Vec<Box<[(u32, RawKind)]>>,
    box_big_int: *const u8,
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
        unboxed: Vec<Box<[(u32, RawKind)]>>,
        box_big_int: *const u8,
        layout: VmLayout,
        code_size: usize,
        name: String,
        clif: Option<String>,
    ) -> CompiledCode {
        CompiledCode { module: Some(module), entry, counters, exits, unboxed, box_big_int, layout, code_size, name, clif }
    }

    /// The entry point. Calling it is `unsafe`: `frame_slots` must point at
    /// a frame with at least the IR function's `num_slots` words, valid as
    /// the IR assumes (guards check only what the IR checks), and `self`
    /// must outlive the call. A raw call leaves an exit unfinished (raw
    /// slots, not counted): use `call`, or `finish_exit` on its result.
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
        match self.status(raw) {
            ExitStatus::Return(w) => ExitStatus::Return(w),
            // SAFETY: forwarded from the caller: the slots are the ones the
            // code just wrote its exit state into.
            other => unsafe { self.finish_exit(frame_slots, other) },
        }
    }

    /// Finishes an exit returned by a raw call of `entry()`: counts it and
    /// boxes the slots it left unboxed. A big int that cannot be boxed turns
    /// the exit into an error exit (exception pending) and leaves `None` in
    /// the slots not boxed.
    ///
    /// # Safety
    /// `frame_slots` must be the slot array the code returned `st` from,
    /// and this must be called once per exit.
    #[cold]
    pub unsafe fn finish_exit(&self, frame_slots: *mut u64, st: ExitStatus) -> ExitStatus {
        let (ExitStatus::Deopt { exit, ip } | ExitStatus::Error { exit, ip }) = st else {
            return st;
        };
        if let Some(c) = self.counters.get(exit as usize) {
            c.fetch_add(1, Ordering::Relaxed);
        }
        let l = &self.layout;
        let mut failed = false;
        for &(slot, kind) in self.unboxed.get(exit as usize).map_or(&[][..], |u| &u[..]) {
            // SAFETY: the exit's frame state wrote this slot, so it lies in
            // the caller's slot array.
            let p = unsafe { frame_slots.add(slot as usize) };
            // SAFETY: as above, `p` is a valid, aligned word.
            let raw = unsafe { p.read() };
            let w = if failed {
                l.none_word
            } else {
                match kind {
                    RawKind::Int => {
                        let x = raw as i64;
                        let s = 64 - l.int_payload_bits;
                        if (x << s) >> s == x {
                            (raw & ((1u64 << l.int_payload_bits) - 1)) | l.int_tag
                        } else {
                            // SAFETY: `box_big_int` is the VM's helper with
                            // this signature (checked when the compiler was
                            // made), in the C call convention.
                            let f = unsafe { std::mem::transmute::<*const u8, BoxBigIntFn>(self.box_big_int) };
                            let w = f(x);
                            failed = w == 0;
                            if failed {
                                l.none_word
                            } else {
                                w
                            }
                        }
                    }
                    RawKind::Float => {
                        let bits = if f64::from_bits(raw).is_nan() { (raw & (1 << 63)) | l.canonical_nan_bits } else { raw };
                        bits.wrapping_add(l.double_offset)
                    }
                    RawKind::Bool => {
                        if raw & 0xFF != 0 {
                            l.true_word
                        } else {
                            l.false_word
                        }
                    }
                }
            };
            // SAFETY: as above.
            unsafe { p.write(w) };
        }
        if failed {
            ExitStatus::Error { exit, ip }
        } else {
            st
        }
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
