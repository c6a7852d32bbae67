//! `set` / `frozenset`: constructors, element methods, set algebra (methods
//! and operators), subset comparisons, repr, and CPython's frozenset hash.

use crate::bytecode::CompareOp;
use crate::error::{PyErr, PyResult};
use crate::object::exception::{key_error_msg, type_error};
use crate::object::iter::IterState;
use crate::object::registry::{add_method, set_type_attr};
use crate::object::*;
use crate::vm::Vm;

use super::list::new_instance;

fn sd(v: &Value) -> PyResult<&SetData> {
    v.downcast::<SetData>().ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

/// `self` of a mutating `set` method: a set (or subclass), never a
/// frozenset; CPython's descriptor message otherwise.
#[inline]
fn sd_mut<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a SetData> {
    match v.downcast::<SetData>() {
        Some(d) if crate::vm::iterate::is_exact(v, &t().set) || !is_frozen(v) => Ok(d),
        _ => Err(not_a_set(vm, v, name)),
    }
}

#[cold]
fn not_a_set(vm: &Vm, v: &Value, name: &str) -> PyErr {
    type_error(format!("descriptor '{name}' for 'set' objects doesn't apply to a '{}' object", vm.type_name(v)))
}

/// The positionals (self first) of a one-argument `set` method.
fn one_arg<'a>(args: &'a Args, qual: &str) -> PyResult<&'a [Value]> {
    super::slice::method_args(args, qual, super::slice::Conv::O, 1, 1)
}

fn is_frozen(v: &Value) -> bool {
    let fz = &t().frozenset;
    v.as_header().is_some_and(|h| h.type_data().mro.borrow().iter().any(|m| m.is(fz)))
}

/// Adds the elements of `iterable` to the set body `target` in CPython's order.
pub fn set_update_from(vm: &mut Vm, target: &SetData, iterable: &Value) -> PyResult<()> {
    if let Some(o) = iterable.downcast::<SetData>() {
        let snap = o.snapshot();
        return target.merge(vm, &snap);
    }
    if let (true, Some(d)) = (crate::vm::iterate::is_exact(iterable, &t().dict), iterable.downcast::<DictData>()) {
        target.presize_for_dict(d.len());
        for k in d.keys() {
            target.add(vm, k)?;
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        target.add(vm, v)?;
    }
    Ok(())
}

/// A new set (or frozenset when `frozen`) holding `items`' elements.
pub fn make_set(vm: &mut Vm, frozen: bool, src: Option<&Value>) -> PyResult<Value> {
    let body = SetData::new();
    if let Some(s) = src {
        set_update_from(vm, &body, s)?;
    }
    Ok(alloc(if frozen { &t().frozenset } else { &t().set }, body, None))
}

fn same_kind(vm: &mut Vm, like: &Value, src: Option<&Value>) -> PyResult<Value> {
    make_set(vm, is_frozen(like), src)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = &args.pos()[0];
    let r = t();
    if cls.is(&r.frozenset) {
        let p = args.parser("frozenset").positional(1, 2)?;
        if p.len() == 2 && crate::vm::iterate::is_exact(&p[1], &r.frozenset) {
            return Ok(p[1].clone());
        }
        return make_set(vm, true, p.get(1));
    }
    if cls.is(&r.set) {
        return Ok(vm.set());
    }
    let base = if vm.is_subtype(cls, &r.frozenset) { &r.frozenset } else { &r.set };
    let v = new_instance(cls, base, SetData::new())?;
    if base.is(&r.frozenset) {
        if let Some(src) = args.pos().get(1) {
            set_update_from(vm, sd(&v)?, src)?;
        }
    }
    Ok(v)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("set").positional(1, 2)?;
    if is_frozen(&p[0]) {
        return Ok(vm.none());
    }
    let s = sd(&p[0])?;
    s.clear();
    if let Some(src) = p.get(1) {
        set_update_from(vm, s, src)?;
    }
    Ok(vm.none())
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let ([s, k], []) = (args.all, args.kwnames) {
        sd_mut(vm, s, "add")?.add(vm, k.clone())?;
        return Ok(vm.none());
    }
    let p = one_arg(&args, "set.add")?;
    sd_mut(vm, &p[0], "add")?.add(vm, p[1].clone())?;
    Ok(vm.none())
}

/// The native functions of `set.add` and `set.discard` (as CALL_BUILTIN
/// caches hold them), for compiled code's lean path (`tier2::translate_sets`).
pub fn add_discard_fns() -> (NativeFn, NativeFn) {
    (add, discard)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(&args, "set.remove")?;
    if !sd_mut(vm, &p[0], "remove")?.discard(vm, &p[1])? {
        return Err(super::dict::key_error(vm, &p[1])?);
    }
    Ok(vm.none())
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let ([s, k], []) = (args.all, args.kwnames) {
        sd_mut(vm, s, "discard")?.discard(vm, k)?;
        return Ok(vm.none());
    }
    let p = one_arg(&args, "set.discard")?;
    sd_mut(vm, &p[0], "discard")?.discard(vm, &p[1])?;
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "set.pop", super::slice::Conv::NoArgs, 0, 0)?;
    sd_mut(vm, &p[0], "pop")?.pop().ok_or_else(|| key_error_msg("pop from an empty set"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("clear").positional(1, 1)?;
    sd(&p[0])?.clear();
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("copy").positional(1, 1)?;
    if crate::vm::iterate::is_exact(&p[0], &t().frozenset) {
        return Ok(p[0].clone());
    }
    same_kind(vm, &p[0], Some(&p[0]))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let s = sd(&p[0])?;
    for o in &p[1..] {
        set_update_from(vm, s, o)?;
    }
    Ok(vm.none())
}

/// Elements of `a` that are (`keep == true`) or are not in `other`.
fn filter_by(vm: &mut Vm, a: &Value, other: &Value, keep: bool) -> PyResult<Vec<Value>> {
    let other_set = if other.downcast::<SetData>().is_some() { other.clone() } else { make_set(vm, false, Some(other))? };
    let o = sd(&other_set)?;
    let mut out = Vec::new();
    for x in sd(a)?.items() {
        if o.contains(vm, &x)? == keep {
            out.push(x);
        }
    }
    Ok(out)
}

fn from_items(vm: &mut Vm, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    let r = same_kind(vm, like, None)?;
    let s = sd(&r)?;
    for x in items {
        s.add(vm, x)?;
    }
    Ok(r)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let r = same_kind(vm, &p[0], Some(&p[0]))?;
    for o in &p[1..] {
        set_update_from(vm, sd(&r)?, o)?;
    }
    Ok(r)
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let mut cur = same_kind(vm, &p[0], Some(&p[0]))?;
    for o in &p[1..] {
        let items = filter_by(vm, &cur, o, true)?;
        cur = from_items(vm, &p[0], items)?;
    }
    Ok(cur)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let mut cur = same_kind(vm, &p[0], Some(&p[0]))?;
    for o in &p[1..] {
        let items = filter_by(vm, &cur, o, false)?;
        cur = from_items(vm, &p[0], items)?;
    }
    Ok(cur)
}

fn sym_diff_items(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let bset = if b.downcast::<SetData>().is_some() { b.clone() } else { make_set(vm, false, Some(b))? };
    let r = same_kind(vm, a, Some(a))?;
    let rs = sd(&r)?;
    for x in sd(&bset)?.items() {
        if !rs.discard(vm, &x)? {
            rs.add(vm, x)?;
        }
    }
    Ok(r)
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("symmetric_difference").positional(2, 2)?;
    sym_diff_items(vm, &p[0], &p[1])
}

fn replace_contents(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    let s = sd(target)?;
    let snap = sd(src)?.snapshot();
    s.clear();
    s.merge(vm, &snap)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = intersection(vm, args)?;
    replace_contents(vm, &args.pos()[0], &r)?;
    Ok(vm.none())
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    for o in &p[1..] {
        let other = if o.downcast::<SetData>().is_some() { o.clone() } else { make_set(vm, false, Some(o))? };
        for x in sd(&other)?.items() {
            sd(&p[0])?.discard(vm, &x)?;
        }
    }
    Ok(vm.none())
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("symmetric_difference_update").positional(2, 2)?;
    let bset = if p[1].downcast::<SetData>().is_some() && !p[1].is(&p[0]) { p[1].clone() } else { make_set(vm, false, Some(&p[1]))? };
    let s = sd(&p[0])?;
    for x in sd(&bset)?.items() {
        if !s.discard(vm, &x)? {
            s.add(vm, x)?;
        }
    }
    Ok(vm.none())
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (sa, sb) = (sd(a)?, sd(b)?);
    if sa.len() > sb.len() {
        return Ok(false);
    }
    for x in sa.items() {
        if !sb.contains(vm, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.downcast::<SetData>().is_some() {
        Ok(v.clone())
    } else {
        make_set(vm, false, Some(v))
    }
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("issubset").positional(2, 2)?;
    let b = as_set(vm, &p[1])?;
    let r = is_subset(vm, &p[0], &b)?;
    Ok(vm.bool(r))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("issuperset").positional(2, 2)?;
    let b = as_set(vm, &p[1])?;
    let r = is_subset(vm, &b, &p[0])?;
    Ok(vm.bool(r))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("isdisjoint").positional(2, 2)?;
    let b = as_set(vm, &p[1])?;
    let r = filter_by(vm, &p[0], &b, true)?.is_empty();
    Ok(vm.bool(r))
}

fn binop(vm: &mut Vm, args: Args, f: fn(&mut Vm, Args) -> PyResult<Value>, reflected: bool) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || p[1].downcast::<SetData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let arr = if reflected { [p[1].clone(), p[0].clone()] } else { [p[0].clone(), p[1].clone()] };
    f(vm, Args::positional(&arr))
}
fn op_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, union, false)
}
fn op_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, union, true)
}
fn op_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, intersection, false)
}
fn op_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, intersection, true)
}
fn op_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, difference, false)
}
fn op_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, difference, true)
}
fn op_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, symmetric_difference, false)
}
fn op_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, a, symmetric_difference, true)
}

fn inplace(vm: &mut Vm, args: Args, f: fn(&mut Vm, Args) -> PyResult<Value>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || p[1].downcast::<SetData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    f(vm, args)?;
    Ok(p[0].clone())
}
fn op_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, update)
}
fn op_iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, intersection_update)
}
fn op_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, difference_update)
}
fn op_ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, symmetric_difference_update)
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || p[1].downcast::<SetData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let (a, b) = (&p[0], &p[1]);
    let (la, lb) = (sd(a)?.len(), sd(b)?.len());
    let r = match op {
        CompareOp::Eq => la == lb && is_subset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CompareOp::Le => is_subset(vm, a, b)?,
        CompareOp::Lt => la < lb && is_subset(vm, a, b)?,
        CompareOp::Ge => is_subset(vm, b, a)?,
        CompareOp::Gt => la > lb && is_subset(vm, b, a)?,
    };
    Ok(vm.bool(r))
}
macro_rules! cmp_fns {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp(vm, args, CompareOp::$op) })*
    };
}
cmp_fns!(lt => Lt, le => Le, eq => Eq, ne => Ne, gt => Gt, ge => Ge);

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.int(sd(&args.pos()[0])?.len() as i64))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__contains__").positional(2, 2)?;
    let s = sd(&p[0])?;
    let r = s.contains(vm, &p[1])?;
    Ok(vm.bool(r))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let len = sd(v)?.len();
    Ok(vm.iterator("set_iterator", IterState::Set { set: v.clone(), pos: 0, len }))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let items = sd(v)?.items();
    let name = vm.type_name(v);
    if items.is_empty() {
        return Ok(vm.str(format!("{}()", name)));
    }
    let addr = v.raw();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.str(format!("{}(...)", name)));
    }
    let exact_set = crate::vm::iterate::is_exact(v, &t().set);
    let inner = super::list::seq_repr(vm, v, &items, "{", "}", "...")?;
    if exact_set {
        return Ok(inner);
    }
    let text = crate::object::str::as_str(&inner).unwrap_or("").to_string();
    Ok(vm.str(format!("{}({})", name, text)))
}

/// CPython's frozenset hash over the element hashes.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash as i64 == -1 {
        590923713
    } else {
        hash as i64
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = sd(&args.pos()[0])?;
    if s.hash.get() != -1 {
        return Ok(vm.int(s.hash.get()));
    }
    let hs: Vec<i64> = s.with_table(|t| t.entries().map(|(h, _)| h).collect());
    let h = frozenset_hash(hs.into_iter(), s.len());
    s.hash.set(h);
    Ok(vm.int(h))
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

/// Installs set's and frozenset's methods.
pub fn install() {
    let r = t();
    let m = BuiltinKind::Method;
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__or__", op_or),
        ("__ror__", op_ror),
        ("__and__", op_and),
        ("__rand__", op_rand),
        ("__sub__", op_sub),
        ("__rsub__", op_rsub),
        ("__xor__", op_xor),
        ("__rxor__", op_rxor),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
    ];
    for ty in [&r.set, &r.frozenset] {
        add_method(ty, "__new__", set_new, BuiltinKind::StaticMethod);
        add_method(ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
        for (n, f) in common {
            add_method(ty, n, *f, m);
        }
    }
    for (n, f) in [
        ("__init__", set_init as NativeFn),
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__ior__", op_ior),
        ("__iand__", op_iand),
        ("__isub__", op_isub),
        ("__ixor__", op_ixor),
    ] {
        add_method(&r.set, n, f, m);
    }
    set_type_attr(&r.set, "__hash__", r.none.clone());
    add_method(&r.frozenset, "__hash__", hash, m);
}
