//! Introspection types: `mappingproxy`, code objects (`co_*`), tracebacks
//! (`tb_lineno`, `tb_next`), generator state attributes, and
//! `types.GenericAlias` (`list[int]`).

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::generator::GeneratorData;
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::{ClassMethod, Method};

use super::core::self_of;

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
    proxy_keys => "keys", proxy_values => "values", proxy_items => "items", proxy_get => "get", proxy_copy => "copy",
    proxy_str => "__str__");
/// `types.MappingProxyType(mapping)`: a read-only view of `mapping`.
fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("mappingproxy").positional(2, 2)?;
    let m = &p[1];
    let is_seq = m.downcast::<ListData>().is_some() || m.downcast::<TupleData>().is_some();
    let ty = vm.type_of(m);
    if is_seq || vm.type_lookup(&ty, "__getitem__").is_none() {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(m))));
    }
    Ok(alloc(&t().mappingproxy, NativeData::MappingProxy(m.clone()), None))
}
fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(&args)?;
    let r = vm.repr_string(&d)?;
    Ok(vm.str(format!("mappingproxy({r})")))
}

// ----- module (types.ModuleType) -----

fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = self_of(&args)?.clone();
    if !vm.is_subtype(&cls, &t().module) {
        return Err(type_error("module.__new__(X): X is not a subtype of module"));
    }
    let d = vm.dict();
    Ok(alloc(&cls, ModuleData { dict: d }, None))
}

/// `module(name, doc=None)`: sets the standard module attributes.
/// `repr(module)`: `<module 'name' from 'file'>`, `(built-in)` for native
/// modules, `(frozen)` for the embedded Python-source ones, else
/// `<module 'name'>`.
fn module_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = args.parser("__repr__").positional(1, 1)?[0].clone();
    let Some(d) = m.downcast::<ModuleData>().map(|md| md.dict.clone()) else {
        return Err(crate::object::exception::type_error("descriptor '__repr__' requires a 'module' object"));
    };
    let dd = d.downcast::<DictData>().expect("module dict");
    let name = dd.get_str("__name__");
    let name_repr = match &name {
        Some(n) => vm.repr_string(n)?,
        None => "'?'".to_string(),
    };
    if let Some(f) = dd.get_str("__file__").filter(|f| !vm.is_none(f)) {
        let fr = vm.repr_string(&f)?;
        return Ok(vm.str(format!("<module {name_repr} from {fr}>")));
    }
    let plain = name.as_ref().and_then(|n| crate::object::str::as_str(n).map(str::to_string)).unwrap_or_default();
    let registered = crate::vm::import::get_str_in(&vm.modules, &plain).is_some_and(|v| v.is(&m));
    let origin = if !registered {
        ""
    } else if crate::stdlib::pysrc_modules::is_source_module(&plain) {
        " (frozen)"
    } else if crate::stdlib::NATIVE_MODULES.contains(&plain.as_str()) {
        " (built-in)"
    } else {
        ""
    };
    Ok(vm.str(format!("<module {name_repr}{origin}>")))
}

fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_of(&args)?.clone();
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let slots = rest.parser("module").bind(&["name", "doc"], 1)?;
    let name = slots[0].clone().expect("required");
    if as_str(&name).is_none() {
        return Err(type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let doc = slots[1].clone().unwrap_or_else(|| vm.none());
    let d = me.downcast::<ModuleData>().map(|m| m.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let dd = d.downcast::<DictData>().expect("module dict");
    dd.set_str(vm.name("__name__"), name);
    dd.set_str(vm.name("__doc__"), doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        dd.set_str(vm.name(key), vm.none());
    }
    Ok(vm.none())
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
fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = tb_entry(v)?.0;
    // Pyrite's frame objects are snapshots: `f_lineno` is the entry's
    // line (CPython's live frame of a still-running function has moved on).
    Ok(crate::stdlib::sys_frame::traceback_frame(vm, &e.frame, e.lineno()))
}
fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = tb_entry(v)?.0;
    Ok(vm.int(e.frame.lasti as i64 * 2))
}
fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(tb_entry(v)?.0.lineno() as i64))
}
/// `_positions`: `(lineno, end_lineno, colno, end_colno)` of the entry's
/// instruction (the last three None when unknown), as CPython's
/// `code.co_positions()` gives for `tb_lasti`.
fn tb_positions(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = tb_entry(v)?.0;
    let (lineno, span) = (e.lineno(), e.span());
    let mut items = vec![vm.int(lineno as i64)];
    if span.is_known() {
        items.extend([vm.int(span.end_line as i64), vm.int(span.col as i64), vm.int(span.end_col as i64)]);
    } else {
        items.extend([vm.none(), vm.none(), vm.none()]);
    }
    Ok(vm.tuple(items))
}
fn tb_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(tb_entry(v)?.0.filename()))
}
fn tb_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.str(tb_entry(v)?.0.name()))
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

/// The entries a traceback object `v` stands for (innermost first): its
/// exception's entries from `v`'s frame inwards. `None` if `v` is no traceback.
pub fn traceback_entries(v: &Value) -> Option<Vec<crate::object::exception::TbEntry>> {
    let (exc, i) = tb_parts(v).ok()?;
    let d = exc.downcast::<ExceptionData>()?;
    let tb = d.traceback.borrow();
    Some(tb[..tb.len().saturating_sub(i)].to_vec())
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
    // A snapshot of the suspended frame (its line and locals as of now);
    // None once finished. A running generator's frame is on the run stack,
    // not reachable from here: it is reported as the generator itself.
    let g = v.downcast::<GeneratorData>().expect("generator");
    let fr = g.frame.borrow();
    match fr.as_deref() {
        Some(f) => crate::stdlib::sys_frame::suspended_frame(vm, f, g.started.get()),
        None if g.running.get() => Ok(v.clone()),
        None => Ok(vm.none()),
    }
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
pub fn install() {
    let r = t();
    let mp = &r.mappingproxy;
    add_method(mp, "__new__", proxy_new, BuiltinKind::StaticMethod);
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
    add_method(mp, "__str__", proxy_str, Method);
    add_method(&r.module, "__new__", module_new, BuiltinKind::StaticMethod);
    add_method(&r.module, "__init__", module_init, Method);
    add_method(&r.module, "__repr__", module_repr, Method);
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
    add_getset(&r.traceback, "tb_frame", tb_frame, None);
    add_getset(&r.traceback, "tb_lasti", tb_lasti, None);
    add_getset(&r.traceback, "tb_next", tb_next, None);
    // Pyrite has no frame objects: the file and function name of an entry
    // (what `tb_frame.f_code.co_filename` / `co_name` give in CPython).
    add_getset(&r.traceback, "_co_filename", tb_filename, None);
    add_getset(&r.traceback, "_positions", tb_positions, None);
    add_getset(&r.traceback, "_co_name", tb_name, None);
    let g = &r.generator;
    add_getset(g, "gi_running", gi_running, None);
    add_getset(g, "gi_frame", gi_frame, None);
    add_getset(g, "gi_code", gi_code, None);
    add_getset(g, "gi_suspended", gi_suspended, None);
    add_getset(g, "__qualname__", gen_qualname, None);
}

// ----- types.GenericAlias (`list[int]`) -----

/// `__class_getitem__(params)`: a `types.GenericAlias`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__class_getitem__").positional(2, 2)?;
    generic_alias(vm, &p[0], &p[1])
}

/// `types.GenericAlias(origin, params)`, what `origin[params]` gives for
/// the generic builtins (and for `type` itself, which has no
/// `__class_getitem__`).
pub fn generic_alias(vm: &mut Vm, origin: &Value, params: &Value) -> PyResult<Value> {
    let p = [origin.clone(), params.clone()];
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

/// `types.GenericAlias(origin, args)`.
fn alias_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    if p.len() != 3 {
        return Err(type_error(format!("GenericAlias expected 2 arguments, got {}", p.len().saturating_sub(1))));
    }
    generic_alias(vm, &p[1], &p[2])
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
    add_method(&ga, "__new__", alias_new, BuiltinKind::StaticMethod);
    add_method(&ga, "__repr__", alias_repr, Method);
    add_method(&ga, "__call__", alias_call, Method);
    add_method(&ga, "__eq__", alias_eq, Method);
    add_method(&ga, "__hash__", alias_hash, Method);
    add_method(&ga, "__or__", super::core::type_or, Method);
    add_method(&ga, "__ror__", super::core::type_ror, Method);
    for ty in [&r.list, &r.dict, &r.tuple, &r.set, &r.frozenset] {
        add_method(ty, "__class_getitem__", class_getitem, ClassMethod);
    }
    for name in ["enumerate", "dict_keys", "dict_values", "dict_items"] {
        add_method(&r.named(name), "__class_getitem__", class_getitem, ClassMethod);
    }
}
