//! Python semantics for the awkward arithmetic: floor division and modulo,
//! float rounding, correctly rounded int -> float conversions and true
//! division, `float ** float`, `float.hex` / `float.fromhex`,
//! `as_integer_ratio`, three-argument `pow`.
#![forbid(unsafe_code)]

use super::NumError;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `a // b` for machine ints (floor division). `None` when `b == 0`
/// (ZeroDivisionError `integer division or modulo by zero`) or on overflow
/// (`i64::MIN // -1`; the caller should redo it with big ints).
pub fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` for machine ints (result has the sign of `b`). `None` when
/// `b == 0`.
pub fn mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `divmod(a, b)` for big ints with floor semantics; `None` when `b == 0`.
pub fn bigint_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    Some(a.div_mod_floor(b))
}

fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats (CPython's `_float_div_mod`).
/// Error: ZeroDivisionError `float floor division by zero`.
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(float_div_mod(x, y).0)
}

/// `x % y` for floats (result has the sign of `y`; zero results get the sign
/// of `y`). Error: ZeroDivisionError `float modulo`.
pub fn float_mod(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)` for floats. Error: ZeroDivisionError `float divmod()`.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(float_div_mod(x, y))
}

/// Splits a finite float into `(negative, mantissa, exponent)` with
/// `|x| == mantissa * 2**exponent` exactly.
pub(crate) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), exp - 1075)
    }
}

fn pow10(n: u32) -> BigUint {
    num_traits::pow(BigUint::from(10u32), n as usize)
}

/// Round-half-even of `n / d` (d > 0).
fn div_round_half_even(n: &BigUint, d: &BigUint) -> BigUint {
    let (mut q, r) = n.div_rem(d);
    let twice = r << 1usize;
    if twice > *d || (twice == *d && q.bit(0)) {
        q += 1u32;
    }
    q
}

/// Correctly rounded (ties to even) value of `n / d` for `d > 0`.
/// `None` when the result overflows (would round to >= 2**1024).
pub fn ratio_to_f64(n: &BigUint, d: &BigUint) -> Option<f64> {
    assert!(!d.is_zero(), "ratio_to_f64: zero denominator");
    if n.is_zero() {
        return Some(0.0);
    }
    let mut t = n.bits() as i64 - d.bits() as i64;
    let ge = if t >= 0 { *n >= (d << (t as usize)) } else { (n << ((-t) as usize)) >= *d };
    if !ge {
        t -= 1;
    }
    if t > 1023 {
        return None;
    }
    if t < -1076 {
        return Some(0.0);
    }
    let k = (t - 52).max(-1074);
    let q = if k >= 0 {
        div_round_half_even(n, &(d << (k as usize)))
    } else {
        div_round_half_even(&(n << ((-k) as usize)), d)
    };
    let q = q.to_u64().expect("q fits in 54 bits");
    let qb = 64 - q.leading_zeros() as i64;
    if qb + k > 1024 {
        return None;
    }
    Some(ldexp_exact(q, k))
}

/// `q * 2**k`, assumed exactly representable.
fn ldexp_exact(q: u64, k: i64) -> f64 {
    let p2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if k >= -1022 {
        q as f64 * p2(k)
    } else {
        (q as f64 * p2(k + 1074)) * f64::from_bits(1)
    }
}

/// `float(n)`: correctly rounded (ties to even). `None` means
/// OverflowError `int too large to convert to float`.
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    let r = ratio_to_f64(n.magnitude(), &BigUint::one())?;
    Some(if n.sign() == Sign::Minus { -r } else { r })
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
/// Errors: ZeroDivisionError `division by zero`, OverflowError
/// `integer division result too large for a float`.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div("division by zero"));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let r = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    Ok(if negate { -r } else { r })
}

/// `int(x)` for a float: truncation toward zero, exact.
/// Errors: OverflowError `cannot convert float infinity to integer`,
/// ValueError `cannot convert float NaN to integer`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    let (neg, m, e) = decompose(x);
    let mag = if e >= 0 { BigUint::from(m) << (e as usize) } else { BigUint::from(m) >> ((-e) as usize) };
    Ok(BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, mag))
}

/// `round(x)` (no ndigits): round half to even, converted to an int.
/// Errors as [`f64_to_bigint`].
pub fn round_half_even_f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x.round_ties_even())
}

/// `round(x, ndigits)`: correctly rounded (ties to even on the exact binary
/// value). `None` means OverflowError `rounded value too large to represent`.
pub fn float_round(x: f64, ndigits: i64) -> Option<f64> {
    if !x.is_finite() || ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    let (neg, m, e) = decompose(x);
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if ndigits >= 0 {
        num *= pow10(ndigits as u32);
    } else {
        den *= pow10((-ndigits) as u32);
    }
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let q = div_round_half_even(&num, &den);
    let s = format!("{}{}e{}", if neg { "-" } else { "" }, q, -ndigits);
    let r: f64 = s.parse().expect("valid float literal");
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// Why `float ** float` did not produce a float.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PowError {
    /// Negative base with a non-integral exponent: the VM must compute the
    /// result as `complex(x) ** complex(y)`.
    Complex,
    /// An exception to raise: ZeroDivisionError
    /// `0.0 cannot be raised to a negative power` or OverflowError
    /// `(34, 'Numerical result out of range')` (errno 34, strerror
    /// `Numerical result out of range`).
    Error(NumError),
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats with CPython's special cases.
pub fn float_pow(x: f64, y: f64) -> Result<f64, PowError> {
    let (mut iv, iw) = (x, y);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(PowError::Error(NumError::zero_div("0.0 cannot be raised to a negative power")));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PowError::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = iv.powf(iw);
    if r.is_infinite() {
        return Err(PowError::Error(NumError::overflow("(34, 'Numerical result out of range')")));
    }
    Ok(if negate { -r } else { r })
}

/// `float.as_integer_ratio()`. Errors: OverflowError
/// `cannot convert Infinity to integer ratio`, ValueError
/// `cannot convert NaN to integer ratio`.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    let (neg, mut m, mut e) = decompose(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut n = BigInt::from(m);
    if neg {
        n = -n;
    }
    if e >= 0 {
        Ok((n << (e as usize), BigInt::one()))
    } else {
        Ok((n, BigInt::one() << ((-e) as usize)))
    }
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `float.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float_repr::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, frac, if e < 0 { '-' } else { '+' }, e.abs())
}

/// `float.fromhex(s)`. Errors: ValueError
/// `invalid hexadecimal floating-point string`, OverflowError
/// `hexadecimal value too large to represent as a float`.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let invalid = || NumError::value("invalid hexadecimal floating-point string");
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    let t = s.trim_matches(is_space);
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let rest = &t[i..];
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    if b.len() >= i + 2 && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        i += 2;
    }
    let mut mant = BigUint::zero();
    let mut ndigits = 0usize;
    let mut frac_digits = 0i64;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mant = (mant << 4usize) + BigUint::from((b[i] as char).to_digit(16).unwrap());
        ndigits += 1;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mant = (mant << 4usize) + BigUint::from((b[i] as char).to_digit(16).unwrap());
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1i64 << 50);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let e = exp - 4 * frac_digits;
    let sign = |v: f64| if neg { -v } else { v };
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let top = mant.bits() as i64 + e;
    let overflow = || NumError::overflow("hexadecimal value too large to represent as a float");
    if top > 1025 {
        return Err(overflow());
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    let r = if e >= 0 {
        ratio_to_f64(&(mant << (e as usize)), &BigUint::one())
    } else {
        ratio_to_f64(&mant, &(BigUint::one() << ((-e) as usize)))
    };
    r.map(sign).ok_or_else(overflow)
}

/// Three-argument `pow(base, exp, m)` with Python semantics (negative
/// exponents use the modular inverse; the result has the sign of `m`).
/// Errors: ValueError `pow() 3rd argument cannot be 0`, ValueError
/// `base is not invertible for the given modulus`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
    if m.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut b = base.mod_floor(&am);
    let mut e = exp.clone();
    if e.is_negative() {
        let g = b.extended_gcd(&am);
        if !g.gcd.is_one() {
            return Err(NumError::value("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&am);
        e = -e;
    }
    let mut r = if am.is_one() { BigInt::zero() } else { b.modpow(&e, &am) };
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(r)
}
