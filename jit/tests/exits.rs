//! Exit write-back tests: exits that store the same values share one
//! write-back block in the machine code, yet each still returns its own
//! status (exit id, resume ip) and writes back its frame.

mod common;

use common::*;
use pyrite_jit::abi::ExitStatus;
use pyrite_jit::deopt::{FrameState, ValueSource as S};
use pyrite_jit::ir::{Cmp, Function, IntOp};
use pyrite_jit::{JitCompiler, JitOptions};

/// `p = slot0 * slot1; q = p * p; return q if q > 100 else deopt`.
/// Exits 0 and 1 (the two guards) store nothing; exits 2 and 3 (the two
/// overflows, ips 4 and 6) store the same three values (a bool among them);
/// exit 5 (the deopt, ip 8) stores its own; exit 4 is `box_int`'s.
fn shared_exits() -> Function {
    let mut f = Function::new("shared", 4);
    let (wa, wb) = (f.load_slot(0), f.load_slot(1));
    let a = f.guard_int(wa, FrameState::new(0, 0));
    let b = f.guard_int(wb, FrameState::new(2, 0));
    let lt = f.int_cmp(Cmp::Lt, a, b);
    let st = |ip| FrameState::new(ip, 2).with(1, S::Bool(lt)).with(2, S::Int(a)).with(3, S::Int(b));
    let p = f.int_binary(IntOp::Mul, a, b, Some(st(4)));
    let q = f.int_binary(IntOp::Mul, p, p, Some(st(6)));
    let hundred = f.const_i64(100);
    let big = f.int_cmp(Cmp::Gt, q, hundred);
    let (yes, no) = (f.create_block(), f.create_block());
    f.branch(big, yes, &[], no, &[]);
    f.switch_to_block(yes);
    let w = f.box_int(q, FrameState::new(9, 0));
    f.ret(w);
    f.switch_to_block(no);
    f.deopt(FrameState::new(8, 1).with(1, S::Const(int(7))).with(2, S::Int(q)));
    f
}

fn jit(share_exits: bool) -> JitCompiler {
    let opts = JitOptions { verify: true, share_exits, ..JitOptions::default() };
    JitCompiler::with_options(layout(), base_helpers(), opts).expect("host JIT")
}

#[test]
fn shared_write_back_keeps_each_exit_status_and_frame() {
    for share in [true, false] {
        let code = jit(share).compile(&shared_exits()).unwrap();
        let t = word_of(&TRUE_OBJ);
        let f = word_of(&FALSE_OBJ);
        let cases: [([u64; 4], ExitStatus, [u64; 4]); 6] = [
            ([float(1.0), int(2), 0, 0], ExitStatus::Deopt { exit: 0, ip: 0 }, [float(1.0), int(2), 0, 0]),
            ([int(1), float(2.0), 0, 0], ExitStatus::Deopt { exit: 1, ip: 2 }, [int(1), float(2.0), 0, 0]),
            ([int(1 << 40), int(1 << 41), 0, 0], ExitStatus::Deopt { exit: 2, ip: 4 }, [int(1 << 40), t, int(1 << 40), int(1 << 41)]),
            ([int(1 << 21), int(1 << 20), 0, 0], ExitStatus::Deopt { exit: 3, ip: 6 }, [int(1 << 21), f, int(1 << 21), int(1 << 20)]),
            ([int(2), int(3), 0, 0], ExitStatus::Deopt { exit: 5, ip: 8 }, [int(2), int(7), int(36), 0]),
            ([int(20), int(3), 0, 0], ExitStatus::Return(int(3600)), [int(20), int(3), 0, 0]),
        ];
        for (mut frame, status, after) in cases {
            let before = frame;
            // SAFETY: the function declares 4 slots.
            let st = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
            assert_eq!(st, status, "share={share} frame={before:x?}");
            assert_eq!(frame, after, "share={share} frame={before:x?}");
        }
        for e in [0, 1, 2, 3, 5] {
            assert_eq!(code.exit_count(e), 1, "share={share} exit {e}");
        }
    }
}

#[test]
fn exits_with_the_same_stores_share_one_write_back() {
    let stores = |share| {
        let clif = jit(share).clif_text(&shared_exits()).unwrap();
        clif.lines().filter(|l| l.trim_start().starts_with("store")).count()
    };
    // Unshared: 3 stores in each of exits 2 and 3, 2 in exit 4.
    assert_eq!(stores(false), 8);
    assert_eq!(stores(true), 5);
}
