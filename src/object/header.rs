//! Heap objects: the `#[repr(C)]` header, typed object bodies, refcounting,
//! allocation, freeing and typed downcasts.
//!
//! Every heap object is an `Obj<T>`: a `Header` (refcount + type pointer)
//! followed by the Rust struct `T` of its builtin layout (`T: ObjData`).
//! Instances of user classes carry an `InstanceExt` (instance `__dict__` and
//! `__slots__` storage) after their base layout: they are `Obj<WithExt<T>>`,
//! and since `WithExt<T>` starts with `T`, a downcast to `T` works for them
//! too. The type object says which: `TypeData::kind` names the Rust layout
//! and `TypeData::has_ext` whether the extension follows.
//!
//! Invariants:
//! - `refcnt >= IMMORTAL` marks an immortal object (types, singletons,
//!   interned strings): it is never counted nor freed, which also makes it
//!   safe to share between interpreters on different threads.
//! - An object is freed when its count reaches zero, through its type's
//!   `dealloc` function, which knows the concrete `Obj<..>` type. The type
//!   object outlives all its instances (instances of heap types own a
//!   reference to their type).
//! - Objects whose type defines `__del__` are not freed at zero: they are
//!   resurrected and queued (`take_pending_finalizers`) for the VM to call
//!   `__del__` at the next safe point.
//! - This module and `value.rs` hold the object model's `unsafe`; everything
//!   else uses the safe API below.

use std::cell::{Cell, RefCell, UnsafeCell};

pub use super::inline_attrs::{InlineAttrs, INLINE_ROOM};
use super::typeobj::TypeData;
use super::value::Value;

/// Refcounts at or above this mark an immortal object.
pub const IMMORTAL: usize = 1 << 60;

/// Byte offset of the refcount in `Header` (for compiled code).
pub const REFCNT_OFFSET: usize = std::mem::offset_of!(Header, refcnt);
/// Byte offset of the type pointer in `Header` (for compiled code).
pub const TYPE_OFFSET: usize = std::mem::offset_of!(Header, ty);

// ----- Layout for compiled code (tier 2 reads these fields in place) -----

/// Offset of the `InstanceExt` in instances of user classes over `object`
/// (layout `()`); the JIT's attribute fast paths take only those.
pub const PLAIN_EXT_OFFSET: usize = std::mem::offset_of!(Obj<WithExt<()>>, data) + std::mem::offset_of!(WithExt<()>, ext);
/// Offset, in a type object, of its `TypeData::ext_offset` (a `usize`).
pub const TYPE_EXT_OFFSET_OFFSET: usize = std::mem::offset_of!(Obj<TypeData>, data) + std::mem::offset_of!(TypeData, ext_offset);
/// Offset in `InstanceExt` of the `__dict__` word (0: no dict).
pub const EXT_DICT_OFFSET: usize = std::mem::offset_of!(InstanceExt, dict);
/// Offset in `InstanceExt` of the inline attributes' shape identity (0: none).
pub const EXT_SHAPE_OFFSET: usize = std::mem::offset_of!(InstanceExt, attrs) + std::mem::offset_of!(InlineAttrs, shape);
/// Offset in `InstanceExt` of the address of the inline values' first word.
pub const EXT_ITEMS_OFFSET: usize = std::mem::offset_of!(InstanceExt, attrs) + std::mem::offset_of!(InlineAttrs, items);
/// Offset in `InstanceExt` of the number of inline values.
pub const EXT_LEN_OFFSET: usize = std::mem::offset_of!(InstanceExt, attrs) + std::mem::offset_of!(InlineAttrs, len);
/// Offset in `InstanceExt` of the number of inline values allocated room for.
pub const EXT_CAP_OFFSET: usize = std::mem::offset_of!(InstanceExt, attrs) + std::mem::offset_of!(InlineAttrs, cap);

/// Frees an object whose refcount compiled code has just decremented to
/// zero (the JIT's `dealloc` helper).
///
/// # Safety
/// `h` is a live, mortal heap object whose count compiled code set to 0 on
/// dropping the last reference.
pub unsafe fn free_at_zero(h: *const Header) {
    // SAFETY: per the contract the object is live; restoring the count to 1
    // makes `decref` see the last reference and free it the normal way
    // (finalizers included).
    unsafe {
        (*h).refcnt.set(1);
        decref(h);
    }
}

/// The common prefix of every heap object.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    ty: Cell<*const Obj<TypeData>>,
}

/// A heap object with body `T`.
#[repr(C)]
pub struct Obj<T> {
    /// Refcount and type.
    pub header: Header,
    /// The body.
    pub data: T,
}

/// The builtin memory layouts. A type's instances all share one layout
/// (inherited from its builtin base).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `object()` and plain class instances: no body.
    Object,
    /// Heap ints (outside the inline range) and bools.
    Int,
    /// Boxed floats (only for instances of float subclasses).
    Float,
    /// complex
    Complex,
    /// str
    Str,
    /// bytes
    Bytes,
    /// bytearray
    ByteArray,
    /// tuple
    Tuple,
    /// list
    List,
    /// dict
    Dict,
    /// set and frozenset
    Set,
    /// range
    Range,
    /// slice
    Slice,
    /// Python function
    Function,
    /// bound method
    Method,
    /// builtin function, builtin method and method descriptor
    Builtin,
    /// module
    Module,
    /// type
    Type,
    /// cell
    Cell,
    /// code object
    Code,
    /// generator
    Generator,
    /// coroutine and async_generator (a generator body plus their flavour)
    Coroutine,
    /// BaseException and subclasses
    Exception,
    /// property, staticmethod, classmethod, super and other small natives
    Native,
    /// builtin iterators (list_iterator, range_iterator, zip, map, ...)
    Iter,
    /// native module types with arbitrary Rust state (`StateData`)
    State,
}

/// A Rust struct that is the body of some builtin layout.
pub trait ObjData: 'static {
    /// The layout this body implements.
    const KIND: Kind;
    /// Visits every `Value` this body holds (for the cycle collector).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Bytes of storage this body owns right after its object (made by
    /// [`alloc_trailing`]; 0 for objects made by [`alloc`]).
    #[inline(always)]
    fn trailing_bytes(&self) -> usize {
        0
    }
}

impl ObjData for () {
    const KIND: Kind = Kind::Object;
}

/// Per-instance storage of user-class instances: `__dict__` and `__slots__`.
/// `#[repr(C)]`: compiled code reads `dict` and `attrs` at the offsets
/// exported below (`EXT_DICT_OFFSET`, `EXT_SHAPE_OFFSET`, ...).
#[repr(C)]
pub struct InstanceExt {
    /// The instance dict (created lazily), unless the class uses `__slots__` only.
    pub dict: ValueCell,
    /// `__slots__` storage, in the order the class (and its bases) declared them.
    pub slots: Box<[ValueCell]>,
    /// Set once `__del__` has run, so reaching zero again frees the object.
    pub finalized: Cell<bool>,
    /// Attributes kept inline while `dict` is empty (see `object::shape`).
    pub attrs: InlineAttrs,
}

impl InstanceExt {
    /// Storage for an instance with `nslots` slots.
    pub fn new(nslots: usize) -> InstanceExt {
        let slots = if nslots == 0 { Box::default() } else { (0..nslots).map(|_| ValueCell::default()).collect() };
        InstanceExt { dict: ValueCell::default(), slots, finalized: Cell::new(false), attrs: InlineAttrs::default() }
    }
    /// Visits the values it holds: the dict, inline attributes, slots.
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.with(|d| {
            if let Some(d) = d {
                visit(d)
            }
        });
        self.attrs.visit(visit);
        for s in self.slots.iter() {
            s.with(|v| {
                if let Some(v) = v {
                    visit(v)
                }
            });
        }
    }
}

/// A body `T` followed by the user-instance extension.
#[repr(C)]
pub struct WithExt<T> {
    /// The builtin base's body.
    pub base: T,
    /// `__dict__` / `__slots__` storage.
    pub ext: InstanceExt,
}

/// A cell holding an optional `Value`, readable by clone. Single-threaded and
/// never lends out a reference to its content, so it needs no borrow flag.
/// `#[repr(transparent)]`: one word, 0 when empty (compiled code tests it).
#[repr(transparent)]
pub struct ValueCell(UnsafeCell<Option<Value>>);

impl ValueCell {
    /// A cell holding `v`.
    pub fn new(v: Option<Value>) -> ValueCell {
        ValueCell(UnsafeCell::new(v))
    }
    /// A clone of the content.
    #[inline]
    pub fn get(&self) -> Option<Value> {
        // SAFETY: no reference into the cell escapes any method, and `Value`
        // is !Sync, so nothing else can be accessing the content right now.
        // Cloning only increfs (no user code runs).
        unsafe { (*self.0.get()).clone() }
    }
    /// Replaces the content; returns the old one (dropped by the caller, which
    /// may run finalizers only after the cell is consistent again).
    #[inline]
    pub fn replace(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: as in `get`; the old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }
    /// Sets the content, dropping the old one afterwards.
    #[inline]
    pub fn set(&self, v: Option<Value>) {
        drop(self.replace(v));
    }
    /// Takes the content out.
    #[inline]
    pub fn take(&self) -> Option<Value> {
        self.replace(None)
    }
    /// Whether the cell is empty.
    #[inline]
    pub fn is_none(&self) -> bool {
        // SAFETY: a short read of the discriminant; see `get`.
        unsafe { (*self.0.get()).is_none() }
    }
    /// Runs `f` on a reference to the content without cloning. `f` must not
    /// touch this cell (it cannot run Python code: it gets no VM).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(Option<&Value>) -> R) -> R {
        // SAFETY: the shared borrow lives only during `f`, which has no way to
        // reach a VM and therefore cannot call back into code mutating this cell.
        unsafe { f((*self.0.get()).as_ref()) }
    }
}

impl Default for ValueCell {
    fn default() -> Self {
        ValueCell::new(None)
    }
}

impl Header {
    /// Adds a reference (no-op for immortal objects).
    #[inline(always)]
    pub fn incref(&self) {
        let n = self.refcnt.get();
        if n < IMMORTAL {
            self.refcnt.set(n + 1);
        }
    }
    /// The current refcount (immortal objects report a huge number).
    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }
    /// Marks the object immortal.
    pub fn make_immortal(&self) {
        super::gc::untrack_for_immortal(self);
        self.refcnt.set(IMMORTAL * 2);
    }
    /// Whether the object is immortal.
    pub fn is_immortal(&self) -> bool {
        self.refcnt.get() >= IMMORTAL
    }
    /// The type object.
    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        // SAFETY: the type pointer always points to a live type object: types
        // outlive their instances (invariant of this module).
        unsafe { &(*self.ty.get()).data }
    }
    /// The type object as a header pointer.
    #[inline(always)]
    pub fn type_ptr(&self) -> *const Header {
        self.ty.get() as *const Header
    }
    /// The type as an owned `Value`.
    pub fn type_value(&self) -> Value {
        let p = self.type_ptr();
        // SAFETY: see `type_data`; we add the reference the new Value owns.
        unsafe { (*p).incref() };
        Value::from_header_owned(p)
    }
    /// Replaces the type (`obj.__class__ = C`); the caller has checked that
    /// the layouts are compatible. `new_ty` must be a type object.
    pub fn set_type(&self, new_ty: &Value) {
        let new_h = new_ty.as_header().expect("type objects are heap objects");
        new_h.incref();
        let old = self.ty.replace(new_h as *const Header as *const Obj<TypeData>);
        // SAFETY: we owned one reference to the old type (see `alloc`).
        unsafe { decref(old as *const Header) };
    }
    /// The body as `&T`, if this object's layout is `T`.
    #[inline(always)]
    pub fn downcast<T: ObjData>(&self) -> Option<&T> {
        if self.type_data().kind == T::KIND {
            // SAFETY: objects of layout `T::KIND` are `Obj<T>` or
            // `Obj<WithExt<T>>`, both `#[repr(C)]` with `T` right after the header.
            Some(unsafe { &(*(self as *const Header as *const Obj<T>)).data })
        } else {
            None
        }
    }
    /// The user-instance extension, if the type has one.
    pub fn ext(&self) -> Option<&InstanceExt> {
        let off = self.type_data().ext_offset;
        if off == 0 {
            return None;
        }
        // SAFETY: `ext_offset` is the offset of `InstanceExt` within the
        // `Obj<WithExt<T>>` this type allocates (set by `ext_offset_of`).
        Some(unsafe { &*((self as *const Header as *const u8).add(off) as *const InstanceExt) })
    }
}

/// Offset of the `InstanceExt` inside `Obj<WithExt<T>>`.
pub fn ext_offset_of<T: ObjData>() -> usize {
    std::mem::offset_of!(Obj<WithExt<T>>, data) + std::mem::offset_of!(WithExt<T>, ext)
}

/// Allocates a new object of type `ty` with body `data` and returns the only
/// reference to it. If `ty` has an instance extension, `ext` must be given.
///
/// `ty` must be a type object whose layout is `T::KIND`.
pub fn alloc<T: ObjData>(ty: &Value, data: T, ext: Option<InstanceExt>) -> Value {
    let th = ty.as_header().expect("a type object");
    let td = th.downcast::<TypeData>().expect("a type object");
    assert_eq!(td.kind, T::KIND, "allocating an object of the wrong layout");
    // The type decides whether instances carry the extension.
    let ext = match (td.ext_offset != 0, ext) {
        (true, Some(e)) => Some(e),
        (true, None) => Some(InstanceExt::new(td.slot_names.borrow().len())),
        (false, _) => None,
    };
    th.incref();
    let header = Header { refcnt: Cell::new(1), ty: Cell::new(th as *const Header as *const Obj<TypeData>) };
    // Containers go in a `GcBox` on the cycle collector's lists.
    let p = match ext {
        None if super::gc::tracked_kind(T::KIND) => super::gc::alloc_tracked(Obj { header, data }, small_alloc) as *const Header,
        None => small_alloc(Obj { header, data }) as *const Header,
        // Written field by field into its memory (no copy of the whole
        // object), then its attributes get the room inside it.
        // SAFETY: `b` is a fresh block for the box: the object's fields are
        // each written once before `track_new` links it; the object is then
        // at its final address.
        Some(ext) => unsafe {
            let b = small_block::<super::gc::GcBox<Obj<WithExt<T>>>, SMALL_MAX>();
            let o = &raw mut (*b).obj;
            (&raw mut (*o).header).write(header);
            (&raw mut (*o).data.base).write(data);
            (&raw mut (*o).data.ext).write(ext);
            let p = super::gc::track_new(b);
            (*p).data.ext.attrs.use_room();
            p as *const Header
        },
    };
    Value::from_header_owned(p)
}

/// Allocates a tracked object of type `ty` (layout `T`, no instance
/// extension) followed by `extra` bytes of trailing storage, whose body
/// `init` builds given the address of that storage (8-aligned). Freed by
/// `dealloc_plain::<T>`, which asks the body for `trailing_bytes`.
///
/// # Safety
/// The body `init` returns must report `trailing_bytes() == extra`, and
/// `init` must not panic.
pub(crate) unsafe fn alloc_trailing<T: ObjData>(ty: &Value, extra: usize, init: impl FnOnce(*mut u8) -> T) -> Value {
    const { assert!(super::gc::tracked_kind(T::KIND) && std::mem::align_of::<T>() <= 8) };
    let th = ty.as_header().expect("a type object");
    let td = th.downcast::<TypeData>().expect("a type object");
    debug_assert!(td.kind == T::KIND && td.ext_offset == 0, "trailing storage for the wrong layout");
    th.incref();
    let header = Header { refcnt: Cell::new(1), ty: Cell::new(th as *const Header as *const Obj<TypeData>) };
    let base = std::mem::size_of::<super::gc::GcBox<Obj<T>>>();
    let b = small_block_bytes(base + extra).cast::<super::gc::GcBox<Obj<T>>>();
    // SAFETY: `b` is a fresh 8-aligned block of `base + extra` bytes: the
    // object's fields are each written once, the trailing storage is past
    // the box, then `track_new` links the box.
    unsafe {
        let o = &raw mut (*b).obj;
        (&raw mut (*o).header).write(header);
        (&raw mut (*o).data).write(init(b.cast::<u8>().add(base)));
        Value::from_header_owned(super::gc::track_new(b) as *const Header)
    }
}

/// Allocates an immortal object whose header points at `ty_ptr`, which may be
/// the object itself (the `type` type) and is filled in by `fix_type`.
pub fn alloc_immortal<T: ObjData>(ty_ptr: *const Header, data: T) -> Value {
    let header = Header { refcnt: Cell::new(IMMORTAL * 2), ty: Cell::new(ty_ptr as *const Obj<TypeData>) };
    let p = Box::into_raw(Box::new(Obj { header, data })) as *const Header;
    Value::from_header_owned(p)
}

/// Points an immortal object's header at `ty` (used while bootstrapping the
/// builtin types, when `type` does not exist yet).
pub fn fix_type(obj: &Value, ty: &Value) {
    let h = obj.as_header().expect("heap object");
    debug_assert!(h.is_immortal());
    h.ty.set(ty.as_header().expect("type") as *const Header as *const Obj<TypeData>);
}

/// Frees an `Obj<T>` (the `dealloc` of types without an instance extension).
///
/// # Safety
/// `h` must point to an `Obj<T>` allocated by `alloc` whose count reached zero.
pub unsafe fn dealloc_plain<T: ObjData>(h: *const Header) {
    let p = h as *mut Obj<T>;
    // SAFETY: per the contract, this is the unique owner of an `Obj<T>`
    // made by `small_alloc` (inside a `GcBox` for tracked layouts): it is
    // unlinked from the collector's list, its body is dropped once, then its
    // memory goes back the way it came.
    unsafe {
        let ty = (*p).header.ty.get();
        if super::gc::tracked_kind(T::KIND) {
            let extra = (*p).data.trailing_bytes();
            let b = super::gc::untrack(p);
            std::ptr::drop_in_place(b);
            if extra == 0 {
                small_free(b);
            } else {
                small_free_bytes(b.cast::<u8>(), std::mem::size_of::<super::gc::GcBox<Obj<T>>>() + extra);
            }
        } else {
            std::ptr::drop_in_place(p);
            small_free(p);
        }
        // The object owned one reference to its type.
        decref(ty as *const Header);
    }
}

/// Free lists for the memory of small objects (ints, tuples, sets,
/// iterators, plain class instances, ...): one intrusive list per 8-byte
/// size class up to `SMALL_MAX` bytes, each holding at most `FREE_LIST_CAP`
/// blocks, so the hot allocate/free pairs skip the system allocator.
/// Every block of a class is allocated with the class's own layout
/// (`small_layout`), whichever object used it.
const SMALL_MAX: usize = 160;
const SMALL_CLASSES: usize = SMALL_MAX / 8;
/// The largest plain (no instance extension) object taken from the free
/// lists: all of them, so function objects (136 bytes with their collector
/// head) and tuples of up to 13 items skip the system allocator too.
const PLAIN_MAX: usize = SMALL_MAX;
const FREE_LIST_CAP: u32 = 4096;

struct FreeLists {
    heads: [Cell<*mut u8>; SMALL_CLASSES],
    counts: [Cell<u32>; SMALL_CLASSES],
}

thread_local! {
    static FREE_LISTS: FreeLists = const {
        FreeLists { heads: [const { Cell::new(std::ptr::null_mut()) }; SMALL_CLASSES], counts: [const { Cell::new(0) }; SMALL_CLASSES] }
    };
}

/// The size class of `U`, if its memory comes from the free lists (`U` at
/// most `max <= SMALL_MAX` bytes).
#[inline(always)]
const fn small_class<U>(max: usize) -> Option<usize> {
    let size = std::mem::size_of::<U>();
    if size == 0 || size > max || std::mem::align_of::<U>() > 8 {
        None
    } else {
        Some(size.div_ceil(8) - 1)
    }
}

#[inline(always)]
fn small_layout(class: usize) -> std::alloc::Layout {
    // SAFETY: a non-zero multiple of 8 with alignment 8 is a valid layout.
    unsafe { std::alloc::Layout::from_size_align_unchecked((class + 1) * 8, 8) }
}

/// Moves `obj` to the heap (a recycled block of its size class when there
/// is one) and returns its address; freed with [`small_free`].
#[inline(always)]
fn small_alloc<U>(obj: U) -> *mut U {
    small_alloc_upto::<U, PLAIN_MAX>(obj)
}

/// [`small_alloc`] for objects of up to `MAX` bytes.
#[inline(always)]
fn small_alloc_upto<U, const MAX: usize>(obj: U) -> *mut U {
    let p = small_block::<U, MAX>();
    // SAFETY: `p` is a block of at least `size_of::<U>()` bytes aligned to 8
    // (>= `align_of::<U>()`), not in use.
    unsafe { p.write(obj) };
    p
}

/// Uninitialized memory for a `U` of up to `MAX` bytes from the free lists
/// (or the allocator): what [`small_alloc_upto`] writes to; freed with
/// [`small_free_upto`] once the value is dropped.
#[inline(always)]
fn small_block<U, const MAX: usize>() -> *mut U {
    let Some(class) = small_class::<U>(MAX) else {
        let layout = std::alloc::Layout::new::<U>();
        // SAFETY: objects have a non-zero size.
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        return p.cast::<U>();
    };
    class_block(class).cast::<U>()
}

/// A block of size class `class` (recycled when one is free).
#[inline(always)]
fn class_block(class: usize) -> *mut u8 {
    let recycled = FREE_LISTS.with(|fl| {
        let head = fl.heads[class].get();
        if !head.is_null() {
            // SAFETY: a block on the list stores the next block's address
            // in its first word (written by `class_free`).
            fl.heads[class].set(unsafe { head.cast::<*mut u8>().read() });
            fl.counts[class].set(fl.counts[class].get() - 1);
        }
        head
    });
    if recycled.is_null() {
        let layout = small_layout(class);
        // SAFETY: the layout has a non-zero size.
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        p
    } else {
        recycled
    }
}

/// The layout of a block of `size` bytes that is not from the free lists.
#[inline(always)]
fn big_layout(size: usize) -> std::alloc::Layout {
    std::alloc::Layout::from_size_align(size, 8).expect("object size overflows")
}

/// `size` (> 0) bytes aligned to 8 for an object whose size is known only at
/// run time, from the free lists under the same rule as [`small_alloc`]
/// (so a block of a static type's size is interchangeable); freed with
/// [`small_free_bytes`] and the same size.
#[inline(always)]
fn small_block_bytes(size: usize) -> *mut u8 {
    if size <= PLAIN_MAX {
        return class_block(size.div_ceil(8) - 1);
    }
    let layout = big_layout(size);
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

/// Gives back a block from [`small_block_bytes`].
///
/// # Safety
/// `p` came from `small_block_bytes(size)` and is not used afterwards.
#[inline(always)]
unsafe fn small_free_bytes(p: *mut u8, size: usize) {
    if size <= PLAIN_MAX {
        // SAFETY: as this function's contract.
        unsafe { class_free(size.div_ceil(8) - 1, p) }
    } else {
        // SAFETY: allocated with this layout.
        unsafe { std::alloc::dealloc(p, big_layout(size)) }
    }
}

/// Gives back the memory of an object made by [`small_alloc`] whose
/// contents were already dropped.
///
/// # Safety
/// `p` came from `small_alloc::<U>` and is not used afterwards.
#[inline(always)]
unsafe fn small_free<U>(p: *mut U) {
    // SAFETY: as this function's contract.
    unsafe { small_free_upto::<U, PLAIN_MAX>(p) }
}

/// [`small_free`] for memory from [`small_alloc_upto`] with the same `MAX`.
///
/// # Safety
/// `p` came from `small_alloc_upto::<U, MAX>` and is not used afterwards.
#[inline(always)]
unsafe fn small_free_upto<U, const MAX: usize>(p: *mut U) {
    let Some(class) = small_class::<U>(MAX) else {
        // SAFETY: per the contract `p` is a `Box<U>`'s pointer whose value
        // was dropped: free the allocation without dropping again.
        drop(unsafe { Box::from_raw(p.cast::<std::mem::ManuallyDrop<U>>()) });
        return;
    };
    // SAFETY: as this function's contract.
    unsafe { class_free(class, p.cast::<u8>()) }
}

/// Puts `block` of size class `class` on its free list (or frees it).
///
/// # Safety
/// `block` was allocated for class `class` and is not used afterwards.
#[inline(always)]
unsafe fn class_free(class: usize, block: *mut u8) {
    let kept = FREE_LISTS.with(|fl| {
        let n = fl.counts[class].get();
        if n >= FREE_LIST_CAP {
            return false;
        }
        // SAFETY: the block is ours and at least 8 bytes: its first word
        // links it into the list.
        unsafe { block.cast::<*mut u8>().write(fl.heads[class].get()) };
        fl.heads[class].set(block);
        fl.counts[class].set(n + 1);
        true
    });
    if !kept {
        // SAFETY: the block was allocated with this class's layout.
        unsafe { std::alloc::dealloc(block, small_layout(class)) };
    }
}

/// Frees an `Obj<WithExt<T>>` (the `dealloc` of user classes over layout `T`).
///
/// # Safety
/// `h` must point to an `Obj<WithExt<T>>` allocated by `alloc` whose count reached zero.
pub unsafe fn dealloc_ext<T: ObjData>(h: *const Header) {
    // SAFETY: per the contract, this is the unique owner of an
    // `Obj<WithExt<T>>` made by `small_alloc_upto` inside a `GcBox` by `alloc`:
    // unlinked, its body dropped once, then its memory given back.
    unsafe {
        let b = super::gc::untrack(h as *mut Obj<WithExt<T>>);
        let ty = (*b).obj.header.ty.get();
        std::ptr::drop_in_place(b);
        small_free_upto::<_, SMALL_MAX>(b);
        // The object owned one reference to its type.
        decref(ty as *const Header);
    }
}

thread_local! {
    static PENDING_FINALIZERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Objects whose freeing was deferred to bound the Rust stack depth of
    /// cascading frees (a long linked list freed at once).
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED_FREES: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// Whether `DEFERRED_FREES` may hold objects (a plain flag: the
    /// outermost free checks it without touching the list).
    static ANY_DEFERRED: Cell<bool> = const { Cell::new(false) };
}

/// Whether objects with `__del__` are waiting for their finalizer.
#[inline(always)]
pub fn has_pending_finalizers() -> bool {
    HAS_PENDING.with(|c| c.get())
}

/// Asks the VM to run its safe-point work (finalizers, weak reference
/// callbacks) at the next instruction boundary.
pub fn set_pending() {
    HAS_PENDING.with(|c| c.set(true));
}

/// Address of this thread's "finalizers pending" flag (a byte, nonzero when
/// set), which compiled code polls at instruction boundaries.
pub fn pending_finalizers_flag_address() -> u64 {
    HAS_PENDING.with(|c| c.as_ptr() as u64)
}

/// Asks the VM for a finalizer pass at its next safe point (for work that
/// a `Drop` cannot do itself, such as warning about a coroutine that was
/// never awaited).
pub fn request_finalizer_pass() {
    HAS_PENDING.with(|c| c.set(true));
}

/// Takes the objects waiting for `__del__` (each resurrected with one reference).
pub fn take_pending_finalizers() -> Vec<Value> {
    HAS_PENDING.with(|c| c.set(false));
    PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Nesting of frees beyond which further frees are deferred to a loop.
const MAX_DEALLOC_DEPTH: u32 = 2000;

/// Drops one reference to the object at `h`, freeing it at zero.
///
/// # Safety
/// The caller owns one reference to the live object at `h` and gives it up.
#[inline(always)]
pub unsafe fn decref(h: *const Header) {
    // SAFETY: per the contract the object is live.
    let hdr = unsafe { &*h };
    let n = hdr.refcnt.get();
    if n >= IMMORTAL {
        return;
    }
    if n > 1 {
        hdr.refcnt.set(n - 1);
        return;
    }
    // SAFETY: we owned the last reference.
    unsafe { free_object(h) }
}

#[cold]
unsafe fn free_object(h: *const Header) {
    // SAFETY: the caller owned the last reference to a live object.
    let hdr = unsafe { &*h };
    let td = hdr.type_data();
    if td.has_finalizer.get() {
        // Resurrect and queue for __del__; the VM sets `finalized` before
        // calling it, so it runs once.
        if hdr.ext().is_some_and(|e| !e.finalized.get()) {
            hdr.refcnt.set(1);
            PENDING_FINALIZERS.with(|p| p.borrow_mut().push(Value::from_header_owned(h)));
            HAS_PENDING.with(|c| c.set(true));
            return;
        }
    }
    hdr.refcnt.set(0);
    // Weak references die with their referent, before its body does.
    super::weak::on_free(h);
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEFERRED_FREES.with(|q| q.borrow_mut().push(h as usize));
        ANY_DEFERRED.with(|a| a.set(true));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    let dealloc = td.dealloc;
    // SAFETY: `dealloc` matches the concrete layout of this object (set at
    // type creation) and the count is zero.
    unsafe { dealloc(h) };
    if depth == 0 && ANY_DEFERRED.with(|a| a.get()) {
        // Drain frees deferred by deep cascades, outermost level only.
        loop {
            let next = DEFERRED_FREES.with(|q| q.borrow_mut().pop());
            let Some(p) = next else { break };
            let ph = p as *const Header;
            // SAFETY: deferred objects had count zero and were not freed yet.
            let f = unsafe { (*ph).type_data().dealloc };
            // SAFETY: as above.
            unsafe { f(ph) };
        }
        ANY_DEFERRED.with(|a| a.set(false));
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

impl Value {
    /// The body as `&T` if this value's layout is `T`.
    #[inline(always)]
    pub fn downcast<T: ObjData>(&self) -> Option<&T> {
        self.as_header()?.downcast::<T>()
    }
    /// Visits the values held by this object's body (for the cycle collector).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(h) = self.as_header() {
            (h.type_data().traverse)(h, visit);
            if let Some(ext) = h.ext() {
                ext.visit(visit);
            }
        }
    }
}

/// The `traverse` entry of a builtin layout `T`.
pub fn traverse_impl<T: ObjData>(h: &Header, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = h.downcast::<T>() {
        d.traverse(visit);
    }
}

/// Wrapper that lets immortal, never-mutated-after-init runtime data live in
/// a `static`. Every `Value` reachable from it must be immortal (so no
/// refcount is ever written) and only interior state that is never changed
/// after bootstrap may be read from another thread.
pub struct ImmortalRegistry<T>(pub T);

// SAFETY: see the type's docs: the contents are immortal objects that are
// not mutated after bootstrap, so sharing references between threads
// performs no unsynchronized writes.
unsafe impl<T> Sync for ImmortalRegistry<T> {}
// SAFETY: as above.
unsafe impl<T> Send for ImmortalRegistry<T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str::intern;
    use crate::object::t;
    use crate::object::shape::Shape;

    /// Reads the word at `off` bytes into `base` (what compiled code does).
    fn word_at<B>(base: &B, off: usize) -> u64 {
        // SAFETY: the callers pass offsets of word-sized fields of `B`.
        unsafe { *((base as *const B as *const u8).add(off) as *const u64) }
    }

    #[test]
    fn inline_attrs_room_then_heap() {
        let ext = InstanceExt::new(0);
        let mut shape = Shape::root();
        for i in 0..INLINE_ROOM + 3 {
            shape = shape.add(&intern(&format!("room_heap_{i}"))).expect("shape");
            ext.attrs.push(shape, Value::small_int(i as i64));
            let in_room = word_at(&ext, EXT_ITEMS_OFFSET) == ext.attrs.room_ptr() as u64;
            assert_eq!(in_room, i < INLINE_ROOM, "values in the object while they fit");
            for j in 0..=i {
                assert_eq!(ext.attrs.get(j).and_then(|v| v.as_small_int()), Some(j as i64));
            }
        }
        assert_eq!(ext.attrs.replace(1, Value::small_int(-1)).as_small_int(), Some(1));
        let (s, vals) = ext.attrs.take_all().expect("attributes");
        assert_eq!(s.len(), INLINE_ROOM + 3);
        assert_eq!(vals.iter().map(|v| v.as_small_int().unwrap_or(99)).collect::<Vec<_>>(), [0, -1, 2, 3, 4, 5, 6]);
        // Reserving more than the room goes straight to a heap array.
        let ext2 = InstanceExt::new(0);
        ext2.attrs.reserve(INLINE_ROOM + 1);
        assert!(word_at(&ext2, EXT_CAP_OFFSET) as usize > INLINE_ROOM);
        assert_ne!(word_at(&ext2, EXT_ITEMS_OFFSET), ext2.attrs.room_ptr() as u64);
    }

    #[test]
    fn jit_layout_of_instance_attributes() {
        let ext = InstanceExt::new(0);
        assert_eq!(word_at(&ext, EXT_SHAPE_OFFSET), 0);
        assert_eq!(word_at(&ext, EXT_DICT_OFFSET), 0);
        assert_eq!(word_at(&ext, EXT_LEN_OFFSET), 0);
        let s1 = Shape::root().add(&intern("jit_layout_a")).expect("shape");
        let s2 = s1.add(&intern("jit_layout_b")).expect("shape");
        ext.attrs.push(s1, Value::small_int(7));
        ext.attrs.push(s2, Value::small_int(-3));
        assert_eq!(word_at(&ext, EXT_SHAPE_OFFSET), s2.id());
        assert_eq!(word_at(&ext, EXT_LEN_OFFSET), 2);
        assert!(word_at(&ext, EXT_CAP_OFFSET) >= 2);
        let items = word_at(&ext, EXT_ITEMS_OFFSET) as *const u64;
        // SAFETY: `items` mirrors the values vector, which holds two words.
        let (w0, w1) = unsafe { (*items, *items.add(1)) };
        assert_eq!(w0, Value::small_int(7).raw());
        assert_eq!(w1, Value::small_int(-3).raw());
        // A dict makes the dict word nonzero.
        ext.dict.set(Some(intern("jit_layout_dict")));
        assert_ne!(word_at(&ext, EXT_DICT_OFFSET), 0);
        drop(ext.attrs.take_all());
        assert_eq!((word_at(&ext, EXT_SHAPE_OFFSET), word_at(&ext, EXT_ITEMS_OFFSET), word_at(&ext, EXT_LEN_OFFSET), word_at(&ext, EXT_CAP_OFFSET)), (0, 0, 0, 0));
        // Reserved room without values: no shape, no values, a capacity.
        ext.attrs.reserve(3);
        assert_eq!((word_at(&ext, EXT_SHAPE_OFFSET), word_at(&ext, EXT_LEN_OFFSET)), (0, 0));
        assert!(word_at(&ext, EXT_CAP_OFFSET) >= 3);
        // A type's `ext_offset` as compiled code reads it.
        let ty = t().object.as_header().expect("type");
        assert_eq!(word_at(ty, TYPE_EXT_OFFSET_OFFSET), ty.type_data().ext_offset as u64);
        assert_eq!(PLAIN_EXT_OFFSET, ext_offset_of::<()>());
    }
}
