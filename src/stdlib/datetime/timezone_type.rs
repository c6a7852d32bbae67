//! `datetime.timezone` as a native type: a fixed offset from UTC with an
//! optional name, a final subclass of `tzinfo`. `timezone.utc` is a
//! singleton (the constructor returns it for a zero offset without a name,
//! which also makes unpickling it give it back); `min`/`max` are the
//! offsets of -/+ 23:59.

use std::cell::RefCell;
use std::sync::OnceLock;

use super::calendar::US_PER_DAY;
use super::timedelta::{new_td, td_hash, td_of, Td};
use super::tzinfo_type::{fromutc_arg, one_arg, tzinfo_type};
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::{add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// A fixed offset: the timedelta given (kept as passed, subclasses
/// included), its microseconds and the name (a str) if one was given.
#[derive(Clone)]
pub(crate) struct Zone {
    pub offset: Value,
    pub total: i64,
    pub name: Option<Value>,
}

impl NativeState for Zone {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.offset);
        if let Some(n) = &self.name {
            visit(n);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

const QUALIFIED: &str = "datetime.timezone";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static ZONE_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("timezone", QUALIFIED, "datetime", &tzinfo_type(), 0);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
    /// `timezone.utc`, set when the type is made.
    static UTC: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The native `datetime.timezone` type.
pub(crate) fn timezone_type() -> Value {
    ZONE_TYPE.with(Value::clone)
}

/// The `timezone.utc` singleton.
pub(crate) fn utc() -> Value {
    timezone_type();
    UTC.with(|u| u.borrow().clone()).unwrap_or_else(|| t().none.clone())
}

/// The offset and name of `v` if it is a timezone.
pub(crate) fn zone_of(v: &Value) -> Option<Zone> {
    v.downcast::<StateData>()?.with::<Zone, _>(Zone::clone)
}

fn zone_instance(ty: &Value, offset: Value, total: i64, name: Option<Value>) -> Value {
    alloc(ty, StateData::new(Zone { offset, total, name }), None)
}

/// The type name of an argument as CPython's argument parser reports it
/// (`None` for None).
fn arg_type(vm: &Vm, v: &Value) -> String {
    if vm.is_none(v) {
        "None".to_string()
    } else {
        vm.type_name(v).to_string()
    }
}

fn range_error(vm: &mut Vm, offset: &Value) -> PyResult<Value> {
    let r = vm.repr_string(offset)?;
    Err(value_error(format!("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.", r)))
}

/// The timezone of `offset` (a timedelta) and `name`: `timezone.utc` for
/// a zero offset without a name.
fn make(vm: &mut Vm, offset: &Value, name: Option<Value>) -> PyResult<Value> {
    let Some(td) = td_of(offset) else {
        return Err(type_error(format!("timezone() argument 1 must be datetime.timedelta, not {}", arg_type(vm, offset))));
    };
    if let Some(n) = &name {
        if as_str(n).is_none() {
            return Err(type_error(format!("timezone() argument 2 must be str, not {}", arg_type(vm, n))));
        }
    }
    let total = td.total();
    if total <= -i128::from(US_PER_DAY) || total >= i128::from(US_PER_DAY) {
        return range_error(vm, offset);
    }
    if total == 0 && name.is_none() {
        return Ok(utc());
    }
    Ok(zone_instance(&timezone_type(), offset.clone(), total as i64, name))
}

fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    super::date::check_new_cls(vm, p.first(), &timezone_type(), QUALIFIED)?;
    if !args.has_kwargs() && (2..=3).contains(&p.len()) {
        return make(vm, &p[1], p.get(2).cloned());
    }
    let vals = super::args::bind(&p[1..], args, &["offset", "name"], 1, Some("timezone"))?;
    let offset = vals[0].clone().unwrap_or_else(|| vm.none());
    make(vm, &offset, vals[1].clone())
}

/// `self` of a timezone method, with CPython's descriptor message.
fn this(vm: &Vm, p: &[Value], what: &str) -> PyResult<Zone> {
    if let Some(z) = p.first().and_then(zone_of) {
        return Ok(z);
    }
    let got = p.first().map(|v| vm.qualified_type_name(v)).unwrap_or_else(|| "NoneType".into());
    Err(type_error(if super::args::is_slot(what) {
        format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)
    } else {
        format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", what, QUALIFIED, got)
    }))
}

/// The zone and the checked `dt` argument (None or a datetime) of
/// `utcoffset`/`dst`/`tzname`.
fn zone_and_dt(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Zone> {
    let z = this(vm, args.pos(), what)?;
    let dt = one_arg(args, &format!("timezone.{}", what))?;
    if !vm.is_none(dt) && !super::date::is_datetime(vm, dt) {
        return Err(type_error(format!("{}(dt) argument must be a datetime instance or None, not {}", what, vm.type_name(dt))));
    }
    Ok(z)
}

/// The name of a zone: its own, `UTC`, or `UTC±HH:MM[:SS[.ffffff]]`.
fn name_text(vm: &Vm, z: &Zone) -> Value {
    if let Some(n) = &z.name {
        return n.clone();
    }
    if z.total == 0 {
        return vm.str("UTC");
    }
    let mut out = String::from("UTC");
    super::format::offset_text(&mut out, z.total, ":");
    vm.str(out)
}

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(zone_and_dt(vm, &args, "utcoffset")?.offset)
}

fn dst(vm: &mut Vm, args: Args) -> PyResult<Value> {
    zone_and_dt(vm, &args, "dst")?;
    Ok(vm.none())
}

fn tzname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = zone_and_dt(vm, &args, "tzname")?;
    Ok(name_text(vm, &z))
}

fn fromutc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, args.pos(), "fromutc")?;
    let me = args.pos()[0].clone();
    let dt = one_arg(&args, "timezone.fromutc")?.clone();
    fromutc_arg(vm, &me, &dt)?;
    vm.binary_op(&dt, &z.offset, BinaryOp::Add, false)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, args.pos(), "__repr__")?;
    if args.pos()[0].is(&utc()) {
        return Ok(vm.str("datetime.timezone.utc"));
    }
    let off = vm.repr_string(&z.offset)?;
    let text = match &z.name {
        None => format!("{}({})", QUALIFIED, off),
        Some(n) => format!("{}({}, {})", QUALIFIED, off, vm.repr_string(n)?),
    };
    Ok(vm.str(text))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, args.pos(), "__str__")?;
    Ok(name_text(vm, &z))
}

fn getinitargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, args.pos(), "__getinitargs__")?;
    super::args::no_args(args, "timezone.__getinitargs__")?;
    let mut items = vec![z.offset];
    items.extend(z.name);
    Ok(vm.tuple(items))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, args.pos(), "__hash__")?;
    let td = td_of(&z.offset).unwrap_or(Td { days: 0, secs: 0, us: 0 });
    Ok(vm.int(td_hash(td)))
}

fn compare(vm: &mut Vm, args: Args, what: &str, eq: Option<bool>) -> PyResult<Value> {
    let p = args.parser(what).positional(2, 2)?;
    let a = this(vm, p, what)?;
    match (eq, zone_of(&p[1])) {
        (Some(want), Some(b)) => Ok(vm.bool((a.total == b.total) == want)),
        _ => Ok(t().not_implemented.clone()),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", Some(true))
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", Some(false))
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", None)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", None)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", None)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", None)
}

fn install(ty: &Value) {
    use BuiltinKind::{Method, StaticMethod};
    add_method(ty, "__new__", new, StaticMethod);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr),
        ("__hash__", hash),
        ("__str__", str_),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("tzname", tzname),
        ("utcoffset", utcoffset),
        ("dst", dst),
        ("fromutc", fromutc),
        ("__getinitargs__", getinitargs),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    set_type_attr(ty, "__doc__", crate::object::str::intern("Fixed offset from UTC implementation of tzinfo."));
    let zero = new_td(Td { days: 0, secs: 0, us: 0 });
    let utc = zone_instance(ty, zero, 0, None);
    UTC.with(|u| *u.borrow_mut() = Some(utc.clone()));
    set_type_attr(ty, "utc", utc);
    let edge = 23 * 3600 + 59 * 60;
    let min = Td { days: -1, secs: 86_400 - edge, us: 0 };
    set_type_attr(ty, "min", zone_instance(ty, new_td(min), -i64::from(edge) * 1_000_000, None));
    set_type_attr(ty, "max", zone_instance(ty, new_td(Td { days: 0, secs: edge, us: 0 }), i64::from(edge) * 1_000_000, None));
}
