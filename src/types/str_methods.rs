//! str methods: case mapping, character classes (`is*`), padding,
//! stripping, searching (`find`/`count`/`startswith`/...), `replace`,
//! `translate`/`maketrans`, `expandtabs`, `zfill`, `encode`.

use crate::error::PyResult;
use crate::object::bodies::StrData;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::{add_method, t};
use crate::object::str::{as_str, new_ascii};
use crate::object::{Args, BuiltinKind, DictData, Value};
use crate::vm::Vm;

use super::str::{adjust_range, byte_offset, char_index, int_arg, opt_index, self_str};

use crate::unicode::{self, Case};

/// Appends the full titlecase mapping of `c`.
fn title_of(c: char, out: &mut String) {
    unicode::push_case(c, Case::Title, out)
}

/// `str.lower` of non-ASCII text.
fn lower_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.upper` of non-ASCII text.
fn upper_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| unicode::push_case(c, Case::Upper, &mut out));
    out
}

/// Appends the lowercase mapping of `chars[i]`, choosing final sigma for
/// U+03A3 in the Final_Sigma context like CPython's `handle_capital_sigma`.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3A3}' {
        unicode::push_case(c, Case::Lower, out);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !unicode::is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| unicode::is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !unicode::is_case_ignorable(c));
        final_sigma = after.is_none_or(|&c| !unicode::is_cased(c));
    }
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}

/// `str.title`: a character is titlecased when the previous character is
/// not cased, lowercased otherwise (CPython's `do_title`).
fn title_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            lower_at(&chars, i, &mut out);
        } else {
            title_of(c, &mut out);
        }
        prev_cased = unicode::is_cased(c);
    }
    out
}

/// `str.capitalize`: first character titlecased, the rest lowercased.
fn capitalize_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            title_of(c, &mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.capitalize` of ASCII text (bytes mapped in place).
fn capitalize_ascii(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// `str.swapcase`: CPython's `do_swapcase` (uppercase letters lowered with
/// the final-sigma rule, lowercase ones uppered, the rest kept).
fn swapcase_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if unicode::is_upper(c) {
            lower_at(&chars, i, &mut out);
        } else if unicode::is_lower(c) {
            unicode::push_case(c, Case::Upper, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| unicode::push_case(c, Case::Fold, &mut out));
    out
}

macro_rules! str_fn0 {
    ($name:ident, $py:literal, |$vm:ident, $s:ident| $body:expr) => {
        fn $name($vm: &mut Vm, args: Args) -> PyResult<Value> {
            let d = self_str($vm, &args, $py)?;
            super::str::method_arity(&args, concat!("str.", $py), 0)?;
            let $s: &str = &d.s;
            $body
        }
    };
}

str_fn0!(m_lower, "lower", |vm, s| Ok(if s.is_ascii() { new_ascii(s.to_ascii_lowercase()) } else { vm.str(lower_str(s)) }));
str_fn0!(m_upper, "upper", |vm, s| Ok(if s.is_ascii() { new_ascii(s.to_ascii_uppercase()) } else { vm.str(upper_str(s)) }));
str_fn0!(m_casefold, "casefold", |vm, s| Ok(vm.str(casefold_str(s))));
str_fn0!(m_swapcase, "swapcase", |vm, s| Ok(vm.str(swapcase_str(s))));
str_fn0!(m_title, "title", |vm, s| Ok(vm.str(title_str(s))));
str_fn0!(m_capitalize, "capitalize", |vm, s| Ok(if s.is_ascii() { new_ascii(capitalize_ascii(s)) } else { vm.str(capitalize_str(s)) }));
str_fn0!(m_isascii, "isascii", |vm, s| Ok(vm.bool(s.is_ascii())));
str_fn0!(m_isalpha, "isalpha", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(unicode::is_alpha))));
str_fn0!(m_isalnum, "isalnum", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(unicode::is_alnum))));
str_fn0!(m_isdecimal, "isdecimal", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(unicode::is_decimal))));
str_fn0!(m_isdigit, "isdigit", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(unicode::is_digit))));
str_fn0!(m_isnumeric, "isnumeric", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(unicode::is_numeric))));
str_fn0!(m_isspace, "isspace", |vm, s| Ok(vm.bool(!s.is_empty() && s.chars().all(super::str_split::str_isspace))));
str_fn0!(m_isprintable, "isprintable", |vm, s| Ok(vm.bool(s.chars().all(unicode::is_printable))));
str_fn0!(m_islower, "islower", |vm, s| Ok(vm.bool(
    s.chars().any(unicode::is_lower) && !s.chars().any(|c| unicode::is_upper(c) || unicode::is_title(c)))));
str_fn0!(m_isupper, "isupper", |vm, s| Ok(vm.bool(
    s.chars().any(unicode::is_upper) && !s.chars().any(|c| unicode::is_lower(c) || unicode::is_title(c)))));
str_fn0!(m_istitle, "istitle", |vm, s| {
    let mut cased = false;
    let mut prev = false;
    let mut ok = true;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if prev {
                ok = false;
                break;
            }
            prev = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !prev {
                ok = false;
                break;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(vm.bool(ok && cased))
});
str_fn0!(m_isidentifier, "isidentifier", |vm, s| Ok(vm.bool(is_identifier(s))));

/// Python's `str.isidentifier`: XID_Start or `_`, then XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || unicode::is_xid_start(c) => {}
        _ => return false,
    }
    it.all(unicode::is_xid_continue)
}

fn fill_char(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match as_str(v) {
            Some(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap_or(' ')),
            Some(_) => Err(type_error("The fill character must be exactly one character long")),
            None => Err(type_error(format!("{}() argument 2 must be str, not {}", fname, vm.type_name(v)))),
        },
    }
}

fn pad(vm: &mut Vm, args: Args, fname: &'static str, which: u8) -> PyResult<Value> {
    let d = self_str(vm, &args, fname)?;
    let p = args.method_parser(fname).positional(2, 3)?;
    let width = int_arg(vm, &p[1])?;
    let fill = fill_char(vm, p.get(2), fname)?;
    let len = d.char_len as i64;
    if width <= len {
        let v = &p[0];
        return Ok(if vm.type_of(v).is(&t().str_) { v.clone() } else { vm.str(d.s.clone()) });
    }
    let total = (width - len) as usize;
    let (left, right) = match which {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(d.s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&d.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.str(out))
}

fn m_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", 0)
}
fn m_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", 1)
}
fn m_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", 2)
}

fn m_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "zfill")?;
    let p = super::str::method_arity(&args, "str.zfill", 1)?;
    let width = int_arg(vm, &p[1])?;
    let len = d.char_len as i64;
    if width <= len {
        return Ok(vm.str(d.s.clone()));
    }
    let fill = (width - len) as usize;
    let s = &d.s;
    let mut out = String::with_capacity(width as usize);
    let rest = if s.starts_with('+') || s.starts_with('-') {
        out.push_str(&s[..1]);
        &s[1..]
    } else {
        &s[..]
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.str(out))
}

fn strip_impl(vm: &mut Vm, args: Args, fname: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let d = self_str(vm, &args, fname)?;
    let p = args.method_parser(fname).positional(1, 2)?;
    let s: &str = &d.s;
    let chars: Option<Vec<char>> = match p.get(1) {
        None => None,
        Some(v) if vm.is_none(v) => None,
        Some(v) => match as_str(v) {
            Some(c) => Some(c.chars().collect()),
            None => return Err(type_error(format!("{} arg must be None or str", fname))),
        },
    };
    let pred = |c: char| match &chars {
        None => super::str_split::str_isspace(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(vm.str(r))
}

fn m_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn m_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn m_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// Parsed `(sub, start, end)` arguments: byte range of the searched part
/// (`None` when start is past the end) and its char start.
struct Range {
    lo: usize,
    hi: usize,
    clo: usize,
    valid: bool,
}

fn range_of(vm: &mut Vm, d: &StrData, start: Option<&Value>, end: Option<&Value>) -> PyResult<Range> {
    let s = opt_index(vm, start)?;
    let e = opt_index(vm, end)?;
    let (s, e) = adjust_range(s, e, d.char_len);
    if s > d.char_len as i64 {
        return Ok(Range { lo: 0, hi: 0, clo: 0, valid: false });
    }
    let lo = byte_offset(d, s as usize);
    let hi = if e < s { lo } else { byte_offset(d, e as usize) };
    Ok(Range { lo, hi, clo: s as usize, valid: e >= s })
}

fn sub_arg<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{}() argument 1 must be str, not {}", fname, vm.type_name(v))))
}

/// Byte offset of the first `sub` in `hay`. A short haystack is scanned
/// directly: there the two-way searcher's setup costs more than the search.
/// (A match of UTF-8 in UTF-8 always starts at a character boundary.)
fn find_sub(hay: &str, sub: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), sub.as_bytes());
    match n.first() {
        None => Some(0),
        Some(&first) if h.len() <= 64 => h.windows(n.len()).position(|w| w[0] == first && w == n),
        Some(_) => hay.find(sub),
    }
}

fn find_impl(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Option<i64>> {
    let d = self_str(vm, &args, fname)?;
    let p = args.method_parser(fname).getargs_style().positional(2, 4)?;
    let sub = as_str(&p[1]).ok_or_else(|| type_error(format!("must be str, not {}", vm.type_name(&p[1]))))?;
    let r = range_of(vm, d, p.get(2), p.get(3))?;
    if !r.valid {
        return Ok(None);
    }
    let hay = &d.s[r.lo..r.hi];
    let found = if rev { hay.rfind(sub) } else { find_sub(hay, sub) };
    Ok(found.map(|b| (char_index(d, r.lo + b)) as i64).map(|c| c.max(r.clo as i64)))
}

fn m_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(vm.int(r.unwrap_or(-1)))
}
fn m_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(vm.int(r.unwrap_or(-1)))
}
fn m_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(vm.int(i)),
        None => Err(value_error("substring not found")),
    }
}
fn m_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(vm.int(i)),
        None => Err(value_error("substring not found")),
    }
}

fn m_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "count")?;
    let p = args.method_parser("count").getargs_style().positional(2, 4)?;
    let sub = as_str(&p[1]).ok_or_else(|| type_error(format!("must be str, not {}", vm.type_name(&p[1]))))?;
    let r = range_of(vm, d, p.get(2), p.get(3))?;
    if !r.valid {
        return Ok(vm.int(0));
    }
    let hay = &d.s[r.lo..r.hi];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(vm.int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, fname: &'static str, end: bool) -> PyResult<Value> {
    let d = self_str(vm, &args, fname)?;
    let p = args.method_parser(fname).getargs_style().positional(2, 4)?;
    let r = range_of(vm, d, p.get(2), p.get(3))?;
    let hay = if r.valid { Some(&d.s[r.lo..r.hi]) } else { None };
    let test = |x: &str| match hay {
        None => false,
        Some(h) => if end { h.ends_with(x) } else { h.starts_with(x) },
    };
    if let Some(tup) = p[1].downcast::<crate::object::TupleData>() {
        for item in tup.0.iter() {
            match as_str(item) {
                Some(x) => {
                    if test(x) {
                        return Ok(vm.bool(true));
                    }
                }
                None => {
                    return Err(type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        fname,
                        vm.type_name(item)
                    )))
                }
            }
        }
        return Ok(vm.bool(false));
    }
    match as_str(&p[1]) {
        Some(x) => Ok(vm.bool(test(x))),
        None => Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            fname,
            vm.type_name(&p[1])
        ))),
    }
}

fn m_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn m_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn m_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "replace")?;
    let p = args.method_parser("replace").positional(3, 4)?;
    let old = sub_arg(vm, &p[1], "replace")?;
    let new = as_str(&p[2]).ok_or_else(|| type_error(format!("replace() argument 2 must be str, not {}", vm.type_name(&p[2]))))?;
    let count = match p.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let s: &str = &d.s;
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        return Ok(vm.str(out));
    }
    Ok(vm.str(s.replacen(old, new, limit)))
}

fn m_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "removeprefix")?;
    let p = super::str::method_arity(&args, "str.removeprefix", 1)?;
    let x = sub_arg(vm, &p[1], "removeprefix")?;
    Ok(vm.str(d.s.strip_prefix(x).unwrap_or(&d.s)))
}
fn m_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "removesuffix")?;
    let p = super::str::method_arity(&args, "str.removesuffix", 1)?;
    let x = sub_arg(vm, &p[1], "removesuffix")?;
    Ok(vm.str(d.s.strip_suffix(x).unwrap_or(&d.s)))
}

fn m_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "expandtabs")?;
    let p = args.method_parser("expandtabs").bind(&["self", "tabsize"], 1)?;
    let ts = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in d.s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.str(out))
}

fn m_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "encode")?;
    let p = args.method_parser("encode").bind(&["self", "encoding", "errors"], 1)?;
    let enc = match &p[1] {
        Some(v) => as_str(v).ok_or_else(|| type_error(format!("encode() argument 'encoding' must be str, not {}", vm.type_name(v))))?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match &p[2] {
        Some(v) => as_str(v).unwrap_or("strict").to_string(),
        None => "strict".into(),
    };
    let b = super::bytes::encode(vm, &d.s, &enc, &errors)?;
    Ok(vm.bytes(b))
}

fn m_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "translate")?;
    let p = args.parser("translate").positional(2, 2)?;
    let table = p[1].clone();
    let text = d.s.clone();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = vm.int(c as i64);
        let r = match vm.getitem(&table, &key) {
            Ok(r) => r,
            Err(e) => {
                if vm.is_subtype(&e.exc_type(), &t().named("LookupError")) {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        if vm.is_none(&r) {
            continue;
        }
        if let Some(s) = as_str(&r) {
            out.push_str(s);
        } else if let Some(i) = super::str::int_value(&r) {
            match i.and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.str(out))
}

fn m_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("maketrans").positional(1, 3)?;
    let out = vm.dict();
    if p.len() == 1 {
        let Some(src) = p[0].downcast::<DictData>() else {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let items = src.items();
        for (k, v) in items {
            let key = if let Some(s) = as_str(&k) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => vm.int(c as i64),
                    _ => return Err(value_error("string keys in translate table must be of length 1")),
                }
            } else if super::str::int_value(&k).is_some() {
                k.clone()
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            };
            vm.setitem(&out, key, v)?;
        }
        return Ok(out);
    }
    let x = as_str(&p[0]).ok_or_else(|| type_error(format!("maketrans() argument 1 must be str, not {}", vm.type_name(&p[0]))))?;
    let y = as_str(&p[1]).ok_or_else(|| type_error(format!("maketrans() argument 2 must be str, not {}", vm.type_name(&p[1]))))?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let (k, v) = (vm.int(a as i64), vm.int(b as i64));
        vm.setitem(&out, k, v)?;
    }
    if let Some(z) = p.get(2) {
        let z = as_str(z).ok_or_else(|| type_error(format!("maketrans() argument 3 must be str, not {}", vm.type_name(z))))?;
        for c in z.chars() {
            let (k, v) = (vm.int(c as i64), vm.none());
            vm.setitem(&out, k, v)?;
        }
    }
    Ok(out)
}

/// Registers the methods of this file on `str`.
pub fn install(ty: &Value) {
    use BuiltinKind::Method as M;
    let ms: &[(&'static str, crate::object::NativeFn)] = &[
        ("lower", m_lower), ("upper", m_upper), ("casefold", m_casefold), ("swapcase", m_swapcase),
        ("title", m_title), ("capitalize", m_capitalize), ("isascii", m_isascii), ("isalpha", m_isalpha),
        ("isalnum", m_isalnum), ("isdecimal", m_isdecimal), ("isdigit", m_isdigit), ("isnumeric", m_isnumeric),
        ("isspace", m_isspace), ("isprintable", m_isprintable), ("islower", m_islower), ("isupper", m_isupper),
        ("istitle", m_istitle), ("isidentifier", m_isidentifier), ("ljust", m_ljust), ("rjust", m_rjust),
        ("center", m_center), ("zfill", m_zfill), ("strip", m_strip), ("lstrip", m_lstrip), ("rstrip", m_rstrip),
        ("find", m_find), ("rfind", m_rfind), ("index", m_index), ("rindex", m_rindex), ("count", m_count),
        ("startswith", m_startswith), ("endswith", m_endswith), ("replace", m_replace),
        ("removeprefix", m_removeprefix), ("removesuffix", m_removesuffix), ("expandtabs", m_expandtabs),
        ("encode", m_encode), ("translate", m_translate),
    ];
    for (n, f) in ms {
        add_method(ty, n, *f, M);
    }
    add_method(ty, "maketrans", m_maketrans, BuiltinKind::StaticMethod);
}
