//! Native calls between compiled functions: a caller fills a stack area
//! (`stack_area`, `store_elem`), calls another compiled entry on it
//! (`call_entry`) and reads the raw result and what the callee left in the
//! area; on both backends.

mod common;

use common::*;
use pyrite_jit::abi::ExitStatus;
use pyrite_jit::deopt::FrameState;
use pyrite_jit::ir::{Function, IntOp};

/// `c = a + b; return c` on slots (a, b, c), int `a` guarded (exit 0).
fn callee() -> Function {
    let mut f = Function::new("callee", 3);
    let wa = f.load_slot(0);
    let a = f.guard_int(wa, FrameState::new(0, 0));
    let wb = f.load_slot(1);
    let b = f.guard_int(wb, FrameState::new(0, 0));
    let c = f.int_binary(IntOp::Add, a, b, Some(FrameState::new(1, 0)));
    let wc = f.box_int(c, FrameState::new(1, 0));
    f.store_slot(2, wc);
    f.ret(wc);
    f
}

/// Calls the entry at `entry` on an area holding slots 0 and 1 and an
/// empty third slot; slot 2 gets the area's third word, slot 3 the raw
/// result (as a word), and the raw result is returned.
fn caller(entry: u64) -> Function {
    let mut f = Function::new("caller", 4);
    let area = f.stack_area(3);
    for i in 0..2 {
        let w = f.load_slot(i);
        let at = f.const_i64(i as i64);
        f.store_elem(area, at, w);
    }
    let (two, empty) = (f.const_i64(2), f.const_boxed(0));
    f.store_elem(area, two, empty);
    let ctx = f.vm_ctx();
    let raw = f.call_entry(entry, area, ctx);
    let left = f.load_elem(area, two);
    f.store_slot(2, left);
    let w = f.i64_to_word(raw);
    f.store_slot(3, w);
    f.ret(w);
    f
}

#[test]
fn call_entry_runs_the_callee_on_the_area() {
    let mut jit = compiler(base_helpers());
    let inner = jit.compile(&callee()).unwrap();
    let outer = jit.compile(&caller(inner.entry() as usize as u64)).unwrap();
    let mut frame = [int(40), int(2), 0, 0];
    // SAFETY: the caller reads and writes its 4 slots and its own area; the
    // callee is alive for the call.
    let raw = unsafe { (outer.entry())(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(inner.status(raw), ExitStatus::Return(int(42)));
    assert_eq!(frame[2], int(42), "the callee's slot 2 as it left it");
    // A guard failure in the callee: its raw exit status comes back.
    let mut frame = [float(1.5), int(2), 0, 0];
    // SAFETY: as above.
    let raw = unsafe { (outer.entry())(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert!(matches!(inner.status(raw), ExitStatus::Deopt { exit: 0, .. }));
    assert_eq!(frame[2], 0, "the callee exited before writing slot 2");
}

#[test]
fn native_calls_lower_for_both_architectures() {
    let jit = compiler(base_helpers());
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let bytes = jit.compile_for_target(&caller(0x1000), triple).unwrap();
        assert!(!bytes.is_empty(), "{triple}");
    }
}

#[test]
fn empty_area_is_declined() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("bad", 1);
    let area = f.stack_area(0);
    f.ret(area);
    assert!(jit.compile(&f).is_err());
}
