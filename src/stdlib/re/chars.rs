//! Character predicates for the matcher: case folding, the `\d \w \s`
//! categories (Unicode as Python's str methods define them, or ASCII), and
//! class membership.

use super::ast::*;

use crate::unicode::{simple_case, single_case, Case};

/// The uppercase of `c` when it is one character (`ß` stays `ß`).
fn simple_upper(c: char) -> char {
    single_case(c, Case::Upper).unwrap_or(c)
}

fn simple_lower(c: char) -> char {
    simple_case(c, Case::Lower)
}

/// The key two characters share when they are equal ignoring case
/// (`ascii`: only ASCII letters fold).
#[inline]
pub fn fold_key(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) { c + 32 } else { c };
    }
    if ascii {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => simple_lower(simple_upper(ch)) as u32,
        None => c,
    }
}

/// Simple lowercase, as sre compares backreferences under IGNORECASE
/// (`ascii`: only ASCII letters change).
#[inline]
pub fn lower_key(c: u32, ascii: bool) -> u32 {
    if c < 128 || ascii {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) { c + 32 } else { c };
    }
    char::from_u32(c).map_or(c, |ch| simple_lower(ch) as u32)
}

/// `\w` for str patterns: `str.isalnum()` or `_`.
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if ascii {
        return false;
    }
    match char::from_u32(c) {
        Some(ch) => crate::unicode::is_alnum(ch),
        None => false,
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    !ascii && char::from_u32(c).is_some_and(crate::unicode::is_decimal)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(crate::unicode::is_space)
}

fn cat_matches(cat: Cat, c: u32, ascii: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, ascii),
        Cat::Word => is_word(c, ascii),
        Cat::Space => is_space(c, ascii),
    }
}

fn contains(items: &[ClassItem], c: u32) -> bool {
    items.iter().any(|it| match *it {
        ClassItem::Char(x) => x == c,
        ClassItem::Range(lo, hi) => lo <= c && c <= hi,
        ClassItem::Cat { cat, neg, ascii } => cat_matches(cat, c, ascii) != neg,
    })
}

/// Adds the fold key of every single-character member (for Unicode case
/// folding, so that e.g. `[ς]` also matches `σ` and `Σ`).
pub fn add_fold_keys(set: &mut ClassSet) {
    let extra: Vec<ClassItem> = set
        .items
        .iter()
        .filter_map(|it| match *it {
            ClassItem::Char(x) if fold_key(x, false) != x => Some(ClassItem::Char(fold_key(x, false))),
            _ => None,
        })
        .collect();
    set.items.extend(extra);
}

/// Whether `c` is in class `set`.
pub fn class_matches(set: &ClassSet, c: u32) -> bool {
    let mut hit = contains(&set.items, c);
    if !hit && set.fold != Fold::None {
        let ascii = set.fold == Fold::Ascii;
        if ascii || c < 128 {
            if c < 128 && (c as u8).is_ascii_alphabetic() {
                hit = contains(&set.items, c ^ 32);
            }
        } else if let Some(ch) = char::from_u32(c) {
            // Char items were extended with their fold keys at compile time.
            let (u, l) = (simple_upper(ch) as u32, simple_lower(ch) as u32);
            hit = contains(&set.items, u) || contains(&set.items, l) || contains(&set.items, fold_key(c, false));
        }
        if !hit && !ascii && c < 128 && (c as u8).is_ascii_alphabetic() {
            // e.g. 'k' against a class holding KELVIN SIGN.
            let l = c | 32;
            let extra: &[u32] = match l {
                0x73 => &[0x17f],
                0x6b => &[0x212a],
                _ => &[],
            };
            hit = extra.iter().any(|&x| contains(&set.items, x));
        }
    }
    hit != set.negate
}
