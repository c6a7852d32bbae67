//! The virtual machine: interpreter state (`Vm`) and the API that the eval
//! loop, builtin types and builtin functions share: calling, attribute
//! access, operators, conversions, iteration and object construction.
//! Each concern lives in its own file; this one holds the state and the
//! small constructors.

pub mod args;
pub mod attr;
pub mod cache;
pub mod carets;
pub mod call;
pub mod call_builtin;
pub mod class;
pub mod compare;
pub mod complex_arith;
pub mod convert;
pub mod coroutine;
pub mod env_options;
mod consts;
pub mod eval;
pub mod eval_rare;
mod run_frame;
pub mod fastpaths;
pub mod frame;
pub mod gcrun;
pub mod gen_fast;
pub mod gen_inline;
pub mod import;
pub mod instattr;
pub mod interrupt;
pub mod inline_call;
pub mod iterate;
pub mod names;
pub mod numeric;
pub mod ops;
pub mod pycache;
pub mod run_module;
pub mod seq_fuse;
pub mod specialize;
pub mod str_append;
pub mod unwind;
pub mod unwind_group;
pub mod except_star;

use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{PyErr, PyResult};
use crate::object::str::{intern, new_str};
use crate::object::*;

pub use args::ArgParser;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// One interpreter: its modules, exception state and I/O.
pub struct Vm {
    /// The `builtins` module's namespace.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled_exc: Option<Value>,
    /// Current Python call depth.
    pub depth: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Objects whose repr is in progress (for `[...]` on recursive containers).
    pub repr_stack: Vec<u64>,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.path`.
    pub path: Vec<String>,
    /// Whether the stdout is a terminal (then flush every line).
    pub line_buffered: bool,
    /// `-u` / `PYTHONUNBUFFERED`: flush stdout after every write.
    pub unbuffered: bool,
    /// The caller's frame as seen by frame-aware builtins (`globals()`, ...).
    pub frame_ctx: Option<call::FrameCtx>,
    /// The type attribute cache (see `attr.rs`).
    pub type_cache: Box<[std::cell::Cell<attr::TypeCacheEntry>]>,
    /// Interned names the VM looks up on hot paths.
    pub names: attr::HotNames,
    /// Reusable frame slot buffers (no allocation per call).
    pub fast_pool: Vec<Vec<Option<Value>>>,
    /// Reusable value-stack buffers.
    pub stack_pool: Vec<Vec<Value>>,
    /// The executing frames (for `sys._getframe`).
    pub frames: frame::FrameChain,
    /// Reusable boxed frames for inlined Python calls (`inline_call.rs`).
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// Reusable inlined-frame stacks of eval invocations.
    pub inlined_pool: Vec<inline_call::InlinedFrames>,
    /// The operands and BINARY_OP argument of each running BINARY_OP_PY
    /// dunder frame, innermost last (`inline_call::Resume`).
    pub binop_pending: Vec<(Value, Value, u32)>,
    /// Tier 2 (the JIT).
    pub jit: Box<crate::tier2::JitState>,
    /// The builtin iterator types in `ITER_TYPE_NAMES` order (filled on
    /// first use: creating an iterator looks its type up by index, not by
    /// hashing its name).
    pub iter_types: std::cell::OnceCell<Box<[Value]>>,
}

impl Vm {
    /// A fresh interpreter with the builtins and `sys` set up.
    pub fn new(argv: Vec<String>, path: Vec<String>) -> Vm {
        crate::object::registry::install_all();
        let env_level = env_options::python_optimize();
        if env_level > crate::compiler::optimize() {
            crate::compiler::set_optimize(env_level);
        }
        let r = t();
        let builtins = alloc(&r.dict, DictData::new(), None);
        let modules = alloc(&r.dict, DictData::new(), None);
        let mut vm = Vm {
            builtins,
            modules,
            handled_exc: None,
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            repr_stack: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            path,
            line_buffered: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            unbuffered: env_options::unbuffered(),
            frame_ctx: None,
            type_cache: (0..attr::TYPE_CACHE_SIZE).map(|_| std::cell::Cell::new(attr::TypeCacheEntry::default())).collect(),
            names: attr::HotNames::new(),
            fast_pool: Vec::new(),
            stack_pool: Vec::new(),
            frames: frame::FrameChain::default(),
            frame_pool: Vec::new(),
            inlined_pool: Vec::new(),
            binop_pending: Vec::new(),
            jit: Box::default(),
            iter_types: std::cell::OnceCell::new(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    // ----- constructors -----

    /// `None`.
    #[inline]
    pub fn none(&self) -> Value {
        t().none.clone()
    }
    /// `True` or `False`.
    #[inline]
    pub fn bool(&self, b: bool) -> Value {
        if b {
            t().true_.clone()
        } else {
            t().false_.clone()
        }
    }
    /// An int from an i64.
    #[inline]
    pub fn int(&self, i: i64) -> Value {
        crate::object::int_value(i)
    }
    /// An int from a big int (inline when it fits).
    pub fn bigint(&self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_small_int(i) {
                return v;
            }
        }
        alloc(&t().int, IntData(b), None)
    }
    /// A str.
    #[inline]
    pub fn str(&self, s: impl Into<Box<str>>) -> Value {
        new_str(s)
    }
    /// The interned str for a name.
    #[inline]
    pub fn name(&self, s: &str) -> Value {
        intern(s)
    }
    /// A list.
    pub fn list(&self, items: Vec<Value>) -> Value {
        alloc(&t().list, ListData::new(items), None)
    }
    /// A tuple.
    pub fn tuple(&self, items: Vec<Value>) -> Value {
        crate::object::tuple::new_tuple(items)
    }
    /// An empty dict.
    pub fn dict(&self) -> Value {
        alloc(&t().dict, DictData::new(), None)
    }
    /// An empty set.
    pub fn set(&self) -> Value {
        alloc(&t().set, SetData::new(), None)
    }
    /// bytes.
    pub fn bytes(&self, b: Vec<u8>) -> Value {
        alloc(&t().bytes, BytesData(b.into_boxed_slice()), None)
    }
    /// A new cell.
    pub fn cell(&self, v: Option<Value>) -> Value {
        alloc(&t().cell, CellData(ValueCell::new(v)), None)
    }
    /// A builtin function object (not bound, never binds).
    pub fn builtin_fn(&self, name: &'static str, func: NativeFn) -> Value {
        alloc(&t().builtin_function, BuiltinData { name, func, kind: BuiltinKind::Function, self_: None, owner: "", owner_ty: None, sig: Sig::Native }, None)
    }
    /// A builtin iterator of type `ty_name` in `state`.
    /// Inlined so that the name search folds away for a literal `ty_name`.
    #[inline]
    pub fn iterator(&self, ty_name: &str, state: crate::object::iter::IterState) -> Value {
        use crate::object::iter::ITER_TYPE_NAMES;
        match ITER_TYPE_NAMES.iter().position(|n| *n == ty_name) {
            Some(i) => self.iterator_of(i, state),
            None => alloc(&t().named(ty_name), crate::object::iter::IterData::new(state), None),
        }
    }

    /// A builtin iterator of the type `ITER_TYPE_NAMES[i]`.
    fn iterator_of(&self, i: usize, state: crate::object::iter::IterState) -> Value {
        use crate::object::iter::ITER_TYPE_NAMES;
        let types = self.iter_types.get_or_init(|| ITER_TYPE_NAMES.iter().map(|n| t().named(n)).collect());
        alloc(&types[i], crate::object::iter::IterData::new(state), None)
    }

    // ----- type queries -----

    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        if let Some(h) = v.as_header() {
            h.type_value()
        } else if v.is_small_int() {
            t().int.clone()
        } else {
            t().float.clone()
        }
    }
    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        if let Some(h) = v.as_header() {
            h.type_data().name()
        } else if v.is_small_int() {
            Rc::from("int")
        } else {
            Rc::from("float")
        }
    }
    /// Whether `sub` is `ty` or a subclass (by MRO).
    pub fn is_subtype(&self, sub: &Value, ty: &Value) -> bool {
        if sub.is(ty) {
            return true;
        }
        match sub.downcast::<TypeData>() {
            Some(td) => td.mro.borrow().iter().any(|m| m.is(ty)),
            None => false,
        }
    }
    /// `isinstance(v, ty)` for a type `ty` (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, ty: &Value) -> bool {
        if let Some(h) = v.as_header() {
            let tp = h.type_ptr();
            if std::ptr::eq(tp, ty.as_header().map_or(std::ptr::null(), |x| x as *const _)) {
                return true;
            }
            h.type_data().mro.borrow().iter().any(|m| m.is(ty))
        } else {
            let r = t();
            if v.is_small_int() {
                ty.is(&r.int) || ty.is(&r.object)
            } else {
                ty.is(&r.float) || ty.is(&r.object)
            }
        }
    }
    /// Whether `v` is an int (inline, big, bool or subclass).
    #[inline]
    pub fn is_int(&self, v: &Value) -> bool {
        v.is_small_int() || v.downcast::<IntData>().is_some()
    }
    /// Whether `v` is a float (inline or subclass instance).
    #[inline]
    pub fn is_float(&self, v: &Value) -> bool {
        v.is_float() || v.downcast::<FloatData>().is_some()
    }
    /// Whether `v` is `None`.
    #[inline]
    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&t().none)
    }

    // ----- output -----

    /// Writes text to standard output (buffered).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        if self.stdout.write_all(s.as_bytes()).is_err() {
            return Err(crate::object::exception::os_error("write to stdout failed"));
        }
        if self.unbuffered || (self.line_buffered && s.contains('\n')) {
            let _ = self.stdout.flush();
        }
        Ok(())
    }
    /// Flushes standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Runs pending `__del__` finalizers (called at safe points).
    #[cold]
    pub fn run_finalizers(&mut self) {
        loop {
            for name in crate::object::generator::take_unawaited() {
                self.warn_unawaited(&name);
            }
            let closed = self.close_dying_generators() | self.finalize_dying_async_generators();
            let objs = crate::object::header::take_pending_finalizers();
            let wrefs = crate::object::weak::take_pending_callbacks();
            if !closed && objs.is_empty() && wrefs.is_empty() {
                // The cycle collector's turn (it flags the same safe point).
                self.collect_if_due();
                if crate::object::header::has_pending_finalizers() {
                    continue;
                }
                return;
            }
            for obj in objs {
                self.call_finalizer(&obj);
            }
            self.run_weak_callbacks(wrefs);
        }
    }

    /// Marks `obj` finalized and runs its `__del__` once, reporting an
    /// exception as CPython does ("Exception ignored in: ...").
    pub fn call_finalizer(&mut self, obj: &Value) {
        if let Some(ext) = obj.as_header().and_then(|h| h.ext()) {
            ext.finalized.set(true);
        }
        if let Some(del) = self.lookup_special(obj, "__del__") {
            if let Err(e) = self.call(&del, &[]) {
                // CPython names the class's `__del__` function (not the
                // object) in the report.
                let ty = self.type_of(obj);
                let shown = self.type_lookup_v(&ty, &self.name("__del__")).filter(|f| f.downcast::<crate::object::FunctionData>().is_some());
                let _ = self.print_unraisable(e, "Exception ignored in", shown.as_ref().unwrap_or(obj));
            }
        }
    }

    /// Calls the callbacks of weak references whose referent died, each
    /// with the (dead) reference.
    pub fn run_weak_callbacks(&mut self, wrefs: Vec<Value>) {
        for wref in wrefs {
            let Ok(cb) = self.getattr(&wref, &self.name("__callback__")) else { continue };
            if cb.is(&crate::object::t().none) {
                continue;
            }
            if let Err(e) = self.call(&cb, std::slice::from_ref(&wref)) {
                let _ = self.print_unraisable(e, "Exception ignored in", &cb);
            }
        }
    }
}

/// Installs the methods of every builtin type (once per process).
pub fn install_builtin_type_methods() {
    crate::types::install_all();
}

/// Error helper: `TypeError` naming an unexpected type.
#[cold]
pub fn type_err(msg: impl Into<String>) -> PyErr {
    crate::object::exception::type_error(msg)
}
