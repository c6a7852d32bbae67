//! Operation tests: Python int division and shifts, helper calls (plain,
//! float, VM context, fallible, recursive through compiled code), object
//! guards, type tests, refcounting, list access, sequence indices and IR
//! validation.

mod common;

use std::ffi::c_void;

use common::*;
use pyrite_jit::abi::{AbiType, EntryFn, ExitStatus, HelperTable, Signature};
use pyrite_jit::deopt::{DeoptReason, FrameState, ValueSource as S};
use pyrite_jit::ir::{Cmp, FloatOp, Function, IntOp, Type};
use pyrite_jit::{CompiledCode, JitError};

fn run(code: &CompiledCode, frame: &mut [u64]) -> ExitStatus {
    run_ctx(code, frame, std::ptr::null_mut())
}

fn run_ctx(code: &CompiledCode, frame: &mut [u64], ctx: *mut c_void) -> ExitStatus {
    // SAFETY: every test function below declares at most `frame.len()` slots
    // and the helpers accept `ctx`.
    unsafe { code.call(frame.as_mut_ptr(), ctx) }
}

/// `return slot0 <op> slot1`; exits at ip 5 with both operands on the stack
/// (slots 2, 3).
fn binop(op: IntOp) -> Function {
    let mut f = Function::new("binop", 4);
    let (wa, wb) = (f.load_slot(0), f.load_slot(1));
    let a = f.guard_int(wa, FrameState::new(5, 2));
    let b = f.guard_int(wb, FrameState::new(5, 2));
    let st = FrameState::new(5, 2).with(2, S::Int(a)).with(3, S::Int(b));
    let r = f.int_binary(op, a, b, Some(st));
    let w = f.box_int(r, FrameState::new(6, 1));
    f.ret(w);
    f
}

#[test]
fn floor_div_and_mod_follow_python() {
    let mut jit = compiler(base_helpers());
    let div = jit.compile(&binop(IntOp::FloorDiv)).unwrap();
    let md = jit.compile(&binop(IntOp::Mod)).unwrap();
    for (a, b) in [(7i64, 2i64), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (5, -1), (-(1 << 47), -1)] {
        let q = a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 };
        let q = if b > 0 { a.div_euclid(b) } else { q };
        let r = a - q * b;
        let ExitStatus::Return(wq) = run(&div, &mut [int(a), int(b), 0, 0]) else { panic!("{a} // {b}") };
        assert_eq!(int_value(wq), q, "{a} // {b}");
        assert_eq!(run(&md, &mut [int(a), int(b), 0, 0]), ExitStatus::Return(int(r)), "{a} % {b}");
    }
}

#[test]
fn division_by_zero_exits_instead_of_trapping() {
    let mut jit = compiler(base_helpers());
    for op in [IntOp::FloorDiv, IntOp::Mod] {
        let code = jit.compile(&binop(op)).unwrap();
        let mut frame = [int(7), int(0), int(99), int(99)];
        let st = run(&code, &mut frame);
        let ExitStatus::Deopt { exit, ip } = st else { panic!("{st:?}") };
        assert_eq!(ip, 5);
        assert_eq!(code.exits()[exit as usize].reason, DeoptReason::ZeroDivision);
        assert_eq!(frame, [int(7), int(0), int(7), int(0)]);
    }
    // Float division by zero too.
    let mut f = Function::new("fdiv", 2);
    let (wa, wb) = (f.load_slot(0), f.load_slot(1));
    let a = f.guard_float(wa, FrameState::new(0, 0));
    let b = f.guard_float(wb, FrameState::new(0, 0));
    let q = f.float_binary(FloatOp::Div, a, b, Some(FrameState::new(3, 0)));
    let w = f.box_float(q);
    f.ret(w);
    let code = jit.compile(&f).unwrap();
    assert_eq!(run(&code, &mut [float(1.0), float(4.0)]), ExitStatus::Return(float(0.25)));
    assert_eq!(run(&code, &mut [float(1.0), float(-0.0)]), ExitStatus::Deopt { exit: 2, ip: 3 });
}

#[test]
fn shifts_and_bit_ops() {
    let mut jit = compiler(base_helpers());
    let shl = jit.compile(&binop(IntOp::Shl)).unwrap();
    let shr = jit.compile(&binop(IntOp::Shr)).unwrap();
    let xor = jit.compile(&binop(IntOp::Xor)).unwrap();
    assert_eq!(run(&shl, &mut [int(3), int(4), 0, 0]), ExitStatus::Return(int(48)));
    assert_eq!(run(&shl, &mut [int(-3), int(4), 0, 0]), ExitStatus::Return(int(-48)));
    // Overflowing or negative shifts exit.
    assert!(matches!(run(&shl, &mut [int(1), int(70), 0, 0]), ExitStatus::Deopt { ip: 5, .. }));
    assert!(matches!(run(&shl, &mut [int(3), int(62), 0, 0]), ExitStatus::Deopt { ip: 5, .. }));
    assert!(matches!(run(&shl, &mut [int(3), int(-1), 0, 0]), ExitStatus::Deopt { ip: 5, .. }));
    assert_eq!(run(&shr, &mut [int(-17), int(2), 0, 0]), ExitStatus::Return(int(-5)));
    assert_eq!(run(&shr, &mut [int(-17), int(100), 0, 0]), ExitStatus::Return(int(-1)));
    assert_eq!(run(&shr, &mut [int(17), int(100), 0, 0]), ExitStatus::Return(int(0)));
    assert!(matches!(run(&shr, &mut [int(1), int(-2), 0, 0]), ExitStatus::Deopt { ip: 5, .. }));
    assert_eq!(run(&xor, &mut [int(12), int(10), 0, 0]), ExitStatus::Return(int(6)));
}

extern "C" fn may_fail(x: u64) -> u64 {
    if as_int(x) == Some(13) {
        0
    } else {
        int(as_int(x).unwrap() * 10)
    }
}

extern "C" fn hypot(a: f64, b: f64) -> f64 {
    a.hypot(b)
}

extern "C" fn bump_ctx(ctx: *mut c_void, by: i64) -> i64 {
    // SAFETY: tests pass a pointer to a live i64 as the VM context.
    let c = unsafe { &mut *(ctx as *mut i64) };
    *c += by;
    *c
}

#[test]
fn helper_calls_and_error_exit() {
    let mut h = base_helpers();
    let fail_id = h.add("may_fail", may_fail as *const u8, Signature::new(&[AbiType::Word], Some(AbiType::Word)).fallible(0));
    let hyp = h.add("hypot", hypot as *const u8, Signature::new(&[AbiType::F64, AbiType::F64], Some(AbiType::F64)));
    let bump = h.add("bump", bump_ctx as *const u8, Signature::new(&[AbiType::Ptr, AbiType::I64], Some(AbiType::I64)));
    let mut jit = compiler(h);

    let mut f = Function::new("calls", 3);
    let w = f.load_slot(0);
    let st = FrameState::new(7, 1).with(1, S::Boxed(w));
    let r = f.call_helper(fail_id, &[w], Some(Type::Boxed), Some(st)).unwrap();
    let a = f.const_f64(3.0);
    let b = f.const_f64(4.0);
    let hy = f.call_helper(hyp, &[a, b], Some(Type::F64), None).unwrap();
    let hw = f.box_float(hy);
    f.store_slot(2, hw);
    let ctx = f.vm_ctx();
    let five = f.const_i64(5);
    let c = f.call_helper(bump, &[ctx, five], Some(Type::I64), None).unwrap();
    let cw = f.box_int(c, FrameState::new(8, 0));
    f.store_slot(1, cw);
    f.ret(r);
    let code = jit.compile(&f).unwrap();

    let mut counter: i64 = 100;
    let ctxp = &mut counter as *mut i64 as *mut c_void;
    let mut frame = [int(4), 0, 0];
    assert_eq!(run_ctx(&code, &mut frame, ctxp), ExitStatus::Return(int(40)));
    assert_eq!(frame[2], float(5.0));
    assert_eq!(frame[1], int(105));
    assert_eq!(counter, 105);

    let mut frame = [int(13), 0, 0];
    let st = run_ctx(&code, &mut frame, ctxp);
    let ExitStatus::Error { exit, ip } = st else { panic!("{st:?}") };
    assert_eq!(ip, 7);
    assert_eq!(code.exits()[exit as usize].reason, DeoptReason::HelperError);
    assert_eq!(frame, [int(13), int(13), 0], "frame written back before the error exit");
    assert_eq!(counter, 105, "no helper ran after the failure");
}

/// The VM context of the fib test: the compiled entry.
struct FibCtx {
    entry: Option<EntryFn>,
    calls: u32,
}

extern "C" fn call_fib(ctx: *mut c_void, n: u64) -> u64 {
    // SAFETY: the test passes a live `FibCtx` as the VM context.
    let cx = unsafe { &mut *(ctx as *mut FibCtx) };
    cx.calls += 1;
    let entry = cx.entry.expect("entry set");
    let mut frame = [n, 0];
    // SAFETY: `fib` takes two slots; the code outlives the test's calls.
    let raw = unsafe { entry(frame.as_mut_ptr(), ctx) };
    // Any exit status is a failure for this helper.
    if raw >> 48 == 0x0001 {
        0
    } else {
        raw
    }
}

#[test]
fn recursive_fib_through_helper() {
    let mut h = base_helpers();
    let rec = h.add("call_fib", call_fib as *const u8, Signature::new(&[AbiType::Ptr, AbiType::Word], Some(AbiType::Word)).fallible(0));
    let mut jit = compiler(h);
    let mut f = Function::new("fib", 2);
    let base = f.create_block();
    let recb = f.create_block();
    let w = f.load_slot(0);
    let n = f.guard_int(w, FrameState::new(0, 0));
    let two = f.const_i64(2);
    let small = f.int_cmp(Cmp::Lt, n, two);
    f.branch(small, base, &[], recb, &[]);
    f.switch_to_block(base);
    f.ret(w);
    f.switch_to_block(recb);
    let ctx = f.vm_ctx();
    let one = f.const_i64(1);
    let n1 = f.int_binary(IntOp::Sub, n, one, Some(FrameState::new(1, 0)));
    let n2 = f.int_binary(IntOp::Sub, n, two, Some(FrameState::new(1, 0)));
    let w1 = f.box_int(n1, FrameState::new(2, 0));
    let w2 = f.box_int(n2, FrameState::new(2, 0));
    let r1 = f.call_helper(rec, &[ctx, w1], Some(Type::Boxed), Some(FrameState::new(3, 0))).unwrap();
    let r2 = f.call_helper(rec, &[ctx, w2], Some(Type::Boxed), Some(FrameState::new(4, 1).with(1, S::Boxed(r1)))).unwrap();
    let i1 = f.guard_int(r1, FrameState::new(5, 0));
    let i2 = f.guard_int(r2, FrameState::new(5, 0));
    let s = f.int_binary(IntOp::Add, i1, i2, Some(FrameState::new(5, 0)));
    let ws = f.box_int(s, FrameState::new(6, 0));
    f.ret(ws);
    let code = jit.compile(&f).unwrap();
    let mut cx = FibCtx { entry: Some(code.entry()), calls: 0 };
    let mut frame = [int(20), 0];
    let st = run_ctx(&code, &mut frame, &mut cx as *mut FibCtx as *mut c_void);
    assert_eq!(st, ExitStatus::Return(int(6765)));
    assert_eq!(cx.calls, 21890);
}

#[test]
fn object_guards_refcounts_and_lists() {
    let mut jit = compiler(base_helpers());
    let a = new_obj(0x77, 1);
    let mut f = Function::new("objs", 3);
    let w = f.load_slot(0);
    f.guard_type(w, 0x77, FrameState::new(1, 0));
    f.guard_version(w, 24, 3, FrameState::new(2, 0));
    let l = f.load_slot(1);
    f.guard_is(l, 0, FrameState::new(3, 0)); // patched below
    let wi = f.load_slot(2);
    let i = f.guard_int(wi, FrameState::new(4, 0));
    let item = f.list_load(l, i, FrameState::new(5, 0));
    let old = f.list_store(l, i, w, FrameState::new(6, 0));
    f.incref(w);
    f.incref(item);
    f.decref(old);
    let t = f.truthy(item, FrameState::new(7, 0));
    let tb = f.box_bool(t);
    f.ret(tb);

    let mut items = vec![int(0), int(5), new_obj(0x99, 1)];
    let list = Box::into_raw(Box::new(FakeList { refcnt: 1, ty: 0x4C, items: items.as_mut_ptr(), len: 3 })) as u64;
    if let pyrite_jit::ir::InstKind::GuardIs(_, ref mut word, _) = f.blocks[0].insts[4].kind {
        *word = list;
    } else {
        panic!("instruction layout changed");
    }
    let code = jit.compile(&f).unwrap();
    // SAFETY: `a` points at a leaked FakeObj; the code only reads it.
    unsafe { (*(a as *mut FakeObj)).version = 3 };

    // list[1] (= 5, truthy) replaced by `a`.
    let deallocs = DEALLOCS.with(|c| c.get());
    assert_eq!(run(&code, &mut [a, list, int(1)]), ExitStatus::Return(layout().true_word));
    assert_eq!(items[1], a);
    assert_eq!(obj(a).refcnt, 2);
    // list[-3] (= 0, falsy) replaced too.
    assert_eq!(run(&code, &mut [a, list, int(-3)]), ExitStatus::Return(layout().false_word));
    assert_eq!(obj(a).refcnt, 3);
    // list[-1] is a mortal object with refcount 1: borrowed (+1) and dropped
    // from the list (-1), then its truth is unknown -> exit.
    let third = items[2];
    assert!(matches!(run(&code, &mut [a, list, int(-1)]), ExitStatus::Deopt { ip: 7, .. }));
    assert_eq!(obj(third).refcnt, 1);
    assert_eq!(obj(a).refcnt, 4);
    // Store `a` over `a`: +1 (stored) +1 (item) -1 (old), no dealloc.
    assert!(matches!(run(&code, &mut [a, list, int(0)]), ExitStatus::Deopt { ip: 7, .. }));
    assert_eq!(obj(a).refcnt, 5);
    assert_eq!(DEALLOCS.with(|c| c.get()), deallocs);
    // Out of bounds.
    assert!(matches!(run(&code, &mut [a, list, int(3)]), ExitStatus::Deopt { ip: 5, .. }));
    assert!(matches!(run(&code, &mut [a, list, int(-4)]), ExitStatus::Deopt { ip: 5, .. }));
    // Guard failures: type, version, identity.
    assert!(matches!(run(&code, &mut [int(1), list, int(0)]), ExitStatus::Deopt { ip: 1, .. }));
    assert!(matches!(run(&code, &mut [new_obj(0x78, 1), list, int(0)]), ExitStatus::Deopt { ip: 1, .. }));
    let b = new_obj(0x77, 1);
    assert!(matches!(run(&code, &mut [b, list, int(0)]), ExitStatus::Deopt { ip: 2, .. }));
    assert!(matches!(run(&code, &mut [a, a, int(0)]), ExitStatus::Deopt { ip: 3, .. }));
}

#[test]
fn has_type_and_seq_index_never_exit() {
    // return has_type(slot0, 0x4C) ? int(seq_index(slot1, slot2)) : None
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("seq", 3);
    let w = f.load_slot(0);
    let is = f.has_type(w, 0x4C);
    let (yes, no) = (f.create_block(), f.create_block());
    f.branch(is, yes, &[], no, &[]);
    f.switch_to_block(yes);
    let (wi, wn) = (f.load_slot(1), f.load_slot(2));
    let i = f.guard_int(wi, FrameState::new(1, 0));
    let n = f.guard_int(wn, FrameState::new(2, 0));
    let j = f.seq_index(i, n);
    let r = f.box_int(j, FrameState::new(3, 0));
    f.ret(r);
    f.switch_to_block(no);
    let none = f.const_boxed(layout().none_word);
    f.ret(none);
    let code = jit.compile(&f).unwrap();
    let l = new_obj(0x4C, 1);
    let idx = |i: i64, n: i64| match run(&code, &mut [l, int(i), int(n)]) {
        ExitStatus::Return(w) => as_int(w).unwrap(),
        other => panic!("unexpected {other:?}"),
    };
    assert_eq!([idx(0, 3), idx(2, 3), idx(-1, 3), idx(-3, 3)], [0, 2, 2, 0]);
    assert_eq!([idx(3, 3), idx(-4, 3), idx(0, 0), idx(-1, 0)], [-1, -1, -1, -1]);
    assert_eq!([idx(-(1 << 47), 5), idx((1 << 47) - 1, 5), idx(-5, 5), idx(-6, 5)], [-1, -1, 0, -1]);
    // Another type or a non-pointer word (int, float): None, no exit.
    for w in [new_obj(0x4D, 1), int(7), int(0), float(1.5), float(0.0)] {
        assert_eq!(run(&code, &mut [w, int(0), int(1)]), ExitStatus::Return(layout().none_word));
    }
}

#[test]
fn decref_to_zero_calls_dealloc_and_immortals_are_skipped() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("drop", 2);
    let w = f.load_slot(0);
    f.decref(w);
    let v = f.load_slot(1);
    f.incref(v);
    f.decref(v);
    f.decref(v);
    let none = f.const_boxed(layout().none_word);
    f.ret(none);
    let code = jit.compile(&f).unwrap();
    let o = new_obj(1, 1);
    let before = DEALLOCS.with(|c| c.get());
    assert_eq!(run(&code, &mut [o, word_of(&TRUE_OBJ)]), ExitStatus::Return(layout().none_word));
    assert_eq!(DEALLOCS.with(|c| c.get()), before + 1);
    assert_eq!(TRUE_OBJ.refcnt(), IMMORTAL);
    // Non-pointers are skipped.
    assert_eq!(run(&code, &mut [int(3), float(1.5)]), ExitStatus::Return(layout().none_word));
    assert_eq!(DEALLOCS.with(|c| c.get()), before + 1);
}

/// The branch-free immortal check at its edges: the interpreter's rule
/// (`rc < threshold` changes, anything else is left as is).
#[test]
fn refcounts_at_the_immortal_threshold() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("edges", 2);
    let a = f.load_slot(0);
    f.incref(a);
    let b = f.load_slot(1);
    f.decref(b);
    let none = f.const_boxed(layout().none_word);
    f.ret(none);
    let code = jit.compile(&f).unwrap();
    let before = DEALLOCS.with(|c| c.get());
    for (rc, inc, dec) in [
        (IMMORTAL - 2, IMMORTAL - 1, IMMORTAL - 3),
        (IMMORTAL - 1, IMMORTAL, IMMORTAL - 2),
        (IMMORTAL, IMMORTAL, IMMORTAL),
        (2 * IMMORTAL, 2 * IMMORTAL, 2 * IMMORTAL),
        (usize::MAX, usize::MAX, usize::MAX),
        (1, 2, 0),
    ] {
        let (x, y) = (new_obj(7, rc), new_obj(7, rc));
        assert_eq!(run(&code, &mut [x, y]), ExitStatus::Return(layout().none_word));
        assert_eq!((obj(x).refcnt, obj(y).refcnt), (inc, dec), "refcount {rc:#x}");
    }
    // Only the decref from 1 reached zero.
    assert_eq!(DEALLOCS.with(|c| c.get()), before + 1);
}

#[test]
fn boxing_big_ints_and_nans() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("box", 2);
    let w = f.load_slot(0);
    let i = f.guard_int(w, FrameState::new(0, 0));
    let k = f.const_i64(1 << 20);
    let p = f.int_binary(IntOp::Mul, i, k, Some(FrameState::new(1, 0)));
    let b = f.box_int(p, FrameState::new(2, 1).with(1, S::Int(p)));
    let x = f.int_to_float(i);
    let z = f.const_f64(0.0);
    let r = f.float_sqrt(x, FrameState::new(3, 0));
    let nan = f.float_binary(FloatOp::Mul, r, z, None);
    let inf = f.const_f64(f64::INFINITY);
    let nan = f.float_binary(FloatOp::Add, nan, inf, None);
    let nan = f.float_binary(FloatOp::Sub, nan, inf, None);
    let nw = f.box_float(nan);
    f.store_slot(1, nw);
    f.ret(b);
    let code = jit.compile(&f).unwrap();
    let mut frame = [int(1 << 40), 0];
    let ExitStatus::Return(w) = run(&code, &mut frame) else { panic!() };
    assert_eq!(int_value(w), 1 << 60);
    let n = as_float(frame[1]).unwrap();
    assert!(n.is_nan());
    // Canonical quiet NaN, sign kept.
    assert_eq!(n.to_bits() & !(1 << 63), 0x7FF8_0000_0000_0000);
    // sqrt of a negative number is a math-domain exit; small products stay inline.
    assert_eq!(run(&code, &mut [int(-1), 0]), ExitStatus::Deopt { exit: 3, ip: 3 });
    assert_eq!(run(&code, &mut [int(-(1 << 27)), 0]), ExitStatus::Deopt { exit: 3, ip: 3 });
    assert_eq!(run(&code, &mut [int(1 << 26), 0]), ExitStatus::Return(int(1 << 46)));
    // The helper failing is an error exit with the frame written back.
    BIG_INT_FAIL.with(|b| b.set(true));
    let st = run(&code, &mut frame);
    BIG_INT_FAIL.with(|b| b.set(false));
    assert!(matches!(st, ExitStatus::Error { ip: 2, .. }), "{st:?}");
}

#[test]
fn malformed_ir_is_declined() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("bad", 1);
    let x = f.const_f64(1.0);
    let y = f.const_i64(1);
    let _ = f.int_binary(IntOp::And, x, y, None);
    let n = f.const_boxed(layout().none_word);
    f.ret(n);
    assert!(matches!(jit.compile(&f), Err(JitError::InvalidIr(_))));

    let mut f = Function::new("bad_slot", 1);
    let w = f.load_slot(3);
    f.ret(w);
    assert!(matches!(jit.compile(&f), Err(JitError::InvalidIr(_))));

    let mut f = Function::new("unterminated", 1);
    let _ = f.const_i64(1);
    assert!(matches!(jit.compile(&f), Err(JitError::InvalidIr(_))));

    // Dominance violations are caught by the verifier (on explicitly: it is
    // off by default in release builds).
    let opts = pyrite_jit::JitOptions { verify: true, ..Default::default() };
    let mut jit = pyrite_jit::JitCompiler::with_options(layout(), base_helpers(), opts).expect("compiler");
    let mut f = Function::new("dominance", 1);
    let a = f.create_block();
    let b = f.create_block();
    let c = f.const_bool(true);
    f.branch(c, a, &[], b, &[]);
    f.switch_to_block(a);
    let v = f.const_boxed(layout().none_word);
    f.jump(b, &[]);
    f.switch_to_block(b);
    f.ret(v);
    assert!(matches!(jit.compile(&f), Err(JitError::Verifier(_))), "{:?}", jit.compile(&f).err());

    let missing = HelperTable::new();
    assert!(matches!(pyrite_jit::JitCompiler::new(layout(), missing), Err(JitError::Layout(_))));
}

#[test]
fn unconditional_deopt_and_truthy_of_ints_floats() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("truth", 2);
    let yes = f.create_block();
    let no = f.create_block();
    let w = f.load_slot(0);
    let t = f.truthy(w, FrameState::new(0, 0));
    f.branch(t, yes, &[], no, &[]);
    f.switch_to_block(yes);
    let one = f.const_boxed(int(1));
    f.ret(one);
    f.switch_to_block(no);
    f.deopt(FrameState::new(9, 1).with(1, S::Const(int(42))));
    let code = jit.compile(&f).unwrap();
    for (w, truthy) in [(int(3), true), (int(0), false), (float(0.5), true), (float(-0.0), false), (float(f64::NAN), true)] {
        let mut frame = [w, 0];
        let st = run(&code, &mut frame);
        if truthy {
            assert_eq!(st, ExitStatus::Return(int(1)));
        } else {
            assert_eq!(st, ExitStatus::Deopt { exit: 1, ip: 9 });
            assert_eq!(frame[1], int(42));
        }
    }
    assert_eq!(code.exits()[1].reason, DeoptReason::Unsupported);
    assert!(code.exits()[1].summary.contains("ip=9"));
}
