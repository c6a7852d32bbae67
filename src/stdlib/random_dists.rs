//! Native real-valued distributions of `random.Random`: `uniform`,
//! `triangular`, `normalvariate`, `gauss` (with the cached second value in
//! `self.gauss_next`), `lognormvariate`, `expovariate`, `vonmisesvariate`,
//! `gammavariate`, `betavariate`, `paretovariate` and `weibullvariate`.
//!
//! The formulas are evaluated in the same order as CPython 3.11's, on the
//! same `random()` draws, with Python's float semantics: `math` domain and
//! range errors, `ZeroDivisionError` on division by zero, float `%` and `**`.
//! Arguments other than exact floats and small ints (or keywords) go to the
//! Python implementation, as do arguments for which CPython's rejection loops
//! never end (NaN or huge shape parameters), so that such a loop stays
//! interruptible.

use crate::error::{PyErr, PyResult};
use crate::object::exception::{not_implemented_error, overflow_error, value_error, zero_division_error};
use crate::object::*;
use crate::vm::Vm;

use super::random::{with_mt, Mt};
use super::random_fast::{fallback, flag, plain, real};

/// `2 * pi`.
const TWOPI: f64 = std::f64::consts::TAU;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;
/// `4 * exp(-0.5) / sqrt(2.0)`.
const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `log(4.0)`.
const LOG4: f64 = 1.3862943611198906;
/// `1.0 + log(4.5)`.
const SG_MAGICCONST: f64 = 2.504077396776274;

fn domain() -> PyErr {
    value_error("math domain error")
}

/// `math.log(x)`.
fn ln(x: f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

/// `math.sqrt(x)`.
fn sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(domain());
    }
    Ok(x.sqrt())
}

/// `math.exp(x)`.
fn exp(x: f64) -> PyResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

/// A `math` function without overflow: NaN from a non-NaN is a domain error.
fn checked(x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// Float `a / b`.
fn div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(a / b)
}

/// Float `x ** y` (a complex result cannot arise from this module's uses:
/// every base is non-negative).
fn pow(x: f64, y: f64) -> PyResult<f64> {
    use crate::numfmt::PowError;
    match crate::numfmt::float_pow(x, y) {
        Ok(r) => Ok(r),
        Err(PowError::Complex) => Err(not_implemented_error("random: complex power")),
        Err(PowError::Error(e)) => Err(crate::vm::numeric::num_err(e)),
    }
}

/// Float `x % y`.
fn fmod(x: f64, y: f64) -> PyResult<f64> {
    crate::numfmt::float_mod(x, y).map_err(crate::vm::numeric::num_err)
}

/// The positional arguments after `self` as doubles (`defaults` for the
/// omitted trailing ones, at least `min` given), if there are no keywords,
/// they are all exact floats or small ints, and `self` draws natively
/// (`need`).
fn reals<const N: usize>(vm: &mut Vm, p: &[Value], kw: bool, min: usize, defaults: [f64; N], need: u32) -> Option<[f64; N]> {
    if kw || p.len() < 1 + min || p.len() > 1 + N {
        return None;
    }
    let mut out = defaults;
    for (i, v) in p[1..].iter().enumerate() {
        out[i] = real(v)?;
    }
    plain(vm, &p[0], need).then_some(out)
}

/// Runs a whole draw on the generator of `obj`.
fn draw(vm: &mut Vm, obj: &Value, f: impl FnOnce(&mut Mt) -> PyResult<f64>) -> PyResult<Value> {
    Ok(Value::float(with_mt(vm, obj, f)??))
}

/// `uniform(self, a, b)`: `a + (b - a) * random()`.
pub(super) fn m_uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([a, b]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::RANDOM) {
        let d = b - a;
        return draw(vm, &p[0], |m| Ok(a + d * m.random()));
    }
    fallback(vm, "uniform", args)
}

/// `triangular(self, low=0.0, high=1.0, mode=None)`.
pub(super) fn m_triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (vals, mode) = match p.get(3) {
        Some(v) if vm.is_none(v) => (&p[..3], None),
        Some(v) => (&p[..3], Some(real(v))),
        None => (p, None),
    };
    if mode != Some(None) {
        if let Some([low, high]) = reals(vm, vals, args.has_kwargs(), 0, [0.0, 1.0], flag::RANDOM) {
            let u = with_mt(vm, &p[0], |m| m.random())?;
            let c = match mode {
                Some(Some(md)) => {
                    if high - low == 0.0 {
                        return Ok(p.get(1).cloned().unwrap_or(Value::float(0.0)));
                    }
                    (md - low) / (high - low)
                }
                _ => 0.5,
            };
            let (u, c, low, high) = if u > c { (1.0 - u, 1.0 - c, high, low) } else { (u, c, low, high) };
            return Ok(Value::float(low + (high - low) * sqrt(u * c)?));
        }
    }
    fallback(vm, "triangular", args)
}

/// Kinderman and Monahan's ratio-of-uniforms method (CPython's).
fn normal(m: &mut Mt, mu: f64, sigma: f64) -> PyResult<f64> {
    loop {
        let u1 = m.random();
        let u2 = 1.0 - m.random();
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -ln(u2)? {
            return Ok(mu + z * sigma);
        }
    }
}

/// `normalvariate(self, mu=0.0, sigma=1.0)`.
pub(super) fn m_normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([mu, sigma]) = reals(vm, p, args.has_kwargs(), 0, [0.0, 1.0], flag::RANDOM) {
        return draw(vm, &p[0], |m| normal(m, mu, sigma));
    }
    fallback(vm, "normalvariate", args)
}

/// `lognormvariate(self, mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub(super) fn m_lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([mu, sigma]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::NORMAL) {
        return draw(vm, &p[0], |m| exp(normal(m, mu, sigma)?));
    }
    fallback(vm, "lognormvariate", args)
}

/// `gauss(self, mu=0.0, sigma=1.0)`: Box-Muller, keeping the second value
/// in `self.gauss_next` for the next call.
pub(super) fn m_gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([mu, sigma]) = reals(vm, p, args.has_kwargs(), 0, [0.0, 1.0], flag::RANDOM | flag::GAUSS) {
        let obj = &p[0];
        let dict = crate::vm::instattr::existing_dict(vm, obj);
        if let Some(d) = dict.as_ref().and_then(|d| d.downcast::<DictData>()) {
            let key = vm.name("gauss_next");
            match d.get_str("gauss_next") {
                Some(z) if vm.is_none(&z) => {
                    let (z, next) = with_mt(vm, obj, |m| -> PyResult<(f64, f64)> {
                        let x2pi = m.random() * TWOPI;
                        let g2rad = sqrt(-2.0 * ln(1.0 - m.random())?)?;
                        Ok((x2pi.cos() * g2rad, x2pi.sin() * g2rad))
                    })??;
                    d.set_str(key, Value::float(next));
                    return Ok(Value::float(mu + z * sigma));
                }
                Some(z) => {
                    if let Some(z) = z.as_float() {
                        d.set_str(key, vm.none());
                        return Ok(Value::float(mu + z * sigma));
                    }
                }
                None => {}
            }
        }
    }
    fallback(vm, "gauss", args)
}

/// `expovariate(self, lambd)`: `-log(1.0 - random()) / lambd`.
pub(super) fn m_expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([lambd]) = reals(vm, p, args.has_kwargs(), 1, [0.0], flag::RANDOM) {
        return draw(vm, &p[0], |m| div(-ln(1.0 - m.random())?, lambd));
    }
    fallback(vm, "expovariate", args)
}

/// `vonmisesvariate(self, mu, kappa)` (Best and Fisher's method).
pub(super) fn m_vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([mu, kappa]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::RANDOM).filter(|a| !a[1].is_nan()) {
        return draw(vm, &p[0], |m| {
            if kappa <= 1e-6 {
                return Ok(TWOPI * m.random());
            }
            let s = 0.5 / kappa;
            let r = s + sqrt(1.0 + s * s)?;
            let z = loop {
                let u1 = m.random();
                let z = (PI * u1).cos();
                let d = z / (r + z);
                let u2 = m.random();
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
                    break z;
                }
            };
            let q = 1.0 / r;
            let f = (q + z) / (1.0 + q * z);
            let theta = checked(f, f64::acos)?;
            if m.random() > 0.5 {
                fmod(mu + theta, TWOPI)
            } else {
                fmod(mu - theta, TWOPI)
            }
        });
    }
    fallback(vm, "vonmisesvariate", args)
}

/// Whether CPython's gamma rejection loops terminate for shape `alpha`.
fn gamma_ok(alpha: f64) -> bool {
    alpha.is_finite() && alpha < 1e300
}

/// `gammavariate(alpha, beta)`: Cheng's GB for alpha > 1, the exponential
/// for alpha == 1, Ahrens and Dieter's GS for alpha < 1.
fn gamma(m: &mut Mt, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = sqrt(2.0 * alpha - 1.0)?;
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = m.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - m.random();
            let v = ln(u1 / (1.0 - u1))? / ainv;
            let x = alpha * exp(v)?;
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= ln(z)? {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-ln(1.0 - m.random())? * beta);
    }
    loop {
        let u = m.random();
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 { pow(p, 1.0 / alpha)? } else { -ln((b - p) / alpha)? };
        let u1 = m.random();
        if p > 1.0 {
            if u1 <= pow(x, alpha - 1.0)? {
                return Ok(x * beta);
            }
        } else if u1 <= exp(-x)? {
            return Ok(x * beta);
        }
    }
}

/// `gammavariate(self, alpha, beta)`.
pub(super) fn m_gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([alpha, beta]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::RANDOM).filter(|a| gamma_ok(a[0])) {
        return draw(vm, &p[0], |m| gamma(m, alpha, beta));
    }
    fallback(vm, "gammavariate", args)
}

/// `betavariate(self, alpha, beta)`: from two gamma variates.
pub(super) fn m_betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([alpha, beta]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::GAMMA).filter(|a| gamma_ok(a[0]) && gamma_ok(a[1])) {
        return draw(vm, &p[0], |m| {
            let y = gamma(m, alpha, 1.0)?;
            if y != 0.0 {
                return div(y, y + gamma(m, beta, 1.0)?);
            }
            Ok(0.0)
        });
    }
    fallback(vm, "betavariate", args)
}

/// `paretovariate(self, alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
pub(super) fn m_paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([alpha]) = reals(vm, p, args.has_kwargs(), 1, [0.0], flag::RANDOM) {
        return draw(vm, &p[0], |m| {
            let u = 1.0 - m.random();
            pow(u, div(-1.0, alpha)?)
        });
    }
    fallback(vm, "paretovariate", args)
}

/// `weibullvariate(self, alpha, beta)`: `alpha * (-log(u)) ** (1.0 / beta)`.
pub(super) fn m_weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some([alpha, beta]) = reals(vm, p, args.has_kwargs(), 2, [0.0; 2], flag::RANDOM) {
        return draw(vm, &p[0], |m| {
            let u = 1.0 - m.random();
            Ok(alpha * pow(-ln(u)?, div(1.0, beta)?)?)
        });
    }
    fallback(vm, "weibullvariate", args)
}
