//! Rich comparison (`<`, `==`, ...) with CPython's protocol: reflected
//! operands, subclass priority, NotImplemented, identity shortcut for `==`
//! in containers, and the `'<' not supported between instances of ...` error.

use std::cmp::Ordering;

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::hashing::{bigint_cmp_f64, native_eq};
use crate::object::typeobj::tflags;
use crate::object::*;

use super::numeric::{as_bigint, to_num, Num};
use super::Vm;

/// The symbol of a comparison.
pub fn cmp_symbol(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "<",
        CompareOp::Le => "<=",
        CompareOp::Eq => "==",
        CompareOp::Ne => "!=",
        CompareOp::Gt => ">",
        CompareOp::Ge => ">=",
    }
}

/// (dunder, reflected dunder) of a comparison.
pub fn cmp_dunders(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

/// Applies `op` to an ordering (`None`: unordered, e.g. NaN).
pub fn apply_ord(op: CompareOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CompareOp::Ne,
        Some(o) => match op {
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
        },
    }
}

/// Exact ordering of two real numbers (int/bool/float); `None` for NaN.
pub fn num_cmp(a: &Num, b: &Num) -> Option<Option<Ordering>> {
    Some(match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => bigint_cmp_f64(x, *y),
        (Num::Float(x), Num::Int(y)) => bigint_cmp_f64(y, *x).map(Ordering::reverse),
        _ => return None,
    })
}

fn is_heap(v: &Value) -> bool {
    v.as_header().is_some_and(|h| h.type_data().has_flag(tflags::HEAPTYPE))
}

impl Vm {
    /// Native comparison of builtin values; `Ok(None)` if not handled.
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(Some(apply_ord(op, Some(x.cmp(&y)))));
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return Ok(Some(apply_ord(op, x.partial_cmp(&y))));
        }
        if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
            if let Some(o) = num_cmp(&x, &y) {
                return Ok(Some(apply_ord(op, o)));
            }
            // Complex: only == and != are defined.
            if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                let c = |n: &Num| match n {
                    Num::Int(i) => (super::numeric::big_to_f64(i).unwrap_or(f64::NAN), 0.0, Some(i.clone())),
                    Num::Float(f) => (*f, 0.0, None),
                    Num::Complex(r, i) => (*r, *i, None),
                };
                let (ca, cb) = (c(&x), c(&y));
                let eq = ca.1 == cb.1
                    && match (&ca.2, &cb.2) {
                        (Some(i), None) => bigint_cmp_f64(i, cb.0) == Some(Ordering::Equal),
                        (None, Some(i)) => bigint_cmp_f64(i, ca.0) == Some(Ordering::Equal),
                        _ => ca.0 == cb.0,
                    };
                return Ok(Some(eq == (op == CompareOp::Eq)));
            }
            return Ok(None);
        }
        let (Some(ha), Some(hb)) = (a.as_header(), b.as_header()) else { return Ok(None) };
        let (ka, kb) = (ha.type_data().kind, hb.type_data().kind);
        match (ka, kb) {
            (Kind::Str, Kind::Str) => {
                let (x, y) = (&a.downcast::<StrData>().expect("str").s, &b.downcast::<StrData>().expect("str").s);
                Ok(Some(apply_ord(op, Some(x.as_bytes().cmp(y.as_bytes())))))
            }
            (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                let get = |v: &Value| -> Vec<u8> {
                    if let Some(d) = v.downcast::<BytesData>() {
                        d.0.to_vec()
                    } else {
                        v.downcast::<ByteArrayData>().map(|d| d.0.borrow().clone()).unwrap_or_default()
                    }
                };
                Ok(Some(apply_ord(op, Some(get(a).cmp(&get(b))))))
            }
            (Kind::Tuple, Kind::Tuple) | (Kind::List, Kind::List) => {
                let items = |v: &Value| -> Vec<Value> {
                    if let Some(t) = v.downcast::<TupleData>() {
                        t.0.to_vec()
                    } else {
                        v.downcast::<ListData>().map(|l| l.0.borrow().clone()).unwrap_or_default()
                    }
                };
                let (x, y) = (items(a), items(b));
                if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
                    return Ok(Some(op == CompareOp::Ne));
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq_bool(p, q)? {
                        return match op {
                            CompareOp::Eq => Ok(Some(false)),
                            CompareOp::Ne => Ok(Some(true)),
                            _ => {
                                let r = self.compare(p, q, op)?;
                                Ok(Some(self.truthy(&r)?))
                            }
                        };
                    }
                }
                Ok(Some(apply_ord(op, Some(x.len().cmp(&y.len())))))
            }
            (Kind::Set, Kind::Set) => {
                let (x, y) = (a.downcast::<SetData>().expect("set"), b.downcast::<SetData>().expect("set"));
                let (lx, ly) = (x.len(), y.len());
                let subset = |vm: &mut Vm, small: &SetData, big: &SetData| -> PyResult<bool> {
                    for item in small.items() {
                        if !big.contains(vm, &item)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                Ok(Some(match op {
                    CompareOp::Eq => lx == ly && subset(self, x, y)?,
                    CompareOp::Ne => !(lx == ly && subset(self, x, y)?),
                    CompareOp::Le => lx <= ly && subset(self, x, y)?,
                    CompareOp::Lt => lx < ly && subset(self, x, y)?,
                    CompareOp::Ge => lx >= ly && subset(self, y, x)?,
                    CompareOp::Gt => lx > ly && subset(self, y, x)?,
                }))
            }
            (Kind::Dict, Kind::Dict) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let (x, y) = (a.downcast::<DictData>().expect("dict"), b.downcast::<DictData>().expect("dict"));
                let mut eq = x.len() == y.len();
                if eq {
                    for (k, v) in x.items() {
                        match y.get_item(self, &k)? {
                            Some(w) => {
                                if !self.eq_bool(&v, &w)? {
                                    eq = false;
                                    break;
                                }
                            }
                            None => {
                                eq = false;
                                break;
                            }
                        }
                    }
                }
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Kind::Range, Kind::Range) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let (x, y) = (a.downcast::<RangeData>().expect("range"), b.downcast::<RangeData>().expect("range"));
                let (s1, _, st1, l1) = super::ops::range_parts(x);
                let (s2, _, st2, l2) = super::ops::range_parts(y);
                use num_traits::{One, Zero};
                let eq = l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1.is_one() || st1 == st2)));
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            _ => Ok(None),
        }
    }

    /// `a <op> b` as a Python value.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if !is_heap(a) && !is_heap(b) {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(self.bool(r));
            }
        }
        let (name, rname) = cmp_dunders(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let ni = t().not_implemented.clone();
        let mut checked_reverse = false;
        if !ta.is(&tb) && self.is_subtype(&tb, &ta) {
            if let Some(f) = self.type_lookup(&tb, rname) {
                checked_reverse = true;
                let r = crate::tier2::fastcall::call_fn(self, &f, &[b.clone(), a.clone()])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.type_lookup(&ta, name) {
            let r = crate::tier2::fastcall::call_fn(self, &f, &[a.clone(), b.clone()])?;
            if !r.is(&ni) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = self.type_lookup(&tb, rname) {
                let r = crate::tier2::fastcall::call_fn(self, &f, &[b.clone(), a.clone()])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        // Subclass instances of builtins whose dunders are not registered.
        if is_heap(a) || is_heap(b) {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(self.bool(r));
            }
        }
        match op {
            CompareOp::Eq => Ok(self.bool(a.is(b))),
            CompareOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                self.qualified_type_name(a),
                self.qualified_type_name(b)
            ))),
        }
    }

    /// `bool(a == b)` (identity implies equality, as in containers).
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        if let Some(i) = as_bigint(&r) {
            use num_traits::Zero;
            if r.downcast::<IntData>().is_none_or(|_| !is_heap(&r)) {
                return Ok(!i.is_zero());
            }
        }
        self.truthy(&r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn mixed_int_float_ordering() {
        let big = Num::Int(BigInt::from(1u64 << 53) + 1);
        assert_eq!(num_cmp(&big, &Num::Float(9007199254740992.0)), Some(Some(Ordering::Greater)));
        assert_eq!(num_cmp(&Num::Float(f64::NAN), &Num::Int(BigInt::from(1))), Some(None));
        assert!(apply_ord(CompareOp::Ne, None));
    }
}
