//! The `_functools` module: native `reduce`, `cmp_to_key` (the
//! `functools.KeyWrapper` type, whose instances compare through the user's
//! `cmp` function), `partial` (`functools_partial.rs`) and the
//! `lru_cache` wrapper type (`functools_lru.rs`). `functools` itself is
//! Python glue (`pysrc/functools.py`) importing these.

use std::sync::OnceLock;

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr};
use crate::object::*;
use crate::vm::Vm;

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::native_fns::range(args, "_functools", "reduce", 2, 3).map_err(|e| {
        if args.has_kwargs() {
            type_error("reduce() takes no keyword arguments")
        } else {
            e
        }
    })?;
    let it = match vm.iter(&p[1]) {
        Ok(it) => it,
        Err(e) if vm.is_subtype(&e.exc_type(), &t().named("TypeError")) => return Err(type_error("reduce() arg 2 must support iteration")),
        Err(e) => return Err(e),
    };
    let mut acc = match p.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(type_error("reduce() of empty iterable with no initial value")),
        },
    };
    let f = &p[0];
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(f, &[acc, x])?;
    }
    Ok(acc)
}

/// A `cmp_to_key` object: `cmp` with no `obj` (the key function), or a
/// key wrapping `obj`.
struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

impl NativeState for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        if let Some(o) = &self.obj {
            visit(o);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn key_parts(v: &Value) -> Option<(Value, Option<Value>)> {
    v.downcast::<StateData>()?.with::<KeyWrapper, _>(|k| (k.cmp.clone(), k.obj.clone()))
}

fn key_type() -> Value {
    static TYPE: OnceLock<()> = OnceLock::new();
    TYPE.get_or_init(|| {
        let ty = new_builtin_subtype::<StateData>("KeyWrapper", "functools.KeyWrapper", "functools", &t().object, 0);
        add_method(&ty, "__call__", key_call, BuiltinKind::Method);
        add_getset(&ty, "obj", key_obj, Some(key_set_obj));
        let ops: [(&'static str, NativeFn); 6] = [("__lt__", k_lt), ("__le__", k_le), ("__eq__", k_eq), ("__ne__", k_ne), ("__gt__", k_gt), ("__ge__", k_ge)];
        for (name, f) in ops {
            add_method(&ty, name, f, BuiltinKind::Method);
        }
        set_type_attr(&ty, "__hash__", t().none.clone());
    });
    t().named("functools.KeyWrapper")
}

/// `cmp_to_key(mycmp)`.
fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("cmp_to_key").bind(&["mycmp"], 1)?;
    let cmp = p[0].clone().expect("required");
    let _ = vm;
    Ok(alloc(&key_type(), StateData::new(KeyWrapper { cmp, obj: None }), None))
}

/// `K(obj)`: a key wrapping `obj` with the same `cmp`.
fn key_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.all[0];
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("K").bind(&["obj"], 1)?;
    let obj = p[0].clone().expect("required");
    let Some((cmp, _)) = key_parts(me) else { return Err(type_error(format!("descriptor '__call__' requires a 'functools.KeyWrapper' object but received a '{}'", vm.type_name(me)))) };
    Ok(alloc(&key_type(), StateData::new(KeyWrapper { cmp, obj: Some(obj) }), None))
}

fn key_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match key_parts(v) {
        Some((_, Some(o))) => Ok(o),
        Some((_, None)) => Ok(vm.none()),
        None => Err(type_error(format!("descriptor 'obj' requires a 'functools.KeyWrapper' object but received a '{}'", vm.type_name(v)))),
    }
}

fn key_set_obj(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    v.downcast::<StateData>().and_then(|s| s.with_mut::<KeyWrapper, _>(|k| k.obj = new));
    Ok(())
}

/// `self <op> other`: `cmp(self.obj, other.obj) <op> 0`.
fn key_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser("K").positional(2, 2)?;
    let (Some((cmp, a)), other) = (key_parts(&p[0]), &p[1]) else { return Err(type_error("other argument must be K instance")) };
    if !vm.type_of(other).is(&vm.type_of(&p[0])) {
        return Err(type_error("other argument must be K instance"));
    }
    let (_, b) = key_parts(other).ok_or_else(|| type_error("other argument must be K instance"))?;
    let (Some(a), Some(b)) = (a, b) else { return Err(attribute_error("object")) };
    let r = vm.call(&cmp, &[a, b])?;
    vm.compare(&r, &vm.int(0), op)
}

fn k_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Lt)
}
fn k_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Le)
}
fn k_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Eq)
}
fn k_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Ne)
}
fn k_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Gt)
}
fn k_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, args, CompareOp::Ge)
}

/// Creates the `_functools` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[("reduce", reduce), ("cmp_to_key", cmp_to_key)];
    let m = super::native_fns::module_with_fns(vm, "_functools", fns)?;
    super::native_fns::set(vm, &m, "partial", super::functools_partial::partial_type());
    super::native_fns::set(vm, &m, "KeyWrapper", key_type());
    super::native_fns::set(vm, &m, "_lru_cache_wrapper", super::functools_lru::lru_type());
    Ok(m)
}
