//! `Value`: every Python value in one 64-bit word (NaN-boxing).
//!
//! | bits 63..48 (top 16) | meaning                                                   |
//! |----------------------|-----------------------------------------------------------|
//! | `0x0000`             | pointer to a heap object (`Header`), never null            |
//! | `0x0001`             | unused (reserved)                                           |
//! | `0x0002..=0xFFFA`    | a float: the IEEE bits plus `DOUBLE_OFFSET` (2^49)          |
//! | `0xFFFB..=0xFFFE`    | unused (reserved)                                           |
//! | `0xFFFF`             | a small int: low 48 bits, two's complement (`SMALL_MIN..=SMALL_MAX`) |
//!
//! Floats are stored with their bit pattern shifted up by 2^49 (as
//! JavaScriptCore does), so no float encodes to a word whose top 16 bits are
//! `0x0000` or `0xFFFF`. NaNs are canonicalized to the quiet NaN of the same
//! sign first, which keeps encoded floats at or below `0xFFFA`. The all-zero
//! word is never a valid `Value`, so `Option<Value>` is one word too (the
//! unbound-local slot).
//!
//! Ownership: a `Value` holding a pointer owns one reference. `Clone` increfs,
//! `Drop` decrefs and frees the object at zero (see `header.rs`). Floats and
//! small ints own nothing and never allocate.
//!
//! The JIT depends on this table: `pyrite_jit::abi::VmLayout` is filled from
//! the constants below, never from literals elsewhere.

use std::marker::PhantomData;
use std::num::NonZeroU64;

use super::header::{self, Header};

/// Added to a float's bit pattern to encode it.
pub const DOUBLE_OFFSET: u64 = 1 << 49;
/// Top-16-bit tag of small ints.
pub const INT_TAG: u64 = 0xFFFF << 48;
/// Mask of the 48 payload bits of a small int.
pub const INT_PAYLOAD_MASK: u64 = (1 << 48) - 1;
/// Smallest inline int.
pub const SMALL_MIN: i64 = -(1 << 47);
/// Largest inline int.
pub const SMALL_MAX: i64 = (1 << 47) - 1;
/// Mask of the top 16 bits.
pub const TAG_MASK: u64 = 0xFFFF << 48;

/// One Python value. See the module docs for the encoding.
#[repr(transparent)]
/// The `PhantomData<*const ()>` makes `Value` `!Send` and `!Sync`: one
/// interpreter per thread.
pub struct Value(NonZeroU64, PhantomData<*const ()>);

impl Value {
    /// Rebuilds a value from its raw word without touching refcounts.
    ///
    /// The word must have come from `into_raw` (ownership is transferred
    /// back) or be a float / small-int encoding.
    #[inline(always)]
    pub fn from_raw(bits: u64) -> Value {
        Value(NonZeroU64::new(bits).expect("the zero word is not a Value"), PhantomData)
    }

    /// The raw word; the reference (if any) is kept by `self`.
    #[inline(always)]
    pub fn raw(&self) -> u64 {
        self.0.get()
    }

    /// The raw word; the reference (if any) moves to the caller.
    #[inline(always)]
    pub fn into_raw(self) -> u64 {
        let bits = self.0.get();
        std::mem::forget(self);
        bits
    }

    // ----- floats -----

    /// Encodes a float. NaNs are canonicalized (the sign is kept).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            return Value::nan(f);
        }
        // Only the NaN pattern 0xFFFE_0000_0000_0000 wraps to zero when
        // offset, so a non-NaN's encoding is nonzero.
        let bits = f.to_bits().wrapping_add(DOUBLE_OFFSET);
        // SAFETY: nonzero, as just argued.
        Value(unsafe { NonZeroU64::new_unchecked(bits) }, PhantomData)
    }

    /// [`Value::float`] of a NaN, out of the arithmetic fast paths.
    #[cold]
    #[inline(never)]
    fn nan(f: f64) -> Value {
        Value::from_raw(((f.to_bits() & (1 << 63)) | 0x7FF8_0000_0000_0000).wrapping_add(DOUBLE_OFFSET))
    }

    /// Whether this is an inline float.
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        let top = self.raw() >> 48;
        top != 0 && top < 0xFFFB
    }

    /// The float, if this is an inline float.
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.raw().wrapping_sub(DOUBLE_OFFSET)))
        } else {
            None
        }
    }

    // ----- small ints -----

    /// Encodes an int known to be in `SMALL_MIN..=SMALL_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value::from_raw(INT_TAG | (i as u64 & INT_PAYLOAD_MASK))
    }

    /// Encodes `i` inline if it fits.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value::small_int(i))
        } else {
            None
        }
    }

    /// Whether this is an inline int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.raw() & TAG_MASK == INT_TAG
    }

    /// The int, if this is an inline int.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            // Sign-extend the 48-bit payload.
            Some(((self.raw() << 16) as i64) >> 16)
        } else {
            None
        }
    }

    // ----- heap objects -----

    /// Whether this points to a heap object.
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.raw() & TAG_MASK == 0
    }

    /// The object header, if this points to a heap object.
    #[inline(always)]
    pub fn as_header(&self) -> Option<&Header> {
        if self.is_ptr() {
            // SAFETY: a pointer-tagged Value always owns a reference to a live
            // object (invariant of this module), so the header outlives `&self`.
            Some(unsafe { &*(self.raw() as *const Header) })
        } else {
            None
        }
    }

    /// Wraps an owned reference to a heap object (the count is not changed).
    #[inline(always)]
    pub fn from_header_owned(h: *const Header) -> Value {
        debug_assert!(!h.is_null() && (h as u64) & TAG_MASK == 0);
        Value::from_raw(h as u64)
    }

    /// Identity (`is`): same word.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.raw() == other.raw()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "Value(int {i})")
        } else if let Some(x) = self.as_float() {
            write!(f, "Value(float {x:?})")
        } else {
            write!(f, "Value(obj {:#x})", self.raw())
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.as_header() {
            h.incref();
        }
        Value(self.0, PhantomData)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: pointer-tagged values own one reference to a live object;
            // this drop gives it up exactly once.
            unsafe { header::decref(self.raw() as *const Header) }
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 8);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip() {
        for f in [0.0, -0.0, 1.5, -2.25, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE, 5e-324] {
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr());
            assert_eq!(v.as_float().unwrap().to_bits(), f.to_bits());
        }
        let n = Value::float(-f64::NAN);
        assert!(n.as_float().unwrap().is_nan() && n.as_float().unwrap().is_sign_negative());
        let weird = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        assert!(Value::float(weird).is_float());
    }

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, SMALL_MAX, SMALL_MIN, 123456789, -987654321] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_MIN - 1).is_none());
    }
}
