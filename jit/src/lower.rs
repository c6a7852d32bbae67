//! Lowering of a checked IR function to Cranelift IR (CLIF).
//!
//! Invariants:
//! - The CLIF function has the entry signature of `abi::EntryFn`
//!   (`(i64 frame_slots, i64 vm_ctx) -> i64`) in the target's default call
//!   convention; the target must have 64-bit pointers.
//! - IR types map to CLIF types: `Boxed`/`I64` -> `i64`, `F64` -> `f64`,
//!   `Bool` -> `i8` (0 or 1).
//! - No Python-level condition is ever lowered to a Cranelift trap: every
//!   failing check branches to the exit's cold block. (Cranelift's own traps
//!   on `sdiv`/`srem` are made unreachable by the preceding checks.)
//! - Each used exit gets one cold block that writes the frame state back
//!   into the frame slots and returns the encoded exit status. Unboxed
//!   values are stored raw (i64, f64 bits, bool as 0/1 i64): counting the
//!   exit and boxing them is `CompiledCode::finish_exit`'s job, so exits
//!   stay a few stores each. Exits that store the same values (guards of
//!   one instruction, or between two frame changes) share one write-back
//!   block: their own blocks just jump to it with their status
//!   (`LowerEnv::share_exits`).
//! - All VM numbers come from `VmLayout`.
#![forbid(unsafe_code)]

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self as cl, types, AbiParam, BlockArg, InstBuilder, MemFlagsData};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use crate::abi::{AbiType, HelperId, HelperTable, RawStatus, VmLayout};
use crate::deopt::{ExitId, ValueSource};
use crate::ir::{Cmp, FloatOp, Function, InstKind, IntOp, Terminator, Type, Value};
use crate::JitError;

/// What lowering needs besides the IR.
pub(crate) struct LowerEnv<'a> {
    /// The VM layout.
    pub layout: &'a VmLayout,
    /// The helpers.
    pub helpers: &'a HelperTable,
    /// Call convention of helpers and of the entry.
    pub call_conv: CallConv,
    /// The `dealloc` helper.
    pub dealloc: HelperId,
    /// The `box_big_int` helper.
    pub box_big_int: HelperId,
    /// Share write-back blocks between exits that store the same values.
    pub share_exits: bool,
}

/// The CLIF signature of compiled entries.
pub(crate) fn entry_signature(call_conv: CallConv) -> cl::Signature {
    let mut sig = cl::Signature::new(call_conv);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

fn clty(t: Type) -> cl::Type {
    match t {
        Type::Boxed | Type::I64 => types::I64,
        Type::F64 => types::F64,
        Type::Bool => types::I8,
    }
}

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

fn int_cc(c: Cmp) -> IntCC {
    match c {
        Cmp::Eq => IntCC::Equal,
        Cmp::Ne => IntCC::NotEqual,
        Cmp::Lt => IntCC::SignedLessThan,
        Cmp::Le => IntCC::SignedLessThanOrEqual,
        Cmp::Gt => IntCC::SignedGreaterThan,
        Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

fn float_cc(c: Cmp) -> FloatCC {
    match c {
        Cmp::Eq => FloatCC::Equal,
        Cmp::Ne => FloatCC::NotEqual,
        Cmp::Lt => FloatCC::LessThan,
        Cmp::Le => FloatCC::LessThanOrEqual,
        Cmp::Gt => FloatCC::GreaterThan,
        Cmp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

fn args(vs: &[cl::Value]) -> Vec<BlockArg> {
    vs.iter().map(|v| BlockArg::Value(*v)).collect()
}

struct Lower<'a, 'b> {
    env: &'a LowerEnv<'a>,
    f: &'a Function,
    b: FunctionBuilder<'b>,
    vals: Vec<Option<cl::Value>>,
    blocks: Vec<cl::Block>,
    exit_blocks: Vec<Option<cl::Block>>,
    slots: cl::Value,
    ctx: cl::Value,
    sigs: HashMap<HelperId, cl::SigRef>,
    /// The entry signature, once a `CallEntry` imported it.
    entry_sig: Option<cl::SigRef>,
}

/// Lowers `f` into `clif` (whose signature must be `entry_signature`).
pub(crate) fn lower_function(
    env: &LowerEnv<'_>,
    f: &Function,
    clif: &mut cl::Function,
    fctx: &mut FunctionBuilderContext,
    frontend: TargetFrontendConfig,
) -> Result<(), JitError> {
    if frontend.pointer_type() != types::I64 {
        return Err(JitError::Unsupported("only 64-bit targets are supported".into()));
    }
    let mut b = FunctionBuilder::new(clif, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let slots = b.block_params(entry)[0];
    let ctx = b.block_params(entry)[1];
    let mut vals = vec![None; f.value_types.len()];
    let mut blocks = Vec::with_capacity(f.blocks.len());
    for bd in &f.blocks {
        let cb = b.create_block();
        for p in &bd.params {
            let ty = f.value_type(*p).ok_or_else(|| JitError::InvalidIr("untyped block param".into()))?;
            vals[p.0 as usize] = Some(b.append_block_param(cb, clty(ty)));
        }
        blocks.push(cb);
    }
    b.ins().jump(blocks[0], &[]);
    let mut lw = Lower {
        env,
        f,
        b,
        vals,
        blocks,
        exit_blocks: vec![None; f.exits.len()],
        slots,
        ctx,
        sigs: HashMap::new(),
        entry_sig: None,
    };
    for bi in 0..f.blocks.len() {
        lw.lower_block(bi)?;
    }
    lw.lower_exits()?;
    lw.b.seal_all_blocks();
    lw.b.finalize(frontend);
    Ok(())
}

impl Lower<'_, '_> {
    fn v(&self, v: Value) -> Result<cl::Value, JitError> {
        self.vals
            .get(v.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| JitError::InvalidIr(format!("v{} used before its definition", v.0)))
    }

    fn vs(&self, vs: &[Value]) -> Result<Vec<cl::Value>, JitError> {
        vs.iter().map(|v| self.v(*v)).collect()
    }

    fn iconst(&mut self, x: u64) -> cl::Value {
        self.b.ins().iconst(types::I64, x as i64)
    }

    fn exit_block(&mut self, e: ExitId) -> cl::Block {
        if let Some(b) = self.exit_blocks[e.0 as usize] {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        self.exit_blocks[e.0 as usize] = Some(b);
        b
    }

    /// Continues when `ok` is true, else takes exit `e`.
    fn guard(&mut self, ok: cl::Value, e: ExitId) {
        let cont = self.b.create_block();
        let ex = self.exit_block(e);
        self.b.ins().brif(ok, cont, &[], ex, &[]);
        self.b.switch_to_block(cont);
    }

    /// Takes exit `e` when `bad` is true.
    fn fail_if(&mut self, bad: cl::Value, e: ExitId) {
        let cont = self.b.create_block();
        let ex = self.exit_block(e);
        self.b.ins().brif(bad, ex, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn tag_shift(&self) -> i64 {
        self.env.layout.tag_mask.trailing_zeros() as i64
    }

    fn has_tag(&mut self, w: cl::Value, tag: u64) -> cl::Value {
        let m = self.b.ins().band_imm_s(w, self.env.layout.tag_mask as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, m, tag as i64)
    }

    fn is_float(&mut self, w: cl::Value) -> cl::Value {
        let l = self.env.layout;
        let sh = self.tag_shift();
        let top = self.b.ins().ushr_imm_s(w, sh);
        let rel = self.b.ins().iadd_imm_s(top, (l.float_top_min as i64).wrapping_neg());
        self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, rel, (l.float_top_max - l.float_top_min) as i64)
    }

    fn unbox_float(&mut self, w: cl::Value) -> cl::Value {
        let bits = self.b.ins().iadd_imm_s(w, (self.env.layout.double_offset as i64).wrapping_neg());
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits)
    }

    fn unbox_int(&mut self, w: cl::Value) -> cl::Value {
        let s = 64 - self.env.layout.int_payload_bits as i64;
        let hi = self.b.ins().ishl_imm_s(w, s);
        self.b.ins().sshr_imm_s(hi, s)
    }

    fn box_float(&mut self, x: cl::Value) -> cl::Value {
        let l = self.env.layout;
        let isnan = self.b.ins().fcmp(FloatCC::Unordered, x, x);
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), x);
        let sign = self.b.ins().band_imm_s(bits, i64::MIN);
        let nan = self.b.ins().bor_imm_s(sign, l.canonical_nan_bits as i64);
        let canon = self.b.ins().select(isnan, nan, bits);
        self.b.ins().iadd_imm_s(canon, l.double_offset as i64)
    }

    fn box_bool(&mut self, c: cl::Value) -> cl::Value {
        let t = self.iconst(self.env.layout.true_word);
        let f = self.iconst(self.env.layout.false_word);
        self.b.ins().select(c, t, f)
    }

    /// Boxes an int; out of range calls `box_big_int`, whose 0 result jumps
    /// to `on_fail`.
    fn box_int(&mut self, x: cl::Value, on_fail: cl::Block) -> Result<cl::Value, JitError> {
        let l = self.env.layout;
        let fits = self.unbox_int(x);
        let fits = self.b.ins().icmp(IntCC::Equal, fits, x);
        let mask = (1u64 << l.int_payload_bits) - 1;
        let payload = self.b.ins().band_imm_s(x, mask as i64);
        let fast = self.b.ins().bor_imm_s(payload, l.int_tag as i64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(fits, join, &[BlockArg::Value(fast)], slow, &[]);
        self.b.switch_to_block(slow);
        let big = self.call(self.env.box_big_int, &[x])?.ok_or_else(|| JitError::Layout("box_big_int has no result".into()))?;
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, big, 0);
        self.b.ins().brif(failed, on_fail, &[], join, &[BlockArg::Value(big)]);
        self.b.switch_to_block(join);
        Ok(r)
    }

    /// Calls the compiled entry at address `callee` with (slots, ctx) -> its raw result.
    fn call_entry(&mut self, callee: cl::Value, slots: Value, ctx: Value) -> Result<cl::Value, JitError> {
        let (slots, ctx) = (self.v(slots)?, self.v(ctx)?);
        let sig = match self.entry_sig {
            Some(s) => s,
            None => {
                let mut sig = cl::Signature::new(self.env.call_conv);
                sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
                sig.returns.push(AbiParam::new(types::I64));
                let s = self.b.import_signature(sig);
                self.entry_sig = Some(s);
                s
            }
        };
        let inst = self.b.ins().call_indirect(sig, callee, &[slots, ctx]);
        Ok(self.b.inst_results(inst)[0])
    }

    fn call(&mut self, h: HelperId, argv: &[cl::Value]) -> Result<Option<cl::Value>, JitError> {
        let hd = self.env.helpers.get(h).ok_or_else(|| JitError::InvalidIr(format!("unknown helper {}", h.0)))?;
        let ptr = hd.ptr as u64;
        let sig = match self.sigs.get(&h) {
            Some(s) => *s,
            None => {
                let mut sig = cl::Signature::new(self.env.call_conv);
                let abi = |t: AbiType| AbiParam::new(if t == AbiType::F64 { types::F64 } else { types::I64 });
                sig.params.extend(hd.sig.params.iter().map(|t| abi(*t)));
                sig.returns.extend(hd.sig.ret.map(abi));
                let s = self.b.import_signature(sig);
                self.sigs.insert(h, s);
                s
            }
        };
        let callee = self.iconst(ptr);
        let inst = self.b.ins().call_indirect(sig, callee, argv);
        Ok(self.b.inst_results(inst).first().copied())
    }

    fn lower_block(&mut self, bi: usize) -> Result<(), JitError> {
        let f = self.f;
        self.b.switch_to_block(self.blocks[bi]);
        let bd = &f.blocks[bi];
        for inst in &bd.insts {
            let r = self.lower_inst(&inst.kind)?;
            if let Some(res) = inst.result {
                let r = r.ok_or_else(|| JitError::InvalidIr(format!("v{} has no value", res.0)))?;
                self.vals[res.0 as usize] = Some(r);
            }
        }
        match bd.term.as_ref().ok_or_else(|| JitError::InvalidIr(format!("block {bi} unterminated")))? {
            Terminator::Jump(t, a) => {
                let a = args(&self.vs(a)?);
                self.b.ins().jump(self.blocks[t.0 as usize], &a);
            }
            Terminator::Branch { cond, then_block, then_args, else_block, else_args } => {
                let c = self.v(*cond)?;
                let ta = args(&self.vs(then_args)?);
                let ea = args(&self.vs(else_args)?);
                self.b.ins().brif(c, self.blocks[then_block.0 as usize], &ta, self.blocks[else_block.0 as usize], &ea);
            }
            Terminator::Return(v) => {
                let v = self.v(*v)?;
                self.b.ins().return_(&[v]);
            }
            Terminator::Deopt(e) => {
                let ex = self.exit_block(*e);
                self.b.ins().jump(ex, &[]);
            }
        }
        Ok(())
    }

    fn lower_inst(&mut self, k: &InstKind) -> Result<Option<cl::Value>, JitError> {
        use InstKind as K;
        let l = *self.env.layout;
        let r = match k {
            K::ConstBoxed(w) => self.iconst(*w),
            K::ConstI64(i) => self.b.ins().iconst(types::I64, *i),
            K::ConstF64(x) => self.b.ins().f64const(*x),
            K::ConstBool(c) => self.b.ins().iconst(types::I8, *c as i64),
            K::VmCtx => self.ctx,
            K::LoadSlot(i) => self.b.ins().load(types::I64, mem(), self.slots, (*i as i32) * 8),
            K::StoreSlot(i, v) => {
                let v = self.v(*v)?;
                self.b.ins().store(mem(), v, self.slots, (*i as i32) * 8);
                return Ok(None);
            }
            K::GuardInt(v, e) => {
                let w = self.v(*v)?;
                let ok = self.has_tag(w, l.int_tag);
                self.guard(ok, *e);
                self.unbox_int(w)
            }
            K::GuardFloat(v, e) => {
                let w = self.v(*v)?;
                let ok = self.is_float(w);
                self.guard(ok, *e);
                self.unbox_float(w)
            }
            K::GuardBool(v, e) => {
                let w = self.v(*v)?;
                let t = self.b.ins().icmp_imm_s(IntCC::Equal, w, l.true_word as i64);
                let f = self.b.ins().icmp_imm_s(IntCC::Equal, w, l.false_word as i64);
                let ok = self.b.ins().bor(t, f);
                self.guard(ok, *e);
                t
            }
            K::Truthy(v, e) => self.truthy(*v, *e)?,
            K::GuardIs(v, w, e) => {
                let x = self.v(*v)?;
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, x, *w as i64);
                self.guard(ok, *e);
                return Ok(None);
            }
            K::GuardType(v, ty, e) => {
                let x = self.v(*v)?;
                let isptr = self.has_tag(x, l.ptr_tag);
                self.guard(isptr, *e);
                let t = self.b.ins().load(types::I64, mem(), x, l.header_type_offset);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, *ty as i64);
                self.guard(ok, *e);
                return Ok(None);
            }
            K::GuardVersion(v, off, expected, e) => {
                let x = self.v(*v)?;
                let t = self.b.ins().load(types::I32, mem(), x, *off);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, *expected as i32 as i64);
                self.guard(ok, *e);
                return Ok(None);
            }
            K::BoxInt(v, e) => {
                let x = self.v(*v)?;
                let ex = self.exit_block(*e);
                self.box_int(x, ex)?
            }
            K::BoxFloat(v) => {
                let x = self.v(*v)?;
                self.box_float(x)
            }
            K::BoxBool(v) => {
                let x = self.v(*v)?;
                self.box_bool(x)
            }
            K::IntBinary(op, a, b, e) => {
                let (a, b) = (self.v(*a)?, self.v(*b)?);
                self.int_binary(*op, a, b, *e)?
            }
            K::IntNeg(a, e) => {
                let a = self.v(*a)?;
                let z = self.b.ins().iconst(types::I64, 0);
                let (r, of) = self.b.ins().ssub_overflow(z, a);
                self.fail_if(of, *e);
                r
            }
            K::IntCmp(c, a, b) => {
                let (a, b) = (self.v(*a)?, self.v(*b)?);
                self.b.ins().icmp(int_cc(*c), a, b)
            }
            K::FloatBinary(op, a, b, e) => {
                let (a, b) = (self.v(*a)?, self.v(*b)?);
                match op {
                    FloatOp::Add => self.b.ins().fadd(a, b),
                    FloatOp::Sub => self.b.ins().fsub(a, b),
                    FloatOp::Mul => self.b.ins().fmul(a, b),
                    FloatOp::Div => {
                        let e = e.ok_or_else(|| JitError::InvalidIr("float division needs an exit".into()))?;
                        let z = self.b.ins().f64const(0.0);
                        let bad = self.b.ins().fcmp(FloatCC::Equal, b, z);
                        self.fail_if(bad, e);
                        self.b.ins().fdiv(a, b)
                    }
                }
            }
            K::FloatNeg(a) => {
                let a = self.v(*a)?;
                self.b.ins().fneg(a)
            }
            K::FloatCmp(c, a, b) => {
                let (a, b) = (self.v(*a)?, self.v(*b)?);
                self.b.ins().fcmp(float_cc(*c), a, b)
            }
            K::FloatSqrt(a, e) => {
                let a = self.v(*a)?;
                let z = self.b.ins().f64const(0.0);
                let bad = self.b.ins().fcmp(FloatCC::LessThan, a, z);
                self.fail_if(bad, *e);
                self.b.ins().sqrt(a)
            }
            K::IntToFloat(a) => {
                let a = self.v(*a)?;
                self.b.ins().fcvt_from_sint(types::F64, a)
            }
            K::BoolNot(a) => {
                let a = self.v(*a)?;
                self.b.ins().bxor_imm_s(a, 1)
            }
            K::IsInt(a) => {
                let w = self.v(*a)?;
                self.has_tag(w, l.int_tag)
            }
            K::IsFloat(a) => {
                let w = self.v(*a)?;
                self.is_float(w)
            }
            K::HasType(a, ty) => {
                let w = self.v(*a)?;
                self.has_type(w, *ty)
            }
            K::SeqIndex(i, n) => {
                let (i, n) = (self.v(*i)?, self.v(*n)?);
                self.seq_index(i, n)
            }
            K::WordToI64(a) | K::I64ToWord(a) => self.v(*a)?,
            K::UnboxInt(a) => {
                let w = self.v(*a)?;
                self.unbox_int(w)
            }
            K::UnboxFloat(a) => {
                let w = self.v(*a)?;
                self.unbox_float(w)
            }
            K::LoadField(o, off, ty) => {
                let o = self.v(*o)?;
                self.b.ins().load(clty(*ty), mem(), o, *off)
            }
            K::StoreField(o, off, v) => {
                let (o, v) = (self.v(*o)?, self.v(*v)?);
                self.b.ins().store(mem(), v, o, *off);
                return Ok(None);
            }
            K::LoadUnsigned(o, off, bytes) => {
                let o = self.v(*o)?;
                match bytes {
                    1 => self.b.ins().uload8(types::I64, mem(), o, *off),
                    2 => self.b.ins().uload16(types::I64, mem(), o, *off),
                    4 => self.b.ins().uload32(mem(), o, *off),
                    _ => self.b.ins().load(types::I64, mem(), o, *off),
                }
            }
            K::LoadElem(base, i) => {
                let addr = self.elem_addr(*base, *i)?;
                self.b.ins().load(types::I64, mem(), addr, 0)
            }
            K::StoreElem(base, i, v) => {
                let addr = self.elem_addr(*base, *i)?;
                let v = self.v(*v)?;
                self.b.ins().store(mem(), v, addr, 0);
                return Ok(None);
            }
            K::ListLoad(list, i, e) => {
                let addr = self.list_item_addr(*list, *i, *e)?;
                self.b.ins().load(types::I64, mem(), addr, 0)
            }
            K::ListStore(list, i, v, e) => {
                let addr = self.list_item_addr(*list, *i, *e)?;
                let v = self.v(*v)?;
                let old = self.b.ins().load(types::I64, mem(), addr, 0);
                self.b.ins().store(mem(), v, addr, 0);
                old
            }
            K::Incref(v) => {
                let v = self.v(*v)?;
                self.refcount(v, true)?;
                return Ok(None);
            }
            K::Decref(v) => {
                let v = self.v(*v)?;
                self.refcount(v, false)?;
                return Ok(None);
            }
            K::CallHelper(h, argv, e) => {
                let argv = self.vs(argv)?;
                let r = self.call(*h, &argv)?;
                let sentinel = self.env.helpers.get(*h).and_then(|hd| hd.sig.error_sentinel);
                if let (Some(s), Some(e), Some(r)) = (sentinel, e, r) {
                    let bad = self.b.ins().icmp_imm_s(IntCC::Equal, r, s as i64);
                    self.fail_if(bad, *e);
                }
                return Ok(r);
            }
            K::StackArea(words) => {
                let data = cl::StackSlotData::new(cl::StackSlotKind::ExplicitSlot, words * 8, 3);
                let ss = self.b.create_sized_stack_slot(data);
                self.b.ins().stack_addr(types::I64, ss, 0)
            }
            K::CallEntry(entry, slots, ctx) => {
                let callee = self.iconst(*entry);
                self.call_entry(callee, *slots, *ctx)?
            }
            K::CallEntryAt(entry, slots, ctx) => {
                let callee = self.v(*entry)?;
                self.call_entry(callee, *slots, *ctx)?
            }
            K::CallHelperCatch(h, argv, target, targs) => {
                let argv = self.vs(argv)?;
                let targs = self.vs(targs)?;
                let r = self.call(*h, &argv)?;
                let sentinel = self.env.helpers.get(*h).and_then(|hd| hd.sig.error_sentinel);
                let (Some(s), Some(rv)) = (sentinel, r) else {
                    return Err(JitError::InvalidIr("call_helper_catch of a helper without an error sentinel".into()));
                };
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, rv, s as i64);
                let cont = self.b.create_block();
                let handler = self.blocks[target.0 as usize];
                self.b.ins().brif(bad, handler, &args(&targs), cont, &[]);
                self.b.switch_to_block(cont);
                return Ok(r);
            }
        };
        Ok(Some(r))
    }

    fn int_binary(&mut self, op: IntOp, a: cl::Value, b: cl::Value, e: Option<ExitId>) -> Result<cl::Value, JitError> {
        let need = || e.ok_or_else(|| JitError::InvalidIr(format!("{op:?} needs an exit")));
        Ok(match op {
            IntOp::Add | IntOp::Sub | IntOp::Mul => {
                let (r, of) = match op {
                    IntOp::Add => self.b.ins().sadd_overflow(a, b),
                    IntOp::Sub => self.b.ins().ssub_overflow(a, b),
                    _ => self.b.ins().smul_overflow(a, b),
                };
                self.fail_if(of, need()?);
                r
            }
            IntOp::FloorDiv | IntOp::Mod => {
                let e = need()?;
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                self.fail_if(zero, e);
                let minus1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let b = if op == IntOp::FloorDiv {
                    let amin = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                    let bad = self.b.ins().band(amin, minus1);
                    self.fail_if(bad, e);
                    b
                } else {
                    // a % -1 == a % 1 == 0, and srem(MIN, -1) must not be reached.
                    let one = self.b.ins().iconst(types::I64, 1);
                    self.b.ins().select(minus1, one, b)
                };
                let q = self.b.ins().sdiv(a, b);
                let r = self.b.ins().srem(a, b);
                // Python rounds toward -inf: adjust when r != 0 and sign(r) != sign(b).
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let x = self.b.ins().bxor(r, b);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                let adj = self.b.ins().band(rnz, neg);
                if op == IntOp::FloorDiv {
                    let adj64 = self.b.ins().uextend(types::I64, adj);
                    self.b.ins().isub(q, adj64)
                } else {
                    let z = self.b.ins().iconst(types::I64, 0);
                    let add = self.b.ins().select(adj, b, z);
                    self.b.ins().iadd(r, add)
                }
            }
            IntOp::And => self.b.ins().band(a, b),
            IntOp::Or => self.b.ins().bor(a, b),
            IntOp::Xor => self.b.ins().bxor(a, b),
            IntOp::Shl => {
                let e = need()?;
                // Negative or >= 64 counts (unsigned > 63) exit; so does
                // losing bits.
                let big = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, b, 63);
                self.fail_if(big, e);
                let r = self.b.ins().ishl(a, b);
                let back = self.b.ins().sshr(r, b);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, a);
                self.fail_if(lost, e);
                r
            }
            IntOp::Shr => {
                let e = need()?;
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
                self.fail_if(neg, e);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 63);
                let c63 = self.b.ins().iconst(types::I64, 63);
                let s = self.b.ins().select(big, c63, b);
                self.b.ins().sshr(a, s)
            }
        })
    }

    fn truthy(&mut self, v: Value, e: ExitId) -> Result<cl::Value, JitError> {
        let l = *self.env.layout;
        let w = self.v(v)?;
        let done = self.b.create_block();
        let res = self.b.append_block_param(done, types::I8);
        let (b_int, b_notint, b_float, b_other, b_other2) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let isint = self.has_tag(w, l.int_tag);
        self.b.ins().brif(isint, b_int, &[], b_notint, &[]);
        self.b.switch_to_block(b_int);
        let mask = (1u64 << l.int_payload_bits) - 1;
        let p = self.b.ins().band_imm_s(w, mask as i64);
        let t = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        self.b.ins().jump(done, &[BlockArg::Value(t)]);
        self.b.switch_to_block(b_notint);
        let isf = self.is_float(w);
        self.b.ins().brif(isf, b_float, &[], b_other, &[]);
        self.b.switch_to_block(b_float);
        let x = self.unbox_float(w);
        let z = self.b.ins().f64const(0.0);
        let t = self.b.ins().fcmp(FloatCC::NotEqual, x, z);
        self.b.ins().jump(done, &[BlockArg::Value(t)]);
        self.b.switch_to_block(b_other);
        let one = self.b.ins().iconst(types::I8, 1);
        let zero = self.b.ins().iconst(types::I8, 0);
        let ist = self.b.ins().icmp_imm_s(IntCC::Equal, w, l.true_word as i64);
        self.b.ins().brif(ist, done, &[BlockArg::Value(one)], b_other2, &[]);
        self.b.switch_to_block(b_other2);
        let isf = self.b.ins().icmp_imm_s(IntCC::Equal, w, l.false_word as i64);
        let isn = self.b.ins().icmp_imm_s(IntCC::Equal, w, l.none_word as i64);
        let falsy = self.b.ins().bor(isf, isn);
        let ex = self.exit_block(e);
        self.b.ins().brif(falsy, done, &[BlockArg::Value(zero)], ex, &[]);
        self.b.switch_to_block(done);
        Ok(res)
    }

    /// The address of word `i` of the array at `base` (no checks).
    fn elem_addr(&mut self, base: Value, i: Value) -> Result<cl::Value, JitError> {
        let (base, i) = (self.v(base)?, self.v(i)?);
        let off = self.b.ins().ishl_imm_s(i, 3);
        Ok(self.b.ins().iadd(base, off))
    }

    /// Whether `w` is a heap object of type pointer `ty` (an I8 flag).
    fn has_type(&mut self, w: cl::Value, ty: u64) -> cl::Value {
        let l = *self.env.layout;
        let (chk, done) = (self.b.create_block(), self.b.create_block());
        let res = self.b.append_block_param(done, types::I8);
        let isptr = self.has_tag(w, l.ptr_tag);
        let no = self.b.ins().iconst(types::I8, 0);
        self.b.ins().brif(isptr, chk, &[], done, &[BlockArg::Value(no)]);
        self.b.switch_to_block(chk);
        let t = self.b.ins().load(types::I64, mem(), w, l.header_type_offset);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, ty as i64);
        self.b.ins().jump(done, &[BlockArg::Value(ok)]);
        self.b.switch_to_block(done);
        res
    }

    /// Index `i` into `0..len` (negative from the end), or -1.
    fn seq_index(&mut self, i: cl::Value, len: cl::Value) -> cl::Value {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let idx = self.b.ins().select(neg, wrapped, i);
        // Unsigned compare also rejects indices still negative.
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        let m1 = self.b.ins().iconst(types::I64, -1);
        self.b.ins().select(oob, m1, idx)
    }

    fn list_item_addr(&mut self, list: Value, i: Value, e: ExitId) -> Result<cl::Value, JitError> {
        let l = *self.env.layout;
        let (list, i) = (self.v(list)?, self.v(i)?);
        let len = self.b.ins().load(types::I64, mem(), list, l.list_len_offset);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let idx = self.b.ins().select(neg, wrapped, i);
        // Unsigned compare also rejects indices still negative.
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        self.fail_if(oob, e);
        let items = self.b.ins().load(types::I64, mem(), list, l.list_items_offset);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        Ok(self.b.ins().iadd(items, off))
    }

    /// Inline incref/decref; decref to zero calls `dealloc`. The immortal
    /// check is branch-free (`rc ± (rc < threshold)`, stored back even when
    /// unchanged): one block per refcount operation fewer, which is what
    /// Cranelift's compile time and memory grow with. Refcount words are
    /// always writable (`Cell`s, never in read-only memory).
    fn refcount(&mut self, w: cl::Value, inc: bool) -> Result<(), JitError> {
        let l = *self.env.layout;
        let done = self.b.create_block();
        let b_ptr = self.b.create_block();
        let isptr = self.has_tag(w, l.ptr_tag);
        self.b.ins().brif(isptr, b_ptr, &[], done, &[]);
        self.b.switch_to_block(b_ptr);
        let rc = self.b.ins().load(types::I64, mem(), w, l.header_refcnt_offset);
        let thr = self.iconst(l.immortal_threshold);
        let mortal = self.b.ins().icmp(IntCC::UnsignedLessThan, rc, thr);
        let step = self.b.ins().uextend(types::I64, mortal);
        let n = if inc { self.b.ins().iadd(rc, step) } else { self.b.ins().isub(rc, step) };
        self.b.ins().store(mem(), n, w, l.header_refcnt_offset);
        if inc {
            self.b.ins().jump(done, &[]);
        } else {
            let b_free = self.b.create_block();
            self.b.set_cold_block(b_free);
            let z = self.b.ins().icmp_imm_s(IntCC::Equal, n, 0);
            self.b.ins().brif(z, b_free, &[], done, &[]);
            self.b.switch_to_block(b_free);
            self.call(self.env.dealloc, &[w])?;
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(done);
        Ok(())
    }

    /// What exit `e` writes back: (slot, source) for each changed slot.
    fn exit_stores(&self, e: ExitId) -> Result<Vec<(u32, Stored)>, JitError> {
        let desc = self.f.exit(e).ok_or_else(|| JitError::InvalidIr(format!("unknown exit {}", e.0)))?;
        let mut out = Vec::with_capacity(desc.state.slots.len());
        for (i, src) in desc.state.slots.iter().enumerate() {
            let s = match *src {
                ValueSource::Unchanged => continue,
                ValueSource::Const(w) => Stored::Const(w),
                ValueSource::Boxed(v) | ValueSource::Int(v) | ValueSource::Float(v) => Stored::Word(self.v(v)?),
                ValueSource::Bool(v) => Stored::Bool(self.v(v)?),
            };
            out.push((i as u32, s));
        }
        Ok(out)
    }

    /// Fills the exit blocks. An exit whose stores are also another exit's
    /// jumps with its status to one write-back block shared by them (the
    /// stores are the same code; only the returned status differs).
    fn lower_exits(&mut self) -> Result<(), JitError> {
        let l = *self.env.layout;
        let mut used = Vec::new();
        let mut groups: HashMap<Vec<(u32, Stored)>, ExitGroup> = HashMap::new();
        for (e, blk) in self.exit_blocks.clone().into_iter().enumerate() {
            let Some(blk) = blk else { continue };
            let e = ExitId(e as u32);
            let stores = self.exit_stores(e)?;
            if self.env.share_exits {
                groups.entry(stores.clone()).or_insert((0, None)).0 += 1;
            }
            used.push((e, blk, stores));
        }
        for (e, blk, stores) in used {
            let desc = self.f.exit(e).ok_or_else(|| JitError::InvalidIr(format!("unknown exit {}", e.0)))?;
            let status = RawStatus::encode_exit(&l, e.0, desc.reason.is_error());
            match groups.get_mut(&stores) {
                Some((n, shared)) if *n > 1 => {
                    let target = match *shared {
                        Some(t) => t,
                        None => {
                            let t = self.b.create_block();
                            self.b.set_cold_block(t);
                            let p = self.b.append_block_param(t, types::I64);
                            self.b.switch_to_block(t);
                            self.write_back(&stores, p);
                            *shared = Some(t);
                            t
                        }
                    };
                    self.b.switch_to_block(blk);
                    let s = self.iconst(status);
                    self.b.ins().jump(target, &[BlockArg::Value(s)]);
                }
                _ => {
                    self.b.switch_to_block(blk);
                    let s = self.iconst(status);
                    self.write_back(&stores, s);
                }
            }
        }
        Ok(())
    }

    /// Stores an exit's values into the frame and returns `status`.
    fn write_back(&mut self, stores: &[(u32, Stored)], status: cl::Value) {
        for &(i, src) in stores {
            let w = match src {
                Stored::Const(w) => self.iconst(w),
                Stored::Word(v) => v,
                Stored::Bool(v) => self.b.ins().uextend(types::I64, v),
            };
            self.b.ins().store(mem(), w, self.slots, (i as i32) * 8);
        }
        self.b.ins().return_(&[status]);
    }
}

/// Exits with the same stores: how many, and their shared write-back block
/// once made.
type ExitGroup = (usize, Option<cl::Block>);

/// How an exit stores one frame slot: a value as is (boxed, or a raw int /
/// float for `CompiledCode::finish_exit` to box), a constant word, or a
/// bool widened to a 0/1 word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Stored {
    Word(cl::Value),
    Const(u64),
    Bool(cl::Value),
}
