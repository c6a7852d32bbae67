//! str construction and interning. Identifier-like strings (attribute and
//! global names, dict keys from source) are interned: one immortal object
//! per text per thread, so name lookups can compare by identity first.

use std::cell::RefCell;
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

/// The text of a str value (exact str or subclass), if it is one.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|d| &*d.s)
}
