//! `str`: construction, the dunder methods (indexing, concatenation,
//! comparison, hashing, iteration, repr) and shared helpers (argument
//! extraction, slice index arithmetic) used by the other str/bytes files.

use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::object::bodies::{IntData, SliceData, StrData, BytesData, ByteArrayData};
use crate::object::exception::{index_error, type_error};
use crate::object::header::{alloc, InstanceExt};
use crate::object::iter::IterState;
use crate::object::registry::{add_method, t};
use crate::object::typeobj::TypeData;
use crate::object::{Args, BuiltinKind, Value};
use crate::vm::Vm;

use super::strformat;

/// The `StrData` of argument 0 (`self`), with CPython's descriptor error.
pub fn self_str<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a StrData> {
    match args.pos().first() {
        Some(v) => v.downcast::<StrData>().ok_or_else(|| {
            type_error(format!("descriptor '{}' for 'str' objects doesn't apply to a '{}' object", name, vm.type_name(v)))
        }),
        None => Err(type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

/// Allocates an instance of `cls` (the builtin type or a subclass) with body `data`.
pub fn alloc_instance<T: crate::object::header::ObjData>(cls: &Value, data: T, builtin: &Value) -> Value {
    if cls.is(builtin) {
        return alloc(cls, data, None);
    }
    let nslots = cls.downcast::<TypeData>().map(|t| t.slot_names.borrow().len()).unwrap_or(0);
    alloc(cls, data, Some(InstanceExt::new(nslots)))
}

/// An int value as i64 if it is one (small int, big int or bool); `Err(())`
/// inside means "an int but too big".
pub fn int_value(v: &Value) -> Option<Option<i64>> {
    if let Some(i) = v.as_small_int() {
        return Some(Some(i));
    }
    v.downcast::<IntData>().map(|d| d.0.to_i64())
}

/// `operator.index(v)` clamped to i64 (big values saturate), or `None` if
/// `v` has no `__index__`.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    if let Some(d) = v.downcast::<IntData>() {
        return Ok(Some(d.0.to_i64().unwrap_or(if d.0.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })));
    }
    if v.as_float().is_some() {
        return Ok(None);
    }
    match vm.lookup_special(v, "__index__") {
        Some(m) => {
            let r = vm.call(&m, &[])?;
            match int_value(&r) {
                Some(x) => Ok(Some(x.unwrap_or(i64::MAX))),
                None => Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
            }
        }
        None => Ok(None),
    }
}

/// An integer argument (via `__index__`) with the message CPython uses for
/// a non-integer: `'float' object cannot be interpreted as an integer`.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_clamped(vm, v)? {
        Some(i) => Ok(i),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// An optional slice-style index argument (`None` allowed).
pub fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match index_clamped(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// `slice.indices(len)`: (start, stop, step, slicelength).
pub fn slice_indices(vm: &mut Vm, sl: &SliceData, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = opt_index(vm, Some(&sl.step))?.unwrap_or(1);
    if step == 0 {
        return Err(crate::object::exception::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let start = opt_index(vm, Some(&sl.start))?;
    let stop = opt_index(vm, Some(&sl.stop))?;
    let adj = |x: Option<i64>, dflt: i64, lo: i64, hi: i64| -> i64 {
        match x {
            None => dflt,
            Some(mut i) => {
                if i < 0 {
                    i = i.saturating_add(len);
                    if i < 0 {
                        i = lo;
                    }
                } else if i >= len {
                    i = hi;
                }
                i
            }
        }
    };
    let (start, stop) = if step > 0 {
        (adj(start, 0, 0, len), adj(stop, len, 0, len))
    } else {
        (adj(start, len - 1, -1, len - 1), adj(stop, -1, -1, len - 1))
    };
    let n = if step > 0 {
        if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// Normalizes `start`/`end` arguments (slice semantics) against `len`.
pub fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let s = match start { Some(i) if i < 0 => (i + len).max(0), Some(i) => i, None => 0 };
    let e = end.map(fix).unwrap_or(len);
    (s, e)
}

/// Byte offset of char index `ci` in `s` (clamped to the end).
pub fn byte_offset(d: &StrData, ci: usize) -> usize {
    if d.is_ascii() {
        return ci.min(d.s.len());
    }
    d.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(d.s.len())
}

/// Char index of byte offset `b` in `s`.
pub fn char_index(d: &StrData, b: usize) -> usize {
    if d.is_ascii() { b } else { d.s[..b].chars().count() }
}

/// A new str, interned for single chars would be nice; plain for now.
pub fn new_s(vm: &Vm, s: String) -> Value {
    vm.str(s)
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("str").bind(&["cls", "object", "encoding", "errors"], 1)?;
    let cls = p[0].clone().unwrap_or_else(|| t().str_.clone());
    let s: Value = match (&p[1], &p[2], &p[3]) {
        (None, None, None) => vm.str(""),
        (Some(o), None, None) => vm.to_str(o)?,
        (o, enc, errs) => {
            let enc_s = match enc {
                Some(e) => crate::object::str::as_str(e).map(str::to_string).ok_or_else(|| {
                    type_error(format!("str() argument 'encoding' must be str, not {}", vm.type_name(e)))
                })?,
                None => "utf-8".to_string(),
            };
            let errs_s = errs.as_ref().and_then(|e| crate::object::str::as_str(e).map(str::to_string)).unwrap_or_else(|| "strict".into());
            let o = match o { Some(o) => o.clone(), None => vm.bytes(vec![]) };
            let data: Vec<u8> = if let Some(b) = o.downcast::<BytesData>() {
                b.0.to_vec()
            } else if let Some(b) = o.downcast::<ByteArrayData>() {
                b.0.borrow().clone()
            } else if o.downcast::<StrData>().is_some() {
                return Err(type_error("decoding str is not supported"));
            } else {
                return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&o))));
            };
            {
                let s = super::bytes::decode(vm, &data, &enc_s, &errs_s)?;
                vm.str(s)
            }
        }
    };
    if cls.is(&t().str_) {
        return Ok(s);
    }
    if s.downcast::<StrData>().is_none() {
        return Err(type_error("str() returned non-str"));
    }
    let text = s.downcast::<StrData>().map(|d| d.s.clone()).unwrap_or_default();
    Ok(alloc_instance(&cls, StrData::new(text), &t().str_))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__len__")?;
    Ok(vm.int(d.char_len as i64))
}

/// `s[i]` / `s[a:b:c]` for a str body.
pub fn str_getitem_impl(vm: &mut Vm, d: &StrData, key: &Value) -> PyResult<Value> {
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = slice_indices(vm, sl, d.char_len)?;
        if d.is_ascii() {
            let b = d.s.as_bytes();
            if step == 1 {
                return Ok(vm.str(&d.s[start as usize..start as usize + n]));
            }
            let out: Vec<u8> = (0..n).map(|k| b[(start + k as i64 * step) as usize]).collect();
            return Ok(vm.str(String::from_utf8(out).expect("ASCII bytes are UTF-8")));
        }
        if step == 1 {
            // Byte offsets of the first and one-past-last code points.
            let mut offs = d.s.char_indices().map(|(i, _)| i).chain(std::iter::once(d.s.len())).skip(start as usize);
            let lo = offs.next().unwrap_or(d.s.len());
            let hi = if n == 0 { lo } else { offs.nth(n - 1).unwrap_or(d.s.len()) };
            return Ok(vm.str(&d.s[lo..hi]));
        }
        let chars: Vec<char> = d.s.chars().collect();
        let out: String = (0..n).map(|k| chars[(start + k as i64 * step) as usize]).collect();
        return Ok(vm.str(out));
    }
    let i = match index_clamped(vm, key)? {
        Some(i) => i,
        None => return Err(type_error(format!("string indices must be integers, not '{}'", vm.type_name(key)))),
    };
    let len = d.char_len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("string index out of range"));
    }
    let j = j as usize;
    if d.is_ascii() {
        return Ok(vm.str(&d.s[j..j + 1]));
    }
    let c = d.s.chars().nth(j).unwrap_or('\0');
    Ok(vm.str(c.to_string()))
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__getitem__")?;
    let p = args.parser("__getitem__").positional(2, 2)?;
    str_getitem_impl(vm, d, &p[1])
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__contains__")?;
    let p = args.parser("__contains__").positional(2, 2)?;
    match p[1].downcast::<StrData>() {
        Some(o) => Ok(vm.bool(d.s.contains(&*o.s))),
        None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", vm.type_name(&p[1])))),
    }
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__add__")?;
    let p = args.parser("__add__").positional(2, 2)?;
    match p[1].downcast::<StrData>() {
        Some(o) => {
            let mut s = String::with_capacity(d.s.len() + o.s.len());
            s.push_str(&d.s);
            s.push_str(&o.s);
            Ok(vm.str(s))
        }
        None => Ok(t().not_implemented.clone()),
    }
}

/// `s * n` (n <= 0 gives '').
pub fn repeat_str(vm: &mut Vm, s: &str, n: &Value) -> PyResult<Value> {
    let n = match index_clamped(vm, n)? {
        Some(n) => n,
        None => return Ok(t().not_implemented.clone()),
    };
    if n <= 0 || s.is_empty() {
        return Ok(vm.str(""));
    }
    if (s.len() as u128) * (n as u128) > (isize::MAX as u128) / 4 {
        return Err(crate::object::exception::overflow_error("repeated string is too long"));
    }
    Ok(vm.str(s.repeat(n as usize)))
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__mul__")?;
    let p = args.parser("__mul__").positional(2, 2)?;
    repeat_str(vm, &d.s, &p[1])
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__mod__")?;
    let p = args.parser("__mod__").positional(2, 2)?;
    strformat::percent_format(vm, &d.s, &p[1])
}

fn str_rmod(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

macro_rules! cmp_fn {
    ($name:ident, $py:literal, $op:tt) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let d = self_str(vm, &args, $py)?;
            let p = args.parser($py).positional(2, 2)?;
            match p[1].downcast::<StrData>() {
                Some(o) => Ok(vm.bool(*d.s $op *o.s)),
                None => Ok(t().not_implemented.clone()),
            }
        }
    };
}
cmp_fn!(str_eq, "__eq__", ==);
cmp_fn!(str_ne, "__ne__", !=);
cmp_fn!(str_lt, "__lt__", <);
cmp_fn!(str_le, "__le__", <=);
cmp_fn!(str_gt, "__gt__", >);
cmp_fn!(str_ge, "__ge__", >=);

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__hash__")?;
    Ok(vm.int(crate::object::hashing::str_hash_cached(d)))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_str(vm, &args, "__iter__")?;
    let s = args.pos()[0].clone();
    Ok(vm.iterator("str_ascii_iterator", IterState::Str { s, byte_pos: 0 }))
}

fn str_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__repr__")?;
    Ok(vm.str(strformat::str_repr(&d.s)))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__str__")?;
    let v = &args.pos()[0];
    if vm.type_of(v).is(&t().str_) {
        return Ok(v.clone());
    }
    Ok(vm.str(d.s.clone()))
}

fn str_format_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__format__")?;
    let p = args.parser("__format__").positional(2, 2)?;
    let spec = match p[1].downcast::<StrData>() {
        Some(s) => s.s.clone(),
        None => return Err(type_error(format!("__format__() argument must be str, not {}", vm.type_name(&p[1])))),
    };
    // A subclass formatted with neither width nor precision gives its
    // `str()` (which it may override), as in CPython.
    if !crate::vm::iterate::is_exact(&args.pos()[0], &crate::object::t().str_) {
        let f = crate::numfmt::format_spec::parse_format_spec(&spec, "str").map_err(strformat::num_err)?;
        if f.width.is_none() && f.precision.is_none() {
            return vm.to_str(&args.pos()[0]);
        }
    }
    strformat::format_str_value(vm, &d.s, &spec)
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "__getnewargs__")?;
    let s = vm.str(d.s.clone());
    Ok(vm.tuple(vec![s]))
}

/// Registers the str dunder methods and the named methods.
pub fn install() {
    let ty = &t().str_;
    use BuiltinKind::Method as M;
    add_method(ty, "__new__", str_new, BuiltinKind::StaticMethod);
    add_method(ty, "__len__", str_len, M);
    add_method(ty, "__getitem__", str_getitem, M);
    add_method(ty, "__contains__", str_contains, M);
    add_method(ty, "__add__", str_add, M);
    add_method(ty, "__mul__", str_mul, M);
    add_method(ty, "__rmul__", str_mul, M);
    add_method(ty, "__mod__", str_mod, M);
    add_method(ty, "__rmod__", str_rmod, M);
    add_method(ty, "__eq__", str_eq, M);
    add_method(ty, "__ne__", str_ne, M);
    add_method(ty, "__lt__", str_lt, M);
    add_method(ty, "__le__", str_le, M);
    add_method(ty, "__gt__", str_gt, M);
    add_method(ty, "__ge__", str_ge, M);
    add_method(ty, "__hash__", str_hash, M);
    add_method(ty, "__iter__", str_iter, M);
    add_method(ty, "__repr__", str_repr_m, M);
    add_method(ty, "__str__", str_str, M);
    add_method(ty, "__format__", str_format_m, M);
    add_method(ty, "__getnewargs__", str_getnewargs, M);
    super::str_methods::install(ty);
    super::str_split::install(ty);
    strformat::install(ty);
}

/// CPython's METH_NOARGS (`n == 0`) / METH_O (`n == 1`) argument checks for
/// the method `qualname` (e.g. `str.zfill`); `self` is not counted. Returns
/// the positional arguments including `self`.
pub fn method_arity<'a>(args: &Args<'a>, qualname: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    let p = args.pos();
    let given = p.len().saturating_sub(1);
    if given != n {
        return Err(type_error(if n == 0 {
            format!("{}() takes no arguments ({} given)", qualname, given)
        } else {
            format!("{}() takes exactly one argument ({} given)", qualname, given)
        }));
    }
    Ok(p)
}
