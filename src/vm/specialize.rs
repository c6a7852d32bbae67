//! Quickening (PEP 659's design): generic instructions rewrite themselves
//! into specialized forms (`Op::LoadAttrInstance`, ...) after looking at
//! the operands they get, and specialized forms fall back to the generic
//! form when a guard fails.
//!
//! Protocol, per instruction and its `InlineCache`:
//! - The generic form calls `should_specialize` on each execution: when the
//!   cache's `counter` is 0 it tries to specialize (a `specialize_*` method
//!   below), otherwise it counts down.
//! - A failed attempt, or a guard failure in a specialized form, calls
//!   `back_off`: the instruction becomes generic again and waits `2^k`
//!   executions (k grows up to `MAX_BACKOFF`) before trying again.
//! - Specialized forms never produce a different result than the generic
//!   form would: a guard failure re-executes the instruction generically.
//! - Attribute and method sites that see several types keep an entry per
//!   type (`poly_save`); one that keeps seeing more types than that goes
//!   generic with the backoff above rather than re-keying on each miss.
//!
//! Guards on types use the type object's address plus the global type epoch
//! (`typeobj::type_epoch`), which changes whenever any type's namespace,
//! bases or special-method flags change or a type is created. So a cached
//! class-side fact (no data descriptor named `x`, `m` is a plain method) holds
//! exactly while the epoch is unchanged, and a word borrowed from a type's
//! namespace stays alive that long (the namespace owns it). `obj.__class__ = C`
//! changes the object's type address and so fails the guard too.
//!
//! Cache words used (see `bytecode::InlineCache`):
//! - `LOAD_ATTR_INSTANCE` / `STORE_ATTR_INSTANCE`: `key` type address,
//!   `key2` epoch; for an object with inline attributes (`vm::instattr`),
//!   `shape` the identity of its shape and `index` the name's position in
//!   it (for a store, `index == shape.len()` appends the name); for an
//!   object with a real dict, `index` the entry index of the name in it (a
//!   hint: checked by key identity). A different shape or entry refreshes
//!   `shape`/`index` in place (a lookup, no hashing) instead of failing.
//!   `shape == SLOT_SITE` marks a `__slots__` member: `index` is the slot
//!   (the member descriptor found on the type, valid while the epoch holds).
//!   For a store, `value` is 0 or, once an append ran at the cached
//!   position, the identity of the cached shape plus the name (reset to 0
//!   whenever `shape`/`index` change), so compiled code can add the
//!   attribute in place (`tier2::translate_attrs`).
//! - `LOAD_ATTR_MODULE` / `LOAD_METHOD_MODULE`: `key` the module object's
//!   address, `key2` its dict's keys version (globally unique, so a module
//!   freed and another allocated at the same address still misses), `index`
//!   the entry index of the name (rebinding the name keeps the keys version,
//!   so the current value is read).
//! - `LOAD_METHOD_CACHED`: `key` type address, `key2` epoch, `value` the
//!   method found on the type (borrowed), `shape` a shape known not to hold
//!   the name (so objects of that shape do not shadow the method).

use std::mem::ManuallyDrop;

use crate::bytecode::{InlineCache, Instr, Op};
use crate::object::header::Header;
use crate::object::shape::Shape;
use crate::object::typeobj::{tflags, type_epoch};
use crate::object::*;

use super::instattr::{exact_str, inline_ext};
use super::Vm;

/// Largest backoff exponent (the longest wait is 2^12 executions).
const MAX_BACKOFF: u8 = 12;

/// For a generic instruction: whether to try specializing now (counts the
/// backoff down otherwise).
#[inline(always)]
pub fn should_specialize(c: &InlineCache) -> bool {
    let n = c.counter.get();
    if n == 0 {
        true
    } else {
        c.counter.set(n - 1);
        false
    }
}

/// Makes `instr` generic again and delays the next specialization attempt.
#[cold]
pub fn back_off(instr: &Instr, c: &InlineCache) {
    instr.op.set(instr.op.get().generic());
    let b = c.backoff.get();
    c.counter.set(1 << b);
    c.backoff.set((b + 1).min(MAX_BACKOFF));
}

/// Whether `h`'s type is the cached one and no type changed since.
#[inline(always)]
fn type_guard(h: &Header, c: &InlineCache) -> bool {
    h.type_ptr() as u64 == c.key.get() && type_epoch() == c.key2.get()
}

/// Records the type guard words for `h`'s type.
/// `InlineCache::shape` of a LOAD_ATTR_INSTANCE / STORE_ATTR_INSTANCE site
/// that reads or writes a `__slots__` member (shape identities are
/// addresses, never 1).
pub const SLOT_SITE: u64 = 1;

fn set_type_guard(h: &Header, c: &InlineCache) {
    c.key.set(h.type_ptr() as u64);
    c.key2.set(type_epoch());
}

/// Polymorphic sites: before a `*_poly` re-keys an instance-attribute or
/// method cache to another type, the current words (if still valid, i.e.
/// of the current type epoch) go to the front of the site's entries; a
/// later miss whose type has a valid entry runs the fast path on that
/// entry in place (type, epoch, shape checked as usual; a shape refresh
/// updates the entry), so a site alternating between a few types costs a
/// short scan, not a re-keying. Entries are only ever words a
/// specialization of this same instruction wrote.
///
/// A site that sees more types than it has entries, in turn, would
/// re-key on most executions (a class lookup each time): a re-keying that
/// evicts a valid entry counts in the cache's `counter` (unused while the
/// instruction is specialized: it was 0 when it specialized), and past
/// `MAX_EVICTIONS` this returns false, so the caller leaves the site
/// generic (`back_off`, CPython's adaptive backoff) instead of re-keying.
fn poly_save(c: &InlineCache) -> bool {
    if c.key.get() == 0 || c.key2.get() != type_epoch() {
        return true;
    }
    let p = c.poly.get_or_init(Default::default);
    let last = &p[p.len() - 1];
    if last.key.get() != 0 && last.key2.get() == type_epoch() {
        let n = c.counter.get();
        if n >= MAX_EVICTIONS {
            return false;
        }
        c.counter.set(n + 1);
    }
    for i in (1..p.len()).rev() {
        swap_words(&p[i], &p[i - 1]);
    }
    copy_words(&p[0], c);
    true
}

/// Evictions of valid entries a polymorphic site takes before it is left
/// generic (see `poly_save`).
const MAX_EVICTIONS: u16 = 32;

/// The site's earlier entry for `h`'s type, if it has a valid one (the
/// fast paths then run on it in place).
#[inline(always)]
fn poly_entry<'c>(h: &Header, c: &'c InlineCache) -> Option<&'c InlineCache> {
    let p = c.poly.get()?;
    let tp = h.type_ptr() as u64;
    let ep = type_epoch();
    p.iter().find(|e| e.key.get() == tp && e.key2.get() == ep)
}

/// The site's entry for `h`'s type in the current epoch: the main one or
/// an earlier one.
#[inline(always)]
fn site_entry<'c>(h: &Header, c: &'c InlineCache) -> Option<&'c InlineCache> {
    if type_guard(h, c) {
        return Some(c);
    }
    poly_entry(h, c)
}

fn swap_words(a: &InlineCache, b: &InlineCache) {
    a.key.swap(&b.key);
    a.key2.swap(&b.key2);
    a.index.swap(&b.index);
    a.value.swap(&b.value);
    a.shape.swap(&b.shape);
}

fn copy_words(dst: &InlineCache, src: &InlineCache) {
    dst.key.set(src.key.get());
    dst.key2.set(src.key2.get());
    dst.index.set(src.index.get());
    dst.value.set(src.value.get());
    dst.shape.set(src.shape.get());
}

/// LOAD_ATTR_INSTANCE's common case, small enough for the eval loop's arm:
/// an object of the cached type whose inline attributes have the cached
/// shape. `None` for anything else (`Vm::load_attr_instance_miss` then
/// decides). A shape identity is never 0 or `SLOT_SITE`, and an object
/// whose dict was materialized has no shape, so a match means inline
/// attributes.
#[inline(always)]
pub fn load_attr_hit(obj: &Value, c: &InlineCache) -> Option<Value> {
    let h = obj.as_header()?;
    if !type_guard(h, c) {
        return None;
    }
    let attrs = &h.ext()?.attrs;
    if attrs.shape_id() != c.shape.get() {
        return None;
    }
    attrs.get(c.index.get() as usize)
}

/// LOAD_METHOD_CACHED's common case: an object of the cached type with no
/// instance attributes storage (a builtin type's instance) or inline
/// attributes of the shape known not to hold the name. `None` for anything
/// else (`Vm::load_method_cached_miss` then decides).
#[inline(always)]
pub fn load_method_hit(obj: &Value, c: &InlineCache) -> Option<Value> {
    let h = obj.as_header()?;
    if !type_guard(h, c) {
        return None;
    }
    if let Some(ext) = h.ext() {
        // A nonzero shape id means inline attributes (no dict).
        let sid = ext.attrs.shape_id();
        if sid == 0 || sid != c.shape.get() {
            return None;
        }
    }
    // The type's namespace owns the method while the epoch is unchanged.
    let borrowed = ManuallyDrop::new(Value::from_raw(c.value.get()));
    Some((*borrowed).clone())
}

/// STORE_ATTR_INSTANCE's common case: an object of the cached type whose
/// inline attributes have the cached shape, replacing the value at the
/// cached position or appending there in room already allocated (once an
/// append ran at this site: `value` is the next shape). Gives `v` back for
/// anything else (`Vm::store_attr_instance_miss` then decides).
#[inline(always)]
pub fn store_attr_hit(obj: &Value, c: &InlineCache, v: Value) -> Result<(), Value> {
    let Some(h) = obj.as_header() else { return Err(v) };
    if !type_guard(h, c) {
        return Err(v);
    }
    let Some(ext) = h.ext() else { return Err(v) };
    let attrs = &ext.attrs;
    let sid = attrs.shape_id();
    // No shape: no attributes yet (the root shape), unless a dict holds them.
    let hit = if sid != 0 { sid == c.shape.get() } else { ext.dict.is_none() && c.shape.get() == Shape::root().id() };
    if !hit {
        return Err(v);
    }
    let i = c.index.get() as usize;
    if i < attrs.len() {
        drop(attrs.replace(i, v));
        return Ok(());
    }
    match c.value.get() {
        0 => Err(v),
        // SAFETY: a nonzero `value` is the address of a shape (shapes are
        // leaked, never freed): the cached shape plus the name (`store_inline`).
        w => attrs.push_in_room(unsafe { &*(w as *const Shape) }, v),
    }
}

/// LOAD_ATTR_INSTANCE: the attribute from the instance dict, or `None` when
/// a guard fails (the caller then runs the generic LOAD_ATTR).
#[inline(always)]
pub fn load_attr_instance(obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
    let h = obj.as_header()?;
    if !type_guard(h, c) {
        return None;
    }
    load_attr_guarded(h, c, name)
}

/// `load_attr_instance` once the type guard of `c` held for `h`.
#[inline(always)]
fn load_attr_guarded(h: &Header, c: &InlineCache, name: &Value) -> Option<Value> {
    let ext = h.ext()?;
    if c.shape.get() == SLOT_SITE {
        // An unset slot takes the generic path (AttributeError, `__getattr__`).
        return ext.slots.get(c.index.get() as usize)?.get();
    }
    if ext.dict.is_none() {
        // Inline attributes (the type guard proves the type keeps them).
        if ext.attrs.shape_id() == c.shape.get() {
            return ext.attrs.get(c.index.get() as usize);
        }
        return load_inline_refresh(ext, c, name);
    }
    ext.dict.with(|d| {
        let dd = d?.downcast::<DictData>()?;
        if let Some(v) = dd.value_at_key(c.index.get() as usize, name) {
            return Some(v);
        }
        // Another instance of the type, with its keys in another order.
        let ix = dd.name_index(name)?;
        c.shape.set(0);
        c.index.set(ix as u32);
        dd.value_at(ix)
    })
}

/// LOAD_ATTR_INSTANCE on an object of another shape than the cached one:
/// finds the name in its shape and caches that.
#[inline(never)]
fn load_inline_refresh(ext: &InstanceExt, c: &InlineCache, name: &Value) -> Option<Value> {
    let s = ext.attrs.shape()?;
    let i = s.find(name)?;
    c.shape.set(s.id());
    c.index.set(i as u32);
    ext.attrs.get(i)
}

/// STORE_ATTR_INSTANCE into inline attributes: replaces or appends at the
/// cached position when the object has the cached shape, else refreshes the
/// cache from the object's shape. Gives `v` back if it cannot stay inline.
#[inline(always)]
fn store_inline(ext: &InstanceExt, c: &InlineCache, name: &Value, v: Value) -> Result<(), Value> {
    let shape = ext.attrs.shape().unwrap_or_else(Shape::root);
    let i = if shape.id() == c.shape.get() {
        c.index.get() as usize
    } else {
        let i = shape.find(name).unwrap_or(shape.len());
        c.shape.set(shape.id());
        c.index.set(i as u32);
        c.value.set(0);
        i
    };
    if i < shape.len() {
        drop(ext.attrs.replace(i, v));
        return Ok(());
    }
    // `value`: the cached shape plus `name`, once an append ran here.
    let next = match c.value.get() {
        0 => shape.add(name),
        // SAFETY: a nonzero `value` is the address of a shape (shapes are
        // leaked, never freed), written below for this cached shape.
        w => Some(unsafe { &*(w as *const Shape) }),
    };
    match next {
        Some(next) => {
            // The cached shape plus `name` (compiled code appends with it).
            c.value.set(next.id());
            ext.attrs.push(next, v);
            Ok(())
        }
        None => Err(v),
    }
}

/// LOAD_ATTR_MODULE / LOAD_METHOD_MODULE: the attribute of the cached
/// module, or `None` when a guard fails.
#[inline(always)]
pub fn load_attr_module(obj: &Value, c: &InlineCache) -> Option<Value> {
    if obj.raw() != c.key.get() {
        return None;
    }
    let dd = obj.downcast::<ModuleData>()?.dict.downcast::<DictData>()?;
    if dd.keys_version() != c.key2.get() {
        return None;
    }
    dd.value_at(c.index.get() as usize)
}

/// LOAD_METHOD_CACHED: the method to call with `obj` as self, or `None`
/// when a guard fails.
#[inline(always)]
pub fn load_method_cached(obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
    let h = obj.as_header()?;
    if !type_guard(h, c) {
        return None;
    }
    load_method_guarded(h, c, name)
}

/// `load_method_cached` once the type guard of `c` held for `h`.
#[inline(always)]
fn load_method_guarded(h: &Header, c: &InlineCache, name: &Value) -> Option<Value> {
    if let Some(ext) = h.ext() {
        if ext.dict.is_none() {
            let sid = ext.attrs.shape_id();
            if sid != c.shape.get() {
                if ext.attrs.shape().is_some_and(|s| s.find(name).is_some()) {
                    return None;
                }
                c.shape.set(sid);
            }
        } else {
            let shadowed = ext.dict.with(|d| d.and_then(|d| d.downcast::<DictData>()).is_some_and(|dd| dd.name_index(name).is_some()));
            if shadowed {
                return None;
            }
        }
    }
    // The type's namespace owns the method while the epoch is unchanged.
    let borrowed = ManuallyDrop::new(Value::from_raw(c.value.get()));
    Some((*borrowed).clone())
}

impl Vm {
    /// STORE_ATTR_INSTANCE: stores into the instance dict; gives the value
    /// back when a guard fails.
    #[inline(always)]
    pub fn store_attr_instance(&mut self, obj: &Value, c: &InlineCache, name: &Value, v: Value) -> Result<(), Value> {
        let Some(h) = obj.as_header() else { return Err(v) };
        if !type_guard(h, c) {
            return Err(v);
        }
        if c.shape.get() == SLOT_SITE {
            return match h.ext().and_then(|e| e.slots.get(c.index.get() as usize)) {
                Some(slot) => {
                    drop(slot.replace(Some(v)));
                    Ok(())
                }
                None => Err(v),
            };
        }
        // The guard proves the type has an instance dict and nothing on the
        // class intercepts the store.
        if let Some(ext) = inline_ext(h) {
            return store_inline(ext, c, name, v);
        }
        let Some(d) = self.instance_dict(obj) else { return Err(v) };
        let Some(dd) = d.downcast::<DictData>() else { return Err(v) };
        match dd.replace_at_key(c.index.get() as usize, name, v) {
            Ok(old) => drop(old),
            Err(v) => {
                let ix = dd.set_name(name.clone(), v);
                c.shape.set(0);
                c.index.set(ix as u32);
                c.value.set(0);
            }
        }
        Ok(())
    }

    // The `*_miss` functions: the eval loop's out-of-line path when the
    // in-arm hit did not serve. The site's entry for the object's type (the
    // main one or an earlier one, `site_entry`) runs the full fast path
    // (shape refresh, dict, slot), once; without one, the re-keying `*_poly`.

    /// LOAD_ATTR_INSTANCE when `load_attr_hit` did not serve.
    #[inline(never)]
    pub fn load_attr_instance_miss(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        let h = obj.as_header()?;
        if let Some(v) = site_entry(h, c).and_then(|e| load_attr_guarded(h, e, name)) {
            return Some(v);
        }
        self.load_attr_poly(obj, c, name)
    }

    /// LOAD_METHOD_CACHED when `load_method_hit` did not serve.
    #[inline(never)]
    pub fn load_method_cached_miss(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        let h = obj.as_header()?;
        if let Some(m) = site_entry(h, c).and_then(|e| load_method_guarded(h, e, name)) {
            return Some(m);
        }
        self.load_method_poly(obj, c, name)
    }

    /// STORE_ATTR_INSTANCE when `store_attr_hit` did not serve.
    #[inline(never)]
    pub fn store_attr_instance_miss(&mut self, obj: &Value, c: &InlineCache, name: &Value, v: Value) -> Result<(), Value> {
        let v = match obj.as_header().and_then(|h| site_entry(h, c)) {
            Some(e) => match self.store_attr_instance(obj, e, name, v) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            },
            None => v,
        };
        self.store_attr_poly(obj, c, name, v)
    }

    /// LOAD_ATTR_INSTANCE: the fast path on the site's main entry, else
    /// `load_attr_instance_miss` (for compiled code's helpers).
    #[inline(always)]
    pub fn load_attr_instance_any(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        load_attr_instance(obj, c, name).or_else(|| self.load_attr_instance_miss(obj, c, name))
    }

    /// LOAD_METHOD_CACHED: the fast path on the site's main entry, else
    /// `load_method_cached_miss`.
    #[inline(always)]
    pub fn load_method_cached_any(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        load_method_cached(obj, c, name).or_else(|| self.load_method_cached_miss(obj, c, name))
    }

    /// STORE_ATTR_INSTANCE: the fast path on the site's main entry, else
    /// `store_attr_instance_miss`; gives `v` back when the generic path must
    /// store it.
    #[inline(always)]
    pub fn store_attr_instance_any(&mut self, obj: &Value, c: &InlineCache, name: &Value, v: Value) -> Result<(), Value> {
        self.store_attr_instance(obj, c, name, v).or_else(|v| self.store_attr_instance_miss(obj, c, name, v))
    }

    /// LOAD_ATTR_INSTANCE when no entry of the site served `obj`: if `obj`
    /// (of another type, or with another shape) keeps `name` inline and its
    /// type has no attribute of that name, re-keys the cache to it and
    /// returns the value (a site that sees several subclasses stays
    /// specialized).
    #[inline(never)]
    fn load_attr_poly(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        let h = obj.as_header()?;
        let ext = inline_ext(h)?;
        let td = h.type_data();
        if matches!(td.kind, Kind::Type | Kind::Module) || td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            return None;
        }
        let s = ext.attrs.shape()?;
        let i = s.find(name)?;
        if self.type_lookup_v(&h.type_value(), name).is_some() || !poly_save(c) {
            return None;
        }
        set_type_guard(h, c);
        c.shape.set(s.id());
        c.index.set(i as u32);
        ext.attrs.get(i)
    }

    /// STORE_ATTR_INSTANCE when no entry of the site served `obj`: as
    /// `load_attr_poly`, stores inline into an object of another type when
    /// its type has no attribute `name` and no `__setattr__`; gives `v`
    /// back otherwise.
    #[inline(never)]
    fn store_attr_poly(&mut self, obj: &Value, c: &InlineCache, name: &Value, v: Value) -> Result<(), Value> {
        let Some(h) = obj.as_header() else { return Err(v) };
        let Some(ext) = inline_ext(h) else { return Err(v) };
        let td = h.type_data();
        if matches!(td.kind, Kind::Type | Kind::Module) || td.has_flag(tflags::CUSTOM_SETATTR) || !exact_str(name) {
            return Err(v);
        }
        if self.type_lookup_v(&h.type_value(), name).is_some() || !poly_save(c) {
            return Err(v);
        }
        set_type_guard(h, c);
        store_inline(ext, c, name, v)
    }

    /// LOAD_METHOD_CACHED when no entry of the site served `obj`: re-keys
    /// the cache to `obj`'s type when the name is a plain method there too.
    #[inline(never)]
    fn load_method_poly(&mut self, obj: &Value, c: &InlineCache, name: &Value) -> Option<Value> {
        let h = obj.as_header()?;
        let td = h.type_data();
        if matches!(td.kind, Kind::Type | Kind::Module | Kind::Function | Kind::Exception) || td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            return None;
        }
        let a = self.type_lookup_v(&h.type_value(), name)?;
        let plain = a.downcast::<FunctionData>().is_some() || a.downcast::<BuiltinData>().is_some_and(|b| b.kind == BuiltinKind::Method && b.self_.is_none());
        if !plain || !poly_save(c) {
            return None;
        }
        set_type_guard(h, c);
        c.value.set(a.raw());
        c.shape.set(0);
        load_method_cached(obj, c, name)
    }

    /// Tries to specialize a LOAD_ATTR that got `obj`.
    #[cold]
    pub fn specialize_load_attr(&mut self, instr: &Instr, c: &InlineCache, obj: &Value, name: &Value) {
        match self.instance_attr_index(obj, name, false) {
            Some((shape, ix)) => {
                let h = obj.as_header().expect("checked");
                set_type_guard(h, c);
                c.shape.set(shape);
                c.index.set(ix as u32);
                instr.op.set(Op::LoadAttrInstance);
            }
            None if self.specialize_slot_member(c, obj, name, false) => instr.op.set(Op::LoadAttrInstance),
            None if self.specialize_module_attr(c, obj, name) => instr.op.set(Op::LoadAttrModule),
            None => back_off(instr, c),
        }
    }

    /// Fills the cache for a `__slots__` member of `obj`'s type (the member
    /// descriptor is what the generic path would use: nothing else on the
    /// class intercepts the access).
    fn specialize_slot_member(&mut self, c: &InlineCache, obj: &Value, name: &Value, store: bool) -> bool {
        let Some(h) = obj.as_header() else { return false };
        let td = h.type_data();
        let hook = if store { tflags::CUSTOM_SETATTR } else { tflags::CUSTOM_GETATTRIBUTE };
        if matches!(td.kind, Kind::Type | Kind::Module | Kind::Exception) || td.has_flag(hook) || !exact_str(name) {
            return false;
        }
        let Some(a) = self.type_lookup_v(&h.type_value(), name) else { return false };
        let Some(NativeData::Member { index, .. }) = a.downcast::<NativeData>() else { return false };
        if h.ext().is_none_or(|e| *index >= e.slots.len()) {
            return false;
        }
        set_type_guard(h, c);
        c.shape.set(SLOT_SITE);
        c.index.set(*index as u32);
        if store {
            c.value.set(0);
        }
        true
    }

    /// Fills the LOAD_ATTR_MODULE cache words if `obj` is an exact module
    /// whose dict holds `name` (and the module type has no such attribute,
    /// which would win or need binding).
    fn specialize_module_attr(&mut self, c: &InlineCache, obj: &Value, name: &Value) -> bool {
        if !is_exact(obj, &t().module) || self.type_lookup_v(&t().module, name).is_some() {
            return false;
        }
        let Some(dd) = obj.downcast::<ModuleData>().and_then(|m| m.dict.downcast::<DictData>()) else { return false };
        let Some(ix) = dd.name_index(name) else { return false };
        c.key.set(obj.raw());
        c.key2.set(dd.keys_version());
        c.index.set(ix as u32);
        true
    }

    /// Tries to specialize a STORE_ATTR that got `obj`.
    #[cold]
    pub fn specialize_store_attr(&mut self, instr: &Instr, c: &InlineCache, obj: &Value, name: &Value) {
        match self.instance_attr_index(obj, name, true) {
            Some((shape, ix)) => {
                let h = obj.as_header().expect("checked");
                set_type_guard(h, c);
                c.shape.set(shape);
                c.index.set(ix as u32);
                c.value.set(0);
                instr.op.set(Op::StoreAttrInstance);
            }
            None if self.specialize_slot_member(c, obj, name, true) => instr.op.set(Op::StoreAttrInstance),
            None => back_off(instr, c),
        }
    }

    /// For an instance of a user class whose attribute `name` lives in the
    /// instance dict (no data descriptor on the class, no custom
    /// `__getattribute__` / `__setattr__`): the entry index hint (for a
    /// store the name need not be there yet: `u32::MAX`), or for inline
    /// attributes the shape identity and position (see the module docs).
    fn instance_attr_index(&mut self, obj: &Value, name: &Value, store: bool) -> Option<(u64, usize)> {
        let h = obj.as_header()?;
        let td = h.type_data();
        let hook = if store { tflags::CUSTOM_SETATTR } else { tflags::CUSTOM_GETATTRIBUTE };
        // Exceptions of user classes qualify: their dict, once made, is also
        // in the extension's slot (`instattr::exception_dict`).
        if matches!(td.kind, Kind::Type | Kind::Module) || td.has_flag(hook) || !td.has_dict || !exact_str(name) {
            return None;
        }
        let ext = h.ext()?;
        let ty = h.type_value();
        if let Some(a) = self.type_lookup_v(&ty, name) {
            if self.is_data_descriptor(&a) {
                return None;
            }
        }
        if ext.dict.is_none() {
            let shape = ext.attrs.shape();
            let found = shape.and_then(|s| s.find(name));
            if found.is_none() && !store {
                return None;
            }
            let shape = shape.unwrap_or_else(Shape::root);
            return Some((shape.id(), found.unwrap_or(shape.len())));
        }
        let found = ext.dict.with(|d| d.and_then(|d| d.downcast::<DictData>()).and_then(|dd| dd.name_index(name)));
        match found {
            Some(ix) => Some((0, ix)),
            None if store => Some((0, u32::MAX as usize)),
            None => None,
        }
    }

    /// Tries to specialize a LOAD_METHOD that got `obj`.
    #[cold]
    pub fn specialize_load_method(&mut self, instr: &Instr, c: &InlineCache, obj: &Value, name: &Value) {
        let Some(h) = obj.as_header() else { return back_off(instr, c) };
        if self.specialize_module_attr(c, obj, name) {
            return instr.op.set(Op::LoadMethodModule);
        }
        let td = h.type_data();
        let plain_layout = !matches!(td.kind, Kind::Type | Kind::Module | Kind::Function | Kind::Exception);
        if !plain_layout || td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            return back_off(instr, c);
        }
        let ty = h.type_value();
        let Some(a) = self.type_lookup_v(&ty, name) else { return back_off(instr, c) };
        let plain = a.downcast::<FunctionData>().is_some() || a.downcast::<BuiltinData>().is_some_and(|b| b.kind == BuiltinKind::Method && b.self_.is_none());
        if !plain {
            return back_off(instr, c);
        }
        set_type_guard(h, c);
        c.value.set(a.raw());
        c.shape.set(0);
        if load_method_cached(obj, c, name).is_none() {
            // Shadowed by the instance dict.
            return back_off(instr, c);
        }
        instr.op.set(Op::LoadMethodCached);
    }
}

/// The word BINARY_OP_PY caches for an operand's type: its address.
#[inline(always)]
pub fn type_word(v: &Value) -> u64 {
    match v.as_header() {
        Some(h) => h.type_ptr() as u64,
        None if v.is_small_int() => t().int.raw(),
        None => t().float.raw(),
    }
}

impl Vm {
    /// Tries to specialize a BINARY_OP (argument `arg`) that got `a`, `b`.
    #[cold]
    pub fn specialize_binary_op(&mut self, instr: &Instr, c: &InlineCache, a: &Value, b: &Value, arg: u32) {
        match binary_op_form(a, b) {
            Some(op) => instr.op.set(op),
            None if self.binary_py_site(c, a, b, arg) => instr.op.set(Op::BinaryOpPy),
            None => back_off(instr, c),
        }
    }

    /// Fills BINARY_OP_PY's cache words (see `Vm::enter_binop_call`) when
    /// the generic path would first call a Python dunder of `a`'s type
    /// with `(a, b)`: `a` a plain instance of a Python class whose
    /// `__op__` is a Python function (for an in-place operator, with no
    /// `__iop__`), and `b` not of a subclass overriding the reflected
    /// dunder (which would be tried first).
    fn binary_py_site(&mut self, c: &InlineCache, a: &Value, b: &Value, arg: u32) -> bool {
        let Some(h) = a.as_header() else { return false };
        let td = h.type_data();
        if td.kind != Kind::Object || !td.has_flag(tflags::HEAPTYPE) {
            return false;
        }
        let Some((op, inplace)) = crate::bytecode::BinaryOp::from_arg(arg) else { return false };
        let [name, rname, iname] = self.names.binop[op as usize].clone();
        let (ta, tb) = (h.type_value(), self.type_of(b));
        if inplace && self.type_lookup_v(&ta, &iname).is_some() {
            return false;
        }
        let Some(slotv) = self.type_lookup_v(&ta, &name) else { return false };
        if slotv.downcast::<FunctionData>().is_none() {
            return false;
        }
        if !ta.is(&tb) && self.is_subtype(&tb, &ta) {
            if let Some(sw) = self.type_lookup_v(&tb, &rname) {
                if self.type_lookup_v(&ta, &rname).is_none_or(|x| !x.is(&sw)) {
                    return false;
                }
            }
        }
        set_type_guard(h, c);
        c.shape.set(type_word(b));
        c.value.set(slotv.raw());
        true
    }

    /// After a CALL ran `__init__` inlined for `obj`, a new instance of a
    /// plain class (`Vm::enter_init_call`): makes the instruction
    /// CALL_PY_INIT for that class and `__init__` function.
    #[cold]
    pub fn specialize_init_call(&mut self, instr: &Instr, c: &InlineCache, obj: &Value, init: &Value) {
        let Some(h) = obj.as_header() else { return back_off(instr, c) };
        c.key.set(h.type_ptr() as u64);
        c.key2.set(type_epoch());
        c.value.set(init.raw());
        instr.op.set(Op::CallPyInit);
    }
}

/// The specialized form of BINARY_OP for operands `a`, `b`, if any.
pub fn binary_op_form(a: &Value, b: &Value) -> Option<Op> {
    if a.is_small_int() && b.is_small_int() {
        Some(Op::BinaryOpInt)
    } else if float_operands(a, b) {
        Some(Op::BinaryOpFloat)
    } else {
        None
    }
}

/// Whether BINARY_OP_FLOAT's guard holds: inline floats, or an inline float
/// with an inline int.
#[inline(always)]
pub fn float_operands(a: &Value, b: &Value) -> bool {
    (a.is_float() && (b.is_float() || b.is_small_int())) || (b.is_float() && a.is_small_int())
}

/// The specialized form of COMPARE_OP for operands `a`, `b`, if any.
pub fn compare_op_form(a: &Value, b: &Value) -> Option<Op> {
    if a.is_small_int() && b.is_small_int() {
        Some(Op::CompareOpInt)
    } else if a.is_float() && b.is_float() {
        Some(Op::CompareOpFloat)
    } else if is_exact(a, &t().str_) && is_exact(b, &t().str_) {
        Some(Op::CompareOpStr)
    } else {
        None
    }
}

pub use super::iterate::is_exact;

/// The specialized form of BINARY_SUBSCR for `obj[key]`, if any.
pub fn subscr_form(obj: &Value, key: &Value) -> Option<Op> {
    let r = t();
    if key.is_small_int() && is_exact(obj, &r.list) {
        Some(Op::BinarySubscrList)
    } else if key.is_small_int() && is_exact(obj, &r.tuple) {
        Some(Op::BinarySubscrTuple)
    } else if is_exact(obj, &r.dict) {
        Some(Op::BinarySubscrDict)
    } else {
        None
    }
}

/// The specialized form of FOR_ITER for iterator `it`, if any.
pub fn for_iter_form(it: &Value) -> Option<Op> {
    use crate::object::iter::{IterData, IterState};
    if it.downcast::<crate::object::generator::GeneratorData>().is_some() {
        return Some(Op::ForIterGen);
    }
    let d = it.downcast::<IterData>()?;
    let st = d.state.try_borrow().ok()?;
    match &*st {
        IterState::Range { .. } => Some(Op::ForIterRange),
        IterState::List { .. } => Some(Op::ForIterList),
        IterState::Tuple { .. } => Some(Op::ForIterTuple),
        _ => None,
    }
}

/// Rewrites `instr` to `form`, or backs off when there is none.
#[inline]
pub fn specialize_to(instr: &Instr, c: &InlineCache, form: Option<Op>) {
    match form {
        Some(op) => instr.op.set(op),
        None => back_off(instr, c),
    }
}
