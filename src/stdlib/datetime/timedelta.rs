//! `datetime.timedelta` as a native type: a duration normalized to days,
//! seconds (0..86399) and microseconds (0..999999), held in a `Td` state.
//! Subclassable from Python (instances of subclasses get the usual
//! instance dict); arithmetic results are exact `timedelta`s, as in
//! CPython. Operations with an unsupported operand return NotImplemented,
//! so the VM raises CPython's messages (which name `datetime.timedelta`).

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::calendar::{US_PER_DAY, US_PER_SEC};
use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::*;
use crate::vm::Vm;

/// The fields of a timedelta (normalized).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Td {
    pub days: i32,
    pub secs: i32,
    pub us: i32,
}

impl NativeState for Td {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

const QUALIFIED: &str = "datetime.timedelta";
const C_INT: &str = "Python int too large to convert to C int";

impl Td {
    /// Total microseconds.
    pub fn total(self) -> i128 {
        (i128::from(self.days) * i128::from(US_PER_DAY)) + i128::from(self.secs) * i128::from(US_PER_SEC) + i128::from(self.us)
    }

    /// The timedelta of `t` microseconds: CPython's C-int conversion error
    /// beyond the C int range, its own message beyond 999999999 days.
    pub fn from_total(t: i128) -> PyResult<Td> {
        let day = i128::from(US_PER_DAY);
        let days = t.div_euclid(day);
        if i32::try_from(days).is_err() {
            return Err(overflow_error(C_INT));
        }
        if days.abs() > 999_999_999 {
            return Err(overflow_error(format!("days={}; must have magnitude <= 999999999", days)));
        }
        let rest = t.rem_euclid(day) as i64;
        Ok(Td { days: days as i32, secs: (rest / US_PER_SEC) as i32, us: (rest % US_PER_SEC) as i32 })
    }

    fn from_big(t: &BigInt) -> PyResult<Td> {
        Td::from_total(t.to_i128().ok_or_else(|| overflow_error(C_INT))?)
    }
}

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    /// The type, cached (the registry lookup by name hashes a string).
    static TD_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("timedelta", QUALIFIED, "datetime", &t().object, crate::object::typeobj::tflags::BASETYPE);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
}

/// The native `datetime.timedelta` type (created on first use).
pub(crate) fn td_type() -> Value {
    TD_TYPE.with(Value::clone)
}

/// The fields of `v` if it is a timedelta (or a subclass instance).
pub(crate) fn td_of(v: &Value) -> Option<Td> {
    v.downcast::<StateData>()?.with::<Td, _>(|t| *t)
}

/// A new exact timedelta.
pub(crate) fn new_td(td: Td) -> Value {
    alloc(&td_type(), StateData::new(td), None)
}

/// A new exact timedelta of `t` microseconds.
pub(crate) fn td_value(t: i128) -> PyResult<Value> {
    Ok(new_td(Td::from_total(t)?))
}

/// An instance of `cls` (timedelta or a subclass) holding `td`.
pub(crate) fn td_instance(cls: &Value, td: Td) -> Value {
    alloc(cls, StateData::new(td), None)
}

fn type_data_name(cls: &Value) -> String {
    cls.downcast::<TypeData>().map(|t| t.name().to_string()).unwrap_or_default()
}

fn int_value(vm: &Vm, t: i128) -> Value {
    match i64::try_from(t) {
        Ok(i) => vm.int(i),
        Err(_) => vm.bigint(BigInt::from(t)),
    }
}

/// The timedelta `self` of method `what`, with CPython's descriptor
/// messages for anything else.
fn this(p: &[Value], what: &str) -> PyResult<Td> {
    if let Some(td) = p.first().and_then(td_of) {
        return Ok(td);
    }
    let got = match p.first() {
        Some(v) if v.as_header().is_some() => v.as_header().map(|h| h.type_data().name().to_string()).unwrap_or_default(),
        Some(v) if v.is_small_int() => "int".to_string(),
        Some(_) => "float".to_string(),
        None => "NoneType".to_string(),
    };
    Err(type_error(if super::args::is_slot(what) {
        format!("descriptor '{}' requires a 'datetime.timedelta' object but received a '{}'", what, got)
    } else {
        format!("descriptor '{}' for 'datetime.timedelta' objects doesn't apply to a '{}' object", what, got)
    }))
}

fn other(p: &[Value]) -> PyResult<&Value> {
    p.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))
}

// ----- construction -----

const NAMES: [&str; 7] = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const SCALE: [i128; 7] = [US_PER_DAY as i128, US_PER_SEC as i128, 1, 1000, 60_000_000, 3_600_000_000, 7 * US_PER_DAY as i128];

/// An int argument's value (bools included), `Err(())` for a non-int.
fn int_of(v: &Value) -> Option<Option<i128>> {
    if let Some(i) = crate::builtins::as_i64(v) {
        return Some(Some(i128::from(i)));
    }
    let r = t();
    if v.is(&r.true_) || v.is(&r.false_) {
        return Some(Some(i128::from(v.is(&r.true_))));
    }
    if v.downcast::<crate::object::IntData>().is_some() {
        return Some(crate::builtins::as_bigint(v).and_then(|b| b.to_i128()));
    }
    None
}

/// Total microseconds of the constructor's components: ints exactly,
/// floats split into an exact whole part and a fraction summed as a float
/// and rounded half to even once at the end.
fn total_of(vm: &Vm, vals: &[Option<&Value>; 7]) -> PyResult<i128> {
    let mut exact: i128 = 0;
    let mut approx = 0.0f64;
    for (i, v) in vals.iter().enumerate() {
        let Some(v) = v else { continue };
        if let Some(n) = int_of(v) {
            let n = n.ok_or_else(|| overflow_error(C_INT))?;
            exact = n.checked_mul(SCALE[i]).and_then(|x| exact.checked_add(x)).ok_or_else(|| overflow_error(C_INT))?;
        } else if let Some(f) = crate::builtins::as_f64(v) {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            let whole = f.trunc();
            if whole.abs() > 1e30 {
                return Err(overflow_error(C_INT));
            }
            exact = (whole as i128).checked_mul(SCALE[i]).and_then(|x| exact.checked_add(x)).ok_or_else(|| overflow_error(C_INT))?;
            approx += (f - whole) * SCALE[i] as f64;
        } else {
            return Err(type_error(format!("unsupported type for timedelta {} component: {}", NAMES[i], vm.type_name(v))));
        }
    }
    if approx != 0.0 {
        let floor = approx.floor();
        exact += floor as i128;
        let rest = approx - floor;
        if rest > 0.5 || (rest == 0.5 && exact.rem_euclid(2) == 1) {
            exact += 1;
        }
    }
    Ok(exact)
}

/// `timedelta.__new__(cls, days=0, seconds=0, microseconds=0,
/// milliseconds=0, minutes=0, hours=0, weeks=0)`.
fn td_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("datetime.timedelta.__new__(): not enough arguments")) };
    if cls.downcast::<TypeData>().is_none() {
        return Err(type_error(format!("datetime.timedelta.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    if !vm.is_subtype(cls, &td_type()) {
        let n = type_data_name(cls);
        return Err(type_error(format!("datetime.timedelta.__new__({}): {} is not a subtype of datetime.timedelta", n, n)));
    }
    if rest.len() > 7 {
        return Err(type_error(format!("__new__() takes at most 7 arguments ({} given)", rest.len())));
    }
    let mut vals: [Option<&Value>; 7] = [None; 7];
    for (slot, v) in vals.iter_mut().zip(rest) {
        *slot = Some(v);
    }
    for (name, v) in args.kwargs() {
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for __new__()", name)));
        };
        if vals[i].is_some() {
            return Err(type_error(format!("argument for __new__() given by name ('{}') and position ({})", name, i + 1)));
        }
        vals[i] = Some(v);
    }
    let td = Td::from_total(total_of(vm, &vals)?)?;
    Ok(td_instance(cls, td))
}

// ----- attributes, text, hashing, pickling -----

fn get_days(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(std::slice::from_ref(v), "days")?.days.into()))
}
fn get_seconds(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(std::slice::from_ref(v), "seconds")?.secs.into()))
}
fn get_microseconds(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(std::slice::from_ref(v), "microseconds")?.us.into()))
}
/// `_t`: total microseconds (used by the Python classes of `datetime`).
fn get_total(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int_value(vm, this(std::slice::from_ref(v), "_t")?.total()))
}

fn total_seconds(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(args.pos(), "total_seconds")?.total();
    if t.abs() < (1i128 << 53) {
        return Ok(Value::float(t as f64 / 1e6));
    }
    // Beyond 2**53 the int true division rounds correctly; f64 would not.
    let a = int_value(vm, t);
    let b = vm.int(US_PER_SEC);
    vm.binary_op(&a, &b, crate::bytecode::BinaryOp::TrueDivide, false)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let td = this(p, "__repr__")?;
    let mut parts = Vec::new();
    if td.days != 0 {
        parts.push(format!("days={}", td.days));
    }
    if td.secs != 0 {
        parts.push(format!("seconds={}", td.secs));
    }
    if td.us != 0 {
        parts.push(format!("microseconds={}", td.us));
    }
    let body = if parts.is_empty() { "0".to_string() } else { parts.join(", ") };
    Ok(vm.str(format!("{}({})", vm.qualified_type_name(&p[0]), body)))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let td = this(args.pos(), "__str__")?;
    Ok(vm.str(super::format::td_str(td.days.into(), td.secs.into(), td.us.into())))
}

/// CPython's timedelta hash: the hash of the tuple `(days, seconds,
/// microseconds)` (xxHash-based tuple hash over the ints' hashes).
pub(crate) fn td_hash(td: Td) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for x in [td.days, td.secs, td.us] {
        let lane = crate::object::hashing::hash_i64(x.into()) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1);
    }
    acc = acc.wrapping_add(3 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.int(td_hash(this(args.pos(), "__hash__")?)))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.bool(this(args.pos(), "__bool__")?.total() != 0))
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let td = this(p, "__reduce__")?;
    let fields = vm.tuple(vec![vm.int(td.days.into()), vm.int(td.secs.into()), vm.int(td.us.into())]);
    let ty = vm.type_of(&p[0]);
    Ok(vm.tuple(vec![ty, fields]))
}

// ----- comparisons -----

fn compare(vm: &mut Vm, args: Args, op: fn(i128, i128) -> bool) -> PyResult<Value> {
    let p = args.pos();
    let a = this(p, "__eq__")?;
    match td_of(other(p)?) {
        Some(b) => Ok(vm.bool(op(a.total(), b.total()))),
        None => Ok(t().not_implemented.clone()),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a == b)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a != b)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a < b)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a <= b)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a > b)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, |a, b| a >= b)
}

// ----- arithmetic -----

fn not_impl() -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

/// `(self, other)` totals when both are timedeltas.
fn pair(p: &[Value], what: &str) -> PyResult<Option<(i128, i128)>> {
    let a = this(p, what)?;
    Ok(td_of(other(p)?).map(|b| (a.total(), b.total())))
}

fn add(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__add__")? {
        Some((a, b)) => td_value(a + b),
        None => not_impl(),
    }
}
fn sub(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__sub__")? {
        Some((a, b)) => td_value(a - b),
        None => not_impl(),
    }
}
fn rsub(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__rsub__")? {
        Some((a, b)) => td_value(b - a),
        None => not_impl(),
    }
}
fn neg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    td_value(-this(args.pos(), "__neg__")?.total())
}
fn pos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_td(this(args.pos(), "__pos__")?))
}
fn abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    td_value(this(args.pos(), "__abs__")?.total().abs())
}

/// `a / b` of ints rounded half to even (`b` nonzero).
fn round_div(a: &BigInt, b: &BigInt) -> BigInt {
    let (a, b) = if b.is_negative() { (-a, -b) } else { (a.clone(), b.clone()) };
    let (mut q, r) = a.div_mod_floor(&b);
    let twice: BigInt = r * 2;
    if twice > b || (twice == b && q.is_odd()) {
        q += 1;
    }
    q
}

/// `round_div` on 128-bit ints (`b` nonzero, no overflow for our ranges).
fn round_div_i128(a: i128, b: i128) -> i128 {
    let (a, b) = if b < 0 { (-a, -b) } else { (a, b) };
    let (mut q, r) = (a.div_euclid(b), a.rem_euclid(b));
    if 2 * r > b || (2 * r == b && q.rem_euclid(2) == 1) {
        q += 1;
    }
    q
}

/// A float's exact ratio (CPython's `as_integer_ratio` errors).
fn ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let m = if f < 0.0 { -BigInt::from(mant) } else { BigInt::from(mant) };
    if e >= 0 {
        Ok((m << (e as usize), BigInt::from(1)))
    } else {
        Ok((m, BigInt::from(1) << ((-e) as usize)))
    }
}

/// The value of an int operand (not bool-specific: bools are ints).
fn int_operand(v: &Value) -> Option<BigInt> {
    match int_of(v)? {
        Some(i) => Some(BigInt::from(i)),
        None => crate::builtins::as_bigint(v),
    }
}

fn is_float(v: &Value) -> Option<f64> {
    if v.as_float().is_some() || v.downcast::<crate::object::FloatData>().is_some() {
        crate::builtins::as_f64(v)
    } else {
        None
    }
}

fn mul(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = this(p, "__mul__")?.total();
    let o = other(p)?;
    if let Some(n) = int_of(o) {
        return match n.and_then(|n| n.checked_mul(a)) {
            Some(t) => td_value(t),
            None => match crate::builtins::as_bigint(o) {
                Some(b) if a == 0 || b.is_zero() => td_value(0),
                _ => Err(overflow_error(C_INT)),
            },
        };
    }
    if let Some(f) = is_float(o) {
        let (num, den) = ratio(f)?;
        return Ok(new_td(Td::from_big(&round_div(&(BigInt::from(a) * num), &den))?));
    }
    not_impl()
}

fn truediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = this(p, "__truediv__")?.total();
    let o = other(p)?;
    if let Some(b) = td_of(o) {
        let b = b.total();
        if b == 0 {
            return Err(zero_division_error("division by zero"));
        }
        let lim = 1i128 << 53;
        if a.abs() < lim && b.abs() < lim {
            return Ok(Value::float(a as f64 / b as f64));
        }
        let (x, y) = (int_value(vm, a), int_value(vm, b));
        return vm.binary_op(&x, &y, crate::bytecode::BinaryOp::TrueDivide, false);
    }
    if let Some(n) = int_of(o) {
        return match n {
            Some(0) => Err(zero_division_error("integer division or modulo by zero")),
            Some(n) => td_value(round_div_i128(a, n)),
            None => {
                let b = int_operand(o).unwrap_or_default();
                Ok(new_td(Td::from_big(&round_div(&BigInt::from(a), &b))?))
            }
        };
    }
    if let Some(f) = is_float(o) {
        let (num, den) = ratio(f)?;
        if num.is_zero() {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        return Ok(new_td(Td::from_big(&round_div(&(BigInt::from(a) * den), &num))?));
    }
    not_impl()
}

/// Floor division and modulo of 128-bit ints (`b` nonzero).
fn floor_divmod(a: i128, b: i128) -> (i128, i128) {
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

fn floordiv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = this(p, "__floordiv__")?.total();
    let o = other(p)?;
    if let Some(b) = td_of(o) {
        let b = b.total();
        if b == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        return Ok(int_value(vm, floor_divmod(a, b).0));
    }
    if let Some(n) = int_of(o) {
        return match n {
            Some(0) => Err(zero_division_error("integer division or modulo by zero")),
            Some(n) => td_value(floor_divmod(a, n).0),
            None => {
                let b = int_operand(o).unwrap_or_default();
                Ok(new_td(Td::from_big(&BigInt::from(a).div_floor(&b))?))
            }
        };
    }
    not_impl()
}

/// `(a, b)` totals for `%`/`divmod`, with the zero check.
fn td_pair_nonzero(a: i128, b: i128, reflected: bool) -> PyResult<(i128, i128)> {
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    if b == 0 {
        return Err(zero_division_error(if reflected { "integer division or modulo by zero" } else { "integer modulo by zero" }));
    }
    Ok((a, b))
}

fn modulo(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__mod__")? {
        Some((a, b)) => {
            let (a, b) = td_pair_nonzero(a, b, false)?;
            td_value(floor_divmod(a, b).1)
        }
        None => not_impl(),
    }
}

fn rmod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__rmod__")? {
        Some((a, b)) => {
            let (x, y) = (b, a);
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            td_value(floor_divmod(x, y).1)
        }
        None => not_impl(),
    }
}

fn divmod_of(vm: &mut Vm, a: i128, b: i128) -> PyResult<Value> {
    if b == 0 {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    let (q, r) = floor_divmod(a, b);
    let rem = td_value(r)?;
    Ok(vm.tuple(vec![int_value(vm, q), rem]))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__divmod__")? {
        Some((a, b)) => divmod_of(vm, a, b),
        None => not_impl(),
    }
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__rdivmod__")? {
        Some((a, b)) => divmod_of(vm, b, a),
        None => not_impl(),
    }
}

fn rfloordiv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pair(args.pos(), "__rfloordiv__")? {
        Some((a, b)) => {
            let (x, y) = td_pair_nonzero(a, b, true)?;
            Ok(int_value(vm, floor_divmod(x, y).0))
        }
        None => not_impl(),
    }
}

fn rtruediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    match pair(p, "__rtruediv__")? {
        Some(_) => truediv(vm, Args::positional(&[p[1].clone(), p[0].clone()])),
        None => not_impl(),
    }
}

fn install(ty: &Value) {
    use BuiltinKind::{Method, StaticMethod};
    add_method(ty, "__new__", td_new, StaticMethod);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr),
        ("__str__", str_),
        ("__hash__", hash),
        ("__bool__", bool_),
        ("__reduce__", reduce),
        ("total_seconds", total_seconds),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__radd__", add),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmod),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    add_getset(ty, "days", get_days, None);
    add_getset(ty, "seconds", get_seconds, None);
    add_getset(ty, "microseconds", get_microseconds, None);
    add_getset(ty, "_t", get_total, None);
    let mk = |days, secs, us| alloc(ty, StateData::new(Td { days, secs, us }), None);
    set_type_attr(ty, "min", mk(-999_999_999, 0, 0));
    set_type_attr(ty, "max", mk(999_999_999, 86_399, 999_999));
    set_type_attr(ty, "resolution", mk(0, 0, 1));
    let doc = crate::object::str::intern("Difference between two datetime values.");
    set_type_attr(ty, "__doc__", doc);
}
