//! Translation of FOR_ITER. Where the loop is predicted to run over a
//! `range` (`infer`'s range loops), items are unboxed ints: a range
//! iterator is stepped in place in its object (`object::iter::range_layout`:
//! the state's tag, `next`, `step` and `remaining` words), any other
//! iterator goes through the helpers and its items are guarded to be ints.
//! Elsewhere items stay boxed. Either way, list and tuple iterators are
//! read in place while inside their exact list or tuple (the state's `seq`
//! and `index` words, `object::iter::seq_iter_layout`); range, list and
//! tuple iterators otherwise go through a cheap helper (`h_range_next`),
//! others through the generic one.

use pyrite_jit::ir::{self, Block, Type};

use super::translate::{Av, SpecSite, Tr, V};
use crate::bytecode::Op;
use crate::object::t;

impl Tr<'_> {
    /// FOR_ITER: range iterators through a cheap helper, others generically.
    /// When the loop is predicted to run over a `range`, the items are
    /// unboxed ints, a range iterator's stepped in place (`range_step`),
    /// anything else's through the helpers (a guard exits, after the
    /// iterator advanced, if an item is not an int); otherwise they stay
    /// boxed.
    pub(super) fn for_iter(&mut self, exit_ip: usize) {
        let ints = self.types.range_loops[self.ip] && !self.opts.generalized.contains(&(self.ip as u32));
        let it = self.peek(1);
        let itw = self.word(it);
        let join = self.f.create_block();
        let item = self.f.append_block_param(join, if ints { Type::I64 } else { Type::Boxed });
        let done = self.f.create_block();
        if ints {
            self.range_step(itw, join, done);
        }
        // Where the interpreter saw a list or tuple iterator (its
        // specialized FOR_ITER), the inline path for it; elsewhere none, so
        // that FOR_ITERs over other iterators cost no compile time for it.
        match self.code.instrs[self.ip].op.get() {
            Op::ForIterList => self.seq_iter_step(itw, join, ints, false),
            Op::ForIterTuple => self.seq_iter_step(itw, join, ints, true),
            _ => {}
        }
        // Where the interpreter saw a generator (FOR_ITER_GEN), no range
        // probe: the generic helper resumes generators first.
        let generic = self.f.create_block();
        if self.code.instrs[self.ip].op.get() == Op::ForIterGen {
            self.f.jump(generic, &[]);
        } else {
            let w = self.f.call_helper(self.h.range_next, &[itw], Some(Type::I64), None).expect("range_next returns");
            let one = self.f.const_i64(1);
            let not_range = self.f.int_cmp(ir::Cmp::Eq, w, one);
            let range = self.f.create_block();
            self.f.branch(not_range, generic, &[], range, &[]);
            // Range iterator: 0 = exhausted, else the item.
            self.f.switch_to_block(range);
            let z = self.f.const_i64(0);
            let ended = self.f.int_cmp(ir::Cmp::Eq, w, z);
            let got = self.f.create_block();
            self.f.branch(ended, done, &[], got, &[]);
            self.f.switch_to_block(got);
            let ww = self.f.i64_to_word(w);
            self.next_item(join, ww, ints);
        }
        // Any other iterator: the item, 0 when exhausted.
        self.f.switch_to_block(generic);
        let ctx = self.f.vm_ctx();
        let r = self.call_word(self.h.for_iter, &[ctx, itw]);
        let ri = self.f.word_to_i64(r);
        let z2 = self.f.const_i64(0);
        let ended2 = self.f.int_cmp(ir::Cmp::Eq, ri, z2);
        let got2 = self.f.create_block();
        self.f.branch(ended2, done, &[], got2, &[]);
        self.f.switch_to_block(got2);
        self.next_item(join, r, ints);
        // Exhausted: pop the iterator and leave the loop.
        let saved = self.stack.clone();
        self.f.switch_to_block(done);
        self.pop_drop(1);
        self.jump_to(exit_ip);
        // Next item: push it and go on with the body.
        self.f.switch_to_block(join);
        self.stack = saved;
        self.stack.push(if ints { Av::Int(item) } else { Av::Owned(item) });
        self.jump_to(self.ip + 1);
    }

    /// The next item of range iterator `itw` as an unboxed int to `join`
    /// (`done` when it is exhausted), read and advanced in the object as
    /// `fastpaths::seq_step` does; the current block goes on for any other
    /// iterator. The adds' exits (never taken inside a range of i64s) resume
    /// at FOR_ITER before anything changed.
    fn range_step(&mut self, itw: V, join: Block, done: Block) {
        let l = crate::object::iter::range_layout();
        let other = self.f.create_block();
        let ty = t().named("range_iterator");
        let is_iter = self.f.has_type(itw, ty.raw());
        let typed = self.f.create_block();
        self.f.branch(is_iter, typed, &[], other, &[]);
        self.f.switch_to_block(typed);
        let tag = self.f.load_field(itw, l.tag_at, Type::I64);
        let range_tag = self.f.const_i64(l.tag as i64);
        let is_range = self.f.int_cmp(ir::Cmp::Eq, tag, range_tag);
        let range = self.f.create_block();
        self.f.branch(is_range, range, &[], other, &[]);
        self.f.switch_to_block(range);
        let remaining = self.f.load_field(itw, l.remaining_at, Type::I64);
        let zero = self.f.const_i64(0);
        let ended = self.f.int_cmp(ir::Cmp::Eq, remaining, zero);
        let take = self.f.create_block();
        self.f.branch(ended, done, &[], take, &[]);
        self.f.switch_to_block(take);
        let v = self.f.load_field(itw, l.next_at, Type::I64);
        let step = self.f.load_field(itw, l.step_at, Type::I64);
        let one = self.f.const_i64(1);
        let st = self.state();
        let rest = self.f.int_binary(ir::IntOp::Sub, remaining, one, Some(st));
        let st = self.state();
        let after = self.f.int_binary(ir::IntOp::Add, v, step, Some(st));
        self.f.store_field(itw, l.remaining_at, rest);
        // `next` stays on the last item once the iterator is exhausted.
        let more = self.f.int_cmp(ir::Cmp::Ne, rest, zero);
        let advance = self.f.create_block();
        self.f.branch(more, advance, &[], join, &[v]);
        self.f.switch_to_block(advance);
        self.f.store_field(itw, l.next_at, after);
        self.f.jump(join, &[v]);
        self.f.switch_to_block(other);
    }

    /// The next item of a list (or with `tuple`, tuple) iterator `itw` to
    /// `join` (through `next_item`), read in place while the index is
    /// inside the exact list or tuple; the current block goes on for
    /// anything else, the end of the sequence included (the helpers finish
    /// the iterator).
    fn seq_iter_step(&mut self, itw: V, join: Block, ints: bool, tuple: bool) {
        let l = crate::object::iter::seq_iter_layout();
        let (name, tag) = if tuple { ("tuple_iterator", l.tuple_tag) } else { ("list_iterator", l.list_tag) };
        let other = self.f.create_block();
        let is_iter = self.f.has_type(itw, t().named(name).raw());
        let typed = self.f.create_block();
        self.f.branch(is_iter, typed, &[], other, &[]);
        self.f.switch_to_block(typed);
        let tw = self.f.load_field(itw, l.tag_at, Type::I64);
        let expected = self.f.const_i64(tag as i64);
        let same = self.f.int_cmp(ir::Cmp::Eq, tw, expected);
        let state = self.f.create_block();
        self.f.branch(same, state, &[], other, &[]);
        self.f.switch_to_block(state);
        let seq = self.f.load_field(itw, l.seq_at, Type::Boxed);
        let index = self.f.load_field(itw, l.index_at, Type::I64);
        let (items, at) = self.seq_slot(seq, index, other, tuple);
        let one = self.f.const_i64(1);
        // Cannot overflow (the index is below a length); never taken.
        let st = self.state();
        let after = self.f.int_binary(ir::IntOp::Add, index, one, Some(st));
        let item = self.f.load_elem(items, at);
        self.f.incref(item);
        self.f.store_field(itw, l.index_at, after);
        self.next_item(join, item, ints);
        self.f.switch_to_block(other);
    }

    /// Passes a FOR_ITER item (an owned word) to `join`, unboxed when
    /// `ints` (the guard's exit resumes after FOR_ITER with the item pushed).
    fn next_item(&mut self, join: Block, item: V, ints: bool) {
        if !ints {
            self.f.jump(join, &[item]);
            return;
        }
        let mut st_stack = self.stack.clone();
        st_stack.push(Av::Owned(item));
        let st = self.state_at(self.ip + 1, &st_stack);
        let x = self.f.guard_int(item, st);
        self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::ForIter(self.ip as u32));
        self.f.jump(join, &[x]);
    }
}
