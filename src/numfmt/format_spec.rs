//! The `format()` / `str.format` mini-language for int, float and str,
//! following CPython 3.11's `Python/formatter_unicode.c`.
//!
//! Usage: `parse_format_spec(spec, type_name)` then one of [`format_int`],
//! [`format_float`], [`format_str`]. The `type_name` parameter is the
//! `tp_name` that appears in error messages (so subclasses report their own
//! name). The locale-dependent `n` type behaves as in the C locale (no
//! grouping, `.` as decimal point), which is what CPython does unless the
//! program calls `locale.setlocale`.
//!
//! An empty spec means `str(obj)` in CPython; for exact int/float/str the
//! formatters give exactly that, but for subclasses with their own
//! `__str__` the VM must call `str()` itself. Width/precision digits must
//! be ASCII (CPython also accepts other Unicode decimal digits).
#![forbid(unsafe_code)]

use super::arith::bigint_to_f64;
use super::float_repr::{double_to_string, DtoaFlags};
use super::NumError;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Thousands separator requested in a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

/// A parsed format specification
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields hold what was written; defaults that depend on the object type
/// (default alignment, default type, the effect of `0`) are applied by the
/// formatters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// One of `< > = ^`.
    pub align: Option<char>,
    /// One of `+ - ' '`.
    pub sign: Option<char>,
    /// The 3.11 `z` flag (coerce negative zero).
    pub z: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (only recorded when no explicit fill was given).
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut acc: i64 = 0;
    let start = *pos;
    while *pos < chars.len() {
        let Some(d) = chars[*pos].to_digit(10) else { break };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc as usize) })
}

/// Parses a format spec. `type_name` is used in the
/// `Invalid format specifier '...' for object of type '...'` message.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    if end >= 2 && is_align(c[1]) {
        f.fill = Some(c[0]);
        f.align = Some(c[1]);
        pos = 2;
    } else if end >= 1 && is_align(c[0]) {
        f.align = Some(c[0]);
        pos = 1;
    }
    if pos < end && matches!(c[pos], '+' | '-' | ' ') {
        f.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        f.z = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < end && c[pos] == '0' {
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&c, &mut pos)?;
    if pos < end && c[pos] == ',' {
        f.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if f.grouping.is_some() {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if pos < end && c[pos] == ',' && f.grouping == Some(Grouping::Underscore) {
        return Err(NumError::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&c, &mut pos)?;
        if f.precision.is_none() {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(NumError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(c[pos]);
    }
    Ok(f)
}

fn char_desc(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", u)
    }
}

/// The grouping validation CPython performs at the end of parsing, using
/// the effective type (explicit or the object's default). Returns the group
/// size and separator.
fn check_grouping(f: &FormatSpec, ty: char) -> Result<Option<(char, usize)>, NumError> {
    let Some(g) = f.grouping else { return Ok(None) };
    let sep = if g == Grouping::Comma { ',' } else { '_' };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if g == Grouping::Underscore => Ok(Some(('_', 4))),
        _ => Err(NumError::value(format!("Cannot specify '{}' with {}.", sep, char_desc(ty)))),
    }
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::value(format!("Unknown format code {} for object of type '{}'", char_desc(ty), type_name))
}

/// Effective fill/align/width/sign for a numeric field.
struct NumLayout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: i64,
}

fn layout(f: &FormatSpec, default_align: char) -> NumLayout {
    let fill = f.fill.unwrap_or(if f.zero { '0' } else { ' ' });
    let align = f.align.unwrap_or(if f.zero && default_align == '>' { '=' } else { default_align });
    NumLayout { fill, align, sign: f.sign, width: f.width.map(|w| w as i64).unwrap_or(-1) }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits`, zero-padding to
/// `min_width` total characters.
fn group_digits(digits: &[char], min_width: i64, grouping: Option<(char, usize)>) -> Vec<char> {
    let mut rev: Vec<char> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut dpos = digits.len();
    let mut min_width = min_width;
    let mut use_sep = false;
    let emit = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep: Option<char>, dpos: &mut usize| {
        if let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            *dpos -= 1;
            rev.push(digits[*dpos]);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    let mut broken = false;
    if let Some((sep, group)) = grouping {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, if use_sep { Some(sep) } else { None }, &mut dpos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map(|g| g.0).filter(|_| use_sep);
        emit(&mut rev, n_chars, n_zeros, sep, &mut dpos);
    }
    rev.reverse();
    rev
}

/// `calc_number_widths` + `fill_number`.
#[allow(clippy::too_many_arguments)]
fn fill_number(
    lay: &NumLayout,
    negative: bool,
    prefix: &str,
    digits: &[char],
    has_decimal: bool,
    remainder: &str,
    grouping: Option<(char, usize)>,
    toupper: bool,
) -> String {
    let sign = match lay.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + has_decimal as i64 + n_remainder;
    let min_width = if lay.fill == '0' && lay.align == '=' { lay.width - non_digit } else { 0 };
    let mut grouped = if digits.is_empty() { Vec::new() } else { group_digits(digits, min_width, grouping) };
    if toupper {
        for c in grouped.iter_mut() {
            *c = c.to_ascii_uppercase();
        }
    }
    let n_padding = lay.width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match lay.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(lay.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if toupper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    pad(&mut out, spad);
    out.extend(grouped.iter());
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    pad(&mut out, rpad);
    out
}

/// `format(int, spec)`. Types `b c d o x X n` and none format the integer;
/// `e E f F g G %` convert to float first.
pub fn format_int(v: &BigInt, f: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = f.ty.unwrap_or('d');
    let grouping = check_grouping(f, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v).ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
            return format_float(x, f, "float");
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision.is_some() {
        return Err(NumError::value("Precision not allowed in integer format specifier"));
    }
    if f.z {
        return Err(NumError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let lay = layout(f, '>');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(NumError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alternate {
            return Err(NumError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        if let Some(u) = v.to_u32().filter(|u| (0xD800..=0xDFFF).contains(u)) {
            return Err(super::percent::surrogate_error(u));
        }
        let ch = v.to_u32().and_then(char::from_u32);
        let Some(ch) = ch else {
            if v.to_i64().is_none() {
                return Err(NumError::overflow("Python int too large to convert to C long"));
            }
            return Err(NumError::overflow("%c arg not in range(0x110000)"));
        };
        return Ok(fill_number(&lay, false, "", &[], false, &ch.to_string(), grouping, false));
    }
    let (base, pfx) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits: Vec<char> = v.magnitude().to_str_radix(base).chars().collect();
    let prefix = if f.alternate { pfx } else { "" };
    let negative = v.sign() == Sign::Minus;
    Ok(fill_number(&lay, negative, prefix, &digits, false, "", grouping, ty == 'X'))
}

/// `format(float, spec)`. Types `e E f F g G n %` and none (repr-like,
/// or `g`-like with at least one digit after the point when a precision is
/// given).
pub fn format_float(x: f64, f: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty0 = f.ty.unwrap_or('\0');
    let grouping = check_grouping(f, ty0)?;
    if !matches!(ty0, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty0, type_name));
    }
    if let Some(p) = f.precision {
        if p > i32::MAX as usize {
            return Err(NumError::value("precision too big"));
        }
    }
    let mut flags = DtoaFlags { alt: f.alternate, no_neg_0: f.z, ..DtoaFlags::default() };
    let mut ty = ty0;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let lay = layout(f, '>');
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits: Vec<char> = body[..ndig].chars().collect();
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Ok(fill_number(&lay, negative, "", &digits, has_decimal, remainder, grouping, false))
}

/// `format(str, spec)`: only type `s` (or none); precision truncates;
/// default alignment is left.
pub fn format_str(s: &str, f: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = f.ty.unwrap_or('s');
    check_grouping(f, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match f.sign {
        Some(' ') => return Err(NumError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(NumError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if f.z {
        return Err(NumError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.alternate {
        return Err(NumError::value("Alternate form (#) not allowed in string format specifier"));
    }
    let lay = layout(f, '<');
    if lay.align == '=' {
        return Err(NumError::value("'=' alignment not allowed in string format specifier"));
    }
    let mut len = s.chars().count();
    if let Some(p) = f.precision {
        len = len.min(p);
    }
    let total = f.width.map_or(len, |w| w.max(len));
    let lpad = match lay.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(total);
    out.extend(std::iter::repeat_n(lay.fill, lpad));
    out.extend(s.chars().take(len));
    out.extend(std::iter::repeat_n(lay.fill, rpad));
    Ok(out)
}
