//! Inlining of small pure numeric functions at known CALL sites.
//!
//! A CALL whose callee is a known plain function (`known_callee`: a global
//! or cached method that held it when compiling) is translated as the
//! callee's own instructions, in the caller's code, when the callee is a
//! short straight-line function that only reads and computes: its locals,
//! constants that are ints or floats, BINARY_OP / UNARY_NEGATIVE on ints
//! and floats, instance attributes its interpreter specialized
//! (LOAD_ATTR_INSTANCE on inline attributes), and one RETURN_VALUE at its
//! end (`spectral_norm`'s `a_elem(i, j)`, `v.dot(w)`, `p.dist2(q)`,
//! `shape.color_at(p)`...).
//!
//! Attribute reads are guarded once per object (heap object, the site's
//! type, plain layout, the site's shape) and once per body (the type
//! epoch the sites were specialized in); the value is borrowed from the
//! object, which nothing in the body can change.
//!
//! Such a body has no effect anyone could see before it returns, so every
//! way out of it is an exit *before the CALL* in the caller's frame state
//! (its operands still on the stack): a guard that fails (the callee is
//! another function or code, an argument of another type, the recursion
//! limit reached), an int overflow, a zero division. The interpreter then
//! runs the CALL itself, as if nothing had been inlined: the call gives
//! its result, or raises with the callee's frame in the traceback. Such
//! exits are counted at the CALL: a hot one generalizes the CALL (its ip
//! joins `generalized`), and the recompiled caller calls the function
//! instead of inlining it.
//!
//! A first pass (`plan`) walks the callee with the kinds of the values
//! only (int, float, other) and decides; only then is anything emitted, so
//! a callee that does not qualify costs nothing. Operands the caller has
//! unboxed stay unboxed through the body; boxed ones get one guard of the
//! kind the callee's interpreter profile (BINARY_OP_INT / _FLOAT) saw.

use std::mem::offset_of;
use std::rc::Rc;

use pyrite_jit::ir::{Cmp, FloatOp, IntOp, Type};

use super::calls;
use super::translate::{Av, SpecSite, Tr, V};
use super::translate_attrs::ext_field;
use super::translate_ops::{float_op, int_op};
use crate::bytecode::{BinaryOp, Code, Const, Op};
use crate::object::header::{EXT_ITEMS_OFFSET, EXT_LEN_OFFSET, EXT_SHAPE_OFFSET, PLAIN_EXT_OFFSET, TYPE_EXT_OFFSET_OFFSET, TYPE_OFFSET};
use crate::object::typeobj::{type_epoch, type_epoch_address};
use crate::object::value::{SMALL_MAX, SMALL_MIN, TAG_MASK};
use crate::object::{t, FunctionData, Value};

/// Most instructions a callee may have to be inlined.
const MAX_INLINE_INSTRS: usize = 48;

/// What the planning pass knows of a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
    /// A boxed word of a type not known yet (an argument).
    Boxed,
}

/// How one BINARY_OP of the callee is computed.
#[derive(Clone, Copy)]
enum Arith {
    Int(IntOp),
    Float(FloatOp),
}

/// The BINARY_OP of `arg` on operands of kinds `a`, `b` as the callee's
/// profile (`quick`, its instruction's current op) lets us compute it:
/// the operation and the kinds each operand is taken as (boxed ones are
/// guarded to that kind); `None` when it is not pure int/float arithmetic.
fn arith(arg: u32, quick: Op, a: Kind, b: Kind) -> Option<(Arith, Kind, Kind)> {
    let (op, _) = BinaryOp::from_arg(arg)?;
    let want = |k: Kind, profiled: Kind| if k == Kind::Boxed { profiled } else { k };
    // Boxed operands take the kind the interpreter specialized the site for.
    let (a, b) = match quick {
        Op::BinaryOpInt => (want(a, Kind::Int), want(b, Kind::Int)),
        Op::BinaryOpFloat => (want(a, Kind::Float), want(b, Kind::Float)),
        _ if a == Kind::Boxed || b == Kind::Boxed => return None,
        _ => (a, b),
    };
    if a == Kind::Int && b == Kind::Int {
        if op == BinaryOp::TrueDivide {
            // Small ints convert to floats exactly: the quotient of the
            // floats is the correctly rounded int quotient.
            return Some((Arith::Float(FloatOp::Div), Kind::Int, Kind::Int));
        }
        // Shifts can be negative or huge: left to the real call.
        let iop = int_op(op).filter(|o| !matches!(o, IntOp::Shl | IntOp::Shr))?;
        return Some((Arith::Int(iop), a, b));
    }
    let fop = float_op(op)?;
    Some((Arith::Float(fop), a, b))
}

/// Constant `arg` of `code` if it is a small int (`Ok`) or a float (`Err`).
fn number_const(code: &Code, arg: u32) -> Option<Result<i64, f64>> {
    match code.consts.get(arg as usize)? {
        Const::Int(i) if (SMALL_MIN..=SMALL_MAX).contains(i) => Some(Ok(*i)),
        Const::Float(x) => Some(Err(*x)),
        _ => None,
    }
}

/// An instance-attribute read the callee's interpreter specialized at
/// `ip` (LOAD_ATTR_INSTANCE on inline attributes, for the current type
/// epoch): the type address, shape identity and position it found.
fn attr_site(code: &Code, ip: usize) -> Option<(u64, u64, u32)> {
    if code.instrs[ip].op.get() != Op::LoadAttrInstance {
        return None;
    }
    let c = &code.inline_caches()[ip];
    let (key, shape) = (c.key.get(), c.shape.get());
    let inline = shape != 0 && shape != crate::vm::specialize::SLOT_SITE;
    (key != 0 && inline && c.key2.get() == type_epoch()).then(|| (key, shape, c.index.get()))
}

/// What the planning pass knows of a translated value (`None`: NULL or a
/// bool, which no inlined body takes).
fn kind_of(av: Av) -> Option<Kind> {
    match av {
        Av::Int(_) => Some(Kind::Int),
        Av::Float(_) => Some(Kind::Float),
        Av::Owned(_) | Av::Borrowed(_, _) => Some(Kind::Boxed),
        _ => None,
    }
}

/// The result kind of an `Arith` on operands taken as `a`, `b`.
fn result_kind(op: Arith) -> Kind {
    match op {
        Arith::Int(_) => Kind::Int,
        Arith::Float(_) => Kind::Float,
    }
}

/// Whether `code` (called with `argc` positional arguments, all of its
/// parameters) can be inlined with arguments of kinds `args`: walks it
/// once with kinds only.
fn plan(code: &Code, args: &[Kind]) -> bool {
    let n = code.instrs.len();
    // Positional parameters only, no cells: its locals are just values.
    if n > MAX_INLINE_INSTRS || args.len() != code.argcount as usize || !calls::may_run_native(code) {
        return false;
    }
    let mut locals: Vec<Option<Kind>> = vec![None; code.nlocals()];
    for (i, &k) in args.iter().enumerate() {
        locals[i] = Some(k);
    }
    let mut stack: Vec<Kind> = Vec::new();
    for ip in 0..n {
        let ins = &code.instrs[ip];
        let (op, arg) = (ins.op.get(), ins.arg);
        match op.generic() {
            Op::Nop => {}
            Op::LoadFast => match locals.get(arg as usize).copied().flatten() {
                Some(k) => stack.push(k),
                None => return false,
            },
            Op::StoreFast => match (stack.pop(), locals.get_mut(arg as usize)) {
                (Some(k), Some(slot)) => *slot = Some(k),
                _ => return false,
            },
            Op::LoadConst => match number_const(code, arg) {
                Some(Ok(_)) => stack.push(Kind::Int),
                Some(Err(_)) => stack.push(Kind::Float),
                None => return false,
            },
            Op::BinaryOp => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else { return false };
                let Some((op, _, _)) = arith(arg, op, a, b) else { return false };
                stack.push(result_kind(op));
            }
            Op::LoadAttr => match stack.pop() {
                Some(Kind::Boxed) if attr_site(code, ip).is_some() => stack.push(Kind::Boxed),
                _ => return false,
            },
            Op::UnaryNegative => match stack.last() {
                Some(Kind::Int | Kind::Float) => {}
                _ => return false,
            },
            // The last instruction, returning a number.
            Op::ReturnValue => return ip == n - 1 && stack.len() == 1,
            _ => return false,
        }
    }
    false
}

impl Tr<'_> {
    /// Inlines the CALL of known function `func` (at stack position
    /// `callee_at`, its arguments after it up to `top`, the CALL's operands
    /// from `from`) when it qualifies (see the module docs): emits the
    /// guards and the body, pops the operands (releasing them) and pushes
    /// the result. Returns whether it did.
    pub(super) fn try_inline(&mut self, func: &Value, callee_at: usize, from: usize, top: usize) -> bool {
        if self.opts.generalized.contains(&(self.ip as u32)) {
            return false;
        }
        let Some(fd) = calls::plain_function(func) else { return false };
        let code = fd.code.clone();
        let Some(kinds) = self.stack[callee_at + 1..top].iter().map(|&a| kind_of(a)).collect::<Option<Vec<Kind>>>() else { return false };
        if !plan(&code, &kinds) {
            return false;
        }
        self.inlined_call_guards(fd, func, callee_at);
        let args: Vec<Av> = self.stack[callee_at + 1..top].to_vec();
        let result = self.inline_body(&code, args);
        for pos in from..top {
            let av = self.stack[pos];
            self.drop_av(av);
        }
        self.stack.truncate(from);
        self.freed = true;
        self.stack.push(result);
        self.inlined.push(code);
        true
    }

    /// The guards of an inlined call: the callee is a function of the
    /// inlined code (`calls::code_word`; the caller keeps that code alive,
    /// `Compiled::inlined`) and the VM's depth is under the recursion limit
    /// (the call would raise RecursionError). A failure exits before the
    /// CALL.
    fn inlined_call_guards(&mut self, fd: &FunctionData, func: &Value, callee_at: usize) {
        let wf = self.word(self.stack[callee_at]);
        let is_fn = self.f.has_type(wf, t().function.raw());
        self.inlined_call_guard(is_fn);
        let data = (fd as *const FunctionData as u64).wrapping_sub(func.raw()) as i32;
        let now = self.f.load_field(wf, data + offset_of!(FunctionData, code) as i32, Type::I64);
        let want = self.f.const_i64(calls::code_word(fd) as i64);
        let same = self.f.int_cmp(Cmp::Eq, now, want);
        self.inlined_call_guard(same);
        let (_, _, room) = self.vm_depth_room();
        self.inlined_call_guard(room);
    }

    /// The thread's type epoch is the one the inlined attribute sites were
    /// specialized for (it proves what their specialization checked on
    /// the classes: no descriptor or hook in the way).
    fn inlined_epoch_guard(&mut self) {
        let ea = self.f.const_boxed(type_epoch_address());
        let now = self.f.load_field(ea, 0, Type::I64);
        let want = self.f.const_i64(type_epoch() as i64);
        let same = self.f.int_cmp(Cmp::Eq, now, want);
        self.inlined_call_guard(same);
    }

    /// `w` is an instance of the type at `key` (a plain user-class layout)
    /// with inline attributes of shape `shape`.
    fn inlined_instance_guards(&mut self, w: V, key: u64, shape: u64) {
        let wi = self.f.word_to_i64(w);
        let mask = self.f.const_i64(TAG_MASK as i64);
        let tag = self.f.int_binary(IntOp::And, wi, mask, None);
        let zero = self.f.const_i64(0);
        let heap = self.f.int_cmp(Cmp::Eq, tag, zero);
        self.inlined_call_guard(heap);
        let ty = self.f.load_field(w, TYPE_OFFSET as i32, Type::I64);
        let want = self.f.const_i64(key as i64);
        let same = self.f.int_cmp(Cmp::Eq, ty, want);
        self.inlined_call_guard(same);
        let tyw = self.f.i64_to_word(ty);
        let eo = self.f.load_field(tyw, TYPE_EXT_OFFSET_OFFSET as i32, Type::I64);
        let plain = self.f.const_i64(PLAIN_EXT_OFFSET as i64);
        let same = self.f.int_cmp(Cmp::Eq, eo, plain);
        self.inlined_call_guard(same);
        let sh = self.f.load_field(w, ext_field(EXT_SHAPE_OFFSET), Type::I64);
        let want = self.f.const_i64(shape as i64);
        let same = self.f.int_cmp(Cmp::Eq, sh, want);
        self.inlined_call_guard(same);
    }

    /// Goes on when `ok`, else leaves before the CALL.
    fn inlined_call_guard(&mut self, ok: V) {
        let (go, out) = (self.f.create_block(), self.f.create_block());
        self.f.branch(ok, go, &[], out, &[]);
        self.f.switch_to_block(out);
        self.exit_before_instr();
        self.f.switch_to_block(go);
    }

    /// Emits the body of `code` (planned by `plan`) on the argument values
    /// `args`; returns its result (an unboxed int or float).
    fn inline_body(&mut self, code: &Rc<Code>, args: Vec<Av>) -> Av {
        let mut locals: Vec<Option<Av>> = vec![None; code.nlocals()];
        for (i, a) in args.into_iter().enumerate() {
            locals[i] = Some(a);
        }
        // Small-int constants met (for `x // 2**k`).
        let mut consts_of: Vec<(V, i64)> = Vec::new();
        let mut stack: Vec<Av> = Vec::new();
        // Objects whose type and shape were guarded (with the site's words).
        let mut checked: Vec<(V, u64, u64)> = Vec::new();
        for (ip, ins) in code.instrs.iter().enumerate() {
            let (op, arg) = (ins.op.get(), ins.arg);
            match op.generic() {
                Op::LoadFast => stack.push(locals[arg as usize].expect("planned: bound")),
                Op::StoreFast => locals[arg as usize] = stack.pop(),
                Op::LoadConst => {
                    let av = match number_const(code, arg).expect("planned: a number") {
                        Ok(i) => {
                            let v = self.f.const_i64(i);
                            consts_of.push((v, i));
                            Av::Int(v)
                        }
                        Err(x) => Av::Float(self.f.const_f64(x)),
                    };
                    stack.push(av);
                }
                Op::BinaryOp => {
                    let (b, a) = (stack.pop().expect("planned"), stack.pop().expect("planned"));
                    let planned = |av: Av| kind_of(av).expect("planned: a value");
                    let (ar, ka, kb) = arith(arg, op, planned(a), planned(b)).expect("planned");
                    let x = self.inline_operand(a, ka);
                    let y = self.inline_operand(b, kb);
                    let r = match (ar, x, y) {
                        (Arith::Int(iop), Av::Int(x), Av::Int(y)) => {
                            let k = consts_of.iter().find(|(v, _)| *v == y).map(|&(_, k)| k);
                            let (iop, y) = self.int_op_by_const(iop, k, y);
                            let st = if iop.can_fail() { Some(self.state()) } else { None };
                            Av::Int(self.f.int_binary(iop, x, y, st))
                        }
                        (Arith::Float(fop), x, y) => {
                            let (x, y) = (self.inline_float(x), self.inline_float(y));
                            let st = if fop.can_fail() { Some(self.state()) } else { None };
                            Av::Float(self.f.float_binary(fop, x, y, st))
                        }
                        _ => unreachable!("planned: int operands for an int operation"),
                    };
                    stack.push(r);
                }
                Op::UnaryNegative => {
                    let r = match stack.pop().expect("planned") {
                        Av::Int(v) => {
                            let st = self.state();
                            Av::Int(self.f.int_neg(v, st))
                        }
                        Av::Float(v) => Av::Float(self.f.float_neg(v)),
                        _ => unreachable!("planned: a number"),
                    };
                    stack.push(r);
                }
                Op::LoadAttr => {
                    let (key, shape, ix) = attr_site(code, ip).expect("planned");
                    let w = match stack.pop().expect("planned") {
                        Av::Owned(w) | Av::Borrowed(w, _) => w,
                        _ => unreachable!("planned: an object"),
                    };
                    if !checked.contains(&(w, key, shape)) {
                        if checked.is_empty() {
                            self.inlined_epoch_guard();
                        }
                        self.inlined_instance_guards(w, key, shape);
                        checked.push((w, key, shape));
                    }
                    // Nothing in the body can change the attribute: the
                    // value is borrowed from the object.
                    let len = self.f.load_field(w, ext_field(EXT_LEN_OFFSET), Type::I64);
                    let at = self.f.const_i64(ix as i64);
                    let inside = self.f.int_cmp(Cmp::Lt, at, len);
                    self.inlined_call_guard(inside);
                    let items = self.f.load_field(w, ext_field(EXT_ITEMS_OFFSET), Type::Boxed);
                    stack.push(Av::Borrowed(self.f.load_elem(items, at), None));
                }
                Op::ReturnValue => {
                    return match stack.pop().expect("planned") {
                        // The caller's reference to a boxed result (an
                        // argument or an attribute) is its own.
                        Av::Owned(w) | Av::Borrowed(w, _) => {
                            self.f.incref(w);
                            Av::Owned(w)
                        }
                        av => av,
                    };
                }
                _ => {}
            }
        }
        unreachable!("planned: the body ends with RETURN_VALUE")
    }

    /// Operand `av` of an inlined BINARY_OP taken as `kind`, unboxed
    /// (`Av::Int` or `Av::Float`; a boxed one guarded, the guard a
    /// speculation site of the CALL).
    fn inline_operand(&mut self, av: Av, kind: Kind) -> Av {
        match av {
            Av::Int(_) | Av::Float(_) => av,
            Av::Owned(w) | Av::Borrowed(w, _) => {
                let st = self.state();
                let r = if kind == Kind::Int { Av::Int(self.f.guard_int(w, st)) } else { Av::Float(self.f.guard_float(w, st)) };
                self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Operand(self.ip as u32));
                r
            }
            _ => unreachable!("planned: a number"),
        }
    }

    /// Unboxed number `n` as a float (small ints convert exactly).
    fn inline_float(&mut self, n: Av) -> V {
        match n {
            Av::Int(v) => self.f.int_to_float(v),
            Av::Float(v) => v,
            _ => unreachable!("unboxed by inline_operand"),
        }
    }
}
