//! Calling: dispatch on the callable's layout, Python-function frames with
//! CPython's argument binding and error messages, generators, MAKE_FUNCTION,
//! running module code, and the few builtins that need the caller's frame
//! (`super()`, `globals()`, `locals()`, `vars()`, `dir()`, `exec`, `eval`).

use std::rc::Rc;

use crate::bytecode::code::flags;
use crate::bytecode::{Code, Op};
use crate::error::{PyErr, PyResult};
use crate::object::exception::{recursion_error, type_error, value_error};
use crate::object::generator::{gen_body, GeneratorData};
use crate::object::*;

use super::call_builtin::is_frame_builtin;
use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;

/// What the frame-aware builtins see of their caller.
pub struct FrameCtx {
    /// The caller's globals.
    pub globals: Value,
    /// The caller's locals mapping (a fresh dict snapshot for function frames).
    pub locals: Value,
}

impl Vm {
    /// `callable(*args)`. A plain Python function (what native code calls
    /// back most: key functions, `map`, `filter`, ...) runs straight away,
    /// without the general dispatch.
    #[inline]
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        if callable.downcast::<FunctionData>().is_some() {
            return self.call_function(callable, None, args, &[]);
        }
        self.call_kw(callable, args, &[])
    }

    /// `callable(*args)` where the last `kwnames.len()` args are keywords.
    pub fn call_kw(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Some(h) = callable.as_header() else {
            return Err(type_error(format!("'{}' object is not callable", self.type_name(callable))));
        };
        match h.type_data().kind {
            Kind::Function => self.call_function(callable, None, args, kwnames),
            Kind::Builtin => {
                let b = h.downcast::<BuiltinData>().expect("builtin");
                if let Some(e) = super::call_builtin::call_error(self, b, args, kwnames.len(), false) {
                    return Err(e);
                }
                match &b.self_ {
                    Some(s) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(s.clone());
                        all.extend_from_slice(args);
                        (b.func)(self, Args { all: &all, kwnames })
                    }
                    None => (b.func)(self, Args { all: args, kwnames }),
                }
            }
            Kind::Method => {
                let m = h.downcast::<MethodData>().expect("method");
                let (func, selfv) = (m.func.clone(), m.self_.clone());
                self.call_with_self(&func, selfv, args, kwnames)
            }
            Kind::Type => self.call_type(callable, args, kwnames),
            Kind::State => self.call_native_state(callable, args, kwnames),
            _ => match self.lookup_special(callable, "__call__") {
                Some(c) => self.call_kw(&c, args, kwnames),
                None => Err(type_error(format!("'{}' object is not callable", self.type_name(callable)))),
            },
        }
    }

    /// Calls an instance of a native-module type (`functools.partial`,
    /// `operator.itemgetter`, ...): a native `__call__` runs directly on
    /// the arguments with the instance first, without a bound method.
    fn call_native_state(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let ty = self.type_of(callable);
        if let Some(c) = self.type_lookup_v(&ty, &self.names.call.clone()) {
            if let Some(b) = c.downcast::<BuiltinData>().filter(|b| b.kind == BuiltinKind::Method && b.self_.is_none()) {
                let f = b.func;
                // Up to two arguments: no heap allocation for the argument list.
                return match args {
                    [] => f(self, Args { all: std::slice::from_ref(callable), kwnames }),
                    [a] => f(self, Args { all: &[callable.clone(), a.clone()], kwnames }),
                    [a, b] => f(self, Args { all: &[callable.clone(), a.clone(), b.clone()], kwnames }),
                    _ => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args);
                        f(self, Args { all: &all, kwnames })
                    }
                };
            }
            let c = self.descr_get(c, Some(callable), &ty)?;
            return self.call_kw(&c, args, kwnames);
        }
        Err(type_error(format!("'{}' object is not callable", self.type_name(callable))))
    }

    /// Calls `func` with `selfv` prepended to the arguments.
    pub fn call_with_self(&mut self, func: &Value, selfv: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if func.downcast::<FunctionData>().is_some() {
            return self.call_function(func, Some(selfv), args, kwnames);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(selfv);
        all.extend_from_slice(args);
        self.call_kw(func, &all, kwnames)
    }

    /// Whether the CALL of `argc` arguments about to run calls a builtin
    /// function or method (`call_from_stack` takes those on the stack
    /// slice): no Python frame to try to enter.
    #[inline(always)]
    pub fn calls_builtin(f: &Frame, argc: usize) -> bool {
        let start = f.stack.len() - argc;
        let null = f.stack[start - 2].is(&t().null);
        let at = if null { start - 1 } else { start - 2 };
        let c = &f.stack[at];
        c.downcast::<BuiltinData>().is_some() || (null && c.downcast::<TypeData>().is_some_and(|td| !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE)))
    }

    /// CALL / CALL_KW from the stack layout `[NULL|callable, callable|self, args...]`.
    pub fn call_from_stack(&mut self, f: &mut Frame, argc: usize, kwnames: Option<Value>) -> PyResult<Value> {
        let n = f.stack.len();
        let start = n - argc;
        if kwnames.is_none() {
            // Generator functions: the generator made on the stack's arguments.
            if let Some(g) = self.enter_gen_call(f, argc) {
                return Ok(g);
            }
            // Builtin functions and method descriptors: called on the stack slice.
            let is_null = f.stack[start - 2].is(&t().null);
            let (at, first_arg) = if is_null { (start - 1, start) } else { (start - 2, start - 1) };
            if let Some(b) = f.stack[at].downcast::<BuiltinData>() {
                if let Some(e) = super::call_builtin::call_error(self, b, &f.stack[first_arg..], 0, !is_null) {
                    f.stack.truncate(start - 2);
                    return Err(e);
                }
                if b.self_.is_none() && !is_frame_builtin(b) {
                    let func = b.func;
                    let r = func(self, Args { all: &f.stack[first_arg..], kwnames: &[] });
                    f.stack.truncate(start - 2);
                    return r;
                }
                // A bound builtin method (`random.randint`, `lst.append`
                // stored in a variable): its self takes the callable's slot.
                let bound = match &b.self_ {
                    Some(s) if is_null && !is_frame_builtin(b) => Some((b.func, s.clone())),
                    _ => None,
                };
                if let Some((func, s)) = bound {
                    let method = std::mem::replace(&mut f.stack[at], s);
                    let r = func(self, Args { all: &f.stack[at..], kwnames: &[] });
                    drop(method);
                    f.stack.truncate(start - 2);
                    return r;
                }
            }
        }
        // `cls(args...)` of a builtin class: `[cls, args...]` is on the stack.
        if kwnames.is_none() && f.stack[start - 2].is(&t().null) {
            if let Some(r) = self.call_builtin_type(&f.stack[start - 1..]) {
                f.stack.truncate(start - 2);
                return r;
            }
        }
        let names: Vec<Value> = match &kwnames {
            Some(t) => t.downcast::<TupleData>().expect("kwnames tuple").0.to_vec(),
            None => Vec::new(),
        };
        let is_null = f.stack[start - 2].is(&t().null);
        let callable = if is_null { f.stack[start - 1].clone() } else { f.stack[start - 2].clone() };
        let result = if is_null {
            if let Some(r) = self.frame_aware_call(f, &callable, argc, &names) {
                r
            } else {
                let args = &f.stack[start..];
                self.call_kw(&callable, args, &names)
            }
        } else if callable.downcast::<FunctionData>().is_some() {
            let args = &f.stack[start - 1..];
            self.call_function(&callable, None, args, &names)
        } else {
            let args = &f.stack[start - 1..];
            self.call_kw(&callable, args, &names)
        };
        f.stack.truncate(start - 2);
        result
    }

    /// Runs a fresh (non-generator) function frame to completion, with the
    /// recursion-limit and Ctrl-C checks, and recycles its buffers.
    #[inline(always)]
    fn run_function_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            self.recycle_frame(frame);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        if super::interrupt::take_interrupt() {
            self.recycle_frame(frame);
            return Err(PyErr::new_empty(&t().named("KeyboardInterrupt")));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle_frame(frame);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(crate::object::exception::system_error("yield in a non-generator frame")),
        }
    }

    /// `super()`, `globals()`, ... called directly: handled with the caller's frame.
    fn frame_aware_call(&mut self, f: &Frame, callable: &Value, argc: usize, names: &[Value]) -> Option<PyResult<Value>> {
        let h = callable.as_header()?;
        if callable.is(&t().super_) && argc == 0 {
            return Some(self.zero_arg_super(f));
        }
        let b = h.downcast::<BuiltinData>()?;
        if b.self_.is_some() || !is_frame_builtin(b) {
            return None;
        }
        let ctx = match self.frame_ctx_of(f) {
            Ok(c) => c,
            Err(e) => return Some(Err(e)),
        };
        let saved = self.frame_ctx.replace(ctx);
        let n = f.stack.len();
        let r = (b.func)(self, Args { all: &f.stack[n - argc..], kwnames: names });
        let ctx = std::mem::replace(&mut self.frame_ctx, saved);
        // Writes through locals() of a module/class body land in the real mapping already.
        drop(ctx);
        Some(r)
    }

    /// The globals and a locals mapping of frame `f`.
    pub fn frame_ctx_of(&mut self, f: &Frame) -> PyResult<FrameCtx> {
        let locals = match &f.locals {
            Some(l) => l.clone(),
            None => {
                let d = self.dict();
                let dd = d.downcast::<DictData>().expect("dict");
                for (i, name) in f.code.varnames.iter().enumerate() {
                    if let Some(v) = &f.fast[i] {
                        dd.set_str(self.name(name), v.clone());
                    }
                }
                let nl = f.code.nlocals();
                for i in 0..f.code.ncells() {
                    if let Some(cell) = &f.fast[nl + i] {
                        if let Some(v) = cell.downcast::<CellData>().and_then(|c| c.0.get()) {
                            dd.set_str(self.name(f.code.deref_name(i)), v);
                        }
                    }
                }
                d
            }
        };
        Ok(FrameCtx { globals: f.globals.clone(), locals })
    }

    /// The globals of the calling Python frame (for frame-aware builtins).
    pub fn current_globals(&mut self) -> Value {
        match &self.frame_ctx {
            Some(c) => c.globals.clone(),
            None => self.main_globals(),
        }
    }

    /// The locals of the calling Python frame (for frame-aware builtins).
    pub fn current_locals(&mut self) -> Value {
        match &self.frame_ctx {
            Some(c) => c.locals.clone(),
            None => self.main_globals(),
        }
    }

    fn main_globals(&mut self) -> Value {
        let key = self.name("__main__");
        let m = self.modules.downcast::<DictData>().and_then(|d| d.get_name(&key));
        match m.as_ref().and_then(|m| m.downcast::<ModuleData>()) {
            Some(md) => md.dict.clone(),
            None => self.dict(),
        }
    }

    fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        // The checks in CPython's order (and with its messages).
        let code = &f.code;
        let rt = crate::object::exception::runtime_error;
        if code.argcount == 0 {
            return Err(rt("super(): no arguments"));
        }
        let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
            Some(ci) => f.fast[code.nlocals() + ci].as_ref().and_then(|c| c.downcast::<CellData>().and_then(|c| c.0.get())),
            None => f.fast[0].clone(),
        };
        let first = first.ok_or_else(|| rt("super(): arg[0] deleted"))?;
        let err = || rt("super(): __class__ cell not found");
        let idx = code.freevars.iter().position(|n| &**n == "__class__").ok_or_else(err)?;
        let cell = f.fast[code.nlocals() + code.cellvars.len() + idx].clone().ok_or_else(err)?;
        let cls = cell.downcast::<CellData>().and_then(|c| c.0.get()).ok_or_else(|| rt("super(): empty __class__ cell"))?;
        let sup = t().super_.clone();
        self.call(&sup, &[cls, first])
    }

    /// CALL_FUNCTION_EX.
    pub fn call_ex(&mut self, callable: &Value, selfv: Option<Value>, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let mut all: Vec<Value> = Vec::new();
        if let Some(s) = selfv {
            all.push(s);
        }
        match args.downcast::<TupleData>() {
            Some(tp) => all.extend(tp.0.iter().cloned()),
            None => {
                let iterable = self.lookup_special(args, "__iter__").is_some() || self.lookup_special(args, "__getitem__").is_some();
                if !iterable {
                    let fs = self.function_str(callable);
                    return Err(type_error(format!("{fs} argument after * must be an iterable, not {}", self.type_name(args))));
                }
                all.extend(self.collect(args)?)
            }
        }
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            let d = kw.downcast::<DictData>().expect("CALL_FUNCTION_EX kwargs is a dict");
            for (k, v) in d.items() {
                if crate::object::str::as_str(&k).is_none() {
                    return Err(type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
            }
        }
        self.call_kw(callable, &all, &names)
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for error messages.
    pub fn function_str(&mut self, f: &Value) -> String {
        let qual = match self.getattr_opt(f, "__qualname__") {
            Ok(Some(q)) => self.to_string_lossy(&q),
            _ => return self.type_name(f).to_string(),
        };
        match self.getattr_opt(f, "__module__") {
            Ok(Some(m)) if !self.is_none(&m) && crate::object::str::as_str(&m) != Some("builtins") => format!("{}.{}()", self.to_string_lossy(&m), qual),
            _ => format!("{qual}()"),
        }
    }

    /// MAKE_FUNCTION.
    pub fn make_function(&mut self, f: &mut Frame, fl: u32) -> PyResult<Value> {
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        self.new_function(&globals, &builtins, fl, || f.pop())
    }

    /// MAKE_FUNCTION with flags `fl` in a frame with `globals` / `builtins`,
    /// its operands given top first by `pop` (the code object, then the
    /// closure, annotations, keyword defaults and defaults its flags ask for).
    pub fn new_function(&mut self, globals: &Value, builtins: &Value, fl: u32, mut pop: impl FnMut() -> Value) -> PyResult<Value> {
        let codev = pop();
        let closure = if fl & 8 != 0 { Some(pop()) } else { None };
        let annotations = if fl & 4 != 0 { Some(pop()) } else { None };
        let kwdefaults = if fl & 2 != 0 { Some(pop()) } else { None };
        let defaults = if fl & 1 != 0 { Some(pop()) } else { None };
        let code = codev.downcast::<CodeData>().expect("MAKE_FUNCTION of a code object").0.clone();
        let ann = match annotations {
            Some(a) => {
                let d = self.dict();
                if let Some(tp) = a.downcast::<TupleData>() {
                    for pair in tp.0.chunks(2) {
                        if let [k, v] = pair {
                            d.downcast::<DictData>().expect("dict").set_item(self, k.clone(), v.clone())?;
                        }
                    }
                }
                Some(d)
            }
            None => None,
        };
        let strs = code.func_strs.get_or_init(|| crate::bytecode::code::FuncStrs {
            name: self.str(&*code.name),
            qualname: self.str(&*code.qualname),
            doc: code.docstring.as_ref().map(|d| self.str(&**d)),
            module_key: self.name("__name__"),
            module_ix: std::cell::Cell::new((0, 0)),
        });
        let module = module_name(globals, strs);
        let doc = strs.doc.clone();
        let fd = FunctionData {
            name: ValueCell::new(Some(strs.name.clone())),
            qualname: ValueCell::new(Some(strs.qualname.clone())),
            defaults: ValueCell::new(defaults),
            kwdefaults: ValueCell::new(kwdefaults),
            closure,
            doc: ValueCell::new(doc),
            module: ValueCell::new(module),
            annotations: ValueCell::new(ann),
            dict: ValueCell::default(),
            globals: globals.clone(),
            builtins: builtins.clone(),
            code,
        };
        Ok(alloc(&t().function, fd, None))
    }

    /// Runs module-level (or `exec`) code in `globals` / `locals`.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Value, locals: Option<Value>) -> PyResult<Value> {
        let builtins = self.builtins.clone();
        let n = code.nlocals() + code.ncells();
        let mut frame = Frame {
            globals: globals.clone(),
            builtins,
            locals: Some(locals.unwrap_or(globals)),
            fast: vec![None; n],
            stack: Vec::with_capacity(code.stacksize as usize),
            ip: 0,
            lasti: 0,
            func: None,
            code,
        };
        self.init_cells(&mut frame, None);
        // Module and exec frames count towards the recursion limit, as in CPython.
        if self.depth >= self.recursion_limit {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(crate::object::exception::system_error("yield outside a generator frame")),
        }
    }

    pub(super) fn init_cells(&mut self, frame: &mut Frame, closure: Option<&Value>) {
        let code = frame.code.clone();
        let nl = code.nlocals();
        for (i, c2a) in code.cell2arg.iter().enumerate() {
            let init = c2a.and_then(|a| frame.fast[a as usize].take());
            frame.fast[nl + i] = Some(self.cell(init));
        }
        if let Some(cl) = closure.and_then(|c| c.downcast::<TupleData>()) {
            for (i, cell) in cl.0.iter().enumerate() {
                frame.fast[nl + code.cellvars.len() + i] = Some(cell.clone());
            }
        }
    }

    /// Calls a Python function (optionally with a bound self first).
    pub fn call_function(&mut self, func: &Value, selfv: Option<Value>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        // Positional arguments the parameters take as they are (bound
        // methods, `__init__`, dunders called natively): a pooled frame.
        if kwnames.is_empty() {
            if let Some(r) = self.call_py_bound(func, selfv.as_ref(), args) {
                return r;
            }
        }
        let fd = func.downcast::<FunctionData>().expect("function");
        let code = fd.code.clone();
        let n = code.nlocals() + code.ncells();
        let mut fast = self.take_fast(n);
        if let Err(e) = self.bind_args(fd, &code, &mut fast, selfv, args, kwnames) {
            fast.clear();
            self.fast_pool.push(fast);
            return Err(e);
        }
        let stack = self.take_stack(code.stacksize as usize);
        let mut frame = Frame::for_call(func.clone(), fast, stack);
        self.init_cells(&mut frame, fd.closure.as_ref());
        if code.flags & flags::SUSPENDS != 0 {
            let g = GeneratorData::new(Box::new(frame), fd.name.get(), fd.qualname.get(), code.flags);
            if code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
                return Ok(super::coroutine::new_coroutine(g, code));
            }
            return Ok(alloc(&t().generator, g, None));
        }
        self.run_function_frame(frame)
    }

    fn bind_args(&mut self, fd: &FunctionData, code: &Code, fast: &mut [Option<Value>], selfv: Option<Value>, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
        let argcount = code.argcount as usize;
        // Fast path: exactly the positional parameters, nothing else.
        if kwnames.is_empty() && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && code.kwonlyargcount == 0 && args.len() + selfv.is_some() as usize == argcount {
            let mut i = 0;
            if let Some(s) = selfv {
                fast[0] = Some(s);
                i = 1;
            }
            for (slot, a) in fast[i..argcount].iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
            return Ok(());
        }
        let kwonly = code.kwonlyargcount as usize;
        let npos_given = args.len() - kwnames.len() + selfv.is_some() as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let pos_iter = selfv.into_iter().chain(args[..args.len() - kwnames.len()].iter().cloned());
        let mut extra = Vec::new();
        for (i, v) in pos_iter.enumerate() {
            if i < argcount {
                fast[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        let qual = || fd.qualname.get().and_then(|q| crate::object::str::as_str(&q).map(str::to_string)).unwrap_or_default();
        if !extra.is_empty() && !has_varargs {
            let ndefaults = fd.defaults.get().and_then(|d| d.downcast::<TupleData>().map(|t| t.0.len())).unwrap_or(0);
            let kw_given = kwnames.iter().filter(|k| code.varnames[argcount..argcount + kwonly].iter().any(|n| Some(&**n) == crate::object::str::as_str(k))).count();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos_given,
                    if npos_given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", npos_given, if npos_given == 1 { "was" } else { "were" })
            };
            return Err(type_error(format!("{}() takes {} but {}", qual(), takes, given)));
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            fast[slot] = Some(self.tuple(extra));
            slot += 1;
        }
        let kwdict = if has_varkw {
            let d = self.dict();
            fast[slot] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let kwvals = &args[args.len() - kwnames.len()..];
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvals) {
            let name = crate::object::str::as_str(k).unwrap_or("");
            let pos = code.varnames[..argcount + kwonly].iter().position(|n| &**n == name);
            match pos {
                Some(i) if i >= code.posonlyargcount as usize => {
                    if fast[i].is_some() {
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", qual(), name)));
                    }
                    fast[i] = Some(v.clone());
                }
                _ => match &kwdict {
                    Some(d) => {
                        d.downcast::<DictData>().expect("dict").set_item(self, k.clone(), v.clone())?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", qual(), name)));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if fast[..argcount].iter().any(|s| s.is_none()) {
            let defaults = fd.defaults.get();
            let defs: &[Value] = defaults.as_ref().and_then(|d| d.downcast::<TupleData>()).map(|t| &t.0[..]).unwrap_or(&[]);
            let first_default = argcount - defs.len();
            let mut missing = Vec::new();
            for i in 0..argcount {
                if fast[i].is_none() {
                    if i >= first_default {
                        fast[i] = Some(defs[i - first_default].clone());
                    } else {
                        missing.push(code.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(type_error(format!("{}() missing {} required positional argument{}: {}", qual(), missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
            }
        }
        if kwonly > 0 {
            let kwd = fd.kwdefaults.get();
            let mut missing = Vec::new();
            for (slot, name) in fast[argcount..argcount + kwonly].iter_mut().zip(&code.varnames[argcount..]) {
                if slot.is_none() {
                    match kwd.as_ref().and_then(|d| d.downcast::<DictData>()).and_then(|d| d.get_str(name)) {
                        Some(v) => *slot = Some(v),
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(type_error(format!("{}() missing {} required keyword-only argument{}: {}", qual(), missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
            }
        }
        Ok(())
    }

    /// Calls a type: metaclass `__call__`, else `__new__` then `__init__`.
    fn call_type(&mut self, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let r = t();
        if args.len() == 1 && kwnames.is_empty() {
            let a = &args[0];
            if cls.is(&r.type_) {
                return Ok(self.type_of(a));
            }
            // `str(s)`, `int(i)`, `float(f)`, `tuple(t)` of an exact instance
            // return it unchanged, as CPython's constructors do (`map(str, ...)`).
            if (cls.is(&r.str_) || cls.is(&r.int) || cls.is(&r.float) || cls.is(&r.tuple)) && self.type_of(a).is(cls) {
                return Ok(a.clone());
            }
            if let Some(res) = self.call_builtin_type(&[cls.clone(), a.clone()]) {
                return res;
            }
        }
        let meta = self.type_of(cls);
        if !meta.is(&r.type_) {
            if let Some(call) = self.type_lookup_v(&meta, &self.names.call.clone()) {
                if call.downcast::<FunctionData>().is_some() {
                    return self.call_with_self(&call, cls.clone(), args, kwnames);
                }
            }
        }
        let new = self.type_lookup_v(cls, &self.names.new.clone()).expect("object defines __new__");
        if let Some(r) = self.call_plain_class(cls, &meta, &new, args, kwnames) {
            return r;
        }
        if let Some(r) = self.call_exception_class(cls, &meta, &new, args, kwnames) {
            return r;
        }
        let new = match new.downcast::<NativeData>() {
            Some(NativeData::StaticMethod(f)) => f.get().expect("staticmethod wraps a callable"),
            _ => new,
        };
        let obj = self.call_with_self(&new, cls.clone(), args, kwnames)?;
        if !self.is_instance(&obj, cls) {
            return Ok(obj);
        }
        let init = self.type_lookup_v(cls, &self.names.init.clone()).expect("object defines __init__");
        // `object.__init__` does nothing but reject arguments when `__new__`
        // is `object.__new__` too: skip the call when it cannot raise.
        if is_object_builtin(&init, "__init__") && ((args.is_empty() && kwnames.is_empty()) || (self.type_of(&obj).is(cls) && !is_object_builtin(&new, "__new__"))) {
            return Ok(obj);
        }
        let res = self.call_with_self(&init, obj.clone(), args, kwnames)?;
        if !self.is_none(&res) {
            return Err(type_error(format!("__init__() should return None, not '{}'", self.type_name(&res))));
        }
        Ok(obj)
    }

    /// `cls(*args)` with `all` = `[cls, args...]` (as laid out on the
    /// stack) for a builtin class (not a heap type) of metaclass `type`
    /// whose `__new__` is a native static method and `__init__` is
    /// `object.__init__`: `__new__` runs on `all` directly, with no
    /// argument vector built, then what `call_type` does after `__new__`.
    /// `None`: not such a class.
    fn call_builtin_type(&mut self, all: &[Value]) -> Option<PyResult<Value>> {
        let (_, func, _) = self.builtin_type_new(&all[0])?;
        Some(match func(self, Args { all, kwnames: &[] }) {
            Ok(obj) => self.builtin_type_after_new(all, obj),
            Err(e) => Err(e),
        })
    }

    /// For a builtin class (not a heap type, metaclass `type`, not `type`
    /// or `super`) whose `__new__` is a native function and whose
    /// `__init__` is `object.__init__`: the `__new__` object, its function,
    /// and whether it is `object.__new__`. Builtin classes are immutable, so
    /// the answer holds for the class's lifetime (CALL_BUILTIN caches it).
    pub(super) fn builtin_type_new(&mut self, cls: &Value) -> Option<(Value, NativeFn, bool)> {
        let r = t();
        let td = cls.downcast::<TypeData>()?;
        if td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) || cls.is(&r.type_) || cls.is(&r.super_) || !self.type_of(cls).is(&r.type_) {
            return None;
        }
        let new = self.type_lookup_v(cls, &self.names.new.clone())?;
        let func = match new.downcast::<BuiltinData>() {
            Some(b) if b.self_.is_none() => b.func,
            _ => return None,
        };
        let init = self.type_lookup_v(cls, &self.names.init.clone())?;
        if !is_object_builtin(&init, "__init__") {
            return None;
        }
        let is_object_new = is_object_builtin(&new, "__new__");
        Some((new, func, is_object_new))
    }

    /// The rest of `cls(args...)` (`all` = `[cls, args...]`) once the
    /// builtin `__new__` gave `obj`: `object.__init__` runs when CPython's
    /// `type_call` would call it (an instance of a subclass, or
    /// `object.__new__` with arguments).
    pub(super) fn builtin_type_after_new(&mut self, all: &[Value], obj: Value) -> PyResult<Value> {
        let (cls, args) = (&all[0], &all[1..]);
        let new = match self.type_lookup_v(cls, &self.names.new.clone()) {
            Some(n) => n,
            None => return Ok(obj),
        };
        let init = match self.type_lookup_v(cls, &self.names.init.clone()) {
            Some(i) => i,
            None => return Ok(obj),
        };
        if !self.is_instance(&obj, cls) || args.is_empty() || (self.type_of(&obj).is(cls) && !is_object_builtin(&new, "__new__")) {
            return Ok(obj);
        }
        match self.call_with_self(&init, obj.clone(), args, &[]) {
            Ok(res) if self.is_none(&res) => Ok(obj),
            Ok(res) => Err(type_error(format!("__init__() should return None, not '{}'", self.type_name(&res)))),
            Err(e) => Err(e),
        }
    }

    /// Fast path of `cls(*args)` for a plain class: metaclass `type`,
    /// `object.__new__` and a Python `__init__`. The instance is allocated
    /// directly (what `object.__new__` would do, its argument check being
    /// moot with a custom `__init__`) and `__init__` runs on it. `None`: not
    /// such a class.
    fn call_plain_class(&mut self, cls: &Value, meta: &Value, new: &Value, args: &[Value], kwnames: &[Value]) -> Option<PyResult<Value>> {
        let r = t();
        if !meta.is(&r.type_) || cls.downcast::<TypeData>()?.kind != Kind::Object {
            return None;
        }
        let names_new = self.names.new.clone();
        if !self.type_lookup_v(&r.object, &names_new).is_some_and(|o| o.is(new)) {
            return None;
        }
        let init = self.type_lookup_v(cls, &self.names.init.clone())?;
        init.downcast::<FunctionData>()?;
        let obj = alloc(cls, (), None);
        Some(match self.call_function(&init, Some(obj.clone()), args, kwnames) {
            Ok(res) if self.is_none(&res) => Ok(obj),
            Ok(res) => Err(type_error(format!("__init__() should return None, not '{}'", self.type_name(&res)))),
            Err(e) => Err(e),
        })
    }

    /// Fast path of `cls(*args)` for an exception class whose `__new__` is
    /// `BaseException.__new__` and whose `__init__` is `BaseException.__init__`
    /// or a Python function: the instance is built once with `args` (what
    /// both builtin methods would leave) and a Python `__init__` runs on it.
    /// Keyword arguments, three or more arguments, and OSError itself with two
    /// (where `__new__` picks the subclass for the errno) take the general path. `None`: not such a call.
    fn call_exception_class(&mut self, cls: &Value, meta: &Value, new: &Value, args: &[Value], kwnames: &[Value]) -> Option<PyResult<Value>> {
        if !kwnames.is_empty() || args.len() > 2 || !meta.is(&t().type_) || !crate::types::exception::is_base_exception_new(new) {
            return None;
        }
        if !cls.downcast::<TypeData>()?.has_flag(crate::object::typeobj::tflags::EXCEPTION) {
            return None;
        }
        if args.len() == 2 && cls.is(&t().named("OSError")) {
            return None; // `__new__` picks the subclass for the errno
        }
        let init = self.type_lookup_v(cls, &self.names.init.clone())?;
        if crate::types::exception::is_base_exception_init(&init) {
            return Some(Ok(crate::types::exception::new_exception(self, cls, args.to_vec())));
        }
        init.downcast::<FunctionData>()?;
        let obj = crate::types::exception::new_exception(self, cls, args.to_vec());
        Some(match self.call_function(&init, Some(obj.clone()), args, kwnames) {
            Ok(res) if self.is_none(&res) => Ok(obj),
            Ok(res) => Err(type_error(format!("__init__() should return None, not '{}'", self.type_name(&res)))),
            Err(e) => Err(e),
        })
    }

    /// Resumes a generator with `v`: `Ok(Ok(yielded))` or `Ok(Err(returned))`.
    pub fn gen_send(&mut self, gen: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        self.gen_step(gen_body(gen).expect("generator"), v)
    }

    /// Resumes a generator by sending `input` (Ok) or throwing it (Err).
    pub fn gen_resume(&mut self, gen: &Value, input: Result<Value, PyErr>) -> PyResult<Result<Value, Value>> {
        let gd = gen_body(gen).expect("generator");
        if gd.running.get() {
            return Err(value_error(format!("{} already executing", gd.what())));
        }
        let Some(mut frame) = gd.frame.borrow_mut().take() else {
            return match input {
                Ok(_) => Ok(Err(self.none())),
                Err(e) => Err(e),
            };
        };
        if let Ok(v) = &input {
            if !gd.started.get() && !self.is_none(v) {
                *gd.frame.borrow_mut() = Some(frame);
                return Err(type_error(format!("can't send non-None value to a just-started {}", gd.what())));
            }
        }
        if self.depth >= self.recursion_limit {
            *gd.frame.borrow_mut() = Some(frame);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        let was_started = gd.started.replace(true);
        gd.running.set(true);
        self.depth += 1;
        let outer = self.enter_gen_exc(gd);
        let r = match input {
            Ok(v) => {
                if was_started {
                    frame.push(v);
                }
                self.run_frame(&mut frame)
            }
            Err(e) => self.throw_into(&mut frame, e, was_started),
        };
        self.leave_gen_exc(gd, outer);
        self.depth -= 1;
        self.finish_resume(gd, frame, r)
    }

    /// An exception leaving the frame of a generator (`what` as
    /// `GeneratorData::what` says): StopIteration becomes RuntimeError
    /// (PEP 479), and so does StopAsyncIteration in an async generator.
    pub(super) fn generator_error(&mut self, e: PyErr, what: &str) -> PyErr {
        let st = t().named("StopIteration");
        let msg = if self.is_subtype(&e.exc_type(), &st) {
            format!("{what} raised StopIteration")
        } else if what == "async generator" && self.is_subtype(&e.exc_type(), &t().named("StopAsyncIteration")) {
            format!("{what} raised StopAsyncIteration")
        } else {
            return e;
        };
        let cause = self.normalize(e);
        let new = self.normalize(crate::object::exception::runtime_error(msg));
        if let Some(d) = new.downcast::<ExceptionData>() {
            d.cause.set(Some(cause.clone()));
            d.context.set(Some(cause));
            d.suppress_context.set(true);
        }
        PyErr::from_object(new)
    }

    /// Raises `err` inside a suspended generator frame (or delegates it to a
    /// `yield from` sub-iterator first).
    fn throw_into(&mut self, frame: &mut Frame, err: PyErr, started: bool) -> PyResult<FrameExit> {
        if !started {
            return Err(err);
        }
        let code = frame.code.clone();
        let delegating = frame.ip >= 2 && code.instrs[frame.ip - 2].op.get() == Op::Send;
        if delegating {
            let recv = frame.top().clone();
            let is_exit = self.is_subtype(&err.exc_type(), &t().named("GeneratorExit"));
            let sub: PyResult<Result<Value, Value>> = if gen_body(&recv).is_some() {
                if is_exit {
                    self.gen_close(&recv).map(|_| Err(self.none()))
                } else {
                    self.gen_resume(&recv, Err(err))
                }
            } else if is_exit {
                if let Some(close) = self.getattr_opt(&recv, "close")? {
                    self.call(&close, &[])?;
                }
                Err(err)
            } else {
                match self.getattr_opt(&recv, "throw")? {
                    Some(throw) => {
                        let exc = self.normalize(err);
                        match self.call(&throw, &[exc]) {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) => {
                                if self.is_subtype(&e.exc_type(), &t().named("StopIteration")) {
                                    let ex = self.normalize(e);
                                    let v = self.getattr_str(&ex, "value")?;
                                    Ok(Err(v))
                                } else {
                                    Err(e)
                                }
                            }
                        }
                    }
                    None => Err(err),
                }
            };
            match sub {
                Ok(Ok(y)) => return Ok(FrameExit::Yield(y)),
                Ok(Err(ret)) if !is_exit => {
                    frame.pop();
                    frame.push(ret);
                    frame.ip = code.instrs[frame.ip - 2].arg as usize;
                    return self.run_frame(frame);
                }
                Ok(Err(_)) => {
                    let e = PyErr::new_empty(&t().named("GeneratorExit"));
                    return self.resume_with_error(frame, e);
                }
                Err(e) => return self.resume_with_error(frame, e),
            }
        }
        self.resume_with_error(frame, err)
    }

    fn resume_with_error(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
        frame.lasti = frame.ip.saturating_sub(1);
        let exc = self.normalize(err);
        self.add_traceback(&exc, frame);
        match super::eval::enter_handler(frame, exc) {
            Ok(()) => self.run_frame(frame),
            Err(exc) => {
                self.keep_locals(&exc, frame);
                Err(PyErr::from_object(exc))
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<()> {
        let gd = gen_body(gen).expect("generator");
        if gd.frame.borrow().is_none() || !gd.started.get() {
            gd.frame.borrow_mut().take();
            return Ok(());
        }
        let what = gd.what();
        let exit = PyErr::new_empty(&t().named("GeneratorExit"));
        match self.gen_resume(gen, Err(exit)) {
            Ok(Ok(_)) => Err(crate::object::exception::runtime_error(format!("{what} ignored GeneratorExit"))),
            Ok(Err(_)) => Ok(()),
            Err(e) => {
                let ty = e.exc_type();
                if self.is_subtype(&ty, &t().named("GeneratorExit")) || self.is_subtype(&ty, &t().named("StopIteration")) {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }
}

/// `globals["__name__"]` for a new function's `__module__` (absent: None),
/// found through the entry index `strs` caches while the dict's keys stay
/// as they were (no hashing, no probing). The dict is read natively, as
/// CPython's `PyFunction_New` does.
#[inline]
fn module_name(globals: &Value, strs: &crate::bytecode::code::FuncStrs) -> Option<Value> {
    let g = globals.downcast::<DictData>()?;
    let kv = g.keys_version();
    let (cached_kv, ix) = strs.module_ix.get();
    if cached_kv == kv {
        if let Some(v) = g.value_at_key(ix as usize, &strs.module_key) {
            return Some(v);
        }
    }
    let ix = g.name_index(&strs.module_key)?;
    if let Ok(ix32) = u32::try_from(ix) {
        strs.module_ix.set((kv, ix32));
    }
    g.value_at(ix)
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Whether `v` is `object`'s own builtin method `name` (unbound).
fn is_object_builtin(v: &Value, name: &str) -> bool {
    v.downcast::<BuiltinData>().is_some_and(|b| b.owner == "object" && b.name == name && b.self_.is_none())
}
