//! Memory operations used by the attribute fast paths: zero-extended loads
//! of 1, 2, 4 and 8 bytes (`load_unsigned`) and word-array access at a run
//! time index (`load_elem`, `store_elem`), on both backends.

mod common;

use common::*;
use pyrite_jit::abi::ExitStatus;
use pyrite_jit::deopt::FrameState;
use pyrite_jit::ir::{Function, IntOp};

/// Fields of every width, each with its top bit set (a sign-extending load
/// would give a negative number).
#[repr(C)]
struct Widths {
    b: u8,
    h: u16,
    w: u32,
    d: u64,
}

/// `old = arr[i]; arr[i] = box(b + h + w + d); return old` with `p` in slot
/// 0, `arr` in slot 1 and `i` in slot 2.
fn widths_and_elems() -> Function {
    let mut f = Function::new("mem", 3);
    let p = f.load_slot(0);
    let b = f.load_unsigned(p, std::mem::offset_of!(Widths, b) as i32, 1);
    let h = f.load_unsigned(p, std::mem::offset_of!(Widths, h) as i32, 2);
    let w = f.load_unsigned(p, std::mem::offset_of!(Widths, w) as i32, 4);
    let d = f.load_unsigned(p, std::mem::offset_of!(Widths, d) as i32, 8);
    let s = f.int_binary(IntOp::Or, b, h, None);
    let s = f.int_binary(IntOp::Add, s, w, Some(FrameState::new(1, 0)));
    let s = f.int_binary(IntOp::Add, s, d, Some(FrameState::new(1, 0)));
    let arr = f.load_slot(1);
    let wi = f.load_slot(2);
    let i = f.guard_int(wi, FrameState::new(2, 0));
    let old = f.load_elem(arr, i);
    let boxed = f.box_int(s, FrameState::new(3, 0));
    f.store_elem(arr, i, boxed);
    f.ret(old);
    f
}

#[test]
fn unsigned_loads_and_word_arrays() {
    let mut jit = compiler(base_helpers());
    let code = jit.compile(&widths_and_elems()).unwrap();
    let v = Widths { b: 0x80, h: 0x8000, w: 0x8000_0000, d: 7 };
    let mut arr = [int(10), int(11), int(12)];
    for (i, old) in [(2, 12), (0, 10)] {
        let mut frame = [word_of(&v), arr.as_mut_ptr() as u64, int(i)];
        // SAFETY: the function reads `v` and `arr[i]` (in bounds) only.
        let r = unsafe { code.call(frame.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(r, ExitStatus::Return(int(old)));
        assert_eq!(arr[i as usize], int(0x80 + 0x8000 + 0x8000_0000 + 7));
    }
    assert_eq!(arr[1], int(11));
}

#[test]
fn memory_ops_lower_for_both_architectures() {
    let jit = compiler(base_helpers());
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let bytes = jit.compile_for_target(&widths_and_elems(), triple).unwrap();
        assert!(!bytes.is_empty(), "{triple}");
    }
}

#[test]
fn bad_width_is_declined() {
    let mut jit = compiler(base_helpers());
    let mut f = Function::new("bad", 1);
    let p = f.load_slot(0);
    let x = f.load_unsigned(p, 0, 3);
    let w = f.i64_to_word(x);
    f.ret(w);
    assert!(jit.compile(&f).is_err());
}
