//! Argument checking for `bytes`/`bytearray` methods, reproducing CPython's
//! per-calling-convention error messages (METH_O, METH_NOARGS, Argument
//! Clinic positional-only, PyArg_ParseTuple, and keyword-capable methods).

use crate::error::PyResult;
use crate::object::bodies::ByteArrayData;
use crate::object::exception::type_error;
use crate::object::{Args, Value};

/// `"bytearray"` for a bytearray receiver, else `"bytes"`.
pub fn tname(v: &Value) -> &'static str {
    if v.downcast::<ByteArrayData>().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

fn s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_kw(args: &Args, prefix: &str, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}{}() takes no keyword arguments", prefix, name)));
    }
    Ok(())
}

fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let p = args.pos();
    if p.is_empty() {
        p
    } else {
        &p[1..]
    }
}

/// METH_NOARGS: `bytes.upper() takes no arguments (1 given)`.
pub fn noargs(args: &Args, name: &str) -> PyResult<()> {
    let ty = args.pos().first().map(tname).unwrap_or("bytes");
    no_kw(args, &format!("{}.", ty), name)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(type_error(format!("{}.{}() takes no arguments ({} given)", ty, name, n)));
    }
    Ok(())
}

/// METH_O: `bytes.zfill() takes exactly one argument (0 given)`.
pub fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let ty = args.pos().first().map(tname).unwrap_or("bytes");
    no_kw(args, &format!("{}.", ty), name)?;
    let r = rest(args);
    if r.len() != 1 {
        return Err(type_error(format!("{}.{}() takes exactly one argument ({} given)", ty, name, r.len())));
    }
    Ok(&r[0])
}

/// Argument Clinic positional-only: `ljust expected at least 1 argument, got 0`.
pub fn clinic<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let ty = args.pos().first().map(tname).unwrap_or("bytes");
    no_kw(args, &format!("{}.", ty), name)?;
    let r = rest(args);
    clinic_count(name, r.len(), min, max)?;
    Ok(r)
}

/// The count check of [`clinic`] on its own.
pub fn clinic_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if min == max {
        format!("{} expected {} argument{}, got {}", name, min, s(min), n)
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, s(min), n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, s(max), n)
    }))
}

/// PyArg_ParseTuple style: `find() takes at least 1 argument (0 given)`.
pub fn tuple_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kw(args, "", name)?;
    let r = rest(args);
    if r.len() < min {
        return Err(type_error(format!("{}() takes at least {} argument{} ({} given)", name, min, s(min), r.len())));
    }
    if r.len() > max {
        return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", name, max, s(max), r.len())));
    }
    Ok(r)
}

/// Keyword-capable optional parameters `names` (after self): one slot each.
pub fn kw_args(args: &Args, name: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let r = rest(args);
    if r.len() > names.len() {
        return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", name, names.len(), s(names.len()), r.len())));
    }
    let mut out: Vec<Option<Value>> = r.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", name, k, i + 1)))
            }
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, name))),
        }
    }
    Ok(out)
}

/// Slot wrappers (`__delitem__` etc.): `expected 1 argument, got 0`; the
/// wrappers CPython checks with `PyArg_UnpackTuple` (`__setitem__`,
/// `__imul__`) print a leading space.
pub fn wrapper<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let lead = if name == "__setitem__" || name == "__imul__" { " " } else { "" };
    no_kw(args, "wrapper ", name)?;
    let r = rest(args);
    if r.len() != n {
        return Err(type_error(format!("{}expected {} argument{}, got {}", lead, n, s(n), r.len())));
    }
    Ok(r)
}
