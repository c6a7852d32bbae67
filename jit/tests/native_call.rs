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

/// `countdown(n)` on slots (n, scratch): 0 when `n == 0`, else calls the
/// entry whose address is the word at `cell` on an area holding `n - 1`
/// and returns its raw result plus one (as an int); an `n` that is not a
/// small int exits (0); a callee's exit makes this code leave through a
/// `CalleeExit` exit (1).
fn countdown(cell: u64) -> Function {
    let mut f = Function::new("countdown", 2);
    let wn = f.load_slot(0);
    let n = f.guard_int(wn, FrameState::new(0, 0));
    let zero = f.const_i64(0);
    let done = f.int_cmp(pyrite_jit::ir::Cmp::Eq, n, zero);
    let (base, more) = (f.create_block(), f.create_block());
    f.branch(done, base, &[], more, &[]);
    f.switch_to_block(base);
    let w0 = f.box_int(zero, FrameState::new(1, 0));
    f.ret(w0);
    f.switch_to_block(more);
    let one = f.const_i64(1);
    let m = f.int_binary(IntOp::Sub, n, one, Some(FrameState::new(1, 0)));
    let wm = f.box_int(m, FrameState::new(1, 0));
    let area = f.stack_area(2);
    let at0 = f.const_i64(0);
    f.store_elem(area, at0, wm);
    let ctx = f.vm_ctx();
    let p = f.const_boxed(cell);
    let entry = f.load_field(p, 0, pyrite_jit::ir::Type::I64);
    let raw = f.call_entry_at(entry, area, ctx);
    let left = f.load_elem(area, at0);
    f.store_slot(1, left);
    // An exit-tagged word: the callee left.
    let mask = f.const_i64(0xFFFF << 48);
    let top = f.int_binary(IntOp::And, raw, mask, None);
    let tag = f.const_i64(1 << 48);
    let exited = f.int_cmp(pyrite_jit::ir::Cmp::Eq, top, tag);
    let (out, back) = (f.create_block(), f.create_block());
    f.branch(exited, out, &[], back, &[]);
    f.switch_to_block(out);
    f.callee_exit(FrameState::new(2, 0));
    f.switch_to_block(back);
    let r = f.i64_to_word(raw);
    let k = f.guard_int(r, FrameState::new(3, 0));
    let k1 = f.int_binary(IntOp::Add, k, one, Some(FrameState::new(3, 0)));
    let wk = f.box_int(k1, FrameState::new(3, 0));
    f.ret(wk);
    f
}

#[test]
fn call_entry_at_calls_itself_through_a_cell() {
    let mut jit = compiler(base_helpers());
    // The cell's address is fixed (boxed); written before any call.
    let mut cell = Box::new(0u64);
    let code = jit.compile(&countdown(&*cell as *const u64 as u64)).unwrap();
    *cell = code.entry() as usize as u64;
    let mut frame = [int(30), 0];
    // SAFETY: the code reads and writes its 2 slots and its own areas.
    let raw = unsafe { (code.entry())(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(code.status(raw), ExitStatus::Return(int(30)), "30 levels, one each");
    // A float at the bottom: the innermost level exits (0), each level
    // above leaves through its callee exit; the outermost's status says so.
    let mut frame = [float(0.5), 0];
    // SAFETY: as above.
    let raw = unsafe { (code.entry())(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert!(matches!(code.status(raw), ExitStatus::Deopt { exit: 0, .. }), "no call made");
    let exits = code.exits();
    assert!(exits.iter().any(|e| e.reason == pyrite_jit::deopt::DeoptReason::CalleeExit));
}

#[test]
fn call_entry_at_lowers_for_both_architectures() {
    let jit = compiler(base_helpers());
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let bytes = jit.compile_for_target(&countdown(0x1000), triple).unwrap();
        assert!(!bytes.is_empty(), "{triple}");
    }
}
