//! Methods of `complex`: arithmetic dunders, `real`/`imag`, `conjugate`,
//! `__abs__`, `__repr__` (`(1+2j)`), equality, and `complex(real, imag)`.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::error::PyResult;
use crate::numfmt;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::numeric::{native_unary, num_binop, to_num, Num};
use crate::vm::Vm;

use super::int::alloc_for;

fn parts(v: &Value) -> PyResult<Option<(f64, f64)>> {
    Ok(match to_num(v) {
        Some(Num::Complex(r, i)) => Some((r, i)),
        Some(Num::Float(f)) => Some((f, 0.0)),
        Some(Num::Int(b)) => Some((crate::vm::numeric::big_to_f64(&b)?, 0.0)),
        None => None,
    })
}

fn self_c(args: &Args) -> PyResult<(f64, f64)> {
    match args.pos().first().and_then(|v| v.downcast::<ComplexData>()) {
        Some(c) => Ok((c.re, c.im)),
        None => Err(type_error("descriptor requires a 'complex' object")),
    }
}

fn binop(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let (a, b, modulus) = super::number_operands(vm, &args)?;
    let (Some(x), Some(y)) = (parts(a)?, parts(b)?) else { return Ok(t().not_implemented.clone()) };
    if modulus.is_some() {
        return Err(value_error("complex modulo"));
    }
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    let (cx, cy) = (crate::vm::numeric::complex_value(x.0, x.1), crate::vm::numeric::complex_value(y.0, y.1));
    Ok(num_binop(vm, op, &cx, &cy)?.unwrap_or_else(|| t().not_implemented.clone()))
}

number_ops! {
    add, radd => Add;
    sub, rsub => Subtract;
    mul, rmul => Multiply;
    truediv, rtruediv => TrueDivide;
    pow_, rpow => Power;
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(type_error("expected 1 argument")) };
    if to_num(b).is_none() {
        return Ok(t().not_implemented.clone());
    }
    match vm.native_compare(a, b, op)? {
        Some(r) => Ok(vm.bool(r)),
        None => Ok(t().not_implemented.clone()),
    }
}
fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Ne)
}

fn unary(vm: &mut Vm, args: Args, d: &str) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    let v = crate::vm::numeric::complex_value(r, i);
    Ok(native_unary(vm, &v, d)?.unwrap_or_else(|| t().not_implemented.clone()))
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
/// `complex.__complex__`: the number itself (a plain complex for subclasses).
fn to_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    let p = args.parser("__complex__").positional(1, 1)?;
    if vm.type_of(&p[0]).is(&t().complex) {
        return Ok(p[0].clone());
    }
    Ok(crate::vm::numeric::complex_value(r, i))
}
/// `complex.__getnewargs__`: `(real, imag)` as floats.
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    Ok(vm.tuple(vec![Value::float(r), Value::float(i)]))
}
fn conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    Ok(crate::vm::numeric::complex_value(r, -i))
}
fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    Ok(vm.bool(r != 0.0 || i != 0.0))
}
fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    Ok(vm.int(numfmt::hash_complex(r, i).unwrap_or(0)))
}

/// `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = numfmt::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let im_s = fmt(im);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, im_s)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(&args)?;
    Ok(vm.str(complex_repr(r, i)))
}
fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(v.downcast::<ComplexData>().map_or(0.0, |c| c.re)))
}
fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(v.downcast::<ComplexData>().map_or(0.0, |c| c.im)))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    if t.is_empty() {
        return None;
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: last +/- not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for k in (1..bytes.len()).rev() {
            if (bytes[k] == b'+' || bytes[k] == b'-') && !matches!(bytes[k - 1], b'e' | b'E') {
                split = Some(k);
                break;
            }
        }
        let imag = |x: &str| -> Option<f64> {
            match x {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => numfmt::parse_float(x),
            }
        };
        match split {
            Some(k) => Some((numfmt::parse_float(&body[..k])?, imag(&body[k..])?)),
            None => Some((0.0, imag(body)?)),
        }
    } else {
        Some((numfmt::parse_float(t)?, 0.0))
    }
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("complex.__new__(): not enough arguments"))?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let slots = rest.parser("complex").bind(&["real", "imag"], 0)?;
    let (mut re, mut im) = (0.0, 0.0);
    // Whether the first argument supplied an imaginary part (as in CPython,
    // a real second argument then becomes the imaginary part as is, keeping -0.0).
    let mut re_is_complex = false;
    if let Some(r) = &slots[0] {
        if let Some(s) = as_str(r) {
            if slots[1].is_some() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b) = parse_complex(s).ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            re = a;
            im = b;
        } else if let Some((a, b)) = parts(r)? {
            re = a;
            im = b;
            re_is_complex = r.downcast::<ComplexData>().is_some();
        } else if let Some(m) = vm.lookup_special(r, "__complex__") {
            let c = vm.call(&m, &[])?;
            let (a, b) = parts(&c)?.ok_or_else(|| type_error("__complex__ returned non-complex"))?;
            re = a;
            im = b;
            re_is_complex = true;
        } else {
            let f = super::float::float_from_value(vm, r).map_err(|_| {
                type_error(format!("complex() first argument must be a string or a number, not '{}'", vm.type_name(r)))
            })?;
            re = f;
        }
    }
    if let Some(i) = &slots[1] {
        if as_str(i).is_some() {
            return Err(type_error("complex() second argument must be a number, not 'str'"));
        }
        let (a, b) = match parts(i)? {
            Some(p) => p,
            None => (super::float::float_from_value(vm, i)?, 0.0),
        };
        re -= b;
        im = if re_is_complex { im + a } else { a };
    }
    if cls.is(&t().complex) {
        return Ok(crate::vm::numeric::complex_value(re, im));
    }
    Ok(alloc_for(&cls, ComplexData { re, im }))
}

/// Installs the methods of `complex`.
pub fn install() {
    let ty = &t().complex;
    install_ops(ty);
    for (name, f) in [
        ("__eq__", eq as NativeFn),
        ("__ne__", ne),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs_),
        ("__bool__", bool_),
        ("__hash__", hash),
        ("__repr__", repr),
        ("conjugate", conjugate),
        ("__complex__", to_complex),
        ("__getnewargs__", getnewargs),
    ] {
        add_method(ty, name, f, BuiltinKind::Method);
    }
    add_method(ty, "__new__", complex_new, BuiltinKind::StaticMethod);
    add_getset(ty, "real", get_real, None);
    add_getset(ty, "imag", get_imag, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_complex_strings() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1e-3-4j"), Some((0.001, -4.0)));
        assert_eq!(parse_complex("abc"), None);
    }
}
