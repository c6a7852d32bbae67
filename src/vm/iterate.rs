//! Iteration: `iter()`, `next()` for every builtin iterator state
//! (`IterState`) and for objects with `__iter__`/`__next__`/`__getitem__`,
//! collecting an iterable into a Vec, and `SEND` for `yield from`.
//! OWNER: containers helper.

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{runtime_error, type_error, value_error};
use crate::object::generator::GeneratorData;
use crate::object::iter::{IterData, IterState};
use crate::object::str::as_str;
use crate::object::*;

use super::Vm;

/// Whether `v`'s type is exactly `ty` (not a subclass).
#[inline]
pub fn is_exact(v: &Value, ty: &Value) -> bool {
    v.as_header().is_some_and(|h| h.type_ptr() as u64 == ty.raw())
}

/// Whether `v` is an instance of a class defined in Python (a subclass of
/// a builtin type may override what the builtin's fast paths assume).
#[inline]
pub fn is_heap_instance(v: &Value) -> bool {
    v.as_header().is_some_and(|h| h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE))
}

/// An int value as a BigInt (inline, big or bool).
pub fn int_to_big(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        Some(BigInt::from(i))
    } else {
        v.downcast::<IntData>().map(|d| d.0.clone())
    }
}

/// What `next` must do after the state borrow is released.
enum Pending {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Reversed(Value, isize),
    Callable(Value, Value),
    Seq(Value, usize),
    BigRange(Value, Value, Value),
}

impl Vm {
    /// Whether an error is a StopIteration (or subclass).
    pub fn is_stop_iteration(&self, err: &PyErr) -> bool {
        self.is_subtype(&err.exc_type(), &t().named("StopIteration"))
    }

    /// Whether `v` is an iterator (has `__next__`).
    pub fn is_iterator(&mut self, v: &Value) -> bool {
        if let Some(d) = v.downcast::<IterData>() {
            return !matches!(&*d.state.borrow(), IterState::DictView { .. });
        }
        if v.downcast::<GeneratorData>().is_some() {
            return true;
        }
        self.lookup_special(v, "__next__").is_some()
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let r = t();
        if let Some(h) = v.as_header() {
            let tp = h.type_ptr();
            let is = |ty: &Value| std::ptr::eq(tp, ty.as_header().expect("type") as *const _);
            if is(&r.list) {
                return Ok(self.iterator("list_iterator", IterState::List { seq: v.clone(), index: 0 }));
            }
            if is(&r.tuple) {
                return Ok(self.iterator("tuple_iterator", IterState::Tuple { seq: v.clone(), index: 0 }));
            }
            if is(&r.str_) {
                return Ok(self.iterator("str_ascii_iterator", IterState::Str { s: v.clone(), byte_pos: 0 }));
            }
            if is(&r.bytes) || is(&r.bytearray) {
                return Ok(self.iterator("bytes_iterator", IterState::Bytes { seq: v.clone(), index: 0 }));
            }
            if is(&r.dict) {
                return Ok(self.dict_iter(v, 0));
            }
            if is(&r.set) || is(&r.frozenset) {
                let len = v.downcast::<SetData>().map_or(0, |s| s.len());
                return Ok(self.iterator("set_iterator", IterState::Set { set: v.clone(), pos: 0, len }));
            }
            if is(&r.range) {
                return self.range_iter(v);
            }
            if let Some(d) = v.downcast::<IterData>().filter(|_| !is_heap_instance(v)) {
                let view = match &*d.state.borrow() {
                    IterState::DictView { dict, part } => Some((dict.clone(), *part)),
                    _ => None,
                };
                return Ok(match view {
                    Some((dict, part)) => self.dict_iter(&dict, part),
                    None => v.clone(),
                });
            }
            if is(&r.generator) {
                return Ok(v.clone());
            }
            // Native iterators (itertools, ...) of a builtin type are their own iterator.
            if h.type_data().flags.get() & crate::object::typeobj::tflags::HEAPTYPE == 0 {
                if let Some(s) = v.downcast::<StateData>() {
                    if s.native_next().is_some() {
                        return Ok(v.clone());
                    }
                }
            }
        }
        if let Some(m) = self.lookup_special(v, "__iter__") {
            if !self.is_none(&m) {
                let it = self.call(&m, &[])?;
                if !self.is_iterator(&it) {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                }
                return Ok(it);
            }
            return Err(type_error(format!("'{}' object is not iterable", self.type_name(v))));
        }
        if let Some(m) = self.lookup_special(v, "__getitem__") {
            if !self.is_none(&m) {
                return Ok(self.iterator("iterator", IterState::Seq { seq: v.clone(), index: 0 }));
            }
        }
        Err(type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// An iterator over a dict's keys (0), values (1) or items (2).
    pub fn dict_iter(&self, dict: &Value, part: u8) -> Value {
        let len = dict.downcast::<DictData>().map_or(0, |d| d.len());
        let name = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"][part.min(2) as usize];
        self.iterator(name, IterState::Dict { dict: dict.clone(), pos: 0, len, part })
    }

    /// An iterator over a range object.
    pub fn range_iter(&self, v: &Value) -> PyResult<Value> {
        let rd = v.downcast::<RangeData>().ok_or_else(|| type_error("expected a range"))?;
        if let (Some(start), Some(stop), Some(step)) = (rd.start.as_small_int(), rd.stop.as_small_int(), rd.step.as_small_int()) {
            let n = range_len_i128(start as i128, stop as i128, step as i128);
            return Ok(self.iterator("range_iterator", IterState::Range { next: start, step, remaining: n as u64, len: n as u64 }));
        }
        Ok(self.iterator(
            "range_iterator",
            IterState::BigRange { next: rd.start.clone(), step: rd.step.clone(), stop: rd.stop.clone(), start: rd.start.clone() },
        ))
    }

    /// `next(it)`: `None` when exhausted (StopIteration is not raised).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // Range, list and tuple iterators mid-way: the lean step.
        if let Some(step) = super::fastpaths::iter_step(it) {
            return Ok(step);
        }
        // Generators next (genexprs fed to builtins): before the other
        // native iterator kinds, each a failed downcast away.
        if let Some(gd) = it.downcast::<GeneratorData>() {
            return self.gen_next(gd);
        }
        if let Some(d) = it.downcast::<IterData>() {
            // (A subclass's `__next__` may be overridden.)
            if !is_heap_instance(it) {
                return self.next_builtin(d, it);
            }
        }
        if let Some(s) = it.downcast::<StateData>() {
            // Native iterators (itertools, ...) of a builtin type: step directly.
            let builtin = it.as_header().is_some_and(|h| h.type_data().flags.get() & crate::object::typeobj::tflags::HEAPTYPE == 0);
            if let Some(step) = s.native_next().filter(|_| builtin) {
                return step(self, it);
            }
        }
        let Some(m) = self.lookup_special(it, "__next__") else {
            return Err(type_error(format!("'{}' object is not an iterator", self.type_name(it))));
        };
        match self.call(&m, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_stop_iteration(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// One step of builtin iterator `it` (whose body is `d`), whatever
    /// its class's `__next__`.
    pub fn next_builtin(&mut self, d: &IterData, it: &Value) -> PyResult<Option<Value>> {
        let pending = {
            let mut st = d.state.borrow_mut();
            let mut finished = false;
            let mut out: Option<Value> = None;
            let mut err: Option<PyErr> = None;
            let mut pending = None;
            match &mut *st {
                IterState::Done => return Ok(None),
                IterState::List { seq, index } => {
                    let item = seq.downcast::<ListData>().and_then(|l| l.0.borrow().get(*index).cloned());
                    match item {
                        Some(v) => {
                            *index += 1;
                            out = Some(v);
                        }
                        None => finished = true,
                    }
                }
                IterState::ListRev { seq, index } => {
                    let item = if *index >= 0 { seq.downcast::<ListData>().and_then(|l| l.0.borrow().get(*index as usize).cloned()) } else { None };
                    match item {
                        Some(v) => {
                            *index -= 1;
                            out = Some(v);
                        }
                        None => finished = true,
                    }
                }
                IterState::Tuple { seq, index } => {
                    match seq.downcast::<TupleData>().and_then(|l| l.0.get(*index).cloned()) {
                        Some(v) => {
                            *index += 1;
                            out = Some(v);
                        }
                        None => finished = true,
                    }
                }
                IterState::Range { next, step, remaining, .. } => {
                    if *remaining == 0 {
                        // Kept (it holds no references) for `__reduce__`.
                        return Ok(None);
                    } else {
                        out = Some(self.int(*next));
                        *remaining -= 1;
                        if *remaining > 0 {
                            *next = next.wrapping_add(*step);
                        }
                    }
                }
                IterState::BigRange { next, step, stop, .. } => {
                    pending = Some(Pending::BigRange(next.clone(), step.clone(), stop.clone()));
                }
                IterState::Str { s, byte_pos } => {
                    let c = as_str(s).and_then(|text| text.get(*byte_pos..).and_then(|r| r.chars().next()));
                    match c {
                        Some(c) => {
                            *byte_pos += c.len_utf8();
                            let mut buf = [0u8; 4];
                            let cs = c.encode_utf8(&mut buf);
                            out = Some(if c.is_ascii() { crate::object::str::ascii_char(c as u8) } else { crate::object::str::new_str(&*cs) });
                        }
                        None => finished = true,
                    }
                }
                IterState::Bytes { seq, index } => {
                    let b = if let Some(b) = seq.downcast::<BytesData>() {
                        b.0.get(*index).copied()
                    } else if let Some(b) = seq.downcast::<ByteArrayData>() {
                        b.0.borrow().get(*index).copied()
                    } else {
                        None
                    };
                    match b {
                        Some(b) => {
                            *index += 1;
                            out = Some(Value::small_int(b as i64));
                        }
                        None => finished = true,
                    }
                }
                IterState::Dict { dict, pos, len, part } => {
                    let dd = dict.downcast::<DictData>();
                    match dd {
                        Some(dd) if dd.len() != *len => {
                            *len = usize::MAX;
                            err = Some(runtime_error("dictionary changed size during iteration"));
                        }
                        Some(dd) => match dd.entry_from(*pos) {
                            Some((p, k, v)) => {
                                *pos = p;
                                out = Some(match part {
                                    0 => k,
                                    1 => v,
                                    _ => self.tuple(vec![k, v]),
                                });
                            }
                            None => finished = true,
                        },
                        None => finished = true,
                    }
                }
                IterState::Set { set, pos, len } => match set.downcast::<SetData>() {
                    Some(sd) if sd.len() != *len => {
                        *len = usize::MAX;
                        err = Some(runtime_error("Set changed size during iteration"));
                    }
                    Some(sd) => match sd.entry_from(*pos) {
                        Some((p, k)) => {
                            *pos = p;
                            out = Some(k);
                        }
                        None => finished = true,
                    },
                    None => finished = true,
                },
                IterState::Enumerate { it, count } => pending = Some(Pending::Enumerate(it.clone(), count.clone())),
                IterState::Zip { its, strict } => pending = Some(Pending::Zip(its.clone(), *strict)),
                IterState::Map { func, its } => pending = Some(Pending::Map(func.clone(), its.clone())),
                IterState::Filter { func, it } => pending = Some(Pending::Filter(func.clone(), it.clone())),
                IterState::Reversed { seq, index } => {
                    if *index < 0 {
                        finished = true;
                    } else {
                        pending = Some(Pending::Reversed(seq.clone(), *index));
                        *index -= 1;
                    }
                }
                IterState::Callable { func, sentinel } => pending = Some(Pending::Callable(func.clone(), sentinel.clone())),
                IterState::Seq { seq, index } => {
                    pending = Some(Pending::Seq(seq.clone(), *index));
                    *index += 1;
                }
                IterState::DictView { .. } => {
                    drop(st);
                    return Err(type_error(format!("'{}' object is not an iterator", self.type_name(it))));
                }
            }
            if finished {
                let old = std::mem::replace(&mut *st, IterState::Done);
                drop(st);
                drop(old);
                return Ok(None);
            }
            if let Some(e) = err {
                return Err(e);
            }
            if out.is_some() {
                return Ok(out);
            }
            pending
        };
        let Some(p) = pending else { return Ok(None) };
        let big_range = matches!(p, Pending::BigRange(..));
        let res = self.next_pending(d, p);
        // An exhausted big range keeps its state (for `__reduce__`).
        if let (Ok(None), false) = (&res, big_range) {
            let old = std::mem::replace(&mut *d.state.borrow_mut(), IterState::Done);
            drop(old);
        }
        res
    }

    fn next_pending(&mut self, d: &IterData, p: Pending) -> PyResult<Option<Value>> {
        match p {
            Pending::BigRange(next, step, stop) => {
                let (n, s, e) = (int_to_big(&next).unwrap_or_default(), int_to_big(&step).unwrap_or_default(), int_to_big(&stop).unwrap_or_default());
                let more = if s > BigInt::from(0) { n < e } else { n > e };
                if !more {
                    return Ok(None);
                }
                let nn = self.bigint(&n + &s);
                if let IterState::BigRange { next, .. } = &mut *d.state.borrow_mut() {
                    *next = nn;
                }
                Ok(Some(self.bigint(n)))
            }
            Pending::Enumerate(it, count) => {
                let Some(v) = self.next(&it)? else { return Ok(None) };
                let newc = match count.as_small_int() {
                    Some(i) => self.int(i + 1),
                    None => {
                        let one = Value::small_int(1);
                        self.binary_op(&count, &one, crate::bytecode::BinaryOp::Add, false)?
                    }
                };
                if let IterState::Enumerate { count: c, .. } = &mut *d.state.borrow_mut() {
                    *c = newc;
                }
                Ok(Some(self.tuple(vec![count, v])))
            }
            Pending::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!("zip() argument {} is shorter than argument{}{}", i + 1, plural, i)));
                                }
                                for (j, it2) in its.iter().enumerate().skip(1) {
                                    if self.next(it2)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(value_error(format!("zip() argument {} is longer than argument{}{}", j + 1, plural, j)));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.tuple(items)))
            }
            Pending::Map(func, its) => {
                let mut items = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, &items)?))
            }
            Pending::Filter(func, it) => loop {
                let Some(v) = self.next(&it)? else { return Ok(None) };
                let keep = if self.is_none(&func) || func.is(&t().bool_) {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, std::slice::from_ref(&v))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Pending::Reversed(seq, index) => {
                let key = self.int(index as i64);
                match self.getitem(&seq, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_stop_iteration(&e) || self.is_subtype(&e.exc_type(), &t().named("IndexError")) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Pending::Callable(func, sentinel) => {
                let v = match self.call(&func, &[]) {
                    Ok(v) => v,
                    Err(e) if self.is_stop_iteration(&e) => return Ok(None),
                    Err(e) => return Err(e),
                };
                if self.eq_bool(&v, &sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Pending::Seq(seq, index) => {
                let key = self.int(index as i64);
                match self.getitem(&seq, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_stop_iteration(&e) || self.is_subtype(&e.exc_type(), &t().named("IndexError")) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        let r = t();
        if is_exact(iterable, &r.list) {
            if let Some(l) = iterable.downcast::<ListData>() {
                return Ok(l.0.borrow().clone());
            }
        }
        if is_exact(iterable, &r.tuple) {
            if let Some(tu) = iterable.downcast::<TupleData>() {
                return Ok(tu.0.to_vec());
            }
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        // A generator is resumed directly, without `next`'s dispatch.
        if let Some(gd) = it.downcast::<GeneratorData>() {
            while let Some(v) = self.gen_next(gd)? {
                out.push(v);
            }
            return Ok(out);
        }
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// The `value` of a raised StopIteration.
    fn stop_value(&mut self, err: PyErr) -> PyResult<Value> {
        let exc = self.normalize(err);
        match self.getattr_opt(&exc, "value")? {
            Some(v) => Ok(v),
            None => Ok(self.none()),
        }
    }

    /// SEND: `Ok(Ok(yielded))` or `Ok(Err(return value))`.
    pub fn send(&mut self, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        if let Some(gd) = recv.downcast::<GeneratorData>() {
            return self.gen_step(gd, v);
        }
        if let Some(cd) = recv.downcast::<crate::object::generator::CoroutineData>() {
            return self.coro_send(cd, v);
        }
        if self.is_none(&v) {
            if recv.downcast::<IterData>().is_some() {
                return Ok(match self.next(recv)? {
                    Some(x) => Ok(x),
                    None => Err(self.none()),
                });
            }
            let Some(m) = self.lookup_special(recv, "__next__") else {
                return Err(type_error(format!("'{}' object is not an iterator", self.type_name(recv))));
            };
            return match self.call(&m, &[]) {
                Ok(x) => Ok(Ok(x)),
                Err(e) if self.is_stop_iteration(&e) => Ok(Err(self.stop_value(e)?)),
                Err(e) => Err(e),
            };
        }
        let m = self.getattr_str(recv, "send")?;
        match self.call(&m, &[v]) {
            Ok(x) => Ok(Ok(x)),
            Err(e) if self.is_stop_iteration(&e) => Ok(Err(self.stop_value(e)?)),
            Err(e) => Err(e),
        }
    }
}

/// Number of items of `range(start, stop, step)` (step != 0).
pub fn range_len_i128(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}
