//! `set` / `frozenset`: CPython 3.11's set table, reproduced exactly (linear
//! probes of 9, then perturbation; grow at 3/5 fill to 4x used, or 2x past
//! 50,000), so iteration order — and therefore what `print(a_set)` shows —
//! matches CPython for ints and other values with CPython-equal hashes.
//!
//! Invariants: `fill` counts active + dummy slots, `used` active ones; a
//! dummy slot has key `None` and `hash == -1` (no Python hash is -1), a
//! never-used one key `None` and hash 0. No
//! `RefCell` borrow is held while Python `__eq__` runs (see `dict.rs`).

use std::cell::{Cell, RefCell};

use super::hashing::native_eq;
use super::header::{Kind, ObjData};
use super::value::Value;
use crate::error::{PyErr, PyResult};
use crate::vm::Vm;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Default)]
pub struct Slot {
    /// The key's hash (-1 for a dummy, 0 for a never-used slot).
    pub hash: i64,
    /// The key, if active.
    pub key: Option<Value>,
}

impl Slot {
    /// Empties an active slot into a dummy, returning its key.
    #[inline]
    fn make_dummy(&mut self) -> Option<Value> {
        self.hash = -1;
        self.key.take()
    }
}

/// The hash of a key whose hash needs no Python code: inline ints (always
/// within the hash modulus, so their own value, -1 giving -2) without a
/// call, everything else through `native_hash`.
#[inline(always)]
fn native_key_hash(key: &Value) -> Option<i64> {
    match key.as_small_int() {
        Some(i) => Some(if i == -1 { -2 } else { i }),
        None => crate::vm::convert::native_hash(key),
    }
}

/// `n` never-used slots. A never-used slot is all zero bits (hash 0, key
/// `None`, the zero word being no `Value`), so the table comes zeroed from
/// the allocator instead of being written slot by slot.
fn empty_slots(n: usize) -> Vec<Slot> {
    const { assert!(std::mem::size_of::<Slot>() == 16 && std::mem::align_of::<Slot>() == 8) };
    let layout = std::alloc::Layout::array::<Slot>(n).expect("set table size overflows");
    // SAFETY: `n > 0` (MIN_SIZE at least), so the layout is not empty; the
    // zeroed memory holds `n` valid never-used slots (`i64` 0 and
    // `Option<Value>` `None`, whose representation is the zero word); the
    // Vec takes the allocation with the same layout (capacity `n`).
    unsafe {
        let p = std::alloc::alloc_zeroed(layout);
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        Vec::from_raw_parts(p.cast::<Slot>(), n, n)
    }
}

/// The open-addressing table.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Drop for SetTable {
    /// Drops the `used` keys, stopping at the last one (as CPython's
    /// `set_dealloc`) instead of visiting every slot of the table.
    fn drop(&mut self) {
        let mut left = self.used;
        for s in self.slots.iter_mut() {
            if left == 0 {
                break;
            }
            if let Some(k) = s.key.take() {
                left -= 1;
                drop(k);
            }
        }
        // SAFETY: every slot now has key `None` (the `used` active keys were
        // taken; dummies and never-used slots hold none) and `i64` hashes need
        // no drop, so forgetting the slots leaks nothing.
        unsafe { self.slots.set_len(0) };
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0 }
    }
}

enum Probe {
    Found(usize),
    Vacant { slot: usize, fresh: bool },
    NeedsEq(usize, Value),
}

impl SetTable {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    #[inline(always)]
    fn probe(&self, key: &Value, hash: i64, checked: &[usize]) -> Probe {
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let mut i = hash as u64 as usize & mask;
        // The first slot decides the common cases at once: never used (the
        // key is absent), or holding this very key with its hash.
        if checked.is_empty() {
            let e = &slots[i];
            match &e.key {
                None if e.hash != -1 => return Probe::Vacant { slot: i, fresh: true },
                Some(k) if e.hash == hash && k.is(key) => return Probe::Found(i),
                _ => {}
            }
        }
        let mut perturb = hash as u64;
        let mut freeslot = usize::MAX;
        loop {
            let end = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES + 1 } else { i + 1 };
            for (j, e) in (i..end).zip(&slots[i..end]) {
                match &e.key {
                    Some(k) => {
                        if e.hash == hash && (checked.is_empty() || !checked.contains(&j)) {
                            if k.is(key) {
                                return Probe::Found(j);
                            }
                            match native_eq(k, key) {
                                Some(true) => return Probe::Found(j),
                                Some(false) => {}
                                None => return Probe::NeedsEq(j, k.clone()),
                            }
                        }
                    }
                    None if e.hash != -1 => {
                        return if freeslot == usize::MAX {
                            Probe::Vacant { slot: j, fresh: true }
                        } else {
                            Probe::Vacant { slot: freeslot, fresh: false }
                        };
                    }
                    None => {
                        if freeslot == usize::MAX {
                            freeslot = j;
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            if slots[i].key.is_none() {
                slots[i] = Slot { hash, key: Some(key) };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut slots[i + 1..=i + LINEAR_PROBES] {
                    if slot.key.is_none() {
                        *slot = Slot { hash, key: Some(key) };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    #[cold]
    #[inline(never)]
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.fill = self.used;
        for s in old {
            if let Some(k) = s.key {
                Self::insert_clean(&mut self.slots, k, s.hash);
            }
        }
    }

    #[inline(always)]
    fn add_at(&mut self, slot: usize, fresh: bool, key: Value, hash: i64) {
        self.slots[slot] = Slot { hash, key: Some(key) };
        self.used += 1;
        if fresh {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                self.resize(n);
            }
        }
    }

    /// Active keys in slot (iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| s.key.as_ref())
    }

    /// Active (hash, key) pairs in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// The active key at or after slot `pos`: (next position, key).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            if let Some(k) = &self.slots[pos].key {
                return Some((pos + 1, k.clone()));
            }
            pos += 1;
        }
        None
    }
}

/// The key a set lookup retries with after hashing `key` failed with
/// `err`: as in CPython, a `set` (or subclass) key is looked up as the
/// frozenset of its elements; any other key's error stands.
fn frozen_key(vm: &mut Vm, key: &Value, err: PyErr) -> PyResult<Value> {
    let reg = crate::object::registry::t();
    let is_set = vm.is_subtype(&vm.type_of(key), &reg.set);
    match key.downcast::<SetData>() {
        Some(sd) if is_set && vm.is_subtype(&err.exc_type(), &reg.named("TypeError")) => {
            Ok(super::header::alloc(&reg.frozenset, SetData::from_table(sd.snapshot()), None))
        }
        _ => Err(err),
    }
}

/// A set or frozenset body.
pub struct SetData {
    table: RefCell<SetTable>,
    /// Mutation counter (for iterators and restarting lookups).
    version: Cell<u64>,
    /// Cached hash of a frozenset (-1: not computed).
    pub hash: Cell<i64>,
}

impl ObjData for SetData {
    const KIND: Kind = Kind::Set;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            t.iter().for_each(visit);
        }
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl SetData {
    /// An empty set body.
    pub fn new() -> SetData {
        SetData { table: RefCell::new(SetTable::default()), version: Cell::new(0), hash: Cell::new(-1) }
    }
    /// A body holding a copy of `t`.
    pub fn from_table(t: SetTable) -> SetData {
        SetData { table: RefCell::new(t), version: Cell::new(0), hash: Cell::new(-1) }
    }
    /// Mutation counter.
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    fn bump(&self) {
        self.version.set(self.version.get() + 1);
    }
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A copy of the table.
    pub fn snapshot(&self) -> SetTable {
        self.table.borrow().clone()
    }
    /// Elements in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().cloned().collect()
    }
    /// Runs `f` on the table; `f` must not run Python code.
    pub fn with_table<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(&self.table.borrow())
    }
    /// The element at or after slot `pos` (for iterators).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.table.borrow().entry_from(pos)
    }
    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }
    /// Takes the items out for the cycle collector (which drops them
    /// later), unless the table is borrowed right now.
    pub(crate) fn take_for_gc(&self) -> Option<Box<dyn std::any::Any>> {
        let old = std::mem::take(&mut *self.table.try_borrow_mut().ok()?);
        self.bump();
        Some(Box::new(old))
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Probe> {
        let mut checked = Vec::new();
        loop {
            let p = self.table.borrow().probe(key, hash, &checked);
            match p {
                Probe::NeedsEq(j, cand) => {
                    let before = self.version.get();
                    let eq = vm.eq_bool(&cand, key)?;
                    if self.version.get() != before {
                        checked.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Probe::Found(j));
                    }
                    checked.push(j);
                }
                other => return Ok(other),
            }
        }
    }

    /// Adds `key`.
    #[inline]
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        if let Some(hash) = native_key_hash(&key) {
            return match self.add_native_checked(key, hash) {
                Ok(()) => Ok(()),
                Err(key) => self.add_hashed(vm, key, hash),
            };
        }
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    /// Adds `key` with a precomputed hash.
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        if let Probe::Vacant { slot, fresh } = self.find(vm, &key, hash)? {
            self.table.borrow_mut().add_at(slot, fresh, key, hash);
            self.bump();
        }
        Ok(())
    }

    /// Adds a key whose equality with any other key is native (constants).
    pub fn add_native(&self, key: Value, hash: i64) {
        let p = self.table.borrow().probe(&key, hash, &[]);
        if let Probe::Vacant { slot, fresh } = p {
            self.table.borrow_mut().add_at(slot, fresh, key, hash);
            self.bump();
        }
    }

    /// Whether `key` is an element.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = match native_key_hash(key) {
            Some(hash) => match self.contains_native(key, hash) {
                Some(r) => return Ok(r),
                None => hash,
            },
            None => match vm.hash(key) {
                Ok(hash) => hash,
                Err(e) => {
                    let fk = frozen_key(vm, key, e)?;
                    return self.contains(vm, &fk);
                }
            },
        };
        Ok(matches!(self.find(vm, key, hash)?, Probe::Found(_)))
    }

    /// Whether `key` (of hash `hash`) is an element, decided without Python
    /// code: `None` when a candidate needs a Python `__eq__` (or the table
    /// is being mutated), for the caller to take the general path.
    #[inline]
    pub fn contains_native(&self, key: &Value, hash: i64) -> Option<bool> {
        let t = self.table.try_borrow().ok()?;
        match t.probe(key, hash, &[]) {
            Probe::Found(_) => Some(true),
            Probe::Vacant { .. } => Some(false),
            Probe::NeedsEq(..) => None,
        }
    }

    /// `key in self` when `container` is an exact set or frozenset (no
    /// subclass can have replaced `__contains__`) and the answer needs no
    /// Python code (native hash and equality); `None` otherwise.
    #[inline]
    pub fn exact_contains(container: &Value, key: &Value) -> Option<bool> {
        let h = container.as_header()?;
        let td = h.type_data();
        if td.kind != Kind::Set || td.has_flag(super::typeobj::tflags::HEAPTYPE) {
            return None;
        }
        let sd = container.downcast::<SetData>()?;
        sd.contains_native(key, native_key_hash(key)?)
    }

    /// `add` of a key whose hash is native: done without Python code, or
    /// `Err(key)` back when a candidate needs a Python `__eq__`.
    #[inline(always)]
    pub fn add_native_checked(&self, key: Value, hash: i64) -> Result<(), Value> {
        let Ok(mut t) = self.table.try_borrow_mut() else { return Err(key) };
        match t.probe(&key, hash, &[]) {
            Probe::Found(_) => Ok(()),
            Probe::Vacant { slot, fresh } => {
                t.add_at(slot, fresh, key, hash);
                drop(t);
                self.bump();
                Ok(())
            }
            Probe::NeedsEq(..) => Err(key),
        }
    }

    /// `add` (or with `discard`, `discard`) of `key` when its hash is
    /// native and no candidate needs a Python `__eq__`: `false` when the
    /// general path must run (nothing changed then).
    #[inline]
    pub fn update_native(&self, key: &Value, discard: bool) -> bool {
        let Some(hash) = native_key_hash(key) else { return false };
        if discard {
            self.discard_native(key, hash).is_some()
        } else {
            self.add_native_checked(key.clone(), hash).is_ok()
        }
    }

    /// `discard` of a key whose hash is native: whether it was present, or
    /// `None` when a candidate needs a Python `__eq__`.
    #[inline]
    pub fn discard_native(&self, key: &Value, hash: i64) -> Option<bool> {
        let old = {
            let mut t = self.table.try_borrow_mut().ok()?;
            match t.probe(key, hash, &[]) {
                Probe::Found(j) => {
                    let old = t.slots[j].make_dummy();
                    t.used -= 1;
                    old
                }
                Probe::Vacant { .. } => return Some(false),
                Probe::NeedsEq(..) => return None,
            }
        };
        self.bump();
        drop(old);
        Some(true)
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = match native_key_hash(key) {
            Some(hash) => match self.discard_native(key, hash) {
                Some(r) => return Ok(r),
                None => hash,
            },
            None => match vm.hash(key) {
                Ok(hash) => hash,
                Err(e) => {
                    let fk = frozen_key(vm, key, e)?;
                    return self.discard(vm, &fk);
                }
            },
        };
        if let Probe::Found(j) = self.find(vm, key, hash)? {
            let old = {
                let mut t = self.table.borrow_mut();
                let old = t.slots[j].make_dummy();
                t.used -= 1;
                old
            };
            self.bump();
            drop(old);
            return Ok(true);
        }
        Ok(false)
    }

    /// Removes and returns an arbitrary element (CPython's `pop` order).
    pub fn pop(&self) -> Option<Value> {
        let v = {
            let mut t = self.table.borrow_mut();
            let j = t.slots.iter().position(|s| s.key.is_some())?;
            let v = t.slots[j].make_dummy();
            t.used -= 1;
            v
        };
        self.bump();
        v
    }

    /// Adds every element of `other` (CPython's `set_merge` order).
    pub fn merge(&self, vm: &mut Vm, other: &SetTable) -> PyResult<()> {
        if other.is_empty() {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + other.used) * 5 >= t.mask() * 3 {
                let n = (t.used + other.used) * 2;
                t.resize(n);
            }
            if t.fill == 0 && t.slots.len() == other.slots.len() {
                // Empty target with the same geometry: copy slots directly.
                for (d, s) in t.slots.iter_mut().zip(other.slots.iter()) {
                    if s.key.is_some() {
                        *d = s.clone();
                    }
                }
                t.fill = other.used;
                t.used = other.used;
                drop(t);
                self.bump();
                return Ok(());
            }
            if t.fill == 0 {
                for (h, k) in other.entries() {
                    SetTable::insert_clean(&mut t.slots, k.clone(), h);
                }
                t.fill = other.used;
                t.used = other.used;
                drop(t);
                self.bump();
                return Ok(());
            }
        }
        for (h, k) in other.entries().map(|(h, k)| (h, k.clone())).collect::<Vec<_>>() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// Pre-sizes for adding the `n` items of a dict (CPython's dict fast path).
    pub fn presize_for_dict(&self, n: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            t.resize(m);
        }
    }
}
