//! The eval loop: runs a `Frame` until it returns or yields.
//!
//! Each arm is short; the work lives in the `Vm` methods of the sibling
//! modules. `frame.lasti` is set before every instruction, so any error is
//! attributed to the right line. Errors unwind through the code's
//! exception table (`handle_error`); an unhandled one leaves the frame with
//! a traceback entry added.
//!
//! Quickening: generic instructions with an inline cache try to rewrite
//! themselves into specialized forms (`vm/specialize.rs`); a specialized
//! arm whose guard fails backs off and re-runs the instruction generically
//! (`ip = cur`), so it never computes anything the generic form would not.

use crate::bytecode::{BinaryOp, CompareOp, Const, Op};
use crate::error::{PyErr, PyResult};
use crate::object::exception::name_error;
use crate::object::header::has_pending_finalizers;
use crate::object::*;

use super::fastpaths::{self, compare_f64, compare_i64};
use super::frame::Frame;
use super::names::unbound_local;
use crate::tier2::Entered;
use super::specialize::{back_off, binary_op_form, compare_op_form, float_operands, for_iter_form, is_exact, load_attr_instance, load_method_cached, should_specialize, specialize_to, subscr_form};
use super::Vm;

/// How a frame stopped running.
pub enum FrameExit {
    /// `return` (or the end of a module / class body).
    Return(Value),
    /// `yield`: the frame is suspended at `frame.ip`.
    Yield(Value),
}

impl Vm {
    /// Materializes a code object's constants and names (once per code).
    pub fn const_values<'c>(&self, code: &'c crate::bytecode::Code) -> &'c [Value] {
        code.const_values.get_or_init(|| {
            let mut v: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
            v.extend(code.names.iter().map(|n| self.name(n)));
            v.into_boxed_slice()
        })
    }

    /// The runtime value of a constant.
    pub fn const_value(&self, c: &Const) -> Value {
        match c {
            Const::None => self.none(),
            Const::Bool(b) => self.bool(*b),
            Const::Int(i) => self.int(*i),
            Const::BigInt(b) => self.bigint(b.clone()),
            Const::Float(f) => Value::float(*f),
            Const::Complex(re, im) => alloc(&t().complex, ComplexData { re: *re, im: *im }, None),
            Const::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.name(s)
                } else {
                    self.str(&**s)
                }
            }
            Const::Bytes(b) => self.bytes(b.to_vec()),
            Const::Tuple(items) => self.tuple(items.iter().map(|c| self.const_value(c)).collect()),
            Const::FrozenSet(items) => {
                let s = SetData::new();
                let v = alloc(&t().frozenset, s, None);
                for c in items.iter() {
                    let item = self.const_value(c);
                    // Constants are hashable builtins: hashing cannot run Python code or fail.
                    let h = crate::vm::convert::native_hash(&item).expect("constant is hashable");
                    v.downcast::<SetData>().expect("set").add_native(item, h);
                }
                v
            }
            Const::Ellipsis => t().ellipsis.clone(),
            Const::Code(code) => alloc(&t().code, CodeData(code.clone()), None),
        }
    }

    /// Runs `frame` until it returns or yields, handling exceptions through
    /// its exception table.
    #[inline]
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.frames.push(frame);
        let r = self.run_frame_handling(frame);
        self.frames.pop();
        r
    }

    /// The code, current line and globals of the frame `depth` levels above
    /// the innermost running one (0 = innermost), for `warnings` and
    /// `traceback` to find their callers.
    pub fn caller_site(&self, depth: usize) -> Option<(std::rc::Rc<crate::bytecode::Code>, u32, Value)> {
        self.frames.with(depth, |f| (f.code.clone(), f.current_line(), f.globals.clone()))
    }

    #[inline]
    fn run_frame_handling(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        let mut pending = None;
        if frame.ip == 0 && self.jit.enabled() {
            match crate::tier2::enter(self, frame, 0) {
                Entered::No | Entered::Deopt => {}
                Entered::Return(v) => return Ok(FrameExit::Return(v)),
                Entered::Error(e) => pending = Some(e),
            }
        }
        self.interpret_frame(frame, pending)
    }

    /// Runs `frame` in the interpreter from `frame.ip` (first unwinding
    /// `pending`, an exception raised at `frame.lasti`, if given).
    pub fn interpret_frame(&mut self, frame: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        loop {
            let r = match pending.take() {
                Some(e) => Err(e),
                None => self.eval(frame),
            };
            match r {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    let op = frame.code.instrs[frame.lasti].op.get();
                    let reraise = matches!(op, Op::Reraise) || (op == Op::RaiseVarargs && frame.code.instrs[frame.lasti].arg == 0);
                    let exc = self.normalize(err);
                    if !reraise {
                        self.add_traceback(&exc, frame);
                    }
                    if let Err(exc) = enter_handler(frame, exc) {
                        return Err(PyErr::from_object(exc));
                    }
                }
            }
        }
    }

    fn eval(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        let code = f.code.clone();
        let consts = self.const_values(&code);
        let nconsts = code.consts.len();
        let caches = self.caches(&code);
        let instrs = &code.instrs[..];
        // `ip` lives in a register; the frame's copy is written back where
        // it is read: at a yield (resumption point). Errors are attributed
        // through `f.lasti`, stored before each instruction runs.
        let mut ip = f.ip;
        loop {
            if has_pending_finalizers() {
                self.run_finalizers();
            }
            let cur = ip;
            let instr = &instrs[cur];
            let arg = instr.arg;
            f.lasti = cur;
            ip += 1;
            match instr.op.get() {
                Op::Nop => {}
                Op::PopTop => {
                    f.pop();
                }
                Op::PushNull => f.push(t().null.clone()),
                Op::Copy => {
                    let v = f.peek(arg as usize).clone();
                    f.push(v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Op::LoadConst => f.push(consts[arg as usize].clone()),
                Op::LoadFast => match &f.fast[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.push(v)
                    }
                    None => return Err(unbound_local(&code.varnames[arg as usize])),
                },
                Op::StoreFast => {
                    let v = f.pop();
                    let old = f.fast[arg as usize].replace(v);
                    drop(old);
                }
                Op::DeleteFast => {
                    if f.fast[arg as usize].take().is_none() {
                        return Err(unbound_local(&code.varnames[arg as usize]));
                    }
                }
                Op::LoadDeref => {
                    let cell = self.cell_at(f, arg);
                    match cell.downcast::<CellData>().and_then(|c| c.0.get()) {
                        Some(v) => f.push(v),
                        None => return Err(self.unbound_deref(&code, arg as usize)),
                    }
                }
                Op::StoreDeref => {
                    let v = f.pop();
                    let cell = self.cell_at(f, arg);
                    cell.downcast::<CellData>().expect("cell").0.set(Some(v));
                }
                Op::DeleteDeref => {
                    let cell = self.cell_at(f, arg);
                    if cell.downcast::<CellData>().expect("cell").0.take().is_none() {
                        return Err(self.unbound_deref(&code, arg as usize));
                    }
                }
                Op::LoadClosure => {
                    let cell = self.cell_at(f, arg);
                    f.push(cell);
                }
                Op::LoadClassderef => {
                    let name = self.name(code.deref_name(arg as usize));
                    let locals = f.locals.clone().expect("class body has locals");
                    if let Some(v) = self.mapping_get(&locals, &name)? {
                        f.push(v);
                    } else {
                        let cell = self.cell_at(f, arg);
                        match cell.downcast::<CellData>().and_then(|c| c.0.get()) {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_deref(&code, arg as usize)),
                        }
                    }
                }
                Op::LoadName => {
                    let name = &consts[nconsts + arg as usize];
                    let v = self.load_name(f, name)?;
                    f.push(v);
                }
                Op::StoreName => {
                    let name = consts[nconsts + arg as usize].clone();
                    let v = f.pop();
                    let locals = f.locals.clone().expect("STORE_NAME needs locals");
                    self.mapping_set(&locals, name, v)?;
                }
                Op::DeleteName => {
                    let name = &consts[nconsts + arg as usize];
                    let locals = f.locals.clone().expect("DELETE_NAME needs locals");
                    if !self.mapping_del(&locals, name)? {
                        return Err(name_error(format!("name '{}' is not defined", code.names[arg as usize])));
                    }
                }
                Op::LoadGlobal => {
                    let name = &consts[nconsts + (arg >> 1) as usize];
                    if arg & 1 != 0 {
                        f.push(t().null.clone());
                    }
                    let v = self.load_global_cached(f, name, &caches[cur])?;
                    f.push(v);
                }
                Op::StoreGlobal => {
                    let v = f.pop();
                    let name = consts[nconsts + arg as usize].clone();
                    f.globals.downcast::<DictData>().expect("globals").set_str(name, v);
                }
                Op::DeleteGlobal => {
                    let name = &code.names[arg as usize];
                    if f.globals.downcast::<DictData>().expect("globals").del_str(name).is_none() {
                        return Err(name_error(format!("name '{name}' is not defined")));
                    }
                }
                Op::LoadAttr => {
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_load_attr(instr, c, f.top(), name);
                    }
                    let obj = f.pop();
                    let v = self.getattr(&obj, name)?;
                    f.push(v);
                }
                Op::LoadAttrInstance => {
                    let c = &caches[cur];
                    match load_attr_instance(f.top(), c, &consts[nconsts + arg as usize]) {
                        Some(v) => drop(f.set_top(v)),
                        None => {
                            back_off(instr, c);
                            ip = cur;
                        }
                    }
                }
                Op::StoreAttr => {
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_store_attr(instr, c, f.top(), name);
                    }
                    let obj = f.pop();
                    let v = f.pop();
                    self.setattr(&obj, name, Some(v))?;
                }
                Op::StoreAttrInstance => {
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    let obj = f.pop();
                    let v = f.pop();
                    if let Err(v) = self.store_attr_instance(&obj, c, name, v) {
                        back_off(instr, c);
                        self.setattr(&obj, name, Some(v))?;
                    }
                }
                Op::DeleteAttr => {
                    let obj = f.pop();
                    self.setattr(&obj, &consts[nconsts + arg as usize], None)?;
                }
                Op::LoadMethodCached => {
                    let c = &caches[cur];
                    match load_method_cached(f.top(), c, &consts[nconsts + arg as usize]) {
                        Some(m) => {
                            let obj = f.set_top(m);
                            f.push(obj);
                        }
                        None => {
                            back_off(instr, c);
                            ip = cur;
                        }
                    }
                }
                Op::LoadMethod => {
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_load_method(instr, c, f.top(), name);
                    }
                    let obj = f.pop();
                    match self.load_method(&obj, name)? {
                        (Some(meth), true) => {
                            f.push(meth);
                            f.push(obj);
                        }
                        (Some(attr), false) => {
                            f.push(t().null.clone());
                            f.push(attr);
                        }
                        (None, _) => unreachable!("load_method returns a value or an error"),
                    }
                }
                Op::BinarySubscrList | Op::BinarySubscrTuple | Op::BinarySubscrDict => match fastpaths::subscr_as(instr.op.get(), f.peek(2), f.peek(1)) {
                    Some(v) => {
                        drop(f.pop());
                        drop(f.set_top(v));
                    }
                    // Another type, or the generic path raises / looks further.
                    None => {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                    }
                },
                Op::BinarySubscr => {
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, subscr_form(f.peek(2), f.peek(1)));
                    }
                    let key = f.pop();
                    let obj = f.pop();
                    let v = match fastpaths::subscr(&obj, &key) {
                        Some(v) => v,
                        None => self.getitem(&obj, &key)?,
                    };
                    f.push(v);
                }
                Op::StoreSubscrList => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    if let Err(v) = fastpaths::store_subscr(&obj, &key, v) {
                        if !(key.is_small_int() && is_exact(&obj, &t().list)) {
                            back_off(instr, &caches[cur]);
                        }
                        self.setitem(&obj, key, v)?;
                    }
                }
                Op::StoreSubscr => {
                    let c = &caches[cur];
                    if should_specialize(c) {
                        let list_int = f.peek(1).is_small_int() && is_exact(f.peek(2), &t().list);
                        specialize_to(instr, c, list_int.then_some(Op::StoreSubscrList));
                    }
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    if let Err(v) = fastpaths::store_subscr(&obj, &key, v) {
                        self.setitem(&obj, key, v)?;
                    }
                }
                Op::DeleteSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    self.delitem(&obj, &key)?;
                }
                Op::BinaryOpInt => {
                    let (Some(x), Some(y)) = (f.peek(2).as_small_int(), f.peek(1).as_small_int()) else {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    };
                    f.pop();
                    f.pop();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    let v = match self.small_int_binop(op, x, y) {
                        Some(v) => v,
                        None => self.binary_op(&Value::small_int(x), &Value::small_int(y), op, inplace)?,
                    };
                    f.push(v);
                }
                Op::BinaryOpFloat => {
                    if !float_operands(f.peek(2), f.peek(1)) {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    let v = match super::numeric::float_fast(op, &a, &b) {
                        Some(v) => v,
                        None => self.binary_op(&a, &b, op, inplace)?,
                    };
                    f.push(v);
                }
                Op::BinaryOp => {
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, binary_op_form(f.peek(2), f.peek(1)));
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    let v = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        match self.small_int_binop(op, x, y) {
                            Some(v) => v,
                            None => self.binary_op(&a, &b, op, inplace)?,
                        }
                    } else if let Some(v) = super::numeric::float_fast(op, &a, &b) {
                        v
                    } else {
                        self.binary_op(&a, &b, op, inplace)?
                    };
                    f.push(v);
                }
                Op::UnaryNegative => {
                    let a = f.pop();
                    let v = self.unary_op(&a, "__neg__")?;
                    f.push(v);
                }
                Op::UnaryPositive => {
                    let a = f.pop();
                    let v = self.unary_op(&a, "__pos__")?;
                    f.push(v);
                }
                Op::UnaryInvert => {
                    let a = f.pop();
                    let v = self.unary_op(&a, "__invert__")?;
                    f.push(v);
                }
                Op::UnaryNot => {
                    let a = f.pop();
                    let b = self.truthy(&a)?;
                    f.push(self.bool(!b));
                }
                Op::CompareOpInt => {
                    let (Some(x), Some(y)) = (f.peek(2).as_small_int(), f.peek(1).as_small_int()) else {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    };
                    f.pop();
                    f.pop();
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    f.push(self.bool(compare_i64(op, x, y)));
                }
                Op::CompareOpFloat => {
                    let (Some(x), Some(y)) = (f.peek(2).as_float(), f.peek(1).as_float()) else {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    };
                    f.pop();
                    f.pop();
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    f.push(self.bool(compare_f64(op, x, y)));
                }
                Op::CompareOpStr => {
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    match fastpaths::str_compare(f.peek(2), f.peek(1), op) {
                        Some(r) => {
                            f.pop();
                            f.pop();
                            f.push(self.bool(r));
                        }
                        None => {
                            back_off(instr, &caches[cur]);
                            ip = cur;
                        }
                    }
                }
                Op::CompareOp => {
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, compare_op_form(f.peek(2), f.peek(1)));
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    let v = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        self.bool(compare_i64(op, x, y))
                    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                        self.bool(compare_f64(op, x, y))
                    } else if let Some(r) = if matches!(op, CompareOp::Eq | CompareOp::Ne) { fastpaths::str_eq(&a, &b, op == CompareOp::Ne) } else { None } {
                        self.bool(r)
                    } else {
                        self.compare(&a, &b, op)?
                    };
                    f.push(v);
                }
                Op::IsOp => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(self.bool(a.is(&b) != (arg == 1)));
                }
                Op::ContainsOp => {
                    let container = f.pop();
                    let item = f.pop();
                    let r = self.contains(&container, &item)?;
                    f.push(self.bool(r != (arg == 1)));
                }
                Op::Jump => ip = arg as usize,
                Op::JumpBackward => {
                    ip = arg as usize;
                    if super::interrupt::take_interrupt() {
                        return Err(PyErr::new_empty(&t().named("KeyboardInterrupt")));
                    }
                    if self.jit.enabled() {
                        f.ip = ip;
                        match crate::tier2::enter(self, f, arg) {
                            Entered::No => {}
                            // Compiled code left the frame at `f.ip`.
                            Entered::Deopt => ip = f.ip,
                            Entered::Return(v) => return Ok(FrameExit::Return(v)),
                            Entered::Error(e) => return Err(e),
                        }
                    }
                }
                Op::PopJumpIfFalse => {
                    let v = f.pop();
                    if !self.truthy_fast(&v)? {
                        ip = arg as usize;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = f.pop();
                    if self.truthy_fast(&v)? {
                        ip = arg as usize;
                    }
                }
                Op::PopJumpIfNone => {
                    let v = f.pop();
                    if self.is_none(&v) {
                        ip = arg as usize;
                    }
                }
                Op::PopJumpIfNotNone => {
                    let v = f.pop();
                    if !self.is_none(&v) {
                        ip = arg as usize;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    if !self.truthy_fast(f.top())? {
                        ip = arg as usize;
                    } else {
                        f.pop();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    if self.truthy_fast(f.top())? {
                        ip = arg as usize;
                    } else {
                        f.pop();
                    }
                }
                Op::GetIter => {
                    let v = f.pop();
                    let it = self.iter(&v)?;
                    f.push(it);
                }
                Op::ForIterRange | Op::ForIterList | Op::ForIterTuple => {
                    match fastpaths::iter_step(f.top()) {
                        Some(Some(v)) => f.push(v),
                        Some(None) => {
                            f.pop();
                            ip = arg as usize;
                        }
                        None => {
                            if !fastpaths::iter_is(f.top(), instr.op.get()) {
                                back_off(instr, &caches[cur]);
                            }
                            let it = f.top().clone();
                            match self.next(&it)? {
                                Some(v) => f.push(v),
                                None => {
                                    f.pop();
                                    ip = arg as usize;
                                }
                            }
                        }
                    }
                }
                Op::ForIter => {
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, for_iter_form(f.top()));
                    }
                    if let Some(step) = fastpaths::iter_step(f.top()) {
                        match step {
                            Some(v) => f.push(v),
                            None => {
                                f.pop();
                                ip = arg as usize;
                            }
                        }
                        continue;
                    }
                    let it = f.top().clone();
                    match self.next(&it)? {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            ip = arg as usize;
                        }
                    }
                }
                Op::BuildTuple => {
                    let items = pop_n(f, arg as usize);
                    f.push(self.tuple(items));
                }
                Op::BuildList => {
                    let items = pop_n(f, arg as usize);
                    f.push(self.list(items));
                }
                Op::BuildSet => {
                    let items = pop_n(f, arg as usize);
                    let s = self.set();
                    for it in items {
                        s.downcast::<SetData>().expect("set").add(self, it)?;
                    }
                    f.push(s);
                }
                Op::BuildMap => {
                    let items = pop_n(f, 2 * arg as usize);
                    let d = self.dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.downcast::<DictData>().expect("dict").set_item(self, k, v)?;
                    }
                    f.push(d);
                }
                Op::BuildConstKeyMap => {
                    let keys = f.pop();
                    let vals = pop_n(f, arg as usize);
                    let d = self.dict();
                    let keys = keys.downcast::<TupleData>().expect("const key tuple").0.to_vec();
                    for (k, v) in keys.into_iter().zip(vals) {
                        d.downcast::<DictData>().expect("dict").set_item(self, k, v)?;
                    }
                    f.push(d);
                }
                Op::BuildString => {
                    let parts = pop_n(f, arg as usize);
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(crate::object::str::as_str(p).expect("BUILD_STRING of strs"));
                    }
                    f.push(self.str(s));
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { f.pop() } else { self.none() };
                    let stop = f.pop();
                    let start = f.pop();
                    f.push(alloc(&t().slice, SliceData { start, stop, step }, None));
                }
                Op::ListAppend => {
                    let v = f.pop();
                    let list = f.peek(arg as usize);
                    list.downcast::<ListData>().expect("list").0.borrow_mut().push(v);
                }
                Op::SetAdd => {
                    let v = f.pop();
                    let set = f.peek(arg as usize).clone();
                    set.downcast::<SetData>().expect("set").add(self, v)?;
                }
                Op::MapAdd => {
                    let v = f.pop();
                    let k = f.pop();
                    let d = f.peek(arg as usize).clone();
                    d.downcast::<DictData>().expect("dict").set_item(self, k, v)?;
                }
                Op::ListExtend => {
                    let it = f.pop();
                    let list = f.peek(arg as usize).clone();
                    self.list_extend_for_unpack(&list, &it)?;
                }
                Op::SetUpdate => {
                    let it = f.pop();
                    let set = f.peek(arg as usize).clone();
                    for v in self.collect(&it)? {
                        set.downcast::<SetData>().expect("set").add(self, v)?;
                    }
                }
                Op::DictUpdate => {
                    let m = f.pop();
                    let d = f.peek(arg as usize).clone();
                    self.dict_update_for_unpack(&d, &m, None)?;
                }
                Op::DictMerge => {
                    let m = f.pop();
                    let d = f.peek(arg as usize).clone();
                    // The callable sits below the dict, the args tuple and the self/NULL slot.
                    let func = f.peek(arg as usize + 2).clone();
                    self.dict_update_for_unpack(&d, &m, Some(&func))?;
                }
                Op::ListToTuple => {
                    let l = f.pop();
                    let items = l.downcast::<ListData>().expect("list").0.borrow().clone();
                    f.push(self.tuple(items));
                }
                Op::UnpackSequence => {
                    let seq = f.pop();
                    if !fastpaths::unpack(f, &seq, arg as usize) {
                        self.unpack_sequence(f, seq, arg as usize)?;
                    }
                }
                Op::UnpackEx => {
                    let seq = f.pop();
                    self.unpack_ex(f, seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
                }
                Op::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let v = match arg & 3 {
                        1 => self.to_str(&v)?,
                        2 => self.repr(&v)?,
                        3 => self.ascii(&v)?,
                        _ => v,
                    };
                    let out = self.format(&v, spec.as_ref())?;
                    f.push(out);
                }
                Op::ReturnValue => {
                    let v = f.pop();
                    return Ok(FrameExit::Return(v));
                }
                Op::YieldValue => {
                    let v = f.pop();
                    f.ip = ip;
                    return Ok(FrameExit::Yield(v));
                }
                Op::Send => {
                    let v = f.pop();
                    let recv = f.top().clone();
                    match self.send(&recv, v)? {
                        Ok(yielded) => f.push(yielded),
                        Err(ret) => {
                            f.pop();
                            f.push(ret);
                            ip = arg as usize;
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = f.pop();
                    let it = if v.downcast::<crate::object::generator::GeneratorData>().is_some() { v } else { self.iter(&v)? };
                    f.push(it);
                }
                Op::RaiseVarargs => return Err(self.do_raise(f, arg)),
                Op::Reraise => {
                    // The saved lasti below the exception (arg != 0) only
                    // matters for CPython's f_lasti; the handler is looked up
                    // at this RERAISE, and the traceback already holds the
                    // original line, so it is left on the stack to be unwound.
                    let exc = f.pop();
                    return Err(PyErr::from_object(exc));
                }
                Op::PushExcInfo => {
                    let exc = f.pop();
                    let prev = self.handled_exc.replace(exc.clone()).unwrap_or_else(|| self.none());
                    f.push(prev);
                    f.push(exc);
                }
                Op::PopExcept => {
                    let prev = f.pop();
                    self.handled_exc = if self.is_none(&prev) { None } else { Some(prev) };
                }
                Op::CheckExcMatch => {
                    let ty = f.pop();
                    let exc = f.top().clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    f.push(self.bool(m));
                }
                Op::WithExceptStart => {
                    let exc = f.peek(1).clone();
                    let exit = f.peek(4).clone();
                    let ty = self.type_of(&exc);
                    let tb = self.traceback_of(&exc);
                    let r = self.call(&exit, &[ty, exc, tb])?;
                    f.push(r);
                }
                Op::BeforeWith => {
                    let ctx = f.pop();
                    let (enter, exit) = self.with_methods(&ctx)?;
                    f.push(exit);
                    let r = self.call(&enter, &[])?;
                    f.push(r);
                }
                Op::SetupAnnotations => {
                    let locals = f.locals.clone().expect("SETUP_ANNOTATIONS needs locals");
                    let key = self.name("__annotations__");
                    if self.mapping_get(&locals, &key)?.is_none() {
                        let d = self.dict();
                        self.mapping_set(&locals, key, d)?;
                    }
                }
                Op::ImportName => {
                    let fromlist = f.pop();
                    let level = f.pop();
                    let name = code.names[arg as usize].clone();
                    let m = self.import_name(f, &name, &fromlist, &level)?;
                    f.push(m);
                }
                Op::ImportFrom => {
                    let m = f.top().clone();
                    let v = self.import_from(&m, &consts[nconsts + arg as usize])?;
                    f.push(v);
                }
                Op::ImportStar => {
                    let m = f.pop();
                    self.import_star(f, &m)?;
                }
                Op::MakeFunction => {
                    let v = self.make_function(f, arg)?;
                    f.push(v);
                }
                Op::LoadBuildClass => {
                    let v = self.load_global(f, &self.name("__build_class__"))?;
                    f.push(v);
                }
                Op::CallPyExact => {
                    let v = match self.try_call_py_exact(f, arg as usize) {
                        Some(r) => r?,
                        None => {
                            back_off(instr, &caches[cur]);
                            self.call_from_stack(f, arg as usize, None)?
                        }
                    };
                    f.push(v);
                }
                Op::Call => {
                    let c = &caches[cur];
                    let v = match self.try_call_py_exact(f, arg as usize) {
                        Some(r) => {
                            if should_specialize(c) {
                                instr.op.set(Op::CallPyExact);
                            }
                            r?
                        }
                        None => {
                            if should_specialize(c) {
                                back_off(instr, c);
                            }
                            self.call_from_stack(f, arg as usize, None)?
                        }
                    };
                    f.push(v);
                }
                Op::CallKw => {
                    let names = f.pop();
                    let v = self.call_from_stack(f, arg as usize, Some(names))?;
                    f.push(v);
                }
                Op::CallFunctionEx => {
                    let kwargs = if arg & 1 != 0 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let b = f.pop();
                    let a = f.pop();
                    let (callable, selfv) = if a.is(&t().null) { (b, None) } else { (a, Some(b)) };
                    let v = self.call_ex(&callable, selfv, &args, kwargs.as_ref())?;
                    f.push(v);
                }
                Op::LoadAssertionError => f.push(t().named("AssertionError")),
                Op::GetLen => {
                    let n = self.len(f.top())?;
                    f.push(self.int(n as i64));
                }
                Op::MatchMapping => {
                    let m = self.match_mapping(f.top());
                    f.push(self.bool(m));
                }
                Op::MatchSequence => {
                    let m = self.match_sequence(f.top());
                    f.push(self.bool(m));
                }
                Op::MatchKeys => {
                    let keys = f.top().clone();
                    let subject = f.peek(2).clone();
                    let v = self.match_keys(&subject, &keys)?;
                    f.push(v);
                }
                Op::MatchClass => {
                    let names = f.pop();
                    let cls = f.pop();
                    let subject = f.pop();
                    let v = self.match_class(&subject, &cls, arg as usize, &names)?;
                    f.push(v);
                }
                Op::PrintExpr => {
                    let v = f.pop();
                    if !self.is_none(&v) {
                        let r = self.repr_string(&v)?;
                        self.write_stdout(&r)?;
                        self.write_stdout("\n")?;
                        let b = self.builtins.clone();
                        b.downcast::<DictData>().expect("builtins dict").set_str(self.name("_"), v);
                    }
                }
                Op::RaiseNotImplemented => {
                    let msg = self.to_string_lossy(&consts[arg as usize]);
                    return Err(crate::object::exception::not_implemented_error(msg));
                }
            }
        }
    }

    fn do_raise(&mut self, f: &mut Frame, argc: u32) -> PyErr {
        match argc {
            0 => match &self.handled_exc {
                Some(e) => PyErr::from_object(e.clone()),
                None => crate::object::exception::runtime_error("No active exception to reraise"),
            },
            1 => {
                let exc = f.pop();
                match self.make_exception(&exc) {
                    Ok(e) => PyErr::from_object(e),
                    Err(e) => e,
                }
            }
            _ => {
                let cause = f.pop();
                let exc = f.pop();
                let e = match self.make_exception(&exc) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let cause = if self.is_none(&cause) {
                    None
                } else {
                    match self.make_exception(&cause) {
                        Ok(c) => Some(c),
                        Err(_) => return crate::object::exception::type_error("exception causes must derive from BaseException"),
                    }
                };
                if let Some(d) = e.downcast::<ExceptionData>() {
                    d.cause.set(cause);
                    d.suppress_context.set(true);
                }
                PyErr::from_object(e)
            }
        }
    }
}


/// Jumps to the exception handler covering `frame.lasti` (unwinding the
/// stack, pushing the lasti if the entry asks for it, then the exception);
/// gives the exception back if no handler covers the instruction.
pub fn enter_handler(frame: &mut Frame, exc: Value) -> Result<(), Value> {
    match frame.code.handler_for(frame.lasti as u32).copied() {
        Some(h) => {
            frame.stack.truncate(h.depth as usize);
            if h.lasti {
                frame.push(Value::small_int(frame.lasti as i64));
            }
            frame.push(exc);
            frame.ip = h.target as usize;
            Ok(())
        }
        None => Err(exc),
    }
}

/// Pops `n` values, returning them in stack order (deepest first).
#[inline]
pub fn pop_n(f: &mut Frame, n: usize) -> Vec<Value> {
    let at = f.stack.len() - n;
    f.stack.split_off(at)
}
