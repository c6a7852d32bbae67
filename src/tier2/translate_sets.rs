//! Compiled set operations through lean helpers that need no context:
//! - `x in s` / `x not in s` (CONTAINS_OP): when the item may be an int, an
//!   exact `set` with a small-int item is looked up by `h_set_has_int` (the
//!   interpreter's native probe, `SetData::exact_contains`) and the result
//!   stays an unboxed bool;
//! - `s.add(x)` / `s.discard(x)` at a CALL site the interpreter made
//!   CALL_BUILTIN for that method: `h_set_update` checks the callee is that
//!   builtin and `s` an exact set, and adds or discards a key of native hash
//!   (`SetData::update_native`).
//!
//! Anything else (other containers, subclasses, big ints, keys whose
//! comparison would run Python code) takes the generic helper, which does
//! what the interpreter does.

use pyrite_jit::ir::{Cmp, Type, Value as V};

use super::translate::{Av, Tr};
use crate::bytecode::Op;
use crate::object::{t, BuiltinData, NativeFn, SetData, Value};

/// CONTAINS_OP's lean path: 1 or 0 when exact set `set` (a borrowed word)
/// does or does not hold small int `i`, 2 when undecided here (not an
/// exact set, `i` not a small int, a candidate needing Python code).
pub(super) extern "C" fn h_set_has_int(set: u64, i: i64) -> i64 {
    let Some(key) = Value::try_small_int(i) else { return 2 };
    let set = std::mem::ManuallyDrop::new(Value::from_raw(set));
    match SetData::exact_contains(&set, &key) {
        Some(r) => r as i64,
        None => 2,
    }
}

/// `s.add(x)` (`discard` 0) or `s.discard(x)` (1) at a CALL_BUILTIN site in
/// method layout (callee, `self`, argument; borrowed words): the None word
/// (a new reference) when done here, 0 when the general call must run
/// (nothing changed: the callee is not that builtin, `s` not an exact set,
/// `x`'s hash or comparison not native).
pub(super) extern "C" fn h_set_update(callee: u64, s: u64, x: u64, discard: i64) -> u64 {
    let (callee, s, x) = (borrowed(callee), borrowed(s), borrowed(x));
    let (add, disc) = crate::types::set::add_discard_fns();
    let want = if discard != 0 { disc } else { add };
    let Some(b) = callee.downcast::<BuiltinData>() else { return 0 };
    if !std::ptr::fn_addr_eq(b.func, want) || b.self_.is_some() || !crate::vm::iterate::is_exact(&s, &t().set) {
        return 0;
    }
    let Some(sd) = s.downcast::<SetData>() else { return 0 };
    if sd.update_native(&x, discard != 0) {
        t().none.clone().into_raw()
    } else {
        0
    }
}

/// A borrowed Value word viewed as a Value (never dropped).
fn borrowed(w: u64) -> std::mem::ManuallyDrop<Value> {
    std::mem::ManuallyDrop::new(Value::from_raw(w))
}

impl Tr<'_> {
    /// Whether the CALL at the current instruction (operands from stack
    /// position `from`, `argc` arguments) is a CALL_BUILTIN site in method
    /// layout cached for `set.add` (`Some(false)`) or `set.discard`
    /// (`Some(true)`).
    pub(super) fn set_update_site(&self, from: usize, argc: usize) -> Option<bool> {
        if argc != 1 || self.code.instrs[self.ip].op.get() != Op::CallBuiltin || matches!(self.stack[from], Av::Null) {
            return None;
        }
        let cached = self.code.inline_caches()[self.ip].value.get();
        let (add, discard) = crate::types::set::add_discard_fns();
        let is = |f: NativeFn| f as usize as u64 == cached;
        if is(add) {
            Some(false)
        } else if is(discard) {
            Some(true)
        } else {
            None
        }
    }

    /// The CALL of a `set_update_site` (operands spilled from stack position
    /// `from`): the lean helper, the CALL_BUILTIN helper `slow` (called with
    /// the current block's state) when it declines. The result is an owned
    /// word; the operands stay on the abstract stack.
    pub(super) fn set_update_call(&mut self, discard: bool, from: usize, slow: impl FnOnce(&mut Self) -> V) -> V {
        let ws: Vec<V> = (from..from + 3).map(|p| self.word(self.stack[p])).collect();
        let d = self.imm(discard as i64);
        let r = self.f.call_helper(self.h.set_update, &[ws[0], ws[1], ws[2], d], Some(Type::I64), None).expect("set_update returns");
        let (join, general) = (self.f.create_block(), self.f.create_block());
        let out = self.f.append_block_param(join, Type::Boxed);
        let zero = self.f.const_i64(0);
        let declined = self.f.int_cmp(Cmp::Eq, r, zero);
        let done = self.f.i64_to_word(r);
        self.f.branch(declined, general, &[], join, &[done]);
        self.f.switch_to_block(general);
        let w = slow(self);
        self.f.jump(join, &[w]);
        self.f.switch_to_block(join);
        out
    }

    /// CONTAINS_OP (`invert`: `not in`), container on top, item below it.
    pub(super) fn contains_op(&mut self, invert: u32) {
        let (item, cont) = (self.peek(2), self.peek(1));
        let fast = match cont {
            Av::Owned(w) | Av::Borrowed(w, _) if matches!(item, Av::Int(_) | Av::Owned(_) | Av::Borrowed(_, _)) => Some(w),
            _ => None,
        };
        let Some(wc) = fast else {
            return self.helper_op(self.h.contains, 2, &[invert as i64], true);
        };
        let (join, slow) = (self.f.create_block(), self.f.create_block());
        let result = self.f.append_block_param(join, Type::Bool);
        let i = self.as_int(item, slow).expect("an int-capable item");
        // Blocks lower in creation order: these come after `as_int`'s.
        let (typed, decided) = (self.f.create_block(), self.f.create_block());
        let is_set = self.f.has_type(wc, t().set.raw());
        self.f.branch(is_set, typed, &[], slow, &[]);
        self.f.switch_to_block(typed);
        let r = self.f.call_helper(self.h.set_has_int, &[wc, i], Some(Type::I64), None).expect("set_has_int returns");
        let two = self.f.const_i64(2);
        let unknown = self.f.int_cmp(Cmp::Eq, r, two);
        self.f.branch(unknown, slow, &[], decided, &[]);
        self.f.switch_to_block(decided);
        let zero = self.f.const_i64(0);
        let b = self.f.int_cmp(if invert == 1 { Cmp::Eq } else { Cmp::Ne }, r, zero);
        // The item is a small int here: only the container may need dropping.
        self.drop_av(cont);
        let fast_freed = self.freed;
        self.f.jump(join, &[b]);
        self.f.switch_to_block(slow);
        let (wi, wc) = (self.word(item), self.word(cont));
        let ctx = self.f.vm_ctx();
        let inv = self.imm(invert as i64);
        let w = self.call_word(self.h.contains, &[ctx, wi, wc, inv]);
        self.drop_temps();
        self.drop_av(item);
        self.drop_av(cont);
        if self.freed && !fast_freed {
            self.safe_point();
        }
        self.freed = fast_freed;
        // The helper's result is True or False (immortal).
        let wt = self.f.word_to_i64(w);
        let tw = self.f.const_i64(t().true_.raw() as i64);
        let bs = self.f.int_cmp(Cmp::Eq, wt, tw);
        self.f.jump(join, &[bs]);
        self.f.switch_to_block(join);
        self.stack.truncate(self.stack.len() - 2);
        self.stack.push(Av::Bool(result));
    }
}
