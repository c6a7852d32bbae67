//! `datetime.strptime` with the C locale: numeric directives take the
//! longest in-range run of digits, names match case-insensitively in full or
//! abbreviated form, whitespace in the format matches any run of at least
//! one whitespace character, `%z` accepts `Z` and `±HH[:]MM[[:]SS[.f]]`.

use super::calendar::{from_ordinal, to_ordinal};
use super::format::{day_name, month_name};
use super::iso_parse::clock;

/// Why parsing stopped: the data does not match, or the format is bad.
pub enum Fail {
    /// `time data ... does not match format ...`.
    NoMatch,
    /// Any other `ValueError` message.
    Msg(String),
}

/// The fields found: value and digits of each numeric directive.
struct Found {
    num: [Option<(i64, usize)>; 128],
    pm: Option<bool>,
    z: Option<i64>,
}

fn width_of(code: char) -> Option<(usize, usize)> {
    Some(match code {
        'Y' | 'G' => (4, 4),
        'y' => (2, 2),
        'f' => (1, 6),
        'j' => (1, 3),
        'w' | 'u' => (1, 1),
        'm' | 'd' | 'H' | 'I' | 'M' | 'S' | 'U' | 'W' | 'V' => (1, 2),
        _ => return None,
    })
}

fn range_of(code: char) -> Option<(i64, i64)> {
    Some(match code {
        'm' => (1, 12),
        'd' => (1, 31),
        'H' => (0, 23),
        'I' => (1, 12),
        'M' => (0, 59),
        'S' => (0, 61),
        'j' => (1, 366),
        'w' => (0, 6),
        'u' => (1, 7),
        'U' | 'W' => (0, 53),
        'V' => (1, 53),
        _ => return None,
    })
}

/// Expands `%c`, `%x` and `%X` into their C-locale equivalents.
fn expand(fmt: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(fmt.len());
    let mut k = 0;
    while k < fmt.len() {
        if fmt[k] == '%' && k + 1 < fmt.len() {
            match fmt[k + 1] {
                'c' => out.extend("%a %b %d %H:%M:%S %Y".chars()),
                'x' => out.extend("%m/%d/%y".chars()),
                'X' => out.extend("%H:%M:%S".chars()),
                other => out.extend(['%', other]),
            }
            k += 2;
        } else {
            out.push(fmt[k]);
            k += 1;
        }
    }
    out
}

/// Longest case-insensitive match at `i` of a full or 3-letter name:
/// (index, length).
fn match_name(s: &[char], i: usize, names: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (idx, full) in names.iter().enumerate() {
        for cand in [&full[..], &full[..3]] {
            let n = cand.chars().count();
            let Some(part) = s.get(i..i + n) else { continue };
            if part.iter().zip(cand.chars()).all(|(a, b)| a.to_lowercase().eq(b.to_lowercase())) && best.is_none_or(|b| n > b.1) {
                best = Some((idx, n));
            }
        }
    }
    best
}

/// Rejects a format with an unknown directive or a trailing `%`, as
/// CPython does before looking at the data.
fn check_format(fmt: &[char], given_s: &str) -> Result<(), Fail> {
    let mut k = 0;
    while k < fmt.len() {
        if fmt[k] == '%' {
            let Some(&code) = fmt.get(k + 1) else {
                return Err(Fail::Msg(format!("stray % in format '{}'", given_s)));
            };
            if width_of(code).is_none() && !"aAbBpzZ%".contains(code) {
                return Err(Fail::Msg(format!("'{}' is a bad directive in format '{}'", code, given_s)));
            }
            k += 2;
        } else {
            k += 1;
        }
    }
    Ok(())
}

fn parse(data: &[char], given: &[char]) -> Result<Found, Fail> {
    let fmt = if given.contains(&'%') { expand(given) } else { given.to_vec() };
    let given_s: String = given.iter().collect();
    check_format(&fmt, &given_s)?;
    let days: Vec<&str> = (0..7).map(day_name).collect();
    let months: Vec<&str> = (1..=12).map(month_name).collect();
    let mut f = Found { num: [None; 128], pm: None, z: None };
    let n = data.len();
    let (mut i, mut k) = (0usize, 0usize);
    while k < fmt.len() {
        let c = fmt[k];
        if c.is_whitespace() {
            while k < fmt.len() && fmt[k].is_whitespace() {
                k += 1;
            }
            if i >= n || !data[i].is_whitespace() {
                return Err(Fail::NoMatch);
            }
            while i < n && data[i].is_whitespace() {
                i += 1;
            }
            continue;
        }
        if c != '%' {
            if i >= n || !data[i].to_lowercase().eq(c.to_lowercase()) {
                return Err(Fail::NoMatch);
            }
            i += 1;
            k += 1;
            continue;
        }
        let Some(&code) = fmt.get(k + 1) else {
            return Err(Fail::Msg(format!("stray % in format '{}'", given_s)));
        };
        k += 2;
        if let Some((lo, hi)) = width_of(code) {
            let mut j = i;
            while j < n && j - i < hi && data[j].is_ascii_digit() {
                j += 1;
            }
            let value = |w: usize| data[i..i + w].iter().fold(0i64, |a, c| a * 10 + i64::from(c.to_digit(10).unwrap_or(0)));
            let mut width = j - i;
            if let Some((a, b)) = range_of(code) {
                while width >= lo && !(a..=b).contains(&value(width)) {
                    width -= 1;
                }
            }
            if width < lo {
                return Err(Fail::NoMatch);
            }
            f.num[code as usize] = Some((value(width), width));
            i += width;
            continue;
        }
        match code {
            'a' | 'A' => {
                let (idx, len) = match_name(data, i, &days).ok_or(Fail::NoMatch)?;
                f.num['a' as usize] = Some((idx as i64, 0));
                i += len;
            }
            'b' | 'B' => {
                let (idx, len) = match_name(data, i, &months).ok_or(Fail::NoMatch)?;
                f.num['m' as usize] = Some((idx as i64 + 1, 0));
                i += len;
            }
            'p' => {
                let word: String = data.get(i..i + 2).ok_or(Fail::NoMatch)?.iter().collect::<String>().to_lowercase();
                match word.as_str() {
                    "am" => f.pm = Some(false),
                    "pm" => f.pm = Some(true),
                    _ => return Err(Fail::NoMatch),
                }
                i += 2;
            }
            'z' => {
                if data.get(i) == Some(&'Z') {
                    f.z = Some(0);
                    i += 1;
                    continue;
                }
                let sign = match data.get(i) {
                    Some('+') => 1,
                    Some('-') => -1,
                    _ => return Err(Fail::NoMatch),
                };
                let mut j = i + 1;
                while j < n && (data[j].is_ascii_digit() || data[j] == ':' || data[j] == '.') {
                    j += 1;
                }
                let body = &data[i + 1..j];
                if body.iter().filter(|c| **c != ':').count() < 4 {
                    return Err(Fail::NoMatch);
                }
                let (h, m, s, us) = clock(body).ok_or(Fail::NoMatch)?;
                f.z = Some(sign * (((h * 60 + m) * 60 + s) * 1_000_000 + us));
                i = j;
            }
            'Z' => {
                // UTC, GMT or a name of the local zone (`time.tzname`), the
                // longest that matches, in any case.
                let (_, _, daylight, std, dst) = crate::stdlib::localtz::current().python_globals(now_seconds());
                let mut names = vec!["utc".to_string(), "gmt".to_string(), std.to_lowercase()];
                if daylight {
                    names.push(dst.to_lowercase());
                }
                let rest: String = data[i..].iter().collect::<String>().to_lowercase();
                let len = names.iter().filter(|n| !n.is_empty() && rest.starts_with(n.as_str())).map(|n| n.chars().count()).max().ok_or(Fail::NoMatch)?;
                i += len;
            }
            '%' => {
                if data.get(i) != Some(&'%') {
                    return Err(Fail::NoMatch);
                }
                i += 1;
            }
            other => return Err(Fail::Msg(format!("'{}' is a bad directive in format '{}'", other, given_s))),
        }
    }
    if i != n {
        return Err(Fail::Msg(format!("unconverted data remains: {}", data[i..].iter().collect::<String>())));
    }
    Ok(f)
}

/// Seconds since the epoch now (the local zone's names are those of now).
fn now_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Parses `data` with `fmt`: the fields (y, m, d, H, M, S, us) and the
/// `%z` offset in microseconds.
pub fn strptime(data: &str, fmt: &str) -> Result<([i64; 7], Option<i64>), Fail> {
    let dv: Vec<char> = data.chars().collect();
    let fv: Vec<char> = fmt.chars().collect();
    let f = parse(&dv, &fv)?;
    let get = |c: char| f.num[c as usize].map(|x| x.0);
    let mut year = get('Y').unwrap_or(1900);
    if let Some(yy) = get('y') {
        year = yy + if yy >= 69 { 1900 } else { 2000 };
    }
    let (mut month, mut day) = (get('m').unwrap_or(1), get('d').unwrap_or(1));
    let mut hour = get('H').unwrap_or(0);
    if let Some(h12) = get('I') {
        hour = h12 % 12 + if f.pm == Some(true) { 12 } else { 0 };
    }
    let us = match f.num['f' as usize] {
        Some((v, w)) => v * 10i64.pow(6 - w as u32),
        None => 0,
    };
    // The weekday (Monday 0) from %a/%A, %w (Sunday 0) or %u (Monday 1).
    let weekday = get('a').or(get('w').map(|w| (w + 6) % 7)).or(get('u').map(|u| u - 1));
    let (iso_year, iso_week) = (get('G'), get('V'));
    const WEEKDAYS: &str = "('%A', '%a', '%w', or '%u')";
    if get('Y').is_none() && get('y').is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(Fail::Msg(format!("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive {WEEKDAYS}.")));
        }
        if get('j').is_some() {
            return Err(Fail::Msg("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.".into()));
        }
    } else if iso_week.is_some() {
        if weekday.is_none() {
            return Err(Fail::Msg(format!("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive {WEEKDAYS}.")));
        }
        return Err(Fail::Msg("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.".into()));
    }
    // A week number and a weekday give the day of the year (which may fall
    // in the year before).
    let mut julian = get('j');
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some((week, code)) = get('U').map(|w| (w, 'U')).or(get('W').map(|w| (w, 'W'))) {
                julian = Some(day_of_year_from_week(year, week, wd, code == 'W'));
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let (y, j) = day_of_year_from_iso(iy, iw, wd + 1);
                year = y;
                julian = Some(j);
            }
            if let Some(j) = julian.filter(|j| *j <= 0) {
                year -= 1;
                julian = Some(j + if super::calendar::is_leap(year) { 366 } else { 365 });
            }
        }
    }
    // A day of the year, given or computed, decides the date (over %m/%d).
    if let Some(j) = julian {
        (year, month, day) = from_ordinal(to_ordinal(year, 1, 1) + j - 1);
    }
    Ok(([year, month, day, hour, get('M').unwrap_or(0), get('S').unwrap_or(0), us], f.z))
}

/// Day of the year (1-based, possibly <= 0) of weekday `wd` (Monday 0) in
/// week `week` of `year`, weeks starting on Monday (`%W`) or Sunday (`%U`);
/// week 0 holds the days before the first such start.
fn day_of_year_from_week(year: i64, week: i64, wd: i64, monday_first: bool) -> i64 {
    let jan1 = (to_ordinal(year, 1, 1) + 6) % 7; // Monday 0
    let (first, day) = if monday_first { (jan1, wd) } else { ((jan1 + 1) % 7, (wd + 1) % 7) };
    if week == 0 {
        1 + day - first
    } else {
        1 + (7 - first) % 7 + 7 * (week - 1) + day
    }
}

/// (calendar year, day of that year) of ISO `week` day `iso_wd` (Monday 1)
/// of ISO year `iso_year`.
fn day_of_year_from_iso(iso_year: i64, week: i64, iso_wd: i64) -> (i64, i64) {
    // ISO week 1 holds January 4th.
    let jan4_iso_wd = (to_ordinal(iso_year, 1, 4) + 6) % 7 + 1;
    let day = week * 7 + iso_wd - (jan4_iso_wd + 3);
    if day >= 1 {
        return (iso_year, day);
    }
    let ord = day + to_ordinal(iso_year, 1, 1);
    (iso_year - 1, ord - to_ordinal(iso_year - 1, 1, 1))
}
