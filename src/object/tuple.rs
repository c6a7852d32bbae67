//! The body of `tuple` objects and the constructors of exact tuples.
//!
//! An exact tuple is one allocation: its items are stored inline, right
//! after the object (`alloc_trailing`), like CPython's variable-size
//! tuples. Bodies made the ordinary way (`alloc(ty, TupleData(items.into()),
//! ..)`: tuple subclasses, struct sequences) keep their items in a separate
//! boxed slice. `TupleItems` is the pointer and length of either and derefs
//! to `[Value]`, so readers do not care which.
//!
//! Invariants:
//! - An inline `TupleItems` lives only inside its object (it is built by
//!   [`tuple_of_len`] in place and never moved out): its pointer is the
//!   address right after itself, which is how `Drop` and
//!   `ObjData::trailing_bytes` tell inline items from a boxed slice.
//! - The constructors fill every slot before the object is published and
//!   run no Python code meanwhile (the cycle collector never sees a
//!   half-built tuple).
//! - The empty exact tuple is a single immortal object ([`empty_tuple`]),
//!   as in CPython (`() is ()`).
//! - Tuples never change after construction.

use std::ptr::NonNull;
use std::sync::OnceLock;

use super::header::{alloc_immortal, alloc_trailing, ImmortalRegistry, Kind, Obj, ObjData};
use super::registry::t;
use super::value::Value;

/// The items of a tuple: inline after the object or a boxed slice.
pub struct TupleItems {
    ptr: NonNull<Value>,
    len: usize,
}

impl TupleItems {
    /// The items.
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: `ptr` points to `len` initialized values owned by this
        // body (inline storage or a leaked boxed slice), alive while it is.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
    /// Whether the items are stored inline, right after this struct.
    #[inline(always)]
    fn is_inline(&self) -> bool {
        std::ptr::eq(self.ptr.as_ptr().cast_const().cast::<u8>(), (self as *const Self).wrapping_add(1).cast::<u8>())
    }
}

impl From<Box<[Value]>> for TupleItems {
    fn from(b: Box<[Value]>) -> TupleItems {
        let len = b.len();
        let ptr = NonNull::new(Box::into_raw(b).cast::<Value>()).expect("a box is never null");
        TupleItems { ptr, len }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(v: Vec<Value>) -> TupleItems {
        TupleItems::from(v.into_boxed_slice())
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a TupleItems {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        let items = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
        if self.is_inline() {
            // SAFETY: inline items are owned by this body; the object's
            // memory (freed by `dealloc_plain` afterwards) holds them.
            unsafe { std::ptr::drop_in_place(items) }
        } else {
            // SAFETY: not inline, so `ptr`/`len` came from a `Box<[Value]>`
            // (`From<Box<[Value]>>`) that this body owns.
            drop(unsafe { Box::from_raw(items) })
        }
    }
}

/// tuple
#[repr(C)]
pub struct TupleData(pub TupleItems);

/// Offset of the item pointer in a tuple object (`Obj<TupleData>`), inline
/// or boxed alike, for compiled code reading items in place.
pub const TUPLE_ITEMS_OFFSET: usize = std::mem::offset_of!(Obj<TupleData>, data) + std::mem::offset_of!(TupleItems, ptr);
/// Offset of the length in a tuple object.
pub const TUPLE_LEN_OFFSET: usize = std::mem::offset_of!(Obj<TupleData>, data) + std::mem::offset_of!(TupleItems, len);

impl ObjData for TupleData {
    const KIND: Kind = Kind::Tuple;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.iter().for_each(visit);
    }
    #[inline(always)]
    fn trailing_bytes(&self) -> usize {
        if self.0.is_inline() {
            self.0.len * std::mem::size_of::<Value>()
        } else {
            0
        }
    }
}

// The inline items start right where the body ends: the end of the
// collector's box, which `alloc_trailing` hands out as the trailing storage.
const _: () = {
    type B = super::gc::GcBox<Obj<TupleData>>;
    assert!(std::mem::offset_of!(B, obj) + std::mem::offset_of!(Obj<TupleData>, data) + std::mem::size_of::<TupleData>() == std::mem::size_of::<B>());
    assert!(std::mem::align_of::<B>() == std::mem::align_of::<Value>());
};

static EMPTY: OnceLock<ImmortalRegistry<Value>> = OnceLock::new();

/// The empty tuple (one immortal object).
pub fn empty_tuple() -> Value {
    let tuple_ty = t().tuple.as_header().expect("tuple type") as *const super::header::Header;
    EMPTY.get_or_init(|| ImmortalRegistry(alloc_immortal(tuple_ty, TupleData(TupleItems::from(Vec::new()))))).0.clone()
}

/// A new exact tuple of `len` items, in one allocation, which `fill`
/// writes: it gets the address of the first of `len` uninitialized slots.
///
/// # Safety
/// `fill` must initialize all `len` slots and must not panic.
#[inline(always)]
unsafe fn tuple_with(len: usize, fill: impl FnOnce(*mut Value)) -> Value {
    if len == 0 {
        return empty_tuple();
    }
    let extra = len * std::mem::size_of::<Value>();
    // SAFETY: the body built here has inline items filling exactly the
    // `extra` trailing bytes `alloc_trailing` passes (`trailing_bytes`),
    // all initialized by `fill` per this function's contract.
    unsafe {
        alloc_trailing::<TupleData>(&t().tuple, extra, |room| {
            let first = room.cast::<Value>();
            fill(first);
            TupleData(TupleItems { ptr: NonNull::new(first).expect("object memory is not null"), len })
        })
    }
}

/// A new exact tuple of `N` values.
#[inline]
pub fn tuple_of<const N: usize>(items: [Value; N]) -> Value {
    let items = std::mem::ManuallyDrop::new(items);
    // SAFETY: the `N` values are moved (bitwise, not dropped here) into
    // the tuple's `N` slots.
    unsafe { tuple_with(N, |first| std::ptr::copy_nonoverlapping(items.as_ptr(), first, N)) }
}

/// A new exact tuple owning `items`.
#[inline]
pub fn new_tuple(mut items: Vec<Value>) -> Value {
    let len = items.len();
    tuple_pop_n(&mut items, len)
}

/// A new exact tuple of the top `n` values of `stack` (BUILD_TUPLE), moved
/// off it: no intermediate vector. `n` must not exceed the stack's length.
#[inline]
pub fn tuple_pop_n(stack: &mut Vec<Value>, n: usize) -> Value {
    let at = stack.len().checked_sub(n).expect("tuple_pop_n: fewer values on the stack than the tuple's length");
    // SAFETY: the `n` values above `at` are moved bitwise into the tuple's
    // `n` slots, and the stack forgets them (its length set to `at`).
    unsafe {
        tuple_with(n, |first| {
            std::ptr::copy_nonoverlapping(stack.as_ptr().add(at), first, n);
            stack.set_len(at);
        })
    }
}

/// A new exact tuple of clones of the items of each of `parts`, in order.
#[inline]
pub fn tuple_from_parts(parts: &[&[Value]]) -> Value {
    let len = parts.iter().map(|p| p.len()).sum();
    // SAFETY: the slots are written once each, `len` in all; cloning a
    // value only increfs (no panic, no Python code).
    unsafe {
        tuple_with(len, |first| {
            let mut at = first;
            for part in parts {
                for v in part.iter() {
                    at.write(v.clone());
                    at = at.add(1);
                }
            }
        })
    }
}

/// A new exact tuple of clones of `items`.
#[inline]
pub fn tuple_from_slice(items: &[Value]) -> Value {
    tuple_from_parts(&[items])
}

/// A new exact tuple of the items of `x` then `y`.
#[inline]
pub fn tuple_concat(x: &[Value], y: &[Value]) -> Value {
    tuple_from_parts(&[x, y])
}
