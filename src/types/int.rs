//! Methods of `int` (and the numeric dunders shared by `bool`): arithmetic
//! dunders delegating to `vm/numeric.rs`, comparisons, `bit_length`,
//! `to_bytes`/`from_bytes`, the getters, and the constructor `int(x, base)`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::error::PyResult;
use crate::numfmt;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::numeric::{as_bigint, as_f64, int_binop, native_unary, num_err};
use crate::vm::Vm;

/// Allocates an instance of `cls` (a builtin type or a subclass) with body `data`.
pub fn alloc_for<T: ObjData>(cls: &Value, data: T) -> Value {
    let ext = cls.downcast::<TypeData>().filter(|td| td.ext_offset != 0).map(|td| InstanceExt::new(td.slot_names.borrow().len()));
    alloc(cls, data, ext)
}

fn self_int(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    args.pos().first().and_then(as_bigint).ok_or_else(|| {
        let got = args.pos().first().map(|v| vm.type_name(v).to_string()).unwrap_or_else(|| "nothing".into());
        type_error(format!("descriptor '{name}' requires a 'int' object but received a '{got}'"))
    })
}

fn arg2<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos() {
        [a, b] => Ok((a, b)),
        p => Err(type_error(format!("expected 1 argument, got {} ({name})", p.len().saturating_sub(1)))),
    }
}

fn binop(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let (a, b, modulus) = super::number_operands(vm, &args)?;
    let (Some(x), Some(y)) = (as_bigint(a), as_bigint(b)) else { return Ok(t().not_implemented.clone()) };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    if let Some(m) = modulus {
        // `pow(x, y, m)` through `int.__pow__(x, y, m)`.
        let Some(m) = as_bigint(m) else { return Ok(t().not_implemented.clone()) };
        return Ok(vm.bigint(numfmt::int_pow_mod(&x, &y, &m).map_err(num_err)?));
    }
    Ok(int_binop(vm, op, &x, &y)?.unwrap_or_else(|| t().not_implemented.clone()))
}

number_ops! {
    add, radd => Add;
    sub, rsub => Subtract;
    mul, rmul => Multiply;
    floordiv, rfloordiv => FloorDivide;
    truediv, rtruediv => TrueDivide;
    modulo, rmodulo => Remainder;
    pow_, rpow => Power;
    lshift, rlshift => LShift;
    rshift, rrshift => RShift;
    and, rand => And;
    or, ror => Or;
    xor, rxor => Xor;
}

/// Rich comparison dunders shared by int, float (numbers compare exactly).
pub fn num_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (a, b) = arg2(&args, "compare")?;
    let (Some(x), Some(y)) = (crate::vm::numeric::to_num(a), crate::vm::numeric::to_num(b)) else {
        return Ok(t().not_implemented.clone());
    };
    // int's own comparisons take ints only, float's ints and floats
    // (`int.__eq__(1, 1.0)` is NotImplemented; `1 == 1.0` asks float).
    use crate::vm::numeric::Num;
    if matches!((&x, &y), (Num::Int(_), Num::Float(_) | Num::Complex(..)) | (_, Num::Complex(..))) {
        return Ok(t().not_implemented.clone());
    }
    match crate::vm::compare::num_cmp(&x, &y) {
        Some(o) => Ok(vm.bool(crate::vm::compare::apply_ord(op, o))),
        None => Ok(t().not_implemented.clone()),
    }
}

macro_rules! cmp_fns {
    ($($name:ident => $op:ident, $d:literal;)*) => {
        $( fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { num_compare(vm, args, CompareOp::$op) } )*
        /// Registers `__lt__` .. `__ge__` on a numeric type.
        pub fn install_compare(ty: &Value) {
            $( add_method(ty, $d, $name, BuiltinKind::Method); )*
        }
    };
}

cmp_fns! {
    lt => Lt, "__lt__";
    le => Le, "__le__";
    eq => Eq, "__eq__";
    ne => Ne, "__ne__";
    gt => Gt, "__gt__";
    ge => Ge, "__ge__";
}

fn unary(vm: &mut Vm, args: Args, d: &str) -> PyResult<Value> {
    let a = args.pos().first().cloned().ok_or_else(|| type_error("missing self"))?;
    // Results of int dunders are exact ints even for subclasses.
    let b = self_int(vm, &args, d)?;
    let plain = vm.bigint(b);
    let _ = a;
    native_unary(vm, &plain, d).map(|r| r.unwrap_or_else(|| t().not_implemented.clone()))
}
fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__")
}
fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__")
}
fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__invert__")
}
fn abs_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__")
}

fn to_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__int__")?;
    Ok(vm.bigint(b))
}
fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__float__")?;
    Ok(Value::float(crate::vm::numeric::big_to_f64(&b)?))
}
fn to_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__bool__")?;
    Ok(vm.bool(!b.is_zero()))
}
fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__hash__")?;
    Ok(vm.int(numfmt::hash_bigint(&b)))
}
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if let Some(v) = a.first() {
        if v.is(&t().true_) {
            return Ok(vm.str("True"));
        }
        if v.is(&t().false_) {
            return Ok(vm.str("False"));
        }
    }
    let b = self_int(vm, &args, "__repr__")?;
    let s = int_to_decimal(&b)?;
    Ok(vm.str(s))
}
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, spec) = arg2(&args, "__format__")?;
    let b = self_int(vm, &args, "__format__")?;
    let Some(spec) = as_str(spec) else {
        return Err(type_error(format!("format() argument 2 must be str, not {}", vm.type_name(spec))));
    };
    if spec.is_empty() {
        return vm.to_str(a);
    }
    let f = numfmt::parse_format_spec(spec, "int").map_err(num_err)?;
    if matches!(f.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        let x = crate::vm::numeric::big_to_f64(&b)?;
        return Ok(vm.str(numfmt::format_float(x, &f, "int").map_err(num_err)?));
    }
    if matches!(f.ty, None | Some('d' | 'n')) && b.bits() > 2000 {
        int_to_decimal(&b)?;
    }
    Ok(vm.str(numfmt::format_int(&b, &f, "int").map_err(num_err)?))
}
fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "bit_length")?;
    Ok(vm.int(b.magnitude().bits() as i64))
}
fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "bit_count")?;
    Ok(vm.int(b.magnitude().count_ones() as i64))
}
fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "conjugate")?;
    Ok(vm.bigint(b))
}
fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "as_integer_ratio")?;
    let n = vm.bigint(b);
    let one = vm.int(1);
    Ok(vm.tuple(vec![n, one]))
}
/// `int.__getnewargs__`: `(int(self),)`, an exact int for subclasses and bools.
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__getnewargs__")?;
    let v = vm.bigint(b);
    Ok(vm.tuple(vec![v]))
}

fn round_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_parser("__round__").positional(1, 2)?;
    let b = self_int(vm, &args, "__round__")?;
    let nd = match args.pos().get(1) {
        None => return Ok(vm.bigint(b)),
        Some(n) => crate::vm::ops::index_of(vm, n)?,
    };
    if !nd.is_negative() {
        return Ok(vm.bigint(b));
    }
    let e = (-nd).to_u32().unwrap_or(u32::MAX);
    if e > 100_000 {
        return Ok(vm.int(0));
    }
    let p = num_traits::pow(BigInt::from(10), e as usize);
    use num_integer::Integer;
    let (q, r) = b.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    Ok(vm.bigint(q * p))
}
fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = arg2(&args, "__divmod__")?;
    let (Some(x), Some(y)) = (as_bigint(a), as_bigint(b)) else { return Ok(t().not_implemented.clone()) };
    let (q, r) = numfmt::bigint_divmod(&x, &y).ok_or_else(|| crate::object::exception::zero_division_error("integer division or modulo by zero"))?;
    let (q, r) = (vm.bigint(q), vm.bigint(r));
    Ok(vm.tuple(vec![q, r]))
}
fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = arg2(&args, "__rdivmod__")?;
    let all = [b.clone(), a.clone()];
    divmod(vm, Args::positional(&all))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bigint(as_bigint(v).unwrap_or_default()))
}
fn get_imag(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.int(0))
}
fn get_one(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.int(1))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => match as_str(v) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", vm.type_name(v)))),
        },
    }
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "to_bytes")?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let slots = rest.parser("to_bytes").bind(&["length", "byteorder", "signed"], 0)?;
    let length = match &slots[0] {
        Some(l) => crate::vm::ops::index_of(vm, l)?,
        None => BigInt::from(1),
    };
    if length.is_negative() {
        return Err(value_error("length argument must be non-negative"));
    }
    let length = length.to_usize().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    let big = byteorder_arg(vm, slots[1].as_ref())?;
    let signed = match &slots[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.magnitude().to_bytes_le() };
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        // to_signed_bytes may carry one redundant sign byte only when needed.
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xFF } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.bytes(bytes))
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("from_bytes needs a class"))?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let slots = rest.parser("from_bytes").bind(&["bytes", "byteorder", "signed"], 1)?;
    let src = slots[0].clone().unwrap_or_else(|| vm.none());
    let mut data: Vec<u8> = if let Some(b) = src.downcast::<BytesData>() {
        b.0.to_vec()
    } else if let Some(b) = src.downcast::<ByteArrayData>() {
        b.0.borrow().clone()
    } else {
        if as_str(&src).is_some() || vm.is_int(&src) {
            return Err(type_error(format!("cannot convert '{}' object to bytes", vm.type_name(&src))));
        }
        let items = vm.collect(&src)?;
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            let v = crate::vm::ops::index_of(vm, x)?;
            out.push(v.to_u8().ok_or_else(|| value_error("bytes must be in range(0, 256)"))?);
        }
        out
    };
    let big = byteorder_arg(vm, slots[1].as_ref())?;
    let signed = match &slots[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if big {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(Sign::Plus, &data) };
    let v = vm.bigint(n);
    if cls.is(&t().int) {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}

/// `int(x)` conversion of one value (no base): `__int__`, `__index__`, `__trunc__`, str/bytes parsing.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(x) {
        if !x.as_header().is_some_and(|h| h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE)) {
            return Ok(b);
        }
    }
    if let Some(f) = x.as_float() {
        return numfmt::f64_to_bigint(f).map_err(num_err);
    }
    if let Some(s) = as_str(x) {
        return parse_int_str(vm, s, 10, x);
    }
    if let Some(b) = x.downcast::<BytesData>() {
        let s = String::from_utf8_lossy(&b.0).to_string();
        check_parse_limit(&s, 10)?;
        return numfmt::parse_int(&s, 10).ok_or_else(|| invalid_literal_bytes(&b.0, 10));
    }
    for name in ["__int__", "__index__"] {
        if let Some(m) = vm.lookup_special(x, name) {
            let r = vm.call(&m, &[])?;
            return as_bigint(&r).ok_or_else(|| type_error(format!("{name} returned non-int (type {})", vm.type_name(&r))));
        }
    }
    if let Some(m) = vm.lookup_special(x, "__trunc__") {
        let r = vm.call(&m, &[])?;
        if let Some(b) = as_bigint(&r) {
            return Ok(b);
        }
        if let Some(m2) = vm.lookup_special(&r, "__index__") {
            let r2 = vm.call(&m2, &[])?;
            if let Some(b) = as_bigint(&r2) {
                return Ok(b);
            }
        }
        return Err(type_error(format!("__trunc__ returned non-Integral (type {})", vm.type_name(&r))));
    }
    if let Some(f) = as_f64(x) {
        return numfmt::f64_to_bigint(f).map_err(num_err);
    }
    if let Some(b) = as_bigint(x) {
        return Ok(b);
    }
    Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(x))))
}

fn invalid_literal_bytes(b: &[u8], base: u32) -> crate::error::PyErr {
    let mut r = String::from("b'");
    for &c in b {
        match c {
            b'\'' => r.push_str("\\'"),
            b'\\' => r.push_str("\\\\"),
            b'\n' => r.push_str("\\n"),
            b'\t' => r.push_str("\\t"),
            b'\r' => r.push_str("\\r"),
            32..=126 => r.push(c as char),
            _ => r.push_str(&format!("\\x{c:02x}")),
        }
    }
    r.push('\'');
    value_error(format!("invalid literal for int() with base {base}: {r}"))
}

thread_local! {
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// The current `sys.get_int_max_str_digits()` limit (0: no limit).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)`: `n` must be 0 or >= 640 (else
/// ValueError `maxdigits must be 0 or larger than 640`).
pub fn set_int_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    INT_MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(())
}

/// `str(b)` in base 10, applying the int/str conversion digit limit
/// (ValueError `Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`).
pub fn int_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = int_max_str_digits();
    let too_big = || {
        value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if limit > 0 {
        let bits = b.bits();
        // A number of `bits` bits has at least floor((bits-1)*log10(2))+1 digits.
        if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1 > limit as u64 + 1 {
            return Err(too_big());
        }
    }
    let s = b.to_string();
    let digits = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && digits > limit {
        return Err(too_big());
    }
    Ok(s)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode decimal
/// digits become ASCII digits and Unicode spaces become ' '.
pub(crate) fn unicode_digits_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if crate::numfmt::parse::py_isspace(c) {
                ' '
            } else if let Some(d) = crate::unicode::decimal(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// The int/str digit limit for parsing (`int(s)` with a base that is not a
/// power of two): counts the digits like CPython's `long_from_non_binary_base`.
fn check_parse_limit(s: &str, base: u32) -> PyResult<()> {
    let limit = int_max_str_digits();
    if limit == 0 || base.is_power_of_two() {
        return Ok(());
    }
    let t = s.trim_start_matches(crate::numfmt::parse::py_isspace);
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let mut base = base;
    let mut t = t;
    if base == 0 {
        let b = t.as_bytes();
        if b.len() >= 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            return Ok(());
        }
        base = 10;
    }
    if t.starts_with('_') {
        t = &t[1..];
    }
    let mut digits = 0usize;
    for c in t.chars() {
        match c.to_digit(36) {
            Some(d) if d < base => digits += 1,
            _ if c == '_' => {}
            _ => break,
        }
    }
    if digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn parse_int_str(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<BigInt> {
    let s = unicode_digits_to_ascii(s);
    let s: &str = &s;
    check_parse_limit(s, base)?;
    match numfmt::parse_int(s, base) {
        Some(b) => Ok(b),
        None => Err(invalid_literal_str(vm, orig, base)),
    }
}

/// CPython's "invalid literal for int() with base B: %.200R" (the repr of
/// the string cut to 200 characters); an error of `repr` itself wins.
#[cold]
fn invalid_literal_str(vm: &mut Vm, orig: &Value, base: u32) -> crate::error::PyErr {
    match vm.repr_string(orig) {
        Ok(r) => {
            let r = match r.char_indices().nth(200) {
                Some((cut, _)) => &r[..cut],
                None => &r,
            };
            // Built in one buffer: `format!` costs more than the rest of this error.
            use std::fmt::Write as _;
            let mut msg = String::with_capacity(44 + r.len());
            msg.push_str("invalid literal for int() with base ");
            let _ = write!(msg, "{base}: ");
            msg.push_str(r);
            value_error(msg)
        }
        Err(e) => e,
    }
}

/// What a quick look at `int(s)` (base 10) decides.
enum QuickInt {
    Int(i64),
    Invalid,
    /// Not ASCII, or too many digits: the general parser decides.
    Unknown,
}

/// `int(s)` for an ASCII `s` with at most 18 digits, without big ints:
/// CPython's base-10 grammar (ASCII whitespace around, one sign, digits
/// with single underscores between them; `\x1c`-`\x1f` are not stripped).
fn quick_decimal(s: &str) -> QuickInt {
    if !s.is_ascii() {
        return QuickInt::Unknown;
    }
    let is_ws = |c: &u8| *c == b' ' || (b'\t'..=b'\r').contains(c);
    let b = s.as_bytes();
    let start = b.iter().position(|c| !is_ws(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !is_ws(c)).map_or(start, |i| i + 1);
    let mut body = &b[start..end];
    let neg = body.first() == Some(&b'-');
    if matches!(body.first(), Some(b'+' | b'-')) {
        body = &body[1..];
    }
    let (mut v, mut digits, mut after_digit) = (0i64, 0, false);
    for &c in body {
        match c {
            b'0'..=b'9' => {
                if digits == 18 {
                    return QuickInt::Unknown;
                }
                v = v * 10 + i64::from(c - b'0');
                digits += 1;
                after_digit = true;
            }
            b'_' if after_digit => after_digit = false,
            _ => return QuickInt::Invalid,
        }
    }
    if !after_digit {
        // Empty, a bare sign, or a trailing underscore.
        return QuickInt::Invalid;
    }
    QuickInt::Int(if neg { -v } else { v })
}

/// `int(s)` for an exact str `x` when the class is exactly `int` and the
/// quick look decides; `None` sends it the general way.
fn quick_int_new(vm: &mut Vm, cls: &Value, x: &Value) -> Option<PyResult<Value>> {
    if x.is_small_int() && cls.is(&t().int) {
        return Some(Ok(x.clone()));
    }
    let h = x.as_header()?;
    if h.type_ptr() as u64 == t().int.raw() && cls.is(&t().int) {
        // An exact int is returned itself, as CPython's int() does.
        return Some(Ok(x.clone()));
    }
    if h.type_ptr() as u64 != t().str_.raw() || !cls.is(&t().int) {
        return None;
    }
    match quick_decimal(as_str(x)?) {
        QuickInt::Int(i) => Some(Ok(vm.int(i))),
        QuickInt::Invalid => Some(Err(invalid_literal_str(vm, x, 10))),
        QuickInt::Unknown => None,
    }
}

/// `int.__new__(cls, x=0, base=10)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("int.__new__(): not enough arguments"))?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    if rest.kw("x").is_some() {
        return Err(type_error("'x' is an invalid keyword argument for int()"));
    }
    let p = rest.parser("int").with_kwargs(0, 2, &["base"])?;
    let base = p.get(1).or(rest.kw("base"));
    let value = match (p.first(), base) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => {
            if let Some(r) = quick_int_new(vm, &cls, x) {
                return r;
            }
            int_from_value(vm, x)?
        }
        (Some(x), Some(b)) => {
            let b = crate::vm::ops::index_of(vm, b)?;
            let base = match b.to_u32() {
                Some(v) if v == 0 || (2..=36).contains(&v) => v,
                _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if let Some(s) = as_str(x) {
                parse_int_str(vm, s, base, x)?
            } else if let Some(bd) = x.downcast::<BytesData>() {
                let s = String::from_utf8_lossy(&bd.0).to_string();
                check_parse_limit(&s, base)?;
                numfmt::parse_int(&s, base).ok_or_else(|| invalid_literal_bytes(&bd.0, base))?
            } else if let Some(bd) = x.downcast::<ByteArrayData>() {
                let data = bd.0.borrow().clone();
                let s = String::from_utf8_lossy(&data).to_string();
                check_parse_limit(&s, base)?;
                numfmt::parse_int(&s, base).ok_or_else(|| invalid_literal_bytes(&data, base))?
            } else {
                return Err(type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    if cls.is(&t().int) {
        return Ok(vm.bigint(value));
    }
    if cls.is(&t().bool_) {
        return Ok(vm.bool(!value.is_zero()));
    }
    Ok(alloc_for(&cls, IntData(value)))
}

/// Installs the methods of `int`.
/// `bool.__new__(cls, x=False, /)`: the truth value of `x`.
fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", p.len() - 1)));
    }
    match p.get(1) {
        Some(x) => {
            let b = vm.truthy(x)?;
            Ok(vm.bool(b))
        }
        None => Ok(vm.bool(false)),
    }
}

/// `repr(True)`.
fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos().first().ok_or_else(|| type_error("descriptor '__repr__' of 'bool' object needs an argument"))?;
    Ok(vm.str(if me.is(&t().true_) { "True" } else { "False" }))
}

/// `bool & bool`, `bool | bool`, `bool ^ bool` give a bool; with any other
/// operand the int operation applies.
fn bool_bitop(vm: &mut Vm, args: &Args, name: &str, op: BinaryOp) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1))));
    }
    let is_bool = |v: &Value| v.is(&t().true_) || v.is(&t().false_);
    if is_bool(&p[0]) && is_bool(&p[1]) {
        let (a, b) = (p[0].is(&t().true_), p[1].is(&t().true_));
        let r = match op {
            BinaryOp::And => a & b,
            BinaryOp::Or => a | b,
            _ => a ^ b,
        };
        return Ok(vm.bool(r));
    }
    let f = vm.type_lookup(&t().int, name).ok_or_else(|| type_error("int operation missing"))?;
    vm.call(&f, p)
}
fn bool_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__and__", BinaryOp::And)
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__or__", BinaryOp::Or)
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__xor__", BinaryOp::Xor)
}

/// Installs the int and bool methods.
pub fn install() {
    let r = t();
    let ty = &r.int;
    add_method(&r.bool_, "__new__", bool_new, BuiltinKind::StaticMethod);
    add_method(&r.bool_, "__repr__", bool_repr, BuiltinKind::Method);
    add_method(&r.bool_, "__str__", bool_repr, BuiltinKind::Method);
    for (n, f) in [("__and__", bool_and as NativeFn), ("__rand__", bool_and), ("__or__", bool_or), ("__ror__", bool_or),
        ("__xor__", bool_xor), ("__rxor__", bool_xor)] {
        add_method(&r.bool_, n, f, BuiltinKind::Method);
    }
    install_ops(ty);
    install_compare(ty);
    for (name, f) in [
        ("__neg__", neg as NativeFn),
        ("__pos__", pos),
        ("__invert__", invert),
        ("__abs__", abs_),
        ("__int__", to_int),
        ("__index__", to_int),
        ("__trunc__", to_int),
        ("__floor__", to_int),
        ("__ceil__", to_int),
        ("__float__", to_float),
        ("__bool__", to_bool),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
        ("__round__", round_),
        ("__getnewargs__", getnewargs),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("conjugate", conjugate),
        ("as_integer_ratio", as_integer_ratio),
        ("to_bytes", to_bytes),
    ] {
        add_method(ty, name, f, BuiltinKind::Method);
    }
    add_method(ty, "from_bytes", from_bytes, BuiltinKind::ClassMethod);
    add_method(ty, "__new__", int_new, BuiltinKind::StaticMethod);
    add_getset(ty, "real", get_real, None);
    add_getset(ty, "numerator", get_real, None);
    add_getset(ty, "imag", get_imag, None);
    add_getset(ty, "denominator", get_one, None);
}
