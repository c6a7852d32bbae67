"""Calendar arithmetic, strftime, ISO 8601 and strptime parsing for
Pyrite's `datetime` (pure functions on plain numbers and strings; UTC
offsets are given in microseconds).
"""

_MONTH_LEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


# ----- calendar facts -----

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_LEN[m - 1]


def _to_ordinal(y, m, d):
    """Day number of a date, 0001-01-01 being day 1."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    shifted = (m + 9) % 12
    doy = (153 * shifted + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 305


def _from_ordinal(n):
    """(year, month, day) of day number `n`."""
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    return y, m, d


def _day_of_year(y, m, d):
    return _to_ordinal(y, m, d) - _to_ordinal(y, 1, 1) + 1


def _iso_week1_monday(year):
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _strftime(fmt, y, mo, d, h, mi, s, us, ztext, tzname):
    """Format with the C-locale strftime directives."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(fmt).__name__)
    ordinal = _to_ordinal(y, mo, d)
    wday = (ordinal + 6) % 7
    yday = ordinal - _to_ordinal(y, 1, 1)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        strip = False
        if code == '-' and i + 2 < n:
            strip = True
            code = fmt[i + 2]
            i += 1
        i += 2
        if code in 'dmHIMSjyUWVCe':
            if code == 'd':
                v, w = d, 2
            elif code == 'e':
                v, w = d, 2
            elif code == 'm':
                v, w = mo, 2
            elif code == 'H':
                v, w = h, 2
            elif code == 'I':
                v, w = (h % 12 or 12), 2
            elif code == 'M':
                v, w = mi, 2
            elif code == 'S':
                v, w = s, 2
            elif code == 'j':
                v, w = yday + 1, 3
            elif code == 'y':
                v, w = y % 100, 2
            elif code == 'C':
                v, w = y // 100, 1
            elif code == 'U':
                v, w = (yday + 7 - (wday + 1) % 7) // 7, 2
            elif code == 'W':
                v, w = (yday + 7 - wday) // 7, 2
            else:
                v, w = _iso_parts(y, mo, d)[1], 2
            if strip:
                out.append(str(v))
            elif code == 'e':
                out.append('{:>2d}'.format(v))
            else:
                out.append('{:0{}d}'.format(v, w))
        elif code == 'Y':
            out.append(str(y) if strip else '{:04d}'.format(y) if y >= 1000 else str(y))
        elif code == 'G':
            out.append(str(_iso_parts(y, mo, d)[0]))
        elif code == 'u':
            out.append(str(wday + 1))
        elif code == 'w':
            out.append(str((wday + 1) % 7))
        elif code == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif code == 'A':
            out.append(_DAY_NAMES[wday])
        elif code in 'bh':
            out.append(_MONTH_NAMES[mo - 1][:3])
        elif code == 'B':
            out.append(_MONTH_NAMES[mo - 1])
        elif code == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif code == 'f':
            out.append('{:06d}'.format(us))
        elif code == 'z':
            out.append(ztext)
        elif code == 'Z':
            out.append(tzname or '')
        elif code == 'c':
            out.append('{} {} {:>2d} {:02d}:{:02d}:{:02d} {}'.format(
                _DAY_NAMES[wday][:3], _MONTH_NAMES[mo - 1][:3], d, h, mi, s, y))
        elif code == 'x':
            out.append('{:02d}/{:02d}/{:02d}'.format(mo, d, y % 100))
        elif code == 'X':
            out.append('{:02d}:{:02d}:{:02d}'.format(h, mi, s))
        elif code == 'D':
            out.append('{:02d}/{:02d}/{:02d}'.format(mo, d, y % 100))
        elif code == 'F':
            out.append('{:04d}-{:02d}-{:02d}'.format(y, mo, d))
        elif code == 'T':
            out.append('{:02d}:{:02d}:{:02d}'.format(h, mi, s))
        elif code == 'R':
            out.append('{:02d}:{:02d}'.format(h, mi))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _iso_parts(y, m, d):
    """(ISO year, ISO week, ISO weekday) of a date."""
    ordinal = _to_ordinal(y, m, d)
    iso_year = y
    start = _iso_week1_monday(iso_year)
    if ordinal < start:
        iso_year -= 1
        start = _iso_week1_monday(iso_year)
    elif ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        start = _iso_week1_monday(iso_year)
    week, day = divmod(ordinal - start, 7)
    return iso_year, week + 1, day + 1


# ----- ISO 8601 parsing -----

def _digits(s, i, count):
    part = s[i:i + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """(year, month, day, length used) from the start of `s`."""
    y = _digits(s, 0, 4)
    extended = len(s) > 4 and s[4] == '-'
    i = 5 if extended else 4
    if len(s) > i and s[i] == 'W':
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if len(s) > i and (s[i] == '-' if extended else s[i].isdigit()):
            if extended:
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if not 1 <= day <= 7:
            raise ValueError
        last_week = 53 if _iso_parts(y, 12, 28)[1] == 53 else 52
        if not 1 <= week <= last_week:
            raise ValueError
        y, m, d = _from_ordinal(_iso_week1_monday(y) + (week - 1) * 7 + day - 1)
        return y, m, d, i
    m = _digits(s, i, 2)
    i += 2
    if extended:
        if s[i:i + 1] != '-':
            raise ValueError
        i += 1
    d = _digits(s, i, 2)
    return y, m, d, i + 2


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) from a time string."""
    tz = None  # offset in microseconds
    cut = len(s)
    for j, ch in enumerate(s):
        if ch in '+-Z':
            cut = j
            break
    body, tail = s[:cut], s[cut:]
    if tail:
        if tail == 'Z':
            tz = 0
        else:
            sign = -1 if tail[0] == '-' else 1
            hh, mm, ss, us = _parse_clock(tail[1:])
            tz = sign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us)
    hh, mm, ss, us = _parse_clock(body)
    return hh, mm, ss, us, tz


def _parse_clock(s):
    """HH[:MM[:SS[.fff]]] or HH[MM[SS[.fff]]] to (h, m, s, us)."""
    if not s:
        raise ValueError
    frac = ''
    for mark in '.,':
        if mark in s:
            s, frac = s.split(mark, 1)
            break
    if ':' in s:
        pieces = s.split(':')
        if any(len(p) != 2 for p in pieces):
            raise ValueError
    else:
        if len(s) % 2:
            raise ValueError
        pieces = [s[k:k + 2] for k in range(0, len(s), 2)]
    if not 1 <= len(pieces) <= 3:
        raise ValueError
    nums = [_digits(p, 0, 2) for p in pieces] + [0, 0]
    us = 0
    if frac or s != s.rstrip():
        if not frac or not frac.isdigit() or len(pieces) != 3:
            raise ValueError
        us = int((frac + '000000')[:6])
    return nums[0], nums[1], nums[2], us


# ----- strptime -----

_NUMERIC = {'Y': (4, 4), 'm': (1, 2), 'd': (1, 2), 'H': (1, 2), 'I': (1, 2), 'M': (1, 2),
            'S': (1, 2), 'f': (1, 6), 'j': (1, 3), 'y': (2, 2), 'w': (1, 1), 'u': (1, 1),
            'U': (1, 2), 'W': (1, 2), 'G': (4, 4), 'V': (1, 2)}
_RANGES = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'I': (1, 12), 'M': (0, 59), 'S': (0, 61),
           'j': (1, 366), 'w': (0, 6), 'u': (1, 7), 'U': (0, 53), 'W': (0, 53), 'V': (1, 53)}


def _match_name(s, i, names):
    best = None
    for idx, full in enumerate(names):
        for cand in (full, full[:3]):
            if s[i:i + len(cand)].lower() == cand.lower():
                if best is None or len(cand) > best[1]:
                    best = (idx, len(cand))
    return best


_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _expand_composites(fmt):
    """Replace the C-locale composite directives %c, %x and %X."""
    out = []
    k = 0
    while k < len(fmt):
        if fmt[k] == '%' and k + 1 < len(fmt):
            pair = fmt[k + 1]
            out.append(_COMPOSITE.get(pair, '%' + pair))
            k += 2
        else:
            out.append(fmt[k])
            k += 1
    return ''.join(out)


def _strptime(data, fmt):
    """Parse `data` with `fmt`: the field dict, or raise ValueError."""
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not ' + type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not ' + type(fmt).__name__)
    fail = ValueError('time data {!r} does not match format {!r}'.format(data, fmt))
    given = fmt
    if '%' in fmt:
        fmt = _expand_composites(fmt)
    found = {}
    i = 0
    k = 0
    n = len(data)
    while k < len(fmt):
        c = fmt[k]
        if c.isspace():
            while k < len(fmt) and fmt[k].isspace():
                k += 1
            if i >= n or not data[i].isspace():
                raise fail
            while i < n and data[i].isspace():
                i += 1
            continue
        if c != '%':
            if i >= n or data[i].lower() != c.lower():
                raise fail
            i += 1
            k += 1
            continue
        if k + 1 >= len(fmt):
            raise ValueError("stray % in format '{}'".format(given))
        code = fmt[k + 1]
        k += 2
        if code in _NUMERIC:
            lo, hi = _NUMERIC[code]
            j = i
            while j < n and j - i < hi and data[j].isdigit() and data[j].isascii():
                j += 1
            width = j - i
            if width < lo:
                raise fail
            bounds = _RANGES.get(code)
            while bounds and width >= lo and not bounds[0] <= int(data[i:i + width]) <= bounds[1]:
                width -= 1
            if width < lo:
                raise fail
            text = data[i:i + width]
            found[code] = (int(text), text)
            i += width
        elif code in 'aA':
            hit = _match_name(data, i, _DAY_NAMES)
            if hit is None:
                raise fail
            found['a'] = hit[0]
            i += hit[1]
        elif code in 'bBh':
            hit = _match_name(data, i, _MONTH_NAMES)
            if hit is None:
                raise fail
            found['m'] = (hit[0] + 1, '')
            i += hit[1]
        elif code == 'p':
            word = data[i:i + 2].lower()
            if word not in ('am', 'pm'):
                raise fail
            found['p'] = word
            i += 2
        elif code == 'z':
            if data[i:i + 1] == 'Z':
                found['z'] = 0
                i += 1
                continue
            if data[i:i + 1] not in ('+', '-'):
                raise fail
            j = i + 1
            while j < n and (data[j].isdigit() or data[j] in ':.'):
                j += 1
            try:
                hh, mm, ss, us = _parse_clock(data[i + 1:j])
                if len(data[i + 1:j].replace(':', '')) < 4:
                    raise ValueError
            except ValueError:
                raise fail from None
            off = ((hh * 60 + mm) * 60 + ss) * 1000000 + us
            found['z'] = -off if data[i] == '-' else off
            i = j
        elif code == 'Z':
            for name in ('UTC', 'GMT'):
                if data[i:i + 3].upper() == name:
                    found['Z'] = name
                    i += 3
                    break
            else:
                raise fail
        elif code == '%':
            if data[i:i + 1] != '%':
                raise fail
            i += 1
        else:
            raise ValueError("'{}' is a bad directive in format '{}'".format(code, given))
    if i != n:
        raise ValueError('unconverted data remains: ' + data[i:])
    return found


def _strptime_fields(data, fmt):
    f = _strptime(data, fmt)
    year = f['Y'][0] if 'Y' in f else 1900
    if 'y' in f:
        yy = f['y'][0]
        year = yy + (1900 if yy >= 69 else 2000)
    month = f['m'][0] if 'm' in f else 1
    day = f['d'][0] if 'd' in f else 1
    hour = f['H'][0] if 'H' in f else 0
    if 'I' in f:
        hour = f['I'][0] % 12
        if f.get('p') == 'pm':
            hour += 12
    minute = f['M'][0] if 'M' in f else 0
    second = f['S'][0] if 'S' in f else 0
    micro = 0
    if 'f' in f:
        micro = int((f['f'][1] + '000000')[:6])
    if 'j' in f and 'm' not in f and 'd' not in f:
        year, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + f['j'][0] - 1)
    return year, month, day, hour, minute, second, micro, f.get('z')
