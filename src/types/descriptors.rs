//! The methods of `member_descriptor` (a `__slots__` entry) and
//! `getset_descriptor` (a native attribute of a builtin type): the
//! descriptor protocol called explicitly (`__get__`, `__set__`,
//! `__delete__`), `__name__`, `__qualname__` and CPython's reprs. Attribute
//! access itself does not come here: `Vm::descr_get` and
//! `Vm::generic_setattr` handle these descriptors inline.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method, t};
use crate::object::*;
use crate::vm::Vm;

/// The descriptor `args[0]`: its name and the name of the type defining it.
fn describe(v: &Value) -> PyResult<(String, String)> {
    match v.downcast::<NativeData>() {
        Some(NativeData::Member { name, owner, .. }) => Ok((name.to_string(), owner.to_string())),
        Some(NativeData::GetSet { name, owner, .. }) => Ok((name.to_string(), owner.to_string())),
        _ => Err(type_error("descriptor method called on another object")),
    }
}

fn descr_of<'a>(args: &Args<'a>, what: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = args.pos();
    if !args.kwnames.is_empty() || p.len() < min + 1 || p.len() > max + 1 {
        return Err(type_error(format!("{what} expected {min} to {max} arguments, got {}", p.len().saturating_sub(1))));
    }
    describe(&p[0])?;
    Ok(p)
}

/// Refuses `obj` unless the descriptor is what its type has under that
/// name (so the object has the layout the descriptor reads), with
/// CPython's message.
fn check_applies(vm: &mut Vm, desc: &Value, obj: &Value) -> PyResult<()> {
    let (name, owner) = describe(desc)?;
    let ty = vm.type_of(obj);
    if vm.type_lookup(&ty, &name).is_some_and(|d| d.is(desc)) {
        return Ok(());
    }
    Err(type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", vm.type_name(obj))))
}

fn d_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = descr_of(&args, "__get__", 1, 2)?;
    let (desc, obj) = (&p[0], &p[1]);
    if vm.is_none(obj) {
        if p.len() == 2 || vm.is_none(&p[2]) {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        return Ok(desc.clone());
    }
    check_applies(vm, desc, obj)?;
    let ty = vm.type_of(obj);
    vm.descr_get(desc.clone(), Some(obj), &ty)
}

fn store(vm: &mut Vm, desc: &Value, obj: &Value, v: Option<Value>) -> PyResult<Value> {
    check_applies(vm, desc, obj)?;
    let (name, _) = describe(desc)?;
    let name = vm.str(name);
    vm.generic_setattr(obj, &name, v)?;
    Ok(vm.none())
}

fn d_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = descr_of(&args, "__set__", 2, 2)?;
    store(vm, &p[0], &p[1], Some(p[2].clone()))
}

fn d_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = descr_of(&args, "__delete__", 1, 1)?;
    store(vm, &p[0], &p[1], None)
}

fn d_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = descr_of(&args, "__repr__", 0, 0)?;
    let (name, owner) = describe(&p[0])?;
    let kind = if matches!(p[0].downcast::<NativeData>(), Some(NativeData::Member { .. })) { "member" } else { "attribute" };
    Ok(vm.str(format!("<{kind} '{name}' of '{owner}' objects>")))
}

fn d_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(describe(v)?.0))
}

fn d_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (name, owner) = describe(v)?;
    Ok(vm.str(format!("{owner}.{name}")))
}

/// Installs the methods on both descriptor types.
pub fn install() {
    let r = t();
    for ty in [&r.member_descriptor, &r.getset_descriptor] {
        add_method(ty, "__get__", d_get, BuiltinKind::Method);
        add_method(ty, "__set__", d_set, BuiltinKind::Method);
        add_method(ty, "__delete__", d_delete, BuiltinKind::Method);
        add_method(ty, "__repr__", d_repr, BuiltinKind::Method);
        add_getset(ty, "__name__", d_name, None);
        add_getset(ty, "__qualname__", d_qualname, None);
    }
}
