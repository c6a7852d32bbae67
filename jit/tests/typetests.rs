//! Type tests without exits (`is_int`, `is_float`), unchecked unboxing and
//! word/i64 moves: the diamond the VM's translator builds for operands of
//! unknown type (int path, float path, fallback).

mod common;

use common::*;
use pyrite_jit::abi::ExitStatus;
use pyrite_jit::ir::{FloatOp, Function, IntOp, Type};

/// `slot0 + slot1`: ints add as ints (no overflow check needed for this
/// test's values), two numbers of which one is a float add as floats, and
/// anything else returns the word 7 (standing for the slow path).
fn add_any() -> Function {
    let mut f = Function::new("add_any", 2);
    let (a, b) = (f.load_slot(0), f.load_slot(1));
    let join = f.create_block();
    let r = f.append_block_param(join, Type::Boxed);
    let (a_int, int_path, float_a, float_b, float_path, slow) =
        (f.create_block(), f.create_block(), f.create_block(), f.create_block(), f.create_block(), f.create_block());
    let ia = f.is_int(a);
    f.branch(ia, a_int, &[], float_a, &[]);
    f.switch_to_block(a_int);
    let ib = f.is_int(b);
    f.branch(ib, int_path, &[], float_a, &[]);
    f.switch_to_block(int_path);
    let (x, y) = (f.unbox_int(a), f.unbox_int(b));
    let s = f.int_binary(IntOp::Xor, x, y, None);
    let s = f.int_binary(IntOp::Xor, s, y, None); // == x
    let s = f.int_binary(IntOp::Or, s, y, None);
    // Round trip through the word moves: box, view as i64, back to a word.
    let st = pyrite_jit::deopt::FrameState::new(0, 0);
    let bw = f.box_int(s, st);
    let bits = f.word_to_i64(bw);
    let back = f.i64_to_word(bits);
    f.jump(join, &[back]);
    f.switch_to_block(float_a);
    let fa = f.is_float(a);
    f.branch(fa, float_b, &[], slow, &[]);
    f.switch_to_block(float_b);
    let fb = f.is_float(b);
    f.branch(fb, float_path, &[], slow, &[]);
    f.switch_to_block(float_path);
    let (x, y) = (f.unbox_float(a), f.unbox_float(b));
    let s = f.float_binary(FloatOp::Add, x, y, None);
    let w = f.box_float(s);
    f.jump(join, &[w]);
    f.switch_to_block(slow);
    let seven = f.const_i64(7);
    let w = f.i64_to_word(seven);
    f.jump(join, &[w]);
    f.switch_to_block(join);
    f.ret(r);
    f
}

#[test]
fn type_tests_pick_the_right_path() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&add_any()).unwrap();
    let run = |a: u64, b: u64| {
        let mut frame = [a, b];
        // SAFETY: the function uses 2 slots and no helper context.
        unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) }
    };
    assert_eq!(run(int(5), int(2)), ExitStatus::Return(int(5 | 2)));
    assert_eq!(run(int(-4), int(1)), ExitStatus::Return(int(-4 | 1)));
    let ExitStatus::Return(w) = run(float(1.5), float(2.25)) else { panic!("float path") };
    assert_eq!(as_float(w), Some(3.75));
    // A float and an int: not both floats here, so the slow path.
    assert_eq!(run(float(1.5), int(2)), ExitStatus::Return(7));
    let o = new_obj(0x77, 1);
    assert_eq!(run(o, int(2)), ExitStatus::Return(7));
    assert_eq!(run(int(2), o), ExitStatus::Return(7));
}

#[test]
fn type_test_ir_lowers_for_both_architectures() {
    let jit = compiler(base_helpers());
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let bytes = jit.compile_for_target(&add_any(), triple).unwrap();
        assert!(!bytes.is_empty(), "{triple}");
    }
}
