//! Dispatch of the native `random.Random` methods (`random_ints.rs`,
//! `random_dists.rs`): when may a method skip the Python-level calls that
//! CPython makes (`self.random()`, `self._randbelow(n)`, `self.randrange`,
//! ...) and draw straight from the Mersenne Twister?
//!
//! CPython's methods look their helpers up on `self`, so a subclass (or an
//! instance attribute) that replaces `random`, `getrandbits`, `_randbelow`,
//! `randrange`, `normalvariate` or `gammavariate` changes what the other
//! methods return. A native method therefore takes its fast path only when
//! every helper it depends on is still the native one (`plain`); otherwise,
//! and for argument shapes the fast paths do not handle (keywords, non-int
//! or non-float numbers, big ints, ...), it calls the generic Python
//! implementation `_py_<name>` of `pysrc/random.py` (`fallback`), which
//! behaves exactly as CPython's code does.
//!
//! The check is cached per generator: the type (address and the global type
//! epoch, which changes on any class creation or class-namespace change) and
//! the keys version of the instance `__dict__`.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::exception::not_implemented_error;
use crate::object::registry::t;
use crate::object::typeobj::{tflags, type_epoch};
use crate::object::*;
use crate::vm::Vm;

use super::random::Mt;

/// Bits of `PlainCache::flags`: which helpers are the native ones.
pub(super) mod flag {
    /// `self.random` is `_random.Random.random`.
    pub const RANDOM: u32 = 1;
    /// `self.getrandbits` is `_random.Random.getrandbits`.
    pub const GETRANDBITS: u32 = 2;
    /// `self._randbelow` is the native `_randbelow_with_getrandbits` (and
    /// `GETRANDBITS`).
    pub const RANDBELOW: u32 = 4;
    /// `self.randrange` is native (and `RANDBELOW`).
    pub const RANDRANGE: u32 = 8;
    /// `self.normalvariate` is native (and `RANDOM`).
    pub const NORMAL: u32 = 16;
    /// `self.gammavariate` is native (and `RANDOM`).
    pub const GAMMA: u32 = 32;
    /// `self.gauss_next` is a plain instance attribute (no class attribute
    /// of that name, no custom `__setattr__`).
    pub const GAUSS: u32 = 64;
}

/// The cached result of the override check of one generator.
#[derive(Default, Clone, Copy)]
pub(super) struct PlainCache {
    ty: u64,
    epoch: u64,
    dict_keys: u64,
    flags: u32,
}

/// Qualified registry name of the type that holds the native methods.
pub(super) const HOLDER: &str = "random.Random(native)";

thread_local! {
    /// The globals of `random` (holding the `_py_<name>` implementations).
    static FALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Records the dict that holds the `_py_<name>` functions.
pub(super) fn set_fallbacks(d: Value) {
    FALLBACKS.with(|c| *c.borrow_mut() = Some(d));
}

/// Calls the generic implementation `_py_<name>` with the original arguments.
#[cold]
pub(super) fn fallback(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let key = format!("_py_{name}");
    let f = FALLBACKS.with(|c| c.borrow().as_ref().and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str(&key))));
    match f {
        Some(f) => vm.call_kw(&f, args.all, args.kwnames),
        None => Err(not_implemented_error(format!("random.Random.{name}: the Python implementation is not loaded"))),
    }
}

/// Whether the helpers in `need` (`flag::*` bits) are all native for `obj`.
#[inline]
pub(super) fn plain(vm: &mut Vm, obj: &Value, need: u32) -> bool {
    let (Some(h), Some(sd)) = (obj.as_header(), obj.downcast::<StateData>()) else { return false };
    let ty_key = h.type_ptr() as u64;
    let epoch = type_epoch();
    let dict = crate::vm::instattr::existing_dict(vm, obj);
    let dict_keys = dict.as_ref().and_then(|d| d.downcast::<DictData>()).map_or(0, |d| d.keys_version());
    let hit = sd.with::<Mt, _>(|m| {
        let c = m.plain;
        (c.ty == ty_key && c.epoch == epoch && c.dict_keys == dict_keys).then_some(c.flags)
    });
    let flags = match hit {
        Some(Some(f)) => f,
        Some(None) => {
            let f = compute(vm, &h.type_value(), dict.as_ref());
            sd.with_mut::<Mt, _>(|m| m.plain = PlainCache { ty: ty_key, epoch, dict_keys, flags: f });
            f
        }
        None => 0,
    };
    flags & need == need
}

/// Computes the `flag::*` bits for an instance of `ty` with `__dict__` `dict`.
fn compute(vm: &mut Vm, ty: &Value, dict: Option<&Value>) -> u32 {
    if ty.downcast::<TypeData>().is_none_or(|td| td.has_flag(tflags::CUSTOM_GETATTRIBUTE)) {
        return 0;
    }
    let (core, holder) = (t().named("_random.Random"), t().named(HOLDER));
    let dd = dict.and_then(|d| d.downcast::<DictData>());
    let native = |vm: &Vm, name: &str, owner: &Value, native_name: &str| -> bool {
        if dd.is_some_and(|d| d.get_str(name).is_some()) {
            return false;
        }
        match (vm.type_lookup(ty, name), vm.type_lookup(owner, native_name)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        }
    };
    let mut f = 0;
    if vm.type_lookup(ty, "gauss_next").is_none() && ty.downcast::<TypeData>().is_some_and(|td| !td.has_flag(tflags::CUSTOM_SETATTR)) {
        f |= flag::GAUSS;
    }
    if native(vm, "random", &core, "random") {
        f |= flag::RANDOM;
        if native(vm, "normalvariate", &holder, "normalvariate") {
            f |= flag::NORMAL;
        }
        if native(vm, "gammavariate", &holder, "gammavariate") {
            f |= flag::GAMMA;
        }
    }
    if native(vm, "getrandbits", &core, "getrandbits") {
        f |= flag::GETRANDBITS;
        if native(vm, "_randbelow", &holder, "_randbelow_with_getrandbits") {
            f |= flag::RANDBELOW;
            if native(vm, "randrange", &holder, "randrange") {
                f |= flag::RANDRANGE;
            }
        }
    }
    f
}

/// An exact int (not bool or a subclass) that fits an i64.
#[inline]
pub(super) fn small(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if exact(v, &t().int) {
        return v.downcast::<IntData>().and_then(|d| num_traits::ToPrimitive::to_i64(&d.0));
    }
    None
}

/// The largest `k` the native `sample`/`choices` build lists for (larger
/// ones go to Python, whose list allocation reports MemoryError).
pub(super) const MAX_K: i64 = 1 << 31;

/// An exact float, or an exact int small enough (|i| <= 2**52) that float
/// arithmetic on it gives the same results as CPython's mixed int/float
/// arithmetic (all such ints and their differences are exact doubles).
#[inline]
pub(super) fn real(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    match v.as_small_int() {
        Some(i) if i.unsigned_abs() <= 1 << 52 => Some(i as f64),
        _ => None,
    }
}

pub(super) use crate::vm::iterate::is_exact as exact;
