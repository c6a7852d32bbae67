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

/// Measures a sample iterator object in `state` (the layout of this build:
/// a `RefCell`'s fields have no defined order, the enum's variants do):
/// its tag word, the tag's offset and the offsets of the `N` fields
/// `fields` points at, all from the object's address.
fn measure<const N: usize>(state: IterState, fields: impl FnOnce(&IterState) -> [usize; N]) -> (u64, i32, [i32; N]) {
    let d = IterData::new(state);
    let base = &d as *const IterData as usize;
    let body = std::mem::offset_of!(super::header::Obj<IterData>, data) as i32;
    let at = |p: usize| body + (p - base) as i32;
    let st = d.state.as_ptr();
    // SAFETY: `#[repr(u64)]` puts the tag word at the enum's address; the
    // cell is not borrowed; read only.
    let (tag, inner) = unsafe { (st.cast::<u64>().read(), &*st) };
    (tag, at(st as usize), fields(inner).map(at))
}

/// The range iterator layout of this build (measured once).
pub fn range_layout() -> RangeLayout {
    static LAYOUT: std::sync::OnceLock<RangeLayout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let (tag, tag_at, [next_at, step_at, remaining_at]) = measure(IterState::Range { next: 0, step: 0, remaining: 0, len: 0 }, |st| match st {
            IterState::Range { next, step, remaining, .. } => [next as *const i64 as usize, step as *const i64 as usize, remaining as *const u64 as usize],
            _ => unreachable!("made as a range state"),
        });
        RangeLayout { tag, tag_at, next_at, step_at, remaining_at }
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

/// The list/tuple iterator layout of this build (measured once).
pub fn seq_iter_layout() -> SeqIterLayout {
    static LAYOUT: std::sync::OnceLock<SeqIterLayout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let fields = |st: &IterState| match st {
            IterState::List { seq, index } | IterState::Tuple { seq, index } => [seq as *const Value as usize, index as *const usize as usize],
            _ => unreachable!("made as a list or tuple state"),
        };
        let zero = || Value::try_small_int(0).expect("small");
        let (list_tag, tag_at, [seq_at, index_at]) = measure(IterState::List { seq: zero(), index: 0 }, fields);
        let (tuple_tag, t_tag_at, t_fields) = measure(IterState::Tuple { seq: zero(), index: 0 }, fields);
        assert_eq!((tag_at, [seq_at, index_at]), (t_tag_at, t_fields), "list and tuple iterator states share a layout");
        SeqIterLayout { list_tag, tuple_tag, tag_at, seq_at, index_at }
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
