//! CPython's numeric hash: for a rational `x = m/n` the hash is
//! `m * inverse(n) mod P` with `P = 2**61 - 1`, sign-adjusted, and `-1`
//! replaced by `-2`. This makes `hash(1.5) == hash(Fraction(3, 2))` and
//! `hash(2**61) == 1`.
#![forbid(unsafe_code)]

use super::arith::decompose;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

/// Number of bits of the modulus (`sys.hash_info.width` is 64).
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;
/// `sys.hash_info.imag`.
pub const HASH_IMAG: u64 = 1000003;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a machine int.
pub fn hash_i64(n: i64) -> i64 {
    let r = (n.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if n < 0 { -r } else { r })
}

/// `hash(n)` for a big int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let r = (n.magnitude() % BigUint::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    fix(if n.sign() == Sign::Minus { -r } else { r })
}

/// `2**e mod P` for any exponent (2**61 == 1 mod P).
fn pow2_mod(e: i64) -> u64 {
    let e = e.rem_euclid(HASH_BITS as i64) as u32;
    1u64 << e
}

/// `hash(x)` for a float. `None` for NaN: since 3.10 a NaN hashes by object
/// identity, which only the VM can do.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (neg, m, e) = decompose(x);
    let r = ((m as u128 % HASH_MODULUS as u128) * pow2_mod(e) as u128 % HASH_MODULUS as u128) as i64;
    Some(fix(if neg { -r } else { r }))
}

/// `hash(complex(re, im))`. `None` if either part is NaN (identity hash).
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let hr = hash_float(re)? as u64;
    let hi = hash_float(im)? as u64;
    Some(fix(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64))
}

/// `hash(Fraction(num, den))` (den > 0), as computed by
/// `fractions.Fraction.__hash__`; equals the hash of an equal int/float.
pub fn hash_fraction(num: &BigInt, den: &BigInt) -> i64 {
    let p = BigInt::from(HASH_MODULUS);
    let d = den % &p;
    let h = if d.is_zero() {
        HASH_INF
    } else {
        // P is prime: inverse is d**(P-2)
        let dinv = d.modpow(&(&p - 2u32), &p);
        let abs_hash = hash_bigint(&BigInt::from_biguint(Sign::Plus, num.magnitude().clone()));
        hash_bigint(&(BigInt::from(abs_hash) * dinv))
    };
    fix(if num.sign() == Sign::Minus { -h } else { h })
}
