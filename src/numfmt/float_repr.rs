//! `repr(float)` and CPython's `PyOS_double_to_string` engine.
//!
//! CPython formats floats with David Gay's `_Py_dg_dtoa` (mode 0 = shortest
//! round-trip, mode 2 = N significant digits, mode 3 = N digits after the
//! point, all correctly rounded, ties to even on the exact binary value) and
//! then lays the digits out in `format_float_short`. Rust's `{:e}`, `{:.N}`
//! and `{:.Ne}` formatting produce exactly the same digit strings, so we
//! obtain the digits from them and replicate the layout code verbatim.
#![forbid(unsafe_code)]

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: add `.0` to integral results (repr style).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the 3.11 `z` flag, turn `-0` results into `0`.
    pub no_neg_0: bool,
}

/// Digits (no trailing zeros except a lone "0") and decimal point position:
/// value = 0.DIGITS * 10**decpt.
fn digits_from_sci(s: &str) -> (Vec<u8>, i64) {
    // s looks like "d.ddddde-12" or "de3"
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i64 = exp.parse().expect("exp");
    let mut digits: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    if digits == b"0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// Emulates `_Py_dg_dtoa(|x|, mode, ndigits)` for finite `x`.
fn dtoa(x: f64, mode: u8, ndigits: i64) -> (Vec<u8>, i64) {
    let a = x.abs();
    match mode {
        0 => {
            // Rust's shortest digits are right in length but, when the exact
            // value lies halfway between two shortest candidates, Rust may
            // take the upper one where Gay's dtoa rounds half to even
            // (-841809529641403.25 -> ...403.2). The correctly rounded
            // n-digit form (ties to even) picks the same as dtoa.
            let (d, e) = digits_from_sci(&format!("{:e}", a));
            if d.len() > 1 {
                let s2 = format!("{:.*e}", d.len() - 1, a);
                if s2.parse::<f64>() == Ok(a) {
                    return digits_from_sci(&s2);
                }
            }
            (d, e)
        }
        2 => {
            let n = ndigits.max(1) as usize;
            digits_from_sci(&format!("{:.*e}", n - 1, a))
        }
        _ => {
            // mode 3: ndigits after the decimal point (ndigits >= 0 here)
            let s = format!("{:.*}", ndigits.max(0) as usize, a);
            let (ip, fp) = match s.split_once('.') {
                Some((i, f)) => (i, f),
                None => (s.as_str(), ""),
            };
            let mut all: Vec<u8> = Vec::with_capacity(ip.len() + fp.len());
            all.extend_from_slice(ip.as_bytes());
            all.extend_from_slice(fp.as_bytes());
            let lead = all.iter().take_while(|b| **b == b'0').count();
            if lead == all.len() {
                return (b"0".to_vec(), 1);
            }
            let decpt = ip.len() as i64 - lead as i64;
            let mut digits = all[lead..].to_vec();
            while digits.len() > 1 && *digits.last().unwrap() == b'0' {
                digits.pop();
            }
            (digits, decpt)
        }
    }
}

/// CPython's `PyOS_double_to_string(x, format_code, precision, flags)`.
///
/// `format_code` is one of `e E f F g G r` (`r` = repr, precision ignored).
/// Returns the formatted text; infinities and NaN give `inf`/`nan`
/// (upper-case for `E F G`), NaN never gets a `-`.
pub fn double_to_string(x: f64, format_code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = format_code.is_ascii_uppercase();
    let code = format_code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (2u8, precision as i64 + 1),
        'f' => (3u8, precision as i64),
        'g' => (2u8, (precision as i64).max(1)),
        _ => (0u8, 0i64),
    };
    let mut out = String::new();
    let negative = x.is_sign_negative();
    if !x.is_finite() {
        let neg = negative && !x.is_nan();
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return out;
    }
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let mut sign = negative;
    if flags.no_neg_0 && sign && digits == b"0" {
        sign = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dstr = std::str::from_utf8(&digits).expect("ascii");
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// Python's `repr(x)` (and `str(x)`) for a float: shortest round-trip
/// digits, `inf`/`-inf`/`nan`, exponent form below 1e-4 and from 1e16 up.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
}
