//! Argument handling of the native `datetime` classes with the messages of
//! CPython's C argument parser: keyword binding (`function takes at most 3
//! arguments (4 given)`, `'x' is an invalid keyword argument for
//! replace()`) and C `int` fields (`signed integer is greater than
//! maximum`).

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error};
use crate::object::*;
use crate::vm::Vm;

/// Binds `pos` (the positional arguments after self/cls) and the keywords of
/// `args` to `names`, the first `required` of them required. `fname` names
/// the function in messages (`None`: CPython's anonymous "function").
pub(crate) fn bind(pos: &[Value], args: Args, names: &[&str], required: usize, fname: Option<&str>) -> PyResult<Vec<Option<Value>>> {
    let label = || fname.map_or_else(|| "function".to_string(), |f| format!("{}()", f));
    let given = pos.len() + args.kwnames.len();
    if given > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(type_error(format!("{} takes at most {} argument{} ({} given)", label(), names.len(), s, given)));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    let mut unknown = None;
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!("argument for {} given by name ('{}') and position ({})", label(), k, i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => unknown = unknown.or(Some(k)),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!("{} missing required argument '{}' (pos {})", label(), names[i], i + 1)));
        }
    }
    if let Some(k) = unknown {
        return Err(type_error(format!("'{}' is an invalid keyword argument for {}", k, label())));
    }
    Ok(out)
}

/// `bind` for C `int` parameters, converted in order as CPython's parser
/// does (a bad earlier value is reported before a missing later one);
/// absent optional ones take `defaults[i]`.
pub(crate) fn bind_ints(vm: &mut Vm, pos: &[Value], args: Args, names: &[&str], required: usize, fname: Option<&str>, defaults: &[i64]) -> PyResult<Vec<i64>> {
    let label = || fname.map_or_else(|| "function".to_string(), |f| format!("{}()", f));
    let given = pos.len() + args.kwnames.len();
    if given > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(type_error(format!("{} takes at most {} argument{} ({} given)", label(), names.len(), s, given)));
    }
    let mut out = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let v = match pos.get(i) {
            Some(v) => {
                if args.kw(name).is_some() {
                    return Err(type_error(format!("argument for {} given by name ('{}') and position ({})", label(), name, i + 1)));
                }
                Some(v)
            }
            None => args.kw(name),
        };
        match v {
            Some(v) => out.push(c_int(vm, v)?),
            None if i < required => return Err(type_error(format!("{} missing required argument '{}' (pos {})", label(), name, i + 1))),
            None => out.push(defaults.get(i).copied().unwrap_or(0)),
        }
    }
    if let Some((k, _)) = args.kwargs().find(|(k, _)| !names.contains(k)) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for {}", k, label())));
    }
    Ok(out)
}

/// A C `int` argument: an int or an object with `__index__` (floats are
/// refused), with CPython's overflow messages.
pub(crate) fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let n = match v.as_small_int() {
        Some(i) => i,
        None => {
            let b = crate::vm::ops::index_of(vm, v)?;
            b.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C long"))?
        }
    };
    if n > i64::from(i32::MAX) {
        return Err(overflow_error("signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// The arguments after `cls` of a class method taking exactly `n`
/// (`qualified`: `date.fromtimestamp`, as CPython's messages name it).
pub(crate) fn cls_args<'a>(args: Args<'a>, qualified: &str, n: usize) -> PyResult<(&'a Value, &'a [Value])> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualified)));
    }
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error(format!("{}() needs a class", qualified))) };
    if rest.len() != n {
        return Err(type_error(match n {
            0 => format!("{}() takes no arguments ({} given)", qualified, rest.len()),
            1 => format!("{}() takes exactly one argument ({} given)", qualified, rest.len()),
            _ => format!("{}() takes exactly {} arguments ({} given)", qualified, n, rest.len()),
        }));
    }
    Ok((cls, rest))
}

/// Checks a method took no arguments besides self (`qualified`:
/// `date.toordinal`).
pub(crate) fn no_args(args: Args, qualified: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualified)));
    }
    let n = args.pos().len().saturating_sub(1);
    if n > 0 {
        return Err(type_error(format!("{}() takes no arguments ({} given)", qualified, n)));
    }
    Ok(())
}

/// Whether the method `name` is a slot wrapper in CPython (`__eq__`,
/// `__hash__`, ...: "descriptor 'x' requires a 'T' object") rather than a
/// plain method (`__reduce__`, `__format__`, ...: "descriptor 'x' for 'T'
/// objects doesn't apply").
pub(crate) fn is_slot(name: &str) -> bool {
    name.starts_with("__") && !matches!(name, "__reduce__" | "__reduce_ex__" | "__format__" | "__getinitargs__" | "__getstate__" | "__setstate__")
}

/// Self and the one positional argument of a METH_VARARGS method such as
/// `__format__` (`name`; `owner` names the class in the keyword
/// message), with CPython's messages.
pub(crate) fn self_and_one<'a>(args: Args<'a>, owner: &str, name: &str) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{}() takes exactly 1 argument ({} given)", name, p.len().saturating_sub(1))));
    }
    Ok(p)
}
