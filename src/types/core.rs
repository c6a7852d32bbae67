//! Methods of the core types: `object`, `type`, `NoneType`,
//! `NotImplementedType` and `ellipsis`. Callables live in `callables.rs`,
//! introspection types (code, traceback, mappingproxy, GenericAlias) in
//! `introspect.rs`.

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::{ClassMethod, Method, StaticMethod};

pub(super) fn self_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error("descriptor needs an argument"))
}

/// The `type` instance a method of `type` is called on, or CPython's
/// TypeError for an unbound call on something else (`type.mro(1)`); `slot`:
/// the method is a slot wrapper (`__repr__`, `__call__`), whose message
/// differs from a method descriptor's.
fn type_self<'a>(vm: &Vm, args: &Args<'a>, method: &str, slot: bool) -> PyResult<&'a Value> {
    let me = args.pos().first().ok_or_else(|| {
        type_error(if slot { format!("descriptor '{method}' of 'type' object needs an argument") } else { format!("unbound method type.{method}() needs an argument") })
    })?;
    if me.downcast::<TypeData>().is_none() {
        let got = vm.type_name(me);
        return Err(type_error(if slot {
            format!("descriptor '{method}' requires a 'type' object but received a '{got}'")
        } else {
            format!("descriptor '{method}' for 'type' objects doesn't apply to a '{got}' object")
        }));
    }
    Ok(me)
}

pub(super) fn qualified_name(vm: &mut Vm, ty: &Value) -> String {
    let td = ty.downcast::<TypeData>().expect("type");
    let q = td.qualname.borrow().to_string();
    match vm.type_lookup(ty, "__module__").and_then(|m| as_str(&m).map(str::to_string)) {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        _ => q,
    }
}

// ----- object -----

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = self_of(&args)?.clone();
    let td = cls.downcast::<TypeData>().ok_or_else(|| type_error("object.__new__(X): X is not a type object"))?;
    if td.kind != Kind::Object {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", td.name(), td.name())));
    }
    if args.all.len() > 1 {
        let init = vm.type_lookup(&cls, "__init__");
        let obj_init = vm.type_lookup(&t().object, "__init__");
        if init.as_ref().zip(obj_init.as_ref()).is_some_and(|(a, b)| a.is(b)) {
            return Err(type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    check_not_abstract(vm, &cls)?;
    Ok(alloc(&cls, (), None))
}

/// `NoneType()`, `type(NotImplemented)()`, `type(...)()`: the singleton
/// itself (no arguments taken).
fn singleton_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = self_of(&args)?;
    let td = cls.downcast::<TypeData>().ok_or_else(|| type_error("__new__(X): X is not a type object"))?;
    let r = t();
    if args.all.len() > 1 || !args.kwnames.is_empty() {
        // (CPython's message calls `ellipsis` by its `types` name.)
        let name: &str = if cls.is(&r.ellipsis_type) { "EllipsisType" } else { &td.name() };
        return Err(type_error(format!("{name} takes no arguments")));
    }
    let one = if cls.is(&r.none_type) {
        &r.none
    } else if cls.is(&r.not_implemented_type) {
        &r.not_implemented
    } else if cls.is(&r.ellipsis_type) {
        &r.ellipsis
    } else {
        return Err(type_error(format!("{}.__new__() is not for subclasses", td.name())));
    };
    Ok(one.clone())
}

/// Refuses to instantiate a class whose `__abstractmethods__` (set by
/// `abc.ABCMeta`) is non-empty, with CPython's message.
fn check_not_abstract(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let Some(names) = vm.type_lookup(cls, "__abstractmethods__") else { return Ok(()) };
    if names.downcast::<TypeData>().is_some() || vm.len(&names).unwrap_or(0) == 0 {
        return Ok(());
    }
    let mut list = Vec::new();
    for n in vm.collect(&names)? {
        list.push(vm.str_string(&n)?);
    }
    list.sort();
    let td = cls.downcast::<TypeData>().expect("type");
    let s = if list.len() == 1 { "" } else { "s" };
    Err(type_error(format!("Can't instantiate abstract class {} with abstract method{s} {}", td.name(), list.join(", "))))
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    if args.all.len() > 1 {
        let ty = vm.type_of(me);
        let new = vm.type_lookup(&ty, "__new__");
        let obj_new = vm.type_lookup(&t().object, "__new__");
        if new.as_ref().zip(obj_new.as_ref()).is_some_and(|(a, b)| a.is(b)) {
            let n = ty.downcast::<TypeData>().expect("type").name();
            return Err(type_error(format!("{n}.__init__() takes exactly one argument (the instance to initialize)")));
        }
    }
    Ok(vm.none())
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let ty = vm.type_of(me);
    let n = qualified_name(vm, &ty);
    Ok(vm.str(format!("<{} object at {:#x}>", n, me.raw())))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    vm.repr(&me)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    Ok(if p[0].is(&p[1]) { vm.bool(true) } else { t().not_implemented.clone() })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ne__").positional(2, 2)?;
    let ty = vm.type_of(&p[0]);
    let eq = vm.type_lookup(&ty, "__eq__").expect("object defines __eq__");
    let r = vm.call_with_self(&eq, p[0].clone(), &[p[1].clone()], &[])?;
    if r.is(&t().not_implemented) {
        return Ok(r);
    }
    let b = vm.truthy(&r)?;
    Ok(vm.bool(!b))
}

fn not_implemented_cmp(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    Ok(vm.int((me.raw() >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__format__").positional(2, 2)?;
    if as_str(&p[1]).is_some_and(|s| !s.is_empty()) {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&p[0]))));
    }
    vm.to_str(&p[0])
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getattribute__").positional(2, 2)?;
    vm.generic_getattr(&p[0], &p[1])
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setattr__").positional(3, 3)?;
    vm.generic_setattr(&p[0], &p[1], Some(p[2].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__delattr__").positional(2, 2)?;
    vm.generic_setattr(&p[0], &p[1], None)?;
    Ok(vm.none())
}

fn object_init_subclass(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn object_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.type_of(v))
}

fn object_set_class(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let new = new.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
    let nt = new.downcast::<TypeData>().ok_or_else(|| type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(&new))))?;
    let h = v.as_header().ok_or_else(|| type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"))?;
    let old = h.type_data();
    if !old.has_flag(tflags::HEAPTYPE) || !nt.has_flag(tflags::HEAPTYPE) || old.kind != nt.kind || old.ext_offset != nt.ext_offset || old.slot_names.borrow().len() != nt.slot_names.borrow().len() {
        return Err(type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nt.name(), old.name())));
    }
    h.set_type(&new);
    Ok(())
}

pub(super) fn object_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(td) = v.downcast::<TypeData>() {
        return Ok(alloc(&t().mappingproxy, NativeData::MappingProxy(td.dict.clone()), None));
    }
    vm.instance_dict(v).ok_or_else(|| attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(v))))
}

/// `obj.__dict__ = d` and `del obj.__dict__` (instances of user classes).
fn object_dict_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let ext = v.as_header().filter(|h| h.type_data().has_dict && h.type_data().kind != Kind::Exception).and_then(|h| h.ext());
    let Some(ext) = ext else {
        return Err(attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(v))));
    };
    if let Some(d) = &new {
        if d.downcast::<DictData>().is_none() {
            return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(d))));
        }
    }
    let old_attrs = ext.attrs.take_all();
    let old = ext.dict.replace(new);
    drop(old_attrs);
    drop(old);
    Ok(())
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = vm.instance_dict(&me) {
        if let Some(dd) = d.downcast::<DictData>() {
            names.extend(dd.keys().iter().filter_map(|k| as_str(k).map(str::to_string)));
        }
    }
    let ty = if me.downcast::<TypeData>().is_some() { me.clone() } else { vm.type_of(&me) };
    for m in ty.downcast::<TypeData>().expect("type").mro.borrow().iter() {
        let md = m.downcast::<TypeData>().expect("type");
        names.extend(md.dict.downcast::<DictData>().expect("dict").keys().iter().filter_map(|k| as_str(k).map(str::to_string)));
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.str(n)).collect();
    Ok(vm.list(items))
}

// ----- type -----

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(vm.type_of(&pos[1]));
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let meta = pos[0].clone();
    let name = as_str(&pos[1]).ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?.to_string();
    let bases = match pos[2].downcast::<TupleData>() {
        Some(tp) => tp.0.to_vec(),
        None => return Err(type_error("type.__new__() argument 2 must be tuple")),
    };
    let cls = vm.new_class(&meta, &name, bases, &pos[3])?;
    let n = args.pos().len();
    let kwnames: Vec<Value> = args.kwnames.to_vec();
    let kwvals: Vec<Value> = args.all[n..].to_vec();
    vm.init_subclass(&cls, &kwnames, &kwvals)?;
    Ok(cls)
}

fn type_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = type_self(vm, &args, "__repr__", true)?.clone();
    let n = qualified_name(vm, &me);
    Ok(vm.str(format!("<class '{n}'>")))
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = type_self(vm, &args, "__call__", true)?.clone();
    // Reached only through explicit `type.__call__(cls, ...)` or a metaclass
    // calling super().__call__: run the default construction.
    let pos_n = args.pos().len();
    let rest: Vec<Value> = args.all[1..].to_vec();
    let kwn = args.kwnames.to_vec();
    let _ = pos_n;
    let new = vm.type_lookup(&me, "__new__").expect("object defines __new__");
    let new = match new.downcast::<NativeData>() {
        Some(NativeData::StaticMethod(f)) => f.get().expect("callable"),
        _ => new,
    };
    let obj = vm.call_with_self(&new, me.clone(), &rest, &kwn)?;
    if vm.is_instance(&obj, &me) {
        let init = vm.type_lookup(&me, "__init__").expect("object defines __init__");
        vm.call_with_self(&init, obj.clone(), &rest, &kwn)?;
    }
    Ok(obj)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = type_self(vm, &args, "mro", false)?;
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(type_error(format!("type.mro() takes no arguments ({} given)", args.all.len() - 1)));
    }
    let m = me.downcast::<TypeData>().map(|td| td.mro.borrow().clone()).unwrap_or_default();
    Ok(vm.list(m))
}

/// `X | Y` for classes (PEP 604): a `types.UnionType` built by the
/// embedded `_uniontype` module, or NotImplemented for other operands.
fn type_union(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let ga = t().named("GenericAlias");
    for v in [left, right] {
        let ok = vm.is_none(v) || v.downcast::<TypeData>().is_some() || vm.is_instance(v, &ga);
        if !ok {
            return Ok(t().not_implemented.clone());
        }
    }
    let m = crate::vm::import::import_full(vm, "_uniontype")?;
    let f = vm.getattr_str(&m, "union")?;
    vm.call(&f, &[left.clone(), right.clone()])
}
pub(super) fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__or__").positional(2, 2)?;
    type_union(vm, &p[0], &p[1])
}
pub(super) fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ror__").positional(2, 2)?;
    type_union(vm, &p[1], &p[0])
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = type_self(vm, &args, "__subclasses__", false)?;
    let td = me.downcast::<TypeData>().expect("type_self checked a type");
    let subs: Vec<Value> = td
        .subclasses
        .borrow()
        .iter()
        .map(|&addr| {
            // SAFETY: a type's `subclasses` lists only live type objects:
            // a class removes itself from its bases' lists when it is freed
            // (TypeData's Drop), so each address is a live header.
            let borrowed = std::mem::ManuallyDrop::new(Value::from_header_owned(addr as *const crate::object::header::Header));
            (*borrowed).clone()
        })
        .collect();
    Ok(vm.list(subs))
}

fn type_name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(&*v.downcast::<TypeData>().expect("type").name()))
}
fn type_name_set(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let s = new.as_ref().and_then(as_str).ok_or_else(|| type_error("can only assign string to __name__"))?;
    *v.downcast::<TypeData>().expect("type").name.borrow_mut() = s.into();
    Ok(())
}
fn type_qualname_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(&**v.downcast::<TypeData>().expect("type").qualname.borrow()))
}
fn type_qualname_set(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let s = new.as_ref().and_then(as_str).ok_or_else(|| type_error("can only assign string to __qualname__"))?;
    *v.downcast::<TypeData>().expect("type").qualname.borrow_mut() = s.into();
    Ok(())
}
fn type_module_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let td = v.downcast::<TypeData>().expect("type");
    // `type`'s own dict holds this very descriptor under `__module__`: only
    // a class's own value (a str for builtin types) counts.
    let own = td.dict.downcast::<DictData>().and_then(|d| d.get_str("__module__"));
    Ok(own.filter(|m| td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) || as_str(m).is_some()).unwrap_or_else(|| vm.str("builtins")))
}
fn type_bases_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = v.downcast::<TypeData>().expect("type").bases.borrow().clone();
    Ok(vm.tuple(b))
}
fn type_base_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = v.downcast::<TypeData>().expect("type").bases.borrow().first().cloned();
    Ok(b.unwrap_or_else(|| vm.none()))
}
fn type_mro_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = v.downcast::<TypeData>().expect("type").mro.borrow().clone();
    Ok(vm.tuple(m))
}
fn type_doc_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let td = v.downcast::<TypeData>().expect("type");
    Ok(td.dict.downcast::<DictData>().and_then(|d| d.get_str("__doc__")).unwrap_or_else(|| vm.none()))
}

// ----- None, NotImplemented, Ellipsis -----

fn none_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.str("None"))
}
fn none_bool(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.bool(false))
}
fn notimpl_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.str("NotImplemented"))
}
fn ellipsis_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.str("Ellipsis"))
}

/// Installs the methods of the core types (and of callables and introspection types).
pub fn install() {
    let r = t();
    let o = &r.object;
    add_method(o, "__new__", object_new, StaticMethod);
    add_method(o, "__init__", object_init, Method);
    add_method(o, "__repr__", object_repr, Method);
    add_method(o, "__str__", object_str, Method);
    add_method(o, "__eq__", object_eq, Method);
    add_method(o, "__ne__", object_ne, Method);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(o, n, not_implemented_cmp, Method);
    }
    add_method(o, "__hash__", object_hash, Method);
    add_method(o, "__format__", object_format, Method);
    add_method(o, "__getattribute__", object_getattribute, Method);
    add_method(o, "__setattr__", object_setattr, Method);
    add_method(o, "__delattr__", object_delattr, Method);
    add_method(o, "__init_subclass__", object_init_subclass, ClassMethod);
    add_method(o, "__subclasshook__", object_subclasshook, ClassMethod);
    add_method(o, "__dir__", object_dir, Method);
    add_getset(o, "__class__", object_class, Some(object_set_class));
    add_getset(o, "__dict__", object_dict, Some(object_dict_set));

    let ty = &r.type_;
    add_method(ty, "__new__", type_new, StaticMethod);
    add_method(ty, "__init__", type_init, Method);
    add_method(ty, "__repr__", type_repr, Method);
    add_method(ty, "__call__", type_call, Method);
    add_method(ty, "mro", type_mro, Method);
    add_method(ty, "__subclasses__", type_subclasses, Method);
    add_method(ty, "__or__", type_or, Method);
    add_method(ty, "__ror__", type_ror, Method);
    add_getset(ty, "__name__", type_name_get, Some(type_name_set));
    add_getset(ty, "__qualname__", type_qualname_get, Some(type_qualname_set));
    add_getset(ty, "__module__", type_module_get, None);
    add_getset(ty, "__bases__", type_bases_get, None);
    add_getset(ty, "__base__", type_base_get, None);
    add_getset(ty, "__mro__", type_mro_get, None);
    add_getset(ty, "__doc__", type_doc_get, None);
    add_getset(ty, "__dict__", object_dict, None);

    add_method(&r.none_type, "__new__", singleton_new, StaticMethod);
    add_method(&r.not_implemented_type, "__new__", singleton_new, StaticMethod);
    add_method(&r.ellipsis_type, "__new__", singleton_new, StaticMethod);
    add_method(&r.none_type, "__repr__", none_repr, Method);
    add_method(&r.none_type, "__bool__", none_bool, Method);
    add_method(&r.not_implemented_type, "__repr__", notimpl_repr, Method);
    add_method(&r.ellipsis_type, "__repr__", ellipsis_repr, Method);

    super::callables::install();
    super::introspect::install();
}
