//! `struct` format strings, without the VM: parsing a format (byte-order
//! prefix, repeat counts, native alignment) into a layout of fields with
//! their offsets, and the byte-level codecs (integers of every width and
//! order, IEEE half / single / double floats with correct rounding).
//!
//! Layout rules (from the `struct` documentation, checked against CPython):
//! - prefix `@` (default): native sizes and alignment; `=`, `<`, `>`, `!`:
//!   standard sizes, no alignment (`=` is little-endian here, `!` big).
//! - native sizes: `c b B ? x s p` 1, `h H e` 2, `i I f` 4, `l L q Q n N d P` 8;
//!   standard sizes are the same except `l L` 4; `n N P` are native-only.
//! - `s` / `p` counts are a length, `x` counts pad bytes, other counts repeat.
//! - in native mode each field starts at a multiple of its size; `0i`
//!   aligns without adding a field.

#![forbid(unsafe_code)]

/// Byte order and size mode of a format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `<` or `=`: little-endian, standard sizes.
    Little,
    /// `>` or `!`: big-endian, standard sizes.
    Big,
}

/// A run of fields of one code: `repeat` values of `size` bytes each from
/// `offset` on (for `s` / `p`: one value of `size` bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The format character.
    pub code: u8,
    /// Offset of the first value in the packed bytes.
    pub offset: usize,
    /// Bytes per value.
    pub size: usize,
    /// Number of values.
    pub repeat: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    /// Byte order / size mode.
    pub mode: Mode,
    /// The value-carrying runs in order (`x` pads are not fields).
    pub fields: Vec<Field>,
    /// Number of values (the sum of the runs' `repeat`).
    pub nvalues: usize,
    /// Total packed size.
    pub size: usize,
}

/// Errors of `parse` (all are `struct.error` with these messages).
pub const BAD_CHAR: &str = "bad char in struct format";

/// Size of one `code` item in `mode`, or `None` if `code` is not valid there.
pub fn item_size(code: u8, mode: Mode) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if mode == Mode::Native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if mode == Mode::Native => 8,
        _ => return None,
    })
}

/// Parses `fmt`; `Err` is the `struct.error` message.
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'<') | Some(b'=') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let too_long = "total struct size too long";
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut nvalues: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while c.is_ascii_digit() {
            let d = usize::from(c - b'0');
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or(too_long)?);
            i += 1;
            c = *body.get(i).ok_or("repeat count given without format specifier")?;
        }
        let n = count.unwrap_or(1);
        let isz = item_size(c, mode).ok_or(BAD_CHAR)?;
        if mode == Mode::Native && isz > 1 {
            size = size.checked_add(isz - 1).ok_or(too_long)? / isz * isz;
        }
        match c {
            b's' | b'p' => {
                fields.push(Field { code: c, offset: size, size: n, repeat: 1 });
                nvalues += 1;
                size = size.checked_add(n).ok_or(too_long)?;
            }
            b'x' => size = size.checked_add(n).ok_or(too_long)?,
            _ => {
                let bytes = n.checked_mul(isz).ok_or(too_long)?;
                if size.checked_add(bytes).is_none_or(|s| s > isize::MAX as usize) {
                    return Err(too_long);
                }
                if n > 0 {
                    fields.push(Field { code: c, offset: size, size: isz, repeat: n });
                    nvalues += n;
                }
                size += bytes;
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long);
        }
        i += 1;
    }
    Ok(Layout { mode, fields, nvalues, size })
}

/// Writes the low `out.len()` bytes of `v` in `mode`'s byte order.
pub fn put_uint(out: &mut [u8], v: u64, mode: Mode) {
    let n = out.len();
    let le = v.to_le_bytes();
    for k in 0..n {
        let b = le[k];
        if mode == Mode::Big {
            out[n - 1 - k] = b;
        } else {
            out[k] = b;
        }
    }
}

/// Reads `bytes` as an unsigned integer in `mode`'s byte order.
pub fn get_uint(bytes: &[u8], mode: Mode) -> u64 {
    let mut v: u64 = 0;
    for k in 0..bytes.len() {
        let b = if mode == Mode::Big { bytes[k] } else { bytes[bytes.len() - 1 - k] };
        v = (v << 8) | u64::from(b);
    }
    v
}

/// Reads `bytes` as a two's-complement signed integer.
pub fn get_int(bytes: &[u8], mode: Mode) -> i64 {
    let u = get_uint(bytes, mode);
    let bits = 8 * bytes.len() as u32;
    if bits >= 64 {
        u as i64
    } else {
        let shift = 64 - bits;
        ((u << shift) as i64) >> shift
    }
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest-even; `None` on overflow
/// (a finite `x` whose magnitude rounds past 65504).
pub fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        // Subnormal (or rounds up to the smallest normal, 0x0400: same bits).
        let q = (a * 2f64.powi(24)).round_ties_even();
        return Some(sign | q as u16);
    }
    let mut e = ((a.to_bits() >> 52) as i32) - 1023;
    let mut m = (a / 2f64.powi(e - 10)).round_ties_even();
    if m >= 2048.0 {
        m = 1024.0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (m as u16 - 1024))
}

/// The value of IEEE 754 binary16 bits.
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    let mag = match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    };
    sign * mag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts() {
        let l = parse(b"ci").unwrap();
        assert_eq!(l.size, 8);
        assert_eq!(l.fields[1].offset, 4);
        assert_eq!(parse(b"3h").unwrap().fields, vec![Field { code: b'h', offset: 0, size: 2, repeat: 3 }]);
        assert_eq!(parse(b"100000000000c").unwrap().nvalues, 100000000000);
        assert_eq!(parse(b"c0i").unwrap().size, 4);
        assert_eq!(parse(b"<ci").unwrap().size, 5);
        assert_eq!(parse(b"@qc").unwrap().size, 9);
        assert_eq!(parse(b"3s2x p").unwrap().fields.len(), 2);
        assert_eq!(parse(b"z").unwrap_err(), BAD_CHAR);
        assert_eq!(parse(b"<n").unwrap_err(), BAD_CHAR);
        assert!(parse(b"99999999999999999999999i").is_err());
        assert!(parse(b"3").is_err());
    }

    #[test]
    fn half_floats_round_to_nearest_even() {
        assert_eq!(f64_to_half(65504.0), Some(0x7bff));
        assert_eq!(f64_to_half(65519.0), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(2f64.powi(-24)), Some(1));
        assert_eq!(f64_to_half(2f64.powi(-25)), Some(0));
        assert_eq!(f64_to_half(2f64.powi(-25) * 1.000001), Some(1));
        assert_eq!(f64_to_half(1.0 + 2f64.powi(-11)), Some(0x3c00));
        assert_eq!(f64_to_half(1.0 + 3.0 * 2f64.powi(-11)), Some(0x3c02));
        for h in 0..0x7c00u16 {
            assert_eq!(f64_to_half(half_to_f64(h)), Some(h));
        }
    }
}
