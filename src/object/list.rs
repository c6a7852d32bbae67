//! The list body: its items in a `Vec` behind a borrow flag, plus a mirror
//! of the vector's buffer pointer and length at fixed offsets, so compiled
//! code (tier 2) can index a list in place.
//!
//! Layout (`#[repr(C)]`, offsets from the start of the body):
//! - `LIST_BODY_ITEMS` (0): `*mut Value`, the first item word;
//! - `LIST_BODY_LEN` (8): `usize`, the number of items;
//! - then the `RefCell<Vec<Value>>` owning the items.
//!
//! Invariant: outside a `borrow_mut` the mirror equals the vector's
//! `as_mut_ptr()` / `len()`: every mutable borrow goes through `ListMut`,
//! which writes the mirror back when dropped. Compiled code may read items
//! and replace one in place (same length, same buffer) while no Rust borrow
//! is held, which the VM guarantees (no borrow is held across Python code).

use std::cell::{BorrowError, BorrowMutError, Cell, Ref, RefCell, RefMut};
use std::ops::{Deref, DerefMut};

use super::header::{Kind, Obj, ObjData};
use super::value::Value;

/// The items of a list, with the mirror compiled code reads.
#[repr(C)]
pub struct ListCell {
    items: Cell<*mut Value>,
    len: Cell<usize>,
    vec: RefCell<Vec<Value>>,
}

/// list
#[repr(C)]
pub struct ListData(pub ListCell);

impl ObjData for ListData {
    const KIND: Kind = Kind::List;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.0.try_borrow() {
            v.iter().for_each(visit);
        }
    }
}

impl ListData {
    /// A list body holding `items`.
    pub fn new(items: Vec<Value>) -> ListData {
        ListData(ListCell::new(items))
    }
}

/// Offset of the item pointer in a list object (`Obj<ListData>`).
pub const LIST_ITEMS_OFFSET: usize = std::mem::offset_of!(Obj<ListData>, data) + std::mem::offset_of!(ListCell, items);
/// Offset of the length in a list object (`Obj<ListData>`).
pub const LIST_LEN_OFFSET: usize = std::mem::offset_of!(Obj<ListData>, data) + std::mem::offset_of!(ListCell, len);

impl ListCell {
    /// A cell holding `v`.
    pub fn new(mut v: Vec<Value>) -> ListCell {
        ListCell { items: Cell::new(v.as_mut_ptr()), len: Cell::new(v.len()), vec: RefCell::new(v) }
    }

    /// Shared access to the items.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.vec.borrow()
    }

    /// Shared access, or an error if mutably borrowed.
    #[inline]
    pub fn try_borrow(&self) -> Result<Ref<'_, Vec<Value>>, BorrowError> {
        self.vec.try_borrow()
    }

    /// Mutable access; the mirror is refreshed when the guard drops.
    #[inline]
    pub fn borrow_mut(&self) -> ListMut<'_> {
        ListMut { cell: self, vec: self.vec.borrow_mut() }
    }

    /// Mutable access, or an error if borrowed.
    #[inline]
    pub fn try_borrow_mut(&self) -> Result<ListMut<'_>, BorrowMutError> {
        Ok(ListMut { cell: self, vec: self.vec.try_borrow_mut()? })
    }

    /// Replaces the items, returning the old ones.
    pub fn replace(&self, v: Vec<Value>) -> Vec<Value> {
        std::mem::replace(&mut *self.borrow_mut(), v)
    }

    /// Takes the items, leaving the list empty.
    pub fn take(&self) -> Vec<Value> {
        self.replace(Vec::new())
    }

    /// The mirror (item pointer, length), as compiled code sees it.
    pub fn mirror(&self) -> (*const Value, usize) {
        (self.items.get(), self.len.get())
    }
}

/// A mutable borrow of a list's items; dropping it refreshes the mirror.
pub struct ListMut<'a> {
    cell: &'a ListCell,
    vec: RefMut<'a, Vec<Value>>,
}

impl Deref for ListMut<'_> {
    type Target = Vec<Value>;
    #[inline]
    fn deref(&self) -> &Vec<Value> {
        &self.vec
    }
}

impl DerefMut for ListMut<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.vec
    }
}

impl Drop for ListMut<'_> {
    #[inline]
    fn drop(&mut self) {
        self.cell.items.set(self.vec.as_mut_ptr());
        self.cell.len.set(self.vec.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_offsets_are_fixed() {
        // The header is two words (refcount, type); the body starts after it.
        assert_eq!(std::mem::offset_of!(Obj<ListData>, data), 16);
        assert_eq!(LIST_ITEMS_OFFSET, 16);
        assert_eq!(LIST_LEN_OFFSET, 24);
    }

    #[test]
    fn mirror_follows_mutation() {
        let l = ListCell::new(vec![Value::try_small_int(1).unwrap()]);
        assert_eq!(l.mirror().1, 1);
        {
            let mut m = l.borrow_mut();
            for i in 0..100 {
                m.push(Value::try_small_int(i).unwrap());
            }
        }
        let (p, n) = l.mirror();
        assert_eq!(n, 101);
        assert_eq!(p, l.borrow().as_ptr());
        let old = l.take();
        assert_eq!(old.len(), 101);
        assert_eq!(l.mirror().1, 0);
        l.replace(old);
        assert_eq!(l.mirror(), (l.borrow().as_ptr(), 101));
        if let Ok(mut m) = l.try_borrow_mut() {
            m.truncate(3);
        }
        assert_eq!(l.mirror(), (l.borrow().as_ptr(), 3));
    }
}
