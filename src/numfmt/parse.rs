//! `int(str, base)`, `float(str)` and `bin`/`oct`/`hex`-style output.
//!
//! Only ASCII digits are recognised; CPython additionally maps non-ASCII
//! Unicode decimal digits (e.g. Arabic-Indic) to ASCII before parsing.
//! Whitespace is ASCII ` \t\n\v\f\r` plus the non-ASCII `str.isspace()`
//! characters (CPython maps those to spaces first; U+001C..U+001F are
//! *not* accepted).
#![forbid(unsafe_code)]

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

/// Whitespace as stripped by `int()` / `float()`: `str.isspace` but for
/// U+001C..U+001F (CPython maps only non-ASCII spaces to ' ').
pub fn py_isspace(c: char) -> bool {
    crate::unicode::is_space(c) && !('\x1c'..='\x1f').contains(&c)
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)`. `base` must be 0 or 2..=36 (otherwise `None`; CPython
/// raises ValueError `int() base must be >= 2 and <= 36, or 0` before
/// looking at the string). `None` means ValueError
/// `invalid literal for int() with base N: <repr(s)>`. The 4300-digit
/// `sys.set_int_max_str_digits` limit is not applied here.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = s.trim_matches(py_isspace);
    if !t.is_ascii() {
        return None;
    }
    let b = t.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut neg = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        neg = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && matches!(at(i + 1), b'x' | b'X'))
            || (base == 8 && matches!(at(i + 1), b'o' | b'O'))
            || (base == 2 && matches!(at(i + 1), b'b' | b'B')))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(b.len() - i);
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            digits.push(b[i]);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' || digits.is_empty() || i != b.len() {
        return None;
    }
    let mag = BigInt::parse_bytes(&digits, base)?;
    if error_if_nonzero && !mag.is_zero() {
        return None;
    }
    Some(if neg { -mag } else { mag })
}

/// `float(s)`: surrounding whitespace, sign, underscores between digits,
/// `inf`/`infinity`/`nan` in any case with optional sign, exponents.
/// Correctly rounded; huge values give `inf`, tiny ones `0.0`.
/// `None` means ValueError `could not convert string to float: <repr(s)>`.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(py_isspace);
    if !t.is_ascii() || t.is_empty() {
        return None;
    }
    let owned: String;
    let t = if t.contains('_') {
        let mut out = String::with_capacity(t.len());
        let mut prev = 0u8;
        for &c in t.as_bytes() {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c as char);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        owned = out;
        owned.as_str()
    } else {
        t
    };
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let word = t[i..].to_ascii_lowercase();
    match word.as_str() {
        "inf" | "infinity" => return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    let mut nd = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `bin`/`oct`/`hex`-style text of an integer in `radix` (2..=36), lower
/// case. With `prefix`, radix 2/8/16 get `0b`/`0o`/`0x` after the sign:
/// `int_to_str_radix(-31, 16, true) == "-0x1f"`.
pub fn int_to_str_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let mut out = String::new();
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&v.magnitude().to_str_radix(radix));
    out
}
