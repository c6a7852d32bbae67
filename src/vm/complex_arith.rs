//! Complex arithmetic for `BinaryOp` on (real, imag) pairs: product,
//! quotient (CPython's scaled algorithm) and power.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::{overflow_error, zero_division_error};
use crate::object::Value;

use super::numeric::complex_value;

fn c_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division (CPython's `_Py_c_quot`).
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division_error("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// Complex power (CPython's `_Py_c_pow` / `c_powi`).
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n == 0 {
            return Ok((1.0, 0.0));
        }
        if a == (0.0, 0.0) && n < 0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        let mut r = (1.0, 0.0);
        let mut p = a;
        let mut m = n.unsigned_abs();
        while m > 0 {
            if m & 1 == 1 {
                r = c_mul(r, p);
            }
            p = c_mul(p, p);
            m >>= 1;
        }
        return if n < 0 { c_quot((1.0, 0.0), r) } else { Ok(r) };
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if (!r.0.is_finite() || !r.1.is_finite())
        && len.is_infinite() {
            return Err(overflow_error("complex exponentiation"));
        }
    Ok(r)
}

pub(super) fn complex_binop(op: BinaryOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    let r = match op {
        Add => (a.0 + b.0, a.1 + b.1),
        Subtract => (a.0 - b.0, a.1 - b.1),
        Multiply => c_mul(a, b),
        TrueDivide => c_quot(a, b)?,
        Power => complex_pow(a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(complex_value(r.0, r.1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_pow_integer_exponent() {
        assert_eq!(complex_pow((0.0, 1.0), (2.0, 0.0)).unwrap(), (-1.0, 0.0));
        assert_eq!(complex_pow((2.0, 0.0), (-1.0, 0.0)).unwrap(), (0.5, 0.0));
    }

    #[test]
    fn complex_division() {
        assert_eq!(c_quot((1.0, 0.0), (0.0, 1.0)).unwrap(), (0.0, -1.0));
    }
}
