//! Methods of `float`: arithmetic dunders (with int operands), `is_integer`,
//! `as_integer_ratio`, `hex`/`fromhex`, rounding dunders, and `float(x)`.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::numfmt;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::numeric::{as_bigint, as_f64, big_to_f64, float_binop, native_unary, num_err};
use crate::vm::Vm;

use super::int::alloc_for;

fn real_of(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    match as_bigint(v) {
        Some(b) => Ok(Some(big_to_f64(&b)?)),
        None => Ok(None),
    }
}

fn self_f(vm: &Vm, args: &Args) -> PyResult<f64> {
    args.pos().first().and_then(as_f64).ok_or_else(|| {
        type_error(format!("descriptor requires a 'float' object but received a '{}'", args.pos().first().map(|v| vm.type_name(v).to_string()).unwrap_or_default()))
    })
}

fn binop(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let (a, b, modulus) = super::number_operands(vm, &args)?;
    let (Some(x), Some(y)) = (real_of(a)?, real_of(b)?) else { return Ok(t().not_implemented.clone()) };
    if modulus.is_some() {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    float_binop(op, x, y)
}

number_ops! {
    add, radd => Add;
    sub, rsub => Subtract;
    mul, rmul => Multiply;
    floordiv, rfloordiv => FloorDivide;
    truediv, rtruediv => TrueDivide;
    modulo, rmodulo => Remainder;
    pow_, rpow => Power;
}

fn unary(vm: &mut Vm, args: Args, d: &str) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(native_unary(vm, &Value::float(f), d)?.unwrap_or_else(|| t().not_implemented.clone()))
}
fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__")
}
fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__")
}
fn abs_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__")
}
fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_f(vm, &args)?))
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.bigint(numfmt::f64_to_bigint(f).map_err(num_err)?))
}
fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.bigint(numfmt::f64_to_bigint(f.floor()).map_err(num_err)?))
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.bigint(numfmt::f64_to_bigint(f.ceil()).map_err(num_err)?))
}
/// `float.__getnewargs__`: `(float(self),)`.
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.tuple(vec![Value::float(f)]))
}

fn round_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_parser("__round__").positional(1, 2)?;
    let f = self_f(vm, &args)?;
    match args.pos().get(1) {
        Some(n) if !vm.is_none(n) => {
            let nd = crate::vm::ops::index_of(vm, n)?;
            use num_traits::ToPrimitive;
            let nd = nd.to_i64().unwrap_or(if nd.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
            numfmt::float_round(f, nd).map(Value::float).ok_or_else(|| crate::object::exception::overflow_error("rounded value too large to represent"))
        }
        _ => Ok(vm.bigint(numfmt::round_half_even_f64_to_bigint(f).map_err(num_err)?)),
    }
}
fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.bool(f != 0.0))
}
fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    let h = match numfmt::hash_float(f) {
        Some(h) => h,
        None => (args.pos()[0].raw() >> 4) as i64,
    };
    Ok(vm.int(h))
}
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.str(numfmt::float_repr(f)))
}
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    let spec = args.pos().get(1).and_then(as_str).ok_or_else(|| type_error("format() argument 2 must be str"))?;
    if spec.is_empty() {
        return vm.to_str(&args.pos()[0]);
    }
    let fs = numfmt::parse_format_spec(spec, "float").map_err(num_err)?;
    Ok(vm.str(numfmt::format_float(f, &fs, "float").map_err(num_err)?))
}
fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.bool(numfmt::float_is_integer(f)))
}
fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    let (n, d) = numfmt::float_as_integer_ratio(f).map_err(num_err)?;
    let (n, d) = (vm.bigint(n), vm.bigint(d));
    Ok(vm.tuple(vec![n, d]))
}
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(vm.str(numfmt::float_hex(f)))
}
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, s] = args.pos() else { return Err(type_error("fromhex() takes exactly one argument")) };
    let Some(text) = as_str(s) else {
        return Err(type_error(format!("fromhex() argument must be str, not {}", vm.type_name(s))));
    };
    let v = Value::float(numfmt::float_fromhex(text).map_err(num_err)?);
    if cls.is(&t().float) {
        return Ok(v);
    }
    vm.call(cls, &[v])
}
fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(type_error("expected 1 argument")) };
    let (Some(x), Some(y)) = (real_of(a)?, real_of(b)?) else { return Ok(t().not_implemented.clone()) };
    let (q, r) = numfmt::float_divmod(x, y).map_err(num_err)?;
    Ok(vm.tuple(vec![Value::float(q), Value::float(r)]))
}
fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(type_error("expected 1 argument")) };
    let all = [b.clone(), a.clone()];
    divmod(vm, Args::positional(&all))
}
fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(as_f64(v).unwrap_or(0.0)))
}
fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

/// `float(x)` for one value: str/bytes parsing, `__float__`, `__index__`, ints.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = x.as_float() {
        return Ok(f);
    }
    if let Some(s) = as_str(x) {
        // Unicode decimal digits and spaces count as their ASCII forms, as in CPython.
        return match numfmt::parse_float(&crate::types::int::unicode_digits_to_ascii(s)) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let raw = match (x.downcast::<BytesData>(), x.downcast::<crate::object::ByteArrayData>()) {
        (Some(b), _) => Some(b.0.to_vec()),
        (_, Some(b)) => Some(b.0.borrow().clone()),
        _ => None,
    };
    if let Some(raw) = raw {
        if let Some(f) = numfmt::parse_float(&String::from_utf8_lossy(&raw)) {
            return Ok(f);
        }
        let r = vm.repr_string(x)?;
        return Err(value_error(format!("could not convert string to float: {r}")));
    }
    if let Some(m) = vm.lookup_special(x, "__float__") {
        let r = vm.call(&m, &[])?;
        return as_f64(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r))));
    }
    if let Some(m) = vm.lookup_special(x, "__index__") {
        let r = vm.call(&m, &[])?;
        if let Some(b) = as_bigint(&r) {
            return big_to_f64(&b);
        }
    }
    if let Some(b) = as_bigint(x) {
        return big_to_f64(&b);
    }
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
}

/// `float.__new__(cls, x=0.0)`.
/// `float.__getformat__(typestr)` (a classmethod): how this machine
/// stores doubles and floats.
fn getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getformat__").positional(2, 2)?;
    let Some(s) = crate::object::str::as_str(&p[1]) else {
        return Err(type_error(format!("__getformat__() argument must be str, not {}", vm.type_name(&p[1]))));
    };
    if s != "double" && s != "float" {
        return Err(crate::object::exception::value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(vm.str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" }))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("float.__new__(): not enough arguments"))?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("float").positional(0, 1)?;
    let f = match p.first() {
        None => 0.0,
        Some(x) => float_from_value(vm, x)?,
    };
    if cls.is(&t().float) {
        return Ok(Value::float(f));
    }
    Ok(alloc_for(&cls, FloatData(f)))
}

/// Installs the methods of `float`.
pub fn install() {
    let ty = &t().float;
    install_ops(ty);
    super::int::install_compare(ty);
    for (name, f) in [
        ("__neg__", neg as NativeFn),
        ("__pos__", pos),
        ("__abs__", abs_),
        ("__float__", to_float),
        ("__int__", trunc),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round_),
        ("__getnewargs__", getnewargs),
        ("__bool__", bool_),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", to_float),
    ] {
        add_method(ty, name, f, BuiltinKind::Method);
    }
    add_method(ty, "fromhex", fromhex, BuiltinKind::ClassMethod);
    add_method(ty, "__new__", float_new, BuiltinKind::StaticMethod);
    add_method(ty, "__getformat__", getformat, BuiltinKind::ClassMethod);
    add_getset(ty, "real", get_real, None);
    add_getset(ty, "imag", get_imag, None);
}
