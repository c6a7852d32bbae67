//! The `operator` module (CPython's `_operator`), native: the operators as
//! builtin functions (`add`, `lt`, `getitem`, the in-place `iadd`..., `is_`,
//! `truth`, `index`, `concat`, `countOf`, `indexOf`, `length_hint`, `call`)
//! with their `__dunder__` aliases, and the callable types `itemgetter`,
//! `attrgetter` and `methodcaller` (`operator_getters.rs`). Every function
//! goes through the VM's own operator entry points, so results and error
//! messages are those of the corresponding Python syntax.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

use super::native_fns::{exact, range};

const M: &str = "_operator";

macro_rules! binary {
    ($($fname:ident => $pyname:literal, $op:ident, $inplace:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let p = exact(args, M, $pyname, 2)?;
                vm.binary_op(&p[0], &p[1], BinaryOp::$op, $inplace)
            }
        )*
        const BINARY: &[(&str, &str, NativeFn)] = &[$(($pyname, concat!("__", $pyname, "__"), $fname)),*];
    };
}

binary! {
    add => "add", Add, false;
    and_ => "and_", And, false;
    floordiv => "floordiv", FloorDivide, false;
    lshift => "lshift", LShift, false;
    mod_ => "mod", Remainder, false;
    mul => "mul", Multiply, false;
    matmul => "matmul", MatMul, false;
    or_ => "or_", Or, false;
    pow => "pow", Power, false;
    rshift => "rshift", RShift, false;
    sub => "sub", Subtract, false;
    truediv => "truediv", TrueDivide, false;
    xor => "xor", Xor, false;
    iadd => "iadd", Add, true;
    iand => "iand", And, true;
    ifloordiv => "ifloordiv", FloorDivide, true;
    ilshift => "ilshift", LShift, true;
    imod => "imod", Remainder, true;
    imul => "imul", Multiply, true;
    imatmul => "imatmul", MatMul, true;
    ior => "ior", Or, true;
    ipow => "ipow", Power, true;
    irshift => "irshift", RShift, true;
    isub => "isub", Subtract, true;
    itruediv => "itruediv", TrueDivide, true;
    ixor => "ixor", Xor, true;
}

macro_rules! compare {
    ($($fname:ident => $pyname:literal, $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let p = exact(args, M, $pyname, 2)?;
                vm.compare(&p[0], &p[1], CompareOp::$op)
            }
        )*
        const COMPARE: &[(&str, NativeFn)] = &[$(($pyname, $fname)),*];
    };
}

compare! {
    lt => "lt", Lt;
    le => "le", Le;
    eq => "eq", Eq;
    ne => "ne", Ne;
    ge => "ge", Ge;
    gt => "gt", Gt;
}

macro_rules! unary {
    ($($fname:ident => $pyname:literal, $dunder:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let p = exact(args, M, $pyname, 1)?;
                vm.unary_op(&p[0], $dunder)
            }
        )*
    };
}

unary! {
    neg => "neg", "__neg__";
    pos => "pos", "__pos__";
    inv => "inv", "__invert__";
    invert => "invert", "__invert__";
    abs => "abs", "__abs__";
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "not_", 1)?;
    let b = vm.truthy(&p[0])?;
    Ok(vm.bool(!b))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "truth", 1)?;
    let b = vm.truthy(&p[0])?;
    Ok(vm.bool(b))
}

fn is_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "is_", 2)?;
    Ok(vm.bool(p[0].is(&p[1])))
}

fn is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "is_not", 2)?;
    Ok(vm.bool(!p[0].is(&p[1])))
}

/// `operator.index(a)`: the exact int `a.__index__()`.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "index", 1)?;
    if p[0].is_small_int() || crate::vm::iterate::is_exact(&p[0], &t().int) {
        return Ok(p[0].clone());
    }
    let b = crate::builtins::index_big(vm, &p[0])?;
    Ok(vm.bigint(b))
}

/// Whether `v` supports indexing as a sequence (has `__getitem__`, not a dict).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    if vm.is_instance(v, &t().dict) {
        return false;
    }
    let ty = vm.type_of(v);
    vm.type_lookup(&ty, "__getitem__").is_some()
}

/// Whether `v` is one of the builtin sequences with native concatenation.
fn has_concat(vm: &Vm, v: &Value) -> bool {
    let r = t();
    [&r.list, &r.tuple, &r.str_, &r.bytes, &r.bytearray].iter().any(|ty| vm.is_instance(v, ty))
}

fn concat_common(vm: &mut Vm, args: Args, fname: &str, inplace: bool) -> PyResult<Value> {
    let p = exact(args, M, fname, 2)?;
    if has_concat(vm, &p[0]) || (is_sequence(vm, &p[0]) && is_sequence(vm, &p[1])) {
        return vm.binary_op(&p[0], &p[1], BinaryOp::Add, inplace);
    }
    Err(type_error(format!("'{}' object can't be concatenated", vm.type_name(&p[0]))))
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_common(vm, args, "concat", false)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_common(vm, args, "iconcat", true)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "contains", 2)?;
    let b = vm.contains(&p[0], &p[1])?;
    Ok(vm.bool(b))
}

/// Iterates `seq` for `countOf`/`indexOf`: an iterator, or CPython's
/// "argument of type ... is not iterable" for any TypeError.
fn search_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    match vm.iter(seq) {
        Ok(it) => Ok(it),
        Err(e) if vm.is_subtype(&e.exc_type(), &t().named("TypeError")) => Err(type_error(format!("argument of type '{}' is not iterable", vm.type_name(seq)))),
        Err(e) => Err(e),
    }
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "countOf", 2)?;
    let it = search_iter(vm, &p[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq_bool(&x, &p[1])? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "indexOf", 2)?;
    let it = search_iter(vm, &p[0])?;
    let mut i = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq_bool(&x, &p[1])? {
            return Ok(vm.int(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "getitem", 2)?;
    vm.getitem(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "setitem", 3)?;
    vm.setitem(&p[0], p[1].clone(), p[2].clone())?;
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "delitem", 2)?;
    vm.delitem(&p[0], &p[1])?;
    Ok(vm.none())
}

fn is_type_error(vm: &Vm, e: &crate::error::PyErr) -> bool {
    vm.is_subtype(&e.exc_type(), &t().named("TypeError"))
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`,
/// else `default`, with CPython's checks of the hint.
fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = range(args, M, "length_hint", 1, 2)?;
    let default = match p.get(1) {
        Some(d) => vm.index_to_i64(d, "default").map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(d))))?,
        None => 0,
    };
    let obj = &p[0];
    match vm.len(obj) {
        Ok(n) => return Ok(vm.int(n as i64)),
        Err(e) if is_type_error(vm, &e) => {}
        Err(e) => return Err(e),
    }
    let Some(hint) = vm.lookup_special(obj, "__length_hint__") else { return Ok(vm.int(default)) };
    let r = match vm.call(&hint, &[]) {
        Ok(r) => r,
        Err(e) if is_type_error(vm, &e) => return Ok(vm.int(default)),
        Err(e) => return Err(e),
    };
    if r.is(&t().not_implemented) {
        return Ok(vm.int(default));
    }
    if !vm.is_int(&r) {
        return Err(type_error(format!("__length_hint__ must be an integer, not {}", vm.type_name(&r))));
    }
    let n = vm.index_to_i64(&r, "hint")?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(vm.int(n))
}

/// `call(obj, /, *args, **kwargs)` (new in 3.11).
fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(type_error("call expected at least 1 argument, got 0"));
    }
    vm.call_kw(&args.all[0], &args.all[1..], args.kwnames)
}

/// `_compare_digest(a, b)`: equality of two str (ASCII) or bytes-like values.
fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "_compare_digest", 2)?;
    let bytes_of = |v: &Value| -> Option<Vec<u8>> {
        if let Some(b) = v.downcast::<BytesData>() {
            return Some(b.0.to_vec());
        }
        v.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone())
    };
    let (a, b) = (&p[0], &p[1]);
    let (x, y) = match (crate::object::str::as_str(a), crate::object::str::as_str(b)) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => match (bytes_of(a), bytes_of(b)) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => return Err(type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", vm.type_name(a), vm.type_name(b)))),
            (None, _) => return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(a)))),
            (_, None) => return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(b)))),
        },
    };
    // Constant time in the length of `b`.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, c) in y.iter().enumerate() {
        diff |= x.get(i).copied().unwrap_or(!*c) ^ c;
    }
    Ok(vm.bool(diff == 0))
}

/// The public names, in CPython's `operator.__all__` order.
const ALL: &[&str] = &[
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
    "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt",
    "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
];

/// Functions that also have a `__name__` alias (`__lt__`, `__not__`, `__inv__`, ...).
const DUNDER_ALIASES: &[(&str, &str)] = &[
    ("__lt__", "lt"), ("__le__", "le"), ("__eq__", "eq"), ("__ne__", "ne"), ("__ge__", "ge"), ("__gt__", "gt"), ("__not__", "not_"), ("__abs__", "abs"), ("__index__", "index"),
    ("__inv__", "inv"), ("__invert__", "invert"), ("__neg__", "neg"), ("__pos__", "pos"), ("__concat__", "concat"), ("__iconcat__", "iconcat"), ("__contains__", "contains"),
    ("__getitem__", "getitem"), ("__setitem__", "setitem"), ("__delitem__", "delitem"), ("__call__", "call"),
];

/// Creates the `operator` module (also importable as `_operator`).
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mut fns: Vec<(&'static str, NativeFn)> = vec![
        ("neg", neg),
        ("pos", pos),
        ("inv", inv),
        ("invert", invert),
        ("abs", abs),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("index", index),
        ("concat", concat),
        ("iconcat", iconcat),
        ("contains", contains),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("length_hint", length_hint),
        ("call", call),
    ];
    if name == "_operator" {
        fns.push(("_compare_digest", compare_digest));
    }
    fns.extend(COMPARE.iter().copied());
    fns.extend(BINARY.iter().map(|(n, _, f)| (*n, *f)));
    let m = super::native_fns::module_with_fns(vm, name, &fns)?;
    let dunders: Vec<(&str, &str)> = BINARY.iter().map(|(n, d, _)| (*d, *n)).chain(DUNDER_ALIASES.iter().copied()).collect();
    for (dunder, target) in dunders {
        let f = vm.getattr_str(&m, target)?;
        // `and_`/`or_` alias as `__and__`/`__or__`, `mod` as `__mod__`.
        let dunder = match dunder {
            "__and___" => "__and__",
            "__or___" => "__or__",
            d => d,
        };
        super::native_fns::set(vm, &m, dunder, f);
    }
    super::operator_getters::install(vm, &m)?;
    let all: Vec<Value> = ALL.iter().map(|s| vm.str(*s)).collect();
    let all = vm.list(all);
    super::native_fns::set(vm, &m, "__all__", all);
    Ok(m)
}
