//! Shapes (hidden classes) for instance attributes stored inline.
//!
//! An instance of a user class whose `__dict__` nobody has asked for keeps
//! its attributes in a plain values array (`header::InlineAttrs`) plus a
//! pointer to a `Shape`: the ordered list of attribute names. Shapes form a
//! transition tree from one per-thread root (the empty shape): adding name
//! `n` to an object of shape `S` moves it to `S`'s child for `n`, so all
//! objects that got the same names in the same order share one shape, and
//! an attribute access checked against a cached shape is an array index.
//!
//! Invariants:
//! - Shapes are never freed (leaked, `&'static`), so a shape's address is a
//!   unique, stable identity that inline caches may hold as a plain word.
//!   Their number is capped (`MAX_SHAPES` per thread); past the cap, and past
//!   `MAX_INLINE_ATTRS` names, objects fall back to a real dict.
//! - Names are exact `str` objects, unique within a shape; position `i` in
//!   `names` is position `i` in the object's values array, which is also the
//!   dict's insertion order when the dict is materialized.
//! - Nothing here runs Python code (str comparison is native).

use std::cell::{Cell, RefCell};

use super::bodies::StrData;
use super::hashing::str_hash_cached;
use super::value::Value;

/// Most attributes an object keeps inline before it switches to a dict.
pub const MAX_INLINE_ATTRS: usize = 32;
/// Most shapes a thread creates; later objects use dicts.
const MAX_SHAPES: usize = 1 << 16;

/// An ordered set of attribute names shared by many objects.
pub struct Shape {
    names: Vec<Value>,
    parent: Option<&'static Shape>,
    children: RefCell<Vec<(Value, &'static Shape)>>,
    /// The names' str hashes, position for position.
    hashes: Vec<i64>,
    /// The longest shape reached from this one so far (a capacity hint for
    /// the values array).
    max_len: Cell<usize>,
}

thread_local! {
    static ROOT: &'static Shape = Box::leak(Box::new(Shape::new(Vec::new(), None)));
    static COUNT: Cell<usize> = const { Cell::new(1) };
}

fn str_of(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|s| &*s.s)
}

impl Shape {
    fn new(names: Vec<Value>, parent: Option<&'static Shape>) -> Shape {
        let hashes = names.iter().map(|n| n.downcast::<StrData>().map_or(0, str_hash_cached)).collect();
        let n = names.len();
        Shape { names, parent, children: RefCell::new(Vec::new()), hashes, max_len: Cell::new(n) }
    }

    /// The empty shape of this thread.
    pub fn root() -> &'static Shape {
        ROOT.with(|r| *r)
    }

    /// Number of names.
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether this is the empty shape.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The names, in insertion order.
    pub fn names(&self) -> &[Value] {
        &self.names
    }

    /// This shape's identity word (for inline caches).
    #[inline]
    pub fn id(&'static self) -> u64 {
        self as *const Shape as u64
    }

    /// The longest shape reached from this one so far.
    pub fn capacity_hint(&self) -> usize {
        self.max_len.get()
    }

    /// Position of the str `name` (any str object with the same text).
    #[inline]
    pub fn find(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        self.find_slow(name)
    }

    /// `find` by hash and text (the name is another str object).
    #[inline(never)]
    fn find_slow(&self, name: &Value) -> Option<usize> {
        let s = name.downcast::<StrData>()?;
        let h = str_hash_cached(s);
        (0..self.names.len()).find(|&i| self.hashes[i] == h && str_of(&self.names[i]) == Some(&*s.s))
    }

    /// The shape with `name` appended (`name` must be an exact str not in
    /// this shape), or `None` past the size or count caps.
    pub fn add(&'static self, name: &Value) -> Option<&'static Shape> {
        {
            let ch = self.children.borrow();
            if let Some((_, s)) = ch.iter().find(|(n, _)| n.is(name)) {
                return Some(s);
            }
            let text = str_of(name)?;
            if let Some((_, s)) = ch.iter().find(|(n, _)| str_of(n) == Some(text)) {
                return Some(s);
            }
        }
        if self.names.len() >= MAX_INLINE_ATTRS || COUNT.with(|c| c.get()) >= MAX_SHAPES {
            return None;
        }
        COUNT.with(|c| c.set(c.get() + 1));
        let mut names = self.names.clone();
        names.push(name.clone());
        let child: &'static Shape = Box::leak(Box::new(Shape::new(names, Some(self))));
        self.children.borrow_mut().push((name.clone(), child));
        let n = child.len();
        let mut up = Some(self);
        while let Some(s) = up {
            if s.max_len.get() >= n {
                break;
            }
            s.max_len.set(n);
            up = s.parent;
        }
        Some(child)
    }
}
