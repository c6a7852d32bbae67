//! Conversions every part of the VM needs: truthiness, `repr`/`str`/`ascii`,
//! `format`, `hash`, `len`, and generic mapping access for namespaces.
//! Exact builtin types take fast paths; everything else goes through the
//! special methods (`__bool__`, `__len__`, `__repr__`, `__hash__`, ...).

use num_traits::Zero;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::hashing::{hash_bigint, hash_f64, hash_i64, str_hash_cached};
use crate::object::str::as_str;
use crate::object::*;

use super::Vm;

/// Hash of a builtin value that needs no Python code (`None` otherwise).
pub fn native_hash(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(hash_i64(i));
    }
    if let Some(f) = v.as_float() {
        return Some(hash_f64(f).unwrap_or(v.raw() as i64 >> 4));
    }
    let h = v.as_header()?;
    if h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        return None;
    }
    match h.type_data().kind {
        Kind::Str => Some(str_hash_cached(h.downcast::<StrData>()?)),
        Kind::Int => Some(hash_bigint(&h.downcast::<IntData>()?.0)),
        Kind::Complex => {
            let c = h.downcast::<ComplexData>()?;
            Some(crate::numfmt::hash_complex(c.re, c.im).unwrap_or(v.raw() as i64 >> 4))
        }
        Kind::Bytes => Some(crate::object::hashing::str_hash(&String::from_utf8_lossy(&h.downcast::<BytesData>()?.0))),
        Kind::Tuple => {
            let items = &h.downcast::<TupleData>()?.0;
            let mut t = crate::object::hashing::TupleHasher::new();
            for it in items.iter() {
                t.add(native_hash(it)?);
            }
            Some(t.finish(items.len()))
        }
        // memoryview hashes its bytes (or refuses) through `__hash__`.
        Kind::Native if matches!(h.downcast::<NativeData>(), Some(NativeData::MemoryView { .. })) => None,
        Kind::Native | Kind::Type | Kind::Function | Kind::Builtin | Kind::Code | Kind::Module => Some((v.raw() >> 4) as i64),
        _ => None,
    }
}

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        let r = t();
        if v.is(&r.true_) {
            return Ok(true);
        }
        if v.is(&r.false_) || v.is(&r.none) {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        let h = v.as_header().expect("heap object");
        let td = h.type_data();
        if !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
            match td.kind {
                Kind::Int => return Ok(!h.downcast::<IntData>().expect("int").0.is_zero()),
                Kind::Str => return Ok(!h.downcast::<StrData>().expect("str").s.is_empty()),
                Kind::List => return Ok(!h.downcast::<ListData>().expect("list").0.borrow().is_empty()),
                Kind::Tuple => return Ok(!h.downcast::<TupleData>().expect("tuple").0.is_empty()),
                Kind::Dict => return Ok(!h.downcast::<DictData>().expect("dict").is_empty()),
                Kind::Set => return Ok(!h.downcast::<SetData>().expect("set").is_empty()),
                Kind::Bytes => return Ok(!h.downcast::<BytesData>().expect("bytes").0.is_empty()),
                Kind::Float => return Ok(h.downcast::<FloatData>().expect("float").0 != 0.0),
                Kind::Function | Kind::Builtin | Kind::Type | Kind::Module | Kind::Method | Kind::Code | Kind::Cell | Kind::Generator => return Ok(true),
                _ => {}
            }
        }
        if let Some(b) = self.lookup_special(v, "__bool__") {
            let r = self.call(&b, &[])?;
            if r.is(&t().true_) {
                return Ok(true);
            }
            if r.is(&t().false_) {
                return Ok(false);
            }
            return Err(type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r))));
        }
        if let Some(l) = self.lookup_special(v, "__len__") {
            let n = self.call(&l, &[])?;
            let n = self.index_to_i64(&n, "")?;
            if n < 0 {
                return Err(crate::object::exception::value_error("__len__() should return >= 0"));
            }
            return Ok(n != 0);
        }
        Ok(true)
    }

    /// `bool(v)` with the common cases inline.
    #[inline(always)]
    pub fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        let r = t();
        if v.is(&r.true_) {
            Ok(true)
        } else if v.is(&r.false_) {
            Ok(false)
        } else {
            self.truthy(v)
        }
    }

    /// An int-like value (int, bool or `__index__`) as i64.
    pub fn index_to_i64(&mut self, v: &Value, _what: &str) -> PyResult<i64> {
        use num_traits::ToPrimitive;
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        if let Some(b) = v.downcast::<IntData>() {
            return b.0.to_i64().ok_or_else(|| crate::object::exception::overflow_error("Python int too large to convert to C ssize_t"));
        }
        if let Some(f) = self.lookup_special(v, "__index__") {
            let r = self.call(&f, &[])?;
            if self.is_int(&r) {
                return self.index_to_i64(&r, _what);
            }
            return Err(type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
        }
        Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v))))
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.str(s))
    }

    /// `repr(v)` as a Rust String.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = t();
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_float() {
            return Ok(crate::numfmt::float_repr(f));
        }
        if v.is(&r.none) {
            return Ok("None".into());
        }
        if v.is(&r.true_) {
            return Ok("True".into());
        }
        if v.is(&r.false_) {
            return Ok("False".into());
        }
        let h = v.as_header().expect("heap object");
        if !h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
            match h.type_data().kind {
                Kind::Int => return crate::types::int::int_to_decimal(&h.downcast::<IntData>().expect("int").0),
                Kind::Str => return Ok(crate::types::strformat::str_repr(&h.downcast::<StrData>().expect("str").s)),
                _ => {}
            }
        }
        let f = self.lookup_special(v, "__repr__").expect("object defines __repr__");
        // Nested reprs recurse through native code: count them like calls.
        if self.depth >= self.recursion_limit {
            return Err(crate::object::exception::recursion_error("maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.depth += 1;
        let out = self.call(&f, &[]);
        self.depth -= 1;
        let out = out?;
        match as_str(&out) {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!("__repr__ returned non-string (type {})", self.type_name(&out)))),
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if v.downcast::<StrData>().is_some() && self.type_of(v).is(&t().str_) {
            return Ok(v.clone());
        }
        if v.is_small_int() || v.is_float() {
            let s = self.repr_string(v)?;
            return Ok(self.str(s));
        }
        let f = self.lookup_special(v, "__str__").expect("object defines __str__");
        let out = self.call(&f, &[])?;
        if as_str(&out).is_none() {
            return Err(type_error(format!("__str__ returned non-string (type {})", self.type_name(&out))));
        }
        Ok(out)
    }

    /// `str(v)` as a Rust String.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = as_str(v) {
            if self.type_of(v).is(&t().str_) {
                return Ok(s.to_string());
            }
        }
        let s = self.to_str(v)?;
        Ok(as_str(&s).expect("to_str returns a str").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 256 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 65536 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(self.str(out))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
        let empty = spec.and_then(as_str).is_none_or(str::is_empty);
        if empty {
            if as_str(v).is_some() && self.type_of(v).is(&t().str_) {
                return Ok(v.clone());
            }
            if v.is_small_int() {
                return self.to_str(v);
            }
        }
        let spec_v = match spec {
            Some(s) => s.clone(),
            None => self.str(""),
        };
        let f = self.lookup_special(v, "__format__").expect("object defines __format__");
        let out = self.call(&f, &[spec_v])?;
        if as_str(&out).is_none() {
            return Err(type_error(format!("__format__ must return a str, not {}", self.type_name(&out))));
        }
        Ok(out)
    }

    /// The type name as CPython's `tp_name` spells it: builtin types defined
    /// by a stdlib module carry the module (`collections.deque`).
    pub fn qualified_type_name(&self, v: &Value) -> String {
        self.tp_name(&self.type_of(v))
    }

    /// Type `ty`'s name as CPython's `tp_name` spells it (see
    /// `qualified_type_name`).
    pub fn tp_name(&self, ty: &Value) -> String {
        let Some(td) = ty.downcast::<TypeData>() else { return self.type_name(ty).to_string() };
        let name = td.name();
        if !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
            let module = td.dict.downcast::<DictData>().and_then(|d| d.get_str("__module__"));
            if let Some(m) = module.as_ref().and_then(as_str).filter(|m| *m != "builtins") {
                return format!("{m}.{name}");
            }
        }
        name.to_string()
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = native_hash(v) {
            return Ok(h);
        }
        let ty = self.type_of(v);
        match self.type_lookup(&ty, "__hash__") {
            Some(f) if !self.is_none(&f) => {
                // Plain functions and method descriptors are called with
                // `v` directly (no bound method built per hash).
                let plain = f.downcast::<FunctionData>().is_some() || f.downcast::<BuiltinData>().is_some_and(|b| b.kind == BuiltinKind::Method && b.self_.is_none());
                let r = if plain {
                    self.call(&f, std::slice::from_ref(v))?
                } else {
                    let f = self.descr_get(f, Some(v), &ty)?;
                    self.call(&f, &[])?
                };
                if let Some(i) = r.as_small_int() {
                    return Ok(if i == -1 { -2 } else { i });
                }
                if let Some(b) = r.downcast::<IntData>() {
                    // CPython keeps a __hash__ result that fits a Py_ssize_t as is
                    // (-1 becomes -2) and reduces only larger ones.
                    return Ok(match num_traits::ToPrimitive::to_i64(&b.0) {
                        Some(-1) => -2,
                        Some(i) => i,
                        None => hash_bigint(&b.0),
                    });
                }
                Err(type_error("__hash__ method should return an integer"))
            }
            _ => Err(type_error(format!("unhashable type: '{}'", self.qualified_type_name(v)))),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match builtin_len(v) {
            Some(n) => Ok(n),
            None => self.len_slow(v),
        }
    }

    /// `len(v)` through `__len__` (`v` not of a builtin sized type).
    fn len_slow(&mut self, v: &Value) -> PyResult<usize> {
        match self.lookup_special(v, "__len__") {
            Some(f) => {
                let r = self.call(&f, &[])?;
                // CPython's `PyNumber_AsSsize_t(r, OverflowError)`.
                let n = match self.index_to_i64(&r, "") {
                    Err(e) if e.exc_type().is(&crate::object::registry::t().named("OverflowError")) => {
                        return Err(crate::object::exception::overflow_error("cannot fit 'int' into an index-sized integer"));
                    }
                    other => other?,
                };
                if n < 0 {
                    return Err(crate::object::exception::value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(type_error(format!("object of type '{}' has no len()", self.type_name(v)))),
        }
    }

    /// `m[key]` for a namespace mapping, `None` if missing.
    pub fn mapping_get(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Some(d) = m.downcast::<DictData>() {
            if self.type_of(m).is(&t().dict) {
                return match d.get_name(key) {
                    Some(v) => Ok(Some(v)),
                    None if as_str(key).is_some() => Ok(None),
                    None => d.get_item(self, key),
                };
            }
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_subtype(&e.exc_type(), &t().named("KeyError")) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `m[key] = v` for a namespace mapping.
    pub fn mapping_set(&mut self, m: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Some(d) = m.downcast::<DictData>() {
            if self.type_of(m).is(&t().dict) {
                if as_str(&key).is_some() {
                    d.set_str(key, v);
                    return Ok(());
                }
                return d.set_item(self, key, v);
            }
        }
        self.setitem(m, key, v)
    }

    /// `del m[key]`; false if it was missing.
    pub fn mapping_del(&mut self, m: &Value, key: &Value) -> PyResult<bool> {
        if let Some(d) = m.downcast::<DictData>() {
            if self.type_of(m).is(&t().dict) {
                return Ok(d.del_item(self, key)?.is_some());
            }
        }
        match self.delitem(m, key) {
            Ok(()) => Ok(true),
            Err(e) if self.is_subtype(&e.exc_type(), &t().named("KeyError")) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The text of a str value, or a placeholder for non-str (for messages).
    pub fn to_string_lossy(&self, v: &Value) -> String {
        as_str(v).map(str::to_string).unwrap_or_else(|| format!("<{}>", self.type_name(v)))
    }
}

/// `len(v)` when `v` is an instance of a builtin sized type (list, tuple,
/// str, dict, set/frozenset, bytes; no subclass, whose `__len__` may be
/// Python code), read from its body; `None` otherwise.
#[inline(always)]
pub fn builtin_len(v: &Value) -> Option<usize> {
    let h = v.as_header()?;
    let td = h.type_data();
    if td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        return None;
    }
    match td.kind {
        Kind::List => Some(h.downcast::<ListData>()?.0.borrow().len()),
        Kind::Tuple => Some(h.downcast::<TupleData>()?.0.len()),
        Kind::Str => Some(h.downcast::<StrData>()?.char_len),
        Kind::Dict => Some(h.downcast::<DictData>()?.len()),
        Kind::Set => Some(h.downcast::<SetData>()?.len()),
        Kind::Bytes => Some(h.downcast::<BytesData>()?.0.len()),
        _ => None,
    }
}
