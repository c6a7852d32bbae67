//! `functools.partial`, native: a callable type holding `func`, the frozen
//! positional `args` (a tuple) and `keywords` (a dict), with an instance
//! `__dict__`. Construction flattens a plain inner partial (same `__call__`,
//! no instance attributes); a call prepends the frozen arguments and merges
//! keywords (call keywords override frozen ones, frozen order first), with
//! no dict built when neither side has keywords. Repr, `__reduce__` and
//! `__setstate__` follow CPython 3.11.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype_with_dict};
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

/// The state of a partial object.
struct Partial {
    func: Value,
    /// A tuple.
    args: Value,
    /// A dict.
    kw: Value,
}

impl NativeState for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.args);
        visit(&self.kw);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// `(func, args tuple, keywords dict)` of a partial object.
fn parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value)> {
    match v.downcast::<StateData>().and_then(|s| s.with::<Partial, _>(|p| (p.func.clone(), p.args.clone(), p.kw.clone()))) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor requires a 'functools.partial' object but received a '{}'", vm.type_name(v)))),
    }
}

fn tuple_items(v: &Value) -> &[Value] {
    v.downcast::<TupleData>().map(|t| &t.0[..]).unwrap_or(&[])
}

fn dict_items(v: &Value) -> Vec<(Value, Value)> {
    v.downcast::<DictData>().map(|d| d.items()).unwrap_or_default()
}

fn new_dict_from(vm: &mut Vm, items: &[(Value, Value)]) -> PyResult<Value> {
    let d = vm.dict();
    let dd = d.downcast::<DictData>().expect("dict");
    for (k, v) in items {
        dd.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(d)
}

/// Whether `v` is a partial whose calls are partial's own and which has no
/// instance attributes, so a partial of it may be flattened.
fn flattenable(vm: &mut Vm, v: &Value) -> bool {
    let Some(h) = v.as_header() else { return false };
    if h.type_data().kind != Kind::State {
        return false;
    }
    let ty = h.type_value();
    let own = vm.type_lookup(&partial_type(), "__call__");
    let theirs = vm.type_lookup(&ty, "__call__");
    if !matches!((own, theirs), (Some(a), Some(b)) if a.is(&b)) {
        return false;
    }
    let no_attrs = match crate::vm::instattr::existing_dict(vm, v) {
        None => true,
        Some(d) => d.downcast::<DictData>().is_some_and(|d| d.is_empty()),
    };
    no_attrs && v.downcast::<StateData>().is_some_and(|s| s.with::<Partial, _>(|_| ()).is_some())
}

fn p_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = match p.first() {
        Some(c) if c.downcast::<TypeData>().is_some() => c.clone(),
        _ => return Err(type_error("partial.__new__(X): X is not a type object")),
    };
    if p.len() < 2 {
        return Err(type_error("type 'partial' takes at least one argument"));
    }
    let mut func = p[1].clone();
    if !crate::builtins::reflect::is_callable(vm, &func) {
        return Err(type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = p[2..].to_vec();
    let mut kw: Vec<(Value, Value)> = Vec::new();
    if flattenable(vm, &func) {
        let (f, a, k) = parts(vm, &func)?;
        let mut inner = tuple_items(&a).to_vec();
        inner.extend(pos);
        pos = inner;
        kw = dict_items(&k);
        func = f;
    }
    let mut kwd = new_dict_from(vm, &kw)?;
    if !args.kwnames.is_empty() {
        let dd = kwd.downcast::<DictData>().expect("dict");
        for (k, v) in args.kwnames.iter().zip(&args.all[p.len()..]) {
            dd.set_item(vm, k.clone(), v.clone())?;
        }
    } else if kw.is_empty() {
        kwd = vm.dict();
    }
    let args_t = vm.tuple(pos);
    Ok(alloc(&cls, StateData::new(Partial { func, args: args_t, kw: kwd }), None))
}

fn p_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

/// `partial(...)(*args, **kwargs)`.
fn p_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.all[0];
    let (func, pargs, pkw) = parts(vm, me)?;
    let frozen = tuple_items(&pargs);
    let npos = args.all.len() - 1 - args.kwnames.len();
    let given = &args.all[1..1 + npos];
    let pkw_empty = pkw.downcast::<DictData>().is_none_or(|d| d.is_empty());
    if pkw_empty {
        if frozen.is_empty() {
            return vm.call_kw(&func, &args.all[1..], args.kwnames);
        }
        let mut all = Vec::with_capacity(frozen.len() + args.all.len() - 1);
        all.extend_from_slice(frozen);
        all.extend_from_slice(&args.all[1..]);
        return vm.call_kw(&func, &all, args.kwnames);
    }
    // Merge keywords: frozen ones first, overridden by the call's.
    let mut names: Vec<Value> = Vec::new();
    let mut vals: Vec<Value> = Vec::new();
    for (k, v) in dict_items(&pkw) {
        if crate::object::str::as_str(&k).is_none() {
            return Err(type_error("keywords must be strings"));
        }
        names.push(k);
        vals.push(v);
    }
    for (k, v) in args.kwnames.iter().zip(&args.all[1 + npos..]) {
        let ks = crate::object::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| crate::object::str::as_str(n) == Some(ks)) {
            Some(i) => vals[i] = v.clone(),
            None => {
                names.push(k.clone());
                vals.push(v.clone());
            }
        }
    }
    let mut all = Vec::with_capacity(frozen.len() + npos + vals.len());
    all.extend_from_slice(frozen);
    all.extend_from_slice(given);
    all.extend(vals);
    vm.call_kw(&func, &all, &names)
}

fn p_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let (func, pargs, pkw) = parts(vm, &me)?;
    let ty = vm.type_of(&me);
    let td = ty.downcast::<TypeData>().expect("type");
    let prefix: String = if td.has_flag(tflags::HEAPTYPE) { td.name().to_string() } else { "functools.partial".into() };
    let addr = me.raw();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.str("..."));
    }
    vm.repr_stack.push(addr);
    let body = (|| -> PyResult<String> {
        let mut s = vm.repr_string(&func)?;
        for a in tuple_items(&pargs) {
            s.push_str(", ");
            s.push_str(&vm.repr_string(a)?);
        }
        for (k, v) in dict_items(&pkw) {
            let ks = vm.str_string(&k)?;
            s.push_str(&format!(", {}={}", ks, vm.repr_string(&v)?));
        }
        Ok(s)
    })();
    vm.repr_stack.retain(|a| *a != addr);
    Ok(vm.str(format!("{}({})", prefix, body?)))
}

fn p_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let (func, pargs, pkw) = parts(vm, me)?;
    let ty = vm.type_of(me);
    let dict = match crate::vm::instattr::existing_dict(vm, me) {
        Some(d) if d.downcast::<DictData>().is_some_and(|d| !d.is_empty()) => d,
        _ => vm.none(),
    };
    let ctor_args = vm.tuple(vec![func.clone()]);
    let state = vm.tuple(vec![func, pargs, pkw, dict]);
    Ok(vm.tuple(vec![ty, ctor_args, state]))
}

fn p_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    let (me, state) = (&p[0], &p[1]);
    let st = match state.downcast::<TupleData>() {
        Some(st) if st.0.len() == 4 => st,
        _ => return Err(type_error("invalid partial state")),
    };
    let (func, fargs, kw, dict) = (&st.0[0], &st.0[1], &st.0[2], &st.0[3]);
    let kw_ok = vm.is_none(kw) || kw.downcast::<DictData>().is_some();
    if !crate::builtins::reflect::is_callable(vm, func) || fargs.downcast::<TupleData>().is_none() || !kw_ok {
        return Err(type_error("invalid partial state"));
    }
    let fargs = vm.tuple(tuple_items(fargs).to_vec());
    let kw = if vm.is_none(kw) { vm.dict() } else { new_dict_from(vm, &dict_items(kw))? };
    let ok = me.downcast::<StateData>().and_then(|s| {
        s.with_mut::<Partial, _>(|p| {
            p.func = func.clone();
            p.args = fargs;
            p.kw = kw;
        })
    });
    if ok.is_none() {
        return Err(type_error("descriptor '__setstate__' requires a 'functools.partial' object"));
    }
    // Inline attributes move to the dict first, which the state then replaces.
    crate::vm::instattr::existing_dict(vm, me);
    if let Some(cell) = me.as_header().and_then(|h| h.ext()).map(|e| &e.dict) {
        if vm.is_none(dict) {
            cell.set(None);
        } else {
            let d = new_dict_from(vm, &dict_items(dict))?;
            cell.set(Some(d));
        }
    }
    Ok(vm.none())
}

fn g_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.0)
}

fn g_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.1)
}

fn g_keywords(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.2)
}

fn readonly(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

static TYPE: OnceLock<()> = OnceLock::new();

/// The `functools.partial` type.
pub fn partial_type() -> Value {
    TYPE.get_or_init(|| {
        let ty = new_builtin_subtype_with_dict::<StateData>("partial", "functools.partial", "functools", &t().object, tflags::BASETYPE);
        add_method(&ty, "__new__", p_new, BuiltinKind::StaticMethod);
        add_method(&ty, "__init__", p_init, BuiltinKind::Method);
        add_method(&ty, "__call__", p_call, BuiltinKind::Method);
        add_method(&ty, "__repr__", p_repr, BuiltinKind::Method);
        add_method(&ty, "__reduce__", p_reduce, BuiltinKind::Method);
        add_method(&ty, "__class_getitem__", crate::types::introspect::class_getitem, BuiltinKind::ClassMethod);
        add_method(&ty, "__setstate__", p_setstate, BuiltinKind::Method);
        add_getset(&ty, "func", g_func, Some(readonly));
        add_getset(&ty, "args", g_args, Some(readonly));
        add_getset(&ty, "keywords", g_keywords, Some(readonly));
    });
    t().named("functools.partial")
}
