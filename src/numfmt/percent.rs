//! printf-style `%` formatting (`str % args`), following CPython 3.11's
//! `PyUnicode_Format`.
//!
//! The template is parsed lazily by [`PercentParser`] (an iterator), so the
//! VM sees errors in the same order as CPython: an earlier conversion that
//! fails (e.g. `%d` given a str) is reported before a later malformed one.
//! Per conversion the VM should: fetch `*` width/precision arguments, fetch
//! the value (by key or position), call [`ConversionSpec::unsupported_error`]
//! (CPython checks the conversion character only after fetching the value),
//! convert the value (`str()`, `repr()`, `ascii()`, `int()`, `float()`) and
//! call [`percent_str`], [`percent_int`], [`percent_float`] or
//! [`percent_char`] with the [`ResolvedSpec`].
#![forbid(unsafe_code)]

use super::float_repr::{double_to_string, DtoaFlags};
use super::NumError;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Conversion flags `- + space # 0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub ljust: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: space for positive numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision as written in the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    None,
    /// A literal number.
    Num(usize),
    /// `*`: taken from the next positional argument (must be an int,
    /// else TypeError `* wants int`).
    Star,
}

/// One `%` conversion of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionSpec {
    /// The mapping key of `%(name)s`.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: Count,
    /// Precision.
    pub precision: Count,
    /// The conversion character (may be unsupported, see
    /// [`ConversionSpec::unsupported_error`]).
    pub conv: char,
    /// Character index of `conv` in the template (for error messages).
    pub index: usize,
}

/// A piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Conversion(ConversionSpec),
}

/// Width/precision after `*` arguments have been substituted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolvedSpec {
    /// Flags (a negative `*` width sets `ljust`).
    pub flags: PercentFlags,
    /// Width, if any.
    pub width: Option<usize>,
    /// Precision, if any.
    pub precision: Option<usize>,
}

impl ConversionSpec {
    /// Substitutes `*` values: a negative width means left-justify with its
    /// absolute value, a negative precision means 0. Non-star counts ignore
    /// the arguments.
    pub fn resolve(&self, star_width: Option<i64>, star_prec: Option<i64>) -> ResolvedSpec {
        let mut flags = self.flags;
        let width = match self.width {
            Count::None => None,
            Count::Num(n) => Some(n),
            Count::Star => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.ljust = true;
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match self.precision {
            Count::None => None,
            Count::Num(n) => Some(n),
            Count::Star => Some(star_prec.unwrap_or(0).max(0) as usize),
        };
        ResolvedSpec { flags, width, precision }
    }

    /// ValueError `unsupported format character 'y' (0x79) at index 3` if
    /// the conversion character is not one of `s r a i d u o x X e E f F g G c`.
    pub fn unsupported_error(&self) -> Option<NumError> {
        if "sraiduoxXeEfFgGc".contains(self.conv) {
            return None;
        }
        let c = self.conv;
        let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
        Some(NumError::value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, c as u32, self.index
        )))
    }
}

/// Lazy template parser; yields segments until the end or the first error.
#[derive(Clone, Debug)]
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    is_mapping: bool,
    done: bool,
}

/// Parses a `%` template. `is_mapping` tells whether the right operand is a
/// mapping (CPython: `PyMapping_Check(args) && !tuple && !str`); a `%(key)`
/// without one yields TypeError `format requires a mapping`.
pub fn parse_percent(template: &str, is_mapping: bool) -> PercentParser {
    PercentParser { chars: template.chars().collect(), pos: 0, is_mapping, done: false }
}

impl PercentParser {
    /// Collects all segments, stopping at the first error.
    pub fn collect_all(self) -> Result<Vec<Segment>, NumError> {
        self.collect()
    }

    fn conversion(&mut self) -> Result<ConversionSpec, NumError> {
        let c = &self.chars;
        let n = c.len();
        let incomplete = || NumError::value("incomplete format");
        // self.pos is just past the '%'
        let mut key = None;
        if self.pos < n && c[self.pos] == '(' {
            if !self.is_mapping {
                return Err(NumError::type_error("format requires a mapping"));
            }
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 && self.pos < n {
                match c[self.pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                self.pos += 1;
            }
            if depth > 0 {
                return Err(NumError::value("incomplete format key"));
            }
            key = Some(c[start..self.pos - 1].iter().collect::<String>());
        }
        let mut flags = PercentFlags::default();
        let next = |p: &mut usize| -> Option<char> {
            let r = c.get(*p).copied();
            if r.is_some() {
                *p += 1;
            }
            r
        };
        let mut ch = loop {
            let Some(ch) = next(&mut self.pos) else { return Err(incomplete()) };
            match ch {
                '-' => flags.ljust = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break ch,
            }
        };
        let mut width = Count::None;
        if ch == '*' {
            width = Count::Star;
            ch = next(&mut self.pos).ok_or_else(incomplete)?;
        } else if ch.is_ascii_digit() {
            let mut w: u64 = ch as u64 - '0' as u64;
            loop {
                ch = next(&mut self.pos).ok_or_else(incomplete)?;
                let Some(d) = ch.to_digit(10) else { break };
                if w > (i64::MAX as u64 - d as u64) / 10 {
                    return Err(NumError::value("width too big"));
                }
                w = w * 10 + d as u64;
            }
            width = Count::Num(w as usize);
        }
        let mut precision = Count::None;
        if ch == '.' {
            precision = Count::Num(0);
            ch = next(&mut self.pos).ok_or_else(incomplete)?;
            if ch == '*' {
                precision = Count::Star;
                ch = next(&mut self.pos).ok_or_else(incomplete)?;
            } else if ch.is_ascii_digit() {
                let mut p: u64 = ch as u64 - '0' as u64;
                loop {
                    ch = next(&mut self.pos).ok_or_else(incomplete)?;
                    let Some(d) = ch.to_digit(10) else { break };
                    if p > (i32::MAX as u64 - d as u64) / 10 {
                        return Err(NumError::value("precision too big"));
                    }
                    p = p * 10 + d as u64;
                }
                precision = Count::Num(p as usize);
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = next(&mut self.pos).ok_or_else(incomplete)?;
        }
        Ok(ConversionSpec { key, flags, width, precision, conv: ch, index: self.pos - 1 })
    }
}

impl Iterator for PercentParser {
    type Item = Result<Segment, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.chars.len() {
            return None;
        }
        let mut lit = String::new();
        while self.pos < self.chars.len() {
            let c = self.chars[self.pos];
            if c != '%' {
                lit.push(c);
                self.pos += 1;
                continue;
            }
            if self.chars.get(self.pos + 1) == Some(&'%') {
                lit.push('%');
                self.pos += 2;
                continue;
            }
            if !lit.is_empty() {
                return Some(Ok(Segment::Literal(lit)));
            }
            self.pos += 1;
            let r = self.conversion();
            if r.is_err() {
                self.done = true;
            }
            return Some(r.map(Segment::Conversion));
        }
        Some(Ok(Segment::Literal(lit)))
    }
}

/// `unicode_format_arg_output`: pads `s` per the spec. `numeric` is true for
/// number conversions (sign handling and zero padding apply).
fn output(s: &str, spec: &ResolvedSpec, conv: char, numeric: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let f = spec.flags;
    let mut sign = numeric;
    let fill = if sign && f.zero { '0' } else { ' ' };
    let mut width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let prec = spec.precision.map(|p| p as i64).unwrap_or(-1);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(f.sign || f.blank) {
        return s.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if f.sign {
            signchar = '+';
        } else if f.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::new();
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = f.alt && matches!(conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !f.ljust {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if has_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
    out
}

/// Formats an integer for `%d %i %u %o %x %X` (the VM converts the value
/// with `int()` / `__index__` first). Error: OverflowError
/// `precision too large`.
pub fn percent_int(v: &BigInt, spec: &ResolvedSpec, conv: char) -> Result<String, NumError> {
    let prec = spec.precision.unwrap_or(0);
    if prec > (i32::MAX - 3) as usize {
        return Err(NumError::overflow("precision too large"));
    }
    let (base, pfx) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::new();
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if spec.flags.alt {
        s.push_str(pfx);
    }
    for _ in digits.len()..prec.max(digits.len()) {
        s.push('0');
    }
    s.push_str(&digits);
    Ok(output(&s, spec, conv, true))
}

/// Formats a float for `%e %E %f %F %g %G` (default precision 6).
pub fn percent_float(x: f64, spec: &ResolvedSpec, conv: char) -> String {
    let prec = spec.precision.unwrap_or(6);
    let flags = DtoaFlags { alt: spec.flags.alt, ..DtoaFlags::default() };
    let s = double_to_string(x, conv, prec, flags);
    output(&s, spec, conv, true)
}

/// Pads (and for `s r a` truncates to the precision) an already converted
/// string for `%s %r %a`.
pub fn percent_str(s: &str, spec: &ResolvedSpec, conv: char) -> String {
    output(s, spec, conv, false)
}

/// Pads a character for `%c` (precision is ignored).
pub fn percent_char(c: char, spec: &ResolvedSpec) -> String {
    output(&c.to_string(), spec, 'c', false)
}

/// The error for a lone surrogate code point asked of a str.
pub fn surrogate_error(u: u32) -> NumError {
    NumError::not_implemented(format!(
        "lone surrogate U+{u:04X}: Pyrite's str is UTF-8 and cannot hold U+D800..U+DFFF"
    ))
}

/// The character for `%c` given an int. Error: OverflowError
/// `%c arg not in range(0x110000)`. Lone surrogates (which Pyrite's str
/// cannot hold) raise `NotImplementedError`.
pub fn percent_char_from_int(v: &BigInt) -> Result<char, NumError> {
    match v.to_u32() {
        Some(u) if u <= 0x10ffff => char::from_u32(u).ok_or_else(|| surrogate_error(u)),
        _ => Err(NumError::overflow("%c arg not in range(0x110000)")),
    }
}
