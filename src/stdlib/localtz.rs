//! The local time zone for `time` and `datetime`: chosen like the C
//! library does from the `TZ` environment variable (a zone name under
//! /usr/share/zoneinfo, an absolute TZif path, `:name`, or a POSIX TZ rule
//! string such as `EST5EDT,M3.2.0,M11.1.0`), else /etc/localtime, else UTC.
//! TZif files (RFC 8536, versions 1-4) are read here: the transition table,
//! and the footer rule for instants after the last transition.
//!
//! The zone is loaded on first use and reloaded by `time.tzset()`.

#![forbid(unsafe_code)]

use crate::stdlib::datetime::calendar::{days_since_epoch, is_leap};
use std::cell::RefCell;
use std::rc::Rc;

/// One local time type: UTC offset (seconds east), DST flag, abbreviation.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalType {
    /// Seconds east of UTC.
    pub off: i64,
    /// Whether this is daylight saving time.
    pub dst: bool,
    /// The abbreviation (`EST`, `+0530`, ...).
    pub abbr: String,
}

/// A day of the year in a POSIX TZ rule.
#[derive(Clone, Copy, Debug)]
enum RuleDay {
    /// `Jn`: day 1..=365, February 29 never counted.
    Julian1(i64),
    /// `n`: day 0..=365, February 29 counted.
    Julian0(i64),
    /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    Month(i64, i64, i64),
}

/// The DST part of a POSIX TZ rule: the DST type and when it starts and
/// ends (day, seconds after local midnight).
#[derive(Clone, Debug)]
struct DstRule {
    kind: LocalType,
    start: (RuleDay, i64),
    end: (RuleDay, i64),
}

/// A POSIX TZ rule: standard time, and optionally DST.
#[derive(Clone, Debug)]
struct Rule {
    std: LocalType,
    dst: Option<DstRule>,
    /// The string had a name but no valid offset (glibc then leaves the
    /// DST name empty).
    bad: bool,
}

/// A loaded time zone.
#[derive(Debug)]
pub struct Zone {
    trans: Vec<i64>,
    idx: Vec<u8>,
    types: Vec<LocalType>,
    rule: Option<Rule>,
}



fn year_of(secs: i64) -> i64 {
    // Civil year of a UTC instant (close enough for rule lookups: the
    // caller also checks the neighbouring years).
    let days = secs.div_euclid(86400);
    let mut y = 1970 + days.div_euclid(365);
    while days_since_epoch(y, 1, 1) > days {
        y -= 1;
    }
    while days_since_epoch(y + 1, 1, 1) <= days {
        y += 1;
    }
    y
}

impl RuleDay {
    /// Days since the epoch of this day in `year`.
    fn day_in(self, year: i64) -> i64 {
        let jan1 = days_since_epoch(year, 1, 1);
        match self {
            RuleDay::Julian1(n) => {
                let extra = if is_leap(year) && n >= 60 { 1 } else { 0 };
                jan1 + n - 1 + extra
            }
            RuleDay::Julian0(n) => jan1 + n,
            RuleDay::Month(m, w, d) => {
                let first = days_since_epoch(year, m, 1);
                // 1970-01-01 was a Thursday (weekday 4 with Sunday = 0).
                let wd_first = (first + 4).rem_euclid(7);
                let mut day = first + (d - wd_first).rem_euclid(7) + (w - 1) * 7;
                let next_month = if m == 12 { days_since_epoch(year + 1, 1, 1) } else { days_since_epoch(year, m + 1, 1) };
                while day >= next_month {
                    day -= 7;
                }
                day
            }
        }
    }
}

impl Rule {
    /// The local type in effect at UTC instant `t`. As in glibc, the
    /// transitions are those of the UTC year of `t` (of 1970 for earlier
    /// years), and a year whose DST ends before it starts (southern
    /// hemisphere) is DST outside `[end, start)`.
    fn at(&self, t: i64) -> &LocalType {
        let Some(d) = &self.dst else { return &self.std };
        let year = year_of(t).max(1970);
        let start = d.start.0.day_in(year) * 86400 + d.start.1 - self.std.off;
        let end = d.end.0.day_in(year) * 86400 + d.end.1 - d.kind.off;
        let in_dst = if start < end { t >= start && t < end } else { !(t >= end && t < start) };
        if in_dst {
            &d.kind
        } else {
            &self.std
        }
    }
}

/// Parser for POSIX TZ strings.
struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn name(&mut self) -> Option<String> {
        if self.peek() == Some(b'<') {
            let start = self.i + 1;
            let close = self.s[start..].iter().position(|&c| c == b'>')? + start;
            self.i = close + 1;
            return Some(String::from_utf8_lossy(&self.s[start..close]).into_owned());
        }
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        if self.i - start < 3 {
            return None;
        }
        Some(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }
    fn num(&mut self) -> Option<i64> {
        let start = self.i;
        let mut v = 0i64;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            v = v.checked_mul(10)? + i64::from(c - b'0');
            self.i += 1;
        }
        (self.i > start).then_some(v)
    }
    /// `[+-]hh[:mm[:ss]]` as seconds (sign as written).
    fn hms(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            Some(b'-') => {
                self.i += 1;
                -1
            }
            Some(b'+') => {
                self.i += 1;
                1
            }
            _ => 1,
        };
        let mut secs = self.num()? * 3600;
        for mul in [60, 1] {
            if self.peek() != Some(b':') {
                break;
            }
            self.i += 1;
            secs += self.num()? * mul;
        }
        Some(sign * secs)
    }
    fn day(&mut self) -> Option<RuleDay> {
        match self.peek()? {
            b'J' => {
                self.i += 1;
                Some(RuleDay::Julian1(self.num()?))
            }
            b'M' => {
                self.i += 1;
                let m = self.num()?;
                (self.peek() == Some(b'.')).then_some(())?;
                self.i += 1;
                let w = self.num()?;
                (self.peek() == Some(b'.')).then_some(())?;
                self.i += 1;
                let d = self.num()?;
                ((1..=12).contains(&m) && (1..=5).contains(&w) && (0..=6).contains(&d)).then_some(RuleDay::Month(m, w, d))
            }
            _ => Some(RuleDay::Julian0(self.num()?)),
        }
    }
    fn when(&mut self) -> Option<(RuleDay, i64)> {
        let d = self.day()?;
        let mut t = 7200;
        if self.peek() == Some(b'/') {
            self.i += 1;
            t = self.hms()?;
        }
        Some((d, t))
    }
}

/// Parses a POSIX TZ rule; `None` unless the standard name parses. A bad
/// or missing offset means UTC under that name, as glibc does.
fn parse_rule(text: &str) -> Option<Rule> {
    let mut p = P { s: text.as_bytes(), i: 0 };
    let std_name = p.name()?;
    let Some(std_west) = p.hms() else {
        return Some(Rule { std: LocalType { off: 0, dst: false, abbr: std_name }, dst: None, bad: true });
    };
    let std = LocalType { off: -std_west, dst: false, abbr: std_name };
    if p.peek().is_none() {
        return Some(Rule { std, dst: None, bad: false });
    }
    let Some(dst_name) = p.name() else {
        return Some(Rule { std, dst: None, bad: false });
    };
    let mut dst_off = std.off + 3600;
    if p.peek().is_some_and(|c| c != b',') {
        dst_off = -p.hms()?;
    }
    let kind = LocalType { off: dst_off, dst: true, abbr: dst_name };
    // Without explicit dates, the US rules (glibc's posixrules default).
    let (mut start, mut end) = ((RuleDay::Month(3, 2, 0), 7200), (RuleDay::Month(11, 1, 0), 7200));
    if p.peek() == Some(b',') {
        p.i += 1;
        start = p.when()?;
        (p.peek() == Some(b',')).then_some(())?;
        p.i += 1;
        end = p.when()?;
    }
    Some(Rule { std, dst: Some(DstRule { kind, start, end }), bad: false })
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    Some(i64::from(i32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?)))
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    Some(i64::from_be_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// Reads a TZif file's contents.
fn parse_tzif(b: &[u8]) -> Option<Zone> {
    if b.get(0..4)? != b"TZif" {
        return None;
    }
    let version = *b.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (k, v) in c.iter_mut().enumerate() {
            *v = usize::try_from(be32(b, at + 20 + 4 * k)?).ok()?;
        }
        Some(c)
    };
    let c1 = counts(0)?;
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = c1;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, c, tsize) = if version >= b'2' {
        let h2 = 44 + v1_len;
        (h2 + 44, counts(h2)?, 8)
    } else {
        (44, c1, 4)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = c;
    let mut at = base;
    let mut trans = Vec::with_capacity(timecnt);
    for k in 0..timecnt {
        trans.push(if tsize == 8 { be64(b, at + 8 * k)? } else { be32(b, at + 4 * k)? });
    }
    at += timecnt * tsize;
    let idx: Vec<u8> = b.get(at..at + timecnt)?.to_vec();
    at += timecnt;
    let tt_at = at;
    at += typecnt * 6;
    let chars = b.get(at..at + charcnt)?;
    at += charcnt + leap * (tsize + 4) + isstd + isut;
    let mut types = Vec::with_capacity(typecnt);
    for k in 0..typecnt {
        let o = tt_at + 6 * k;
        let ai = usize::from(*b.get(o + 5)?);
        let abbr_bytes = chars.get(ai..)?;
        let len = abbr_bytes.iter().position(|&c| c == 0).unwrap_or(abbr_bytes.len());
        types.push(LocalType { off: be32(b, o)?, dst: *b.get(o + 4)? != 0, abbr: String::from_utf8_lossy(&abbr_bytes[..len]).into_owned() });
    }
    if types.is_empty() || idx.iter().any(|&i| usize::from(i) >= types.len()) {
        return None;
    }
    let rule = if tsize == 8 && b.get(at) == Some(&b'\n') {
        let rest = &b[at + 1..];
        let end = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        std::str::from_utf8(&rest[..end]).ok().filter(|s| !s.is_empty()).and_then(parse_rule)
    } else {
        None
    };
    Some(Zone { trans, idx, types, rule })
}

fn utc_zone(name: &str) -> Zone {
    Zone { trans: Vec::new(), idx: Vec::new(), types: vec![LocalType { off: 0, dst: false, abbr: name.to_string() }], rule: None }
}

/// Loads the zone named by `tz` (the value of `TZ`, `None` when unset).
pub fn load(tz: Option<&str>) -> Zone {
    let read = |path: &str| std::fs::read(path).ok().and_then(|b| parse_tzif(&b));
    let Some(tz) = tz else {
        return read("/etc/localtime").unwrap_or_else(|| utc_zone("UTC"));
    };
    if tz.is_empty() {
        return utc_zone("UTC");
    }
    let name = tz.strip_prefix(':').unwrap_or(tz);
    let from_file = if name.starts_with('/') {
        read(name)
    } else if !name.contains("..") {
        read(&format!("/usr/share/zoneinfo/{name}"))
    } else {
        None
    };
    if let Some(z) = from_file {
        return z;
    }
    match parse_rule(name) {
        Some(rule) => Zone { trans: Vec::new(), idx: Vec::new(), types: vec![rule.std.clone()], rule: Some(rule) },
        None => utc_zone("UTC"),
    }
}

impl Zone {
    /// The local type in effect at UTC instant `t`.
    pub fn at(&self, t: i64) -> &LocalType {
        if let Some(last) = self.trans.last() {
            if t >= *last {
                if let Some(r) = &self.rule {
                    return r.at(t);
                }
            }
            let n = self.trans.partition_point(|&x| x <= t);
            if n == 0 {
                return &self.types[0];
            }
            return &self.types[usize::from(self.idx[n - 1])];
        }
        match &self.rule {
            Some(r) => r.at(t),
            None => &self.types[0],
        }
    }

    /// The C library's `tzname` pair (what `%Z` shows for a tuple that
    /// has no zone of its own): from the rule when there is one, else
    /// from the last standard and DST types of the table.
    pub fn c_names(&self) -> (String, String) {
        if let Some(r) = &self.rule {
            return match &r.dst {
                Some(d) => (r.std.abbr.clone(), d.kind.abbr.clone()),
                None if r.bad => (r.std.abbr.clone(), String::new()),
                None => (r.std.abbr.clone(), r.std.abbr.clone()),
            };
        }
        let mut std: Option<&LocalType> = None;
        let mut dst: Option<&LocalType> = None;
        for &i in &self.idx {
            let ty = &self.types[usize::from(i)];
            if ty.dst {
                dst = Some(ty);
            } else {
                std = Some(ty);
            }
        }
        let std = std.unwrap_or(&self.types[0]);
        (std.abbr.clone(), dst.unwrap_or(std).abbr.clone())
    }

    /// `(timezone, altzone, daylight, std name, dst name)` as CPython
    /// computes them on glibc: from the local time at the start of the
    /// current year and half a year later (the one with the larger UTC
    /// offset is the DST one).
    pub fn python_globals(&self, now: i64) -> (i64, i64, bool, String, String) {
        const YEAR: i64 = (365 * 24 + 6) * 3600;
        let jan_t = now.div_euclid(YEAR) * YEAR;
        let jan = self.at(jan_t);
        let jul = self.at(jan_t + YEAR / 2);
        let (jz, uz) = (-jan.off, -jul.off);
        if jz < uz {
            (uz, jz, jz != uz, jul.abbr.clone(), jan.abbr.clone())
        } else {
            (jz, uz, jz != uz, jan.abbr.clone(), jul.abbr.clone())
        }
    }

    /// Distinct UTC offsets in effect within a day of local seconds `l`
    /// (as if UTC), in order of time.
    fn offsets_near(&self, l: i64) -> Vec<i64> {
        let mut v: Vec<i64> = Vec::new();
        for probe in [l - 2 * 86400, l - 86400, l, l + 86400, l + 2 * 86400] {
            let o = self.at(probe).off;
            if !v.contains(&o) {
                v.push(o);
            }
        }
        v
    }

    /// The UTC instants whose local time is `l` (seconds as if UTC), earliest first.
    pub fn solutions(&self, l: i64) -> Vec<i64> {
        let mut out: Vec<i64> = self.offsets_near(l).into_iter().map(|o| l - o).filter(|&t| self.at(t).off == l - t).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// `mktime` of local seconds `l` (as if UTC) with the `tm_isdst` hint.
    pub fn mktime(&self, l: i64, isdst: i64) -> i64 {
        let sols = self.solutions(l);
        if isdst < 0 {
            // Ambiguous: standard time; in a gap: the offset before it.
            if let Some(&t) = sols.iter().find(|&&t| !self.at(t).dst) {
                return t;
            }
            if let Some(&t) = sols.first() {
                return t;
            }
            let before = self.offsets_near(l).into_iter().map(|o| l - o).min().map(|t| self.at(t).off).unwrap_or(0);
            return l - before;
        }
        let want = isdst > 0;
        if let Some(&t) = sols.iter().find(|&&t| self.at(t).dst == want) {
            return t;
        }
        // Use the offset of the nearest time with the requested flag
        // (searched up to about 8 months away), else assume one hour.
        let base = sols.first().copied().unwrap_or(l - self.at(l).off);
        let step = 7 * 86400;
        for k in 1..36 {
            for dir in [-1, 1] {
                let ty = self.at(base + dir * k * step);
                if ty.dst == want {
                    return l - ty.off;
                }
            }
        }
        let cur = self.at(base).dst;
        base + 3600 * (i64::from(cur) - i64::from(want))
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Zone>>> = const { RefCell::new(None) };
}

/// The current local zone (loaded from `TZ` on first use).
pub fn current() -> Rc<Zone> {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(z) = c.as_ref() {
            return z.clone();
        }
        let z = Rc::new(load(std::env::var("TZ").ok().as_deref()));
        *c = Some(z.clone());
        z
    })
}

/// Reloads the local zone from `TZ` (`time.tzset()`).
pub fn reset() -> Rc<Zone> {
    CURRENT.with(|c| *c.borrow_mut() = None);
    current()
}
