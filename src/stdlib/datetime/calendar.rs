//! Proleptic Gregorian calendar arithmetic for `datetime`: day numbers
//! (0001-01-01 is day 1) to and from (year, month, day), ISO weeks, and
//! splitting microsecond totals into fields.

/// The day number of 9999-12-31.
pub const MAX_ORDINAL: i64 = 3_652_059;
/// Microseconds per second.
pub const US_PER_SEC: i64 = 1_000_000;
/// Microseconds per day.
pub const US_PER_DAY: i64 = 86_400 * US_PER_SEC;
/// The day number of 1970-01-01.
pub const EPOCH_ORDINAL: i64 = 719_163;

const MONTH_LEN: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Whether `y` is a leap year.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1..=12) of year `y`.
pub fn month_days(y: i64, m: i64) -> i64 {
    if m == 2 && is_leap(y) {
        29
    } else {
        MONTH_LEN[(m - 1).clamp(0, 11) as usize]
    }
}

/// Day number of a (valid) date.
pub fn to_ordinal(y: i64, m: i64, d: i64) -> i64 {
    // Count years from March so the leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 305
}

/// Days from 1970-01-01 to a (valid) date (negative before it).
pub fn days_since_epoch(y: i64, m: i64, d: i64) -> i64 {
    to_ordinal(y, m, d) - EPOCH_ORDINAL
}

/// (year, month, day) of day number `n`.
pub fn from_ordinal(n: i64) -> (i64, i64, i64) {
    let z = n + 305;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Day of the week, Monday 0.
pub fn weekday(ordinal: i64) -> i64 {
    (ordinal + 6).rem_euclid(7)
}

/// Day number of the Monday of ISO week 1 of `year`.
pub fn iso_week1_monday(year: i64) -> i64 {
    let jan4 = to_ordinal(year, 1, 4);
    jan4 - weekday(jan4)
}

/// (ISO year, ISO week, ISO weekday) of a date.
pub fn iso_parts(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let n = to_ordinal(y, m, d);
    let mut iy = y;
    let mut start = iso_week1_monday(iy);
    if n < start {
        iy -= 1;
        start = iso_week1_monday(iy);
    } else if n >= iso_week1_monday(iy + 1) {
        iy += 1;
        start = iso_week1_monday(iy);
    }
    (iy, (n - start) / 7 + 1, (n - start) % 7 + 1)
}

/// Number of ISO weeks (52 or 53) in ISO year `y`.
pub fn iso_weeks_in(y: i64) -> i64 {
    iso_parts(y, 12, 28).1
}

/// The fields (y, m, d, H, M, S, us) of a microsecond count since
/// 0001-01-01T00:00 minus one day (day number times `US_PER_DAY`), or
/// `None` when the date is outside years 1..=9999.
pub fn split_us(total: i64) -> Option<[i64; 7]> {
    let days = total.div_euclid(US_PER_DAY);
    if !(1..=MAX_ORDINAL).contains(&days) {
        return None;
    }
    let rest = total.rem_euclid(US_PER_DAY);
    let (secs, us) = (rest / US_PER_SEC, rest % US_PER_SEC);
    let (y, m, d) = from_ordinal(days);
    Some([y, m, d, secs / 3600, secs / 60 % 60, secs % 60, us])
}

/// The microsecond count of wall-clock fields (inverse of `split_us`).
pub fn wall_us(f: &[i64; 7]) -> i64 {
    (to_ordinal(f[0], f[1], f[2]) * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]) * US_PER_SEC + f[6]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        assert_eq!(to_ordinal(1, 1, 1), 1);
        assert_eq!(to_ordinal(1970, 1, 1), EPOCH_ORDINAL);
        assert_eq!(to_ordinal(9999, 12, 31), MAX_ORDINAL);
        for n in (1..MAX_ORDINAL).step_by(997) {
            let (y, m, d) = from_ordinal(n);
            assert_eq!(to_ordinal(y, m, d), n);
        }
    }
}
