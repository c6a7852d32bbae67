//! Shared fixtures for the IR-level tests: a `VmLayout` mirroring
//! `src/object/value.rs`, fake heap objects (header-compatible), fake
//! helpers (`dealloc`, `box_big_int`) and Value-word encoders.
//!
//! Invariant: fake objects are leaked or freed only by `fake_dealloc`, so
//! words handed to compiled code stay valid for the whole test.
#![allow(dead_code)]

use std::cell::Cell;

use pyrite_jit::abi::{AbiType, HelperTable, Signature, VmLayout, HELPER_BOX_BIG_INT, HELPER_DEALLOC};
use pyrite_jit::JitCompiler;

pub const IMMORTAL: usize = 1 << 60;

/// A header-compatible fake object: `{ refcnt, ty }` then a payload.
#[repr(C)]
pub struct FakeObj {
    pub refcnt: usize,
    pub ty: usize,
    pub payload: i64,
    pub version: u32,
}

/// A fake list: header, items pointer, length.
#[repr(C)]
pub struct FakeList {
    pub refcnt: usize,
    pub ty: usize,
    pub items: *mut u64,
    pub len: usize,
}

/// An immortal fake singleton, laid out as `FakeObj`. Its refcount is
/// writable, as the VM's are (`Cell`s): compiled code stores an immortal's
/// refcount back unchanged (the branch-free immortal check).
#[repr(C)]
pub struct FakeSingleton {
    pub refcnt: std::sync::atomic::AtomicUsize,
    pub ty: usize,
    pub payload: i64,
    pub version: u32,
}

impl FakeSingleton {
    const fn new(ty: usize, payload: i64) -> FakeSingleton {
        FakeSingleton { refcnt: std::sync::atomic::AtomicUsize::new(IMMORTAL), ty, payload, version: 0 }
    }

    /// The current refcount.
    pub fn refcnt(&self) -> usize {
        self.refcnt.load(std::sync::atomic::Ordering::Relaxed)
    }
}

pub static TRUE_OBJ: FakeSingleton = FakeSingleton::new(0xB001, 1);
pub static FALSE_OBJ: FakeSingleton = FakeSingleton::new(0xB001, 0);
pub static NONE_OBJ: FakeSingleton = FakeSingleton::new(0xB002, 0);

/// Type tag of fake big ints.
pub const BIG_INT_TY: usize = 0xB16;

pub fn word_of<T>(r: &T) -> u64 {
    r as *const T as u64
}

pub fn layout() -> VmLayout {
    VmLayout {
        tag_mask: 0xFFFF << 48,
        ptr_tag: 0,
        int_tag: 0xFFFF << 48,
        int_payload_bits: 48,
        _pad0: 0,
        double_offset: 1 << 49,
        float_top_min: 0x0002,
        float_top_max: 0xFFFA,
        canonical_nan_bits: 0x7FF8_0000_0000_0000,
        exit_tag: 0x0001,
        header_refcnt_offset: 0,
        header_type_offset: 8,
        immortal_threshold: IMMORTAL as u64,
        true_word: word_of(&TRUE_OBJ),
        false_word: word_of(&FALSE_OBJ),
        none_word: word_of(&NONE_OBJ),
        list_items_offset: 16,
        list_len_offset: 24,
    }
}

pub fn int(i: i64) -> u64 {
    assert!((-(1 << 47)..(1 << 47)).contains(&i));
    (0xFFFF << 48) | (i as u64 & ((1 << 48) - 1))
}

pub fn as_int(w: u64) -> Option<i64> {
    (w >> 48 == 0xFFFF).then_some(((w << 16) as i64) >> 16)
}

pub fn float(x: f64) -> u64 {
    x.to_bits().wrapping_add(1 << 49)
}

pub fn as_float(w: u64) -> Option<f64> {
    let top = w >> 48;
    (top != 0 && top < 0xFFFB).then(|| f64::from_bits(w.wrapping_sub(1 << 49)))
}

/// A leaked mortal object with refcount `rc`.
pub fn new_obj(ty: usize, rc: usize) -> u64 {
    Box::into_raw(Box::new(FakeObj { refcnt: rc, ty, payload: 0, version: 0 })) as u64
}

pub fn obj(w: u64) -> &'static FakeObj {
    assert_eq!(w >> 48, 0, "not a pointer: {w:#x}");
    // SAFETY: test words built by `new_obj`/`fake_box_big_int` point at
    // leaked `FakeObj`s that live for the whole test.
    unsafe { &*(w as *const FakeObj) }
}

thread_local! {
    pub static DEALLOCS: Cell<u32> = const { Cell::new(0) };
    pub static BIG_INTS: Cell<u32> = const { Cell::new(0) };
    pub static BIG_INT_FAIL: Cell<bool> = const { Cell::new(false) };
}

/// `dealloc` helper: counts the call (the object is leaked, so tests can
/// still inspect it).
pub extern "C" fn fake_dealloc(_obj: u64) {
    DEALLOCS.with(|c| c.set(c.get() + 1));
}

/// `box_big_int` helper: a fake big int holding `i` (0 if told to fail).
pub extern "C" fn fake_box_big_int(i: i64) -> u64 {
    if BIG_INT_FAIL.with(|f| f.get()) {
        return 0;
    }
    BIG_INTS.with(|c| c.set(c.get() + 1));
    Box::into_raw(Box::new(FakeObj { refcnt: 1, ty: BIG_INT_TY, payload: i, version: 0 })) as u64
}

/// The value of an int word, inline or fake big int.
pub fn int_value(w: u64) -> i64 {
    as_int(w).unwrap_or_else(|| {
        let o = obj(w);
        assert_eq!(o.ty, BIG_INT_TY);
        o.payload
    })
}

/// A helper table with the two mandatory helpers.
pub fn base_helpers() -> HelperTable {
    let mut h = HelperTable::new();
    h.add(HELPER_DEALLOC, fake_dealloc as *const u8, Signature::new(&[AbiType::Word], None));
    h.add(
        HELPER_BOX_BIG_INT,
        fake_box_big_int as *const u8,
        Signature::new(&[AbiType::I64], Some(AbiType::Word)).fallible(0),
    );
    h
}

pub fn compiler(helpers: HelperTable) -> JitCompiler {
    JitCompiler::new(layout(), helpers).expect("host JIT")
}
