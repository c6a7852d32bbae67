//! The `_collections` module: native `defaultdict` (a dict subclass whose
//! `default_factory` lives in a member slot and whose `__missing__` calls
//! it), `_count_elements` (Counter's counting loop), `_tuplegetter` (the
//! namedtuple field descriptor) and the deque types from
//! `collections_deque.rs`.

use std::sync::OnceLock;

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, new_builtin_subtype_with_slots, set_type_attr, t};
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

// ----- defaultdict -------------------------------------------------------------

static DD_TYPE: OnceLock<()> = OnceLock::new();

/// The `collections.defaultdict` type.
pub fn defaultdict_type() -> Value {
    DD_TYPE.get_or_init(install_defaultdict);
    t().named("collections.defaultdict")
}

/// The default factory slot of a defaultdict (None when unset).
fn factory_of(vm: &Vm, d: &Value) -> Value {
    d.as_header().and_then(|h| h.ext()).and_then(|e| e.slots.first().and_then(|s| s.get())).unwrap_or_else(|| vm.none())
}

fn set_factory(d: &Value, f: Value) -> PyResult<()> {
    match d.as_header().and_then(|h| h.ext()).and_then(|e| e.slots.first()) {
        Some(s) => {
            s.set(Some(f));
            Ok(())
        }
        None => Err(type_error("descriptor '__init__' requires a 'collections.defaultdict' object")),
    }
}

fn check_dd<'a>(vm: &Vm, args: &'a Args, what: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let conv = if max == 0 { crate::types::slice::Conv::NoArgs } else { crate::types::slice::Conv::O };
    let p = crate::types::slice::method_args(args, &format!("defaultdict.{what}"), conv, min, max)?;
    if !vm.is_instance(&p[0], &defaultdict_type()) {
        return Err(type_error(format!("descriptor '{what}' for 'collections.defaultdict' objects doesn't apply to a '{}' object", vm.type_name(&p[0]))));
    }
    Ok(p)
}

fn dd_factory_get(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    Ok(factory_of(vm, me))
}

fn dd_factory_set(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    set_factory(me, v.unwrap_or_else(|| vm.none()))
}

fn dd_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(me) = p.first() else { return Err(type_error("defaultdict.__init__(): not enough arguments")) };
    if !vm.is_instance(me, &defaultdict_type()) {
        return Err(type_error("descriptor '__init__' requires a 'collections.defaultdict' object"));
    }
    let factory = p.get(1).cloned().unwrap_or_else(|| vm.none());
    if !vm.is_none(&factory) && !crate::builtins::reflect::is_callable(vm, &factory) {
        return Err(type_error("first argument must be callable or None"));
    }
    set_factory(me, factory)?;
    // The rest initializes the dict part, as dict(...) would.
    let init = t().dict.downcast::<TypeData>().and_then(|td| td.dict.downcast::<DictData>().and_then(|d| d.get_str("__init__")));
    let Some(init) = init else { return Ok(vm.none()) };
    let npos = p.len();
    if npos <= 2 && !args.has_kwargs() {
        return Ok(vm.none());
    }
    let mut all = vec![me.clone()];
    all.extend(p.iter().skip(2).cloned());
    all.extend(args.all[npos..].iter().cloned());
    vm.call_kw(&init, &all, args.kwnames)?;
    Ok(vm.none())
}

/// `d.__missing__(key)`: a new default stored under `key`, or KeyError.
fn dd_missing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_dd(vm, &args, "__missing__", 1, 1)?;
    let factory = factory_of(vm, &p[0]);
    if vm.is_none(&factory) {
        return Err(crate::vm::ops::key_error(vm, &p[1]));
    }
    let value = vm.call(&factory, &[])?;
    vm.setitem(&p[0], p[1].clone(), value.clone())?;
    Ok(value)
}

fn dd_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_dd(vm, &args, "__repr__", 0, 0)?;
    let me = &p[0];
    let base = crate::types::dict::dict_repr(vm, me)?;
    let base = crate::object::str::as_str(&base).unwrap_or("{}").to_string();
    let factory = factory_of(vm, me);
    let fr = if vm.is_none(&factory) {
        "None".to_string()
    } else {
        let addr = factory.raw();
        if vm.repr_stack.contains(&addr) {
            "...".to_string()
        } else {
            vm.repr_stack.push(addr);
            let r = vm.repr_string(&factory);
            vm.repr_stack.retain(|a| *a != addr);
            r?
        }
    };
    let name = vm.type_name(me);
    Ok(vm.str(format!("{name}({fr}, {base})")))
}

/// `type(d)(d.default_factory, d)`.
fn dd_copy_of(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let cls = vm.type_of(me);
    let factory = factory_of(vm, me);
    vm.call(&cls, &[factory, me.clone()])
}

fn dd_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_dd(vm, &args, "copy", 0, 0)?;
    dd_copy_of(vm, &p[0])
}

fn dd_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_dd(vm, &args, "__reduce__", 0, 0)?;
    let me = &p[0];
    let factory = factory_of(vm, me);
    let ctor = if vm.is_none(&factory) { vm.tuple(Vec::new()) } else { vm.tuple(vec![factory]) };
    let items = vm.call_method0(me, "items")?;
    let it = vm.iter(&items)?;
    let cls = vm.type_of(me);
    let none = vm.none();
    Ok(vm.tuple(vec![cls, ctor, none.clone(), none, it]))
}

fn dd_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__or__").positional(2, 2)?;
    let (a, b) = (&p[0], &p[1]);
    if b.downcast::<DictData>().is_none() || !vm.is_instance(a, &defaultdict_type()) {
        return Ok(t().not_implemented.clone());
    }
    let made = dd_copy_of(vm, a)?;
    crate::types::dict::dict_merge_from(vm, &made, b)?;
    Ok(made)
}

fn dd_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ror__").positional(2, 2)?;
    let (me, other) = (&p[0], &p[1]);
    if other.downcast::<DictData>().is_none() || !vm.is_instance(me, &defaultdict_type()) {
        return Ok(t().not_implemented.clone());
    }
    let cls = vm.type_of(me);
    let factory = factory_of(vm, me);
    let made = vm.call(&cls, &[factory, other.clone()])?;
    crate::types::dict::dict_merge_from(vm, &made, me)?;
    Ok(made)
}

const DD_DOC: &str = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n";

fn install_defaultdict() {
    let ty = new_builtin_subtype_with_slots::<DictData>("defaultdict", "collections.defaultdict", "collections", &t().dict, tflags::BASETYPE, &["default_factory"]);
    let m = BuiltinKind::Method;
    for (name, f) in [
        ("__init__", dd_init as NativeFn),
        ("__missing__", dd_missing),
        ("__repr__", dd_repr),
        ("copy", dd_copy),
        ("__copy__", dd_copy),
        ("__reduce__", dd_reduce),
        ("__or__", dd_or),
        ("__ror__", dd_ror),
    ] {
        add_method(&ty, name, f, m);
    }
    // A getset rather than the plain member: reads give None once deleted.
    add_getset(&ty, "default_factory", dd_factory_get, Some(dd_factory_set));
    set_type_attr(&ty, "__doc__", crate::object::str::intern(DD_DOC));
}

// ----- _count_elements ----------------------------------------------------------

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each item; native dict operations when `mapping` is a dict whose
/// `get` and `__setitem__` are dict's own.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_count_elements").positional(0, usize::MAX)?;
    if p.len() != 2 {
        return Err(type_error(format!("_count_elements expected 2 arguments, got {}", p.len())));
    }
    let (mapping, iterable) = (&p[0], &p[1]);
    let get = vm.getattr_str(mapping, "get")?;
    let it = vm.iter(iterable)?;
    let one = vm.int(1);
    let zero = vm.int(0);
    let fast = mapping.downcast::<DictData>().is_some() && {
        let ty = vm.type_of(mapping);
        let r = t();
        let dict_ns = r.dict.downcast::<TypeData>().map(|td| td.dict.clone());
        let own = |vm: &Vm, n: &str| {
            let mine = vm.type_lookup(&ty, n);
            let dicts = dict_ns.as_ref().and_then(|d| d.downcast::<DictData>()).and_then(|d| d.get_str(n));
            matches!((mine, dicts), (Some(a), Some(b)) if a.is(&b))
        };
        own(vm, "get") && own(vm, "__setitem__")
    };
    if fast {
        let d = mapping.downcast::<DictData>().expect("checked");
        while let Some(key) = vm.next(&it)? {
            let h = vm.hash(&key)?;
            let new = match d.get_item_hashed(vm, &key, h)? {
                None => one.clone(),
                Some(old) => match old.as_small_int().and_then(|i| i.checked_add(1)).and_then(Value::try_small_int) {
                    Some(v) => v,
                    None => vm.binary_op(&old, &one, BinaryOp::Add, false)?,
                },
            };
            d.set_item_hashed(vm, key, h, new)?;
        }
    } else {
        while let Some(key) = vm.next(&it)? {
            let old = vm.call(&get, &[key.clone(), zero.clone()])?;
            let new = vm.binary_op(&old, &one, BinaryOp::Add, false)?;
            vm.setitem(mapping, key, new)?;
        }
    }
    Ok(vm.none())
}

// ----- _tuplegetter -------------------------------------------------------------

static TG_TYPE: OnceLock<()> = OnceLock::new();

/// The `_collections._tuplegetter` type.
pub fn tuplegetter_type() -> Value {
    TG_TYPE.get_or_init(|| {
        let ty = new_builtin_subtype::<NativeData>("_tuplegetter", "_collections._tuplegetter", "_collections", &t().object, 0);
        add_method(&ty, "__new__", tg_new, BuiltinKind::StaticMethod);
        let m = BuiltinKind::Method;
        for (name, f) in [("__get__", tg_get as NativeFn), ("__set__", tg_set), ("__delete__", tg_delete), ("__reduce__", tg_reduce), ("__repr__", tg_repr)] {
            add_method(&ty, name, f, m);
        }
        add_getset(&ty, "__doc__", tg_doc_get, Some(tg_doc_set));
    });
    t().named("_collections._tuplegetter")
}

fn tg_parts(vm: &Vm, v: &Value) -> PyResult<(i64, Value)> {
    match v.downcast::<NativeData>() {
        Some(NativeData::TupleGetter { index, doc }) => Ok((*index, doc.get().unwrap_or_else(|| vm.none()))),
        _ => Err(type_error(format!("descriptor requires a '_collections._tuplegetter' object but received a '{}'", vm.type_name(v)))),
    }
}

fn tg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("_tuplegetter() takes no keyword arguments"));
    }
    let Some(cls) = p.first() else { return Err(type_error("_tuplegetter.__new__(): not enough arguments")) };
    if p.len() != 3 {
        return Err(type_error(format!("_tuplegetter expected 2 arguments, got {}", p.len() - 1)));
    }
    let index = vm.index_to_i64(&p[1], "index")?;
    let ty = tuplegetter_type();
    if !cls.is(&ty) {
        return Err(type_error("_tuplegetter.__new__(X): X is not _tuplegetter"));
    }
    Ok(alloc(&ty, NativeData::TupleGetter { index, doc: ValueCell::new(Some(p[2].clone())) }, None))
}

fn tg_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__get__").positional(2, 3)?;
    let (index, _) = tg_parts(vm, &p[0])?;
    if vm.is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    crate::vm::attr::tuple_getter_get(vm, &p[1], index)
}

fn tg_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__set__").positional(3, 3)?;
    tg_parts(vm, &p[0])?;
    Err(crate::object::exception::attribute_error("can't set attribute"))
}

fn tg_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__delete__").positional(2, 2)?;
    tg_parts(vm, &p[0])?;
    Err(crate::object::exception::attribute_error("can't delete attribute"))
}

fn tg_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let (index, doc) = tg_parts(vm, &p[0])?;
    let iv = vm.int(index);
    let inner = vm.tuple(vec![iv, doc]);
    Ok(vm.tuple(vec![tuplegetter_type(), inner]))
}

fn tg_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    let (index, doc) = tg_parts(vm, &p[0])?;
    let dr = vm.repr_string(&doc)?;
    Ok(vm.str(format!("_tuplegetter({index}, {dr})")))
}

fn tg_doc_get(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    Ok(tg_parts(vm, me)?.1)
}

fn tg_doc_set(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    tg_parts(vm, me)?;
    if let Some(NativeData::TupleGetter { doc, .. }) = me.downcast::<NativeData>() {
        doc.set(v);
    }
    Ok(())
}

// ----- the module ---------------------------------------------------------------

/// Creates the `_collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_collections");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let (it, rit) = super::collections_deque_more::iterator_types();
    for (name, v) in [
        ("deque", super::collections_deque::deque_type()),
        ("defaultdict", defaultdict_type()),
        ("_tuplegetter", tuplegetter_type()),
        ("_deque_iterator", it),
        ("_deque_reverse_iterator", rit),
    ] {
        dd.set_str(vm.name(name), v);
    }
    let f = vm.builtin_fn("_count_elements", count_elements);
    dd.set_str(vm.name("_count_elements"), f);
    Ok(m)
}
