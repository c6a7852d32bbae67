//! The native `itertools` module. Every iterator type is a `StateData`
//! object whose Rust state implements `ItIter`; `Vm::next` steps exact
//! instances through `NativeState::native_next` without a method call.
//! Files: `infinite.rs` (count, cycle, repeat), `combining.rs` (chain,
//! accumulate, pairwise, starmap, zip_longest), `filtering.rs` (compress,
//! dropwhile, takewhile, filterfalse, islice), `grouping.rs` (groupby, tee),
//! `combinatorics.rs` (product, permutations, combinations,
//! combinations_with_replacement). This file: the shared plumbing (type
//! creation, state access, CPython's argument-error messages).

mod combinatorics;
mod combining;
mod filtering;
mod grouping;
mod infinite;

use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::registry::{add_method, new_builtin_subtype};
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

/// The Rust state of one itertools iterator type.
pub(crate) trait ItIter: 'static {
    /// Registry key of the type (`itertools.chain`).
    const TYPE: &'static str;
    /// One step: the next item, `None` when exhausted.
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>>;
}

/// Things a state holds that the cycle collector must see.
pub(crate) trait Trav {
    /// Visits every value held.
    fn trav(&self, visit: &mut dyn FnMut(&Value));
}
impl Trav for Value {
    fn trav(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self)
    }
}
impl<T: Trav> Trav for Option<T> {
    fn trav(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self {
            v.trav(visit)
        }
    }
}
impl<T: Trav> Trav for std::rc::Rc<T> {
    fn trav(&self, visit: &mut dyn FnMut(&Value)) {
        (**self).trav(visit)
    }
}
impl<T: Trav> Trav for Vec<T> {
    fn trav(&self, visit: &mut dyn FnMut(&Value)) {
        self.iter().for_each(|v| v.trav(visit))
    }
}

/// Implements `NativeState` for an `ItIter` state, traversing the named fields.
macro_rules! it_state {
    ($t:ty; $($f:ident),*) => {
        impl crate::object::NativeState for $t {
            fn traverse(&self, _visit: &mut dyn FnMut(&crate::object::Value)) {
                $( super::Trav::trav(&self.$f, _visit); )*
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
            fn native_next(&self) -> Option<crate::object::NativeNext> {
                Some(<$t as super::ItIter>::next)
            }
        }
    };
}
pub(crate) use it_state;

/// Runs `f` on `this`'s state of type `T` (no Python code may run in `f`).
#[inline]
pub(crate) fn st<T: ItIter, R>(vm: &Vm, this: &Value, f: impl FnOnce(&mut T) -> R) -> PyResult<R> {
    match this.downcast::<StateData>().and_then(|s| s.with_mut::<T, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor '__next__' requires a '{}' object but received a '{}'", T::TYPE, vm.type_name(this)))),
    }
}

/// Checks that `v` is a `T` for the method `name` (CPython's messages:
/// slot wrappers say "requires", plain methods "doesn't apply").
pub(crate) fn check_self<T: ItIter>(vm: &Vm, v: &Value, name: &str) -> PyResult<()> {
    if v.downcast::<StateData>().and_then(|s| s.with::<T, ()>(|_| ())).is_some() {
        return Ok(());
    }
    let (want, got) = (T::TYPE, vm.type_name(v));
    Err(type_error(if name == "__next__" || name == "__repr__" {
        format!("descriptor '{name}' requires a '{want}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{want}' objects doesn't apply to a '{got}' object")
    }))
}

/// A new instance of `cls` holding `state`.
pub(crate) fn new_obj(cls: &Value, state: impl NativeState) -> Value {
    alloc(cls, StateData::new(state), None)
}

/// The builtin type registered as `qualified`.
pub(crate) fn ty(qualified: &str) -> Value {
    t().named(qualified)
}

/// `cls` of a `__new__` call and whether it is exactly the builtin type.
pub(crate) fn cls_of(vm: &Vm, args: &Args, qualified: &str) -> PyResult<(Value, bool)> {
    let Some(cls) = args.pos().first().cloned() else { return Err(type_error(format!("{qualified}.__new__(): not enough arguments"))) };
    let base = ty(qualified);
    if !vm.is_subtype(&cls, &base) {
        let name = match cls.downcast::<TypeData>() {
            Some(td) => td.name().to_string(),
            None => vm.type_name(&cls).to_string(),
        };
        return Err(type_error(format!("{qualified}.__new__({name}): {name} is not a subtype of {qualified}")));
    }
    let exact = cls.is(&base);
    Ok((cls, exact))
}

/// CPython's positional-only check: `name expected [at least |at most ]N argument[s], got M`.
pub(crate) fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let q = if min == max { "" } else { "at least " };
        return Err(type_error(format!("{name} expected {q}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let q = if min == max { "" } else { "at most " };
        return Err(type_error(format!("{name} expected {q}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Positional-only arguments of `__new__` (after `cls`): no keywords for
/// the exact type, then `check_positional`.
pub(crate) fn positional<'a>(args: &Args<'a>, exact: bool, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if exact && args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = &args.pos()[1..];
    check_positional(name, p.len(), min, max)?;
    Ok(p)
}

/// Which message an unknown keyword gets.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum KwStyle {
    /// `'x' is an invalid keyword argument for f()` (PyArg_ParseTupleAndKeywords).
    Old,
    /// `f() got an unexpected keyword argument 'x'` (Argument Clinic).
    Clinic,
}

/// Binds `__new__` arguments (after `cls`) to `names`; the first `required`
/// are required and only the first `max_pos` may be positional.
pub(crate) fn bind(args: &Args, fname: &str, names: &[&str], required: usize, max_pos: usize, style: KwStyle) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos()[1..];
    let nkw = args.kwnames.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if pos.len() + nkw > names.len() {
        let n = names.len();
        return Err(type_error(format!("{fname}() takes at most {n} argument{} ({} given)", plural(n), pos.len() + nkw)));
    }
    if pos.len() > max_pos {
        return Err(type_error(format!("{fname}() takes at most {max_pos} positional argument{} ({} given)", plural(max_pos), pos.len())));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => return Err(type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1))),
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(match style {
                    KwStyle::Old => format!("'{k}' is an invalid keyword argument for {fname}()"),
                    KwStyle::Clinic => format!("{fname}() got an unexpected keyword argument '{k}'"),
                }))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
        }
    }
    Ok(out)
}

/// `PySequence_Tuple(v)` as a Vec (tuples and lists copied, others iterated).
pub(crate) fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(tp) = v.downcast::<TupleData>() {
        return Ok(tp.0.to_vec());
    }
    vm.collect(v)
}

/// A StopIteration error (for `__next__` called as a method).
fn stop() -> PyErr {
    PyErr::new_empty(&t().named("StopIteration"))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(v) if !args.has_kwargs() && args.pos().len() == 1 => Ok(v.clone()),
        _ => Err(type_error("expected 0 arguments")),
    }
}

fn next_method<T: ItIter>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__next__").positional(1, 1)?;
    check_self::<T>(vm, &p[0], "__next__")?;
    T::next(vm, &p[0])?.ok_or_else(stop)
}

/// `__reduce__` of the types without pickling support: a clear error
/// (so `copy.copy` fails instead of building a fresh, wrong object).
fn no_reduce<T: ItIter>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    check_self::<T>(vm, &p[0], "__reduce__")?;
    let short = T::TYPE.rsplit('.').next().unwrap_or(T::TYPE);
    Err(type_error(format!("cannot pickle '{short}' object")))
}

/// Creates the type `itertools.<name>` for state `T` with `__new__`,
/// `__iter__`, `__next__` and `__reduce__`.
pub(crate) fn new_iter_type<T: ItIter>(name: &'static str, subclassable: bool, new: NativeFn) -> Value {
    let flags = if subclassable { tflags::BASETYPE } else { 0 };
    let ty = new_builtin_subtype::<StateData>(name, T::TYPE, "itertools", &t().object, flags);
    add_method(&ty, "__new__", new, BuiltinKind::StaticMethod);
    add_method(&ty, "__iter__", iter_self, BuiltinKind::Method);
    add_method(&ty, "__next__", next_method::<T>, BuiltinKind::Method);
    add_method(&ty, "__reduce__", no_reduce::<T>, BuiltinKind::Method);
    ty
}

/// The module's public names and their values (types are created once).
fn members() -> &'static [(&'static str, &'static str)] {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        infinite::install();
        combining::install();
        filtering::install();
        grouping::install();
        combinatorics::install();
    });
    &[
        ("accumulate", "itertools.accumulate"),
        ("chain", "itertools.chain"),
        ("combinations", "itertools.combinations"),
        ("combinations_with_replacement", "itertools.combinations_with_replacement"),
        ("compress", "itertools.compress"),
        ("count", "itertools.count"),
        ("cycle", "itertools.cycle"),
        ("dropwhile", "itertools.dropwhile"),
        ("filterfalse", "itertools.filterfalse"),
        ("groupby", "itertools.groupby"),
        ("islice", "itertools.islice"),
        ("pairwise", "itertools.pairwise"),
        ("permutations", "itertools.permutations"),
        ("product", "itertools.product"),
        ("repeat", "itertools.repeat"),
        ("starmap", "itertools.starmap"),
        ("takewhile", "itertools.takewhile"),
        ("zip_longest", "itertools.zip_longest"),
        ("_grouper", "itertools._grouper"),
        ("_tee", "itertools._tee"),
        ("_tee_dataobject", "itertools._tee_dataobject"),
    ]
}

/// Creates the `itertools` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "itertools");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, key) in members() {
        dd.set_str(vm.name(name), ty(key));
    }
    let tee = vm.builtin_fn("tee", grouping::tee_fn);
    dd.set_str(vm.name("tee"), tee);
    Ok(m)
}
