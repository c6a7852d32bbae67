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
    /// The one-character strs of the ASCII range (immortal, made on first use).
    static ASCII_CHARS: [Cell<Option<Value>>; 128] = const { [const { Cell::new(None) }; 128] };
}

/// The interned one-character str for ASCII byte `b` (what iterating or
/// indexing ASCII text yields), from a table instead of the intern map.
pub fn ascii_char(b: u8) -> Value {
    debug_assert!(b.is_ascii());
    ASCII_CHARS.with(|tab| {
        let slot = &tab[(b & 0x7f) as usize];
        if let Some(v) = slot.take() {
            slot.set(Some(v.clone()));
            return v;
        }
        let v = intern(std::str::from_utf8(&[b & 0x7f]).unwrap_or(""));
        slot.set(Some(v.clone()));
        v
    })
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
