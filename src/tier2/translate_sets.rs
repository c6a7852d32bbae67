//! Translation of `x in s` / `x not in s` (CONTAINS_OP) for sets: when the
//! item may be an int, an exact `set` with a small-int item is looked up by
//! a lean helper that needs no context (`h_set_has_int`: the interpreter's
//! native probe, `SetData::exact_contains`) and the result stays an
//! unboxed bool. Anything else (other containers, subclasses, big ints, a
//! probe that would need a Python `__eq__`) takes the generic helper,
//! which does what the interpreter does.

use pyrite_jit::ir::{Cmp, Type};

use super::translate::{Av, Tr};
use crate::object::{t, SetData, Value};

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

impl Tr<'_> {
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
