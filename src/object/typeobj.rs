//! `TypeData`: the body of type objects (builtin and user classes).
//!
//! A type has a name, bases, an MRO (C3), a namespace dict, the builtin
//! memory layout its instances use (`kind`), and the functions that free and
//! traverse instances. Behaviour (`__add__`, `__getattr__`, ...) lives in the
//! namespace dicts along the MRO, for builtin and user types alike; `flags`
//! caches which special methods a class defines so hot paths can skip
//! lookups, and `version` changes whenever the type or a base is mutated
//! (inline caches and JIT guards check it).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::header::{Header, Kind, ObjData};
use super::value::Value;

/// Flag bits of `TypeData::flags`.
pub mod tflags {
    /// Created by a `class` statement or `type(name, bases, dict)`.
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Defines or inherits a Python-level `__getattribute__` override.
    pub const CUSTOM_GETATTRIBUTE: u32 = 1 << 2;
    /// Defines or inherits `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 3;
    /// Defines or inherits a Python-level `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 1 << 4;
    /// Is an exception class (BaseException or a subclass).
    pub const EXCEPTION: u32 = 1 << 5;
    /// Instances are immutable containers (tuple, frozenset, str, ...): hashable by value.
    pub const IMMUTABLE_TYPE: u32 = 1 << 6;
}

/// Visits the values held by an instance's body.
pub type TraverseFn = fn(&Header, &mut dyn FnMut(&Value));

/// The body of a type object.
pub struct TypeData {
    /// `__name__`.
    pub name: RefCell<Rc<str>>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<str>>,
    /// Layout of instances (inherited from the builtin base).
    pub kind: Kind,
    /// Offset of the `InstanceExt` in instances, 0 if they have none.
    pub ext_offset: usize,
    /// Names of `__slots__` entries (own and inherited), in storage order.
    pub slot_names: RefCell<Vec<Rc<str>>>,
    /// Whether instances get a `__dict__` (false when only `__slots__` are used).
    pub has_dict: bool,
    /// `__bases__`.
    pub bases: RefCell<Vec<Value>>,
    /// `__mro__`, starting with this type.
    pub mro: RefCell<Vec<Value>>,
    /// The namespace (`__dict__`), a dict object.
    pub dict: Value,
    /// `tflags::*` bits.
    pub flags: Cell<u32>,
    /// Changes on every mutation of this type or a base.
    pub version: Cell<u32>,
    /// Whether instances have `__del__`.
    pub has_finalizer: Cell<bool>,
    /// Frees an instance (knows its concrete `Obj<..>` type).
    pub dealloc: unsafe fn(*const Header),
    /// Frees an instance of a user subclass of this layout (with extension).
    pub dealloc_ext: unsafe fn(*const Header),
    /// Offset of the extension for user subclasses of this layout.
    pub sub_ext_offset: usize,
    /// Visits the values an instance's body holds.
    pub traverse: TraverseFn,
    /// Direct subclasses in creation order (weak: header addresses of live
    /// type objects; a class leaves its bases' lists when it is freed),
    /// for `type.__subclasses__`.
    pub subclasses: RefCell<Vec<usize>>,
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // This body sits right after its header (`Obj<TypeData>` is
        // `#[repr(C)]`), so the header's address is known from `self`.
        let me = (self as *const TypeData as usize) - std::mem::offset_of!(super::header::Obj<TypeData>, data);
        for b in self.bases.borrow().iter() {
            if let Some(btd) = b.downcast::<TypeData>() {
                btd.subclasses.borrow_mut().retain(|&a| a != me);
            }
        }
        // Caches keyed on (type address, epoch) must not match a new class
        // allocated at this address.
        bump_type_epoch();
    }
}

impl ObjData for TypeData {
    const KIND: Kind = Kind::Type;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for b in self.bases.borrow().iter() {
            visit(b);
        }
        for m in self.mro.borrow().iter() {
            visit(m);
        }
        visit(&self.dict);
    }
}

impl TypeData {
    /// Whether flag `f` is set.
    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    /// The type's `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

thread_local! {
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The type epoch: changes whenever any class is created or any class
/// namespace changes, so caches of MRO lookups keyed on it never go stale.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|c| c.get())
}

/// Address of this thread's type epoch (a `u64`), which compiled code
/// compares with the epoch an inline cache recorded.
pub fn type_epoch_address() -> u64 {
    TYPE_EPOCH.with(|c| c.as_ptr() as u64)
}

/// Invalidates every cached MRO lookup.
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|c| c.set(c.get() + 1));
}

/// A fresh, never reused type version tag.
pub fn next_type_version() -> u32 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v.wrapping_add(1).max(1));
        v
    })
}
