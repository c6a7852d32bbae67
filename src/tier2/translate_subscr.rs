//! Translation of BINARY_SUBSCR and STORE_SUBSCR.
//!
//! Where the interpreter specialized a site for exact lists (or, for loads,
//! exact tuples) with a small-int index (BINARY_SUBSCR_LIST /
//! BINARY_SUBSCR_TUPLE, STORE_SUBSCR_LIST), compiled code reads the
//! sequence's item pointer and length in place (the fixed layouts of
//! `object::list` and `object::tuple`): an inline type test (`has_type`, so subclasses and
//! other types miss), an int test of the index, the index normalized and
//! bounds-checked (`seq_index`), then the item word. Every miss branches to
//! the generic helper, which does what the interpreter does (IndexError
//! with CPython's message, `__getitem__` of subclasses, ...): no exits, so
//! a polymorphic site never deoptimizes.

use pyrite_jit::ir::{Block, Cmp, Type};

use super::translate::{Av, Tr, V};
use crate::bytecode::Op;
use crate::object::list::{LIST_ITEMS_OFFSET, LIST_LEN_OFFSET};
use crate::object::t;
use crate::object::tuple::{TUPLE_ITEMS_OFFSET, TUPLE_LEN_OFFSET};

/// The Boxed word of a stack entry that may be a list (unboxed entries and
/// NULL cannot be).
fn boxed(av: Av) -> Option<V> {
    match av {
        Av::Owned(w) | Av::Borrowed(w, _) => Some(w),
        _ => None,
    }
}

/// Whether an index entry may be a small int.
fn maybe_int(av: Av) -> bool {
    matches!(av, Av::Int(_) | Av::Owned(_) | Av::Borrowed(_, _))
}

impl<'a> Tr<'a> {
    /// The site's quickened form, as the interpreter specialized it.
    fn quickened(&self) -> Op {
        self.code.instrs[self.ip].op.get()
    }

    /// The item array of list (or with `tuple`, tuple) `w` and the position
    /// of index `i` in it, or a branch to `miss` when `w` is not of that
    /// exact type or `i` is out of range.
    pub(super) fn seq_slot(&mut self, w: V, i: V, miss: Block, tuple: bool) -> (V, V) {
        let (ty, len_off, items_off) =
            if tuple { (t().tuple.raw(), TUPLE_LEN_OFFSET, TUPLE_ITEMS_OFFSET) } else { (t().list.raw(), LIST_LEN_OFFSET, LIST_ITEMS_OFFSET) };
        let is_seq = self.f.has_type(w, ty);
        let (typed, inside) = (self.f.create_block(), self.f.create_block());
        self.f.branch(is_seq, typed, &[], miss, &[]);
        self.f.switch_to_block(typed);
        let len = self.f.load_field(w, len_off as i32, Type::I64);
        let idx = self.f.seq_index(i, len);
        let zero = self.f.const_i64(0);
        let ok = self.f.int_cmp(Cmp::Ge, idx, zero);
        self.f.branch(ok, inside, &[], miss, &[]);
        self.f.switch_to_block(inside);
        let items = self.f.load_field(w, items_off as i32, Type::Boxed);
        (items, idx)
    }

    /// BINARY_SUBSCR.
    pub(super) fn binary_subscr(&mut self) {
        let (obj, key) = (self.peek(2), self.peek(1));
        let q = self.quickened();
        let Some(wo) = boxed(obj).filter(|_| matches!(q, Op::BinarySubscrList | Op::BinarySubscrTuple) && maybe_int(key)) else {
            return self.helper_op(self.h.getitem, 2, &[], true);
        };
        let (join, slow) = (self.f.create_block(), self.f.create_block());
        let result = self.f.append_block_param(join, Type::Boxed);
        let i = self.as_int(key, slow).expect("int index");
        let (items, idx) = self.seq_slot(wo, i, slow, q == Op::BinarySubscrTuple);
        let item = self.f.load_elem(items, idx);
        self.f.incref(item);
        // The index is a small int here: only the sequence may need dropping.
        self.drop_av(obj);
        let fast_freed = self.freed;
        self.f.jump(join, &[item]);
        self.f.switch_to_block(slow);
        let wk = self.word(key);
        let ctx = self.f.vm_ctx();
        let r = self.call_word(self.h.getitem, &[ctx, wo, wk]);
        self.drop_temps();
        self.drop_av(obj);
        self.drop_av(key);
        // What only the helper path released is polled for there, so the
        // fast path does not pay for it at the next instruction.
        if self.freed && !fast_freed {
            self.safe_point();
        }
        self.freed = fast_freed;
        self.f.jump(join, &[r]);
        self.f.switch_to_block(join);
        self.stack.truncate(self.stack.len() - 2);
        self.stack.push(Av::Owned(result));
    }

    /// STORE_SUBSCR (stack: value, container, key on top).
    pub(super) fn store_subscr(&mut self) {
        let (v, obj, key) = (self.peek(3), self.peek(2), self.peek(1));
        let fast = boxed(obj).filter(|_| self.quickened() == Op::StoreSubscrList && maybe_int(key) && !matches!(v, Av::Null));
        let Some(wo) = fast else {
            let (wv, wo, wk) = (self.word(v), self.word(obj), self.word(key));
            let ctx = self.f.vm_ctx();
            self.call_word(self.h.setitem, &[ctx, wo, wk, wv]);
            self.drop_temps();
            self.pop_drop(3);
            return;
        };
        let (done, slow) = (self.f.create_block(), self.f.create_block());
        let i = self.as_int(key, slow).expect("int index");
        let (items, idx) = self.seq_slot(wo, i, slow, false);
        // The list takes the value's reference (a new one unless owned).
        let nv = self.materialize(v);
        let old = self.f.load_elem(items, idx);
        self.f.store_elem(items, idx, nv);
        self.decref(old);
        // The index is a small int here: nothing to drop.
        self.drop_av(obj);
        self.f.jump(done, &[]);
        self.f.switch_to_block(slow);
        let (wv, wk) = (self.word(v), self.word(key));
        let ctx = self.f.vm_ctx();
        self.call_word(self.h.setitem, &[ctx, wo, wk, wv]);
        self.drop_temps();
        for av in [v, obj, key] {
            self.drop_av(av);
        }
        self.f.jump(done, &[]);
        self.f.switch_to_block(done);
        self.stack.truncate(self.stack.len() - 3);
    }
}
