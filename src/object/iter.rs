//! Builtin iterator objects (list_iterator, range_iterator, zip, map, ...)
//! and dict views: one layout, `IterData`, whose state enum says which.
//! The `next` logic lives in `vm/iterate.rs`; this file holds the state.

use std::cell::{Cell, RefCell};

use super::header::{Kind, ObjData};
use super::value::Value;

/// Names of the types using the `Iter` layout (created at bootstrap).
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
];

/// Iterator / view state. A primitive representation gives the variants a
/// defined layout (the tag word first, then each variant's fields in order,
/// as a `repr(C)` struct): compiled code steps range iterators in place
/// (`range_layout`).
#[repr(u64)]
pub enum IterState {
    /// Over a list (by index; sees mutation like CPython).
    List { seq: Value, index: usize },
    /// Reversed over a list.
    ListRev { seq: Value, index: isize },
    /// Over a tuple.
    Tuple { seq: Value, index: usize },
    /// Over an int range: next value, step, remaining count, and the
    /// range's length (for `__reduce__`).
    Range { next: i64, step: i64, remaining: u64, len: u64 },
    /// Over a range with big ints: next, step, stop, and the range's start
    /// (for `__reduce__`).
    BigRange { next: Value, step: Value, stop: Value, start: Value },
    /// Over a str (by char byte offset).
    Str { s: Value, byte_pos: usize },
    /// Over bytes / bytearray.
    Bytes { seq: Value, index: usize },
    /// Over a dict: which part (0 keys, 1 values, 2 items), position, size at start.
    Dict { dict: Value, pos: usize, len: usize, part: u8 },
    /// Over a set.
    Set { set: Value, pos: usize, len: usize },
    /// `enumerate(it, start)`.
    Enumerate { it: Value, count: Value },
    /// `zip(*its, strict=)`.
    Zip { its: Vec<Value>, strict: bool },
    /// `map(f, *its)`.
    Map { func: Value, its: Vec<Value> },
    /// `filter(f, it)` (f None: truthiness).
    Filter { func: Value, it: Value },
    /// `reversed(seq)` through `__len__`/`__getitem__`.
    Reversed { seq: Value, index: isize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `iter(seq)` through `__getitem__`.
    Seq { seq: Value, index: usize },
    /// A dict view (keys 0, values 1, items 2).
    DictView { dict: Value, part: u8 },
    /// Exhausted.
    Done,
}

/// The body of builtin iterators and views.
pub struct IterData {
    /// The state.
    pub state: RefCell<IterState>,
    /// Whether iteration has finished (sticky).
    pub done: Cell<bool>,
}

impl IterData {
    /// A body in `state`.
    pub fn new(state: IterState) -> IterData {
        IterData { state: RefCell::new(state), done: Cell::new(false) }
    }
}

/// Where compiled code finds a range iterator's state in its object
/// (`Obj<IterData>` with state `IterState::Range`): byte offsets from the
/// object's address, and the state's tag word.
#[derive(Clone, Copy, Debug)]
pub struct RangeLayout {
    /// The tag word of `IterState::Range`.
    pub tag: u64,
    /// Offset of the state's tag word.
    pub tag_at: i32,
    /// Offsets of `next`, `step` and `remaining`.
    pub next_at: i32,
    pub step_at: i32,
    pub remaining_at: i32,
}

/// The range iterator layout of this build (measured once: a `RefCell`'s
/// fields have no defined order, the enum's variants do).
pub fn range_layout() -> RangeLayout {
    static LAYOUT: std::sync::OnceLock<RangeLayout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let d = IterData::new(IterState::Range { next: 0, step: 0, remaining: 0, len: 0 });
        let base = &d as *const IterData as usize;
        let state = d.state.as_ptr();
        // SAFETY: `#[repr(u64)]` puts the tag word at the enum's address;
        // the cell is not borrowed.
        let tag = unsafe { state.cast::<u64>().read() };
        // SAFETY: the cell is not borrowed; read only.
        let (next_at, step_at, remaining_at) = match unsafe { &*state } {
            IterState::Range { next, step, remaining, .. } => {
                let at = |p: usize| (p - base) as i32;
                (at(next as *const i64 as usize), at(step as *const i64 as usize), at(remaining as *const u64 as usize))
            }
            _ => unreachable!("made as a range state"),
        };
        let body = std::mem::offset_of!(super::header::Obj<IterData>, data) as i32;
        RangeLayout {
            tag,
            tag_at: body + (state as usize - base) as i32,
            next_at: body + next_at,
            step_at: body + step_at,
            remaining_at: body + remaining_at,
        }
    })
}

/// Where compiled code finds a list or tuple iterator's state in its object
/// (`IterState::List` / `IterState::Tuple`, which have the same fields):
/// byte offsets from the object's address and the two tag words.
#[derive(Clone, Copy, Debug)]
pub struct SeqIterLayout {
    /// The tag words of `IterState::List` and `IterState::Tuple`.
    pub list_tag: u64,
    pub tuple_tag: u64,
    /// Offsets of the state's tag word, `seq` and `index`.
    pub tag_at: i32,
    pub seq_at: i32,
    pub index_at: i32,
}

/// The list/tuple iterator layout of this build (measured once, as
/// [`range_layout`]).
pub fn seq_iter_layout() -> SeqIterLayout {
    static LAYOUT: std::sync::OnceLock<SeqIterLayout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let body = std::mem::offset_of!(super::header::Obj<IterData>, data) as i32;
        // (tag, tag offset, seq offset, index offset) of a sample state.
        let measure = |st: IterState| {
            let d = IterData::new(st);
            let base = &d as *const IterData as usize;
            let state = d.state.as_ptr();
            let at = |p: usize| body + (p - base) as i32;
            // SAFETY: `#[repr(u64)]` puts the tag word at the enum's
            // address; the cell is not borrowed; read only.
            let tag = unsafe { state.cast::<u64>().read() };
            // SAFETY: as above.
            match unsafe { &*state } {
                IterState::List { seq, index } | IterState::Tuple { seq, index } => {
                    (tag, at(state as usize), at(seq as *const Value as usize), at(index as *const usize as usize))
                }
                _ => unreachable!("made as a list or tuple state"),
            }
        };
        let l = measure(IterState::List { seq: Value::try_small_int(0).expect("small"), index: 0 });
        let t = measure(IterState::Tuple { seq: Value::try_small_int(0).expect("small"), index: 0 });
        assert_eq!((l.1, l.2, l.3), (t.1, t.2, t.3), "list and tuple iterator states share a layout");
        SeqIterLayout { list_tag: l.0, tuple_tag: t.0, tag_at: l.1, seq_at: l.2, index_at: l.3 }
    })
}

impl ObjData for IterData {
    const KIND: Kind = Kind::Iter;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let Ok(s) = self.state.try_borrow() else { return };
        match &*s {
            IterState::List { seq, .. }
            | IterState::ListRev { seq, .. }
            | IterState::Tuple { seq, .. }
            | IterState::Bytes { seq, .. }
            | IterState::Reversed { seq, .. }
            | IterState::Seq { seq, .. } => visit(seq),
            IterState::Str { s, .. } => visit(s),
            IterState::BigRange { next, step, stop, start } => {
                visit(start);
                visit(next);
                visit(step);
                visit(stop);
            }
            IterState::Dict { dict, .. } | IterState::DictView { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { its, .. } => its.iter().for_each(visit),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(visit);
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}
