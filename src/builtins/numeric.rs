//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `sum`, `min`, `max`,
//! `hex`/`oct`/`bin`, `chr`/`ord`, `hash`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::error::{PyErr, PyResult};
use crate::numfmt::{ExcKind, NumError};
use crate::object::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::object::*;
use crate::vm::Vm;

use super::{as_bigint, as_f64, as_i64, def, index_big};

/// Converts a numfmt error into the Python exception it names.
pub fn num_err(e: NumError) -> PyErr {
    match e.kind {
        ExcKind::ValueError => value_error(e.msg),
        ExcKind::OverflowError => overflow_error(e.msg),
        ExcKind::ZeroDivisionError => zero_division_error(e.msg),
        ExcKind::TypeError => type_error(e.msg),
        ExcKind::NotImplementedError => crate::object::exception::not_implemented_error(e.msg),
    }
}

fn is_bool(v: &Value) -> bool {
    v.as_header().is_some_and(|h| h.type_value().is(&t().bool_))
}

/// Exact int (small/big, not a bool subclass instance check): value as BigInt.
fn plain_int(v: &Value) -> Option<BigInt> {
    as_bigint(v)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("abs").positional(1, 1)?;
    let x = &p[0];
    if let Some(i) = x.as_small_int() {
        // An inline int's magnitude fits an i64 (no big-int round trip).
        return Ok(vm.int(i.abs()));
    }
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(m) = vm.lookup_special(x, "__abs__") {
        return vm.call(&m, &[]);
    }
    Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x))))
}

/// Calls `a.__op__(b)`, then `b.__rop__(a)`; `None` if both are NotImplemented.
fn binary_protocol(vm: &mut Vm, a: &Value, b: &Value, op: &str, rop: &str) -> PyResult<Option<Value>> {
    if let Some(m) = vm.lookup_special(a, op) {
        let r = vm.call(&m, std::slice::from_ref(b))?;
        if !r.is(&t().not_implemented) {
            return Ok(Some(r));
        }
    }
    if !vm.type_of(a).is(&vm.type_of(b)) {
        if let Some(m) = vm.lookup_special(b, rop) {
            let r = vm.call(&m, std::slice::from_ref(a))?;
            if !r.is(&t().not_implemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("divmod").positional(2, 2)?;
    let (a, b) = (&p[0], &p[1]);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if y == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        let (q, r) = BigInt::from(x).div_mod_floor(&BigInt::from(y));
        return Ok(vm.tuple(vec![vm.bigint(q), vm.bigint(r)]));
    }
    let fa = as_f64(a).filter(|_| a.is_float()).or_else(|| if b.is_float() { as_bigint(a).and_then(|i| i.to_f64()) } else { None });
    let fb = as_f64(b).filter(|_| b.is_float()).or_else(|| if a.is_float() { as_bigint(b).and_then(|i| i.to_f64()) } else { None });
    if let (Some(x), Some(y)) = (fa, fb) {
        let (q, r) = crate::numfmt::float_divmod(x, y).map_err(num_err)?;
        return Ok(vm.tuple(vec![Value::float(q), Value::float(r)]));
    }
    if let Some(r) = binary_protocol(vm, a, b, "__divmod__", "__rdivmod__")? {
        return Ok(r);
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("pow").bind(&["base", "exp", "mod"], 2)?;
    let base = b[0].clone().unwrap_or_else(|| vm.none());
    let exp = b[1].clone().unwrap_or_else(|| vm.none());
    match &b[2] {
        Some(m) if !vm.is_none(m) => {
            if let (Some(x), Some(e), Some(md)) = (plain_int(&base), plain_int(&exp), plain_int(m)) {
                let r = crate::numfmt::int_pow_mod(&x, &e, &md).map_err(num_err)?;
                return Ok(vm.bigint(r));
            }
            if let Some(f) = vm.lookup_special(&base, "__pow__") {
                let r = vm.call(&f, &[exp.clone(), m.clone()])?;
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
            }
            if vm.is_int(&base) && vm.is_int(&exp) && vm.is_int(m) {
                return Err(type_error("unsupported operand type(s) for ** or pow()"));
            }
            Err(type_error(if vm.is_float(&base) || vm.is_float(&exp) || vm.is_float(m) {
                "pow() 3rd argument not allowed unless all arguments are integers".to_string()
            } else {
                format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name(&base),
                    vm.type_name(&exp),
                    vm.type_name(m)
                )
            }))
        }
        _ => vm.binary_op(&base, &exp, BinaryOp::Power, false),
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("round").bind(&["number", "ndigits"], 1)?;
    let x = b[0].clone().unwrap_or_else(|| vm.none());
    let nd = b[1].clone().filter(|v| !vm.is_none(v));
    if let Some(f) = x.as_float() {
        return match &nd {
            None => Ok(vm.bigint(crate::numfmt::round_half_even_f64_to_bigint(f).map_err(num_err)?)),
            Some(n) => {
                let n = index_big(vm, n)?;
                let n = n.to_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                match crate::numfmt::float_round(f, n) {
                    Some(r) => Ok(Value::float(r)),
                    None => Err(overflow_error("rounded value too large to represent")),
                }
            }
        };
    }
    if vm.is_int(&x) && vm.type_of(&x).is(&t().int) || is_bool(&x) {
        let v = as_bigint(&x).unwrap_or_default();
        return match &nd {
            None => Ok(vm.bigint(v)),
            Some(n) => {
                let n = index_big(vm, n)?;
                if !n.is_negative() {
                    return Ok(vm.bigint(v));
                }
                let k = (-n).to_u32().unwrap_or(u32::MAX);
                if k > 100_000 {
                    return Ok(vm.int(0));
                }
                let p = num_traits::pow(BigInt::from(10), k as usize);
                let (q, r) = v.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
                Ok(vm.bigint(q * p))
            }
        };
    }
    match vm.lookup_special(&x, "__round__") {
        Some(m) => match nd {
            None => vm.call(&m, &[]),
            Some(n) => vm.call(&m, &[n]),
        },
        None => Err(type_error(format!("type {} doesn't define __round__ method", vm.type_name(&x)))),
    }
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("sum").with_kwargs(1, 2, &["start"])?;
    let start = p.get(1).cloned().or_else(|| args.kw("start").cloned());
    if p.len() == 2 && args.kw("start").is_some() {
        return Err(type_error("argument for sum() given by name ('start') and position (2)"));
    }
    let mut acc = start.unwrap_or_else(|| Value::small_int(0));
    if acc.downcast::<StrData>().is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast::<BytesData>().is_some() {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.downcast::<ByteArrayData>().is_some() {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    // An exact list or tuple is read by index (as its iterator would),
    // without an iterator object.
    let seq = &p[0];
    let r = t();
    let direct = crate::vm::iterate::is_exact(seq, &r.list) || crate::vm::iterate::is_exact(seq, &r.tuple);
    let it = if direct { None } else { Some(vm.iter(seq)?) };
    // A generator (`sum(genexpr)`) is resumed directly.
    let gen = it.as_ref().and_then(|it| it.downcast::<crate::object::generator::GeneratorData>());
    // Ints that fit a machine word, bools included (as CPython's fast path).
    let small_of = |x: &Value| {
        x.as_small_int().or_else(|| {
            if x.is(&r.true_) {
                Some(1)
            } else if x.is(&r.false_) {
                Some(0)
            } else {
                None
            }
        })
    };
    let mut idx = 0usize;
    // Int fast path.
    let mut small: Option<i64> = acc.as_small_int();
    loop {
        let item = match &it {
            Some(it) => match match gen {
                Some(gd) => vm.gen_next(gd)?,
                None => vm.next(it)?,
            } {
                Some(x) => x,
                None => break,
            },
            None => {
                let x = match seq.downcast::<ListData>() {
                    Some(l) => {
                        let items = l.0.borrow();
                        // Small ints summed in place while they last.
                        if let Some(mut s) = small {
                            while let Some(i) = items.get(idx).and_then(small_of) {
                                match s.checked_add(i) {
                                    Some(n) => s = n,
                                    None => break,
                                }
                                idx += 1;
                            }
                            small = Some(s);
                        }
                        items.get(idx).cloned()
                    }
                    None => seq.downcast::<TupleData>().and_then(|tp| tp.0.get(idx).cloned()),
                };
                idx += 1;
                match x {
                    Some(x) => x,
                    None => break,
                }
            }
        };
        if let Some(s) = small {
            if let Some(i) = small_of(&item) {
                if let Some(n) = s.checked_add(i) {
                    small = Some(n);
                    continue;
                }
            }
            acc = vm.int(s);
            small = None;
        }
        if let (Some(a), Some(b)) = (acc.as_float(), item.as_float()) {
            acc = Value::float(a + b);
            continue;
        }
        acc = vm.binary_op(&acc, &item, BinaryOp::Add, false)?;
    }
    Ok(match small {
        Some(s) => vm.int(s),
        None => acc,
    })
}

fn min_max(vm: &mut Vm, args: Args, name: &'static str, op: CompareOp) -> PyResult<Value> {
    let p = args.parser(name).with_kwargs(0, usize::MAX, &["key", "default"])?;
    let key = args.kw("key").filter(|k| !vm.is_none(k)).cloned();
    let default = args.kw("default").cloned();
    let items: Vec<Value> = match p.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((item, k)),
            Some((_, bk)) => {
                let better = if let (Some(a), Some(b)) = (k.as_small_int(), bk.as_small_int()) {
                    if op == CompareOp::Gt {
                        a > b
                    } else {
                        a < b
                    }
                } else {
                    let r = vm.compare(&k, bk, op)?;
                    vm.truthy(&r)?
                };
                if better {
                    best = Some((item, k));
                }
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn radix(vm: &mut Vm, args: Args, name: &str, r: u32) -> PyResult<Value> {
    let p = args.parser(name).positional(1, 1)?;
    let v = index_big(vm, &p[0])?;
    Ok(vm.str(crate::numfmt::int_to_str_radix(&v, r, true)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("chr").positional(1, 1)?;
    if vm.is_float(&p[0]) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = index_big(vm, &p[0])?;
    let Some(i) = v.to_i32() else { return Err(overflow_error("Python int too large to convert to C int")) };
    if !(0..=0x10FFFF).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) if c.is_ascii() => Ok(crate::object::str::ascii_char(c as u8)),
        Some(c) => Ok(vm.str(c.to_string())),
        None => Err(crate::object::exception::not_implemented_error(format!(
            "chr({i:#x}): lone surrogates are not supported (Pyrite's str is UTF-8 and cannot hold U+D800..U+DFFF)"
        ))),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("ord").positional(1, 1)?;
    let x = &p[0];
    if let Some(s) = x.downcast::<StrData>() {
        if s.char_len == 1 {
            return Ok(vm.int(s.s.chars().next().map_or(0, |c| c as i64)));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len)));
    }
    let bytes = x.downcast::<BytesData>().map(|b| b.0.to_vec()).or_else(|| x.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone()));
    if let Some(b) = bytes {
        if b.len() == 1 {
            return Ok(vm.int(b[0] as i64));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(x))))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("hash").positional(1, 1)?;
    let h = vm.hash(&p[0])?;
    Ok(vm.int(h))
}

/// `True` if `v` is an int that is zero (helper for callers).
pub fn is_zero_int(v: &Value) -> bool {
    as_i64(v) == Some(0) || as_bigint(v).is_some_and(|b| b.is_zero())
}

/// Registers the numeric builtins.
pub fn install(vm: &mut Vm) {
    def(vm, "abs", abs);
    def(vm, "divmod", divmod);
    def(vm, "pow", pow);
    def(vm, "round", round);
    def(vm, "sum", sum);
    def(vm, "min", min);
    def(vm, "max", max);
    def(vm, "hex", hex);
    def(vm, "oct", oct);
    def(vm, "bin", bin);
    def(vm, "chr", chr);
    def(vm, "ord", ord);
    def(vm, "hash", hash);
    // `bool` has its own `__new__` (truth value, not `int(x)`).
}
