//! `datetime.IsoCalendarDate`, the result of `date.isocalendar()`: a
//! native tuple subclass (not subclassable, as CPython's) of (year, week,
//! weekday) with a property per field, the repr
//! `datetime.IsoCalendarDate(year=.., week=.., weekday=..)`, and pickled as
//! a plain tuple.

use std::sync::OnceLock;

use super::args::bind_ints;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::*;
use crate::vm::Vm;

const QUALIFIED: &str = "datetime.IsoCalendarDate";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static ISO_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<TupleData>("IsoCalendarDate", QUALIFIED, "datetime", &t().tuple, 0);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
}

/// The native `IsoCalendarDate` type.
pub(crate) fn iso_cal_type() -> Value {
    ISO_TYPE.with(Value::clone)
}

/// An `IsoCalendarDate` of the three fields.
pub(crate) fn iso_cal(vm: &Vm, year: i64, week: i64, weekday: i64) -> Value {
    let items = [vm.int(year), vm.int(week), vm.int(weekday)];
    alloc(&iso_cal_type(), TupleData(Vec::from(items).into()), None)
}

/// The three items of `self` (an IsoCalendarDate), or CPython's message.
fn items(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<[Value; 3]> {
    let ok = v.filter(|v| vm.type_of(v).is(&iso_cal_type()));
    match ok.and_then(|v| v.downcast::<TupleData>()).map(|tu| &tu.0[..]) {
        Some([a, b, c]) => Ok([a.clone(), b.clone(), c.clone()]),
        _ => {
            let got = v.map(|v| vm.qualified_type_name(v)).unwrap_or_else(|| "NoneType".into());
            Err(type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)))
        }
    }
}

/// `IsoCalendarDate(year, week, weekday)` (C `int` fields).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = super::date::check_new_cls(vm, p.first(), &iso_cal_type(), QUALIFIED)?;
    let f = bind_ints(vm, &p[1..], args, &["year", "week", "weekday"], 3, Some("IsoCalendarDate"), &[])?;
    let items = [vm.int(f[0]), vm.int(f[1]), vm.int(f[2])];
    Ok(alloc(&cls, TupleData(Vec::from(items).into()), None))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    let [a, b, c] = items(vm, p.first(), "__repr__")?;
    let (a, b, c) = (vm.repr_string(&a)?, vm.repr_string(&b)?, vm.repr_string(&c)?);
    Ok(vm.str(format!("{}(year={}, week={}, weekday={})", QUALIFIED, a, b, c)))
}

/// `__reduce__`: `(tuple, ((year, week, weekday),))`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let f = items(vm, p.first(), "__reduce__")?;
    let plain = vm.tuple(f.to_vec());
    let inner = vm.tuple(vec![plain]);
    Ok(vm.tuple(vec![t().tuple.clone(), inner]))
}

fn field(vm: &Vm, v: &Value, i: usize, name: &str) -> PyResult<Value> {
    match v.downcast::<TupleData>().and_then(|tu| tu.0.get(i).cloned()) {
        Some(x) if vm.type_of(v).is(&iso_cal_type()) => Ok(x),
        _ => Err(type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, QUALIFIED, vm.qualified_type_name(v)))),
    }
}

fn get_year(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(vm, v, 0, "year")
}
fn get_week(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(vm, v, 1, "week")
}
fn get_weekday(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(vm, v, 2, "weekday")
}

fn install(ty: &Value) {
    add_method(ty, "__new__", new, BuiltinKind::StaticMethod);
    add_method(ty, "__repr__", repr, BuiltinKind::Method);
    add_method(ty, "__reduce__", reduce, BuiltinKind::Method);
    add_getset(ty, "year", get_year, None);
    add_getset(ty, "week", get_week, None);
    add_getset(ty, "weekday", get_weekday, None);
    set_type_attr(ty, "__doc__", crate::object::str::intern("The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n  ((year, week, weekday)\nor via the object attributes as named in the above tuple."));
}
