//! Text output of `datetime` values: C-locale `strftime`, ISO 8601
//! (`isoformat` with its `timespec`), UTC offsets and `str(timedelta)`.

use std::fmt::Write;

use super::calendar::{iso_parts, to_ordinal, weekday};

const DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Full English day name, Monday 0.
pub fn day_name(wd: i64) -> &'static str {
    DAY_NAMES[wd.rem_euclid(7) as usize]
}

/// Full English month name, January 1.
pub fn month_name(m: i64) -> &'static str {
    MONTH_NAMES[(m - 1).clamp(0, 11) as usize]
}

/// The fields `strftime` formats: date, time, weekday and day of the year
/// (given by `time.struct_time`, computed for `datetime`), `%z` text and
/// `%Z` name. `time.strftime` and `datetime.strftime` share this.
pub struct Stamp<'a> {
    /// (year, month, day, hour, minute, second, microsecond).
    pub f: [i64; 7],
    /// Day of the week, Monday 0.
    pub wd: i64,
    /// Day of the year, January 1st 0.
    pub yday: i64,
    /// Whether `%f` (microseconds, a `datetime` extension) is a directive.
    pub micro: bool,
    /// The `%z` text (`+0100`, or empty for naive values).
    pub z: &'a str,
    /// The `%Z` text (empty for naive values).
    pub zname: &'a str,
}

impl<'a> Stamp<'a> {
    /// A `datetime` value's stamp: weekday and day of year from its date.
    pub fn of_datetime(f: [i64; 7], z: &'a str, zname: &'a str) -> Stamp<'a> {
        let ord = to_ordinal(f[0], f[1], f[2]);
        Stamp { f, wd: weekday(ord), yday: ord - to_ordinal(f[0], 1, 1), micro: true, z, zname }
    }
}

/// `strftime` with the C locale's directives (`%-d` style strips padding).
pub fn strftime(fmt: &str, s: &Stamp) -> String {
    let [y, mo, d, h, mi, sec, us] = s.f;
    let (wd, yday) = (s.wd.rem_euclid(7), s.yday);
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut it = fmt.chars().peekable();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(mut code) = it.next() else {
            out.push('%');
            break;
        };
        let mut strip = false;
        if code == '-' {
            match it.next() {
                Some(c2) => {
                    strip = true;
                    code = c2;
                }
                None => {
                    out.push_str("%-");
                    break;
                }
            }
        }
        let num = |v: i64, w: usize, out: &mut String| {
            if strip {
                let _ = write!(out, "{}", v);
            } else {
                let _ = write!(out, "{:0w$}", v, w = w);
            }
        };
        match code {
            'd' => num(d, 2, &mut out),
            'm' => num(mo, 2, &mut out),
            'H' => num(h, 2, &mut out),
            'I' => num(if h % 12 == 0 { 12 } else { h % 12 }, 2, &mut out),
            'M' => num(mi, 2, &mut out),
            'S' => num(sec, 2, &mut out),
            'j' => num(yday + 1, 3, &mut out),
            'y' => num(y % 100, 2, &mut out),
            'C' => num(y / 100, 1, &mut out),
            'U' => num((yday + 7 - (wd + 1) % 7) / 7, 2, &mut out),
            'W' => num((yday + 7 - wd) / 7, 2, &mut out),
            'V' => num(iso_parts(y, mo, d).1, 2, &mut out),
            'e' => {
                if strip {
                    let _ = write!(out, "{}", d);
                } else {
                    let _ = write!(out, "{:>2}", d);
                }
            }
            'Y' => {
                if strip || y < 1000 {
                    let _ = write!(out, "{}", y);
                } else {
                    let _ = write!(out, "{:04}", y);
                }
            }
            'G' => {
                let _ = write!(out, "{}", iso_parts(y, mo, d).0);
            }
            'u' => {
                let _ = write!(out, "{}", wd + 1);
            }
            'w' => {
                let _ = write!(out, "{}", (wd + 1) % 7);
            }
            'a' => out.push_str(&day_name(wd)[..3]),
            'A' => out.push_str(day_name(wd)),
            'b' | 'h' => out.push_str(&month_name(mo)[..3]),
            'B' => out.push_str(month_name(mo)),
            'p' => out.push_str(if h < 12 { "AM" } else { "PM" }),
            'f' if s.micro => {
                let _ = write!(out, "{:06}", us);
            }
            'z' => out.push_str(s.z),
            'Z' => out.push_str(s.zname),
            'c' => {
                let _ = write!(out, "{} {} {:>2} {:02}:{:02}:{:02} {}", &day_name(wd)[..3], &month_name(mo)[..3], d, h, mi, sec, y);
            }
            'x' | 'D' => {
                let _ = write!(out, "{:02}/{:02}/{:02}", mo, d, y % 100);
            }
            'X' | 'T' => {
                let _ = write!(out, "{:02}:{:02}:{:02}", h, mi, sec);
            }
            'F' => {
                let _ = write!(out, "{}-{:02}-{:02}", y, mo, d);
            }
            'R' => {
                let _ = write!(out, "{:02}:{:02}", h, mi);
            }
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

/// `YYYY-MM-DD`.
pub fn date_iso(out: &mut String, y: i64, m: i64, d: i64) {
    let _ = write!(out, "{:04}-{:02}-{:02}", y, m, d);
}

/// The clock part of `isoformat` for `timespec`, or `None` for an unknown one.
pub fn time_iso(out: &mut String, h: i64, m: i64, s: i64, us: i64, timespec: &str) -> Option<()> {
    let spec = if timespec == "auto" {
        if us != 0 {
            "microseconds"
        } else {
            "seconds"
        }
    } else {
        timespec
    };
    let _ = match spec {
        "hours" => write!(out, "{:02}", h),
        "minutes" => write!(out, "{:02}:{:02}", h, m),
        "seconds" => write!(out, "{:02}:{:02}:{:02}", h, m, s),
        "milliseconds" => write!(out, "{:02}:{:02}:{:02}.{:03}", h, m, s, us / 1000),
        "microseconds" => write!(out, "{:02}:{:02}:{:02}.{:06}", h, m, s, us),
        _ => return None,
    };
    Some(())
}

/// `±HH<sep>MM[<sep>SS[.ffffff]]` of an offset in microseconds.
pub fn offset_text(out: &mut String, total: i64, sep: &str) {
    let (sign, a) = if total < 0 { ('-', -total) } else { ('+', total) };
    let (secs, us) = (a / 1_000_000, a % 1_000_000);
    let _ = write!(out, "{}{:02}{}{:02}", sign, secs / 3600, sep, secs / 60 % 60);
    if secs % 60 != 0 || us != 0 {
        let _ = write!(out, "{}{:02}", sep, secs % 60);
        if us != 0 {
            let _ = write!(out, ".{:06}", us);
        }
    }
}

/// `str(timedelta)`: `[D day[s], ]H:MM:SS[.ffffff]`.
pub fn td_str(days: i64, secs: i64, us: i64) -> String {
    let mut out = String::new();
    if days != 0 {
        let _ = write!(out, "{} {}, ", days, if days.abs() == 1 { "day" } else { "days" });
    }
    let _ = write!(out, "{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    if us != 0 {
        let _ = write!(out, ".{:06}", us);
    }
    out
}
