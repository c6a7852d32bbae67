//! The Unicode character database CPython 3.11 uses (Unicode 14.0.0):
//! character classes for the `str.is*` methods, `repr` and the parsers,
//! the full case mappings for `lower`/`upper`/`title`/`casefold`, digit and
//! numeric values, and the properties `unicodedata` reports. Rust's own
//! `char` methods follow a newer Unicode and other definitions (its
//! `is_alphabetic` is the Alphabetic property, not CPython's letter
//! categories), so Python-visible behaviour goes through this module.
//! The tables are generated (`tools/gen_unicode_db.py`, in `tables`).

pub mod normalization_tables;
pub mod normalize;
pub mod tables;

use tables::{Record, EXTENDED, EXTENDED_MAPPING, INDEX1, INDEX2, RECORDS, SHIFT};

/// The record of `c`.
#[inline]
pub fn record(c: char) -> &'static Record {
    let u = c as u32;
    let block = INDEX1[(u >> SHIFT) as usize] as usize;
    &RECORDS[INDEX2[(block << SHIFT) | (u & ((1 << SHIFT) - 1)) as usize] as usize]
}

#[inline]
fn has(c: char, flag: u16) -> bool {
    record(c).flags & flag != 0
}

/// `str.isalpha` for one character (categories Lu, Ll, Lt, Lm, Lo).
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, tables::ALPHA)
}

/// `str.isdecimal` for one character.
#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, tables::DECIMAL)
}

/// `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    has(c, tables::DIGIT)
}

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    has(c, tables::NUMERIC)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, tables::ALPHA | tables::DECIMAL | tables::DIGIT | tables::NUMERIC)
}

/// The Lowercase property (`str.islower` of one character).
#[inline]
pub fn is_lower(c: char) -> bool {
    has(c, tables::LOWER)
}

/// The Uppercase property (`str.isupper` of one character).
#[inline]
pub fn is_upper(c: char) -> bool {
    has(c, tables::UPPER)
}

/// A titlecase letter (category Lt).
#[inline]
pub fn is_title(c: char) -> bool {
    has(c, tables::TITLE)
}

/// Cased: Lowercase, Uppercase or Lt.
#[inline]
pub fn is_cased(c: char) -> bool {
    has(c, tables::CASED)
}

/// Case_Ignorable (skipped by the final-sigma rule).
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    has(c, tables::CASE_IGNORABLE)
}

/// `str.isspace` for one character (CPython's `Py_UNICODE_ISSPACE`: the
/// bidirectional classes WS, B, S and category Zs), also what `split()`,
/// `strip()`, `int()` and `float()` treat as whitespace.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    has(c, tables::SPACE)
}

/// `str.isprintable` for one character (everything but categories Cc, Cf,
/// Cs, Co, Cn, Zl, Zp and Zs other than the space).
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, tables::PRINTABLE)
}

/// XID_Start (a first identifier character besides `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, tables::XID_START)
}

/// XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, tables::XID_CONTINUE)
}

/// The decimal digit value of `c` (`unicodedata.decimal`; what `int()`
/// accepts as a digit).
#[inline]
pub fn decimal(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    u32::try_from(record(c).decimal).ok()
}

/// The digit value of `c` (`unicodedata.digit`).
pub fn digit(c: char) -> Option<u32> {
    u32::try_from(record(c).digit).ok()
}

/// The numeric value of `c` (`unicodedata.numeric`).
pub fn numeric(c: char) -> Option<f64> {
    tables::NUMERIC_VALUES.get(record(c).numeric as usize).copied()
}

/// The general category of `c` ("Lu", "Nd", ...).
pub fn category(c: char) -> &'static str {
    tables::CATEGORIES[record(c).category as usize]
}

/// The bidirectional class of `c` ("" when none).
pub fn bidirectional(c: char) -> &'static str {
    tables::BIDI_CLASSES[record(c).bidi as usize]
}

/// The east-asian width of `c`.
pub fn east_asian_width(c: char) -> &'static str {
    tables::EAST_ASIAN_WIDTHS[record(c).east_asian_width as usize]
}

/// The canonical combining class of `c`.
pub fn combining(c: char) -> u8 {
    record(c).combining
}

/// Whether `c` is mirrored in bidirectional text.
pub fn mirrored(c: char) -> bool {
    has(c, tables::MIRRORED)
}

/// Which case mapping to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Full lowercase mapping.
    Lower = 0,
    /// Full uppercase mapping.
    Upper = 1,
    /// Full titlecase mapping.
    Title = 2,
    /// Full case folding.
    Fold = 3,
}

/// Appends the full `case` mapping of `c` to `out`.
#[inline]
pub fn push_case(c: char, case: Case, out: &mut String) {
    let m = record(c).case[case as usize];
    if m < EXTENDED_MAPPING {
        out.push(char::from_u32((c as i32 + m) as u32).unwrap_or(c));
        return;
    }
    let len = ((m >> 24) & 0x3F) as usize;
    let start = (m & 0xFF_FFFF) as usize;
    out.extend(EXTENDED[start..start + len].iter().filter_map(|&u| char::from_u32(u)));
}

/// The first character of the `case` mapping of `c` (CPython's simple
/// `_PyUnicode_ToLowercase` / `_PyUnicode_ToUppercase`, which `re` uses).
pub fn simple_case(c: char, case: Case) -> char {
    let m = record(c).case[case as usize];
    if m < EXTENDED_MAPPING {
        return char::from_u32((c as i32 + m) as u32).unwrap_or(c);
    }
    char::from_u32(EXTENDED[(m & 0xFF_FFFF) as usize]).unwrap_or(c)
}

/// The `case` mapping of `c` when it is a single character.
pub fn single_case(c: char, case: Case) -> Option<char> {
    let m = record(c).case[case as usize];
    (m < EXTENDED_MAPPING).then(|| char::from_u32((c as i32 + m) as u32).unwrap_or(c))
}

/// The Unicode version of the tables.
pub const UNIDATA_VERSION: &str = tables::UNIDATA_VERSION;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_cpython() {
        assert!(is_alpha('é') && !is_alpha('\u{345}') && !is_alpha('1'));
        assert!(is_decimal('\u{661}') && !is_decimal('²') && is_digit('²') && is_numeric('½'));
        assert!(is_printable('\u{E0100}') && !is_printable('\u{530}') && !is_printable('\u{A0}'));
        assert!(is_space('\u{1C}') && is_space('\u{3000}') && !is_space('\u{200B}'));
        assert_eq!(category('\u{295}'), "Ll");
        assert_eq!(decimal('\u{FF15}'), Some(5));
        assert_eq!(numeric('½'), Some(0.5));
    }

    #[test]
    fn case_mappings() {
        let map = |s: &str, case| {
            let mut out = String::new();
            s.chars().for_each(|c| push_case(c, case, &mut out));
            out
        };
        assert_eq!(map("ßﬁ", Case::Upper), "SSFI");
        assert_eq!(map("ﬁ", Case::Fold), "fi");
        assert_eq!(map("ǆ", Case::Title), "ǅ");
        assert_eq!(map("İ", Case::Lower), "i\u{307}");
        assert_eq!(simple_case('İ', Case::Lower), 'i');
        assert_eq!(map("\u{1C89}", Case::Lower), "\u{1C89}");
    }
}
