//! str methods that split and join: `split`, `rsplit`, `splitlines`,
//! `partition`, `rpartition`, `join`.

use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::add_method;
use crate::object::str::{as_str, ascii_piece, join_strs};
use crate::object::{Args, BuiltinKind, ListData, TupleData, Value};
use crate::vm::Vm;

use super::str::{int_arg, self_str};

fn split_args(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<(Option<String>, i64)> {
    let p = args.method_parser(fname).bind(&["self", "sep", "maxsplit"], 1)?;
    let sep = match &p[1] {
        None => None,
        Some(v) if vm.is_none(v) => None,
        Some(v) => match as_str(v) {
            Some("") => return Err(value_error("empty separator")),
            Some(s) => Some(s.to_string()),
            None => return Err(type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let maxsplit = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// `str.isspace` for one character: CPython's `Py_UNICODE_ISSPACE`
/// (int() parsing does not count U+001C..U+001F).
pub fn str_isspace(c: char) -> bool {
    crate::unicode::is_space(c)
}

/// `s.split(sep, maxsplit)` as Rust strings.
pub fn split_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    match sep {
        Some(sep) => {
            if limit == usize::MAX {
                s.split(sep).collect()
            } else {
                s.splitn(limit.saturating_add(1), sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(str_isspace);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.find(str_isspace) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start_matches(str_isspace);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    }
}

/// `s.rsplit(sep, maxsplit)` as Rust strings.
pub fn rsplit_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out: Vec<&str> = match sep {
        Some(sep) => {
            if limit == usize::MAX {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(limit.saturating_add(1), sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(str_isspace);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.rfind(str_isspace) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                        out.push(&rest[i + w..]);
                        rest = rest[..i].trim_end_matches(str_isspace);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    out.reverse();
    out
}

fn m_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, "split")?;
    let parts: Vec<Value> = if d.is_ascii() {
        // Pieces of ASCII text are ASCII: no scan to count their characters.
        match sep.as_deref() {
            None => split_ascii_whitespace(&d.s, maxsplit).into_iter().map(ascii_piece).collect(),
            sep => split_str(&d.s, sep, maxsplit).into_iter().map(ascii_piece).collect(),
        }
    } else {
        split_str(&d.s, sep.as_deref(), maxsplit).into_iter().map(|p| vm.str(p)).collect()
    };
    Ok(vm.list(parts))
}

/// Python's whitespace for ASCII bytes (`str.isspace`).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    crate::unicode::is_space(b as char)
}

/// `s.split(None, maxsplit)` for ASCII text, scanning bytes.
fn split_ascii_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if out.len() == limit {
            // The rest, trailing whitespace included (as CPython).
            out.push(&s[i..]);
            break;
        }
        let start = i;
        while i < b.len() && !is_ascii_space(b[i]) {
            i += 1;
        }
        out.push(&s[start..i]);
    }
    out
}

fn m_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts: Vec<Value> = rsplit_str(&d.s, sep.as_deref(), maxsplit).into_iter().map(|p| vm.str(p)).collect();
    Ok(vm.list(parts))
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn m_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "splitlines")?;
    let p = args.method_parser("splitlines").bind(&["self", "keepends"], 1)?;
    let keep = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let s: &str = &d.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(vm.str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(vm.str(&s[start..]));
    }
    Ok(vm.list(out))
}

fn partition_impl(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Value> {
    let d = self_str(vm, &args, fname)?;
    let p = args.parser(fname).positional(2, 2)?;
    let sep = as_str(&p[1]).ok_or_else(|| type_error(format!("must be str, not {}", vm.type_name(&p[1]))))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let s: &str = &d.s;
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    let v: Vec<Value> = parts.iter().map(|x| vm.str(*x)).collect();
    Ok(vm.tuple(v))
}

fn m_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn m_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn m_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "join")?;
    let p = super::str::method_arity(&args, "str.join", 1)?;
    let seq = &p[1];
    // A list is joined while borrowed: nothing here runs Python code.
    let (i, bad) = if let Some(l) = seq.downcast::<ListData>() {
        let items = l.0.borrow();
        match join_strs(&d.s, d.char_len, &items) {
            Ok(v) => return Ok(v),
            Err(i) => (i, items[i].clone()),
        }
    } else if let Some(t) = seq.downcast::<TupleData>() {
        match join_strs(&d.s, d.char_len, &t.0) {
            Ok(v) => return Ok(v),
            Err(i) => (i, t.0[i].clone()),
        }
    } else {
        let items = match vm.collect(seq) {
            Ok(v) => v,
            Err(e) => {
                if vm.lookup_special(seq, "__iter__").is_none() && vm.lookup_special(seq, "__getitem__").is_none() {
                    return Err(type_error("can only join an iterable"));
                }
                return Err(e);
            }
        };
        match join_strs(&d.s, d.char_len, &items) {
            Ok(v) => return Ok(v),
            Err(i) => (i, items[i].clone()),
        }
    };
    Err(type_error(format!("sequence item {}: expected str instance, {} found", i, vm.type_name(&bad))))
}

/// Registers the methods of this file on `str`.
pub fn install(ty: &Value) {
    use BuiltinKind::Method as M;
    add_method(ty, "split", m_split, M);
    add_method(ty, "rsplit", m_rsplit, M);
    add_method(ty, "splitlines", m_splitlines, M);
    add_method(ty, "partition", m_partition, M);
    add_method(ty, "rpartition", m_rpartition, M);
    add_method(ty, "join", m_join, M);
}
