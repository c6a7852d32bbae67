//! `dict`: CPython's compact, insertion-ordered hash table.
//!
//! Layout: `indices` is an open-addressing table (power-of-two size) of
//! positions into `entries`, probed with CPython's perturbation scheme;
//! `entries` holds `(hash, key, value)` in insertion order, with `None` for
//! deleted entries until the next resize compacts them.
//!
//! Invariants:
//! - `entries.len() <= usable(indices.len())` (2/3 of the table).
//! - `used` counts live entries.
//! - `version` changes on every mutation (a globally unique counter, as in
//!   PEP 509), so caches keyed on it are never fooled by a different dict.
//! - No `RefCell` borrow is held while Python code runs (`__eq__` / `__hash__`):
//!   lookups that need Python equality release the borrow, call, re-borrow,
//!   and restart if the table changed meanwhile.

use std::cell::{Cell, RefCell};

use super::bodies::StrData;
use super::hashing::{native_eq, str_hash, str_hash_cached};
use super::header::{Header, Kind, ObjData};
use super::registry::t;
use super::value::Value;
use crate::error::PyResult;
use crate::vm::Vm;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

/// One live entry.
#[derive(Clone)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// The table behind a dict.
#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Every entry before this position is deleted (so iteration from the
    /// start, e.g. `next(iter(d))` after deleting the first keys, skips them
    /// in O(1)).
    dead_prefix: usize,
}

fn usable(n: usize) -> usize {
    n * 2 / 3
}


/// `v`'s text and type pointer when it is an exact str.
#[inline]
fn exact_str(v: &Value) -> Option<(&StrData, *const Header)> {
    let h = v.as_header()?;
    let ty = h.type_ptr();
    if ty as u64 != t().str_.raw() {
        return None;
    }
    Some((h.downcast::<StrData>()?, ty))
}

/// The hash of `key` without Python code (`native_hash`), an exact str's
/// cached hash taken first.
#[inline]
fn key_hash(key: &Value) -> Option<i64> {
    match exact_str(key) {
        Some((s, _)) => Some(str_hash_cached(s)),
        None => crate::vm::convert::native_hash(key),
    }
}

enum Probe {
    Found(usize),
    /// Not found; the index slot where it would go.
    Vacant(usize),
    /// An entry with the same hash needs Python equality: (entry index, its key).
    NeedsEq(usize, Value),
}

impl DictTable {
    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.used
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Probes for `key`. `skip_eq_below` lets a restarted probe treat entries
    /// already compared by Python as unequal.
    fn probe(&self, key: &Value, hash: i64, checked: &[usize]) -> Probe {
        if self.indices.is_empty() {
            return Probe::Vacant(usize::MAX);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy = None;
        // An exact-str key meets exact-str candidates by their text, without
        // native_eq's dispatch (other candidates go the general way).
        let str_key = exact_str(key);
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Vacant(first_dummy.unwrap_or(i));
            }
            if ix == DUMMY {
                first_dummy.get_or_insert(i);
            } else if let Some(e) = &self.entries[ix as usize] {
                if e.key.is(key) {
                    return Probe::Found(ix as usize);
                }
                if e.hash != hash {
                    // Not equal: keys of equal value have equal hashes.
                } else if let (Some((ks, ty)), Some(h)) = (str_key, e.key.as_header()) {
                    if std::ptr::eq(h.type_ptr(), ty) {
                        if h.downcast::<StrData>().is_some_and(|cs| cs.s.as_bytes() == ks.s.as_bytes()) {
                            return Probe::Found(ix as usize);
                        }
                    } else if !checked.contains(&(ix as usize)) {
                        match native_eq(&e.key, key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => return Probe::NeedsEq(ix as usize, e.key.clone()),
                        }
                    }
                } else if !checked.contains(&(ix as usize)) {
                    match native_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => return Probe::NeedsEq(ix as usize, e.key.clone()),
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn find_str(&self, name: &str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if let Some(s) = e.key.downcast::<super::bodies::StrData>() {
                            if &*s.s == name {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while usable(size) <= min_used {
            size *= 2;
        }
        let old = std::mem::take(&mut self.entries);
        self.dead_prefix = 0;
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(usable(size));
        let mask = size - 1;
        for e in old.into_iter().flatten() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = self.entries.len() as u32;
            self.entries.push(Some(e));
        }
    }

    /// Inserts a key known to be absent, at index slot `slot` when it is a
    /// valid vacant slot of the current table (`usize::MAX`: find one).
    fn insert_new(&mut self, mut slot: usize, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() || self.entries.len() >= usable(self.indices.len()) {
            self.resize(self.used * 3 / 2 + 1);
            slot = usize::MAX;
        }
        if slot == usize::MAX {
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            slot = i;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
    }

    fn remove_at(&mut self, ix: usize) -> Entry {
        let slot = self.slot_of(ix);
        self.indices[slot] = DUMMY;
        self.used -= 1;
        let e = self.entries[ix].take().expect("live entry");
        if ix == self.dead_prefix {
            while matches!(self.entries.get(self.dead_prefix), Some(None)) {
                self.dead_prefix += 1;
            }
        }
        e
    }

    /// The index slot pointing at entry `ix`: on the probe sequence of the
    /// entry's hash (where insertion put it), so O(1) expected.
    fn slot_of(&self, ix: usize) -> usize {
        let hash = self.entries[ix].as_ref().map_or(0, |e| e.hash);
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..(self.indices.len() * 4 + 64) {
            if self.indices[i] == ix as u32 {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices.iter().position(|&j| j == ix as u32).expect("entry is indexed")
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries[self.dead_prefix.min(self.entries.len())..].iter().flatten()
    }

    /// The live entry at or after position `pos` in `entries`, with the
    /// position after it (for iterators that survive mutation checks).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        pos = pos.max(self.dead_prefix);
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }
}

/// A dict object.
pub struct DictData {
    table: RefCell<DictTable>,
    version: Cell<u64>,
    /// Changes only when the set of keys (or their positions) changes:
    /// insertion of a new key, deletion, clearing. Caches of entry indices
    /// are keyed on it, so rebinding a value does not invalidate them.
    keys_version: Cell<u64>,
}

impl ObjData for DictData {
    const KIND: Kind = Kind::Dict;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.iter() {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl DictData {
    /// An empty dict body.
    pub fn new() -> DictData {
        DictData { table: RefCell::new(DictTable::default()), version: Cell::new(next_version()), keys_version: Cell::new(next_version()) }
    }
    /// A dict body holding a copy of `t`.
    pub fn from_table(t: DictTable) -> DictData {
        DictData { table: RefCell::new(t), version: Cell::new(next_version()), keys_version: Cell::new(next_version()) }
    }
    /// The mutation version (see module docs).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    fn bump(&self) {
        self.version.set(next_version());
    }
    fn bump_keys(&self) {
        self.keys_version.set(next_version());
        self.bump();
    }
    /// The keys version (see the field docs).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version.get()
    }
    /// The address of the keys-version counter (for compiled code's guards;
    /// valid while the dict lives).
    pub fn keys_version_ptr(&self) -> *const u64 {
        self.keys_version.as_ptr()
    }
    /// The address of entry `ix`'s value word, for compiled code's global
    /// loads. Entries move only when keys are added or removed, which
    /// changes `keys_version`: the address is valid while the dict lives and
    /// `keys_version` is unchanged.
    pub fn value_ptr(&self, ix: usize) -> Option<*const u64> {
        let t = self.table.borrow();
        t.entries.get(ix)?.as_ref().map(|e| (&e.value as *const Value).cast::<u64>())
    }
    /// The entry index of a str-valued key (for inline caches).
    pub fn name_index(&self, key: &Value) -> Option<usize> {
        let s = key.downcast::<super::bodies::StrData>()?;
        self.table.borrow().find_str(&s.s, super::hashing::str_hash_cached(s))
    }
    /// The value of entry `ix` (valid while `keys_version` is unchanged).
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.table.borrow().entries.get(ix).and_then(|e| e.as_ref()).map(|e| e.value.clone())
    }
    /// The value of entry `ix` if that entry's key is the very object `key`
    /// (an inline-cache hint check: no hashing, no Python code).
    #[inline]
    pub fn value_at_key(&self, ix: usize, key: &Value) -> Option<Value> {
        let t = self.table.borrow();
        match t.entries.get(ix) {
            Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
            _ => None,
        }
    }
    /// Replaces the value of entry `ix` if its key is the very object `key`;
    /// gives `value` back otherwise. The old value is returned for the
    /// caller to drop (after the table is released).
    #[inline]
    pub fn replace_at_key(&self, ix: usize, key: &Value, value: Value) -> Result<Value, Value> {
        let old = {
            let mut t = self.table.borrow_mut();
            match t.entries.get_mut(ix) {
                Some(Some(e)) if e.key.is(key) => std::mem::replace(&mut e.value, value),
                _ => return Err(value),
            }
        };
        self.bump();
        Ok(old)
    }
    /// Sets a str key using its cached hash (never runs Python code); returns
    /// the entry index it now has.
    pub fn set_name(&self, key: Value, value: Value) -> usize {
        let s = key.downcast::<super::bodies::StrData>().expect("set_name takes a str key");
        let hash = super::hashing::str_hash_cached(s);
        let (ix, old) = {
            let mut t = self.table.borrow_mut();
            match t.find_str(&s.s, hash) {
                Some(ix) => (ix, t.entries[ix].as_mut().map(|e| std::mem::replace(&mut e.value, value))),
                None => {
                    t.insert_new(usize::MAX, hash, key, value);
                    self.keys_version.set(next_version());
                    (t.entries.len() - 1, None)
                }
            }
        };
        self.bump();
        drop(old);
        ix
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the table (cheap clones of the values).
    pub fn snapshot(&self) -> DictTable {
        self.table.borrow().clone()
    }
    /// Runs `f` with the table borrowed. `f` must not run Python code.
    pub fn with_table<R>(&self, f: impl FnOnce(&DictTable) -> R) -> R {
        f(&self.table.borrow())
    }
    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }
    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.value.clone()).collect()
    }
    /// (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump_keys();
        drop(old);
    }
    /// Takes the entries out for the cycle collector (which drops them
    /// later), unless the table is borrowed right now.
    pub(crate) fn take_for_gc(&self) -> Option<Box<dyn std::any::Any>> {
        let old = std::mem::take(&mut *self.table.try_borrow_mut().ok()?);
        self.bump_keys();
        Some(Box::new(old))
    }

    /// Looks up a str-valued key (using its cached hash) without running Python code.
    #[inline]
    pub fn get_name(&self, key: &Value) -> Option<Value> {
        let s = key.downcast::<super::bodies::StrData>()?;
        let t = self.table.borrow();
        let ix = t.find_str(&s.s, super::hashing::str_hash_cached(s))?;
        t.entries[ix].as_ref().map(|e| e.value.clone())
    }

    /// Looks up a str key without running Python code.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let t = self.table.borrow();
        let ix = t.find_str(name, str_hash(name))?;
        t.entries[ix].as_ref().map(|e| e.value.clone())
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
        let mut checked: Vec<usize> = Vec::new();
        loop {
            let probe = self.table.borrow().probe(key, hash, &checked);
            match probe {
                Probe::Found(ix) => return Ok(Ok(ix)),
                Probe::Vacant(slot) => return Ok(Err(slot)),
                Probe::NeedsEq(ix, candidate) => {
                    // Only a change of the keys (insertion, deletion,
                    // clearing) moves entries; rebinding values in `__eq__`
                    // must not restart the probe forever.
                    let before = self.keys_version.get();
                    let eq = vm.eq_bool(&candidate, key)?;
                    if self.keys_version.get() != before {
                        checked.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Ok(ix));
                    }
                    checked.push(ix);
                }
            }
        }
    }

    /// `self[key]` (of hash `hash`) looked up without Python code: `None`
    /// when a candidate key needs a Python `__eq__` (or the table is being
    /// mutated), `Some(None)` when absent.
    #[inline]
    pub fn get_native(&self, key: &Value, hash: i64) -> Option<Option<Value>> {
        let t = self.table.try_borrow().ok()?;
        match t.probe(key, hash, &[]) {
            Probe::Found(ix) => Some(t.entries[ix].as_ref().map(|e| e.value.clone())),
            Probe::Vacant(_) => Some(None),
            Probe::NeedsEq(..) => None,
        }
    }

    /// `self[key]` for a key hashed without Python code (`native_hash`):
    /// `Some(None)` when absent, `None` when that cannot be decided
    /// natively (an unhashable or user-defined key, a candidate needing
    /// `__eq__`, the table being mutated).
    #[inline]
    pub fn lookup_native(&self, key: &Value) -> Option<Option<Value>> {
        self.get_native(key, key_hash(key)?)
    }

    /// `self[key] = value` when it needs no Python code (as
    /// `lookup_native`); gives `value` back otherwise.
    pub fn store_native(&self, key: Value, value: Value) -> Result<(), (Value, Value)> {
        let Some(hash) = key_hash(&key) else { return Err((key, value)) };
        let old = {
            let Ok(mut t) = self.table.try_borrow_mut() else { return Err((key, value)) };
            match t.probe(&key, hash, &[]) {
                Probe::Found(ix) => t.entries[ix].as_mut().map(|e| std::mem::replace(&mut e.value, value)),
                Probe::Vacant(slot) => {
                    t.insert_new(slot, hash, key, value);
                    self.keys_version.set(next_version());
                    None
                }
                Probe::NeedsEq(..) => return Err((key, value)),
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    /// `self[key]` if present.
    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = match key_hash(key) {
            Some(hash) => match self.get_native(key, hash) {
                Some(r) => return Ok(r),
                None => hash,
            },
            None => vm.hash(key)?,
        };
        self.get_item_hashed(vm, key, hash)
    }

    /// `self[key]` for a precomputed hash.
    pub fn get_item_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(vm, key, hash)? {
            Ok(ix) => Ok(self.table.borrow().entries[ix].as_ref().map(|e| e.value.clone())),
            Err(_) => Ok(None),
        }
    }

    /// `self[key] = value`.
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    /// `self[key] = value` for a precomputed hash.
    pub fn set_item_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let found = self.find(vm, &key, hash)?;
        let old = {
            let mut t = self.table.borrow_mut();
            match found {
                Ok(ix) => t.entries[ix].as_mut().map(|e| std::mem::replace(&mut e.value, value)),
                Err(slot) => {
                    t.insert_new(slot, hash, key, value);
                    self.keys_version.set(next_version());
                    None
                }
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    /// Sets a str key (never runs Python code: str equality is native).
    pub fn set_str(&self, key: Value, value: Value) {
        let s = key.downcast::<super::bodies::StrData>().expect("set_str takes a str key");
        let hash = str_hash(&s.s);
        let old = {
            let mut t = self.table.borrow_mut();
            match t.find_str(&s.s, hash) {
                Some(ix) => t.entries[ix].as_mut().map(|e| std::mem::replace(&mut e.value, value)),
                None => {
                    t.insert_new(usize::MAX, hash, key, value);
                    self.keys_version.set(next_version());
                    None
                }
            }
        };
        self.bump();
        drop(old);
    }

    /// Removes `key`; returns its value if it was present.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, key, hash)? {
            Ok(ix) => {
                let e = self.table.borrow_mut().remove_at(ix);
                self.bump_keys();
                Ok(Some(e.value))
            }
            Err(_) => Ok(None),
        }
    }

    /// Removes a str key without running Python code.
    pub fn del_str(&self, name: &str) -> Option<Value> {
        let ix = self.table.borrow().find_str(name, str_hash(name))?;
        let e = self.table.borrow_mut().remove_at(ix);
        self.bump_keys();
        Some(e.value)
    }

    /// Removes and returns the last inserted item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let ix = {
            let t = self.table.borrow();
            t.entries.iter().rposition(|e| e.is_some())?
        };
        let e = {
            let mut t = self.table.borrow_mut();
            let e = t.remove_at(ix);
            // As CPython's popitem: trailing deleted entries go (nothing
            // indexes them), so repeated popitem() stays O(1).
            while matches!(t.entries.last(), Some(None)) {
                t.entries.pop();
            }
            t.dead_prefix = t.dead_prefix.min(t.entries.len());
            e
        };
        self.bump_keys();
        Some((e.key, e.value))
    }

    /// The entry at or after iteration position `pos`: (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        t.entry_from(pos).map(|(p, e)| (p, e.key.clone(), e.value.clone()))
    }
}
