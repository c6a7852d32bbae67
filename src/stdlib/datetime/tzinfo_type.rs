//! `datetime.tzinfo` as a native type: the abstract base of time zones.
//! Its `utcoffset`/`dst`/`tzname` raise NotImplementedError, `fromutc`
//! converts a UTC datetime to local time from `utcoffset()` and `dst()`,
//! and `__reduce__` pickles `(type, __getinitargs__() or (), state)`.
//! Python subclasses (user time zones) are the common case: the helpers
//! here (`utcoffset_of`, `tzname_of`) call their methods and check the
//! results with CPython's messages wherever a tzinfo is consulted.

use std::sync::OnceLock;

use super::calendar::US_PER_DAY;
use super::timedelta::td_of;
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::{not_implemented_error, type_error, value_error};
use crate::object::registry::{add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::*;
use crate::vm::Vm;

/// The (empty) state of a plain `tzinfo` instance.
pub(crate) struct Abstract;

impl NativeState for Abstract {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

const QUALIFIED: &str = "datetime.tzinfo";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static TZINFO_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("tzinfo", QUALIFIED, "datetime", &t().object, crate::object::typeobj::tflags::BASETYPE);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
}

/// The native `datetime.tzinfo` type.
pub(crate) fn tzinfo_type() -> Value {
    TZINFO_TYPE.with(Value::clone)
}

/// Whether `v` is a tzinfo (an instance of tzinfo or of a subclass).
pub(crate) fn is_tzinfo(vm: &Vm, v: &Value) -> bool {
    vm.is_subtype(&vm.type_of(v), &tzinfo_type())
}

/// `self` of a tzinfo method, with CPython's descriptor message.
fn this<'a>(vm: &Vm, p: &'a [Value], what: &str) -> PyResult<&'a Value> {
    match p.first() {
        Some(v) if is_tzinfo(vm, v) => Ok(v),
        other => {
            let got = other.map(|v| vm.qualified_type_name(v)).unwrap_or_else(|| "NoneType".into());
            Err(type_error(if super::args::is_slot(what) {
                format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)
            } else {
                format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", what, QUALIFIED, got)
            }))
        }
    }
}

/// The single argument of a method of `class` (`tzinfo.utcoffset`).
pub(crate) fn one_arg<'a>(args: &Args<'a>, qualified: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualified)));
    }
    let p = args.pos();
    match p.len() {
        2 => Ok(&p[1]),
        n => Err(type_error(format!("{}() takes exactly one argument ({} given)", qualified, n.saturating_sub(1)))),
    }
}

/// Checks a `utcoffset()`/`dst()` result (`what` names the method): None
/// or a timedelta strictly within a day; returns it with its microseconds.
pub(crate) fn checked_offset(vm: &Vm, v: Value, what: &str) -> PyResult<Option<(Value, i64)>> {
    if vm.is_none(&v) {
        return Ok(None);
    }
    let Some(td) = td_of(&v) else {
        return Err(type_error(format!("tzinfo.{}() must return None or timedelta, not '{}'", what, vm.qualified_type_name(&v))));
    };
    let total = td.total();
    if total <= -i128::from(US_PER_DAY) || total >= i128::from(US_PER_DAY) {
        return Err(value_error("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)."));
    }
    Ok(Some((v, total as i64)))
}

/// `tz.<what>(arg)` checked as an offset (`what`: utcoffset or dst); a
/// native timezone answers without a call.
pub(crate) fn offset_of(vm: &mut Vm, tz: &Value, arg: &Value, what: &str) -> PyResult<Option<(Value, i64)>> {
    if vm.is_none(tz) {
        return Ok(None);
    }
    if let Some(z) = super::timezone_type::zone_of(tz) {
        return Ok(if what == "dst" { None } else { Some((z.offset, z.total)) });
    }
    let m = vm.getattr_str(tz, what)?;
    let r = vm.call(&m, std::slice::from_ref(arg))?;
    checked_offset(vm, r, what)
}

// ----- methods -----

/// `tzinfo.__new__(cls, *args, **kwargs)`: arguments are ignored, as in
/// CPython (subclasses take theirs in `__init__`).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = super::date::check_new_cls(vm, args.pos().first(), &tzinfo_type(), QUALIFIED)?;
    let zone = super::timezone_type::timezone_type();
    if vm.is_subtype(&cls, &zone) {
        return Err(type_error("datetime.tzinfo.__new__(datetime.timezone) is not safe, use datetime.timezone.__new__()"));
    }
    Ok(alloc(&cls, StateData::new(Abstract), None))
}

fn abstract_method(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    this(vm, args.pos(), name)?;
    one_arg(&args, &format!("tzinfo.{}", name))?;
    Err(not_implemented_error(format!("a tzinfo subclass must implement {}()", name)))
}

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    abstract_method(vm, args, "utcoffset")
}

fn dst(vm: &mut Vm, args: Args) -> PyResult<Value> {
    abstract_method(vm, args, "dst")
}

fn tzname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    abstract_method(vm, args, "tzname")
}

/// Checks the argument of `fromutc`: a datetime whose tzinfo is `zone`.
pub(crate) fn fromutc_arg(vm: &mut Vm, zone: &Value, dt: &Value) -> PyResult<()> {
    if !super::date::is_datetime(vm, dt) {
        return Err(type_error("fromutc: argument must be a datetime"));
    }
    let tz = vm.getattr_str(dt, "tzinfo")?;
    if !tz.is(zone) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    Ok(())
}

/// `tzinfo.fromutc(dt)`: `dt` (UTC wall time, tzinfo self) moved by the
/// standard offset (`utcoffset() - dst()`), then by the DST in force there.
fn fromutc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let zone = this(vm, args.pos(), "fromutc")?.clone();
    let dt = one_arg(&args, "tzinfo.fromutc")?.clone();
    fromutc_arg(vm, &zone, &dt)?;
    let Some((_, off)) = offset_of(vm, &zone, &dt, "utcoffset")? else {
        return Err(value_error("fromutc: non-None utcoffset() result required"));
    };
    let Some((_, dst)) = offset_of(vm, &zone, &dt, "dst")? else {
        return Err(value_error("fromutc: non-None dst() result required"));
    };
    let std = super::timedelta::td_value(i128::from(off - dst))?;
    let moved = vm.binary_op(&dt, &std, BinaryOp::Add, false)?;
    let Some((delta, _)) = offset_of(vm, &zone, &moved, "dst")? else {
        return Err(value_error("fromutc: tz.dst() gave inconsistent results; cannot convert"));
    };
    vm.binary_op(&moved, &delta, BinaryOp::Add, false)
}

/// The pickle state of `obj` when it has no `__getstate__`: its non-empty
/// instance dict, paired with a dict of its set slots if it has any.
fn default_state(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let dict = vm.getattr_opt(obj, "__dict__")?.filter(|d| d.downcast::<DictData>().is_some_and(|d| !d.is_empty()));
    let names: Vec<_> = vm.type_of(obj).downcast::<TypeData>().map(|td| td.slot_names.borrow().clone()).unwrap_or_default();
    let mut slots: Vec<(Value, Value)> = Vec::new();
    for name in names.iter().filter(|n| &***n != "__dict__" && &***n != "__weakref__") {
        if let Some(v) = vm.getattr_opt(obj, name)? {
            slots.push((vm.str(&**name), v));
        }
    }
    let dict = dict.unwrap_or_else(|| vm.none());
    if slots.is_empty() {
        return Ok(dict);
    }
    let d = vm.dict();
    for (k, v) in slots {
        vm.setitem(&d, k, v)?;
    }
    Ok(vm.tuple(vec![dict, d]))
}

/// `tzinfo.__reduce__()`: `(type(self), self.__getinitargs__() or (),
/// self.__getstate__())`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, args.pos(), "__reduce__")?.clone();
    super::args::no_args(args, "tzinfo.__reduce__")?;
    let init = match vm.getattr_opt(&me, "__getinitargs__")? {
        Some(f) => vm.call(&f, &[])?,
        None => vm.tuple(vec![]),
    };
    let state = match vm.getattr_opt(&me, "__getstate__")? {
        Some(f) => vm.call(&f, &[])?,
        None => default_state(vm, &me)?,
    };
    let ty = vm.type_of(&me);
    Ok(vm.tuple(vec![ty, init, state]))
}

fn install(ty: &Value) {
    use BuiltinKind::{Method, StaticMethod};
    add_method(ty, "__new__", new, StaticMethod);
    let methods: &[(&'static str, NativeFn)] = &[("tzname", tzname), ("utcoffset", utcoffset), ("dst", dst), ("fromutc", fromutc), ("__reduce__", reduce)];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    set_type_attr(ty, "__doc__", crate::object::str::intern("Abstract base class for time zone info objects."));
}
