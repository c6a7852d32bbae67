//! The `cmath` module: complex math with CPython 3.11's algorithms (Kahan's
//! branch cuts, overflow-avoiding scaling), its special-value tables (see
//! `cmath_tables.rs`) and its errors (`math domain error`, `math range error`).

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

use super::cmath_tables as tb;
use super::math::to_f64;

/// A complex number as (re, im).
type C = (f64, f64);

/// What C's `errno` would say after a computation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const E: f64 = std::f64::consts::E;
const PI: f64 = std::f64::consts::PI;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
fn log_large() -> f64 {
    LARGE.ln()
}
fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// The table class of one part: -inf, <0, -0, +0, >0, +inf, nan.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 {
            0
        } else {
            5
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn lookup(t: &tb::Table, z: C) -> C {
    t[class(z.0)][class(z.1)]
}

/// The real inverse hyperbolic sine, computed as the fdlibm algorithm does
/// (the C library's `asinh`, which CPython uses), so results agree bit for bit.
fn real_asinh(x: f64) -> f64 {
    let hx = ((x.to_bits() >> 32) as u32) & 0x7fff_ffff;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx < 0x3e30_0000 {
        return x;
    }
    let xa = x.abs();
    let w = if hx > 0x41b0_0000 {
        xa.ln() + LN2
    } else if hx > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn neg(z: C) -> C {
    (-z.0, -z.1)
}

/// Complex division as Python's `complex.__truediv__` does it (Smith's
/// method); a zero divisor gives a domain error.
fn quot(a: C, b: C) -> (C, Errno) {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom), Errno::Ok)
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom), Errno::Ok)
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}

/// `abs(z)`: infinities win over NaN; overflow is a range error.
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::Ok);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

fn c_sqrt(z: C) -> C {
    if !finite(z) {
        return lookup(&tb::SQRT, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) could be subnormal: scale up by 2**53, back by 2**-27.
        let up = 2f64.powi(53);
        ax *= up;
        (ax + ax.hypot(ay * up)).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&tb::LOG, z), Errno::Ok);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let up = 2f64.powi(53);
            (ax * up).hypot(ay * up).ln() - 53.0 * LN2
        } else {
            return ((f64::NEG_INFINITY, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_acos(z: C) -> C {
    if !finite(z) {
        return lookup(&tb::ACOS, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 { -l.copysign(z.1) } else { l.copysign(-z.1) };
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    (2.0 * s1.0.atan2(s2.0), real_asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn c_acosh(z: C) -> C {
    if !finite(z) {
        return lookup(&tb::ACOSH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return ((z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0, z.1.atan2(z.0));
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    (real_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn c_asinh(z: C) -> C {
    if !finite(z) {
        return lookup(&tb::ASINH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 { l.copysign(z.0) } else { -l.copysign(-z.0) };
        return (re, z.1.atan2(z.0.abs()));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    (real_asinh(s1.0 * s2.1 - s2.0 * s1.1), z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1))
}

fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&tb::ATANH, z), Errno::Ok);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), Errno::Ok)
    } else if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            ((f64::INFINITY, z.1), Errno::Dom)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            ((re, (2f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok)
        }
    } else {
        let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
        let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// Non-finite input to exp/cosh/sinh: an infinite real part with a finite
/// nonzero imaginary part is computed from cos/sin signs; else the table.
fn inf_real(z: C) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}

fn range_if_inf(r: C) -> (C, Errno) {
    (r, if r.0.is_infinite() || r.1.is_infinite() { Errno::Range } else { Errno::Ok })
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let (c, s) = (z.1.cos(), z.1.sin());
        let r = if inf_real(z) {
            if z.0 > 0.0 {
                (f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                (0f64.copysign(c), 0f64.copysign(s))
            }
        } else {
            lookup(&tb::EXP, z)
        };
        let dom = z.1.is_infinite() && (z.0.is_finite() || z.0 == f64::INFINITY);
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    range_if_inf(r)
}

/// The domain error of cosh/sinh at a non-finite argument.
fn hyp_dom(z: C) -> Errno {
    if z.1.is_infinite() && !z.0.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real(z) {
            let (c, s) = (z.1.cos(), z.1.sin());
            let im = f64::INFINITY.copysign(s);
            (f64::INFINITY.copysign(c), if z.0 > 0.0 { im } else { -im })
        } else {
            lookup(&tb::COSH, z)
        };
        return (r, hyp_dom(z));
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    range_if_inf(r)
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real(z) {
            let (c, s) = (z.1.cos(), z.1.sin());
            let re = f64::INFINITY.copysign(c);
            (if z.0 > 0.0 { re } else { -re }, f64::INFINITY.copysign(s))
        } else {
            lookup(&tb::SINH, z)
        };
        return (r, hyp_dom(z));
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    range_if_inf(r)
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() {
            (1f64.copysign(z.0), 0f64.copysign(2.0 * z.1.sin() * z.1.cos()))
        } else {
            lookup(&tb::TANH, z)
        };
        let dom = z.1.is_infinite() && z.0.is_finite();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), Errno::Ok)
}

/// cos(z) = cosh(iz).
fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}
/// sin(z) = -i sinh(iz).
fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}
/// tan(z) = -i tanh(iz).
fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_rect(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (f64::INFINITY.copysign(phi.cos()), f64::INFINITY.copysign(phi.sin()));
            if r > 0.0 {
                (c, s)
            } else {
                (-c, -s)
            }
        } else {
            lookup(&tb::RECT, (r, phi))
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Errno::Dom } else { Errno::Ok });
    }
    if phi == 0.0 {
        ((r, r * phi), Errno::Ok)
    } else {
        ((r * phi.cos(), r * phi.sin()), Errno::Ok)
    }
}

fn check(e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(value_error("math domain error")),
        Errno::Range => Err(overflow_error("math range error")),
    }
}

/// A complex argument: a complex, `__complex__`, or any real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok((c.re, c.im));
    }
    if let Some(m) = vm.lookup_special(v, "__complex__") {
        let r = vm.call(&m, &[])?;
        return match r.downcast::<ComplexData>() {
            Some(c) => Ok((c.re, c.im)),
            None => Err(type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
        };
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn no_kwargs(args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn one(vm: &mut Vm, args: Args, name: &str) -> PyResult<C> {
    let p = args.parser(name).positional(1, 1)?;
    to_complex(vm, &p[0])
}

fn cval(z: C) -> Value {
    crate::vm::numeric::complex_value(z.0, z.1)
}

macro_rules! plain {
    ($($fname:ident => $name:literal, $f:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let z = one(vm, args, $name)?;
                let f: fn(C) -> C = $f;
                Ok(cval(f(z)))
            }
        )*
    };
}
macro_rules! erring {
    ($($fname:ident => $name:literal, $f:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let z = one(vm, args, $name)?;
                let f: fn(C) -> (C, Errno) = $f;
                let (r, e) = f(z);
                check(e)?;
                Ok(cval(r))
            }
        )*
    };
}

plain! {
    f_sqrt => "cmath.sqrt", c_sqrt;
    f_acos => "cmath.acos", c_acos;
    f_acosh => "cmath.acosh", c_acosh;
    f_asin => "cmath.asin", c_asin;
    f_asinh => "cmath.asinh", c_asinh;
}
erring! {
    f_atan => "cmath.atan", c_atan;
    f_atanh => "cmath.atanh", c_atanh;
    f_exp => "cmath.exp", c_exp;
    f_cos => "cmath.cos", c_cos;
    f_sin => "cmath.sin", c_sin;
    f_tan => "cmath.tan", c_tan;
    f_cosh => "cmath.cosh", c_cosh;
    f_sinh => "cmath.sinh", c_sinh;
    f_tanh => "cmath.tanh", c_tanh;
}

fn f_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(&args, "cmath.log")?;
    let p = args.parser("log").positional(1, 2)?;
    let z = to_complex(vm, &p[0])?;
    let base = match p.get(1) {
        Some(b) => Some(to_complex(vm, b)?),
        None => None,
    };
    // Like C's errno, the last step that reports an error decides.
    let (mut r, mut e) = c_log(z);
    if let Some(b) = base {
        let (lb, eb) = c_log(b);
        e = eb;
        let (q, eq) = quot(r, lb);
        r = q;
        if eq != Errno::Ok {
            e = eq;
        }
    }
    check(e)?;
    Ok(cval(r))
}

fn f_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.log10")?;
    let (r, e) = c_log(z);
    check(e)?;
    Ok(cval((r.0 / LN10, r.1 / LN10)))
}

fn f_phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.phase")?;
    let phi = z.1.atan2(z.0);
    // The C library's atan2 reports an underflow to zero as a range error.
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(phi))
}

fn f_polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.polar")?;
    let (r, e) = c_abs(z);
    check(e)?;
    let phi = z.1.atan2(z.0);
    Ok(vm.tuple(vec![Value::float(r), Value::float(phi)]))
}

fn f_rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(&args, "cmath.rect")?;
    let p = args.parser("rect").positional(0, 2)?;
    if p.len() != 2 {
        return Err(type_error(format!("rect expected 2 arguments, got {}", p.len())));
    }
    let r = to_f64(vm, &p[0])?;
    let phi = to_f64(vm, &p[1])?;
    let (z, e) = c_rect(r, phi);
    check(e)?;
    Ok(cval(z))
}

fn f_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.isfinite")?;
    Ok(vm.bool(finite(z)))
}
fn f_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.isinf")?;
    Ok(vm.bool(z.0.is_infinite() || z.1.is_infinite()))
}
fn f_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, args, "cmath.isnan")?;
    Ok(vm.bool(z.0.is_nan() || z.1.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn f_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    // As CPython's argument parser: missing arguments are reported before
    // unknown or repeated keywords.
    for (i, name) in ["a", "b"].iter().enumerate().skip(pos.len()) {
        if args.kw(name).is_none() {
            return Err(type_error(format!("isclose() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    let mut slots: [Option<Value>; 4] = [pos.first().cloned(), pos.get(1).cloned(), None, None];
    for (k, v) in args.kwargs() {
        let i = match k {
            "a" => 0,
            "b" => 1,
            "rel_tol" => 2,
            "abs_tol" => 3,
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for isclose()"))),
        };
        if slots[i].is_some() {
            return Err(type_error(format!("argument for isclose() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    let [Some(a), Some(b), rel, abs] = slots else {
        return Err(type_error("isclose() missing required argument"));
    };
    let a = to_complex(vm, &a)?;
    let b = to_complex(vm, &b)?;
    let rel = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(vm.bool(true));
    }
    if [a.0, a.1, b.0, b.1].iter().any(|x| x.is_infinite()) {
        return Ok(vm.bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    let close = diff <= rel * c_abs(b).0 || diff <= rel * c_abs(a).0 || diff <= abs;
    Ok(vm.bool(close))
}

/// Creates the `cmath` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "cmath");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, v) in [
        ("pi", Value::float(PI)),
        ("e", Value::float(E)),
        ("tau", Value::float(std::f64::consts::TAU)),
        ("inf", Value::float(f64::INFINITY)),
        ("nan", Value::float(f64::NAN)),
        ("infj", cval((0.0, f64::INFINITY))),
        ("nanj", cval((0.0, f64::NAN))),
    ] {
        dd.set_str(vm.name(name), v);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("phase", f_phase),
        ("polar", f_polar),
        ("rect", f_rect),
        ("exp", f_exp),
        ("log", f_log),
        ("log10", f_log10),
        ("sqrt", f_sqrt),
        ("acos", f_acos),
        ("asin", f_asin),
        ("atan", f_atan),
        ("cos", f_cos),
        ("sin", f_sin),
        ("tan", f_tan),
        ("acosh", f_acosh),
        ("asinh", f_asinh),
        ("atanh", f_atanh),
        ("cosh", f_cosh),
        ("sinh", f_sinh),
        ("tanh", f_tanh),
        ("isfinite", f_isfinite),
        ("isinf", f_isinf),
        ("isnan", f_isnan),
        ("isclose", f_isclose),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
