//! The `math` module, with CPython 3.11's semantics and error messages
//! (`math domain error`, `math range error`, exact integer functions,
//! Shewchuk `fsum`, the precise `hypot`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::numeric::num_err;
use crate::builtins::{as_bigint, as_f64, index_big};
use crate::bytecode::BinaryOp;
use crate::error::{PyErr, PyResult};
use crate::object::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::object::*;
use crate::vm::Vm;

use super::math_special as sp;

fn domain() -> PyErr {
    value_error("math domain error")
}
fn range() -> PyErr {
    overflow_error("math range error")
}

/// A real-number argument as f64 (`__float__` / `__index__` honoured).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(b) = v.downcast::<IntData>() {
        return crate::numfmt::bigint_to_f64(&b.0).ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    if let Some(m) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&m, &[])?;
        return as_f64(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r))));
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let b = index_big(vm, v)?;
        return crate::numfmt::bigint_to_f64(&b).ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    Err(type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn one_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<f64> {
    let p = args.parser(name).positional(1, 1)?;
    to_f64(vm, &p[0])
}

/// CPython's `math_1`: NaN from non-NaN is a domain error, inf from finite
/// is a range error (or domain error when `can_overflow` is false).
fn math_1(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::float(r))
}

/// Functions of the C library CPython's math module calls, whose Rust
/// counterparts are computed differently (Rust's own `asinh`/`acosh`
/// overflow for huge arguments; `cbrt` and `erf` differ in the last place).
mod libm {
    use std::ffi::{c_char, c_int, c_void};

    mod c {
        extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
        }
    }
    macro_rules! safe {
        ($($name:ident)*) => {$(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C library function of one double.
                unsafe { c::$name(x) }
            }
        )*};
    }
    safe!(asinh acosh atanh erf erfc);

    extern "C" {
        fn dlopen(file: *const c_char, mode: c_int) -> *mut c_void;
        fn dlsym(handle: *mut c_void, name: *const c_char) -> *mut c_void;
    }

    /// The C library's `cbrt`, looked up in the shared math library: the
    /// Rust runtime links its own `cbrt` into the binary, which the linker
    /// prefers. Rust's where there is no such library.
    pub fn cbrt(x: f64) -> f64 {
        static FOUND: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
        let f = FOUND.get_or_init(|| {
            const RTLD_NOW: c_int = 2;
            // SAFETY: dlopen/dlsym with NUL-terminated names; the handle is
            // kept open for the process (never closed), so the function
            // pointer stays valid; glibc's `cbrt` has this signature.
            unsafe {
                let h = dlopen(c"libm.so.6".as_ptr(), RTLD_NOW);
                if h.is_null() {
                    return None;
                }
                let p = dlsym(h, c"cbrt".as_ptr());
                (!p.is_null()).then(|| std::mem::transmute::<*mut c_void, extern "C" fn(f64) -> f64>(p))
            }
        });
        match f {
            Some(f) => f(x),
            None => x.cbrt(),
        }
    }
}

/// A one-argument float function of this module as compiled code calls it
/// (`tier2::translate_builtins`): at a site where the interpreter saw `imp`
/// called, a float argument goes to `kernel` straight; a result that is
/// not finite takes the generic call instead, which gives it or raises.
pub(crate) struct FloatKernel {
    /// The function's name in the module.
    pub name: &'static str,
    /// Its implementation (the builtin's function pointer).
    pub imp: crate::object::bodies::NativeFn,
    /// The computation alone, C calling convention.
    pub kernel: extern "C" fn(f64) -> f64,
}

macro_rules! simple {
    ($($fname:ident => $name:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let x = one_arg(vm, args, $name)?;
                let f: fn(f64) -> f64 = $f;
                math_1(x, f(x), $ovf)
            }
        )*
        /// The module's simple one-argument float functions as kernels.
        pub(crate) static FLOAT_KERNELS: &[FloatKernel] = &[$(FloatKernel {
            name: $name,
            imp: $fname,
            kernel: {
                extern "C" fn kernel(x: f64) -> f64 {
                    let f: fn(f64) -> f64 = $f;
                    f(x)
                }
                kernel
            },
        }),*];
    };
}

/// `math.sqrt`'s implementation (compiled code recognizes calls of it).
pub(crate) fn sqrt_impl() -> crate::object::bodies::NativeFn {
    m_sqrt
}

simple! {
    m_sqrt => "sqrt", f64::sqrt, false;
    m_exp => "exp", f64::exp, true;
    m_exp2 => "exp2", f64::exp2, true;
    m_expm1 => "expm1", f64::exp_m1, true;
    m_sin => "sin", f64::sin, false;
    m_cos => "cos", f64::cos, false;
    m_tan => "tan", f64::tan, false;
    m_asin => "asin", f64::asin, false;
    m_acos => "acos", f64::acos, false;
    m_atan => "atan", f64::atan, false;
    m_sinh => "sinh", f64::sinh, true;
    m_cosh => "cosh", f64::cosh, true;
    m_tanh => "tanh", f64::tanh, false;
    m_asinh => "asinh", libm::asinh, false;
    m_acosh => "acosh", libm::acosh, false;
    m_atanh => "atanh", libm::atanh, false;
    m_fabs => "fabs", f64::abs, false;
    m_cbrt => "cbrt", libm::cbrt, false;
    m_erf => "erf", libm::erf, false;
    m_erfc => "erfc", libm::erfc, false;
    m_log1p => "log1p", f64::ln_1p, false;
}

fn special(r: sp::MathResult) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::float(v)),
        Err(true) => Err(domain()),
        Err(false) => Err(range()),
    }
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "gamma")?;
    special(sp::gamma(x))
}
fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "lgamma")?;
    special(sp::lgamma(x))
}

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "degrees")?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}
fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "radians")?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}
fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isfinite")?;
    Ok(vm.bool(x.is_finite()))
}
fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isinf")?;
    Ok(vm.bool(x.is_infinite()))
}
fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isnan")?;
    Ok(vm.bool(x.is_nan()))
}
fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "ulp")?;
    Ok(Value::float(sp::ulp(x)))
}

fn two(vm: &mut Vm, args: Args, name: &str) -> PyResult<(f64, f64)> {
    let p = args.parser(name).positional(2, 2)?;
    Ok((to_f64(vm, &p[0])?, to_f64(vm, &p[1])?))
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}
fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}
fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}
fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, args, "remainder")?;
    special(sp::remainder(x, y))
}
fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, args, "nextafter")?;
    Ok(Value::float(sp::nextafter(x, y)))
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, args, "pow")?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            y.abs()
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(Value::float(r))
}

/// `log` of an int or float with CPython's big-int handling.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = as_bigint(v).filter(|_| vm.is_int(v)) {
        if !b.is_positive() {
            return Err(domain());
        }
        if let Some(x) = crate::numfmt::bigint_to_f64(&b) {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1).
        let bits = b.bits() as i64;
        let shift = bits - 64;
        let top = (&b >> shift as usize).to_u64().unwrap_or(u64::MAX) as f64 / 18446744073709551616.0;
        return Ok(f(top) + f(2.0) * (bits as f64));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("log").positional(1, 2)?;
    let num = log_helper(vm, &p[0], f64::ln)?;
    if let Some(base) = p.get(1) {
        let den = log_helper(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(zero_division_error("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}
fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("log2").positional(1, 1)?;
    Ok(Value::float(log_helper(vm, &p[0], f64::log2)?))
}
fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("log10").positional(1, 1)?;
    Ok(Value::float(log_helper(vm, &p[0], f64::log10)?))
}

fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if let Some(i) = (x.abs() < 9.0e15).then_some(x as i64) {
        return Ok(vm.int(i));
    }
    Ok(vm.bigint(crate::numfmt::f64_to_bigint(x).map_err(num_err)?))
}

fn rounding(vm: &mut Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let p = args.parser(name).positional(1, 1)?;
    let x = &p[0];
    if let Some(v) = x.as_float() {
        return float_to_int(vm, f(v));
    }
    if vm.is_int(x) && (x.is_small_int() || vm.type_of(x).is(&t().int) || vm.type_of(x).is(&t().bool_)) {
        return Ok(vm.bigint(as_bigint(x).unwrap_or_default()));
    }
    if let Some(m) = vm.lookup_special(x, dunder) {
        return vm.call(&m, &[]);
    }
    if dunder == "__trunc__" {
        return Err(type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(x))));
    }
    let v = to_f64(vm, x)?;
    float_to_int(vm, f(v))
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}
fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}
fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "modf")?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.tuple(vec![Value::float(f), Value::float(i)]))
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "frexp")?;
    let (m, e) = sp::frexp(x);
    Ok(vm.tuple(vec![Value::float(m), vm.int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("ldexp").positional(2, 2)?;
    let x = to_f64(vm, &p[0])?;
    if !vm.is_int(&p[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = as_bigint(&p[1]).unwrap_or_default();
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = sp::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn m_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("isclose").with_kwargs(2, 2, &["rel_tol", "abs_tol"])?;
    let a = to_f64(vm, &p[0])?;
    let b = to_f64(vm, &p[1])?;
    let rel = match args.kw("rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.bool(false));
    }
    let diff = (b - a).abs();
    Ok(vm.bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("fsum").positional(1, 1)?;
    let it = vm.iter(&p[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn norm(vals: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let mut v: Vec<f64> = vals.into_iter().map(f64::abs).collect();
    for &x in &v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    sp::vector_norm(&mut v, max, found_nan)
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("hypot").positional(0, usize::MAX)?;
    let mut v = Vec::with_capacity(p.len());
    for x in p {
        v.push(to_f64(vm, x)?);
    }
    Ok(Value::float(norm(v)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("dist").positional(2, 2)?;
    let is_seq = |v: &Value| v.downcast::<TupleData>().is_some() || v.downcast::<ListData>().is_some();
    if !is_seq(&p[0]) || !is_seq(&p[1]) {
        let bad = if is_seq(&p[0]) { &p[1] } else { &p[0] };
        return Err(type_error(format!("dist(): argument must be tuple, not {}", vm.type_name(bad))));
    }
    let a = vm.collect(&p[0])?;
    let b = vm.collect(&p[1])?;
    if a.len() != b.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b.iter()) {
        v.push(to_f64(vm, x)? - to_f64(vm, y)?);
    }
    Ok(Value::float(norm(v)))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if vm.is_float(v) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    index_big(vm, v)
}

fn range_product(lo: u64, hi: u64) -> BigInt {
    // Product of lo..=hi by binary splitting.
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for i in lo..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("factorial").positional(1, 1)?;
    let n = int_arg(vm, &p[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else { return Err(overflow_error("factorial() argument should not exceed 9223372036854775807")) };
    Ok(vm.bigint(range_product(2, n)))
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("gcd").positional(0, usize::MAX)?;
    let mut g = BigInt::zero();
    for x in p {
        let v = int_arg(vm, x)?;
        g = g.gcd(&v);
    }
    Ok(vm.bigint(g))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("lcm").positional(0, usize::MAX)?;
    let mut l = BigInt::one();
    for x in p {
        let v = int_arg(vm, x)?;
        if l.is_zero() || v.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&v);
    }
    Ok(vm.bigint(l.abs()))
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("isqrt").positional(1, 1)?;
    let n = int_arg(vm, &p[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.bigint(n.sqrt()))
}

fn nk(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("comb").positional(2, 2)?;
    let (n, k) = nk(vm, &p[0], &p[1])?;
    if k > n {
        return Ok(vm.int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else { return Err(overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))) };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.bigint(r))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("perm").positional(1, 2)?;
    if p.len() == 1 || vm.is_none(&p[1]) {
        let n = int_arg(vm, &p[0])?;
        if n.is_negative() {
            return Err(value_error("n must be a non-negative integer"));
        }
        return m_factorial(vm, Args::positional(&p[..1]));
    }
    let (n, k) = nk(vm, &p[0], &p[1])?;
    if k > n {
        return Ok(vm.int(0));
    }
    let Some(k) = k.to_u64() else { return Err(overflow_error(format!("k must not exceed {}", i64::MAX))) };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.bigint(r))
}

fn m_prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("prod").with_kwargs(1, 1, &["start"])?;
    let mut acc = args.kw("start").cloned().unwrap_or_else(|| Value::small_int(1));
    let it = vm.iter(&p[0])?;
    while let Some(x) = vm.next(&it)? {
        if let (Some(a), Some(b)) = (acc.as_small_int(), x.as_small_int()) {
            if let Some(r) = a.checked_mul(b) {
                acc = vm.int(r);
                continue;
            }
        }
        acc = vm.binary_op(&acc, &x, BinaryOp::Multiply, false)?;
    }
    Ok(acc)
}

/// Creates the `math` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "math");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dd.set_str(vm.name(name), Value::float(v));
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("fabs", m_fabs),
        ("cbrt", m_cbrt),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("log1p", m_log1p),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("ulp", m_ulp),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("nextafter", m_nextafter),
        ("pow", m_pow),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("isclose", m_isclose),
        ("fsum", m_fsum),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("factorial", m_factorial),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
