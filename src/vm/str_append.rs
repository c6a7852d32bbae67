//! In-place string concatenation for `s += t` / `s = s + t` on a local
//! (CPython's `unicode_concatenate` trick): when the next instruction stores
//! the result back into the local the left operand came from, the local's
//! reference is dropped first, and if that leaves the eval loop holding the
//! only reference to an exact str, its buffer is grown in place (the
//! allocator's realloc, which extends within the block's slack) instead of
//! copying the whole text every time: building a string in a loop is then
//! linear, not quadratic.

use crate::bytecode::{Instr, Op};
use crate::object::bodies::StrData;
use crate::object::header::Obj;
use crate::object::registry::Registry;
use crate::object::Value;

use super::frame::Frame;

/// Whether `v` is an exact str.
#[inline]
fn exact_str(reg: &Registry, v: &Value) -> bool {
    v.as_header().is_some_and(|h| h.type_ptr() as u64 == reg.str_.raw())
}

/// `a + b` for exact strs `a`, `b` whose result the instruction at `next`
/// stores into a local: appends `b` to `a` in place when `a` is that local's
/// value and nothing else refers to it, returning `a`. `None`: not this
/// case (`a` and `b` untouched, but the local may have been cleared, which
/// the store overwrites anyway).
pub fn try_append(reg: &Registry, f: &mut Frame, instrs: &[Instr], next: usize, a: &Value, b: &Value) -> Option<Value> {
    if !exact_str(reg, a) || !exact_str(reg, b) {
        return None;
    }
    let store = super::frame::fetch(instrs, next);
    if store.op.get() != Op::StoreFast {
        return None;
    }
    let slot = &mut f.fast[store.arg as usize];
    if !slot.as_ref().is_some_and(|v| v.is(a)) {
        return None;
    }
    // The store replaces the local: drop its reference now.
    drop(slot.take());
    if a.as_header().is_none_or(|h| h.refcount() != 1) {
        return None;
    }
    append_in_place(a, b)
}

/// `a + b` for a str `a` borrowed by compiled code from the local that the
/// next instruction stores the result into: when that local's reference is
/// the only one (and `b` is another object), `b` is appended in place and
/// `a` returned with a new reference (the store then drops the local's old
/// one). `None`: not this case, nothing changed.
pub fn append_to_sole_local(reg: &Registry, a: &Value, b: &Value) -> Option<Value> {
    if !exact_str(reg, a) || !exact_str(reg, b) || a.is(b) || a.as_header().is_none_or(|h| h.refcount() != 1) {
        return None;
    }
    append_in_place(a, b)
}

/// Appends exact str `b` to exact str `a`, whose only reference the caller
/// holds, and returns `a` (a new reference).
fn append_in_place(a: &Value, b: &Value) -> Option<Value> {
    let add = b.downcast::<StrData>()?;
    // SAFETY: `a` is an exact str (`Obj<StrData>`), distinct from `b`, whose
    // only reference the caller holds (refcount 1, checked), so no other
    // reference to its body exists while it changes; the pointer comes from
    // the value's word, which owns the object.
    unsafe {
        let body = &mut (*(a.raw() as *mut Obj<StrData>)).data;
        let mut text = String::from(std::mem::take(&mut body.s));
        text.reserve_exact(add.s.len());
        text.push_str(&add.s);
        body.s = text.into_boxed_str();
        body.char_len += add.char_len;
        body.hash.set(-1);
    }
    Some(a.clone())
}
