//! Arithmetic: the int fast paths (inline ints, big ints), floats, complex,
//! and the generic binary-operator protocol (`__add__`, reflected
//! `__radd__` with subclass priority, in-place `__iadd__`, NotImplemented,
//! `unsupported operand type(s) for +: 'int' and 'str'`), unary operators,
//! and three-argument `pow`.

use super::complex_arith::{complex_binop, complex_pow};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::opcodes::INPLACE_OFFSET;
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::numfmt::{self, ExcKind, NumError, PowError};
use crate::object::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::object::typeobj::tflags;
use crate::object::*;

use super::Vm;

/// A number extracted from a value (int/bool/float/complex or subclasses).
pub enum Num {
    /// An int (or bool).
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A complex.
    Complex(f64, f64),
}

/// Converts a numfmt error into a Python exception.
#[cold]
pub fn num_err(e: NumError) -> crate::error::PyErr {
    match e.kind {
        ExcKind::ValueError => value_error(e.msg),
        ExcKind::OverflowError => overflow_error(e.msg),
        ExcKind::ZeroDivisionError => zero_division_error(e.msg),
        ExcKind::TypeError => type_error(e.msg),
        ExcKind::NotImplementedError => crate::object::exception::not_implemented_error(e.msg),
    }
}

/// The int value of an int/bool (inline, big, or subclass instance).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    v.downcast::<IntData>().map(|d| d.0.clone())
}

/// The float value of a float (inline or subclass instance).
pub fn as_f64(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    v.downcast::<FloatData>().map(|d| d.0)
}

/// Extracts a number from a numeric value.
pub fn to_num(v: &Value) -> Option<Num> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Int(BigInt::from(i)));
    }
    if let Some(f) = v.as_float() {
        return Some(Num::Float(f));
    }
    let h = v.as_header()?;
    if let Some(d) = h.downcast::<IntData>() {
        return Some(Num::Int(d.0.clone()));
    }
    if let Some(d) = h.downcast::<FloatData>() {
        return Some(Num::Float(d.0));
    }
    if let Some(d) = h.downcast::<ComplexData>() {
        return Some(Num::Complex(d.re, d.im));
    }
    None
}

/// An int (small, big or a subclass instance) as a BigInt, borrowed when
/// it already is one.
fn int_operand(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    if let Some(i) = v.as_small_int() {
        return Some(std::borrow::Cow::Owned(BigInt::from(i)));
    }
    v.as_header()?.downcast::<IntData>().map(|d| std::borrow::Cow::Borrowed(&d.0))
}

/// An int converted to float (`int too large to convert to float`).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    numfmt::bigint_to_f64(b).ok_or_else(|| overflow_error("int too large to convert to float"))
}

/// A complex value.
pub fn complex_value(re: f64, im: f64) -> Value {
    alloc(&t().complex, ComplexData { re, im }, None)
}

/// A `MemoryError`.
#[cold]
pub fn memory_error() -> crate::error::PyErr {
    crate::error::PyErr::new_empty(&t().named("MemoryError"))
}

fn is_builtin_type(v: &Value) -> bool {
    match v.as_header() {
        None => true,
        Some(h) => !h.type_data().has_flag(tflags::HEAPTYPE),
    }
}

/// Exact int arithmetic. `Ok(None)`: not supported for ints (e.g. `@`).
pub fn int_binop(vm: &Vm, op: BinaryOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    Ok(Some(match op {
        Add => vm.bigint(a + b),
        Subtract => vm.bigint(a - b),
        Multiply => vm.bigint(a * b),
        FloorDivide => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            if let Some((q, _)) = small_quotient_divmod(a, b) {
                return Ok(Some(vm.int(q)));
            }
            vm.bigint(a.div_floor(b))
        }
        Remainder => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            if let Some((_, r)) = small_quotient_divmod(a, b) {
                return Ok(Some(vm.bigint(r)));
            }
            vm.bigint(a.mod_floor(b))
        }
        TrueDivide => {
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                if y == 0 {
                    return Err(zero_division_error("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(Value::float(x as f64 / y as f64)));
                }
            }
            Value::float(numfmt::int_true_divide(a, b).map_err(num_err)?)
        }
        Power => {
            if b.is_negative() {
                let x = big_to_f64(a)?;
                let y = big_to_f64(b)?;
                return float_binop(Power, x, y).map(Some);
            }
            return int_pow(vm, a, b).map(Some);
        }
        LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Some(vm.int(0)));
            }
            match b.to_u64() {
                Some(n) if n < (1 << 32) => vm.bigint(a << (n as usize)),
                _ => return Err(overflow_error("too many digits in integer")),
            }
        }
        RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(n) if n < (1 << 32) => vm.bigint(a >> (n as usize)),
                _ => vm.int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        And => vm.bigint(a & b),
        Or => vm.bigint(a | b),
        Xor => vm.bigint(a ^ b),
        MatMul => return Ok(None),
    }))
}

/// `(a // b, a % b)` for `a >= 0` and a big `b > 0` whose quotient is
/// below 2**61, in linear time: the quotient is estimated from the top
/// 64 bits of `b` (off by at most one) and corrected with the remainder
/// `a - q*b`. num-bigint's general division (Burnikel-Ziegler) spent most
/// of pidigits' time on these huge-by-huge, tiny-quotient divisions.
/// `None`: other signs, small divisors or large quotients.
fn small_quotient_divmod(a: &BigInt, b: &BigInt) -> Option<(i64, BigInt)> {
    use num_bigint::Sign;
    if a.sign() == Sign::Minus || b.sign() != Sign::Plus {
        return None;
    }
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits <= 128 || abits > bbits + 60 {
        return None;
    }
    let s = bbits - 64;
    // b >> s is in [2**63, 2**64) and a >> s below 2**125; dropping the
    // low s bits moves a/b (< 2**61) by less than one.
    let a_top = (a.magnitude() >> s).to_u128()?;
    let b_top = (b.magnitude() >> s).to_u64()?;
    let mut q = i64::try_from(a_top / u128::from(b_top)).ok()?;
    let mut r = a - b * q;
    while r.is_negative() {
        q -= 1;
        r += b;
    }
    while &r >= b {
        q += 1;
        r -= b;
    }
    Some((q, r))
}

fn int_pow(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if a.is_zero() || a.is_one() || b.is_zero() {
        return Ok(vm.bigint(if b.is_zero() { BigInt::one() } else { a.clone() }));
    }
    if *a == BigInt::from(-1) {
        return Ok(vm.int(if b.is_odd() { -1 } else { 1 }));
    }
    match b.to_u32() {
        Some(e) if (a.bits() as u128) * (e as u128) < (1u128 << 34) => Ok(vm.bigint(num_traits::pow(a.clone(), e as usize))),
        _ => Err(memory_error()),
    }
}

/// Float arithmetic with CPython's errors.
/// Fast path for `+ - * /` on two floats or a float and an inline int;
/// `None` for everything else (division by zero included).
#[inline(always)]
pub fn float_fast(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    let x = a.as_float().or_else(|| if b.is_float() { a.as_small_int().map(|i| i as f64) } else { None })?;
    let y = b.as_float().or_else(|| b.as_small_int().map(|i| i as f64))?;
    float_arith_arg(op as u32, x, y).map(Value::float)
}

/// `x <op> y` for a raw `BINARY_OP` argument (plain or in-place) that is
/// `+`, `-`, `*` or `/` with a nonzero divisor; `None` for anything else
/// (the generic path computes or raises).
#[inline(always)]
pub fn float_arith_arg(arg: u32, x: f64, y: f64) -> Option<f64> {
    const ADD: u32 = BinaryOp::Add as u32;
    const SUB: u32 = BinaryOp::Subtract as u32;
    const MUL: u32 = BinaryOp::Multiply as u32;
    const DIV: u32 = BinaryOp::TrueDivide as u32;
    const IADD: u32 = ADD + INPLACE_OFFSET;
    const ISUB: u32 = SUB + INPLACE_OFFSET;
    const IMUL: u32 = MUL + INPLACE_OFFSET;
    const IDIV: u32 = DIV + INPLACE_OFFSET;
    match arg {
        ADD | IADD => Some(x + y),
        SUB | ISUB => Some(x - y),
        MUL | IMUL => Some(x * y),
        DIV | IDIV if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// An exact int (inline, or a heap int whose type is exactly `int`) that
/// fits an i64; `None` for bools, subclasses and bigger ints.
#[inline]
pub fn exact_int_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    let h = v.as_header()?;
    if h.type_ptr() as u64 != t().int.raw() {
        return None;
    }
    h.downcast::<IntData>()?.0.to_i64()
}

/// `a <op> b` on two machine ints with i64 overflow checks. `None` on
/// overflow, division by zero, negative or too large shifts and the other
/// operators: the big-int path decides (and raises).
#[inline(always)]
fn i64_arith(op: BinaryOp, a: i64, b: i64) -> Option<i64> {
    use BinaryOp::*;
    Some(match op {
        Add => a.checked_add(b)?,
        Subtract => a.checked_sub(b)?,
        Multiply => a.checked_mul(b)?,
        FloorDivide => numfmt::floor_div_i64(a, b)?,
        Remainder => numfmt::mod_i64(a, b)?,
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        LShift => {
            let r = a.checked_shl(u32::try_from(b).ok()?)?;
            if r >> b != a {
                return None;
            }
            r
        }
        RShift => a >> u32::try_from(b).ok()?.min(63),
        _ => return None,
    })
}

/// `a <op> b` on two machine ints whose result may leave the inline range
/// (so it is boxed as a heap int without big-int arithmetic); `None` as
/// [`i64_arith`].
#[inline]
pub fn i64_binop(op: BinaryOp, a: i64, b: i64) -> Option<Value> {
    Some(int_value(i64_arith(op, a, b)?))
}

/// An inline int, or `True` / `False` as 1 / 0.
#[inline]
fn small_or_bool(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    let r = crate::object::t();
    if v.is(&r.true_) {
        Some(1)
    } else if v.is(&r.false_) {
        Some(0)
    } else {
        None
    }
}

/// `x <op> y` on two floats, with Python's semantics and errors.
pub fn float_binop(op: BinaryOp, x: f64, y: f64) -> PyResult<Value> {
    use BinaryOp::*;
    Ok(Value::float(match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        FloorDivide => numfmt::float_floordiv(x, y).map_err(num_err)?,
        Remainder => numfmt::float_mod(x, y).map_err(num_err)?,
        Power => match numfmt::float_pow(x, y) {
            Ok(r) => r,
            Err(PowError::Complex) => {
                let (re, im) = complex_pow((x, 0.0), (y, 0.0))?;
                return Ok(complex_value(re, im));
            }
            Err(PowError::Error(e)) => return Err(num_err(e)),
        },
        _ => return Err(type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol()))),
    }))
}

/// Numeric `a <op> b` for ints, floats and complex (subclasses included).
/// `Ok(None)` if the operands are not numbers or the op is unsupported.
pub fn num_binop(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(v) = vm.small_int_binop(op, x, y) {
            return Ok(Some(v));
        }
    }
    // Two ints: borrow the big ones (copying the operands was a fifth of
    // the time of big-int arithmetic such as pidigits).
    if let (Some(x), Some(y)) = (int_operand(a), int_operand(b)) {
        return int_binop(vm, op, &x, &y);
    }
    let (Some(x), Some(y)) = (to_num(a), to_num(b)) else { return Ok(None) };
    match (x, y) {
        (Num::Int(x), Num::Int(y)) => int_binop(vm, op, &x, &y),
        (Num::Complex(ar, ai), other) | (other, Num::Complex(ar, ai)) => {
            let o = match other {
                Num::Int(i) => (big_to_f64(&i)?, 0.0),
                Num::Float(f) => (f, 0.0),
                Num::Complex(r, i) => (r, i),
            };
            // Restore operand order.
            let a_is_complex = a.downcast::<ComplexData>().is_some();
            if a_is_complex {
                complex_binop(op, (ar, ai), o)
            } else {
                complex_binop(op, o, (ar, ai))
            }
        }
        (x, y) => {
            let f = |n: Num| -> PyResult<f64> {
                match n {
                    Num::Int(i) => big_to_f64(&i),
                    Num::Float(f) => Ok(f),
                    Num::Complex(r, _) => Ok(r),
                }
            };
            use BinaryOp::*;
            if !matches!(op, Add | Subtract | Multiply | TrueDivide | FloorDivide | Remainder | Power) {
                return Ok(None);
            }
            float_binop(op, f(x)?, f(y)?).map(Some)
        }
    }
}

enum SeqKind {
    Str,
    List,
    Tuple,
    Bytes,
    ByteArray,
}

fn seq_kind(v: &Value) -> Option<SeqKind> {
    let h = v.as_header()?;
    Some(match h.type_data().kind {
        Kind::Str => SeqKind::Str,
        Kind::List => SeqKind::List,
        Kind::Tuple => SeqKind::Tuple,
        Kind::Bytes => SeqKind::Bytes,
        Kind::ByteArray => SeqKind::ByteArray,
        _ => return None,
    })
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    v.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone())
}

/// A new tuple of the items of `x` then `y`, allocated at its final size.
pub fn tuple_concat(x: &[Value], y: &[Value]) -> Value {
    crate::object::tuple::tuple_concat(x, y)
}

/// `a + b` of two exact tuples, or of two exact lists when not in place
/// (`+=` extends the list): one allocation of the final size, none of the
/// dispatch `native_binop` goes through. `None`: not such operands. Also
/// compiled code's BINARY_OP `+` (`tier2::helpers`).
#[inline]
pub(crate) fn concat_exact(a: &Value, b: &Value, inplace: bool) -> Option<Value> {
    let (ha, hb) = (a.as_header()?, b.as_header()?);
    let r = t();
    let ty = ha.type_ptr();
    if !std::ptr::eq(ty, hb.type_ptr()) {
        return None;
    }
    if std::ptr::eq(ty, r.str_.as_header()? as *const _) {
        return crate::object::str::concat(a, b);
    }
    if std::ptr::eq(ty, r.tuple.as_header()? as *const _) {
        let (x, y) = (&a.downcast::<TupleData>()?.0, &b.downcast::<TupleData>()?.0);
        // As CPython: adding an empty tuple gives the other operand itself.
        if y.is_empty() {
            return Some(a.clone());
        }
        if x.is_empty() {
            return Some(b.clone());
        }
        return Some(tuple_concat(x, y));
    }
    if !inplace && std::ptr::eq(ty, r.list.as_header()? as *const _) {
        let (x, y) = (a.downcast::<ListData>()?.0.borrow(), b.downcast::<ListData>()?.0.borrow());
        let mut v = Vec::with_capacity(x.len() + y.len());
        v.extend(x.iter().cloned());
        v.extend(y.iter().cloned());
        return Some(alloc(&r.list, ListData::new(v), None));
    }
    None
}

/// Sequence concatenation `a + b` (None if `a` is not a builtin sequence).
fn seq_concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(k) = seq_kind(a) else { return Ok(None) };
    let bname = |vm: &Vm| vm.type_name(b);
    Ok(Some(match k {
        SeqKind::Str => match (a.downcast::<StrData>(), b.downcast::<StrData>()) {
            (Some(x), Some(y)) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                vm.str(s)
            }
            _ => return Err(type_error(format!("can only concatenate str (not \"{}\") to str", bname(vm)))),
        },
        SeqKind::List => match b.downcast::<ListData>() {
            Some(y) => {
                // One allocation of the final size (no clone-then-grow).
                let ys = y.0.borrow();
                let v = match a.downcast::<ListData>() {
                    Some(x) => {
                        let xs = x.0.borrow();
                        let mut v = Vec::with_capacity(xs.len() + ys.len());
                        v.extend(xs.iter().cloned());
                        v.extend(ys.iter().cloned());
                        v
                    }
                    None => ys.to_vec(),
                };
                drop(ys);
                vm.list(v)
            }
            None => return Err(type_error(format!("can only concatenate list (not \"{}\") to list", bname(vm)))),
        },
        SeqKind::Tuple => match b.downcast::<TupleData>() {
            Some(y) => {
                let xs: &[Value] = a.downcast::<TupleData>().map_or(&[], |x| &x.0[..]);
                let mut v = Vec::with_capacity(xs.len() + y.0.len());
                v.extend(xs.iter().cloned());
                v.extend(y.0.iter().cloned());
                vm.tuple(v)
            }
            None => return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", bname(vm)))),
        },
        SeqKind::Bytes | SeqKind::ByteArray => match bytes_of(b) {
            Some(y) => {
                let mut v = bytes_of(a).unwrap_or_default();
                v.extend(y);
                if matches!(k, SeqKind::Bytes) {
                    vm.bytes(v)
                } else {
                    alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(v)), None)
                }
            }
            None => {
                let an = vm.type_name(a);
                return Err(type_error(format!("can't concat {} to {an}", bname(vm))));
            }
        },
    }))
}

/// Sequence repetition `seq * n`; `n` must be an int or have `__index__`.
fn seq_repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult<Option<Value>> {
    let Some(k) = seq_kind(seq) else { return Ok(None) };
    let count = match n.as_small_int() {
        Some(c) => c.max(0) as usize,
        None => {
            let count = if vm.is_int(n) {
                as_bigint(n).unwrap_or_default()
            } else if vm.lookup_special(n, "__index__").is_some() {
                super::ops::index_of(vm, n)?
            } else {
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", vm.qualified_type_name(n))));
            };
            if count.is_negative() {
                0usize
            } else {
                count.to_usize().filter(|c| *c <= isize::MAX as usize).ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?
            }
        }
    };
    let too_big = |len: usize| len.checked_mul(count).is_none_or(|t| t > (1 << 40));
    let mem = || memory_error();
    Ok(Some(match k {
        SeqKind::Str => {
            let s = seq.downcast::<StrData>().map(|d| d.s.to_string()).unwrap_or_default();
            if too_big(s.len()) {
                return Err(mem());
            }
            vm.str(s.repeat(count))
        }
        SeqKind::List => {
            let v = seq.downcast::<ListData>().map(|d| d.0.borrow().clone()).unwrap_or_default();
            if too_big(v.len()) {
                return Err(mem());
            }
            let out = match &v[..] {
                [x] => vec![x.clone(); count],
                _ => {
                    let mut out = Vec::with_capacity(v.len() * count);
                    for _ in 0..count {
                        out.extend_from_slice(&v);
                    }
                    out
                }
            };
            vm.list(out)
        }
        SeqKind::Tuple => {
            if count == 1 && seq.as_header().is_some_and(|h| h.type_ptr() == t().tuple.as_header().map_or(std::ptr::null(), |x| x as *const _)) {
                return Ok(Some(seq.clone()));
            }
            let v = seq.downcast::<TupleData>().map(|d| d.0.to_vec()).unwrap_or_default();
            if too_big(v.len()) {
                return Err(mem());
            }
            let mut out = Vec::with_capacity(v.len() * count);
            for _ in 0..count {
                out.extend(v.iter().cloned());
            }
            vm.tuple(out)
        }
        SeqKind::Bytes | SeqKind::ByteArray => {
            let v = bytes_of(seq).unwrap_or_default();
            if too_big(v.len()) {
                return Err(mem());
            }
            let r = v.repeat(count);
            if matches!(k, SeqKind::Bytes) {
                vm.bytes(r)
            } else {
                alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(r)), None)
            }
        }
    }))
}

impl Vm {
    /// Fast path for two inline ints; `None` to take the generic path
    /// (overflow into big ints, division by zero, float results, ...).
    #[inline(always)]
    pub fn small_int_binop(&self, op: BinaryOp, a: i64, b: i64) -> Option<Value> {
        Value::try_small_int(i64_arith(op, a, b)?)
    }

    /// Native arithmetic on builtin values (numbers and sequences), subclass
    /// instances included. `Ok(None)`: not handled natively.
    pub fn native_binop(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
        if let Some(v) = num_binop(self, op, a, b)? {
            return Ok(Some(v));
        }
        match op {
            BinaryOp::Add if seq_kind(a).is_some() && seq_kind(b).is_some() => seq_concat(self, a, b),
            BinaryOp::Multiply => {
                if seq_kind(a).is_some() && self.is_int(b) {
                    seq_repeat(self, a, b)
                } else if seq_kind(b).is_some() && self.is_int(a) {
                    seq_repeat(self, b, a)
                } else {
                    Ok(None)
                }
            }
            _ => Ok(None),
        }
    }

    /// `a <op> b` (or `a <op>= b` if `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if let Some(v) = self.small_int_binop(op, x, y) {
                return Ok(v);
            }
        }
        // Exact ints outside the inline range that still fit an i64 (an
        // LCG's `seed * 1103515245`): no big-int arithmetic.
        if let (Some(x), Some(y)) = (exact_int_i64(a), exact_int_i64(b)) {
            if let Some(v) = i64_binop(op, x, y) {
                return Ok(v);
            }
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return float_binop(op, x, y);
        }
        if op == BinaryOp::Add {
            if let Some(v) = concat_exact(a, b, inplace) {
                return Ok(v);
            }
        }
        // bools in arithmetic act as 0 and 1 (`&`, `|`, `^` of two bools stay bools, below).
        if let (Some(x), Some(y)) = (small_or_bool(a), small_or_bool(b)) {
            let both_bool = !a.is_small_int() && !b.is_small_int();
            if !(both_bool && matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)) {
                if let Some(v) = self.small_int_binop(op, x, y) {
                    return Ok(v);
                }
            }
        }
        if matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor) {
            let r = crate::object::t();
            let as_bool = |v: &Value| if v.is(&r.true_) { Some(true) } else if v.is(&r.false_) { Some(false) } else { None };
            if let (Some(x), Some(y)) = (as_bool(a), as_bool(b)) {
                let v = match op {
                    BinaryOp::And => x & y,
                    BinaryOp::Or => x | y,
                    _ => x ^ y,
                };
                return Ok(self.bool(v));
            }
        }
        let builtin = is_builtin_type(a) && is_builtin_type(b);
        // bytearray += / *= mutate in place (through the type's __iadd__/__imul__).
        if inplace && matches!(op, BinaryOp::Add | BinaryOp::Multiply) && a.downcast::<ByteArrayData>().is_some() {
            let ta = self.type_of(a);
            let iname = if op == BinaryOp::Add { "__iadd__" } else { "__imul__" };
            if let Some(m) = self.type_lookup(&ta, iname) {
                let r = self.call(&m, &[a.clone(), b.clone()])?;
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
            }
        }
        if builtin {
            if inplace && op == BinaryOp::Add {
                if let Some(l) = a.downcast::<ListData>() {
                    let _ = l;
                    let items = self.collect(b)?;
                    if let Some(l) = a.downcast::<ListData>() {
                        l.0.borrow_mut().extend(items);
                    }
                    return Ok(a.clone());
                }
            }
            if let Some(v) = self.native_binop(a, b, op)? {
                return Ok(v);
            }
        }
        let [name, rname, iname] = self.names.binop[op as usize].clone();
        if inplace {
            let ta = self.type_of(a);
            if let Some(m) = self.type_lookup_v(&ta, &iname) {
                let r = self.call(&m, &[a.clone(), b.clone()])?;
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
            }
        }
        // Builtin sequences have no numeric `+`: as in CPython, the right
        // operand's __radd__ comes before concatenation (`[1] + UserList()`).
        if op == BinaryOp::Add && !inplace && is_builtin_type(a) && seq_kind(a).is_some() && seq_kind(b).is_none() {
            let tb = self.type_of(b);
            if let Some(m) = self.type_lookup_v(&tb, &rname) {
                let r = self.call(&m, &[b.clone(), a.clone()])?;
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.binary_protocol_v(a, b, &name, &rname)? {
            return Ok(r);
        }
        self.binary_op_fallback(a, b, op, inplace)
    }

    /// The rest of `a <op> b` once `a`'s Python `__op__` (called first, as
    /// BINARY_OP_PY checked) returned NotImplemented: `b`'s reflected
    /// dunder when its type differs, then the native fallbacks and the
    /// TypeError.
    pub fn binary_op_after_left(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if !ta.is(&tb) {
            let rname = self.names.binop[op as usize][1].clone();
            if let Some(sw) = self.type_lookup_v(&tb, &rname) {
                let r = crate::tier2::fastcall::call_fn(self, &sw, &[b.clone(), a.clone()])?;
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op_fallback(a, b, op, inplace)
    }

    /// `a <op> b` after the dunders: native fallbacks for subclass
    /// instances and sequences, else the TypeError.
    fn binary_op_fallback(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        let builtin = is_builtin_type(a) && is_builtin_type(b);
        // Native fallback for subclass instances and sequences.
        if inplace && op == BinaryOp::Add && a.downcast::<ListData>().is_some() {
            let items = self.collect(b)?;
            if let Some(l) = a.downcast::<ListData>() {
                l.0.borrow_mut().extend(items);
            }
            return Ok(a.clone());
        }
        if !builtin {
            if let Some(v) = self.native_binop(a, b, op)? {
                return Ok(v);
            }
        }
        if op == BinaryOp::Add && seq_kind(a).is_some() {
            if let Some(v) = seq_concat(self, a, b)? {
                return Ok(v);
            }
        }
        if op == BinaryOp::Multiply {
            if seq_kind(a).is_some() {
                if let Some(v) = seq_repeat(self, a, b)? {
                    return Ok(v);
                }
            } else if seq_kind(b).is_some() {
                if let Some(v) = seq_repeat(self, b, a)? {
                    return Ok(v);
                }
            }
        }
        let sym = op.symbol();
        let sym = match (op, inplace) {
            (BinaryOp::Power, false) => "** or pow()".to_string(),
            (_, true) => format!("{sym}="),
            _ => sym.to_string(),
        };
        Err(type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, self.qualified_type_name(a), self.qualified_type_name(b))))
    }

    /// The `__op__` / `__rop__` dance. `Ok(None)`: both NotImplemented/missing.
    pub fn binary_protocol(&mut self, a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        let (name, rname) = (self.name(name), self.name(rname));
        self.binary_protocol_v(a, b, &name, &rname)
    }

    /// `binary_protocol` with interned dunder names (cached type lookups).
    pub fn binary_protocol_v(&mut self, a: &Value, b: &Value, name: &Value, rname: &Value) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(&tb);
        let slotv = self.type_lookup_v(&ta, name);
        let mut slotw = if same { None } else { self.type_lookup_v(&tb, rname) };
        let ni = t().not_implemented.clone();
        if let Some(sv) = &slotv {
            if let Some(sw) = &slotw {
                if self.is_subtype(&tb, &ta) {
                    let a_r = self.type_lookup_v(&ta, rname);
                    if a_r.as_ref().is_none_or(|x| !x.is(sw)) {
                        let r = crate::tier2::fastcall::call_fn(self, sw, &[b.clone(), a.clone()])?;
                        if !r.is(&ni) {
                            return Ok(Some(r));
                        }
                        slotw = None;
                    }
                }
            }
            let r = crate::tier2::fastcall::call_fn(self, sv, &[a.clone(), b.clone()])?;
            if !r.is(&ni) {
                return Ok(Some(r));
            }
        }
        if let Some(sw) = &slotw {
            let r = crate::tier2::fastcall::call_fn(self, sw, &[b.clone(), a.clone()])?;
            if !r.is(&ni) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// A unary operator by dunder name (`__neg__`, `__pos__`, `__invert__`, `__abs__`).
    pub fn unary_op(&mut self, a: &Value, dunder: &str) -> PyResult<Value> {
        if is_builtin_type(a) {
            if let Some(v) = native_unary(self, a, dunder)? {
                return Ok(v);
            }
        }
        // A Python function on the type: called with `a` as self, without
        // binding (straight into its compiled code when it has some).
        let ta = self.type_of(a);
        if let Some(f) = self.type_lookup(&ta, dunder).filter(|f| f.downcast::<FunctionData>().is_some()) {
            return crate::tier2::fastcall::call_fn(self, &f, std::slice::from_ref(a));
        }
        if let Some(m) = self.lookup_special(a, dunder) {
            return self.call(&m, &[]);
        }
        let sym = match dunder {
            "__neg__" => "unary -",
            "__pos__" => "unary +",
            "__invert__" => "unary ~",
            "__abs__" => return Err(type_error(format!("bad operand type for abs(): '{}'", self.type_name(a)))),
            _ => dunder,
        };
        Err(type_error(format!("bad operand type for {}: '{}'", sym, self.type_name(a))))
    }

    /// `pow(a, b, m)`.
    pub fn pow3(&mut self, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
        if self.is_none(m) {
            return self.binary_op(a, b, BinaryOp::Power, false);
        }
        if let (Some(x), Some(y), Some(z)) = (as_bigint(a), as_bigint(b), as_bigint(m)) {
            return Ok(self.bigint(numfmt::int_pow_mod(&x, &y, &z).map_err(num_err)?));
        }
        if to_num(a).is_some() && to_num(b).is_some() && to_num(m).is_some() {
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        let ta = self.type_of(a);
        if let Some(f) = self.type_lookup(&ta, "__pow__") {
            let r = self.call(&f, &[a.clone(), b.clone(), m.clone()])?;
            if !r.is(&t().not_implemented) {
                return Ok(r);
            }
        }
        Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(a),
            self.type_name(b),
            self.type_name(m)
        )))
    }
}

/// Native unary operators on numbers (subclasses included; results are exact types).
pub fn native_unary(vm: &Vm, a: &Value, dunder: &str) -> PyResult<Option<Value>> {
    if let Some(i) = a.as_small_int() {
        return Ok(Some(match dunder {
            "__neg__" => vm.int(-i),
            "__pos__" => a.clone(),
            "__invert__" => vm.int(!i),
            "__abs__" => vm.int(i.abs()),
            _ => return Ok(None),
        }));
    }
    let Some(n) = to_num(a) else { return Ok(None) };
    Ok(Some(match n {
        Num::Int(b) => match dunder {
            "__neg__" => vm.bigint(-b),
            "__pos__" => vm.bigint(b),
            "__invert__" => vm.bigint(!b),
            "__abs__" => vm.bigint(b.abs()),
            _ => return Ok(None),
        },
        Num::Float(f) => match dunder {
            "__neg__" => Value::float(-f),
            "__pos__" => Value::float(f),
            "__abs__" => Value::float(f.abs()),
            _ => return Ok(None),
        },
        Num::Complex(re, im) => match dunder {
            "__neg__" => complex_value(-re, -im),
            "__pos__" => complex_value(re, im),
            "__abs__" => {
                let r = re.hypot(im);
                if r.is_infinite() && re.is_finite() && im.is_finite() {
                    return Err(overflow_error("absolute value too large"));
                }
                Value::float(r)
            }
            _ => return Ok(None),
        },
    }))
}
