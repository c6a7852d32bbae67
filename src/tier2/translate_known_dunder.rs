//! Known dunder sites: a BINARY_OP the interpreter made BINARY_OP_PY (its
//! cache holds the left operand's type, the type epoch, the right
//! operand's type word and the Python function the operator calls first,
//! e.g. `Vec.__sub__`) calls that function natively, in its slow path,
//! when its compiled entry runs natively:
//! - guards (else the generic operator helper, which checks the same cache
//!   again): the left operand's type is the cached one, the type epoch the
//!   cached one (no class changed: the dunder, the reflected one of the
//!   right operand's type and the MRO are as they were when the
//!   interpreter chose this function, subclasses whose reflected method
//!   comes first included) and the right operand's type word the cached
//!   one (`specialize::type_word`);
//! - `f(a, b)` natively (`translate_native`; the arguments get their own
//!   references, the operands stay on the stack for the exits);
//! - NotImplemented goes on with the rest of the protocol (the right
//!   operand's reflected dunder, the fallbacks and the TypeError) in
//!   `h_binary_op_rest`.
//!
//! The generic helper needs the frame, so code with such a site never runs
//! natively itself (see `translate_known_class`).

use std::mem::ManuallyDrop;

use pyrite_jit::ir::{Block, Cmp, Type};

use super::calls;
use super::translate::{Av, Tr, V};
use super::translate_native::{NativeTarget, Resume};
use crate::bytecode::Op;
use crate::object::typeobj::type_epoch;
use crate::object::{t, FunctionData, Value};

impl Tr<'_> {
    /// In the slow path of BINARY_OP `arg` with operands `a`, `b` (the top
    /// of the stack): the native call of the site's cached dunder, its
    /// result to `join`, if the site is one (see the module docs); the
    /// current block then goes on with the generic path, the stack and
    /// temporaries as they were.
    pub(super) fn known_dunder(&mut self, a: Av, b: Av, arg: u32, join: Block) {
        if self.code.instrs[self.ip].op.get() != Op::BinaryOpPy {
            return;
        }
        let cache = &self.code.inline_caches()[self.ip];
        let (key, epoch, shape, func_raw) = (cache.key.get(), cache.key2.get(), cache.shape.get(), cache.value.get());
        if epoch != type_epoch() || key == 0 || func_raw == 0 {
            return;
        }
        // The class's namespace owns the function while the epoch holds.
        let func = (*ManuallyDrop::new(Value::from_raw(func_raw))).clone();
        let Some(entry) = func.downcast::<FunctionData>().and_then(|fd| calls::native_entry(fd, 2)) else { return };
        let (Av::Owned(wa) | Av::Borrowed(wa, _)) = a else { return };
        let r = t();
        // The right operand's type word, known or tested.
        let b_known = match b {
            Av::Int(_) => Some(shape == r.int.raw()),
            Av::Float(_) => Some(shape == r.float.raw()),
            Av::Owned(_) | Av::Borrowed(..) => None,
            _ => Some(false),
        };
        if b_known == Some(false) {
            return;
        }
        let saved = self.stack.clone();
        let generic = self.f.create_block();
        let wb = self.word(b);
        let after_b = self.temps.clone();
        let is_a = self.f.has_type(wa, key);
        self.guard_or(is_a, generic);
        let ep = self.type_epoch();
        let want = self.f.const_i64(epoch as i64);
        let same = self.f.int_cmp(Cmp::Eq, ep, want);
        self.guard_or(same, generic);
        if b_known.is_none() {
            let is_b = if shape == r.int.raw() {
                self.f.is_int(wb)
            } else if shape == r.float.raw() {
                self.f.is_float(wb)
            } else {
                self.f.has_type(wb, shape)
            };
            self.guard_or(is_b, generic);
        }
        let target = NativeTarget::Other(entry);
        let wf = self.f.const_boxed(func_raw);
        let pro = self.native_guards(&func, &target, wf, generic);
        let pro = self.native_count(pro);
        let words: [V; 2] = [wa, wb];
        // The callee's frame gets its own references (see above).
        self.f.incref(wf);
        for &w in &words {
            self.f.incref(w);
        }
        let done = self.f.create_block();
        let res = self.f.append_block_param(done, Type::Boxed);
        let code = func.downcast::<FunctionData>().expect("a function").code.clone();
        self.native_invoke(&code, &target, pro, wf, &words, done, Resume::Never);
        self.f.switch_to_block(done);
        let fin = self.f.create_block();
        let out = self.f.append_block_param(fin, Type::Boxed);
        let ni = self.f.const_i64(r.not_implemented.raw() as i64);
        let rw = self.f.word_to_i64(res);
        let is_ni = self.f.int_cmp(Cmp::Eq, rw, ni);
        let rest = self.f.create_block();
        self.f.branch(is_ni, rest, &[], fin, &[res]);
        // NotImplemented (immortal: nothing to release): the rest of the
        // protocol.
        self.f.switch_to_block(rest);
        let ctx = self.f.vm_ctx();
        let k = self.imm(arg as i64);
        let r2 = self.call_word(self.h.binary_op_rest, &[ctx, wa, wb, k]);
        self.f.jump(fin, &[r2]);
        self.f.switch_to_block(fin);
        self.drop_temps();
        self.pop_drop(2);
        if self.freed {
            self.safe_point();
        }
        self.f.jump(join, &[out]);
        self.f.switch_to_block(generic);
        self.stack = saved;
        self.temps = after_b;
    }
}
