//! Methods of callables and their wrappers: Python functions, bound
//! methods, builtin functions, `property`, `staticmethod`, `classmethod`,
//! `super`, generators and cells.

use crate::error::{PyErr, PyResult};
use crate::object::exception::{attribute_error, type_error};
use crate::object::generator::GeneratorData;
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::{Method, StaticMethod};

use super::core::{object_dict, self_of};
use super::strformat::str_repr;

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
fn func_annotations_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let new = new.filter(|n| !vm.is_none(n));
    if let Some(n) = &new {
        if n.downcast::<DictData>().is_none() {
            return Err(type_error("__annotations__ must be set to a dict object"));
        }
    }
    v.downcast::<FunctionData>().expect("function").annotations.set(new);
    Ok(())
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

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.all[1..];
    if !args.kwnames.is_empty() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("method expected 2 arguments, got {}", p.len())));
    }
    if !crate::builtins::reflect::is_callable(vm, &p[0]) {
        return Err(type_error("first argument must be callable"));
    }
    if vm.is_none(&p[1]) {
        return Err(type_error("instance must not be None"));
    }
    Ok(alloc(&t().method, MethodData { func: p[0].clone(), self_: p[1].clone() }, None))
}
/// Attributes a bound method lacks come from its function
/// (`obj.meth.__wrapped__`, `obj.cached_meth.cache_info`), as in CPython.
fn method_getattr_fallback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getattr__").positional(2, 2)?;
    let Some(m) = p[0].downcast::<MethodData>() else { return Err(type_error("__getattr__ requires a method")) };
    let func = m.func.clone();
    vm.getattr(&func, &p[1])
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
fn method_getattr_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<MethodData>().expect("method").func.clone();
    vm.getattr_str(&f, "__qualname__")
}
fn method_getattr_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<MethodData>().expect("method").func.clone();
    Ok(vm.getattr_opt(&f, "__doc__")?.unwrap_or_else(|| vm.none()))
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
    let wrapper = b.sig.is_wrapper();
    let s = match (&b.self_, b.owner.is_empty()) {
        (Some(s), _) if wrapper => format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, vm.type_name(s), s.raw()),
        (Some(s), _) => format!("<built-in method {} of {} object at {:#x}>", b.name, vm.type_name(s), s.raw()),
        (None, true) => format!("<built-in function {}>", b.name),
        (None, false) if wrapper => format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner),
        (None, false) => format!("<method '{}' of '{}' objects>", b.name, b.owner),
    };
    Ok(vm.str(s))
}
fn builtin_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(v.downcast::<BuiltinData>().expect("builtin").name))
}
fn builtin_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = v.downcast::<BuiltinData>().expect("builtin");
    Ok(vm.str(if b.owner.is_empty() { b.name.to_string() } else { format!("{}.{}", crate::vm::call_builtin::method_owner_name(vm, b), b.name) }))
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
    Ok(alloc(&cls, NativeData::Property { fget: ValueCell::new(f(&slots[0])), fset: ValueCell::new(f(&slots[1])), fdel: ValueCell::new(f(&slots[2])), doc: ValueCell::new(doc), name: ValueCell::new(None) }, None))
}

fn property_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let p = args.parser("property").positional(2, 2)?;
    let Some(NativeData::Property { fget, fset, fdel, doc, name }) = p[0].downcast::<NativeData>() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [fget.get(), fset.get(), fdel.get()];
    parts[which] = Some(p[1].clone());
    let [g, s, d] = parts;
    let ty = vm.type_of(&p[0]);
    Ok(alloc(&ty, NativeData::Property { fget: ValueCell::new(g), fset: ValueCell::new(s), fdel: ValueCell::new(d), doc: ValueCell::new(doc.get()), name: ValueCell::new(name.get()) }, None))
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
        Some(NativeData::Property { fget, fset, fdel, doc, .. }) => Ok([fget, fset, fdel, doc][which].get().unwrap_or_else(|| vm.none())),
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
/// The AttributeError for a property without the getter/setter/deleter `what`, worded as
/// CPython 3.11's: the name from `__set_name__` (when it was called) and the owner's qualname.
pub fn property_missing(vm: &mut Vm, prop: &Value, obj: &Value, what: &str) -> PyErr {
    let qualname = vm.type_of(obj).downcast::<TypeData>().map(|td| td.qualname.borrow().clone());
    let name = match prop.downcast::<NativeData>() {
        Some(NativeData::Property { name, .. }) => name.get(),
        _ => None,
    };
    let name = match name.map(|n| vm.repr_string(&n)) {
        Some(Err(e)) => return e,
        Some(Ok(r)) => Some(r),
        None => None,
    };
    attribute_error(match (name, qualname) {
        (Some(n), Some(q)) => format!("property {n} of {} object has no {what}", str_repr(&q)),
        (None, Some(q)) => format!("property of {} object has no {what}", str_repr(&q)),
        _ => format!("can't {} attribute", if what == "getter" { "get" } else if what == "setter" { "set" } else { "delete" }),
    })
}
fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__set_name__").positional(3, 3)?;
    match p[0].downcast::<NativeData>() {
        Some(NativeData::Property { name, .. }) => name.set(Some(p[2].clone())),
        _ => return Err(type_error("descriptor '__set_name__' requires a 'property' object")),
    }
    Ok(vm.none())
}
fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__set__").positional(3, 3)?;
    property_store(vm, &p[0], &p[1], Some(p[2].clone()))
}
fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__delete__").positional(2, 2)?;
    property_store(vm, &p[0], &p[1], None)
}
/// `property.__set__` / `__delete__`: calls fset(obj, value) or fdel(obj).
pub fn property_store(vm: &mut Vm, prop: &Value, obj: &Value, v: Option<Value>) -> PyResult<Value> {
    let Some(NativeData::Property { fset, fdel, .. }) = prop.downcast::<NativeData>() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let (f, what) = if v.is_some() { (fset.get(), "setter") } else { (fdel.get(), "deleter") };
    let Some(f) = f else { return Err(property_missing(vm, prop, obj, what)) };
    match v {
        Some(val) => vm.call(&f, &[obj.clone(), val]),
        None => vm.call(&f, std::slice::from_ref(obj)),
    }
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


/// Installs the methods of the callable types.
pub fn install() {
    let r = t();
    let f = &r.function;
    add_method(f, "__repr__", func_repr, Method);
    add_method(f, "__get__", func_get, Method);
    add_getset(f, "__name__", func_name_get, Some(func_name_set));
    add_getset(f, "__qualname__", func_qualname_get, Some(func_qualname_set));
    add_getset(f, "__doc__", func_doc_get, Some(func_doc_set));
    add_getset(f, "__module__", func_module_get, Some(func_module_set));
    add_getset(f, "__defaults__", func_defaults_get, Some(func_defaults_set));
    add_getset(f, "__kwdefaults__", func_kwdefaults_get, Some(func_kwdefaults_set));
    add_getset(f, "__annotations__", func_annotations_get, Some(func_annotations_set));
    add_getset(f, "__globals__", func_globals_get, None);
    add_getset(f, "__closure__", func_closure_get, None);
    add_getset(f, "__code__", func_code_get, None);
    add_getset(f, "__dict__", object_dict, None);

    add_method(&r.method, "__new__", method_new, StaticMethod);
    add_method(&r.method, "__repr__", method_repr, Method);
    add_method(&r.method, "__eq__", method_eq, Method);
    add_getset(&r.method, "__func__", method_func, None);
    add_getset(&r.method, "__self__", method_self, None);
    add_getset(&r.method, "__name__", method_getattr_name, None);
    add_getset(&r.method, "__qualname__", method_getattr_qualname, None);
    add_getset(&r.method, "__doc__", method_getattr_doc, None);
    add_method(&r.method, "__getattr__", method_getattr_fallback, Method);
    let mtd = r.method.downcast::<TypeData>().expect("type");
    mtd.flags.set(mtd.flags.get() | tflags::HAS_GETATTR);

    for b in [&r.builtin_function, &r.method_descriptor, &r.classmethod_descriptor, &r.wrapper_descriptor, &r.method_wrapper] {
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
    add_method(p, "__set__", property_set, Method);
    add_method(p, "__delete__", property_delete, Method);
    add_method(p, "__set_name__", property_set_name, Method);
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
}
