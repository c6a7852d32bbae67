//! LOAD_ATTR, STORE_ATTR and LOAD_METHOD in compiled code: the
//! interpreter's specialized forms (`LOAD_ATTR_INSTANCE`,
//! `STORE_ATTR_INSTANCE`, `LOAD_METHOD_CACHED`, see `vm::specialize`) inline,
//! with the helper (which runs the instruction as the interpreter would,
//! re-specializing it) as the slow path. A guard failure is never an exit.
//!
//! A fast path is emitted where the instruction has its specialized form
//! when the code is compiled. It reads the instruction's inline cache at run time
//! rather than copying it into the code: the guards compare the object
//! against the cache words and check that the instruction still has its
//! specialized form, so when the interpreter's logic (run by the slow-path
//! helper) re-specializes a site, for a new type epoch after a class was
//! created or changed, or another type or shape, the compiled fast path
//! follows without recompiling.
//!
//! Guards, in order (any failure calls the helper):
//! 1. the instruction's op byte is the specialized form;
//! 2. the object is a heap object (pointer tag) whose type pointer is the
//!    cache's `key`, and the thread's type epoch is the cache's `key2`
//!    (which proves the class-side facts the specialization checked: no data
//!    descriptor or `__getattribute__`/`__setattr__` hook, the method found);
//! 3. the type's instances keep their extension at `PLAIN_EXT_OFFSET` (user
//!    classes over `object`; other layouts take the helper);
//! 4. the object's inline-attribute shape is the cache's and the cached
//!    position is below the number of inline values (an object with a
//!    materialized `__dict__` has none; a store that appends a new
//!    attribute takes the helper).
//!
//! Module attributes (`LOAD_ATTR_MODULE`, `LOAD_METHOD_MODULE`) have their
//! own guards, in `translate_modattr`.
//!
//! Layout facts come from `object::header` (`EXT_*_OFFSET`,
//! `TYPE_EXT_OFFSET_OFFSET`, `TYPE_OFFSET`) and `bytecode::code`
//! (`CACHE_*_OFFSET`, `INSTR_OP_OFFSET`).

use pyrite_jit::ir::{Block, Cmp, IntOp, Type};

use super::translate::{Av, Tr, V};
use super::translate_attrs_frameless::AttrSlow;
use crate::bytecode::code::{CACHE_INDEX_OFFSET, CACHE_KEY2_OFFSET, CACHE_KEY_OFFSET, CACHE_SHAPE_OFFSET, CACHE_VALUE_OFFSET, INSTR_OP_OFFSET};
use crate::bytecode::Op;
use crate::object::header::{EXT_CAP_OFFSET, EXT_DICT_OFFSET, EXT_ITEMS_OFFSET, EXT_LEN_OFFSET, EXT_SHAPE_OFFSET, PLAIN_EXT_OFFSET, TYPE_EXT_OFFSET_OFFSET, TYPE_OFFSET};
use crate::object::t;
use crate::object::typeobj::type_epoch_address;
use crate::object::value::TAG_MASK;

/// Offset of an instance-extension field in a plain user-class instance.
pub(super) fn ext_field(off: usize) -> i32 {
    (PLAIN_EXT_OFFSET + off) as i32
}

impl Tr<'_> {
    /// The Boxed word of `obj` if a fast path for the specialized form
    /// `form` is worth emitting: a possibly-heap value at a site the
    /// interpreter has specialized that way when the code is compiled
    /// (other sites, not run yet or not instance attributes, only cost
    /// compile time).
    fn attr_fast_word(&self, obj: Av, form: Op) -> Option<V> {
        if self.code.instrs[self.ip].op.get() != form {
            return None;
        }
        match obj {
            Av::Owned(w) | Av::Borrowed(w, _) => Some(w),
            _ => None,
        }
    }

    /// Goes on in a new block when `cond` holds, else to `slow`.
    fn or_slow(&mut self, cond: V, slow: Block) {
        let next = self.f.create_block();
        self.f.branch(cond, next, &[], slow, &[]);
        self.f.switch_to_block(next);
    }

    pub(super) fn eq_or_slow(&mut self, a: V, b: V, slow: Block) {
        let c = self.f.int_cmp(Cmp::Eq, a, b);
        self.or_slow(c, slow);
    }

    /// Guards 1 and 2 (see the module docs) for object word `w` at the
    /// current instruction, specialized as `form`, plus (when `plain`)
    /// guard 3. Two branches: the pointer tag, then every word compare
    /// folded into one (`a ^ b | c ^ d | ...` is 0 only if all are equal).
    /// Returns the cache's address and the object's type pointer.
    pub(super) fn instance_guards(&mut self, w: V, form: Op, plain: bool, slow: Block) -> (V, V) {
        let cache_addr = &self.code.inline_caches()[self.ip] as *const _ as u64;
        let (diff, ty) = self.head_guards(w, form, plain, slow);
        let ca = self.f.const_boxed(cache_addr);
        let tyi = self.f.word_to_i64(ty);
        let epoch = self.type_epoch();
        let d = self.entry_diff(ca, tyi, epoch);
        let diff = self.f.int_binary(IntOp::Or, diff, d, None);
        let zero = self.imm(0);
        self.eq_or_slow(diff, zero, slow);
        (ca, ty)
    }

    /// The pointer-tag guard on `w` (a branch to `slow`), then the
    /// object's type pointer and the start of a folded compare: the op
    /// byte against `form` and, when `plain`, the type's extension offset
    /// against `PLAIN_EXT_OFFSET` (0 only if both hold).
    pub(super) fn head_guards(&mut self, w: V, form: Op, plain: bool, slow: Block) -> (V, V) {
        let instr_addr = &self.code.instrs[self.ip] as *const _ as u64;
        let wi = self.f.word_to_i64(w);
        let mask = self.imm(TAG_MASK as i64);
        let tag = self.f.int_binary(IntOp::And, wi, mask, None);
        let zero = self.imm(0);
        self.eq_or_slow(tag, zero, slow);
        let ia = self.f.const_boxed(instr_addr);
        let op = self.f.load_unsigned(ia, INSTR_OP_OFFSET as i32, 1);
        let want = self.imm(form as u8 as i64);
        let mut diff = self.f.int_binary(IntOp::Xor, op, want, None);
        let ty = self.f.load_field(w, TYPE_OFFSET as i32, Type::Boxed);
        if plain {
            let eo = self.ext_offset_of_type(ty);
            let k = self.imm(PLAIN_EXT_OFFSET as i64);
            let d = self.f.int_binary(IntOp::Xor, eo, k, None);
            diff = self.f.int_binary(IntOp::Or, diff, d, None);
        }
        (diff, ty)
    }

    /// The thread's type epoch (an I64).
    pub(super) fn type_epoch(&mut self) -> V {
        let ea = self.f.const_boxed(type_epoch_address());
        self.f.load_field(ea, 0, Type::I64)
    }

    /// A cache entry's type guard words at `e` against type address `tyi`
    /// and epoch `epoch`, folded (0 only if both match).
    pub(super) fn entry_diff(&mut self, e: V, tyi: V, epoch: V) -> V {
        let key = self.f.load_field(e, CACHE_KEY_OFFSET as i32, Type::I64);
        let key2 = self.f.load_field(e, CACHE_KEY2_OFFSET as i32, Type::I64);
        let d1 = self.f.int_binary(IntOp::Xor, tyi, key, None);
        let d2 = self.f.int_binary(IntOp::Xor, epoch, key2, None);
        self.f.int_binary(IntOp::Or, d1, d2, None)
    }

    /// The type's extension offset (an I64).
    pub(super) fn ext_offset_of_type(&mut self, ty: V) -> V {
        self.f.load_field(ty, TYPE_EXT_OFFSET_OFFSET as i32, Type::I64)
    }

    /// Guard 4 for an object that passed `instance_guards` (with `plain`):
    /// its shape is the cached one and the cached position is below its
    /// number of inline values (which also rejects objects with a real
    /// dict: they have no values). Returns the position (I64).
    fn inline_guards(&mut self, w: V, ca: V, slow: Block) -> V {
        let shape = self.f.load_field(w, ext_field(EXT_SHAPE_OFFSET), Type::I64);
        let cached = self.f.load_field(ca, CACHE_SHAPE_OFFSET as i32, Type::I64);
        self.eq_or_slow(shape, cached, slow);
        let ix = self.f.load_unsigned(ca, CACHE_INDEX_OFFSET as i32, 4);
        let len = self.f.load_field(w, ext_field(EXT_LEN_OFFSET), Type::I64);
        let inside = self.f.int_cmp(Cmp::Lt, ix, len);
        self.or_slow(inside, slow);
        ix
    }

    /// LOAD_ATTR `arg`.
    pub(super) fn load_attr(&mut self, arg: u32) {
        let (h, ip) = (self.h.load_attr, self.ip as i64);
        let obj = self.peek(1);
        let module = self.module_site(Op::LoadAttrModule);
        let form = if module.is_some() { Op::LoadAttrModule } else { Op::LoadAttrInstance };
        let Some(w) = self.attr_fast_word(obj, form) else {
            return self.helper_op(h, 1, &[arg as i64, ip], true);
        };
        let join = self.f.create_block();
        let out = self.f.append_block_param(join, Type::Boxed);
        let slow = self.f.create_block();
        let v = match module {
            Some(site) => self.module_attr_guards(w, &site, slow),
            None => {
                let (ca, _) = self.site_guards(w, Op::LoadAttrInstance, true, slow);
                let ix = self.inline_guards(w, ca, slow);
                let items = self.f.load_field(w, ext_field(EXT_ITEMS_OFFSET), Type::Boxed);
                self.f.load_elem(items, ix)
            }
        };
        self.f.incref(v);
        let saved = self.stack.clone();
        self.pop_drop(1);
        self.f.jump(join, &[v]);
        self.f.switch_to_block(slow);
        self.stack = saved;
        let k = self.imm(arg as i64);
        let r = self.attr_slow_call(AttrSlow::Load, h, &[w, k]);
        self.pop_drop(1);
        self.f.jump(join, &[r]);
        self.f.switch_to_block(join);
        self.stack.push(Av::Owned(out));
    }

    /// STORE_ATTR `arg` (stack: value, object on top).
    pub(super) fn store_attr(&mut self, arg: u32) {
        let (v, obj) = (self.peek(2), self.peek(1));
        let done = self.f.create_block();
        let slow = self.f.create_block();
        let saved = self.stack.clone();
        if let Some(w) = self.attr_fast_word(obj, Op::StoreAttrInstance) {
            // A site whose cache holds a next shape adds the attribute (its
            // main entry only); others replace a value (on any entry).
            let appends = self.code.inline_caches()[self.ip].value.get() != 0;
            let (ca, _) = if appends {
                self.instance_guards(w, Op::StoreAttrInstance, true, slow)
            } else {
                self.site_guards(w, Op::StoreAttrInstance, true, slow)
            };
            let mut grown = None;
            let new = if appends {
                grown = Some(self.append_guards(w, ca, slow));
                self.materialize(v)
            } else {
                let ix = self.inline_guards(w, ca, slow);
                let items = self.f.load_field(w, ext_field(EXT_ITEMS_OFFSET), Type::Boxed);
                let new = self.materialize(v);
                let old = self.f.load_elem(items, ix);
                self.f.store_elem(items, ix, new);
                // May free the old value; its `__del__` runs at the next
                // instruction's safe point.
                self.decref(old);
                new
            };
            if let Some((len, len1)) = grown {
                let items = self.f.load_field(w, ext_field(EXT_ITEMS_OFFSET), Type::Boxed);
                self.f.store_elem(items, len, new);
                self.f.store_field(w, ext_field(EXT_LEN_OFFSET), len1);
                let next = self.f.load_field(ca, CACHE_VALUE_OFFSET as i32, Type::I64);
                self.f.store_field(w, ext_field(EXT_SHAPE_OFFSET), next);
            }
            // The value's reference moved into the object.
            self.stack.truncate(self.stack.len() - 2);
            self.drop_av(obj);
            self.f.jump(done, &[]);
        } else {
            self.f.jump(slow, &[]);
        }
        self.f.switch_to_block(slow);
        self.stack = saved;
        let (wv, wo) = (self.word(v), self.word(obj));
        let k = self.imm(arg as i64);
        self.attr_slow_call(AttrSlow::Store, self.h.store_attr, &[wo, k, wv]);
        self.drop_temps();
        self.pop_drop(2);
        self.f.jump(done, &[]);
        self.f.switch_to_block(done);
    }

    /// Guards for appending a new attribute in place (after
    /// `instance_guards` with `plain`): the cache names a next shape
    /// (`value`, see `vm::specialize`), the object has no real dict, as many
    /// inline values as the cached position (so the name is not among
    /// them), the cached shape (or none yet, when that position is 0: the
    /// empty shape) and room for one more value. Returns the number of
    /// values and that plus one (I64s).
    fn append_guards(&mut self, w: V, ca: V, slow: Block) -> (V, V) {
        let zero = self.imm(0);
        let len = self.f.load_field(w, ext_field(EXT_LEN_OFFSET), Type::I64);
        let ix = self.f.load_unsigned(ca, CACHE_INDEX_OFFSET as i32, 4);
        let dict = self.f.load_field(w, ext_field(EXT_DICT_OFFSET), Type::I64);
        let d = self.f.int_binary(IntOp::Xor, len, ix, None);
        let d = self.f.int_binary(IntOp::Or, d, dict, None);
        self.eq_or_slow(d, zero, slow);
        let next = self.f.load_field(ca, CACHE_VALUE_OFFSET as i32, Type::I64);
        let some = self.f.int_cmp(Cmp::Ne, next, zero);
        self.or_slow(some, slow);
        let shape = self.f.load_field(w, ext_field(EXT_SHAPE_OFFSET), Type::I64);
        let cached = self.f.load_field(ca, CACHE_SHAPE_OFFSET as i32, Type::I64);
        let same = self.f.int_cmp(Cmp::Eq, shape, cached);
        let (shape_ok, empty) = (self.f.create_block(), self.f.create_block());
        self.f.branch(same, shape_ok, &[], empty, &[]);
        self.f.switch_to_block(empty);
        let none = self.f.int_cmp(Cmp::Eq, len, zero);
        self.f.branch(none, shape_ok, &[], slow, &[]);
        self.f.switch_to_block(shape_ok);
        let cap = self.f.load_field(w, ext_field(EXT_CAP_OFFSET), Type::I64);
        let room = self.f.int_cmp(Cmp::Lt, len, cap);
        self.or_slow(room, slow);
        // Cannot overflow (len < cap); the exit is never taken.
        let (one, st) = (self.imm(1), self.state());
        let len1 = self.f.int_binary(IntOp::Add, len, one, Some(st));
        (len, len1)
    }

    /// LOAD_METHOD `arg`: pushes the method and `self`, or NULL and the
    /// attribute.
    pub(super) fn load_method(&mut self, arg: u32) {
        let pos = self.stack.len() - 1;
        let obj = self.peek(1);
        let join = self.f.create_block();
        let m = self.f.append_block_param(join, Type::Boxed);
        let s = self.f.append_block_param(join, Type::Boxed);
        let slow = self.f.create_block();
        let saved = self.stack.clone();
        let module = self.module_site(Op::LoadMethodModule);
        if let (Some(site), Some(w)) = (&module, self.attr_fast_word(obj, Op::LoadMethodModule)) {
            // A module function: NULL, then the attribute.
            let v = self.module_attr_guards(w, site, slow);
            self.f.incref(v);
            self.pop_drop(1);
            let null = self.f.const_boxed(t().null.raw());
            self.f.jump(join, &[null, v]);
        } else if let Some(w) = self.attr_fast_word(obj, Op::LoadMethodCached) {
            let (ca, ty) = self.site_guards(w, Op::LoadMethodCached, false, slow);
            // Not shadowed: no extension, or inline attributes of a shape
            // known not to hold the name (see `load_method_cached`).
            let found = self.f.create_block();
            let eo = self.ext_offset_of_type(ty);
            let zero = self.imm(0);
            let no_ext = self.f.int_cmp(Cmp::Eq, eo, zero);
            let has_ext = self.f.create_block();
            self.f.branch(no_ext, found, &[], has_ext, &[]);
            self.f.switch_to_block(has_ext);
            let plain = self.imm(PLAIN_EXT_OFFSET as i64);
            self.eq_or_slow(eo, plain, slow);
            let dict = self.f.load_field(w, ext_field(EXT_DICT_OFFSET), Type::I64);
            let shape = self.f.load_field(w, ext_field(EXT_SHAPE_OFFSET), Type::I64);
            let cached = self.f.load_field(ca, CACHE_SHAPE_OFFSET as i32, Type::I64);
            let d = self.f.int_binary(IntOp::Xor, shape, cached, None);
            let d = self.f.int_binary(IntOp::Or, d, dict, None);
            self.eq_or_slow(d, zero, slow);
            self.f.jump(found, &[]);
            self.f.switch_to_block(found);
            // The type's namespace owns the method while the epoch holds.
            let meth = self.f.load_field(ca, CACHE_VALUE_OFFSET as i32, Type::Boxed);
            self.f.incref(meth);
            self.stack.pop();
            let me = self.materialize(obj);
            self.f.jump(join, &[meth, me]);
        } else {
            self.f.jump(slow, &[]);
        }
        self.f.switch_to_block(slow);
        self.stack = saved;
        let w = self.word(obj);
        if self.method_slow_frameless() {
            self.method_slow_native(obj, w, arg, join);
        } else {
            self.count_frame_slow(AttrSlow::Method);
            let ctx = self.f.vm_ctx();
            let (k, out, at) = (self.imm(arg as i64), self.imm((self.base as usize + pos) as i64), self.imm(self.ip as i64));
            self.call_word(self.h.load_method, &[ctx, w, k, out, at]);
            self.drop_temps();
            self.pop_drop(1);
            let m2 = self.f.load_slot(self.base + pos as u32);
            let s2 = self.f.load_slot(self.base + pos as u32 + 1);
            self.f.jump(join, &[m2, s2]);
        }
        self.f.switch_to_block(join);
        self.note_method_callee(m);
        self.stack.push(Av::Owned(m));
        self.stack.push(Av::Owned(s));
    }
}
