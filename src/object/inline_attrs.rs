//! Inline instance attributes (`InlineAttrs`): an instance's attribute
//! values kept position for position with its shape, in room inside the
//! object itself for the first `INLINE_ROOM`, in a separate array past
//! that; laid out for compiled code to read and append in place.

use std::cell::{Cell, UnsafeCell};

use super::shape::Shape;
use super::value::Value;

/// Values an object keeps in its own allocation (`InlineAttrs::room`)
/// before its attributes need a separate array.
pub const INLINE_ROOM: usize = 4;

/// Inline instance attributes: a shape (the names) and the values array,
/// position for position. No shape means no inline attributes. Like
/// `ValueCell`, it never lends out references to its content.
///
/// The values live in `room`, inside the object itself, while there are at
/// most `INLINE_ROOM` of them (no allocation, and the words sit next to the
/// object's header); past that they move to a `Vec<Value>` kept as its raw
/// parts. `items`, `len` and `cap` describe whichever holds them (all 0
/// when no storage was ever asked for; `items` is the address of `room`
/// while the values are there). `room` is only used once the object is at
/// its final address: nothing moves an `InlineAttrs` after that (objects
/// never move; `InstanceExt::new` makes one with no storage yet).
///
/// For compiled code (`#[repr(C)]`, offsets exported below): `shape` is the
/// shape's identity word (0: none), `items` the address of the values'
/// first word, `len` their number and `cap` the room allocated. Compiled
/// code may read and replace words at `items[i]` for `i < len`, and append
/// one when `len < cap` (writing `items[len]`, then `len + 1` and the new
/// shape, which must be the current shape plus one name); it never
/// allocates.
#[repr(C)]
pub struct InlineAttrs {
    pub(super) shape: Cell<Option<&'static Shape>>,
    pub(super) items: Cell<usize>,
    pub(super) len: Cell<usize>,
    pub(super) cap: Cell<usize>,
    /// The first `INLINE_ROOM` values (initialized up to `len` when
    /// `items` points here).
    room: UnsafeCell<[std::mem::MaybeUninit<Value>; INLINE_ROOM]>,
}

impl Default for InlineAttrs {
    fn default() -> Self {
        InlineAttrs { shape: Cell::new(None), items: Cell::new(0), len: Cell::new(0), cap: Cell::new(0), room: UnsafeCell::new([const { std::mem::MaybeUninit::uninit() }; INLINE_ROOM]) }
    }
}

impl InlineAttrs {
    /// The values as a slice pointer and length (no allocation: dangling).
    #[inline(always)]
    fn base(&self) -> *mut Value {
        if self.cap.get() == 0 {
            std::ptr::NonNull::dangling().as_ptr()
        } else {
            self.items.get() as *mut Value
        }
    }
    /// The address of `room`.
    #[inline(always)]
    pub(super) fn room_ptr(&self) -> *mut Value {
        self.room.get() as *mut Value
    }
    /// Whether the values are in a heap array (not in `room`, not none).
    #[inline(always)]
    fn on_heap(&self) -> bool {
        self.cap.get() != 0 && self.items.get() != self.room_ptr() as usize
    }
    /// Makes room for `want` values in all (`want > cap`): `room` when
    /// nothing was allocated yet and it is big enough, else a heap array of
    /// exactly `want` (the values move there; an old heap array is freed).
    #[inline(never)]
    fn grow(&self, want: usize) {
        if self.cap.get() == 0 && want <= INLINE_ROOM {
            self.items.set(self.room_ptr() as usize);
            self.cap.set(INLINE_ROOM);
            return;
        }
        let len = self.len.get();
        let mut v: Vec<Value> = Vec::with_capacity(want);
        // SAFETY: the first `len` words at `base()` are initialized values;
        // they are moved (not copied: the old storage forgets them) into
        // `v`, whose capacity is at least `want > len`.
        unsafe {
            std::ptr::copy_nonoverlapping(self.base(), v.as_mut_ptr(), len);
            v.set_len(len);
        }
        if self.on_heap() {
            // SAFETY: the raw parts of the old heap array (its values moved out).
            drop(unsafe { Vec::from_raw_parts(self.items.get() as *mut Value, 0, self.cap.get()) });
        }
        let mut v = std::mem::ManuallyDrop::new(v);
        self.items.set(v.as_mut_ptr() as usize);
        self.cap.set(v.capacity());
    }
    /// The current shape (`None`: no inline attributes).
    #[inline(always)]
    pub fn shape(&self) -> Option<&'static Shape> {
        self.shape.get()
    }
    /// The current shape's identity word (0 when there is none).
    #[inline(always)]
    pub fn shape_id(&self) -> u64 {
        self.shape.get().map_or(0, |s| s as *const Shape as u64)
    }
    /// The number of values.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.get()
    }
    /// Whether there are no values.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }
    /// The address of value `i`, which must be below `len` (so storage
    /// exists and `items` is its address).
    #[inline(always)]
    fn slot(&self, i: usize) -> *mut Value {
        debug_assert!(i < self.len.get() && self.cap.get() != 0);
        (self.items.get() as *mut Value).wrapping_add(i)
    }
    /// A clone of value `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        if i >= self.len.get() {
            return None;
        }
        // SAFETY: `i < len`, so the word is an initialized value of the
        // array; no reference into it escapes, and cloning only increfs.
        Some(unsafe { (*self.slot(i)).clone() })
    }
    /// Replaces value `i` (which must exist); returns the old one for the
    /// caller to drop.
    #[inline(always)]
    pub fn replace(&self, i: usize, v: Value) -> Value {
        assert!(i < self.len.get(), "inline attribute index out of range");
        // SAFETY: as in `get`; the old value is moved out, not dropped here.
        unsafe { std::ptr::replace(self.slot(i), v) }
    }
    /// `push` when the storage has room for one more value (no growing);
    /// gives `v` back otherwise. `shape` must be the current shape plus
    /// one name.
    #[inline(always)]
    pub fn push_in_room(&self, shape: &'static Shape, v: Value) -> Result<(), Value> {
        let len = self.len.get();
        if len >= self.cap.get() {
            return Err(v);
        }
        debug_assert_eq!(len + 1, shape.len());
        // SAFETY: `len < cap`: the word is allocated and holds no value.
        unsafe { (self.items.get() as *mut Value).add(len).write(v) };
        self.len.set(len + 1);
        self.shape.set(Some(shape));
        Ok(())
    }
    /// Appends `v` as the value of the last name of `shape`, which must be
    /// the current shape plus one name. The first values go to `room`; an
    /// array that must grow is sized by the shape's capacity hint.
    #[inline]
    pub fn push(&self, shape: &'static Shape, v: Value) {
        let len = self.len.get();
        debug_assert_eq!(len + 1, shape.len());
        if len == self.cap.get() {
            let want = if len == 0 { 1 } else { shape.capacity_hint().max(len + 1) };
            self.grow(want);
        }
        // SAFETY: `len < cap`: the word is allocated and holds no value.
        unsafe { self.base().add(len).write(v) };
        self.len.set(len + 1);
        self.shape.set(Some(shape));
    }
    /// Points the storage at `room` if none was asked for yet: for an
    /// object just put at its final address (so its first attributes need
    /// no `grow`).
    #[inline(always)]
    pub(super) fn use_room(&self) {
        if self.cap.get() == 0 {
            self.items.set(self.room_ptr() as usize);
            self.cap.set(INLINE_ROOM);
        }
    }
    /// Makes room for `n` values in all (an allocation hint: an object
    /// about to get its attributes, so that compiled code can add them in
    /// place).
    pub fn reserve(&self, n: usize) {
        if n > self.cap.get() {
            self.grow(n);
        }
    }
    /// Detaches the values: the object has no storage (nor shape) after.
    fn detach(&self) -> Vec<Value> {
        let len = self.len.get();
        let vals = if self.on_heap() {
            // SAFETY: the raw parts of the heap array, handed to the `Vec`.
            unsafe { Vec::from_raw_parts(self.items.get() as *mut Value, len, self.cap.get()) }
        } else {
            let mut v = Vec::with_capacity(len);
            // SAFETY: the first `len` words of `room` (or none) are values,
            // moved out; `room` forgets them as `len` becomes 0.
            unsafe {
                std::ptr::copy_nonoverlapping(self.base(), v.as_mut_ptr(), len);
                v.set_len(len);
            }
            v
        };
        self.items.set(0);
        self.len.set(0);
        self.cap.set(0);
        vals
    }
    /// Drops values kept in a heap array (after detaching them from `self`).
    #[cold]
    #[inline(never)]
    fn drop_heap(&self) {
        drop(self.detach());
    }
    /// Takes every value out (the object has no inline attributes after).
    pub fn take_all(&self) -> Option<(&'static Shape, Vec<Value>)> {
        let s = self.shape.take()?;
        Some((s, self.detach()))
    }
    /// Visits the values (for the cycle collector).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: the first `len` words are initialized values; the visitor
        // only reads (increfs at most) and cannot run Python code, so the
        // array is not changed meanwhile.
        for v in unsafe { std::slice::from_raw_parts(self.base(), self.len.get()) } {
            visit(v);
        }
    }
}

impl Drop for InlineAttrs {
    #[inline]
    fn drop(&mut self) {
        if self.on_heap() {
            self.drop_heap();
            return;
        }
        let len = self.len.get();
        self.len.set(0);
        let base = self.base();
        for i in 0..len {
            // SAFETY: the values are in `room` (`len <= INLINE_ROOM` of
            // them), forgotten by `self` above; each is dropped once. Nothing
            // can reach `self` meanwhile (it is being dropped: its object is
            // dead).
            unsafe { std::ptr::drop_in_place(base.add(i)) };
        }
    }
}
