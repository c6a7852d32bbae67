//! `bytes`/`bytearray` searching, splitting and joining methods: find family,
//! count, startswith/endswith, partition, split/rsplit/splitlines, replace,
//! join, strip family, removeprefix/removesuffix.

use crate::error::PyResult;
use crate::object::bodies::TupleData;
use crate::object::exception::{type_error, value_error};
use crate::object::{Args, Value};
use crate::vm::Vm;

use super::bytes::{bytes_of, other_bytes, same_kind, self_bytes, sub_of};
use super::bytes_args::{clinic, kw_args, one, tuple_args};
use super::str::{adjust_range, int_arg, opt_index};

/// First index `>= from` where `n` occurs in `h`.
pub fn find_sub(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return if from <= h.len() { Some(from) } else { None };
    }
    if n.len() > h.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

/// Last index where `n` occurs in `h`.
pub fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| &h[i..i + n.len()] == n)
}

/// ASCII whitespace as bytes methods understand it.
pub fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Optional start/end (`r[1]`, `r[2]`) adjusted to `len`; `None` when empty/out of range.
fn range_args(vm: &mut Vm, r: &[Value], len: usize) -> PyResult<Option<(usize, usize)>> {
    let s = opt_index(vm, r.get(1))?;
    let e = opt_index(vm, r.get(2))?;
    let (s, e) = adjust_range(s, e, len);
    if s > len as i64 || e < s {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

fn affix(vm: &mut Vm, args: Args, fname: &'static str, end: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let r = tuple_args(&args, fname, 1, 3)?;
    let range = range_args(vm, r, b.len())?;
    let cands: Vec<Value> = if let Some(tu) = r[0].downcast::<TupleData>() {
        tu.0.to_vec()
    } else {
        if bytes_of(&r[0]).is_none() {
            return Err(type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", fname, vm.type_name(&r[0]))));
        }
        vec![r[0].clone()]
    };
    for c in &cands {
        let c = other_bytes(vm, c)?;
        let Some((lo, hi)) = range else { continue };
        let h = &b[lo..hi];
        if if end { h.ends_with(&c) } else { h.starts_with(&c) } {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

/// `bytes.startswith(...)` (also on bytearray).
pub fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}
/// `bytes.endswith(...)` (also on bytearray).
pub fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn find_gen(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Option<usize>> {
    let b = self_bytes(vm, &args, fname)?;
    let r = tuple_args(&args, fname, 1, 3)?;
    let sub = sub_of(vm, &r[0])?;
    let Some((lo, hi)) = range_args(vm, r, b.len())? else { return Ok(None) };
    let h = &b[lo..hi];
    let found = if rev { rfind_sub(h, &sub) } else { find_sub(h, &sub, 0) };
    Ok(found.map(|i| i + lo))
}

/// `bytes.find(...)` (also on bytearray).
pub fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_gen(vm, args, "find", false)?;
    Ok(vm.int(r.map(|i| i as i64).unwrap_or(-1)))
}
/// `bytes.rfind(...)` (also on bytearray).
pub fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_gen(vm, args, "rfind", true)?;
    Ok(vm.int(r.map(|i| i as i64).unwrap_or(-1)))
}
/// `bytes.index(...)` (also on bytearray).
pub fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_gen(vm, args, "index", false)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}
/// `bytes.rindex(...)` (also on bytearray).
pub fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_gen(vm, args, "rindex", true)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

/// `bytes.count(...)` (also on bytearray).
pub fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "count")?;
    let r = tuple_args(&args, "count", 1, 3)?;
    let sub = sub_of(vm, &r[0])?;
    let Some((lo, hi)) = range_args(vm, r, b.len())? else { return Ok(vm.int(0)) };
    let h = &b[lo..hi];
    if sub.is_empty() {
        return Ok(vm.int(h.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(h, &sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(vm.int(n))
}

fn partition_impl(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let sepv = one(&args, fname)?;
    let sep = other_bytes(vm, sepv)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let me = args.pos()[0].clone();
    let pos = if rev { rfind_sub(&b, &sep) } else { find_sub(&b, &sep, 0) };
    let parts: [Vec<u8>; 3] = match pos {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], b],
        None => [b, vec![], vec![]],
    };
    let vals: Vec<Value> = parts.into_iter().map(|p| same_kind(vm, &me, p)).collect();
    Ok(vm.tuple(vals))
}

/// `bytes.partition(...)` (also on bytearray).
pub fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
/// `bytes.rpartition(...)` (also on bytearray).
pub fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn split_impl(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let p = kw_args(&args, fname, &["sep", "maxsplit"])?;
    let sep = match &p[0] {
        Some(s) if !vm.is_none(s) => Some(other_bytes(vm, s)?),
        _ => None,
    };
    let maxsplit = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let me = args.pos()[0].clone();
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if rev {
                let mut end = b.len();
                while parts.len() < limit {
                    match rfind_sub(&b[..end], &sep) {
                        Some(i) => {
                            parts.push(b[i + sep.len()..end].to_vec());
                            end = i;
                        }
                        None => break,
                    }
                }
                parts.push(b[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < limit {
                    match find_sub(&b, &sep, start) {
                        Some(i) => {
                            parts.push(b[start..i].to_vec());
                            start = i + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(b[start..].to_vec());
            }
        }
        None if rev => {
            let mut i = b.len();
            while i > 0 && is_ws(b[i - 1]) {
                i -= 1;
            }
            while i > 0 {
                if parts.len() == limit {
                    parts.push(b[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_ws(b[i - 1]) {
                    i -= 1;
                }
                parts.push(b[i..end].to_vec());
                while i > 0 && is_ws(b[i - 1]) {
                    i -= 1;
                }
            }
            parts.reverse();
        }
        None => {
            let mut i = 0;
            while i < b.len() && is_ws(b[i]) {
                i += 1;
            }
            while i < b.len() {
                if parts.len() == limit {
                    parts.push(b[i..].to_vec());
                    break;
                }
                let st = i;
                while i < b.len() && !is_ws(b[i]) {
                    i += 1;
                }
                parts.push(b[st..i].to_vec());
                while i < b.len() && is_ws(b[i]) {
                    i += 1;
                }
            }
        }
    }
    let vals: Vec<Value> = parts.into_iter().map(|x| same_kind(vm, &me, x)).collect();
    Ok(vm.list(vals))
}

/// `bytes.split(...)` (also on bytearray).
pub fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}
/// `bytes.rsplit(...)` (also on bytearray).
pub fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

/// `bytes.splitlines(...)` (also on bytearray).
pub fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "splitlines")?;
    let p = kw_args(&args, "splitlines", &["keepends"])?;
    let keep = match &p[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let me = args.pos()[0].clone();
    let mut parts = Vec::new();
    let mut i = 0;
    let mut st = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut eol = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            parts.push(b[st..if keep { eol } else { i }].to_vec());
            st = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if st < b.len() {
        parts.push(b[st..].to_vec());
    }
    let vals: Vec<Value> = parts.into_iter().map(|x| same_kind(vm, &me, x)).collect();
    Ok(vm.list(vals))
}

/// `bytes.replace(...)` (also on bytearray).
pub fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "replace")?;
    let r = clinic(&args, "replace", 2, 3)?;
    let old = other_bytes(vm, &r[0])?;
    let new = other_bytes(vm, &r[1])?;
    let count = match r.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::new();
    let mut n = 0;
    if old.is_empty() {
        for &c in &b {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while n < limit {
            match find_sub(&b, &old, i) {
                Some(j) => {
                    out.extend_from_slice(&b[i..j]);
                    out.extend_from_slice(&new);
                    i = j + old.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&b[i..]);
    }
    Ok(same_kind(vm, &args.pos()[0], out))
}

/// `bytes.join(...)` (also on bytearray).
pub fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = self_bytes(vm, &args, "join")?;
    let it = one(&args, "join")?;
    if vm.lookup_special(it, "__iter__").is_none() && vm.lookup_special(it, "__getitem__").is_none() {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(same_kind(vm, &args.pos()[0], out))
}

fn strip_impl(vm: &mut Vm, args: Args, fname: &'static str, l: bool, r: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let p = clinic(&args, fname, 0, 1)?;
    let set: Option<Vec<u8>> = match p.first() {
        Some(v) if !vm.is_none(v) => Some(other_bytes(vm, v)?),
        _ => None,
    };
    let strip = |c: u8| match &set {
        None => is_ws(c),
        Some(s) => s.contains(&c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if l {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if r {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(same_kind(vm, &args.pos()[0], b[lo..hi].to_vec()))
}

/// `bytes.strip(...)` (also on bytearray).
pub fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
/// `bytes.lstrip(...)` (also on bytearray).
pub fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
/// `bytes.rstrip(...)` (also on bytearray).
pub fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn remove_affix(vm: &mut Vm, args: Args, fname: &'static str, suffix: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let a = one(&args, fname)?;
    let x = other_bytes(vm, a)?;
    let out = if suffix && b.ends_with(&x) {
        b[..b.len() - x.len()].to_vec()
    } else if !suffix && b.starts_with(&x) {
        b[x.len()..].to_vec()
    } else {
        b
    };
    Ok(same_kind(vm, &args.pos()[0], out))
}

/// `bytes.removeprefix(...)` (also on bytearray).
pub fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}
/// `bytes.removesuffix(...)` (also on bytearray).
pub fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}
