//! The native module `_weakref`: the weak reference type (`weakref.ref`,
//! named `weakref.ReferenceType` as in CPython), `getweakrefcount` and
//! `getweakrefs`. The referent bookkeeping is `object::weak`'s side table;
//! `weakref.py` builds proxies, the weak containers and `finalize` on top.
//!
//! A reference made without a callback by `ref` itself (not a subclass) is
//! shared: `ref(o) is ref(o)`, as in CPython. Callbacks run at the VM's next
//! safe point after the referent dies (`Vm::run_finalizers`).

use std::cell::Cell;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, t};
use crate::object::weak::{self, WeakId};
use crate::object::*;
use crate::vm::Vm;

/// The state of a weak reference object.
struct WeakState {
    /// Its entry in the side table (`None` until registered).
    id: Cell<Option<WeakId>>,
    /// The callback given at creation.
    callback: Option<Value>,
    /// The referent's hash, once computed (kept after the referent dies).
    hash: Cell<Option<i64>>,
}

impl Drop for WeakState {
    fn drop(&mut self) {
        // Unregister first: the callback dropped after this may free the
        // referent, whose clearing must no longer see this object.
        if let Some(id) = self.id.get() {
            weak::unregister(id);
        }
    }
}

impl NativeState for WeakState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(c) = &self.callback {
            visit(c);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

thread_local! {
    static REF_TYPE: Value = make_ref_type();
}

/// The weak reference type (`weakref.ref`).
pub fn ref_type() -> Value {
    REF_TYPE.with(Value::clone)
}

fn state<R>(v: &Value, f: impl FnOnce(&WeakState) -> R) -> Option<R> {
    v.downcast::<StateData>()?.with::<WeakState, _>(f)
}

fn has_callback(v: &Value) -> bool {
    state(v, |s| s.callback.is_some()).unwrap_or(false)
}

/// The referent of weak reference object `v`, if it is one and the referent lives.
pub fn referent(v: &Value) -> Option<Value> {
    state(v, |s| s.id.get()).flatten().and_then(weak::upgrade)
}

/// Whether `obj` may be weakly referenced, as CPython decides per type.
fn weakrefable(vm: &Vm, obj: &Value) -> bool {
    let Some(h) = obj.as_header() else { return false };
    let td = h.type_data();
    if h.ext().is_some() {
        return td.has_dict || td.slot_names.borrow().iter().any(|s| &**s == "__weakref__");
    }
    match td.kind {
        Kind::Function | Kind::Set | Kind::Type | Kind::Generator | Kind::Coroutine | Kind::Method | Kind::Code | Kind::Module | Kind::Builtin => true,
        Kind::State => {
            let name = vm.qualified_type_name(obj);
            matches!(name.as_str(), "collections.deque" | "functools.partial" | "re.Pattern" | "array.array")
                || name.starts_with("_io.")
        }
        _ => false,
    }
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("weakref.__new__(): not enough arguments")) };
    if rest.is_empty() {
        return Err(type_error("__new__ expected at least 1 argument, got 0"));
    }
    if rest.len() > 2 {
        return Err(type_error(format!("__new__ expected at most 2 arguments, got {}", rest.len())));
    }
    let target = &rest[0];
    let callback = rest.get(1).filter(|c| !c.is(&t().none)).cloned();
    if !weakrefable(vm, target) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", vm.qualified_type_name(target))));
    }
    let exact = cls.is(&ref_type());
    if exact && callback.is_none() {
        let shared = weak::refs_to(target).into_iter().find(|w| vm.type_of(w).is(&ref_type()) && !has_callback(w));
        if let Some(w) = shared {
            return Ok(w);
        }
    }
    let obj = alloc(cls, StateData::new(WeakState { id: Cell::new(None), callback, hash: Cell::new(None) }), None);
    let id = weak::register(target, &obj);
    state(&obj, |s| s.id.set(id));
    Ok(obj)
}

/// `ref.__init__`: the arguments were taken by `__new__` (subclasses may
/// add their own `__init__` with more parameters).
fn ref_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn this<'a>(p: &'a [Value], what: &str) -> PyResult<&'a Value> {
    match p.first() {
        Some(v) if state(v, |_| ()).is_some() => Ok(v),
        _ => Err(type_error(format!("descriptor '{what}' requires a 'weakref.ReferenceType' object"))),
    }
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let me = this(p, "__call__")?;
    if p.len() > 1 || args.has_kwargs() {
        return Err(type_error(format!("weakref expected 0 arguments, got {}", p.len() - 1 + args.kwargs().count())));
    }
    Ok(referent(me).unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(args.pos(), "__hash__")?;
    if let Some(h) = state(me, |s| s.hash.get()).flatten() {
        return Ok(vm.int(h));
    }
    let Some(target) = referent(me) else { return Err(type_error("weak object has gone away")) };
    let h = vm.hash(&target)?;
    state(me, |s| s.hash.set(Some(h)));
    Ok(vm.int(h))
}

fn compare(vm: &mut Vm, args: Args, ne: bool) -> PyResult<Value> {
    let p = args.pos();
    let me = this(p, if ne { "__ne__" } else { "__eq__" })?;
    let Some(other) = p.get(1).filter(|o| state(o, |_| ()).is_some()) else { return Ok(t().not_implemented.clone()) };
    match (referent(me), referent(other)) {
        (Some(a), Some(b)) => {
            let op = if ne { crate::bytecode::CompareOp::Ne } else { crate::bytecode::CompareOp::Eq };
            vm.compare(&a, &b, op)
        }
        _ => Ok(vm.bool(me.is(other) != ne)),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, false)
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, true)
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(args.pos(), "__repr__")?;
    let at = crate::builtins::reflect::id_of(me);
    let text = match referent(me) {
        None => format!("<weakref at {at:#x}; dead>"),
        Some(target) => {
            let name = vm.qualified_type_name(&target);
            let tid = crate::builtins::reflect::id_of(&target);
            match vm.getattr(&target, &vm.name("__name__")).ok().filter(|n| crate::object::str::as_str(n).is_some()) {
                Some(n) => {
                    let r = vm.repr(&n)?;
                    format!("<weakref at {at:#x}; to '{name}' at {tid:#x} ({})>", crate::object::str::as_str(&r).unwrap_or(""))
                }
                None => format!("<weakref at {at:#x}; to '{name}' at {tid:#x}>"),
            }
        }
    };
    Ok(vm.str(text))
}

fn get_callback(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    Ok(state(me, |s| s.callback.clone()).flatten().unwrap_or_else(|| vm.none()))
}

fn make_ref_type() -> Value {
    let ty = new_builtin_subtype::<StateData>("ReferenceType", "weakref.ReferenceType", "weakref", &t().object, crate::object::typeobj::tflags::BASETYPE);
    add_method(&ty, "__new__", ref_new, BuiltinKind::StaticMethod);
    add_method(&ty, "__init__", ref_init, BuiltinKind::Method);
    add_method(&ty, "__call__", ref_call, BuiltinKind::Method);
    add_method(&ty, "__hash__", ref_hash, BuiltinKind::Method);
    add_method(&ty, "__eq__", ref_eq, BuiltinKind::Method);
    add_method(&ty, "__ne__", ref_ne, BuiltinKind::Method);
    add_method(&ty, "__repr__", ref_repr, BuiltinKind::Method);
    add_getset(&ty, "__callback__", get_callback, None);
    weak::set_callback_test(has_callback);
    ty
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::native_fns::exact(args, "_weakref", "getweakrefcount", 1)?;
    Ok(vm.int(weak::refs_to(&p[0]).len() as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::native_fns::exact(args, "_weakref", "getweakrefs", 1)?;
    Ok(vm.list(weak::refs_to(&p[0])))
}

/// Creates the `_weakref` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)];
    let m = super::native_fns::module_with_fns(vm, "_weakref", fns)?;
    super::native_fns::set(vm, &m, "ref", ref_type());
    super::native_fns::set(vm, &m, "ReferenceType", ref_type());
    Ok(m)
}
