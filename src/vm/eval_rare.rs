//! The eval loop's less frequent instructions, one instruction per call:
//! deletions, closures, the set/dict/slice builders, unpacking with a star,
//! exception-handler bookkeeping, `with`, imports, `MAKE_FUNCTION`,
//! `CALL_FUNCTION_EX` and pattern matching. None of them jumps, returns or
//! yields, so the eval loop and the JIT (through one helper that lends it
//! the frame with the value stack spilled) run the same code for them.

use crate::bytecode::Op;
use crate::error::{PyErr, PyResult};
use crate::object::exception::name_error;
use crate::object::*;

use super::eval::pop_n;
use super::frame::Frame;
use super::names::unbound_local;
use super::Vm;

impl Vm {
    /// Runs one instruction listed in [`is_rare`] on `f` (its `lasti` already
    /// set by the caller).
    pub fn exec_rare(&mut self, f: &mut Frame, op: Op, arg: u32) -> PyResult<()> {
        let code = f.code.clone();
        let consts = self.const_values(&code);
        let nconsts = code.consts.len();
        match op {
        Op::DeleteFast => {
            if f.fast[arg as usize].take().is_none() {
                return Err(unbound_local(&code.varnames[arg as usize]));
            }
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
        Op::DeleteName => {
            let name = &consts[nconsts + arg as usize];
            let locals = f.locals.clone().expect("DELETE_NAME needs locals");
            if !self.mapping_del(&locals, name)? {
                return Err(name_error(format!("name '{}' is not defined", code.names[arg as usize])));
            }
        }
        Op::DeleteGlobal => {
            let name = &code.names[arg as usize];
            if f.globals.downcast::<DictData>().expect("globals").del_str(name).is_none() {
                return Err(name_error(format!("name '{name}' is not defined")));
            }
        }
        Op::DeleteAttr => {
            let obj = f.pop();
            self.setattr(&obj, &consts[nconsts + arg as usize], None)?;
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
        Op::BuildSlice => {
            let step = if arg == 3 { f.pop() } else { self.none() };
            let stop = f.pop();
            let start = f.pop();
            f.push(alloc(&t().slice, SliceData { start, stop, step }, None));
        }
        Op::ListExtend => {
            let it = f.pop();
            let list = f.peek(arg as usize).clone();
            self.list_extend_for_unpack(&list, &it)?;
        }
        Op::SetUpdate => {
            // CPython's _PySet_Update: a set or frozenset operand (a constant
            // display's elements) is merged table to table, which decides
            // the iteration order of `{1, 2, 8, 16}`.
            let it = f.pop();
            let set = f.peek(arg as usize).clone();
            crate::types::set::set_update_from(self, set.downcast::<SetData>().expect("set"), &it)?;
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
        Op::UnpackEx => {
            let seq = f.pop();
            self.unpack_ex(f, seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
        }
        Op::GetYieldFromIter => {
            let v = f.pop();
            if super::coroutine::is_coroutine(&v) {
                return Err(crate::object::exception::type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
            }
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
        Op::CheckEgMatch | Op::PrepReraiseStar => self.exec_except_star(f, op)?,
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
        Op::GetAwaitable => {
            let v = f.pop();
            let it = self.get_awaitable(&v, arg)?;
            f.push(it);
        }
        Op::GetAiter => {
            let v = f.pop();
            let it = self.get_aiter(&v)?;
            f.push(it);
        }
        Op::GetAnext => {
            let it = f.top().clone();
            let aw = self.get_anext(&it)?;
            f.push(aw);
        }
        Op::EndAsyncFor => self.end_async_for(f)?,
        Op::BeforeAsyncWith => self.before_async_with(f)?,
        Op::AsyncGenWrap => {
            let v = f.pop();
            f.push(crate::types::async_gen::wrap_value(v));
        }
        Op::RaiseNotImplemented => {
            let msg = self.to_string_lossy(&consts[arg as usize]);
            return Err(crate::object::exception::not_implemented_error(msg));
        }
            _ => return Err(crate::object::exception::system_error(format!("{} is not run by exec_rare", op.name()))),
        }
        Ok(())
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

/// Whether `op` is run by [`Vm::exec_rare`].
pub fn is_rare(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        DeleteFast
            | DeleteDeref
            | LoadClosure
            | LoadClassderef
            | DeleteName
            | DeleteGlobal
            | DeleteAttr
            | BuildSet
            | BuildMap
            | BuildConstKeyMap
            | BuildSlice
            | ListExtend
            | SetUpdate
            | DictUpdate
            | DictMerge
            | ListToTuple
            | UnpackEx
            | GetYieldFromIter
            | RaiseVarargs
            | Reraise
            | PushExcInfo
            | PopExcept
            | CheckExcMatch
            | WithExceptStart
            | BeforeWith
            | SetupAnnotations
            | ImportName
            | ImportFrom
            | ImportStar
            | MakeFunction
            | LoadBuildClass
            | CallFunctionEx
            | LoadAssertionError
            | GetLen
            | MatchMapping
            | MatchSequence
            | MatchKeys
            | MatchClass
            | PrintExpr
            | RaiseNotImplemented
            | GetAwaitable
            | GetAiter
            | GetAnext
            | EndAsyncFor
            | BeforeAsyncWith
            | AsyncGenWrap
            | CheckEgMatch
            | PrepReraiseStar
    )
}
