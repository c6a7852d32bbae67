//! Hashing and native equality: CPython's numeric hash (so `hash(x)` and
//! set iteration order match), a fast str hash, and `native_eq`, which
//! decides equality of builtin values without running Python code.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::bodies::{BytesData, IntData, StrData, TupleData};
use super::value::Value;

/// CPython's modulus for numeric hashes (2^61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;

/// CPython 3.8+'s tuple hash (xxHash-style lanes), fed one item hash at a time:
/// `let mut t = TupleHasher::new(); t.add(h0); ...; t.finish(len)`.
pub struct TupleHasher(u64);

impl TupleHasher {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    /// A hasher before any item.
    #[inline]
    pub fn new() -> Self {
        TupleHasher(Self::P5)
    }

    /// Mixes in the next item's hash.
    #[inline]
    pub fn add(&mut self, h: i64) {
        self.0 = self.0.wrapping_add((h as u64).wrapping_mul(Self::P2)).rotate_left(31).wrapping_mul(Self::P1);
    }

    /// The hash of a tuple of `len` items (never -1).
    #[inline]
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// Hash of an i64, as CPython's `hash(int)`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = HASH_MODULUS as i64;
    if i > -m && i < m {
        // Already reduced: the common case, without a division.
        return if i == -1 { -2 } else { i };
    }
    let mut h = if i >= 0 { i % m } else { -((-(i as i128) % m as i128) as i64) };
    if h == -1 {
        h = -2;
    }
    h
}

/// Hash of a big int, as CPython's `hash(int)`.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = BigInt::from(HASH_MODULUS);
    let r: BigInt = BigInt::from(b.magnitude().clone());
    let r = (r % &m).to_i64().unwrap_or(0);
    let mut h = if b.sign() == num_bigint::Sign::Minus { -r } else { r };
    if h == -1 {
        h = -2;
    }
    h
}

/// Hash of a float, as CPython's `hash(float)`; `None` for NaN (hashed by identity).
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == x.trunc() && x.abs() < 9.2e18 {
        return Some(hash_i64(x as i64));
    }
    // CPython's _Py_HashDouble.
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut xx: u64 = 0;
    while m != 0.0 {
        xx = ((xx << 28) & HASH_MODULUS) | (xx >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        xx += y;
        if xx >= HASH_MODULUS {
            xx -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    xx = ((xx << e) & HASH_MODULUS) | (xx >> (61 - e));
    let mut h = xx as i64 * sign;
    if h == -1 {
        h = -2;
    }
    Some(h)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::powi(2.0, 54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A fast, deterministic hash of a str's text (never -1); 0 for the empty
/// string, as in CPython whatever the hash seed.
pub fn str_hash(s: &str) -> i64 {
    // FNV-1a over 8-byte words, then a final avalanche.
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(0x100000001b3).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a str body, computed once and cached.
#[inline]
pub fn str_hash_cached(s: &StrData) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = str_hash(&s.s);
    s.hash.set(h);
    h
}

/// A number as seen by equality: inline int, big int or float.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Small(i));
    }
    if let Some(f) = v.as_float() {
        return Some(Num::Float(f));
    }
    let h = v.as_header()?;
    if let Some(b) = h.downcast::<IntData>() {
        if !h.type_data().has_flag(super::typeobj::tflags::HEAPTYPE) {
            return Some(Num::Big(&b.0));
        }
    }
    None
}

/// Exact comparison of a big int with a float.
pub fn bigint_cmp_f64(b: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1.7e38 { fb } else { big_from_f64(fl) };
    match b.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Converts an integral finite float to a big int exactly.
pub fn big_from_f64(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    BigInt::from(mant) << (e - 53) as usize
}

fn num_eq(a: &Num, b: &Num) -> bool {
    use std::cmp::Ordering;
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Small(x), Num::Float(y)) | (Num::Float(y), Num::Small(x)) => (*x as f64) == *y && (*x as f64) as i64 == *x,
        (Num::Big(x), Num::Big(y)) => x == y,
        (Num::Big(x), Num::Small(y)) | (Num::Small(y), Num::Big(x)) => **x == BigInt::from(*y),
        (Num::Big(x), Num::Float(y)) | (Num::Float(y), Num::Big(x)) => bigint_cmp_f64(x, *y) == Some(Ordering::Equal),
    }
}

/// Equality of two values when it can be decided without Python code:
/// numbers, str, bytes, tuples of those, identity. `None` means "ask `__eq__`".
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        if let Some(f) = a.as_float() {
            return Some(!f.is_nan());
        }
        return Some(true);
    }
    // Two exact strs (the common dict-probe case): compare the text at once.
    if let (Some(ha), Some(hb)) = (a.as_header(), b.as_header()) {
        let s = super::t().str_.raw();
        if ha.type_ptr() as u64 == s && hb.type_ptr() as u64 == s {
            let (x, y) = (ha.downcast::<StrData>()?, hb.downcast::<StrData>()?);
            return Some(x.char_len == y.char_len && x.s == y.s);
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(num_eq(&x, &y));
    }
    let (ha, hb) = (a.as_header(), b.as_header());
    let heap_type = |h: Option<&super::header::Header>| h.is_some_and(|h| h.type_data().has_flag(super::typeobj::tflags::HEAPTYPE));
    if heap_type(ha) || heap_type(hb) {
        return None;
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
        return Some(x.s == y.s);
    }
    if let (Some(x), Some(y)) = (a.downcast::<BytesData>(), b.downcast::<BytesData>()) {
        return Some(x.0 == y.0);
    }
    if let (Some(x), Some(y)) = (a.downcast::<TupleData>(), b.downcast::<TupleData>()) {
        if x.0.len() != y.0.len() {
            return Some(false);
        }
        for (p, q) in x.0.iter().zip(y.0.iter()) {
            match native_eq(p, q) {
                Some(true) => {}
                other => return other,
            }
        }
        return Some(true);
    }
    // Two different values of simple, distinct builtin kinds are unequal.
    let simple = |v: &Value| {
        v.is_small_int()
            || v.is_float()
            || v.downcast::<StrData>().is_some()
            || v.downcast::<IntData>().is_some()
            || v.downcast::<BytesData>().is_some()
            || v.downcast::<super::bodies::NativeData>().is_some()
    };
    if simple(a) && simple(b) {
        return Some(false);
    }
    None
}

/// Whether a big int is zero (helper for truthiness).
pub fn bigint_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(-2.5), Some(-1152921504606846978));
        assert_eq!(hash_f64(1e300), Some(hash_bigint(&big_from_f64(1e300))));
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100)), 549755813888);
    }
}
