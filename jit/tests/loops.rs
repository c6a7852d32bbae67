//! Loop tests: int sums with overflow exits, a float (mandelbrot) loop,
//! guard failures, the CLIF dump and cross-target compilation.

mod common;

use common::*;
use pyrite_jit::abi::ExitStatus;
use pyrite_jit::deopt::{DeoptReason, FrameState, ValueSource as S};
use pyrite_jit::ir::{Cmp, FloatOp, Function, IntOp, Type};

/// `total = slot1; for i in range(slot0): total += i*i*i (cube) or i; return total`.
/// Frame: 0 = n, 1 = total, 2 = i, 3..5 = value stack.
fn sum_loop(cubes: bool) -> Function {
    let mut f = Function::new(if cubes { "sum_cubes" } else { "sum" }, 6);
    let header = f.create_block();
    let i = f.append_block_param(header, Type::I64);
    let t = f.append_block_param(header, Type::I64);
    let body = f.create_block();
    let done = f.create_block();
    let td = f.append_block_param(done, Type::I64);

    let wn = f.load_slot(0);
    let n = f.guard_int(wn, FrameState::new(0, 0));
    let wt = f.load_slot(1);
    let t0 = f.guard_int(wt, FrameState::new(0, 0));
    let zero = f.const_i64(0);
    f.jump(header, &[zero, t0]);

    f.switch_to_block(header);
    let c = f.int_cmp(Cmp::Lt, i, n);
    f.branch(c, body, &[], done, &[t]);

    f.switch_to_block(body);
    let st = |ip: u32| FrameState::new(ip, 0).with(1, S::Int(t)).with(2, S::Int(i));
    let term = if cubes {
        let sq = f.int_binary(IntOp::Mul, i, i, Some(st(8)));
        f.int_binary(IntOp::Mul, sq, i, Some(st(9)))
    } else {
        i
    };
    let add_state = FrameState::new(10, 2).with(1, S::Int(t)).with(2, S::Int(i)).with(3, S::Int(t)).with(4, S::Int(term));
    let t2 = f.int_binary(IntOp::Add, t, term, Some(add_state));
    let one = f.const_i64(1);
    let i2 = f.int_binary(IntOp::Add, i, one, Some(st(12)));
    f.jump(header, &[i2, t2]);

    f.switch_to_block(done);
    let w = f.box_int(td, FrameState::new(20, 0).with(1, S::Int(td)));
    f.ret(w);
    f
}

#[test]
fn sum_range_unboxed() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&sum_loop(false)).unwrap();
    assert!(code.code_size() > 0);
    for n in [0i64, 1, 10, 1000, 100_000] {
        let mut frame = [int(n), int(0), int(0), int(0), int(0), int(0)];
        // SAFETY: the frame has the 6 slots the function declares.
        let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(st, ExitStatus::Return(int(n * (n - 1) / 2)), "n={n}");
    }
    assert_eq!(code.total_exit_count(), 0);
}

#[test]
fn sum_result_beyond_48_bits_is_boxed_by_helper() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&sum_loop(false)).unwrap();
    let n = 1i64 << 25; // sum ~ 2^49
    let mut frame = [int(n), int(0), int(0), int(0), int(0), int(0)];
    let before = BIG_INTS.with(|c| c.get());
    // SAFETY: 6-slot frame.
    let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
    let ExitStatus::Return(w) = st else { panic!("{st:?}") };
    assert_eq!(obj(w).ty, BIG_INT_TY);
    assert_eq!(int_value(w), n * (n - 1) / 2);
    assert_eq!(BIG_INTS.with(|c| c.get()), before + 1);
}

#[test]
fn sum_of_cubes_overflow_exit_writes_back_frame() {
    let mut jit = compiler(base_helpers());
    let f = sum_loop(true);
    let code = jit.compile(&f).unwrap();
    // Expected: first i where total + i^3 overflows i64.
    let (mut t, mut i) = (0i64, 0i64);
    loop {
        let cube = i * i * i;
        match t.checked_add(cube) {
            Some(x) => t = x,
            None => break,
        }
        i += 1;
    }
    let cube = i * i * i;
    let mut frame = [int(200_000), int(0), int(0), int(0), int(0), int(0)];
    // SAFETY: 6-slot frame.
    let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
    let ExitStatus::Deopt { exit, ip } = st else { panic!("{st:?}") };
    assert_eq!(ip, 10);
    assert_eq!(code.exits()[exit as usize].reason, DeoptReason::Overflow);
    assert_eq!(code.exits()[exit as usize].stack_depth, 2);
    assert_eq!(code.exit_count(exit), 1);
    assert_eq!(frame[0], int(200_000), "slot 0 unchanged");
    assert_eq!(int_value(frame[1]), t);
    assert!(as_int(frame[1]).is_none(), "total does not fit 48 bits: boxed as a big int");
    assert_eq!(frame[2], int(i));
    assert_eq!(int_value(frame[3]), t);
    assert_eq!(int_value(frame[4]), cube);
    assert_eq!(frame[5], int(0), "slot past the state unchanged");
}

#[test]
fn guard_failure_deopts_with_frame_intact() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&sum_loop(false)).unwrap();
    let mut frame = [float(10.0), int(0), int(7), int(0), int(0), int(0)];
    let orig = frame;
    // SAFETY: 6-slot frame.
    let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(st, ExitStatus::Deopt { exit: 0, ip: 0 });
    assert_eq!(code.exits()[0].reason, DeoptReason::NotInt);
    assert_eq!(frame, orig);
    assert_eq!(code.exit_count(0), 1);
    assert_eq!(code.total_exit_count(), 1);
}

/// Mandelbrot escape count for c = (slot0, slot1), at most slot2 iterations.
fn mandel() -> Function {
    let mut f = Function::new("mandel", 3);
    let lp = f.create_block();
    let (zr, zi, k) = (f.append_block_param(lp, Type::F64), f.append_block_param(lp, Type::F64), f.append_block_param(lp, Type::I64));
    let body = f.create_block();
    let out = f.create_block();
    let ko = f.append_block_param(out, Type::I64);

    let st = FrameState::new(0, 0);
    let (w0, w1, w2) = (f.load_slot(0), f.load_slot(1), f.load_slot(2));
    let cr = f.guard_float(w0, st.clone());
    let ci = f.guard_float(w1, st.clone());
    let max = f.guard_int(w2, st.clone());
    let z = f.const_f64(0.0);
    let k0 = f.const_i64(0);
    f.jump(lp, &[z, z, k0]);

    f.switch_to_block(lp);
    let zr2 = f.float_binary(FloatOp::Mul, zr, zr, None);
    let zi2 = f.float_binary(FloatOp::Mul, zi, zi, None);
    let mag = f.float_binary(FloatOp::Add, zr2, zi2, None);
    let four = f.const_f64(4.0);
    let inside = f.float_cmp(Cmp::Le, mag, four);
    let more = f.int_cmp(Cmp::Lt, k, max);
    let more_f = f.bool_not(more);
    let stop_a = f.bool_not(inside);
    // continue iff inside && more: branch twice.
    let cont = f.create_block();
    f.branch(stop_a, out, &[k], cont, &[]);
    f.switch_to_block(cont);
    f.branch(more_f, out, &[k], body, &[]);

    f.switch_to_block(body);
    let d = f.float_binary(FloatOp::Sub, zr2, zi2, None);
    let nzr = f.float_binary(FloatOp::Add, d, cr, None);
    let p = f.float_binary(FloatOp::Mul, zr, zi, None);
    let two = f.const_f64(2.0);
    let p2 = f.float_binary(FloatOp::Mul, p, two, None);
    let nzi = f.float_binary(FloatOp::Add, p2, ci, None);
    let one = f.const_i64(1);
    let k2 = f.int_binary(IntOp::Add, k, one, Some(FrameState::new(30, 0)));
    f.jump(lp, &[nzr, nzi, k2]);

    f.switch_to_block(out);
    let w = f.box_int(ko, FrameState::new(40, 0));
    f.ret(w);
    f
}

fn mandel_ref(cr: f64, ci: f64, max: i64) -> i64 {
    let (mut zr, mut zi, mut k) = (0.0f64, 0.0f64, 0);
    while zr * zr + zi * zi <= 4.0 && k < max {
        let nzr = zr * zr - zi * zi + cr;
        zi = zr * zi * 2.0 + ci;
        zr = nzr;
        k += 1;
    }
    k
}

#[test]
fn mandelbrot_float_loop() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&mandel()).unwrap();
    for (cr, ci) in [(0.0, 0.0), (-0.75, 0.1), (0.3, 0.5), (2.0, 2.0), (-1.25, 0.0), (0.25, 0.0001)] {
        let mut frame = [float(cr), float(ci), int(500)];
        // SAFETY: 3-slot frame.
        let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(st, ExitStatus::Return(int(mandel_ref(cr, ci, 500))), "c=({cr},{ci})");
    }
    // An int where a float was expected: exit 0 (guard_float on slot 0).
    let mut frame = [int(1), float(0.0), int(5)];
    // SAFETY: 3-slot frame.
    let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(st, ExitStatus::Deopt { exit: 0, ip: 0 });
}

#[test]
fn clif_dump_and_options() {
    let helpers = base_helpers();
    let opts = pyrite_jit::JitOptions { verify: true, dump_clif: true, optimize: false, ..Default::default() };
    let mut jit = pyrite_jit::JitCompiler::with_options(layout(), helpers, opts).unwrap();
    let f = sum_loop(true);
    let text = jit.clif_text(&f).unwrap();
    assert!(text.contains("sadd_overflow") || text.contains("smul_overflow"), "{text}");
    let code = jit.compile(&f).unwrap();
    assert!(code.clif().unwrap().contains("function"));
}

#[test]
fn other_architectures_accept_the_ir() {
    let jit = compiler(base_helpers());
    for triple in ["aarch64-unknown-linux-gnu", "x86_64-unknown-linux-gnu", "aarch64-apple-darwin"] {
        for f in [sum_loop(true), mandel()] {
            let bytes = jit.compile_for_target(&f, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
            assert!(bytes.len() > 16, "{triple}");
        }
    }
    assert!(jit.compile_for_target(&mandel(), "not-a-triple-x").is_err());
}
