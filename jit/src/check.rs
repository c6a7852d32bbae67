//! Static checks of an IR function before lowering: operand types, block
//! arguments, slot indices, exit ownership and frame-state shapes.
//!
//! Invariant: a function that passes `check` lowers to CLIF whose only
//! possible verifier errors are dominance violations (a use not dominated by
//! its definition), which the Cranelift verifier reports as
//! `JitError::Verifier`.
#![forbid(unsafe_code)]

use crate::abi::{AbiType, HelperTable};
use crate::deopt::{ExitId, ValueSource};
use crate::ir::{Function, InstKind, Terminator, Type, Value};
use crate::JitError;

fn bad(msg: String) -> JitError {
    JitError::InvalidIr(msg)
}

struct Checker<'a> {
    f: &'a Function,
    exit_used: Vec<bool>,
}

impl Checker<'_> {
    fn ty(&self, v: Value) -> Result<Type, JitError> {
        self.f.value_type(v).ok_or_else(|| bad(format!("undefined value v{}", v.0)))
    }

    fn expect(&self, v: Value, t: Type, what: &str) -> Result<(), JitError> {
        let got = self.ty(v)?;
        if got != t {
            return Err(bad(format!("{what}: v{} is {got:?}, expected {t:?}", v.0)));
        }
        Ok(())
    }

    fn exit(&mut self, e: ExitId) -> Result<(), JitError> {
        let desc = self.f.exit(e).ok_or_else(|| bad(format!("unknown exit {}", e.0)))?;
        let used = &mut self.exit_used[e.0 as usize];
        if *used {
            return Err(bad(format!("exit {} used twice", e.0)));
        }
        *used = true;
        if desc.state.slots.len() > self.f.num_slots as usize {
            return Err(bad(format!("exit {}: frame state has more slots than the frame", e.0)));
        }
        for s in &desc.state.slots {
            match *s {
                ValueSource::Unchanged | ValueSource::Const(_) => {}
                ValueSource::Boxed(v) => self.expect(v, Type::Boxed, "frame state")?,
                ValueSource::Int(v) => self.expect(v, Type::I64, "frame state")?,
                ValueSource::Float(v) => self.expect(v, Type::F64, "frame state")?,
                ValueSource::Bool(v) => self.expect(v, Type::Bool, "frame state")?,
            }
        }
        Ok(())
    }

    fn slot(&self, i: u32) -> Result<(), JitError> {
        if i >= self.f.num_slots {
            return Err(bad(format!("slot {i} out of range")));
        }
        Ok(())
    }

    fn args(&self, b: crate::ir::Block, args: &[Value]) -> Result<(), JitError> {
        let bd = self.f.blocks.get(b.0 as usize).ok_or_else(|| bad(format!("unknown block {}", b.0)))?;
        if b.0 == 0 {
            return Err(bad("the entry block cannot be jumped to".into()));
        }
        if bd.params.len() != args.len() {
            return Err(bad(format!("block {}: {} args for {} params", b.0, args.len(), bd.params.len())));
        }
        for (a, p) in args.iter().zip(&bd.params) {
            self.expect(*a, self.ty(*p)?, "block argument")?;
        }
        Ok(())
    }
}

/// Checks `f` against `helpers`. See the module docs.
pub(crate) fn check(f: &Function, helpers: &HelperTable) -> Result<(), JitError> {
    use InstKind as K;
    let mut c = Checker { f, exit_used: vec![false; f.exits.len()] };
    if !f.blocks[0].params.is_empty() {
        return Err(bad("the entry block has parameters".into()));
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        for inst in &b.insts {
            let (i64t, f64t, boxed, boolt) = (Type::I64, Type::F64, Type::Boxed, Type::Bool);
            match &inst.kind {
                K::ConstBoxed(_) | K::ConstI64(_) | K::ConstF64(_) | K::ConstBool(_) | K::VmCtx => {}
                K::LoadSlot(i) => c.slot(*i)?,
                K::StoreSlot(i, v) => {
                    c.slot(*i)?;
                    c.expect(*v, boxed, "store_slot")?;
                }
                K::GuardInt(v, e) | K::GuardFloat(v, e) | K::GuardBool(v, e) | K::Truthy(v, e) => {
                    c.expect(*v, boxed, "guard")?;
                    c.exit(*e)?;
                }
                K::GuardIs(v, _, e) | K::GuardType(v, _, e) | K::GuardVersion(v, _, _, e) => {
                    c.expect(*v, boxed, "guard")?;
                    c.exit(*e)?;
                }
                K::BoxInt(v, e) => {
                    c.expect(*v, i64t, "box_int")?;
                    c.exit(*e)?;
                }
                K::BoxFloat(v) => c.expect(*v, f64t, "box_float")?,
                K::BoxBool(v) | K::BoolNot(v) => c.expect(*v, boolt, "bool op")?,
                K::IsInt(v) | K::IsFloat(v) | K::WordToI64(v) | K::UnboxInt(v) | K::UnboxFloat(v) => c.expect(*v, boxed, "type test")?,
                K::I64ToWord(v) => c.expect(*v, i64t, "i64_to_word")?,
                K::HasType(v, _) => c.expect(*v, boxed, "has_type")?,
                K::SeqIndex(i, n) => {
                    c.expect(*i, i64t, "seq_index")?;
                    c.expect(*n, i64t, "seq_index length")?;
                }
                K::IntBinary(op, a, b2, e) => {
                    c.expect(*a, i64t, "int op")?;
                    c.expect(*b2, i64t, "int op")?;
                    match (op.can_fail(), e) {
                        (true, Some(e)) => c.exit(*e)?,
                        (false, None) => {}
                        (true, None) => return Err(bad(format!("{op:?} needs a frame state"))),
                        (false, Some(e)) => c.exit(*e)?,
                    }
                }
                K::IntNeg(a, e) => {
                    c.expect(*a, i64t, "int_neg")?;
                    c.exit(*e)?;
                }
                K::IntCmp(_, a, b2) => {
                    c.expect(*a, i64t, "int_cmp")?;
                    c.expect(*b2, i64t, "int_cmp")?;
                }
                K::FloatBinary(op, a, b2, e) => {
                    c.expect(*a, f64t, "float op")?;
                    c.expect(*b2, f64t, "float op")?;
                    match e {
                        Some(e) => c.exit(*e)?,
                        None if op.can_fail() => return Err(bad(format!("{op:?} needs a frame state"))),
                        None => {}
                    }
                }
                K::FloatNeg(a) | K::IntToFloat(a) => {
                    let want = if matches!(inst.kind, K::FloatNeg(_)) { f64t } else { i64t };
                    c.expect(*a, want, "unary op")?;
                }
                K::FloatCmp(_, a, b2) => {
                    c.expect(*a, f64t, "float_cmp")?;
                    c.expect(*b2, f64t, "float_cmp")?;
                }
                K::FloatSqrt(a, e) => {
                    c.expect(*a, f64t, "sqrt")?;
                    c.exit(*e)?;
                }
                K::LoadField(o, _, _) | K::Incref(o) | K::Decref(o) => c.expect(*o, boxed, "object op")?,
                K::StoreField(o, _, v) => {
                    c.expect(*o, boxed, "store_field")?;
                    c.ty(*v)?;
                }
                K::LoadUnsigned(o, _, bytes) => {
                    c.expect(*o, boxed, "load_unsigned")?;
                    if ![1, 2, 4, 8].contains(bytes) {
                        return Err(bad(format!("load_unsigned of {bytes} bytes")));
                    }
                }
                K::LoadElem(base, i) => {
                    c.expect(*base, boxed, "load_elem")?;
                    c.expect(*i, i64t, "load_elem index")?;
                }
                K::StoreElem(base, i, v) => {
                    c.expect(*base, boxed, "store_elem")?;
                    c.expect(*i, i64t, "store_elem index")?;
                    c.expect(*v, boxed, "store_elem value")?;
                }
                K::ListLoad(l, i, e) => {
                    c.expect(*l, boxed, "list_load")?;
                    c.expect(*i, i64t, "list_load index")?;
                    c.exit(*e)?;
                }
                K::ListStore(l, i, v, e) => {
                    c.expect(*l, boxed, "list_store")?;
                    c.expect(*i, i64t, "list_store index")?;
                    c.expect(*v, boxed, "list_store value")?;
                    c.exit(*e)?;
                }
                K::CallHelper(h, args, e) => {
                    let hd = helper_call(&c, helpers, *h, args, inst.result)?;
                    match (hd.sig.error_sentinel, e) {
                        (Some(_), Some(e)) => c.exit(*e)?,
                        (None, None) => {}
                        (Some(_), None) => return Err(bad(format!("helper {} can fail: needs a frame state", hd.name))),
                        (None, Some(_)) => return Err(bad(format!("helper {} cannot fail: no exit", hd.name))),
                    }
                }
                K::StackArea(words) => {
                    if *words == 0 {
                        return Err(bad("empty stack area".into()));
                    }
                }
                K::CallEntry(_, slots, ctx) => {
                    c.expect(*slots, boxed, "call_entry slots")?;
                    c.expect(*ctx, i64t, "call_entry ctx")?;
                }
                K::CallEntryAt(entry, slots, ctx) => {
                    c.expect(*entry, i64t, "call_entry_at entry")?;
                    c.expect(*slots, boxed, "call_entry_at slots")?;
                    c.expect(*ctx, i64t, "call_entry_at ctx")?;
                }
                K::CallHelperCatch(h, args, target, target_args) => {
                    let hd = helper_call(&c, helpers, *h, args, inst.result)?;
                    if hd.sig.error_sentinel.is_none() {
                        return Err(bad(format!("helper {} cannot fail: nothing to catch", hd.name)));
                    }
                    c.args(*target, target_args)?;
                }
            }
        }
        match &b.term {
            None => return Err(bad(format!("block {bi} has no terminator"))),
            Some(Terminator::Jump(t, args)) => c.args(*t, args)?,
            Some(Terminator::Branch { cond, then_block, then_args, else_block, else_args }) => {
                c.expect(*cond, Type::Bool, "branch condition")?;
                c.args(*then_block, then_args)?;
                c.args(*else_block, else_args)?;
            }
            Some(Terminator::Return(v)) => c.expect(*v, Type::Boxed, "return")?,
            Some(Terminator::Deopt(e)) => c.exit(*e)?,
        }
    }
    Ok(())
}

/// Checks a helper call's arguments and result against the helper's
/// signature; returns the helper.
fn helper_call<'h>(
    c: &Checker<'_>,
    helpers: &'h HelperTable,
    h: crate::abi::HelperId,
    args: &[Value],
    result: Option<Value>,
) -> Result<&'h crate::abi::Helper, JitError> {
    let hd = helpers.get(h).ok_or_else(|| bad(format!("unknown helper {}", h.0)))?;
    if hd.sig.params.len() != args.len() {
        return Err(bad(format!("helper {}: wrong argument count", hd.name)));
    }
    for (a, p) in args.iter().zip(&hd.sig.params) {
        let t = c.ty(*a)?;
        let ok = match p {
            AbiType::Word => t == Type::Boxed,
            AbiType::I64 | AbiType::Ptr => t == Type::I64 || t == Type::Boxed,
            AbiType::F64 => t == Type::F64,
        };
        if !ok {
            return Err(bad(format!("helper {}: argument v{} has type {t:?}", hd.name, a.0)));
        }
    }
    let want = hd.sig.ret.map(abi_to_ir);
    let got = result.and_then(|r| c.f.value_type(r));
    if want != got {
        return Err(bad(format!("helper {}: result type {got:?}, signature says {want:?}", hd.name)));
    }
    if hd.sig.error_sentinel.is_some() && matches!(hd.sig.ret, None | Some(AbiType::F64)) {
        return Err(bad(format!("helper {}: an error sentinel needs an integer result", hd.name)));
    }
    Ok(hd)
}

/// The IR type of a helper argument/result type.
pub(crate) fn abi_to_ir(t: AbiType) -> Type {
    match t {
        AbiType::Word => Type::Boxed,
        AbiType::I64 | AbiType::Ptr => Type::I64,
        AbiType::F64 => Type::F64,
    }
}
