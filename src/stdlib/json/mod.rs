//! The `json` module. The encoder and the decoder are native (`encode.rs`,
//! `decode.rs`); the public API (`dumps`, `loads`, `JSONEncoder`,
//! `JSONDecoder`, `JSONDecodeError`, ...) is a thin Python layer
//! (`json.py`, written for Pyrite) over two private natives, `_encode` and
//! `_decode`, placed in the module namespace before the layer runs.

pub mod decode;
pub mod encode;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

const SOURCE: &str = include_str!("json.py");

fn opt(vm: &Vm, v: &Value) -> Option<Value> {
    if vm.is_none(v) {
        None
    } else {
        Some(v.clone())
    }
}

fn text(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    as_str(v).map(str::to_string).ok_or_else(|| type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

/// `_encode(obj, default, skipkeys, ensure_ascii, check_circular, allow_nan,
/// sort_keys, indent, item_separator, key_separator) -> str`
fn j_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_encode").positional(10, 10)?;
    let s = encode::Encoder::new(encode_options(vm, p)?, encode::depth_budget(vm)).run(vm, &p[0])?;
    Ok(vm.str(s))
}

/// `_iterencode(...)`: like `_encode`, but a list of the chunks CPython's
/// `JSONEncoder.iterencode` yields.
fn j_iterencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_iterencode").positional(10, 10)?;
    let chunks = encode::Encoder::new(encode_options(vm, p)?, encode::depth_budget(vm)).run_chunks(vm, &p[0])?;
    let items = chunks.into_iter().map(|c| vm.str(c)).collect();
    Ok(vm.list(items))
}

fn encode_options(vm: &mut Vm, p: &[Value]) -> PyResult<encode::Options> {
    let mut flags = [false; 5];
    for (k, f) in flags.iter_mut().enumerate() {
        *f = vm.truthy(&p[2 + k])?;
    }
    let indent = match opt(vm, &p[7]) {
        Some(v) => Some(text(vm, &v, "indent")?),
        None => None,
    };
    let opts = encode::Options {
        default: opt(vm, &p[1]),
        skipkeys: flags[0],
        ensure_ascii: flags[1],
        check_circular: flags[2],
        allow_nan: flags[3],
        sort_keys: flags[4],
        indent,
        item_sep: text(vm, &p[8], "item_separator")?,
        key_sep: text(vm, &p[9], "key_separator")?,
    };
    Ok(opts)
}

/// Character index of byte offset `byte` in `s`.
fn char_index(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

/// `_decode(s, idx, whole, error_class, strict, object_hook,
/// object_pairs_hook, parse_float, parse_int, parse_constant)`: with `whole`
/// the document must be one value between optional whitespace (returns the
/// value); else one value starting at `idx` (returns `(value, end)`).
fn j_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_decode").positional(10, 10)?;
    let Some(s) = as_str(&p[0]) else {
        return Err(type_error(format!("first argument must be a string, not {}", vm.type_name(&p[0]))));
    };
    let idx = vm.index_to_i64(&p[1], "idx")?;
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let whole = vm.truthy(&p[2])?;
    let errcls = p[3].clone();
    let opts = decode::Options {
        strict: vm.truthy(&p[4])?,
        object_hook: opt(vm, &p[5]),
        pairs_hook: opt(vm, &p[6]),
        parse_float: opt(vm, &p[7]),
        parse_int: opt(vm, &p[8]),
        parse_constant: opt(vm, &p[9]),
    };
    let doc = p[0].clone();
    // Byte offset of character `idx`; past the end, nothing can be decoded.
    let start = if s.is_ascii() { Some(idx as usize).filter(|i| *i < s.len()) } else { s.char_indices().nth(idx as usize).map(|(b, _)| b) };
    let Some(start) = start else {
        return Err(decode_error(vm, &errcls, "Expecting value", doc, idx as usize));
    };
    let mut dec = decode::Decoder::new(s, &opts, encode::depth_budget(vm));
    let b = s.as_bytes();
    let first = if whole { decode::skip_ws(b, start) } else { start };
    let result = dec.scan(vm, first).and_then(|(v, end)| {
        if !whole {
            return Ok((v, end));
        }
        let end = decode::skip_ws(b, end);
        if end != b.len() {
            return Err(decode::Fail::Syntax("Extra data", end));
        }
        Ok((v, end))
    });
    match result {
        Ok((v, end)) if whole => {
            let _ = end;
            Ok(v)
        }
        Ok((v, end)) => {
            let e = vm.int(char_index(s, end) as i64);
            Ok(vm.tuple(vec![v, e]))
        }
        Err(decode::Fail::Py(e)) => Err(e),
        Err(decode::Fail::Syntax(msg, at)) => Err(decode_error(vm, &errcls, msg, doc, char_index(s, at))),
    }
}

/// `errcls(msg, doc, pos)` as an exception to raise.
fn decode_error(vm: &mut Vm, errcls: &Value, msg: &str, doc: Value, pos: usize) -> PyErr {
    let m = vm.str(msg);
    let pv = vm.int(pos as i64);
    match vm.call(errcls, &[m, doc, pv]) {
        Ok(exc) => PyErr::from_object(exc),
        Err(e) => e,
    }
}

/// Creates the `json` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "json");
    let d = match m.downcast::<ModuleData>() {
        Some(md) => md.dict.clone(),
        None => return Err(type_error("module expected")),
    };
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
        let fns: &[(&'static str, NativeFn)] = &[("_encode", j_encode), ("_iterencode", j_iterencode), ("_decode", j_decode)];
        for (name, f) in fns {
            let v = vm.builtin_fn(name, *f);
            dd.set_str(vm.name(name), v);
        }
    }
    let code = crate::builtins::pending::compile_source(vm, SOURCE, "<frozen json>", crate::builtins::pending::CompileMode::Exec)?;
    vm.run_code(code, d.clone(), None)?;
    let subs: &[(&str, &str, &[&str])] = &[
        ("decoder", "json.decoder", &["JSONDecoder", "JSONDecodeError"]),
        ("encoder", "json.encoder", &["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]),
    ];
    for (short, full, names) in subs {
        let sub = submodule(vm, &d, full, names)?;
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(vm.name(short), sub);
        }
    }
    Ok(m)
}

/// A module `full` (registered in sys.modules, as CPython's `json`
/// package imports its submodules) holding `names` from the json namespace.
fn submodule(vm: &mut Vm, json_dict: &Value, full: &str, names: &[&str]) -> PyResult<Value> {
    let sub = crate::vm::import::new_module(vm, full);
    let (Some(src), Some(dst)) = (json_dict.downcast::<DictData>(), sub.downcast::<ModuleData>().and_then(|md| md.dict.downcast::<DictData>())) else {
        return Err(type_error("module expected"));
    };
    for n in names {
        if let Some(v) = src.get_str(n) {
            dst.set_str(vm.name(n), v);
        }
    }
    if let Some(mods) = vm.modules.downcast::<DictData>() {
        mods.set_str(vm.str(full), sub.clone());
    }
    Ok(sub)
}
