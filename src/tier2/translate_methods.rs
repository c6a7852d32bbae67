//! Known callees of method calls: a LOAD_METHOD the interpreter made
//! LOAD_METHOD_CACHED finds, while its cache holds (same type epoch), a
//! plain Python function in the class. When compiling, that function is
//! recorded as what the method word the instruction pushes usually is
//! (`Tr::known_fns`), so the CALL after it (the method first, `self` as
//! argument 0) is compiled for it as a NULL + global function's CALL is:
//! an identity guard on the method word, then a native call
//! (`translate_native`) or a direct site (`helpers::h_call_known`).
//!
//! Nothing here is assumed at run time: the CALL compares the method word
//! it got with the function seen when compiling (a class whose method was
//! rebound, an instance that shadows it, another type or a subclass that
//! overrides it give another word and take the generic call), and the
//! native and direct paths check the function's code, globals and builtins
//! again, since the function is not kept alive by the compiled code.

use std::mem::ManuallyDrop;

use super::translate::{Tr, V};
use crate::bytecode::Op;
use crate::object::typeobj::type_epoch;
use crate::object::Value;

impl Tr<'_> {
    /// Records `m`, the method word of the LOAD_METHOD being translated, as
    /// the plain function its cache holds when compiling, if any.
    pub(super) fn note_method_callee(&mut self, m: V) {
        if self.code.instrs[self.ip].op.get() != Op::LoadMethodCached {
            return;
        }
        let cache = &self.code.inline_caches()[self.ip];
        // A cache of an older epoch may hold a word the class let go of.
        if cache.key2.get() != type_epoch() || cache.value.get() == 0 {
            return;
        }
        // The class's namespace owns the method while the epoch holds.
        let func = (*ManuallyDrop::new(Value::from_raw(cache.value.get()))).clone();
        if super::calls::plain_function(&func).is_some() {
            self.known_fns.insert(m, func);
        }
    }
}
