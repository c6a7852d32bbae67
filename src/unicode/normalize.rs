//! Unicode normalization (NFC, NFD, NFKC, NFKD) over the generated
//! decomposition and composition tables, with the algorithmic Hangul
//! syllables: full decomposition, canonical ordering by combining class,
//! then canonical composition for the C forms (Unicode Standard Annex #15).

use super::normalization_tables::{Decomposition, COMPOSITIONS, DECOMPOSITIONS, DECOMP_DATA, DECOMP_TAGS};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// A normalization form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Canonical decomposition then composition.
    Nfc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility decomposition then canonical composition.
    Nfkc,
    /// Compatibility decomposition.
    Nfkd,
}

impl Form {
    /// The form named `name` ("NFC", "NFD", "NFKC", "NFKD").
    pub fn from_name(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

fn find(c: char) -> Option<&'static Decomposition> {
    let u = c as u32;
    DECOMPOSITIONS.binary_search_by_key(&u, |d| d.cp).ok().map(|i| &DECOMPOSITIONS[i])
}

fn mapping(d: &Decomposition) -> impl Iterator<Item = char> {
    DECOMP_DATA[d.start as usize..d.start as usize + d.len as usize].iter().filter_map(|&u| char::from_u32(u))
}

/// `unicodedata.decomposition(c)`: the tag and hex code points, or "".
pub fn decomposition_text(c: char) -> String {
    let Some(d) = find(c) else { return String::new() };
    let mut parts: Vec<String> = Vec::new();
    if d.tag != 0 {
        parts.push(DECOMP_TAGS[d.tag as usize].to_string());
    }
    parts.extend(mapping(d).map(|m| format!("{:04X}", m as u32)));
    parts.join(" ")
}

fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let u = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&u) {
        let s = u - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].iter().filter_map(|&x| char::from_u32(x)));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    match find(c) {
        Some(d) if d.tag == 0 || compat => mapping(d).for_each(|m| decompose_into(m, compat, out)),
        _ => out.push(c),
    }
}

/// Sorts each run of non-starters by combining class (stable).
fn canonical_order(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if super::combining(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && super::combining(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| super::combining(c));
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE).is_multiple_of(T_COUNT) && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    COMPOSITIONS.binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b))).ok().and_then(|i| char::from_u32(COMPOSITIONS[i].2))
}

/// Canonical composition of a canonically ordered decomposition.
fn compose(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // Combining class of the last character kept after the starter.
    let mut last_class: Option<u8> = None;
    for &c in chars {
        let class = super::combining(c);
        if let Some(si) = starter {
            let blocked = match last_class {
                None => false,
                Some(lc) => lc == 0 || lc >= class,
            };
            if !blocked {
                if let Some(comp) = compose_pair(out[si], c) {
                    out[si] = comp;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out
}

/// `unicodedata.normalize(form, s)`.
pub fn normalize(form: Form, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, compat, &mut chars);
    }
    canonical_order(&mut chars);
    if matches!(form, Form::Nfc | Form::Nfkc) {
        chars = compose(&chars);
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(normalize(Form::Nfd, "é"), "e\u{301}");
        assert_eq!(normalize(Form::Nfc, "e\u{301}"), "é");
        assert_eq!(normalize(Form::Nfkc, "ﬁ²"), "fi2");
        assert_eq!(normalize(Form::Nfd, "한"), "\u{1112}\u{1161}\u{11AB}");
        assert_eq!(normalize(Form::Nfc, "\u{1112}\u{1161}\u{11AB}"), "한");
        assert_eq!(normalize(Form::Nfc, "a\u{323}\u{302}"), normalize(Form::Nfc, "a\u{302}\u{323}"));
        assert_eq!(decomposition_text('é'), "0065 0301");
        assert_eq!(decomposition_text('ﬁ'), "<compat> 0066 0069");
    }
}
