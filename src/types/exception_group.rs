//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction with
//! CPython 3.11's checks and messages, `message` / `exceptions`, `__str__`,
//! `derive`, `split` and `subgroup` (by type, tuple of types or predicate),
//! and the two helpers behind `except*` (`eg_match` for CHECK_EG_MATCH,
//! `prep_reraise_star` for PREP_RERAISE_STAR).
//!
//! A group keeps `(message, exceptions tuple)` in `ExceptionData::group`;
//! `args` holds the constructor arguments as given (so `repr` shows the list
//! the program passed, as CPython does).

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

use super::exception::new_exception;

fn value_error(msg: String) -> PyErr {
    PyErr::new(&t().named("ValueError"), msg)
}

/// Whether `v` is an exception group instance.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    v.downcast::<ExceptionData>().is_some() && vm.is_instance(v, &t().named("BaseExceptionGroup"))
}

/// The `(message, exceptions)` of a group (None for a group whose
/// `__new__` never ran, e.g. a bare `object.__new__` misuse).
fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let g = v.downcast::<ExceptionData>()?.group.get()?;
    let t = g.downcast::<TupleData>()?;
    let excs = t.0.get(1)?.downcast::<TupleData>()?.0.to_vec();
    Some((t.0.first()?.clone(), excs))
}

/// The leaf exceptions of a group, or of a lone exception (itself).
pub fn leaves(vm: &Vm, v: &Value, out: &mut Vec<Value>) {
    match parts(v).filter(|_| is_group(vm, v)) {
        Some((_, excs)) => {
            for e in &excs {
                leaves(vm, e, out);
            }
        }
        None => out.push(v.clone()),
    }
}

/// Whether `v` is a sequence for the constructor (`PySequence_Check`:
/// has `__getitem__` and is not a dict).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    if v.downcast::<ListData>().is_some() || v.downcast::<TupleData>().is_some() {
        return true;
    }
    let ty = vm.type_of(v);
    !vm.is_subtype(&ty, &t().dict) && vm.type_lookup(&ty, "__getitem__").is_some()
}

/// Builds a group of class `cls` (after the constructor's checks).
fn construct(vm: &mut Vm, cls: &Value, message: &Value, excs_arg: &Value) -> PyResult<Value> {
    if as_str(message).is_none() {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(message))));
    }
    if !is_sequence(vm, excs_arg) {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(excs_arg)?;
    if excs.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence".into()));
    }
    let exception = t().named("Exception");
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if e.downcast::<ExceptionData>().is_none() {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= vm.is_instance(e, &exception);
    }
    let beg = t().named("BaseExceptionGroup");
    let eg = t().named("ExceptionGroup");
    let mut cls = cls.clone();
    if cls.is(&beg) {
        if all_exceptions {
            cls = eg;
        }
    } else if cls.is(&eg) {
        if !all_exceptions {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exceptions && vm.is_subtype(&cls, &exception) {
        let name = cls.downcast::<TypeData>().map(|td| td.name()).unwrap_or_default();
        return Err(type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let obj = new_exception(vm, &cls, vec![message.clone(), excs_arg.clone()]);
    let tuple = vm.tuple(excs);
    let g = vm.tuple(vec![message.clone(), tuple]);
    obj.downcast::<ExceptionData>().expect("exception").group.set(Some(g));
    Ok(obj)
}

fn beg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(cls) = p.first() else { return Err(type_error("BaseExceptionGroup.__new__(): not enough arguments")) };
    let beg = t().named("BaseExceptionGroup");
    if cls.downcast::<TypeData>().is_none() {
        return Err(type_error(format!("BaseExceptionGroup.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    if !vm.is_subtype(cls, &beg) {
        let n = cls.downcast::<TypeData>().map(|td| td.name()).unwrap_or_default();
        return Err(type_error(format!("BaseExceptionGroup.__new__({n}): {n} is not a subtype of BaseExceptionGroup")));
    }
    if args.has_kwargs() && (cls.is(&beg) || cls.is(&t().named("ExceptionGroup"))) {
        let n = cls.downcast::<TypeData>().map(|td| td.name()).unwrap_or_default();
        return Err(type_error(format!("{n}() takes no keyword arguments")));
    }
    if p.len() != 3 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", p.len() - 1)));
    }
    construct(vm, cls, &p[1], &p[2])
}

fn beg_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(s) = p.first() else { return Err(type_error("BaseExceptionGroup.__init__(): not enough arguments")) };
    let d = s.downcast::<ExceptionData>().ok_or_else(|| type_error("descriptor '__init__' requires a 'BaseExceptionGroup' object"))?;
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", vm.type_name(s))));
    }
    d.args.set(Some(vm.tuple(p[1..].to_vec())));
    Ok(vm.none())
}

fn self_group(vm: &Vm, v: &Value) -> PyResult<(Value, Vec<Value>)> {
    if !is_group(vm, v) {
        return Err(type_error(format!("descriptor requires a 'BaseExceptionGroup' object but received '{}'", vm.type_name(v))));
    }
    parts(v).ok_or_else(|| type_error("exception group is not initialized"))
}

fn get_message(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    Ok(self_group(vm, s)?.0)
}

fn get_exceptions(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let (_, excs) = self_group(vm, s)?;
    Ok(vm.tuple(excs))
}

/// `message` and `exceptions` are read-only members.
fn readonly(_vm: &mut Vm, _s: &Value, _v: Option<Value>) -> PyResult<()> {
    Err(crate::object::exception::attribute_error("readonly attribute"))
}

fn beg_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.parser("__str__").positional(1, 1)?[0].clone();
    let (msg, excs) = self_group(vm, &s)?;
    let msg = as_str(&msg).unwrap_or("").to_string();
    let n = excs.len();
    Ok(vm.str(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn beg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("derive").positional(2, 2)?;
    let (msg, _) = self_group(vm, &p[0])?;
    construct(vm, &t().named("BaseExceptionGroup"), &msg, &p[1])
}

/// What `split` / `subgroup` / `except*` match leaves against.
enum Matcher {
    Type(Value),
    Predicate(Value),
}

fn is_exception_class(v: &Value) -> bool {
    v.downcast::<TypeData>().is_some_and(|td| td.has_flag(tflags::EXCEPTION))
}

fn matcher(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    if is_exception_class(v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if let Some(tp) = v.downcast::<TupleData>() {
        if tp.0.iter().all(is_exception_class) {
            return Ok(Matcher::Type(v.clone()));
        }
    } else if v.downcast::<TypeData>().is_none() && crate::builtins::reflect::is_callable(vm, v) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    Err(type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Type(ty) => vm.exception_matches(exc, ty),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(exc))?;
            vm.truthy(&r)
        }
    }
}

/// A group with `excs` and the metadata (traceback, cause, context, a
/// copy of `__notes__`) of `orig`, made by `orig.derive(excs)`; None when
/// `excs` is empty.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr(orig, &vm.name("derive"))?;
    let list = vm.list(excs);
    let eg = vm.call(&derive, &[list])?;
    if !is_group(vm, &eg) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (src, dst) = (orig.downcast::<ExceptionData>().expect("group"), eg.downcast::<ExceptionData>().expect("group"));
    let tb = src.traceback.borrow().clone();
    *dst.traceback.borrow_mut() = tb;
    dst.context.set(src.context.get());
    dst.cause.set(src.cause.get());
    // Setting the cause (even to None) sets __suppress_context__, as
    // CPython's PyException_SetCause does.
    dst.suppress_context.set(true);
    if let Some(notes) = vm.getattr_opt(orig, "__notes__")? {
        if is_sequence(vm, &notes) {
            let items = vm.collect(&notes)?;
            let copy = vm.list(items);
            let name = vm.name("__notes__");
            vm.setattr(&eg, &name, Some(copy))?;
        }
    }
    Ok(Some(eg))
}

/// `exc.split(matcher)` on any exception: (match, rest), each None or an
/// exception; `rest` is only built when `want_rest`.
fn split_rec(vm: &mut Vm, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, children)) = parts(exc).filter(|_| is_group(vm, exc)) else {
        return Ok((None, want_rest.then(|| exc.clone())));
    };
    let (mut hit, mut miss) = (Vec::new(), Vec::new());
    for c in &children {
        let (a, b) = split_rec(vm, c, m, want_rest)?;
        hit.extend(a);
        miss.extend(b);
    }
    let a = subset(vm, exc, hit)?;
    let b = if want_rest { subset(vm, exc, miss)? } else { None };
    Ok((a, b))
}

fn beg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("split").positional(2, 2)?;
    self_group(vm, &p[0])?;
    let m = matcher(vm, &p[1])?;
    let (a, b) = split_rec(vm, &p[0], &m, true)?;
    let none = vm.none();
    Ok(vm.tuple(vec![a.unwrap_or_else(|| none.clone()), b.unwrap_or(none)]))
}

fn beg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("subgroup").positional(2, 2)?;
    self_group(vm, &p[0])?;
    let m = matcher(vm, &p[1])?;
    let (a, _) = split_rec(vm, &p[0], &m, false)?;
    Ok(a.unwrap_or_else(|| vm.none()))
}

/// CHECK_EG_MATCH: matches the exception `exc` against the `except*` type
/// `ty`; returns (rest, match), either None. A lone exception that matches
/// is wrapped in `ExceptionGroup("", (exc,))` (with no traceback, as CPython 3.11).
pub fn eg_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_star_type(vm, ty)?;
    let none = vm.none();
    if vm.is_none(exc) {
        return Ok((none.clone(), none));
    }
    if vm.exception_matches(exc, ty)? {
        if is_group(vm, exc) {
            return Ok((none, exc.clone()));
        }
        let empty = vm.str("");
        let one = vm.tuple(vec![exc.clone()]);
        let wrapped = construct(vm, &t().named("BaseExceptionGroup"), &empty, &one)?;
        return Ok((none, wrapped));
    }
    if is_group(vm, exc) {
        let (a, b) = split_rec(vm, exc, &Matcher::Type(ty.clone()), true)?;
        return Ok((b.unwrap_or_else(|| none.clone()), a.unwrap_or(none)));
    }
    Ok((exc.clone(), none))
}

/// The `except*` operand checks: exception classes only, and no groups.
fn check_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match ty.downcast::<TupleData>() {
        Some(tp) => tp.0.to_vec(),
        None => vec![ty.clone()],
    };
    for it in &items {
        if !is_exception_class(it) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if vm.is_subtype(it, &t().named("BaseExceptionGroup")) {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// Whether `e` is `orig` or a part split from it and re-raised unchanged
/// (same traceback, cause and context), rather than newly raised.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (e.downcast::<ExceptionData>(), orig.downcast::<ExceptionData>()) else { return false };
    let same = |x: Option<Value>, y: Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    let tb_same = {
        let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
        ta.len() == tb.len() && ta.iter().zip(tb.iter()).all(|(x, y)| x.filename() == y.filename() && x.name() == y.name() && x.lineno() == y.lineno() && x.span() == y.span())
    };
    tb_same && same(a.cause.get(), b.cause.get()) && same(a.context.get(), b.context.get())
}

/// PREP_RERAISE_STAR: what an `except*` statement raises after its
/// clauses ran, from the original exception and the list of exceptions
/// raised or re-raised by the clauses plus the unhandled rest (None
/// entries skipped). None when nothing is left to raise.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let none = vm.none();
    let excs: Vec<Value> = excs.iter().filter(|e| !vm.is_none(e)).cloned().collect();
    if excs.is_empty() {
        return Ok(none);
    }
    if !is_group(vm, orig) {
        // A naked exception was wrapped: one clause at most ran.
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised leaves, kept in the shape of the original group.
    let mut keep = Vec::new();
    for e in &reraised {
        leaves(vm, e, &mut keep);
    }
    let ids: Vec<u64> = keep.iter().map(|v| v.raw()).collect();
    let reraised_eg = if ids.is_empty() { None } else { project(vm, orig, &ids)? };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or(none));
    }
    raised.extend(reraised_eg);
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one"));
    }
    let empty = vm.str("");
    let list = vm.list(raised);
    construct(vm, &t().named("BaseExceptionGroup"), &empty, &list)
}

/// The part of group `orig` whose leaves are the objects `ids`.
fn project(vm: &mut Vm, orig: &Value, ids: &[u64]) -> PyResult<Option<Value>> {
    fn rec(vm: &mut Vm, exc: &Value, ids: &[u64]) -> PyResult<Option<Value>> {
        match parts(exc).filter(|_| is_group(vm, exc)) {
            None => Ok(ids.contains(&exc.raw()).then(|| exc.clone())),
            Some((_, children)) => {
                let mut hit = Vec::new();
                for c in &children {
                    hit.extend(rec(vm, c, ids)?);
                }
                subset(vm, exc, hit)
            }
        }
    }
    rec(vm, orig, ids)
}

/// Installs the group methods and gives `ExceptionGroup` its second base
/// (`Exception`), as in CPython.
pub fn install() {
    let r = t();
    let beg = r.named("BaseExceptionGroup");
    let eg = r.named("ExceptionGroup");
    let exception = r.named("Exception");
    if let Some(td) = eg.downcast::<TypeData>() {
        *td.bases.borrow_mut() = vec![beg.clone(), exception.clone()];
        *td.mro.borrow_mut() = vec![eg.clone(), beg.clone(), exception, r.base_exception.clone(), r.object.clone()];
    }
    add_method(&beg, "__new__", beg_new, BuiltinKind::StaticMethod);
    add_method(&beg, "__init__", beg_init, BuiltinKind::Method);
    add_method(&beg, "__str__", beg_str, BuiltinKind::Method);
    add_method(&beg, "derive", beg_derive, BuiltinKind::Method);
    add_method(&beg, "split", beg_split, BuiltinKind::Method);
    add_method(&beg, "subgroup", beg_subgroup, BuiltinKind::Method);
    add_method(&beg, "__class_getitem__", super::introspect::class_getitem, BuiltinKind::ClassMethod);
    add_getset(&beg, "message", get_message, Some(readonly));
    add_getset(&beg, "exceptions", get_exceptions, Some(readonly));
}
