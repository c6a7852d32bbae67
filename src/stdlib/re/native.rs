//! The native helper module `_re` behind `re` (whose Python layer is
//! `pysrc/re.py`): compiling patterns to `_re.Program` objects and running
//! them over str (by code points) and bytes-like subjects.
//!
//! Matches come back as flat tuples `(lastindex, start0, end0, start1, ...)`
//! with -1 for unset groups; `findall` builds its result list natively.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::{not_implemented_error, overflow_error, recursion_error, type_error, value_error};
use crate::object::registry::{new_builtin_subtype, t};
use crate::object::*;
use crate::vm::Vm;

use super::compile::{compile, Program};
use super::engine::{Found, Matcher, Mode};
use super::parse::{parse, ErrKind};

pub(super) struct Compiled {
    pub(super) prog: Program,
    pub(super) is_bytes: bool,
}

impl NativeState for Compiled {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

static INSTALLED: OnceLock<()> = OnceLock::new();

fn program_type() -> Value {
    INSTALLED.get_or_init(|| {
        new_builtin_subtype::<StateData>("Program", "_re.Program", "_re", &t().object, 0);
    });
    t().named("_re.Program")
}

/// `_re.compile(pattern, flags)`: `(program, flags, groups, names)`, or
/// `('error', msg, pos)` for a `re.error`.
fn r_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("compile").positional(2, 2)?;
    let flags = vm.index_to_i64(&p[1], "flags")? as u32;
    let (src, is_bytes): (Vec<u32>, bool) = if let Some(s) = p[0].downcast::<StrData>() {
        (s.s.chars().map(|c| c as u32).collect(), false)
    } else if let Some(b) = p[0].downcast::<BytesData>() {
        (b.0.iter().map(|&c| c as u32).collect(), true)
    } else if let Some(b) = p[0].downcast::<ByteArrayData>() {
        (b.0.borrow().iter().map(|&c| c as u32).collect(), true)
    } else {
        return Err(type_error("first argument must be string or compiled pattern"));
    };
    let parsed = match parse(&src, is_bytes, flags) {
        Ok(x) => x,
        Err(e) => {
            return match e.kind {
                ErrKind::Re => {
                    let pos = match e.pos {
                        Some(p) => vm.int(p as i64),
                        None => vm.none(),
                    };
                    Ok(vm.tuple(vec![vm.str("error"), vm.str(e.msg), pos]))
                }
                ErrKind::Value => Err(value_error(e.msg)),
                ErrKind::Overflow => Err(overflow_error(e.msg)),
                ErrKind::NotImpl => Err(not_implemented_error(e.msg)),
                ErrKind::Recursion => Err(recursion_error(e.msg)),
            };
        }
    };
    let prog = compile(&parsed.node, parsed.groups);
    let obj = alloc(&program_type(), StateData::new(Compiled { prog, is_bytes }), None);
    let names: Vec<Value> = parsed.names.iter().map(|(n, g)| vm.tuple(vec![vm.str(n.as_str()), vm.int(*g as i64)])).collect();
    let names = vm.list(names);
    Ok(vm.tuple(vec![obj, vm.int(parsed.flags as i64), vm.int(parsed.groups as i64 - 1), names]))
}

/// A subject string as matcher input.
enum Subject<'a> {
    Narrow(&'a [u8]),
    Owned(Vec<u8>),
    Wide(Vec<u32>),
}

struct Input<'a> {
    subj: Subject<'a>,
    is_str: bool,
    /// The str text when the subject is an ASCII str (byte == char index).
    ascii: Option<&'a str>,
}

fn input<'a>(vm: &Vm, v: &'a Value, is_bytes: bool) -> PyResult<Input<'a>> {
    let inp = if let Some(s) = v.downcast::<StrData>() {
        if is_bytes {
            return Err(type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.is_ascii() {
            Input { subj: Subject::Narrow(s.s.as_bytes()), is_str: true, ascii: Some(&s.s) }
        } else {
            Input { subj: Subject::Wide(s.s.chars().map(|c| c as u32).collect()), is_str: true, ascii: None }
        }
    } else if let Some(b) = v.downcast::<BytesData>() {
        Input { subj: Subject::Narrow(&b.0), is_str: false, ascii: None }
    } else if let Some(b) = v.downcast::<ByteArrayData>() {
        Input { subj: Subject::Owned(b.0.borrow().clone()), is_str: false, ascii: None }
    } else {
        return Err(type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v))));
    };
    if !is_bytes && !inp.is_str {
        return Err(type_error("cannot use a string pattern on a bytes-like object"));
    }
    Ok(inp)
}

impl Input<'_> {
    fn len(&self) -> usize {
        match &self.subj {
            Subject::Narrow(b) => b.len(),
            Subject::Owned(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }
    /// The substring `[s, e)` as a Python object.
    fn slice(&self, vm: &Vm, s: usize, e: usize) -> Value {
        match (&self.subj, self.is_str) {
            (Subject::Narrow(b), true) => vm.str(self.ascii.map(|t| &t[s..e]).unwrap_or_else(|| std::str::from_utf8(&b[s..e]).unwrap_or(""))),
            (Subject::Narrow(b), false) => vm.bytes(b[s..e].to_vec()),
            (Subject::Owned(b), _) => vm.bytes(b[s..e].to_vec()),
            (Subject::Wide(w), _) => vm.str(w[s..e].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
        }
    }
}

pub(super) fn with_prog<R>(vm: &Vm, v: &Value, f: impl FnOnce(&Compiled) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with::<Compiled, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("expected a compiled pattern, got '{}'", vm.type_name(v)))),
    }
}

pub(super) fn clamp(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index_to_i64(v, "pos")?;
    Ok(i.clamp(0, len as i64) as usize)
}

pub(super) fn found_tuple(vm: &Vm, f: &Found) -> Value {
    let mut items = Vec::with_capacity(f.caps.len() + 1);
    items.push(vm.int(f.lastindex as i64));
    for &c in &f.caps {
        items.push(vm.int(if c == usize::MAX { -1 } else { c as i64 }));
    }
    vm.tuple(items)
}

/// Runs `$body` with `$text` bound to the subject as a slice of u8 or u32.
macro_rules! with_text {
    ($inp:expr, |$text:ident| $body:expr) => {
        match &$inp.subj {
            Subject::Narrow(b) => {
                let $text: &[u8] = b;
                $body
            }
            Subject::Owned(b) => {
                let $text: &[u8] = b;
                $body
            }
            Subject::Wide(w) => {
                let $text: &[u32] = w;
                $body
            }
        }
    };
}

/// `_re.match(program, string, pos, endpos, mode)` with mode 0 match,
/// 1 fullmatch, 2 search: a flat match tuple or None.
fn r_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("match").positional(5, 5)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let inp = input(vm, &p[1], is_bytes)?;
    let len = inp.len();
    let pos = clamp(vm, &p[2], len)?;
    let endpos = clamp(vm, &p[3], len)?;
    let mode = match vm.index_to_i64(&p[4], "mode")? {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let (found, stopped) = with_prog(vm, &p[0], |c| {
        with_text!(inp, |text| {
            let mut m = Matcher::new(&c.prog, text, endpos);
            let f = m.find(pos, mode, false);
            (f, m.interrupted())
        })
    })?;
    if stopped {
        return Err(keyboard_interrupt());
    }
    Ok(match found {
        Some(f) => found_tuple(vm, &f),
        None => vm.none(),
    })
}

/// `KeyboardInterrupt` (Ctrl-C during a long match).
pub(super) fn keyboard_interrupt() -> crate::error::PyErr {
    crate::error::PyErr::new_empty(&t().named("KeyboardInterrupt"))
}

/// All successive non-overlapping matches (see `scan`); `Err` when Ctrl-C
/// interrupted matching.
fn scan_all(c: &Compiled, inp: &Input, pos: usize, endpos: usize, limit: usize) -> PyResult<Vec<Found>> {
    let mut out = Vec::new();
    let stopped = with_text!(inp, |text| {
        let mut m = Matcher::new(&c.prog, text, endpos);
        let mut at = pos;
        let mut must_advance = false;
        let end = endpos.max(pos);
        while at <= end && (limit == 0 || out.len() < limit) {
            match m.find(at, Mode::Search, must_advance) {
                Some(f) => {
                    must_advance = f.caps[1] == f.caps[0];
                    at = f.caps[1];
                    out.push(f);
                }
                None => break,
            }
        }
        m.interrupted()
    });
    if stopped {
        return Err(keyboard_interrupt());
    }
    Ok(out)
}

/// `_re.scan(program, string, pos, endpos, limit)`: list of match tuples.
fn r_scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("scan").positional(5, 5)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let inp = input(vm, &p[1], is_bytes)?;
    let len = inp.len();
    let pos = clamp(vm, &p[2], len)?;
    let endpos = clamp(vm, &p[3], len)?;
    let limit = vm.index_to_i64(&p[4], "limit")?.max(0) as usize;
    let all = with_prog(vm, &p[0], |c| scan_all(c, &inp, pos, endpos, limit))??;
    let items = all.iter().map(|f| found_tuple(vm, f)).collect();
    Ok(vm.list(items))
}

/// `_re.findall(program, string, pos, endpos)`.
fn r_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("findall").positional(4, 4)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let inp = input(vm, &p[1], is_bytes)?;
    let len = inp.len();
    let pos = clamp(vm, &p[2], len)?;
    let endpos = clamp(vm, &p[3], len)?;
    let (all, groups) = with_prog(vm, &p[0], |c| (scan_all(c, &inp, pos, endpos, 0), c.prog.groups))?;
    let all = all?;
    let mut items = Vec::with_capacity(all.len());
    for f in &all {
        let grp = |g: usize| {
            let (s, e) = (f.caps[2 * g], f.caps[2 * g + 1]);
            if s == usize::MAX || e == usize::MAX {
                inp.slice(vm, 0, 0)
            } else {
                inp.slice(vm, s, e)
            }
        };
        items.push(match groups {
            1 => grp(0),
            2 => grp(1),
            n => vm.tuple((1..n).map(grp).collect()),
        });
    }
    Ok(vm.list(items))
}

/// `_re.proxy(d)`: a read-only `mappingproxy` over dict `d`.
fn r_proxy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("proxy").positional(1, 1)?;
    if p[0].downcast::<DictData>().is_none() {
        return Err(type_error("proxy() argument must be a dict"));
    }
    Ok(alloc(&t().mappingproxy, NativeData::MappingProxy(p[0].clone()), None))
}

/// Output under construction for `split`/`sub`: text or bytes.
enum Out {
    Text(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn new(inp: &Input) -> Out {
        if inp.is_str {
            Out::Text(String::new())
        } else {
            Out::Bytes(Vec::new())
        }
    }
    fn push_range(&mut self, inp: &Input, s: usize, e: usize) {
        match (self, &inp.subj) {
            (Out::Text(t), Subject::Narrow(b)) => t.push_str(std::str::from_utf8(&b[s..e]).unwrap_or("")),
            (Out::Text(t), Subject::Wide(w)) => t.extend(w[s..e].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            (Out::Bytes(v), Subject::Narrow(b)) => v.extend_from_slice(&b[s..e]),
            (Out::Bytes(v), Subject::Owned(b)) => v.extend_from_slice(&b[s..e]),
            _ => {}
        }
    }
    fn push_value(&mut self, v: &Value) -> bool {
        match self {
            Out::Text(t) => match v.downcast::<StrData>() {
                Some(s) => {
                    t.push_str(&s.s);
                    true
                }
                None => false,
            },
            Out::Bytes(b) => match v.downcast::<BytesData>() {
                Some(x) => {
                    b.extend_from_slice(&x.0);
                    true
                }
                None => false,
            },
        }
    }
    fn finish(self, vm: &Vm) -> Value {
        match self {
            Out::Text(t) => vm.str(t),
            Out::Bytes(b) => vm.bytes(b),
        }
    }
}

/// `_re.split(program, string, maxsplit)`.
fn r_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("split").positional(3, 3)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let inp = input(vm, &p[1], is_bytes)?;
    let len = inp.len();
    let limit = vm.index_to_i64(&p[2], "maxsplit")?;
    if limit < 0 {
        return Ok(vm.list(vec![inp.slice(vm, 0, len)]));
    }
    let (all, groups) = with_prog(vm, &p[0], |c| (scan_all(c, &inp, 0, len, limit as usize), c.prog.groups))?;
    let all = all?;
    let mut out = Vec::with_capacity(all.len() * groups + 1);
    let mut last = 0;
    for f in &all {
        out.push(inp.slice(vm, last, f.caps[0]));
        for g in 1..groups {
            let (s, e) = (f.caps[2 * g], f.caps[2 * g + 1]);
            out.push(if s == usize::MAX || e == usize::MAX { vm.none() } else { inp.slice(vm, s, e) });
        }
        last = f.caps[1];
    }
    out.push(inp.slice(vm, last, len));
    Ok(vm.list(out))
}

/// `_re.subt(program, string, parts, count)`: substitution with a parsed
/// template (a list of literal str/bytes and group numbers); returns
/// `(result, n)`, or None when a literal part has the wrong type (the
/// Python layer then reports the error the way CPython does).
fn r_subt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("subt").positional(4, 4)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let inp = input(vm, &p[1], is_bytes)?;
    let len = inp.len();
    let parts: Vec<Value> = match p[2].downcast::<ListData>() {
        Some(l) => l.0.borrow().clone(),
        None => return Err(type_error("subt: parts must be a list")),
    };
    let count = vm.index_to_i64(&p[3], "count")?.max(0) as usize;
    let all = with_prog(vm, &p[0], |c| scan_all(c, &inp, 0, len, count))??;
    let mut out = Out::new(&inp);
    let mut last = 0;
    for f in &all {
        out.push_range(&inp, last, f.caps[0]);
        for part in &parts {
            if let Some(g) = part.as_small_int() {
                let g = g as usize;
                if 2 * g + 1 < f.caps.len() {
                    let (s, e) = (f.caps[2 * g], f.caps[2 * g + 1]);
                    if s != usize::MAX && e != usize::MAX {
                        out.push_range(&inp, s, e);
                    }
                }
            } else if !out.push_value(part) {
                return Ok(vm.none());
            }
        }
        last = f.caps[1];
    }
    out.push_range(&inp, last, len);
    let n = all.len() as i64;
    Ok(vm.tuple(vec![out.finish(vm), vm.int(n)]))
}

fn module_dict(m: &Value) -> Value {
    m.downcast::<ModuleData>().expect("module").dict.clone()
}

/// Creates the `_re` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let ty = program_type();
    let m = crate::vm::import::new_module(vm, "_re");
    let d = module_dict(&m);
    let dd = d.downcast::<DictData>().expect("dict");
    dd.set_str(vm.name("Program"), ty);
    let fns: &[(&'static str, NativeFn)] = &[("compile", r_compile), ("match", r_match), ("scan", r_scan), ("findall", r_findall), ("proxy", r_proxy), ("split", r_split), ("subt", r_subt), ("scanner", super::scanner::r_scanner), ("step", super::scanner::r_step)];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
