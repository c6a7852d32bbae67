//! LOAD_DEREF / STORE_DEREF / LOAD_CLOSURE, MAKE_FUNCTION and
//! UNPACK_SEQUENCE in compiled code.
//!
//! Cells: the frame's cell slot (after the fast locals) holds the cell
//! object; its content is one word at `CELL_CONTENTS_OFFSET`, 0 when empty.
//! A load reads it and takes a reference; an empty cell calls the
//! interpreter's helper, which raises (UnboundLocalError or NameError with
//! CPython's message). A store swaps the word in and releases the old one.
//!
//! UNPACK_SEQUENCE of an exact tuple or list of the expected length reads
//! the items in place (tuple items are immutable; a list's item array and
//! length are its mirror, see `object::list`), each with a new reference.
//! Anything else (another length, a subclass, any other iterable) calls the
//! generic helper, which unpacks as the interpreter does and raises its
//! errors: no exits, so a polymorphic site never deoptimizes.

use pyrite_jit::ir::{Block, Cmp, Type};

use super::translate::{Av, Tr, V};
use crate::object::bodies::CELL_CONTENTS_OFFSET;
use crate::object::list::{LIST_ITEMS_OFFSET, LIST_LEN_OFFSET};
use crate::object::t;
use crate::object::tuple::{TUPLE_ITEMS_OFFSET, TUPLE_LEN_OFFSET};

impl Tr<'_> {
    /// The cell object of cell/free variable `arg`.
    fn cell(&mut self, arg: u32) -> V {
        self.f.load_slot(self.code.nlocals() as u32 + arg)
    }

    /// LOAD_DEREF `arg`.
    pub(super) fn load_deref(&mut self, arg: u32) {
        let cell = self.cell(arg);
        let v = self.f.load_field(cell, CELL_CONTENTS_OFFSET as i32, Type::Boxed);
        self.raise_if_empty(v, self.h.load_deref, arg);
        self.f.incref(v);
        if let Some(Some(func)) = self.opts.cell_functions.get(arg as usize) {
            self.known_fns.insert(v, func.clone());
        }
        self.stack.push(Av::Owned(v));
    }

    /// LOAD_CLOSURE `arg`: the cell object itself, with a new reference.
    pub(super) fn load_closure(&mut self, arg: u32) {
        let cell = self.cell(arg);
        self.f.incref(cell);
        self.stack.push(Av::Owned(cell));
    }

    /// MAKE_FUNCTION `fl` (closures, lambdas and comprehensions made in a
    /// loop): a direct helper call on the spilled operands rather than the
    /// `exec_rare` round trip.
    pub(super) fn make_function(&mut self, fl: u32) {
        let n = 1 + (fl & 0xf).count_ones() as usize;
        let from = self.stack.len() - n;
        self.spill(from);
        let ctx = self.f.vm_ctx();
        let (b, k) = (self.imm(self.base as i64 + from as i64), self.imm(fl as i64));
        let r = self.call_word(self.h.make_function, &[ctx, b, k]);
        self.drop_temps();
        self.pop_drop(n);
        self.stack.push(Av::Owned(r));
    }

    /// STORE_DEREF `arg`.
    pub(super) fn store_deref(&mut self, arg: u32) {
        let av = self.pop();
        let new = self.materialize(av);
        let cell = self.cell(arg);
        let old = self.f.load_field(cell, CELL_CONTENTS_OFFSET as i32, Type::Boxed);
        self.f.store_field(cell, CELL_CONTENTS_OFFSET as i32, new);
        self.decref_unless_empty(old);
    }

    /// UNPACK_SEQUENCE `n`.
    pub(super) fn unpack_sequence(&mut self, n: u32) {
        let seq = self.peek(1);
        let w = match seq {
            Av::Owned(w) | Av::Borrowed(w, _) => w,
            // An unboxed number is never a sequence: the helper raises.
            _ => return self.unpack_generic(n),
        };
        let join = self.f.create_block();
        let outs: Vec<V> = (0..n).map(|_| self.f.append_block_param(join, Type::Boxed)).collect();
        let slow = self.f.create_block();
        let tuple = t().tuple.raw();
        let list = t().list.raw();
        for (ty, len_off, items_off) in [(tuple, TUPLE_LEN_OFFSET, TUPLE_ITEMS_OFFSET), (list, LIST_LEN_OFFSET, LIST_ITEMS_OFFSET)] {
            let next = self.f.create_block();
            self.unpack_exact(w, n, ty, len_off as i32, items_off as i32, join, next);
            self.f.switch_to_block(next);
        }
        self.f.jump(slow, &[]);
        self.f.switch_to_block(slow);
        let vals = self.unpack_call(w, n);
        self.f.jump(join, &vals);
        self.f.switch_to_block(join);
        self.pop_drop(1);
        // Pushed so that the first item ends on top.
        for &v in outs.iter().rev() {
            self.stack.push(Av::Owned(v));
        }
    }

    /// The items of `w` when it has exact type `ty` and length `n`, passed
    /// (first item first, each with a new reference) to `join`; otherwise a
    /// jump to `miss`.
    #[allow(clippy::too_many_arguments)]
    fn unpack_exact(&mut self, w: V, n: u32, ty: u64, len_off: i32, items_off: i32, join: Block, miss: Block) {
        let is = self.f.has_type(w, ty);
        let (typed, sized) = (self.f.create_block(), self.f.create_block());
        self.f.branch(is, typed, &[], miss, &[]);
        self.f.switch_to_block(typed);
        let len = self.f.load_field(w, len_off, Type::I64);
        let want = self.f.const_i64(n as i64);
        let same = self.f.int_cmp(Cmp::Eq, len, want);
        self.f.branch(same, sized, &[], miss, &[]);
        self.f.switch_to_block(sized);
        let items = self.f.load_field(w, items_off, Type::Boxed);
        let mut vals = Vec::new();
        for i in 0..n {
            let ix = self.f.const_i64(i as i64);
            let v = self.f.load_elem(items, ix);
            self.f.incref(v);
            vals.push(v);
        }
        self.f.jump(join, &vals);
    }

    /// The generic helper's items of `w`, first item first (owned).
    fn unpack_call(&mut self, w: V, n: u32) -> Vec<V> {
        let pos = self.stack.len() - 1;
        let ctx = self.f.vm_ctx();
        let (k, out) = (self.imm(n as i64), self.imm((self.base as usize + pos) as i64));
        self.call_word(self.h.unpack, &[ctx, w, k, out]);
        // The helper writes the first item at the highest slot.
        (0..n).rev().map(|i| self.f.load_slot(self.base + pos as u32 + i)).collect()
    }

    /// UNPACK_SEQUENCE of an entry that cannot be a sequence.
    fn unpack_generic(&mut self, n: u32) {
        let seq = self.peek(1);
        let w = self.word(seq);
        let vals = self.unpack_call(w, n);
        self.drop_temps();
        self.pop_drop(1);
        for &v in vals.iter().rev() {
            self.stack.push(Av::Owned(v));
        }
    }
}
