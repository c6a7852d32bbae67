//! Subscripting (`a[i]`, `a[i] = v`, `del a[i]`), membership (`in`),
//! sequence unpacking, the `*`/`**` unpacking helpers of calls and displays,
//! the `match` statement's structural tests, and the slice/index helpers
//! (`index_of`, `slice_indices`) other files use.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;

use super::frame::Frame;
use super::numeric::as_bigint;
use super::Vm;

/// `operator.index(v)`: an int, or the result of `__index__`.
pub fn index_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&m, &[])?;
        return as_bigint(&r).ok_or_else(|| type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r))));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// Clamps a big int to i64 (saturating).
fn clamp_i64(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// `slice.indices(len)` semantics: `(start, stop, step, slicelength)`.
/// Errors: `slice step cannot be zero`, `slice indices must be integers or None or have an __index__ method`.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (start, stop, step) = match slice.downcast::<SliceData>() {
        Some(s) => (s.start.clone(), s.stop.clone(), s.step.clone()),
        None => return Err(type_error("expected a slice")),
    };
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        // Inline ints: no big-int round trip (no allocation).
        if let Some(i) = v.as_small_int() {
            return Ok(Some(i));
        }
        if vm.is_none(v) {
            return Ok(None);
        }
        if as_bigint(v).is_none() && vm.lookup_special(v, "__index__").is_none() {
            return Err(type_error("slice indices must be integers or None or have an __index__ method"));
        }
        Ok(Some(clamp_i64(&index_of(vm, v)?)))
    };
    let step = conv(vm, &step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (start, stop) = (conv(vm, &start)?, conv(vm, &stop)?);
    Ok(slice_bounds(start, stop, step, len))
}

/// The `(start, stop, step, slicelength)` that bounds `start:stop:step`
/// (`None` for an omitted bound, `step` nonzero) select in a sequence of
/// `len` items: `slice.indices` once the bounds are machine ints.
pub fn slice_bounds(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> (i64, i64, i64, usize) {
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// The indices selected by a slice.
fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n as i64).map(move |k| (start + k * step) as usize)
}

/// `items[start::step] = given` for an extended slice (`step != 1`) whose
/// length the caller checked, in one pass. Positions past the end (the list
/// shrank while `__index__` ran) are skipped. Replaced values that own a
/// mortal object come back, to be dropped once the list is released (a
/// finalizer may look at it); inline and immortal ones go at once.
fn assign_stepped(items: &mut [Value], given: impl Iterator<Item = Value>, start: i64, step: i64) -> Vec<Value> {
    let mut removed = Vec::new();
    let mut p = start;
    for x in given {
        if let Some(slot) = usize::try_from(p).ok().and_then(|i| items.get_mut(i)) {
            let old = std::mem::replace(slot, x);
            if old.as_header().is_some_and(|h| !h.is_immortal()) {
                removed.push(old);
            }
        }
        p += step;
    }
    removed
}

/// The items of `items[slice]` (`slice_indices` results, taken before a
/// `__index__` may have shrunk the list: positions past the end are
/// skipped), in one allocation of the final size.
fn slice_items(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let lo = (start as usize).min(items.len());
        let hi = (lo + n).min(items.len());
        return items[lo..hi].to_vec();
    }
    let mut v = Vec::with_capacity(n);
    v.extend(slice_positions(start, step, n).filter_map(|p| items.get(p).cloned()));
    v
}

/// A subscript of a builtin sequence.
enum Key {
    Idx(i64),
    Slice(Value),
}

fn seq_key(vm: &mut Vm, key: &Value, what: &str) -> PyResult<Key> {
    if let Some(i) = key.as_small_int() {
        return Ok(Key::Idx(i));
    }
    if key.downcast::<SliceData>().is_some() {
        return Ok(Key::Slice(key.clone()));
    }
    // Past the index-sized range CPython raises IndexError
    // (`PyNumber_AsSsize_t(key, PyExc_IndexError)`).
    let sized = |b: BigInt| b.to_i64().map(Key::Idx).ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"));
    if let Some(b) = as_bigint(key) {
        return sized(b);
    }
    if vm.lookup_special(key, "__index__").is_some() {
        return sized(index_of(vm, key)?);
    }
    let tn = vm.type_name(key);
    Err(type_error(if what == "string" {
        format!("string indices must be integers, not '{tn}'")
    } else {
        format!("{what} indices must be integers or slices, not {tn}")
    }))
}

/// Normalizes a possibly negative index; `None` if out of range.
fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// Whether `obj`'s type is a builtin whose native layout handles `dunder`
/// (exact builtin, or a subclass that did not override it).
fn native_layout(vm: &Vm, obj: &Value, dunder: &str) -> bool {
    let Some(h) = obj.as_header() else { return true };
    if !h.type_data().has_flag(tflags::HEAPTYPE) {
        return true;
    }
    match vm.type_lookup(&h.type_value(), dunder) {
        None => true,
        Some(f) => f.downcast::<BuiltinData>().is_some(),
    }
}

/// `KeyError(key)`.
pub fn key_error(vm: &mut Vm, key: &Value) -> PyErr {
    // KeyError is a builtin class (its `__new__`/`__init__` cannot be
    // replaced): build the instance directly instead of calling the class.
    let ty = crate::object::exception::key_error_type();
    PyErr::from_object(crate::types::exception::new_exception(vm, &ty, vec![key.clone()]))
}

/// The `(start, stop, step)` of a range as big ints, and its length.
pub fn range_parts(r: &RangeData) -> (BigInt, BigInt, BigInt, BigInt) {
    let start = as_bigint(&r.start).unwrap_or_default();
    let stop = as_bigint(&r.stop).unwrap_or_default();
    let step = as_bigint(&r.step).unwrap_or_else(|| BigInt::from(1));
    let len = if step.is_positive() {
        if start < stop {
            (&stop - &start - 1) / &step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (&start - &stop - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    };
    (start, stop, step, len)
}

fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    crate::types::bytes::bytes_of(v)
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let b = index_of(vm, v)?;
    b.to_u8().ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

impl Vm {
    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if native_layout(self, obj, "__getitem__") {
            if let Some(v) = self.native_getitem(obj, key)? {
                return Ok(v);
            }
        }
        let ty = self.type_of(obj);
        if let Some(f) = self.type_lookup(&ty, "__getitem__") {
            return self.call(&f, &[obj.clone(), key.clone()]);
        }
        if obj.downcast::<TypeData>().is_some() {
            if obj.is(&t().type_) {
                return crate::types::introspect::generic_alias(self, obj, key);
            }
            if let Some(f) = self.getattr_opt(obj, "__class_getitem__")? {
                return self.call(&f, std::slice::from_ref(key));
            }
            let r = t();
            if [&r.list, &r.dict, &r.tuple, &r.set, &r.frozenset, &r.type_].iter().any(|x| x.is(obj)) {
                return Ok(obj.clone());
            }
            let n = obj.downcast::<TypeData>().map(|d| d.name()).unwrap_or_else(|| "?".into());
            return Err(type_error(format!("type '{n}' is not subscriptable")));
        }
        Err(type_error(format!("'{}' object is not subscriptable", self.type_name(obj))))
    }

    fn native_getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(h) = obj.as_header() else { return Ok(None) };
        match h.type_data().kind {
            Kind::List => {
                let k = seq_key(self, key, "list")?;
                let l = obj.downcast::<ListData>().expect("list");
                let items = l.0.borrow();
                Ok(Some(match k {
                    Key::Idx(i) => norm(i, items.len()).map(|j| items[j].clone()).ok_or_else(|| index_error("list index out of range"))?,
                    Key::Slice(s) => {
                        let len = items.len();
                        drop(items);
                        let (st, _, step, n) = slice_indices(self, &s, len)?;
                        let items = l.0.borrow();
                        let v = slice_items(&items, st, step, n);
                        drop(items);
                        self.list(v)
                    }
                }))
            }
            Kind::Tuple => {
                let k = seq_key(self, key, "tuple")?;
                let tup = obj.downcast::<TupleData>().expect("tuple");
                Ok(Some(match k {
                    Key::Idx(i) => norm(i, tup.0.len()).map(|j| tup.0[j].clone()).ok_or_else(|| index_error("tuple index out of range"))?,
                    Key::Slice(s) => {
                        let (st, _, step, n) = slice_indices(self, &s, tup.0.len())?;
                        if st == 0 && step == 1 && n == tup.0.len() && !h.type_data().has_flag(tflags::HEAPTYPE) {
                            return Ok(Some(obj.clone()));
                        }
                        self.tuple(slice_positions(st, step, n).map(|p| tup.0[p].clone()).collect())
                    }
                }))
            }
            Kind::Str => {
                let k = seq_key(self, key, "string")?;
                let sd = obj.downcast::<StrData>().expect("str");
                Ok(Some(match k {
                    Key::Idx(i) => {
                        let j = norm(i, sd.char_len).ok_or_else(|| index_error("string index out of range"))?;
                        let c = if sd.is_ascii() { sd.s.as_bytes()[j] as char } else { sd.s.chars().nth(j).unwrap_or(' ') };
                        self.str(c.to_string())
                    }
                    Key::Slice(s) => {
                        let (st, _, step, n) = slice_indices(self, &s, sd.char_len)?;
                        if sd.is_ascii() {
                            let b = sd.s.as_bytes();
                            let out: String = slice_positions(st, step, n).map(|p| b[p] as char).collect();
                            self.str(out)
                        } else {
                            let chars: Vec<char> = sd.s.chars().collect();
                            let out: String = slice_positions(st, step, n).map(|p| chars[p]).collect();
                            self.str(out)
                        }
                    }
                }))
            }
            Kind::Bytes | Kind::ByteArray => {
                let is_bytes = h.type_data().kind == Kind::Bytes;
                let k = seq_key(self, key, if is_bytes { "byte" } else { "bytearray" })?;
                // In place: copying the whole buffer per index made indexing O(len).
                let with_data = |f: &mut dyn FnMut(&[u8])| {
                    if let Some(b) = obj.downcast::<BytesData>() {
                        f(&b.0)
                    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
                        f(&b.0.borrow())
                    }
                };
                let mut len = 0;
                with_data(&mut |d| len = d.len());
                Ok(Some(match k {
                    Key::Idx(i) => {
                        let j = norm(i, len).ok_or_else(|| index_error(if is_bytes { "index out of range" } else { "bytearray index out of range" }))?;
                        let mut byte = 0u8;
                        with_data(&mut |d| byte = d.get(j).copied().unwrap_or(0));
                        self.int(byte as i64)
                    }
                    Key::Slice(s) => {
                        let (st, _, step, n) = slice_indices(self, &s, len)?;
                        let mut v: Vec<u8> = Vec::with_capacity(n);
                        with_data(&mut |d| v.extend(slice_positions(st, step, n).filter_map(|p| d.get(p).copied())));
                        if is_bytes {
                            self.bytes(v)
                        } else {
                            alloc(&t().bytearray, ByteArrayData(RefCell::new(v)), None)
                        }
                    }
                }))
            }
            Kind::Range => Ok(Some(crate::types::range::range_getitem(self, obj, key)?)),
            Kind::Dict => {
                let d = obj.downcast::<DictData>().expect("dict");
                if let Some(v) = d.get_item(self, key)? {
                    return Ok(Some(v));
                }
                // Subclasses (user classes and native ones such as
                // collections.defaultdict) may define __missing__.
                if !std::ptr::eq(h.type_ptr(), t().dict.as_header().map_or(std::ptr::null(), |d| d as *const _)) {
                    if let Some(m) = self.lookup_special(obj, "__missing__") {
                        return self.call(&m, std::slice::from_ref(key)).map(Some);
                    }
                }
                Err(key_error(self, key))
            }
            _ => Ok(None),
        }
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if native_layout(self, obj, "__setitem__") && self.native_setitem(obj, &key, Some(v.clone()))? {
            return Ok(());
        }
        let ty = self.type_of(obj);
        if let Some(f) = self.type_lookup(&ty, "__setitem__") {
            self.call(&f, &[obj.clone(), key, v])?;
            return Ok(());
        }
        Err(type_error(format!("'{}' object does not support item assignment", self.type_name(obj))))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if native_layout(self, obj, "__delitem__") && self.native_setitem(obj, key, None)? {
            return Ok(());
        }
        let ty = self.type_of(obj);
        if let Some(f) = self.type_lookup(&ty, "__delitem__") {
            self.call(&f, &[obj.clone(), key.clone()])?;
            return Ok(());
        }
        Err(type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))))
    }

    /// Native store (`Some(v)`) or delete (`None`); false if not a native container.
    fn native_setitem(&mut self, obj: &Value, key: &Value, v: Option<Value>) -> PyResult<bool> {
        let Some(h) = obj.as_header() else { return Ok(false) };
        match h.type_data().kind {
            Kind::List => {
                let k = seq_key(self, key, "list")?;
                let l = obj.downcast::<ListData>().expect("list");
                match (k, v) {
                    (Key::Idx(i), Some(v)) => {
                        let old = {
                            let mut items = l.0.borrow_mut();
                            let j = norm(i, items.len()).ok_or_else(|| index_error("list assignment index out of range"))?;
                            std::mem::replace(&mut items[j], v)
                        };
                        drop(old);
                    }
                    (Key::Idx(i), None) => {
                        let old = {
                            let mut items = l.0.borrow_mut();
                            let j = norm(i, items.len()).ok_or_else(|| index_error("list assignment index out of range"))?;
                            items.remove(j)
                        };
                        drop(old);
                    }
                    (Key::Slice(s), v) => {
                        // An exact list other than the target is read in
                        // place (no copy of it), any other value collected.
                        let (src, new) = match v {
                            Some(v) if crate::vm::iterate::is_exact(&v, &t().list) && !v.is(obj) => (Some(v), None),
                            Some(v) => (None, Some(self.collect(&v)?)),
                            None => (None, None),
                        };
                        let len = l.0.borrow().len();
                        let (st, stop, step, n) = slice_indices(self, &s, len)?;
                        let removed: Vec<Value>;
                        {
                            let mut items = l.0.borrow_mut();
                            let len = items.len();
                            let src_items = src.as_ref().and_then(|v| v.downcast::<ListData>()).map(|d| d.0.borrow());
                            if step == 1 {
                                let a = (st.max(0) as usize).min(len);
                                let b = (stop.max(st).max(0) as usize).min(len);
                                removed = match (&src_items, new) {
                                    (Some(si), _) => items.splice(a..b, si.iter().cloned()).collect(),
                                    (None, Some(nv)) => items.splice(a..b, nv).collect(),
                                    (None, None) => items.drain(a..b).collect(),
                                };
                            } else {
                                let glen = src_items.as_ref().map(|si| si.len()).or(new.as_ref().map(Vec::len));
                                match glen {
                                    Some(glen) if glen != n => {
                                        return Err(value_error(format!("attempt to assign sequence of size {glen} to extended slice of size {n}")));
                                    }
                                    Some(_) => {
                                        removed = match (&src_items, new) {
                                            (Some(si), _) => assign_stepped(&mut items, si.iter().cloned(), st, step),
                                            (_, nv) => assign_stepped(&mut items, nv.into_iter().flatten(), st, step),
                                        };
                                    }
                                    None => {
                                        let mut pos: Vec<usize> = slice_positions(st, step, n).collect();
                                        pos.sort_unstable();
                                        let mut r = Vec::with_capacity(n);
                                        for p in pos.into_iter().rev() {
                                            if p < items.len() {
                                                r.push(items.remove(p));
                                            }
                                        }
                                        removed = r;
                                    }
                                }
                            }
                        }
                        drop(removed);
                    }
                }
                Ok(true)
            }
            Kind::Dict => {
                let d = obj.downcast::<DictData>().expect("dict");
                match v {
                    Some(v) => d.set_item(self, key.clone(), v)?,
                    None => {
                        if d.del_item(self, key)?.is_none() {
                            return Err(key_error(self, key));
                        }
                    }
                }
                Ok(true)
            }
            Kind::ByteArray => {
                let k = seq_key(self, key, "bytearray")?;
                let ba = obj.downcast::<ByteArrayData>().expect("bytearray");
                match (k, v) {
                    (Key::Idx(i), v) => {
                        let b = match &v {
                            Some(v) => Some(byte_value(self, v)?),
                            None => None,
                        };
                        let mut data = ba.0.borrow_mut();
                        let j = norm(i, data.len()).ok_or_else(|| index_error("bytearray index out of range"))?;
                        match b {
                            Some(b) => data[j] = b,
                            None => {
                                data.remove(j);
                            }
                        }
                    }
                    (Key::Slice(s), v) => {
                        let new = match &v {
                            None => None,
                            Some(v) => match bytes_like(v) {
                                Some(b) => Some(b),
                                None => {
                                    if self.is_int(v) {
                                        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                                    }
                                    let items = self.collect(v)?;
                                    let mut out = Vec::with_capacity(items.len());
                                    for x in &items {
                                        out.push(byte_value(self, x)?);
                                    }
                                    Some(out)
                                }
                            },
                        };
                        let len = ba.0.borrow().len();
                        let (st, stop, step, n) = slice_indices(self, &s, len)?;
                        let mut data = ba.0.borrow_mut();
                        if step == 1 {
                            let a = (st.max(0) as usize).min(len);
                            let b = (stop.max(st).max(0) as usize).min(len);
                            data.splice(a..b, new.unwrap_or_default());
                        } else {
                            match new {
                                Some(new) => {
                                    if new.len() != n {
                                        return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), n)));
                                    }
                                    for (p, x) in slice_positions(st, step, n).zip(new) {
                                        data[p] = x;
                                    }
                                }
                                None => {
                                    let mut pos: Vec<usize> = slice_positions(st, step, n).collect();
                                    pos.sort_unstable();
                                    for p in pos.into_iter().rev() {
                                        data.remove(p);
                                    }
                                }
                            }
                        }
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `item in container`.
    #[inline]
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match SetData::exact_contains(container, item) {
            Some(r) => Ok(r),
            None => self.contains_general(container, item),
        }
    }

    /// `contains` past the exact-set fast path.
    #[inline(never)]
    fn contains_general(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if native_layout(self, container, "__contains__") {
            if let Some(b) = self.native_contains(container, item)? {
                return Ok(b);
            }
        }
        let ty = self.type_of(container);
        if let Some(f) = self.type_lookup(&ty, "__contains__") {
            let r = self.call(&f, &[container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) => {
                if self.type_lookup(&ty, "__iter__").is_none() && self.type_lookup(&ty, "__getitem__").is_none() {
                    return Err(type_error(format!("argument of type '{}' is not iterable", self.type_name(container))));
                }
                return Err(e);
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn native_contains(&mut self, c: &Value, item: &Value) -> PyResult<Option<bool>> {
        let Some(h) = c.as_header() else { return Ok(None) };
        match h.type_data().kind {
            Kind::List => {
                let l = c.downcast::<ListData>().expect("list");
                let mut i = 0;
                loop {
                    let x = match l.0.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(Some(false)),
                    };
                    if self.eq_bool(&x, item)? {
                        return Ok(Some(true));
                    }
                    i += 1;
                }
            }
            Kind::Tuple => {
                let tup = c.downcast::<TupleData>().expect("tuple");
                for x in tup.0.iter() {
                    if self.eq_bool(x, item)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
            Kind::Dict => Ok(Some(c.downcast::<DictData>().expect("dict").get_item(self, item)?.is_some())),
            Kind::Set => Ok(Some(c.downcast::<SetData>().expect("set").contains(self, item)?)),
            Kind::Str => {
                let s = &c.downcast::<StrData>().expect("str").s;
                match as_str(item) {
                    Some(n) => Ok(Some(s.contains(n))),
                    None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
                }
            }
            Kind::Bytes | Kind::ByteArray => {
                let hay = bytes_like(c).unwrap_or_default();
                let needle = match bytes_like(item) {
                    Some(n) => n,
                    // Not an int either: the type's __contains__ words the error.
                    None if !self.is_int(item) && self.lookup_special(item, "__index__").is_none() => return Ok(None),
                    None => vec![byte_value(self, item)?],
                };
                Ok(Some(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice())))
            }
            Kind::Range => {
                if as_bigint(item).is_none() || item.as_header().is_some_and(|h| h.type_data().has_flag(tflags::HEAPTYPE)) {
                    return Ok(None);
                }
                let x = as_bigint(item).unwrap_or_default();
                let r = c.downcast::<RangeData>().expect("range");
                let (start, stop, step, _) = range_parts(r);
                let inside = if step.is_positive() { start <= x && x < stop } else { stop < x && x <= start };
                Ok(Some(inside && ((x - start) % step).is_zero()))
            }
            _ => Ok(None),
        }
    }

    /// Items of `seq` for unpacking, with CPython's non-iterable message.
    fn unpack_items(&mut self, seq: &Value, limit: Option<usize>) -> PyResult<Vec<Value>> {
        if let Some(items) = exact_seq_items(seq) {
            return Ok(items);
        }
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(e) => {
                let ty = self.type_of(seq);
                if self.type_lookup(&ty, "__iter__").is_none() && self.type_lookup(&ty, "__getitem__").is_none() {
                    return Err(type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))));
                }
                return Err(e);
            }
        };
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if limit.is_some_and(|l| out.len() > l) {
                break;
            }
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE: pushes exactly `n` items, first on top.
    pub fn unpack_sequence(&mut self, f: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
        let items = self.unpack_items(&seq, Some(n))?;
        if items.len() < n {
            return Err(value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
        }
        if items.len() > n {
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        for x in items.into_iter().rev() {
            f.push(x);
        }
        Ok(())
    }

    /// UNPACK_EX: `before` items, a list of the rest, `after` items; first on top.
    pub fn unpack_ex(&mut self, f: &mut Frame, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let mut items = self.unpack_items(&seq, None)?;
        if items.len() < before + after {
            return Err(value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for x in tail.into_iter().rev() {
            f.push(x);
        }
        f.push(self.list(middle));
        for x in items.into_iter().rev() {
            f.push(x);
        }
        Ok(())
    }

    /// LIST_EXTEND (for `[*a, *b]` and `f(*a)`): TypeError `Value after * must be an iterable, not int` style messages.
    pub fn list_extend_for_unpack(&mut self, list: &Value, it: &Value) -> PyResult<()> {
        let items = if let Some(items) = exact_seq_items(it) {
            items
        } else {
            match self.iter(it) {
                Ok(iter) => {
                    let mut v = Vec::new();
                    while let Some(x) = self.next(&iter)? {
                        v.push(x);
                    }
                    v
                }
                Err(e) => {
                    let ty = self.type_of(it);
                    if self.type_lookup(&ty, "__iter__").is_none() && self.type_lookup(&ty, "__getitem__").is_none() {
                        return Err(type_error(format!("Value after * must be an iterable, not {}", self.type_name(it))));
                    }
                    return Err(e);
                }
            }
        };
        if let Some(l) = list.downcast::<ListData>() {
            l.0.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// DICT_UPDATE / DICT_MERGE (`func` given: duplicate keys are an error naming it).
    pub fn dict_update_for_unpack(&mut self, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
        let Some(dd) = d.downcast::<DictData>() else { return Err(type_error("expected a dict")) };
        let pairs: Vec<(Value, Value)> = if let Some(src) = m.downcast::<DictData>().filter(|_| native_layout(self, m, "keys")) {
            src.items()
        } else {
            let Some(keys) = self.getattr_opt(m, "keys")? else {
                return Err(type_error(match func {
                    Some(f) => format!("{} argument after ** must be a mapping, not {}", self.func_str(f), self.type_name(m)),
                    None => format!("'{}' object is not a mapping", self.type_name(m)),
                }));
            };
            let ks = self.call(&keys, &[])?;
            let ks = self.collect(&ks)?;
            let mut out = Vec::with_capacity(ks.len());
            for k in ks {
                let v = self.getitem(m, &k)?;
                out.push((k, v));
            }
            out
        };
        for (k, v) in pairs {
            if let Some(f) = func {
                // Key types are checked by the call itself; only a duplicate
                // is reported here (CPython's format_kwargs_error).
                if dd.get_item(self, &k)?.is_some() {
                    if as_str(&k).is_none() {
                        return Err(type_error(format!("{} keywords must be strings", self.func_str(f))));
                    }
                    return Err(type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.func_str(f),
                        as_str(&k).unwrap_or("")
                    )));
                }
            }
            dd.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// `f()` naming for call errors (`__main__.f()` style when the module is known).
    fn func_str(&mut self, f: &Value) -> String {
        let q = self.getattr_opt(f, "__qualname__").ok().flatten();
        let m = self.getattr_opt(f, "__module__").ok().flatten();
        let q = q.as_ref().and_then(as_str).map(str::to_string).unwrap_or_else(|| self.type_name(f).to_string());
        match m.as_ref().and_then(as_str) {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        }
    }

    /// MATCH_MAPPING
    pub fn match_mapping(&self, v: &Value) -> bool {
        v.downcast::<DictData>().is_some()
            || v.as_header().is_some_and(|h| h.type_data().name().as_ref() == "mappingproxy" || h.type_data().name().as_ref() == "OrderedDict")
    }
    /// MATCH_SEQUENCE
    pub fn match_sequence(&self, v: &Value) -> bool {
        v.downcast::<ListData>().is_some()
            || v.downcast::<TupleData>().is_some()
            || v.downcast::<RangeData>().is_some()
            || v.as_header().is_some_and(|h| h.type_data().name().as_ref() == "deque")
    }
    /// MATCH_KEYS: tuple of values for `keys`, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = keys.downcast::<TupleData>().map(|t| t.0.to_vec()).unwrap_or_default();
        for (i, k) in keys.iter().enumerate() {
            for k2 in &keys[..i] {
                if self.eq_bool(k, k2)? {
                    let r = self.repr_string(k)?;
                    return Err(value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
        }
        let mut out = Vec::with_capacity(keys.len());
        let plain_dict = subject.downcast::<DictData>().is_some() && native_layout(self, subject, "get");
        let get = if plain_dict { None } else { Some(self.getattr_str(subject, "get")?) };
        let sentinel = t().null.clone();
        for k in &keys {
            let v = match &get {
                None => subject.downcast::<DictData>().expect("dict").get_item(self, k)?,
                Some(g) => {
                    let r = self.call(g, &[k.clone(), sentinel.clone()])?;
                    if r.is(&sentinel) {
                        None
                    } else {
                        Some(r)
                    }
                }
            };
            match v {
                Some(v) => out.push(v),
                None => return Ok(self.none()),
            }
        }
        Ok(self.tuple(out))
    }
    /// MATCH_CLASS: tuple of matched attributes, or None.
    pub fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Some(td) = cls.downcast::<TypeData>() else {
            return Err(type_error("called match pattern must be a class"));
        };
        let cname = td.name();
        if !self.is_instance(subject, cls) {
            return Ok(self.none());
        }
        let kw: Vec<Value> = names.downcast::<TupleData>().map(|t| t.0.to_vec()).unwrap_or_default();
        let mut attrs: Vec<String> = Vec::new();
        let mut out = Vec::new();
        if npos > 0 {
            match self.getattr_opt(cls, "__match_args__")? {
                None => {
                    let r = t();
                    let selfs = [&r.int, &r.float, &r.str_, &r.bool_, &r.bytes, &r.list, &r.tuple, &r.dict, &r.set, &r.frozenset, &r.bytearray];
                    let self_match = td.mro.borrow().iter().any(|m| selfs.iter().any(|s| s.is(m))) || selfs.iter().any(|s| s.is(cls));
                    if self_match && npos == 1 {
                        out.push(subject.clone());
                    } else {
                        let n = if self_match { 1 } else { 0 };
                        return Err(type_error(format!(
                            "{cname}() accepts {n} positional sub-pattern{} ({npos} given)",
                            if n == 1 { "" } else { "s" }
                        )));
                    }
                }
                Some(ma) => {
                    let Some(tup) = ma.downcast::<TupleData>() else {
                        return Err(type_error(format!("{cname}.__match_args__ must be a tuple (got {})", self.type_name(&ma))));
                    };
                    if npos > tup.0.len() {
                        return Err(type_error(format!(
                            "{cname}() accepts {} positional sub-pattern{} ({npos} given)",
                            tup.0.len(),
                            if tup.0.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for n in tup.0[..npos].iter() {
                        let Some(s) = as_str(n) else {
                            return Err(type_error(format!("__match_args__ elements must be strings (got {})", self.type_name(n))));
                        };
                        attrs.push(s.to_string());
                    }
                }
            }
        }
        for k in &kw {
            attrs.push(as_str(k).unwrap_or("").to_string());
        }
        for (i, a) in attrs.iter().enumerate() {
            if attrs[..i].contains(a) {
                return Err(type_error(format!("{cname}() got multiple sub-patterns for attribute '{a}'")));
            }
            match self.getattr_opt(subject, a)? {
                Some(v) => out.push(v),
                None => return Ok(self.none()),
            }
        }
        Ok(self.tuple(out))
    }
}

/// The items of an exact tuple or list (a subclass may override `__iter__`, so
/// it is iterated like any other object, as CPython's fast paths check exact types).
fn exact_seq_items(v: &Value) -> Option<Vec<Value>> {
    let r = t();
    if super::iterate::is_exact(v, &r.tuple) {
        return v.downcast::<TupleData>().map(|tup| tup.0.to_vec());
    }
    if super::iterate::is_exact(v, &r.list) {
        return v.downcast::<ListData>().map(|l| l.0.borrow().clone());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_indices() {
        assert_eq!(norm(-1, 3), Some(2));
        assert_eq!(norm(3, 3), None);
        assert_eq!(norm(-4, 3), None);
        assert_eq!(slice_positions(4, -2, 3).collect::<Vec<_>>(), vec![4, 2, 0]);
    }
}
