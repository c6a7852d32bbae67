//! `unicodedata`: CPython 3.11's Unicode 14.0.0 character database over
//! `crate::unicode` (category, bidirectional, combining, east_asian_width,
//! mirrored, decimal/digit/numeric, decomposition, normalize,
//! is_normalized) and the character names of `unicode_names2` (name,
//! lookup, with aliases), limited to the characters Unicode 14 assigns.
//! `ucd_3_2_0` (the IDNA database) is not provided.

use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::*;
use crate::unicode::{self, normalize::Form};
use crate::vm::Vm;

/// The single character `v` must be (CPython's "argument must be a unicode
/// character" check).
fn one_char(vm: &Vm, v: &Value, fname: &str) -> PyResult<char> {
    let mut it = crate::object::str::as_str(v).map(|s| s.chars());
    match it.as_mut().map(|i| (i.next(), i.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => Err(type_error(format!("{fname}() argument must be a unicode character, not {}", vm.type_name(v)))),
    }
}

/// The character argument and the optional default of a 1-2 argument function.
fn char_and_default(vm: &Vm, args: &Args, fname: &str) -> PyResult<(char, Option<Value>)> {
    let p = args.parser(fname).positional(1, 2)?;
    Ok((one_char(vm, &p[0], fname)?, p.get(1).cloned()))
}

/// The single-character argument of `fname`.
fn the_char(vm: &Vm, args: &Args, fname: &str) -> PyResult<char> {
    let p = args.parser(fname).positional(1, 1)?;
    one_char(vm, &p[0], fname)
}

fn category(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.str(unicode::category(the_char(vm, &args, "category")?)))
}

fn bidirectional(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.str(unicode::bidirectional(the_char(vm, &args, "bidirectional")?)))
}

fn east_asian_width(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.str(unicode::east_asian_width(the_char(vm, &args, "east_asian_width")?)))
}

fn combining(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.int(unicode::combining(the_char(vm, &args, "combining")?) as i64))
}

fn mirrored(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.int(unicode::mirrored(the_char(vm, &args, "mirrored")?) as i64))
}

fn decomposition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.str(unicode::normalize::decomposition_text(the_char(vm, &args, "decomposition")?)))
}

/// The value, else the default, else ValueError(`msg`).
fn or_default(value: Option<Value>, default: Option<Value>, msg: &str) -> PyResult<Value> {
    value.or(default).ok_or_else(|| value_error(msg))
}

fn decimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "decimal")?;
    or_default(unicode::decimal(c).map(|d| vm.int(d as i64)), default, "not a decimal")
}

fn digit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "digit")?;
    or_default(unicode::digit(c).map(|d| vm.int(d as i64)), default, "not a digit")
}

fn numeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "numeric")?;
    or_default(unicode::numeric(c).map(Value::float), default, "not a numeric character")
}

fn name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "name")?;
    let found = (unicode::category(c) != "Cn").then(|| unicode_names2::name(c)).flatten();
    or_default(found.map(|n| vm.str(n.to_string())), default, "no such name")
}

fn lookup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("lookup").positional(1, 1)?;
    let text = match crate::object::str::as_str(&p[0]) {
        Some(s) => s.to_string(),
        None => match p[0].downcast::<BytesData>() {
            Some(b) => String::from_utf8_lossy(&b.0).into_owned(),
            None => {
                return Err(type_error(format!("lookup() argument must be str or bytes, not {}", vm.type_name(&p[0]))))
            }
        },
    };
    match unicode_names2::character(&text).filter(|&c| unicode::category(c) != "Cn") {
        Some(c) => Ok(vm.str(c.to_string())),
        None => {
            let msg = vm.str(format!("undefined character name '{text}'"));
            Err(crate::vm::ops::key_error(vm, &msg))
        }
    }
}

/// The form and text arguments of `normalize` / `is_normalized`.
fn form_and_text(vm: &Vm, args: &Args, fname: &str) -> PyResult<(Form, String)> {
    let p = args.parser(fname).positional(2, 2)?;
    let form = crate::object::str::as_str(&p[0])
        .ok_or_else(|| type_error(format!("{fname}() argument 1 must be str, not {}", vm.type_name(&p[0]))))?;
    let text = crate::object::str::as_str(&p[1])
        .ok_or_else(|| type_error(format!("{fname}() argument 2 must be str, not {}", vm.type_name(&p[1]))))?;
    let form = Form::from_name(form).ok_or_else(|| value_error("invalid normalization form"))?;
    Ok((form, text.to_string()))
}

fn normalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &args, "normalize")?;
    let out = unicode::normalize::normalize(form, &text);
    if out == text {
        // CPython returns the argument itself when it is already normal.
        return Ok(args.pos()[1].clone());
    }
    Ok(vm.str(out))
}

fn is_normalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &args, "is_normalized")?;
    Ok(vm.bool(unicode::normalize::normalize(form, &text) == text))
}

/// Creates the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "unicodedata");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("combining", combining),
        ("mirrored", mirrored),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for (fname, f) in fns {
        let v = vm.builtin_fn(fname, *f);
        dd.set_str(vm.name(fname), v);
    }
    let version = vm.str(unicode::UNIDATA_VERSION);
    dd.set_str(vm.name("unidata_version"), version);
    Ok(m)
}

