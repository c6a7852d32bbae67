//! `fromisoformat` parsing (Python 3.11's ISO 8601 subset): dates in
//! extended (`2024-01-02`), basic (`20240102`) and week (`2024-W01-2`)
//! forms, clocks `HH[:MM[:SS[.f+]]]` or `HHMMSS`, and UTC offsets (`Z`,
//! `±HH[:MM[:SS[.ffffff]]]`). Every function returns `None` on malformed
//! input; the caller raises the `Invalid isoformat string` error.

use super::calendar::{from_ordinal, iso_week1_monday, iso_weeks_in};

/// `count` ASCII digits at `i`, as a number.
fn digits(s: &[char], i: usize, count: usize) -> Option<i64> {
    let part = s.get(i..i + count)?;
    part.iter().try_fold(0i64, |acc, c| c.to_digit(10).filter(|_| c.is_ascii()).map(|v| acc * 10 + i64::from(v)))
}

/// (year, month, day, characters used) from the start of `s`.
pub fn date_prefix(s: &[char]) -> Option<(i64, i64, i64, usize)> {
    let y = digits(s, 0, 4)?;
    let extended = s.get(4) == Some(&'-');
    let mut i = if extended { 5 } else { 4 };
    if s.get(i) == Some(&'W') {
        let week = digits(s, i + 1, 2)?;
        i += 3;
        let mut day = 1;
        let more = match s.get(i) {
            Some('-') => extended,
            Some(c) => !extended && c.is_ascii_digit(),
            None => false,
        };
        if more {
            if extended {
                i += 1;
            }
            day = digits(s, i, 1)?;
            i += 1;
        }
        if !(1..=7).contains(&day) || !(1..=iso_weeks_in(y)).contains(&week) {
            return None;
        }
        let (y, m, d) = from_ordinal(iso_week1_monday(y) + (week - 1) * 7 + day - 1);
        return Some((y, m, d, i));
    }
    let m = digits(s, i, 2)?;
    i += 2;
    if extended {
        if s.get(i) != Some(&'-') {
            return None;
        }
        i += 1;
    }
    let d = digits(s, i, 2)?;
    Some((y, m, d, i + 2))
}

/// (hour, minute, second, microsecond, offset in microseconds) of a time.
pub fn time_of(s: &[char]) -> Option<(i64, i64, i64, i64, Option<i64>)> {
    let cut = s.iter().position(|c| matches!(c, '+' | '-' | 'Z')).unwrap_or(s.len());
    let (body, tail) = s.split_at(cut);
    let off = match tail {
        [] => None,
        ['Z'] => Some(0),
        [sign, rest @ ..] if *sign != 'Z' => {
            let (h, m, sec, us) = clock(rest)?;
            let v = ((h * 60 + m) * 60 + sec) * 1_000_000 + us;
            Some(if *sign == '-' { -v } else { v })
        }
        _ => return None,
    };
    let (h, m, sec, us) = clock(body)?;
    Some((h, m, sec, us, off))
}

/// `HH[:MM[:SS[.fff]]]` or `HH[MM[SS[.fff]]]` to (h, m, s, us).
pub fn clock(s: &[char]) -> Option<(i64, i64, i64, i64)> {
    if s.is_empty() {
        return None;
    }
    let (main, frac) = match s.iter().position(|c| *c == '.' || *c == ',') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    let pieces: Vec<&[char]> = if main.contains(&':') {
        let v: Vec<&[char]> = main.split(|c| *c == ':').collect();
        if v.iter().any(|p| p.len() != 2) {
            return None;
        }
        v
    } else {
        if main.len() % 2 != 0 {
            return None;
        }
        main.chunks(2).collect()
    };
    if pieces.is_empty() || pieces.len() > 3 {
        return None;
    }
    let mut nums = [0i64; 3];
    for (k, p) in pieces.iter().enumerate() {
        nums[k] = digits(p, 0, 2)?;
    }
    let trailing_space = main.last().is_some_and(|c| c.is_whitespace());
    let mut us = 0;
    if frac.is_some() || trailing_space {
        let f = frac?;
        if f.is_empty() || pieces.len() != 3 || !f.iter().all(|c| c.is_numeric()) {
            return None;
        }
        let mut v = 0i64;
        for k in 0..6 {
            let dgt = match f.get(k) {
                Some(c) => c.to_digit(10)?,
                None => 0,
            };
            v = v * 10 + i64::from(dgt);
        }
        us = v;
    }
    Some((nums[0], nums[1], nums[2], us))
}

/// A whole `datetime.fromisoformat` string: date fields, time fields, offset.
pub fn datetime_of(s: &[char]) -> Option<([i64; 7], Option<i64>)> {
    let (y, m, d, used) = date_prefix(s)?;
    let rest = &s[used..];
    if rest.is_empty() {
        return Some(([y, m, d, 0, 0, 0, 0], None));
    }
    if rest.len() < 2 || rest[0].is_ascii_digit() {
        return None;
    }
    let (h, mi, sec, us, off) = time_of(&rest[1..])?;
    Some(([y, m, d, h, mi, sec, us], off))
}
