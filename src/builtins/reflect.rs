//! Introspection builtins: `isinstance`, `issubclass`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `callable`, `id`, `vars`, `dir`,
//! `globals`, `locals`, `repr`, `ascii`, `format`, `len`.

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::def;

/// Whether `err` is an instance of the builtin exception class `name`.
pub fn err_is(vm: &Vm, err: &PyErr, name: &str) -> bool {
    vm.is_subtype(&err.exc_type(), &t().named(name))
}

fn is_type(v: &Value) -> bool {
    v.downcast::<TypeData>().is_some()
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
pub fn isinstance_of(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(tp) = cls.downcast::<TupleData>() {
        let items = tp.0.to_vec();
        for c in items {
            if isinstance_of(vm, obj, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = vm.type_of(cls);
    if is_type(cls) && meta.is(&t().type_) {
        return Ok(vm.is_instance(obj, cls));
    }
    if let Some(check) = vm.type_lookup(&meta, "__instancecheck__") {
        let r = vm.call(&check, &[cls.clone(), obj.clone()])?;
        return vm.truthy(&r);
    }
    if is_type(cls) {
        return Ok(vm.is_instance(obj, cls));
    }
    Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass(sub, cls)` with tuples and `__subclasscheck__`.
pub fn issubclass_of(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(tp) = cls.downcast::<TupleData>() {
        let items = tp.0.to_vec();
        for c in items {
            if issubclass_of(vm, sub, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = vm.type_of(cls);
    if !(is_type(cls) && meta.is(&t().type_)) {
        if let Some(check) = vm.type_lookup(&meta, "__subclasscheck__") {
            let r = vm.call(&check, &[cls.clone(), sub.clone()])?;
            return vm.truthy(&r);
        }
    }
    if !is_type(sub) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(cls) {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    Ok(vm.is_subtype(sub, cls))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("isinstance").positional(2, 2)?;
    let r = isinstance_of(vm, &p[0], &p[1])?;
    Ok(vm.bool(r))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("issubclass").positional(2, 2)?;
    let r = issubclass_of(vm, &p[0], &p[1])?;
    Ok(vm.bool(r))
}

fn name_arg(vm: &Vm, v: &Value) -> PyResult<Value> {
    if as_str(v).is_some() {
        Ok(v.clone())
    } else {
        Err(type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))))
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getattr").positional(2, 3)?;
    let name = name_arg(vm, &p[1])?;
    match vm.getattr(&p[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if p.len() == 3 && err_is(vm, &e, "AttributeError") => Ok(p[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("setattr").positional(3, 3)?;
    let name = name_arg(vm, &p[1])?;
    vm.setattr(&p[0], &name, Some(p[2].clone()))?;
    Ok(vm.none())
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("delattr").positional(2, 2)?;
    let name = name_arg(vm, &p[1])?;
    vm.setattr(&p[0], &name, None)?;
    Ok(vm.none())
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("hasattr").positional(2, 2)?;
    let name = name_arg(vm, &p[1])?;
    match vm.getattr(&p[0], &name) {
        Ok(_) => Ok(vm.bool(true)),
        Err(e) if err_is(vm, &e, "AttributeError") => Ok(vm.bool(false)),
        Err(e) => Err(e),
    }
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match kind_of_value(v) {
        Some(Kind::Function | Kind::Builtin | Kind::Method | Kind::Type) => true,
        _ => {
            let ty = vm.type_of(v);
            vm.type_lookup(&ty, "__call__").is_some()
        }
    }
}

fn kind_of_value(v: &Value) -> Option<Kind> {
    crate::object::registry::kind_of(v)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("callable").positional(1, 1)?;
    let r = is_callable(vm, &p[0]);
    Ok(vm.bool(r))
}

/// `id(v)`: the object's address (the raw word for inline values).
pub fn id_of(v: &Value) -> i64 {
    match v.as_header() {
        Some(h) => h as *const _ as usize as i64,
        None => (v.raw() >> 1) as i64,
    }
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("id").positional(1, 1)?;
    Ok(vm.int(id_of(&p[0])))
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("globals").positional(0, 0)?;
    Ok(vm.current_globals())
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("locals").positional(0, 0)?;
    Ok(vm.current_locals())
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("vars").positional(0, 1)?;
    if p.is_empty() {
        return locals(vm, Args::positional(&[]));
    }
    match vm.getattr_str(&p[0], "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if err_is(vm, &e, "AttributeError") => Err(type_error("vars() argument must have __dict__ attribute")),
        Err(e) => Err(e),
    }
}

fn push_keys(out: &mut Vec<String>, d: &Value) {
    if let Some(dd) = d.downcast::<DictData>() {
        for k in dd.keys() {
            if let Some(s) = as_str(&k) {
                out.push(s.to_string());
            }
        }
    }
}

fn mro_keys(out: &mut Vec<String>, ty: &Value) {
    if let Some(td) = ty.downcast::<TypeData>() {
        let mro = td.mro.borrow().clone();
        for m in mro {
            if let Some(mt) = m.downcast::<TypeData>() {
                push_keys(out, &mt.dict);
            }
        }
    }
}

/// The default `dir(obj)`: instance dict, then class MRO dicts (sorted, unique).
pub fn default_dir(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = obj.downcast::<ModuleData>() {
        push_keys(&mut out, &m.dict);
    } else if is_type(obj) {
        mro_keys(&mut out, obj);
    } else {
        if let Some(d) = obj.as_header().and_then(|h| h.ext()).and_then(|e| e.dict.get()) {
            push_keys(&mut out, &d);
        }
        if let Some(s) = obj.as_header().and_then(|h| h.ext()).and_then(|e| e.attrs.shape()) {
            out.extend(s.names().iter().filter_map(|k| as_str(k).map(str::to_string)));
        }
        if let Some(d) = obj.downcast::<ExceptionData>().and_then(|e| e.dict.get()) {
            push_keys(&mut out, &d);
        }
        if let Some(td) = obj.as_header().map(|h| h.type_value()).and_then(|ty| ty.downcast::<TypeData>().map(|t| t.slot_names.borrow().clone())) {
            for s in td {
                out.push(s.to_string());
            }
        }
        let ty = vm.type_of(obj);
        mro_keys(&mut out, &ty);
    }
    out.sort();
    out.dedup();
    out
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("dir").positional(0, 1)?;
    let names: Vec<Value> = if p.is_empty() {
        let ns = vm.current_locals();
        let keys = vm.collect(&ns)?;
        let l = vm.list(keys);
        let sort = vm.getattr_str(&l, "sort")?;
        vm.call(&sort, &[])?;
        return Ok(l);
    } else {
        let obj = &p[0];
        let ty = vm.type_of(obj);
        let custom = vm.type_lookup(&ty, "__dir__").filter(|f| f.downcast::<BuiltinData>().is_none());
        if let Some(f) = custom {
            let r = vm.call(&f, std::slice::from_ref(obj))?;
            let items = vm.collect(&r)?;
            let l = vm.list(items);
            let sort = vm.getattr_str(&l, "sort")?;
            vm.call(&sort, &[])?;
            return Ok(l);
        }
        default_dir(vm, obj).into_iter().map(|s| vm.str(s)).collect()
    };
    Ok(vm.list(names))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("repr").positional(1, 1)?;
    vm.repr(&p[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("ascii").positional(1, 1)?;
    vm.ascii(&p[0])
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("format").positional(1, 2)?;
    if let Some(spec) = p.get(1) {
        if as_str(spec).is_none() {
            return Err(type_error(format!("format() argument 2 must be str, not {}", vm.type_name(spec))));
        }
    }
    let spec = p.get(1).cloned().unwrap_or_else(|| vm.str(""));
    vm.format(&p[0], Some(&spec))
}

/// The native function of builtin `len` (compiled code recognizes it:
/// `tier2::translate_builtins`).
pub(crate) fn len_impl() -> crate::object::bodies::NativeFn {
    len
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // One positional argument of a builtin sized type: its length straight
    // from the body (lengths of in-memory containers fit a small int).
    if let ([v], []) = (args.all, args.kwnames) {
        if let Some(n) = crate::vm::convert::builtin_len(v) {
            return Ok(vm.int(n as i64));
        }
    }
    let p = args.parser("len").positional(1, 1)?;
    let n = vm.len(&p[0])?;
    Ok(vm.int(n as i64))
}

/// Registers the introspection builtins.
pub fn install(vm: &mut Vm) {
    def(vm, "isinstance", isinstance);
    def(vm, "issubclass", issubclass);
    def(vm, "getattr", getattr);
    def(vm, "setattr", setattr);
    def(vm, "delattr", delattr);
    def(vm, "hasattr", hasattr);
    def(vm, "callable", callable);
    def(vm, "id", id);
    def(vm, "globals", globals);
    def(vm, "locals", locals);
    def(vm, "vars", vars);
    def(vm, "dir", dir);
    def(vm, "repr", repr);
    def(vm, "ascii", ascii);
    def(vm, "format", format);
    def(vm, "len", len);
}
