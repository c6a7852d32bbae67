//! Helper calls whose errors are handled in compiled code
//! (`call_helper_catch`): the error branch goes to a handler block with the
//! values live before the call, no exit is taken, both backends accept it,
//! and malformed catches are declined.

mod common;

use common::*;
use pyrite_jit::abi::{AbiType, ExitStatus, Signature};
use pyrite_jit::ir::{Function, IntOp, Type};
use pyrite_jit::JitError;

/// Fails (returns the sentinel 0) for odd ints, else returns the int halved.
extern "C" fn half_or_fail(x: u64) -> u64 {
    match as_int(x) {
        Some(i) if i % 2 == 0 => int(i / 2),
        _ => 0,
    }
}

/// Always succeeds: the "exception object" a handler receives (here the
/// int 1000 plus its argument).
extern "C" fn make_exc(x: i64) -> u64 {
    int(1000 + x)
}

/// `for i in range(n): try: acc += half(i) except: acc += exc(i)`, with the
/// loop counter and the accumulator as block parameters of the loop header;
/// the handler block receives them from before the failing call.
fn catching_loop() -> (Function, pyrite_jit::abi::HelperTable) {
    let mut h = base_helpers();
    let half = h.add("half", half_or_fail as *const u8, Signature::new(&[AbiType::Word], Some(AbiType::Word)).fallible(0));
    let exc = h.add("exc", make_exc as *const u8, Signature::new(&[AbiType::I64], Some(AbiType::Word)));
    let mut f = Function::new("catching", 2);
    let n = f.load_slot(0);
    let n = f.unbox_int(n);
    let zero = f.const_i64(0);
    let head = f.create_block();
    let (i, acc) = (f.append_block_param(head, Type::I64), f.append_block_param(head, Type::I64));
    let body = f.create_block();
    let handler = f.create_block();
    let (hi, hacc) = (f.append_block_param(handler, Type::I64), f.append_block_param(handler, Type::I64));
    let next = f.create_block();
    let (ni, nacc) = (f.append_block_param(next, Type::I64), f.append_block_param(next, Type::I64));
    let done = f.create_block();
    let dacc = f.append_block_param(done, Type::I64);
    f.jump(head, &[zero, zero]);

    f.switch_to_block(head);
    let more = f.int_cmp(pyrite_jit::ir::Cmp::Lt, i, n);
    f.branch(more, body, &[], done, &[acc]);

    f.switch_to_block(body);
    let w = f.box_int(i, pyrite_jit::deopt::FrameState::new(1, 0));
    let r = f.call_helper_catch(half, &[w], Some(Type::Boxed), handler, &[i, acc]).unwrap();
    let rv = f.unbox_int(r);
    let acc2 = f.int_binary(IntOp::Add, acc, rv, Some(pyrite_jit::deopt::FrameState::new(2, 0)));
    f.jump(next, &[i, acc2]);

    f.switch_to_block(handler);
    let e = f.call_helper(exc, &[hi], Some(Type::Boxed), None).unwrap();
    let ev = f.unbox_int(e);
    let acc3 = f.int_binary(IntOp::Add, hacc, ev, Some(pyrite_jit::deopt::FrameState::new(3, 0)));
    f.jump(next, &[hi, acc3]);

    f.switch_to_block(next);
    let one = f.const_i64(1);
    let i2 = f.int_binary(IntOp::Add, ni, one, Some(pyrite_jit::deopt::FrameState::new(4, 0)));
    f.jump(head, &[i2, nacc]);

    f.switch_to_block(done);
    let out = f.box_int(dacc, pyrite_jit::deopt::FrameState::new(5, 0));
    f.ret(out);
    (f, h)
}

#[test]
fn errors_branch_to_the_handler_block_without_exits() {
    let (f, h) = catching_loop();
    let mut jit = compiler(h);
    let code = jit.compile(&f).unwrap();
    for n in [0i64, 1, 2, 7, 100] {
        let want: i64 = (0..n).map(|i| if i % 2 == 0 { i / 2 } else { 1000 + i }).sum();
        let mut frame = [int(n), 0];
        // SAFETY: the function uses 2 slots and no VM context.
        let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(st, ExitStatus::Return(int(want)), "n={n}");
    }
    for e in 0..code.exits().len() as u32 {
        assert_eq!(code.exit_count(e), 0, "no exit taken");
    }
}

#[test]
fn catching_calls_lower_for_both_architectures() {
    let (f, h) = catching_loop();
    let jit = compiler(h);
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let bytes = jit.compile_for_target(&f, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        assert!(bytes.len() > 16, "{triple}");
    }
}

#[test]
fn malformed_catches_are_declined() {
    let mut h = base_helpers();
    let half = h.add("half", half_or_fail as *const u8, Signature::new(&[AbiType::Word], Some(AbiType::Word)).fallible(0));
    let exc = h.add("exc", make_exc as *const u8, Signature::new(&[AbiType::I64], Some(AbiType::Word)));
    let mut jit = compiler(h);
    // A helper that cannot fail has nothing to catch.
    let mut f = Function::new("nofail", 1);
    let handler = f.create_block();
    let z = f.const_i64(0);
    let r = f.call_helper_catch(exc, &[z], Some(Type::Boxed), handler, &[]).unwrap();
    f.ret(r);
    f.switch_to_block(handler);
    let c = f.const_boxed(int(0));
    f.ret(c);
    assert!(matches!(jit.compile(&f), Err(JitError::InvalidIr(_))));
    // The handler's arguments must match its parameters.
    let mut f = Function::new("badargs", 1);
    let handler = f.create_block();
    f.append_block_param(handler, Type::I64);
    let w = f.load_slot(0);
    let r = f.call_helper_catch(half, &[w], Some(Type::Boxed), handler, &[]).unwrap();
    f.ret(r);
    f.switch_to_block(handler);
    let c = f.const_boxed(int(0));
    f.ret(c);
    assert!(matches!(jit.compile(&f), Err(JitError::InvalidIr(_))));
}
