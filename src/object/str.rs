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

thread_local! {
    static INTERNED: RefCell<HashMap<Rc<str>, Value>> = RefCell::new(HashMap::new());
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
