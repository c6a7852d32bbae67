//! `dict` methods and dunders, and the dict views (`dict_keys`,
//! `dict_values`, `dict_items`): len, iter, `in`, repr, set operations.

use crate::bytecode::CompareOp;
use crate::error::{PyErr, PyResult};
use crate::object::exception::{key_error_msg, type_error, value_error};
use crate::object::iter::{IterData, IterState};
use crate::object::registry::{add_method, set_type_attr};
use crate::object::*;
use crate::vm::Vm;

use super::list::new_instance;

fn dd(v: &Value) -> PyResult<&DictData> {
    v.downcast::<DictData>().ok_or_else(|| type_error("descriptor requires a 'dict' object"))
}

/// A KeyError carrying `key` as its argument.
pub fn key_error(vm: &mut Vm, key: &Value) -> PyResult<PyErr> {
    let kt = t().named("KeyError");
    let exc = vm.call(&kt, std::slice::from_ref(key))?;
    Ok(PyErr::from_object(exc))
}

/// `dict.update(other)` semantics: mapping (has `keys`) or iterable of pairs.
pub fn dict_merge_from(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    let target = dd(d)?;
    if let Some(o) = other.downcast::<DictData>() {
        if crate::vm::iterate::is_exact(other, &t().dict) || vm.lookup_special(other, "keys").is_none() {
            for (k, v) in o.items() {
                target.set_item(vm, k, v)?;
            }
            return Ok(());
        }
    }
    if vm.getattr_opt(other, "keys")?.is_some() {
        let keys = vm.call_method0(other, "keys")?;
        for k in vm.collect(&keys)? {
            let v = vm.getitem(other, &k)?;
            target.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match vm.collect(&pair) {
            Ok(x) => x,
            Err(e) if vm.is_subtype(&e.exc_type(), &t().named("TypeError")) => {
                return Err(type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)));
            }
            Err(e) => return Err(e),
        };
        if items.len() != 2 {
            return Err(value_error(format!("dictionary update sequence element #{} has length {}; 2 is required", i, items.len())));
        }
        let mut it2 = items.into_iter();
        let (k, v) = (it2.next().expect("2"), it2.next().expect("2"));
        target.set_item(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

impl Vm {
    /// `obj.name()`.
    pub fn call_method0(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, &[])
    }
}

fn update_args(vm: &mut Vm, args: Args, fname: &str) -> PyResult<()> {
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", fname, p.len() - 1)));
    }
    if p.len() == 2 {
        dict_merge_from(vm, &p[0], &p[1])?;
    }
    let d = dd(&p[0])?;
    for (k, v) in args.kwargs() {
        let key = vm.str(k);
        d.set_item(vm, key, v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = &args.pos()[0];
    if cls.is(&t().dict) {
        return Ok(vm.dict());
    }
    new_instance(cls, &t().dict, DictData::new())
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_args(vm, args, "dict")?;
    Ok(vm.none())
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_args(vm, args, "update")?;
    Ok(vm.none())
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.method_parser("get").positional(2, 3)?;
    match dd(&p[0])?.get_item(vm, &p[1])? {
        Some(v) => Ok(v),
        None => Ok(p.get(2).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.method_parser("setdefault").positional(2, 3)?;
    let d = dd(&p[0])?;
    if let Some(v) = d.get_item(vm, &p[1])? {
        return Ok(v);
    }
    let dv = p.get(2).cloned().unwrap_or_else(|| vm.none());
    d.set_item(vm, p[1].clone(), dv.clone())?;
    Ok(dv)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "pop", super::slice::Conv::Clinic, 1, 2)?;
    match dd(&p[0])?.del_item(vm, &p[1])? {
        Some(v) => Ok(v),
        None => match p.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(vm, &p[1])?),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("popitem").positional(1, 1)?;
    match dd(&p[0])?.pop_last() {
        Some((k, v)) => Ok(vm.tuple(vec![k, v])),
        None => Err(key_error_msg("popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, args: Args, part: u8, name: &str) -> PyResult<Value> {
    let p = args.parser(name).positional(1, 1)?;
    dd(&p[0])?;
    Ok(vm.iterator(["dict_keys", "dict_values", "dict_items"][part as usize], IterState::DictView { dict: p[0].clone(), part }))
}
fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 0, "keys")
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 1, "values")
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 2, "items")
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("clear").positional(1, 1)?;
    dd(&p[0])?.clear();
    Ok(vm.none())
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("copy").positional(1, 1)?;
    Ok(alloc(&t().dict, DictData::from_table(dd(&p[0])?.snapshot()), None))
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.method_parser("fromkeys").positional(2, 3)?;
    let value = p.get(2).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call(&p[0], &[])?;
    let keys = vm.collect(&p[1])?;
    if let (true, Some(body)) = (crate::vm::iterate::is_exact(&d, &t().dict), d.downcast::<DictData>()) {
        for k in keys {
            body.set_item(vm, k, value.clone())?;
        }
    } else {
        for k in keys {
            vm.setitem(&d, k, value.clone())?;
        }
    }
    Ok(d)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__len__").positional(1, 1)?;
    Ok(vm.int(dd(&p[0])?.len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getitem__").positional(2, 2)?;
    if let Some(v) = dd(&p[0])?.get_item(vm, &p[1])? {
        return Ok(v);
    }
    if !crate::vm::iterate::is_exact(&p[0], &t().dict) {
        if let Some(m) = vm.lookup_special(&p[0], "__missing__") {
            return vm.call(&m, &[p[1].clone()]);
        }
    }
    Err(key_error(vm, &p[1])?)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setitem__").positional(3, 3)?;
    dd(&p[0])?.set_item(vm, p[1].clone(), p[2].clone())?;
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__delitem__").positional(2, 2)?;
    match dd(&p[0])?.del_item(vm, &p[1])? {
        Some(_) => Ok(vm.none()),
        None => Err(key_error(vm, &p[1])?),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__contains__").positional(2, 2)?;
    let r = dd(&p[0])?.get_item(vm, &p[1])?.is_some();
    Ok(vm.bool(r))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__iter__").positional(1, 1)?;
    dd(&p[0])?;
    Ok(vm.dict_iter(&p[0], 0))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reversed__").positional(1, 1)?;
    let mut k = dd(&p[0])?.keys();
    k.reverse();
    let l = vm.list(k);
    Ok(vm.iterator("dict_reversekeyiterator", IterState::List { seq: l, index: 0 }))
}

/// `a == b` for two dicts.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (da, db) = (dd(a)?, dd(b)?);
    if da.len() != db.len() {
        return Ok(false);
    }
    for (k, v) in da.items() {
        match db.get_item(vm, &k)? {
            Some(w) => {
                if !vm.eq_bool(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    if p[1].downcast::<DictData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let r = dict_eq(vm, &p[0], &p[1])?;
    Ok(vm.bool(r))
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ne__").positional(2, 2)?;
    if p[1].downcast::<DictData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let r = dict_eq(vm, &p[0], &p[1])?;
    Ok(vm.bool(!r))
}

fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__or__").positional(2, 2)?;
    if p[1].downcast::<DictData>().is_none() || p[0].downcast::<DictData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let new = alloc(&t().dict, DictData::from_table(dd(&p[0])?.snapshot()), None);
    dict_merge_from(vm, &new, &p[1])?;
    Ok(new)
}

fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ror__").positional(2, 2)?;
    if p[1].downcast::<DictData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let new = alloc(&t().dict, DictData::from_table(dd(&p[1])?.snapshot()), None);
    dict_merge_from(vm, &new, &p[0])?;
    Ok(new)
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__ior__").positional(2, 2)?;
    dict_merge_from(vm, &p[0], &p[1])?;
    Ok(p[0].clone())
}

/// `repr` of a dict body (with `{...}` for recursion).
pub fn dict_repr(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let addr = d.raw();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.str("{...}"));
    }
    let items = dd(d)?.items();
    vm.repr_stack.push(addr);
    let mut s = String::from("{");
    let mut res = Ok(());
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match vm.repr_string(k).and_then(|ks| Ok((ks, vm.repr_string(v)?))) {
            Ok((ks, vs)) => {
                s.push_str(&ks);
                s.push_str(": ");
                s.push_str(&vs);
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.retain(|a| *a != addr);
    res?;
    s.push('}');
    Ok(vm.str(s))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    dict_repr(vm, &p[0])
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

// ----- views -----

fn view_parts(v: &Value) -> PyResult<(Value, u8)> {
    let d = v.downcast::<IterData>().ok_or_else(|| type_error("expected a dict view"))?;
    let st = d.state.borrow();
    match &*st {
        IterState::DictView { dict, part } => Ok((dict.clone(), *part)),
        _ => Err(type_error("expected a dict view")),
    }
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(&args.pos()[0])?;
    Ok(vm.int(dd(&d)?.len() as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, part) = view_parts(&args.pos()[0])?;
    Ok(vm.dict_iter(&d, part))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, part) = view_parts(&args.pos()[0])?;
    let body = dd(&d)?;
    let mut v: Vec<Value> = match part {
        0 => body.keys(),
        1 => body.values(),
        _ => body.items().into_iter().map(|(k, v)| vm.tuple(vec![k, v])).collect(),
    };
    v.reverse();
    let l = vm.list(v);
    Ok(vm.iterator("dict_reversekeyiterator", IterState::List { seq: l, index: 0 }))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (d, part) = view_parts(&p[0])?;
    let body = dd(&d)?;
    let r = match part {
        0 => body.get_item(vm, &p[1])?.is_some(),
        1 => {
            let mut found = false;
            for v in body.values() {
                if vm.eq_bool(&v, &p[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => match p[1].downcast::<TupleData>() {
            Some(tu) if tu.0.len() == 2 => match body.get_item(vm, &tu.0[0])? {
                Some(v) => vm.eq_bool(&v, &tu.0[1])?,
                None => false,
            },
            _ => false,
        },
    };
    Ok(vm.bool(r))
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let (d, part) = view_parts(v)?;
    let body = dd(&d)?;
    let items: Vec<Value> = match part {
        0 => body.keys(),
        1 => body.values(),
        _ => body.items().into_iter().map(|(k, v)| vm.tuple(vec![k, v])).collect(),
    };
    let name = vm.type_name(v);
    super::list::seq_repr(vm, v, &items, &format!("{}([", name), "])", "...")
}

fn view_setop(vm: &mut Vm, args: Args, op: crate::bytecode::BinaryOp) -> PyResult<Value> {
    let p = args.pos();
    let a = vm.call(&t().set, &[p[0].clone()])?;
    let b = vm.call(&t().set, &[p[1].clone()])?;
    vm.binary_op(&a, &b, op, false)
}
fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, crate::bytecode::BinaryOp::And)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, crate::bytecode::BinaryOp::Or)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, crate::bytecode::BinaryOp::Subtract)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, crate::bytecode::BinaryOp::Xor)
}
fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (_, part) = view_parts(&p[0])?;
    if part == 1 {
        return Ok(vm.bool(p[0].is(&p[1])));
    }
    let a = vm.call(&t().set, &[p[0].clone()])?;
    let is_setlike = p[1].downcast::<SetData>().is_some() || view_parts(&p[1]).is_ok_and(|(_, pt)| pt != 1);
    if !is_setlike {
        return Ok(t().not_implemented.clone());
    }
    let b = vm.call(&t().set, &[p[1].clone()])?;
    vm.compare(&a, &b, CompareOp::Eq)
}

/// Installs dict's and the views' methods.
pub fn install() {
    let ty = &t().dict;
    let m = BuiltinKind::Method;
    add_method(ty, "__new__", dict_new, BuiltinKind::StaticMethod);
    add_method(ty, "fromkeys", fromkeys, BuiltinKind::ClassMethod);
    add_method(ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
    for (name, f) in [
        ("__init__", dict_init as NativeFn),
        ("update", update),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("clear", clear),
        ("copy", copy),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("__repr__", repr),
    ] {
        add_method(ty, name, f, m);
    }
    set_type_attr(ty, "__hash__", t().none.clone());
    for (i, name) in ["dict_keys", "dict_values", "dict_items"].iter().enumerate() {
        let vt = t().named(name);
        for (n, f) in [
            ("__len__", view_len as NativeFn),
            ("__iter__", view_iter),
            ("__reversed__", view_reversed),
            ("__contains__", view_contains),
            ("__repr__", view_repr),
        ] {
            add_method(&vt, n, f, m);
        }
        if i != 1 {
            for (n, f) in [
                ("__and__", view_and as NativeFn),
                ("__rand__", view_and),
                ("__or__", view_or),
                ("__ror__", view_or),
                ("__sub__", view_sub),
                ("__xor__", view_xor),
                ("__rxor__", view_xor),
                ("__eq__", view_eq),
            ] {
                add_method(&vt, n, f, m);
            }
            set_type_attr(&vt, "__hash__", t().none.clone());
        }
    }
}
