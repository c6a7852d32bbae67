//! Methods of the core types: `object`, `type`, `NoneType`, functions,
//! bound methods, builtin functions, `property`, `staticmethod`,
//! `classmethod`, `super`, generators and cells.

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::generator::GeneratorData;
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::{ClassMethod, Method, StaticMethod};

fn self_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error("descriptor needs an argument"))
}

fn qualified_name(vm: &mut Vm, ty: &Value) -> String {
    let td = ty.downcast::<TypeData>().expect("type");
    let q = td.qualname.borrow().to_string();
    match vm.type_lookup(ty, "__module__").and_then(|m| as_str(&m).map(str::to_string)) {
        Some(m) if m != "builtins" && td.has_flag(tflags::HEAPTYPE) => format!("{m}.{q}"),
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
    Ok(alloc(&cls, (), None))
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

fn object_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(td) = v.downcast::<TypeData>() {
        return Ok(alloc(&t().mappingproxy, NativeData::MappingProxy(td.dict.clone()), None));
    }
    vm.instance_dict(v).ok_or_else(|| attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(v))))
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
    let me = self_of(&args)?.clone();
    let n = qualified_name(vm, &me);
    Ok(vm.str(format!("<class '{n}'>")))
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
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
    let me = self_of(&args)?;
    let m = me.downcast::<TypeData>().expect("type").mro.borrow().clone();
    Ok(vm.list(m))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let _ = me;
    Ok(vm.list(vec![]))
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
    Ok(td.dict.downcast::<DictData>().and_then(|d| d.get_str("__module__")).unwrap_or_else(|| vm.str("builtins")))
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

// ----- functions and methods -----

fn func_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let q = me.downcast::<FunctionData>().and_then(|f| f.qualname.get()).map(|q| vm.to_string_lossy(&q)).unwrap_or_default();
    Ok(vm.str(format!("<function {} at {:#x}>", q, me.raw())))
}

macro_rules! func_cell_getset {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(v.downcast::<FunctionData>().and_then(|f| f.$field.get()).unwrap_or_else(|| vm.none()))
        }
        fn $set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
            let new = new.filter(|n| !vm.is_none(n));
            v.downcast::<FunctionData>().expect("function").$field.set(new);
            Ok(())
        }
    };
}
func_cell_getset!(func_name_get, func_name_set, name);
func_cell_getset!(func_qualname_get, func_qualname_set, qualname);
func_cell_getset!(func_doc_get, func_doc_set, doc);
func_cell_getset!(func_module_get, func_module_set, module);
func_cell_getset!(func_defaults_get, func_defaults_set, defaults);
func_cell_getset!(func_kwdefaults_get, func_kwdefaults_set, kwdefaults);

fn func_annotations_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<FunctionData>().expect("function");
    if let Some(a) = f.annotations.get() {
        return Ok(a);
    }
    let d = vm.dict();
    f.annotations.set(Some(d.clone()));
    Ok(d)
}
fn func_globals_get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<FunctionData>().expect("function").globals.clone())
}
fn func_closure_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<FunctionData>().expect("function").closure.clone().unwrap_or_else(|| vm.none()))
}
fn func_code_get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(alloc(&t().code, CodeData(v.downcast::<FunctionData>().expect("function").code.clone()), None))
}
fn func_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__get__").positional(2, 3)?;
    if vm.is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    Ok(alloc(&t().method, MethodData { func: p[0].clone(), self_: p[1].clone() }, None))
}

fn method_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let m = me.downcast::<MethodData>().expect("method");
    let (func, selfv) = (m.func.clone(), m.self_.clone());
    let q = vm.getattr_opt(&func, "__qualname__")?.map(|q| vm.to_string_lossy(&q)).unwrap_or_else(|| "?".into());
    let r = vm.repr_string(&selfv)?;
    Ok(vm.str(format!("<bound method {q} of {r}>")))
}
fn method_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<MethodData>().expect("method").func.clone())
}
fn method_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<MethodData>().expect("method").self_.clone())
}
fn method_getattr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<MethodData>().expect("method").func.clone();
    vm.getattr_str(&f, "__name__")
}
fn method_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    match (p[0].downcast::<MethodData>(), p[1].downcast::<MethodData>()) {
        (Some(a), Some(b)) => Ok(vm.bool(a.func.is(&b.func) && a.self_.is(&b.self_))),
        _ => Ok(t().not_implemented.clone()),
    }
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let b = me.downcast::<BuiltinData>().expect("builtin");
    let s = match (&b.self_, b.owner.is_empty()) {
        (Some(s), _) => format!("<built-in method {} of {} object at {:#x}>", b.name, vm.type_name(s), s.raw()),
        (None, true) => format!("<built-in function {}>", b.name),
        (None, false) => format!("<method '{}' of '{}' objects>", b.name, b.owner),
    };
    Ok(vm.str(s))
}
fn builtin_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(v.downcast::<BuiltinData>().expect("builtin").name))
}
fn builtin_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = v.downcast::<BuiltinData>().expect("builtin");
    Ok(vm.str(if b.owner.is_empty() { b.name.to_string() } else { format!("{}.{}", b.owner, b.name) }))
}
fn builtin_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<BuiltinData>().expect("builtin").self_.clone().unwrap_or_else(|| vm.none()))
}

// ----- property, staticmethod, classmethod -----

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = self_of(&args)?.clone();
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let slots = rest.parser("property").bind(&["fget", "fset", "fdel", "doc"], 0)?;
    let none = vm.none();
    let f = |v: &Option<Value>| v.clone().filter(|x| !x.is(&none));
    let doc = match f(&slots[3]) {
        Some(d) => Some(d),
        None => match f(&slots[0]) {
            Some(g) => vm.getattr_opt(&g, "__doc__")?.filter(|d| !vm.is_none(d)),
            None => None,
        },
    };
    Ok(alloc(&cls, NativeData::Property { fget: ValueCell::new(f(&slots[0])), fset: ValueCell::new(f(&slots[1])), fdel: ValueCell::new(f(&slots[2])), doc: ValueCell::new(doc) }, None))
}

fn property_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let p = args.parser("property").positional(2, 2)?;
    let Some(NativeData::Property { fget, fset, fdel, doc }) = p[0].downcast::<NativeData>() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [fget.get(), fset.get(), fdel.get()];
    parts[which] = Some(p[1].clone());
    let [g, s, d] = parts;
    let ty = vm.type_of(&p[0]);
    Ok(alloc(&ty, NativeData::Property { fget: ValueCell::new(g), fset: ValueCell::new(s), fdel: ValueCell::new(d), doc: ValueCell::new(doc.get()) }, None))
}
fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 2)
}
fn property_part(vm: &mut Vm, v: &Value, which: usize) -> PyResult<Value> {
    match v.downcast::<NativeData>() {
        Some(NativeData::Property { fget, fset, fdel, doc }) => Ok([fget, fset, fdel, doc][which].get().unwrap_or_else(|| vm.none())),
        _ => Err(type_error("not a property")),
    }
}
fn property_fget(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    property_part(vm, v, 0)
}
fn property_fset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    property_part(vm, v, 1)
}
fn property_fdel(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    property_part(vm, v, 2)
}
fn property_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    property_part(vm, v, 3)
}
fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__get__").positional(2, 3)?;
    if vm.is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    let ty = vm.type_of(&p[1]);
    vm.descr_get(p[0].clone(), Some(&p[1]), &ty)
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let f = match me.downcast::<NativeData>() {
        Some(NativeData::StaticMethod(f)) => f.get().unwrap_or_else(|| vm.none()),
        _ => return Err(type_error("descriptor requires a 'staticmethod' object")),
    };
    vm.call_kw(&f, &args.all[1..], args.kwnames)
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("staticmethod").positional(2, 2)?;
    Ok(alloc(&p[0], NativeData::StaticMethod(ValueCell::new(Some(p[1].clone()))), None))
}
fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("classmethod").positional(2, 2)?;
    Ok(alloc(&p[0], NativeData::ClassMethod(ValueCell::new(Some(p[1].clone()))), None))
}
fn wrapped_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<NativeData>() {
        Some(NativeData::StaticMethod(f) | NativeData::ClassMethod(f)) => Ok(f.get().unwrap_or_else(|| vm.none())),
        _ => Err(type_error("not a staticmethod or classmethod")),
    }
}
fn wrapper_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__get__").positional(2, 3)?;
    let ty = if p.len() > 2 && !vm.is_none(&p[2]) { p[2].clone() } else { vm.type_of(&p[1]) };
    let obj = if vm.is_none(&p[1]) { None } else { Some(p[1].clone()) };
    vm.descr_get(p[0].clone(), obj.as_ref(), &ty)
}

// ----- super -----

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("super").positional(2, 3)?;
    let cls = p[0].clone();
    if p.len() < 3 {
        return Err(crate::object::exception::runtime_error("super(): no arguments"));
    }
    let ty = p[1].clone();
    let obj = p[2].clone();
    if ty.downcast::<TypeData>().is_none() {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&ty))));
    }
    let obj_type = if obj.downcast::<TypeData>().is_some() && vm.is_subtype(&obj, &ty) {
        obj.clone()
    } else if vm.is_instance(&obj, &ty) {
        vm.type_of(&obj)
    } else {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(alloc(&cls, NativeData::Super { ty, obj, obj_type }, None))
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getattribute__").positional(2, 2)?;
    let Some(NativeData::Super { ty, obj, obj_type }) = p[0].downcast::<NativeData>() else {
        return Err(type_error("descriptor requires a 'super' object"));
    };
    let name = as_str(&p[1]).unwrap_or("").to_string();
    if name != "__class__" {
        let mro = obj_type.downcast::<TypeData>().expect("type").mro.borrow().clone();
        let start = mro.iter().position(|m| m.is(ty)).map_or(mro.len(), |i| i + 1);
        for m in &mro[start..] {
            let md = m.downcast::<TypeData>().expect("type");
            if let Some(a) = md.dict.downcast::<DictData>().and_then(|d| d.get_str(&name)) {
                let inst = if obj.is(obj_type) { None } else { Some(obj) };
                return vm.descr_get(a, inst, obj_type);
            }
        }
    }
    vm.generic_getattr(&p[0], &p[1])
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let Some(NativeData::Super { ty, obj_type, .. }) = me.downcast::<NativeData>() else {
        return Err(type_error("not a super object"));
    };
    let (a, b) = (ty.downcast::<TypeData>().expect("type").name(), obj_type.downcast::<TypeData>().expect("type").name());
    Ok(vm.str(format!("<super: <class '{a}'>, <{b} object>>")))
}

// ----- generators -----

fn gen_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    let g = self_of(args)?;
    if g.downcast::<GeneratorData>().is_none() {
        return Err(type_error("descriptor requires a 'generator' object"));
    }
    Ok(g)
}

fn stop_iteration(vm: &mut Vm, value: Value) -> crate::error::PyErr {
    let st = t().named("StopIteration");
    match vm.call(&st, &[value]) {
        Ok(e) => crate::error::PyErr::from_object(e),
        Err(e) => e,
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&args)?.clone();
    let none = vm.none();
    match vm.gen_send(&g, none)? {
        Ok(v) => Ok(v),
        Err(r) if vm.is_none(&r) => Err(crate::error::PyErr::new_empty(&t().named("StopIteration"))),
        Err(r) => Err(stop_iteration(vm, r)),
    }
}
fn gen_send_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("send").positional(2, 2)?;
    match vm.gen_send(&p[0], p[1].clone())? {
        Ok(v) => Ok(v),
        Err(r) => {
            if vm.is_none(&r) {
                Err(crate::error::PyErr::new_empty(&t().named("StopIteration")))
            } else {
                Err(stop_iteration(vm, r))
            }
        }
    }
}
fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("throw").positional(2, 4)?;
    let mut exc = p[1].clone();
    if p.len() > 2 && exc.downcast::<TypeData>().is_some() && !vm.is_none(&p[2]) {
        exc = vm.call(&exc, &[p[2].clone()])?;
    }
    let exc = vm.make_exception(&exc)?;
    match vm.gen_resume(&p[0], Err(crate::error::PyErr::from_object(exc)))? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(vm, r)),
    }
}
fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&args)?.clone();
    vm.gen_close(&g)?;
    Ok(vm.none())
}
fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(gen_of(&args)?.clone())
}
fn gen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&args)?;
    let q = g.downcast::<GeneratorData>().and_then(|d| d.qualname.get()).map(|q| vm.to_string_lossy(&q)).unwrap_or_default();
    Ok(vm.str(format!("<generator object {} at {:#x}>", q, g.raw())))
}
fn gen_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<GeneratorData>().and_then(|g| g.name.get()).unwrap_or_else(|| vm.none()))
}

fn cell_contents(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<CellData>().and_then(|c| c.0.get()).ok_or_else(|| crate::object::exception::value_error("Cell is empty"))
}

/// Installs the methods of the core types.
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
    add_method(o, "__dir__", object_dir, Method);
    add_getset(o, "__class__", object_class, Some(object_set_class));
    add_getset(o, "__dict__", object_dict, None);

    let ty = &r.type_;
    add_method(ty, "__new__", type_new, StaticMethod);
    add_method(ty, "__init__", type_init, Method);
    add_method(ty, "__repr__", type_repr, Method);
    add_method(ty, "__call__", type_call, Method);
    add_method(ty, "mro", type_mro, Method);
    add_method(ty, "__subclasses__", type_subclasses, Method);
    add_getset(ty, "__name__", type_name_get, Some(type_name_set));
    add_getset(ty, "__qualname__", type_qualname_get, Some(type_qualname_set));
    add_getset(ty, "__module__", type_module_get, None);
    add_getset(ty, "__bases__", type_bases_get, None);
    add_getset(ty, "__base__", type_base_get, None);
    add_getset(ty, "__mro__", type_mro_get, None);
    add_getset(ty, "__doc__", type_doc_get, None);
    add_getset(ty, "__dict__", object_dict, None);

    add_method(&r.none_type, "__repr__", none_repr, Method);
    add_method(&r.none_type, "__bool__", none_bool, Method);
    add_method(&r.not_implemented_type, "__repr__", notimpl_repr, Method);
    add_method(&r.ellipsis_type, "__repr__", ellipsis_repr, Method);

    let f = &r.function;
    add_method(f, "__repr__", func_repr, Method);
    add_method(f, "__get__", func_get, Method);
    add_getset(f, "__name__", func_name_get, Some(func_name_set));
    add_getset(f, "__qualname__", func_qualname_get, Some(func_qualname_set));
    add_getset(f, "__doc__", func_doc_get, Some(func_doc_set));
    add_getset(f, "__module__", func_module_get, Some(func_module_set));
    add_getset(f, "__defaults__", func_defaults_get, Some(func_defaults_set));
    add_getset(f, "__kwdefaults__", func_kwdefaults_get, Some(func_kwdefaults_set));
    add_getset(f, "__annotations__", func_annotations_get, None);
    add_getset(f, "__globals__", func_globals_get, None);
    add_getset(f, "__closure__", func_closure_get, None);
    add_getset(f, "__code__", func_code_get, None);
    add_getset(f, "__dict__", object_dict, None);

    add_method(&r.method, "__repr__", method_repr, Method);
    add_method(&r.method, "__eq__", method_eq, Method);
    add_getset(&r.method, "__func__", method_func, None);
    add_getset(&r.method, "__self__", method_self, None);
    add_getset(&r.method, "__name__", method_getattr_name, None);

    for b in [&r.builtin_function, &r.method_descriptor, &r.classmethod_descriptor] {
        add_method(b, "__repr__", builtin_repr, Method);
        add_getset(b, "__name__", builtin_name, None);
        add_getset(b, "__qualname__", builtin_qualname, None);
        add_getset(b, "__self__", builtin_self, None);
    }

    let p = &r.property;
    add_method(p, "__new__", property_new, StaticMethod);
    add_method(p, "__init__", property_init, Method);
    add_method(p, "getter", property_getter, Method);
    add_method(p, "setter", property_setter, Method);
    add_method(p, "deleter", property_deleter, Method);
    add_method(p, "__get__", property_get, Method);
    add_getset(p, "fget", property_fget, None);
    add_getset(p, "fset", property_fset, None);
    add_getset(p, "fdel", property_fdel, None);
    add_getset(p, "__doc__", property_doc, None);

    add_method(&r.staticmethod, "__new__", staticmethod_new, StaticMethod);
    add_method(&r.staticmethod, "__init__", property_init, Method);
    add_method(&r.staticmethod, "__get__", wrapper_get, Method);
    add_method(&r.staticmethod, "__call__", staticmethod_call, Method);
    add_getset(&r.staticmethod, "__func__", wrapped_func, None);
    add_method(&r.classmethod, "__new__", classmethod_new, StaticMethod);
    add_method(&r.classmethod, "__init__", property_init, Method);
    add_method(&r.classmethod, "__get__", wrapper_get, Method);
    add_getset(&r.classmethod, "__func__", wrapped_func, None);

    add_method(&r.super_, "__new__", super_new, StaticMethod);
    add_method(&r.super_, "__init__", property_init, Method);
    add_method(&r.super_, "__getattribute__", super_getattribute, Method);
    add_method(&r.super_, "__repr__", super_repr, Method);
    let sd = r.super_.downcast::<TypeData>().expect("type");
    sd.flags.set(sd.flags.get() | tflags::CUSTOM_GETATTRIBUTE);

    let g = &r.generator;
    add_method(g, "__next__", gen_next, Method);
    add_method(g, "__iter__", gen_iter, Method);
    add_method(g, "send", gen_send_m, Method);
    add_method(g, "throw", gen_throw, Method);
    add_method(g, "close", gen_close, Method);
    add_method(g, "__repr__", gen_repr, Method);
    add_getset(g, "__name__", gen_name, None);

    add_getset(&r.cell, "cell_contents", cell_contents, None);
    install_more();
}

// ----- mappingproxy -----

fn proxied(args: &Args) -> PyResult<Value> {
    match self_of(args)?.downcast::<NativeData>() {
        Some(NativeData::MappingProxy(d)) => Ok(d.clone()),
        _ => Err(type_error("descriptor requires a 'mappingproxy' object")),
    }
}
fn proxy_forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = proxied(&args)?;
    let m = vm.getattr_str(&d, name)?;
    let rest = &args.all[1..];
    vm.call_kw(&m, rest, args.kwnames)
}
macro_rules! proxy_methods {
    ($($fn:ident => $name:literal),*) => {
        $(fn $fn(vm: &mut Vm, args: Args) -> PyResult<Value> { proxy_forward(vm, args, $name) })*
    };
}
proxy_methods!(proxy_getitem => "__getitem__", proxy_iter => "__iter__", proxy_len => "__len__", proxy_contains => "__contains__",
    proxy_keys => "keys", proxy_values => "values", proxy_items => "items", proxy_get => "get", proxy_copy => "copy");
fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(&args)?;
    let r = vm.repr_string(&d)?;
    Ok(vm.str(format!("mappingproxy({r})")))
}

// ----- code -----

fn code_of(v: &Value) -> PyResult<std::rc::Rc<crate::bytecode::Code>> {
    v.downcast::<CodeData>().map(|c| c.0.clone()).ok_or_else(|| type_error("descriptor requires a 'code' object"))
}
fn names_tuple(vm: &mut Vm, names: &[std::rc::Rc<str>]) -> Value {
    let items = names.iter().map(|n| vm.str(&**n)).collect();
    vm.tuple(items)
}
fn co_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(&*code_of(v)?.name))
}
fn co_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(&*code_of(v)?.qualname))
}
fn co_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(&*code_of(v)?.filename))
}
fn co_firstlineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.firstlineno as i64))
}
fn co_argcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.argcount as i64))
}
fn co_posonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.posonlyargcount as i64))
}
fn co_kwonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.kwonlyargcount as i64))
}
fn co_nlocals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.nlocals() as i64))
}
fn co_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(code_of(v)?.flags as i64))
}
fn co_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    Ok(names_tuple(vm, &c.varnames))
}
fn co_cellvars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    Ok(names_tuple(vm, &c.cellvars))
}
fn co_freevars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    Ok(names_tuple(vm, &c.freevars))
}
fn co_names(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    Ok(names_tuple(vm, &c.names))
}
fn co_consts(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    let items = c.consts.iter().map(|k| vm.const_value(k)).collect();
    Ok(vm.tuple(items))
}
fn code_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?;
    let c = code_of(me)?;
    Ok(vm.str(format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, me.raw(), c.filename, c.firstlineno)))
}

// ----- traceback -----
//
// A traceback object is `Traceback((exc, index))`: entry `index` of the
// exception's entries counted from the outermost frame.

fn tb_parts(v: &Value) -> PyResult<(Value, usize)> {
    if let Some(NativeData::Traceback(pair)) = v.downcast::<NativeData>() {
        if let Some(tp) = pair.downcast::<TupleData>() {
            if let (Some(e), Some(i)) = (tp.0.first(), tp.0.get(1).and_then(|i| i.as_small_int())) {
                return Ok((e.clone(), i as usize));
            }
        }
        return Ok((pair.clone(), 0));
    }
    Err(type_error("descriptor requires a 'traceback' object"))
}
fn tb_entry(v: &Value) -> PyResult<(crate::object::exception::TbEntry, usize, usize)> {
    let (exc, i) = tb_parts(v)?;
    let d = exc.downcast::<ExceptionData>().ok_or_else(|| type_error("traceback without exception"))?;
    let tb = d.traceback.borrow();
    let n = tb.len();
    let e = tb.get(n.checked_sub(i + 1).ok_or_else(|| type_error("stale traceback"))?).cloned().ok_or_else(|| type_error("stale traceback"))?;
    Ok((e, i, n))
}
fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(tb_entry(v)?.0.lineno as i64))
}
fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (exc, i) = tb_parts(v)?;
    let (_, _, n) = tb_entry(v)?;
    if i + 1 >= n {
        return Ok(vm.none());
    }
    let pair = vm.tuple(vec![exc, vm.int(i as i64 + 1)]);
    Ok(alloc(&t().traceback, NativeData::Traceback(pair), None))
}

/// A traceback object for `exc` (its outermost entry).
pub fn new_traceback(vm: &mut Vm, exc: &Value) -> Value {
    let pair = vm.tuple(vec![exc.clone(), Value::small_int(0)]);
    alloc(&t().traceback, NativeData::Traceback(pair), None)
}

// ----- generator attributes -----

fn gi_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(v.downcast::<GeneratorData>().is_some_and(|g| g.running.get())))
}
fn gi_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // Frames are not Python objects yet: a live generator reports True-ish
    // presence through gi_running/gi_suspended; gi_frame is None when finished.
    let g = v.downcast::<GeneratorData>().expect("generator");
    Ok(if g.frame.borrow().is_some() || g.running.get() { v.clone() } else { vm.none() })
}
fn gi_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GeneratorData>().expect("generator");
    let code = g.frame.borrow().as_ref().map(|f| f.code.clone());
    code.map(|c| alloc(&t().code, CodeData(c), None)).ok_or_else(|| attribute_error("generator has finished"))
}
fn gi_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GeneratorData>().expect("generator");
    Ok(vm.bool(g.started.get() && !g.running.get() && g.frame.borrow().is_some()))
}
fn gen_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<GeneratorData>().and_then(|g| g.qualname.get()).unwrap_or_else(|| vm.none()))
}

/// Installs the methods of mappingproxy, code, traceback and the
/// generator attributes.
pub fn install_more() {
    let r = t();
    let mp = &r.mappingproxy;
    add_method(mp, "__getitem__", proxy_getitem, Method);
    add_method(mp, "__iter__", proxy_iter, Method);
    add_method(mp, "__len__", proxy_len, Method);
    add_method(mp, "__contains__", proxy_contains, Method);
    add_method(mp, "keys", proxy_keys, Method);
    add_method(mp, "values", proxy_values, Method);
    add_method(mp, "items", proxy_items, Method);
    add_method(mp, "get", proxy_get, Method);
    add_method(mp, "copy", proxy_copy, Method);
    add_method(mp, "__repr__", proxy_repr, Method);
    let c = &r.code;
    add_method(c, "__repr__", code_repr, Method);
    for (n, g) in [
        ("co_name", co_name as Getter),
        ("co_qualname", co_qualname),
        ("co_filename", co_filename),
        ("co_firstlineno", co_firstlineno),
        ("co_argcount", co_argcount),
        ("co_posonlyargcount", co_posonlyargcount),
        ("co_kwonlyargcount", co_kwonlyargcount),
        ("co_nlocals", co_nlocals),
        ("co_flags", co_flags),
        ("co_varnames", co_varnames),
        ("co_cellvars", co_cellvars),
        ("co_freevars", co_freevars),
        ("co_names", co_names),
        ("co_consts", co_consts),
    ] {
        add_getset(c, n, g, None);
    }
    add_getset(&r.traceback, "tb_lineno", tb_lineno, None);
    add_getset(&r.traceback, "tb_next", tb_next, None);
    let g = &r.generator;
    add_getset(g, "gi_running", gi_running, None);
    add_getset(g, "gi_frame", gi_frame, None);
    add_getset(g, "gi_code", gi_code, None);
    add_getset(g, "gi_suspended", gi_suspended, None);
    add_getset(g, "__qualname__", gen_qualname, None);
}

// ----- types.GenericAlias (`list[int]`) -----

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__class_getitem__").positional(2, 2)?;
    let params = match p[1].downcast::<TupleData>() {
        Some(_) => p[1].clone(),
        None => vm.tuple(vec![p[1].clone()]),
    };
    let ga = t().named("GenericAlias");
    let ns = vm.dict();
    let nd = ns.downcast::<DictData>().expect("dict");
    nd.set_str(vm.name("__origin__"), p[0].clone());
    nd.set_str(vm.name("__args__"), params);
    let obj = alloc(&ga, (), None);
    if let Some(ext) = obj.as_header().and_then(|h| h.ext()) {
        ext.dict.set(Some(ns));
    }
    Ok(obj)
}

fn alias_repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if vm.is_instance(v, &t().named("GenericAlias")) {
        return vm.repr_string(v);
    }
    if let Some(td) = v.downcast::<TypeData>() {
        let q = td.qualname.borrow().to_string();
        return Ok(match vm.type_lookup(v, "__module__").and_then(|m| as_str(&m).map(str::to_string)) {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q,
        });
    }
    if v.is(&t().ellipsis) {
        return Ok("...".into());
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let origin = vm.getattr_str(&me, "__origin__")?;
    let params = vm.getattr_str(&me, "__args__")?;
    let mut parts = Vec::new();
    for a in vm.collect(&params)? {
        parts.push(alias_repr_item(vm, &a)?);
    }
    let o = alias_repr_item(vm, &origin)?;
    Ok(vm.str(format!("{}[{}]", o, parts.join(", "))))
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let origin = vm.getattr_str(&me, "__origin__")?;
    vm.call_kw(&origin, &args.all[1..], args.kwnames)
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    let ga = t().named("GenericAlias");
    if !vm.is_instance(&p[1], &ga) {
        return Ok(t().not_implemented.clone());
    }
    let (o1, o2) = (vm.getattr_str(&p[0], "__origin__")?, vm.getattr_str(&p[1], "__origin__")?);
    let (a1, a2) = (vm.getattr_str(&p[0], "__args__")?, vm.getattr_str(&p[1], "__args__")?);
    let eq = vm.eq_bool(&o1, &o2)? && vm.eq_bool(&a1, &a2)?;
    Ok(vm.bool(eq))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let o = vm.getattr_str(&me, "__origin__")?;
    let a = vm.getattr_str(&me, "__args__")?;
    let h = vm.hash(&o)? ^ vm.hash(&a)?;
    Ok(vm.int(h))
}

/// Creates `types.GenericAlias` and gives the builtin generic containers
/// `__class_getitem__` (run after the container types' own install).
pub fn install_generic_alias() {
    let r = t();
    let ga = crate::object::registry::new_builtin_type_with_dict("GenericAlias");
    add_method(&ga, "__repr__", alias_repr, Method);
    add_method(&ga, "__call__", alias_call, Method);
    add_method(&ga, "__eq__", alias_eq, Method);
    add_method(&ga, "__hash__", alias_hash, Method);
    for ty in [&r.list, &r.dict, &r.tuple, &r.set, &r.frozenset, &r.type_] {
        add_method(ty, "__class_getitem__", class_getitem, ClassMethod);
    }
    for name in ["enumerate", "dict_keys", "dict_values", "dict_items"] {
        add_method(&r.named(name), "__class_getitem__", class_getitem, ClassMethod);
    }
}
