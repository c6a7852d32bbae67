//! str construction and interning. Identifier-like strings (attribute and
//! global names, dict keys from source) are interned: one immortal object
//! per text per thread, so name lookups can compare by identity first.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::bodies::StrData;
use super::header::{alloc, alloc_immortal};
use super::registry::t;
use super::value::Value;

/// An FNV-style hash over the bytes (8 at a time): the intern table is looked up on
/// hot paths (`Vm::name`), where SipHash's cost showed in profiles. Its keys
/// are program identifiers, not attacker-chosen input.
#[derive(Default)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
        }
        for &b in chunks.remainder() {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` hasher state for maps keyed by identifiers (see [`NameHasher`]).
pub type BuildNameHasher = std::hash::BuildHasherDefault<NameHasher>;

type NameMap = HashMap<Rc<str>, Value, BuildNameHasher>;

thread_local! {
    static INTERNED: RefCell<NameMap> = RefCell::new(NameMap::default());
}

/// The interned str for `s` (immortal).
pub fn intern(s: &str) -> Value {
    if let Some(v) = INTERNED.with(|m| m.borrow().get(s).cloned()) {
        return v;
    }
    let ty = t().str_.as_header().expect("str type") as *const _;
    let v = alloc_immortal(ty, StrData::new(s.into()));
    INTERNED.with(|m| m.borrow_mut().insert(Rc::from(s), v.clone()));
    v
}

/// A new str object.
pub fn new_str(s: impl Into<Box<str>>) -> Value {
    alloc(&t().str_, StrData::new(s.into()), None)
}

/// A new str whose code-point count is already known (the text is not
/// scanned again: pieces of ASCII text, sums of two strs' counts).
pub fn new_str_counted(s: impl Into<Box<str>>, char_len: usize) -> Value {
    let s = s.into();
    debug_assert_eq!(s.chars().count(), char_len);
    alloc(&t().str_, StrData { s, char_len, hash: Cell::new(-1) }, None)
}

/// A new str of ASCII text (`s` must be ASCII).
pub fn new_ascii(s: impl Into<Box<str>>) -> Value {
    let s = s.into();
    let n = s.len();
    new_str_counted(s, n)
}

thread_local! {
    /// The raw words of the one-character strs of the ASCII range (interned,
    /// so immortal; made on first use, 0 until then). Plain words: the table
    /// needs no destructor, so reading it is a direct thread-local access.
    static ASCII_CHARS: [Cell<u64>; 128] = const { [const { Cell::new(0) }; 128] };
}

/// A str for a piece of ASCII text: the cached one-character str for a
/// single character (no allocation, as CPython's latin-1 singletons).
#[inline]
pub fn ascii_piece(s: &str) -> Value {
    match s.as_bytes() {
        [b] => ascii_char(*b),
        _ => new_ascii(s),
    }
}

/// The interned one-character str for ASCII byte `b` (what iterating or
/// indexing ASCII text yields), from a table instead of the intern map.
#[inline]
pub fn ascii_char(b: u8) -> Value {
    debug_assert!(b.is_ascii());
    let i = (b & 0x7f) as usize;
    let word = ASCII_CHARS.with(|tab| tab[i].get());
    if word != 0 {
        // The word names an immortal str: borrowing it without a reference
        // of our own and cloning it is sound (and touches no count).
        return Value::clone(&std::mem::ManuallyDrop::new(Value::from_raw(word)));
    }
    ascii_char_slow(i as u8)
}

#[cold]
fn ascii_char_slow(b: u8) -> Value {
    let v = intern(std::str::from_utf8(&[b]).unwrap_or(""));
    debug_assert!(v.as_header().is_some_and(|h| h.is_immortal()));
    ASCII_CHARS.with(|tab| tab[b as usize].set(v.raw()));
    v
}

/// `a + b` for two strs: one allocation of the final size, counts added; an
/// empty operand gives the other one itself (as CPython, for exact strs).
pub fn concat(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = (a.downcast::<StrData>()?, b.downcast::<StrData>()?);
    if y.s.is_empty() {
        return Some(a.clone());
    }
    if x.s.is_empty() {
        return Some(b.clone());
    }
    let mut s = String::with_capacity(x.s.len() + y.s.len());
    s.push_str(&x.s);
    s.push_str(&y.s);
    Some(new_str_counted(s, x.char_len + y.char_len))
}

/// `sep.join(items)` (`sep_chars`: its code-point count) when every item is a str (exact or subclass): the
/// length is summed first, so the text is built in one allocation.
/// `Err(i)`: item `i` is not a str.
pub fn join_strs(sep: &str, sep_chars: usize, items: &[Value]) -> Result<Value, usize> {
    let mut bytes = sep.len() * items.len().saturating_sub(1);
    let mut chars = sep_chars * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        let d = it.downcast::<StrData>().ok_or(i)?;
        bytes += d.s.len();
        chars += d.char_len;
    }
    let mut out = String::with_capacity(bytes);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(it).unwrap_or(""));
    }
    Ok(new_str_counted(out, chars))
}

/// The text of a str value (exact str or subclass), if it is one.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|d| &*d.s)
}
