//! `datetime.date` as a native type: a proleptic Gregorian date held in a
//! `Date` state (fields and day number). Subclassable from Python; the
//! Python `datetime` class derives from it and its instances carry the same
//! state for their date part. Like CPython, arithmetic, `replace` and the
//! alternate constructors build instances of a subclass by calling it, and
//! operations with foreign operands return NotImplemented so the VM raises
//! CPython's messages.

use std::cell::RefCell;
use std::sync::OnceLock;

use super::args::{bind, bind_ints, c_int, cls_args, no_args};
use super::calendar::{self, MAX_ORDINAL, US_PER_DAY};
use super::timedelta::{td_of, td_value};
use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// The fields of a date and its day number (0001-01-01 is day 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Date {
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub ord: i64,
}

impl NativeState for Date {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Date {
    /// The date on day number `n` (OverflowError outside years 1..=9999).
    pub fn from_ordinal(n: i64) -> PyResult<Date> {
        if !(1..=MAX_ORDINAL).contains(&n) {
            return Err(overflow_error("date value out of range"));
        }
        let (y, m, d) = calendar::from_ordinal(n);
        Ok(Date { y, m, d, ord: n })
    }

    /// A validated date, with CPython's messages.
    pub fn checked(y: i64, m: i64, d: i64) -> PyResult<Date> {
        Ok(Date { y, m, d, ord: super::check_date(y, m, d)? })
    }
}

const QUALIFIED: &str = "datetime.date";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static DATE_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("date", QUALIFIED, "datetime", &t().object, crate::object::typeobj::tflags::BASETYPE);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
    /// `time.struct_time` (set by `date_setup`).
    static STRUCT_TIME: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The native `datetime.date` type.
pub(crate) fn date_type() -> Value {
    DATE_TYPE.with(Value::clone)
}

/// The date part of `v` if it is a date (or a datetime, or a subclass).
pub(crate) fn date_of(v: &Value) -> Option<Date> {
    let s = v.downcast::<StateData>()?;
    s.with::<Date, _>(|d| *d).or_else(|| s.with::<super::dt_type::Dt, _>(|d| d.date))
}

/// A new instance of `cls` (date or a subclass, no constructor run).
pub(crate) fn date_instance(cls: &Value, d: Date) -> Value {
    alloc(cls, StateData::new(d), None)
}

fn struct_time_class() -> PyResult<Value> {
    STRUCT_TIME.with(|l| l.borrow().clone()).ok_or_else(|| type_error("datetime is not initialized"))
}

/// Whether `v` is a `datetime` (or a subclass instance).
pub(crate) fn is_datetime(_vm: &Vm, v: &Value) -> bool {
    v.downcast::<StateData>().is_some_and(|s| s.with::<super::dt_type::Dt, _>(|_| ()).is_some())
}

/// The type name of `v` as CPython's `tp_name` spells it: `datetime.date`,
/// `datetime.datetime`, a subclass's own name.
pub(crate) fn type_label(vm: &Vm, v: &Value) -> String {
    vm.qualified_type_name(v)
}

/// `date_setup(struct_time)`: the class `timetuple` returns.
pub(super) fn date_setup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "date_setup", 1)?;
    STRUCT_TIME.with(|l| *l.borrow_mut() = Some(p[0].clone()));
    Ok(t().none.clone())
}

/// An instance of `cls` for fields `d`: built directly for `date` and
/// `datetime` themselves (midnight), by calling `cls(y, m, d)` for a
/// subclass (as CPython does).
pub(crate) fn date_for(vm: &mut Vm, cls: &Value, d: Date) -> PyResult<Value> {
    if cls.is(&date_type()) {
        return Ok(date_instance(cls, d));
    }
    if cls.is(&super::dt_type::dt_type()) {
        let dt = super::dt_type::Dt::of_fields([d.y, d.m, d.d, 0, 0, 0, 0], t().none.clone(), 0);
        return Ok(super::dt_type::dt_instance(cls, dt));
    }
    let a = [vm.int(d.y), vm.int(d.m), vm.int(d.d)];
    vm.call(cls, &a)
}

/// The date `self` of method `what`, with CPython's descriptor messages.
fn this(vm: &Vm, p: &[Value], what: &str) -> PyResult<Date> {
    if let Some(d) = p.first().and_then(date_of) {
        return Ok(d);
    }
    let got = p.first().map(|v| vm.qualified_type_name(v)).unwrap_or_else(|| "NoneType".into());
    Err(type_error(if super::args::is_slot(what) {
        format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)
    } else {
        format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", what, QUALIFIED, got)
    }))
}

fn not_impl() -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

// ----- construction -----

/// The `tp_name` of type object `cls`: `module.name` for a builtin type
/// of a module (`datetime.date`), the bare name for a class.
fn type_object_label(cls: &Value) -> String {
    let Some(td) = cls.downcast::<TypeData>() else { return String::new() };
    if !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        let module = td.dict.downcast::<DictData>().and_then(|d| d.get_str("__module__"));
        if let Some(m) = module.as_ref().and_then(as_str).filter(|m| *m != "builtins") {
            return format!("{}.{}", m, td.name());
        }
    }
    td.name().to_string()
}

/// Checks `cls` of `__new__` is a subtype of `base` (CPython's messages).
pub(crate) fn check_new_cls(vm: &Vm, cls: Option<&Value>, base: &Value, qualified: &str) -> PyResult<Value> {
    let Some(cls) = cls else { return Err(type_error(format!("{}.__new__(): not enough arguments", qualified))) };
    if cls.downcast::<TypeData>().is_none() {
        return Err(type_error(format!("{}.__new__(X): X is not a type object ({})", qualified, vm.type_name(cls))));
    }
    if !vm.is_subtype(cls, base) {
        let n = type_object_label(cls);
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", qualified, n, n, qualified)));
    }
    Ok(cls.clone())
}

/// The date of a 4-byte pickle state (None when `v` is not one).
fn from_state(v: &Value) -> Option<Date> {
    let b = v.downcast::<BytesData>()?;
    match &b.0[..] {
        [hi, lo, m, d] if (1..=12).contains(m) => {
            let y = i64::from(*hi) * 256 + i64::from(*lo);
            Some(Date { y, m: i64::from(*m), d: i64::from(*d), ord: calendar::to_ordinal(y, i64::from(*m), i64::from(*d)) })
        }
        _ => None,
    }
}

/// `date.__new__(cls, year, month, day)` (or a pickle state).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_new_cls(vm, p.first(), &date_type(), QUALIFIED)?;
    if p.len() == 2 && !args.has_kwargs() {
        if let Some(d) = from_state(&p[1]) {
            return Ok(date_instance(&cls, d));
        }
    }
    let f = bind_ints(vm, &p[1..], args, &["year", "month", "day"], 3, None, &[])?;
    Ok(date_instance(&cls, Date::checked(f[0], f[1], f[2])?))
}

fn now_seconds() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

fn fromtimestamp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = cls_args(args, "date.fromtimestamp", 1)?;
    let f = super::timestamps::local_fields(vm, &p[0])?;
    date_for(vm, cls, Date::checked(f[0], f[1], f[2])?)
}

fn today(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_args(args, "date.today", 0)?;
    let now = Value::float(now_seconds());
    if cls.is(&date_type()) {
        let f = super::timestamps::local_fields(vm, &now)?;
        return Ok(date_instance(cls, Date::checked(f[0], f[1], f[2])?));
    }
    let m = vm.getattr_str(cls, "fromtimestamp")?;
    vm.call(&m, &[now])
}

fn fromordinal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("fromordinal() takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("fromordinal() takes exactly 1 argument ({} given)", p.len().saturating_sub(1))));
    }
    let n = c_int(vm, &p[1])?;
    if n < 1 {
        return Err(value_error("ordinal must be >= 1"));
    }
    if n > MAX_ORDINAL {
        return Err(value_error(format!("year {} is out of range", calendar::from_ordinal(n).0)));
    }
    date_for(vm, &p[0], Date::from_ordinal(n)?)
}

fn fromisoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = cls_args(args, "date.fromisoformat", 1)?;
    let Some(s) = as_str(&p[0]) else { return Err(type_error("fromisoformat: argument must be str")) };
    let chars: Vec<char> = s.chars().collect();
    let Some((y, m, d, _)) = super::iso_parse::date_prefix(&chars).filter(|r| r.3 == chars.len()) else {
        return Err(value_error(format!("Invalid isoformat string: {}", crate::types::strformat::str_repr(s))));
    };
    date_for(vm, cls, Date::checked(y, m, d)?)
}

fn fromisocalendar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let f = bind_ints(vm, p.get(1..).unwrap_or(&[]), args, &["year", "week", "day"], 3, Some("fromisocalendar"), &[]).map_err(|e| {
        if e.exc_type().downcast::<TypeData>().is_some_and(|t| &*t.name() == "OverflowError") {
            value_error("ISO calendar component out of range")
        } else {
            e
        }
    })?;
    let [year, week, day] = [f[0], f[1], f[2]];
    if !(1..=9999).contains(&year) {
        return Err(value_error(format!("Year is out of range: {}", year)));
    }
    if week <= 0 || week > calendar::iso_weeks_in(year) {
        return Err(value_error(format!("Invalid week: {}", week)));
    }
    if !(1..=7).contains(&day) {
        return Err(value_error(format!("Invalid day: {} (range is [1, 7])", day)));
    }
    let n = calendar::iso_week1_monday(year) + (week - 1) * 7 + day - 1;
    date_for(vm, &p[0], Date::from_ordinal(n)?)
}

// ----- attributes and queries -----

fn get_year(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(vm, std::slice::from_ref(v), "year")?.y))
}
fn get_month(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(vm, std::slice::from_ref(v), "month")?.m))
}
fn get_day(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(this(vm, std::slice::from_ref(v), "day")?.d))
}

fn toordinal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "toordinal")?;
    no_args(args, "date.toordinal")?;
    Ok(vm.int(d.ord))
}

fn weekday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "weekday")?;
    no_args(args, "date.weekday")?;
    Ok(vm.int((d.ord + 6) % 7))
}

fn isoweekday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "isoweekday")?;
    no_args(args, "date.isoweekday")?;
    Ok(vm.int((d.ord + 6) % 7 + 1))
}

fn isocalendar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "isocalendar")?;
    no_args(args, "date.isocalendar")?;
    let (a, b, c) = calendar::iso_parts(d.y, d.m, d.d);
    Ok(super::iso_cal::iso_cal(vm, a, b, c))
}

/// A `time.struct_time` of the given fields (weekday and day of the year
/// computed from the date).
pub(crate) fn struct_time(vm: &mut Vm, d: Date, h: i64, mi: i64, s: i64, dst: i64) -> PyResult<Value> {
    let yday = d.ord - calendar::to_ordinal(d.y, 1, 1) + 1;
    let items: Vec<Value> = [d.y, d.m, d.d, h, mi, s, (d.ord + 6) % 7, yday, dst].iter().map(|x| vm.int(*x)).collect();
    let tup = vm.tuple(items);
    let cls = struct_time_class()?;
    vm.call(&cls, &[tup])
}

fn timetuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "timetuple")?;
    no_args(args, "date.timetuple")?;
    struct_time(vm, d, 0, 0, 0, -1)
}

// ----- text -----

fn iso_text(d: Date) -> String {
    let mut out = String::with_capacity(10);
    super::format::date_iso(&mut out, d.y, d.m, d.d);
    out
}

fn isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "isoformat")?;
    if args.has_kwargs() {
        return Err(type_error("date.isoformat() takes no keyword arguments"));
    }
    if p.len() > 1 {
        return Err(type_error(format!("date.isoformat() takes no arguments ({} given)", p.len() - 1)));
    }
    Ok(vm.str(iso_text(d)))
}

/// `str(date)`: `self.isoformat()` (a subclass's override included).
fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__str__")?;
    if vm.type_of(&p[0]).is(&date_type()) {
        return Ok(vm.str(iso_text(d)));
    }
    let m = vm.getattr_str(&p[0], "isoformat")?;
    vm.call(&m, &[])
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__repr__")?;
    Ok(vm.str(format!("{}({}, {}, {})", type_label(vm, &p[0]), d.y, d.m, d.d)))
}

fn stamp_text(fmt: &str, d: Date) -> String {
    let f = [d.y, d.m, d.d, 0, 0, 0, 0];
    super::format::strftime(fmt, &super::format::Stamp::of_datetime(f, "", ""))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "ctime")?;
    no_args(args, "date.ctime")?;
    Ok(vm.str(stamp_text("%c", d)))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "strftime")?;
    let vals = bind(&p[1..], args, &["format"], 1, Some("strftime"))?;
    let fmt = vals[0].clone().unwrap_or_else(|| t().none.clone());
    let Some(fmt) = as_str(&fmt) else { return Err(type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(&fmt)))) };
    if let Some(dt) = super::dt_type::dt_of(&p[0]) {
        return super::dt_text::strftime_dt(vm, &p[0], &dt, fmt);
    }
    Ok(vm.str(stamp_text(fmt, d)))
}

fn format_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::args::self_and_one(args, "date", "__format__")?;
    this(vm, p, "__format__")?;
    let Some(fmt) = as_str(&p[1]) else { return Err(type_error(format!("__format__() argument 1 must be str, not {}", vm.type_name(&p[1])))) };
    if fmt.is_empty() {
        return vm.to_str(&p[0]);
    }
    let m = vm.getattr_str(&p[0], "strftime")?;
    vm.call(&m, &[p[1].clone()])
}

// ----- replace, hashing, pickling -----

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "replace")?;
    let f = bind_ints(vm, &p[1..], args, &["year", "month", "day"], 0, Some("replace"), &[d.y, d.m, d.d])?;
    let nd = Date::checked(f[0], f[1], f[2])?;
    let cls = vm.type_of(&p[0]);
    date_for(vm, &cls, nd)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args.pos(), "__hash__")?;
    Ok(vm.int(crate::object::hashing::hash_i64(d.ord)))
}

/// The 4-byte pickle state of a date.
pub(crate) fn state_bytes(d: Date) -> Vec<u8> {
    vec![(d.y >> 8) as u8, (d.y & 255) as u8, d.m as u8, d.d as u8]
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__reduce__")?;
    let state = vm.bytes(state_bytes(d));
    let ty = vm.type_of(&p[0]);
    let inner = vm.tuple(vec![state]);
    Ok(vm.tuple(vec![ty, inner]))
}

/// `__reduce_ex__(protocol)`: `self.__reduce__()` (as `object`'s does for
/// a class defining `__reduce__`).
fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce_ex__").positional(2, 2)?;
    this(vm, p, "__reduce_ex__")?;
    c_int(vm, &p[1])?;
    let m = vm.getattr_str(&p[0], "__reduce__")?;
    vm.call(&m, &[])
}

// ----- comparisons and arithmetic -----

fn compare(vm: &mut Vm, args: Args, what: &str, op: fn(i64, i64) -> bool) -> PyResult<Value> {
    let p = args.parser(what).positional(2, 2)?;
    let a = this(vm, p, what)?;
    match date_of(&p[1]) {
        Some(b) => Ok(vm.bool(op(a.ord, b.ord))),
        None => not_impl(),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |a, b| a == b)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |a, b| a != b)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |a, b| a < b)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |a, b| a <= b)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |a, b| a > b)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |a, b| a >= b)
}

/// `date ± days` as an instance of `date`'s class.
fn shift(vm: &mut Vm, date: &Value, d: Date, days: i64) -> PyResult<Value> {
    let nd = Date::from_ordinal(d.ord + days)?;
    let cls = vm.type_of(date);
    date_for(vm, &cls, nd)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__add__").positional(2, 2)?;
    let d = this(vm, p, "__add__")?;
    if is_datetime(vm, &p[0]) || is_datetime(vm, &p[1]) {
        return not_impl();
    }
    match td_of(&p[1]) {
        Some(td) => shift(vm, &p[0], d, i64::from(td.days)),
        None => not_impl(),
    }
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__sub__").positional(2, 2)?;
    let d = this(vm, p, "__sub__")?;
    if is_datetime(vm, &p[0]) || is_datetime(vm, &p[1]) {
        return not_impl();
    }
    if let Some(td) = td_of(&p[1]) {
        return shift(vm, &p[0], d, -i64::from(td.days));
    }
    match date_of(&p[1]) {
        Some(o) => td_value(i128::from(d.ord - o.ord) * i128::from(US_PER_DAY)),
        None => not_impl(),
    }
}

fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__rsub__").positional(2, 2)?;
    this(vm, p, "__rsub__")?;
    not_impl()
}

fn install(ty: &Value) {
    use BuiltinKind::{ClassMethod, Method, StaticMethod};
    add_method(ty, "__new__", new, StaticMethod);
    let classmethods: &[(&'static str, NativeFn)] = &[
        ("fromtimestamp", fromtimestamp),
        ("today", today),
        ("fromordinal", fromordinal),
        ("fromisoformat", fromisoformat),
        ("fromisocalendar", fromisocalendar),
    ];
    for (name, f) in classmethods {
        add_method(ty, name, *f, ClassMethod);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("toordinal", toordinal),
        ("weekday", weekday),
        ("isoweekday", isoweekday),
        ("isocalendar", isocalendar),
        ("timetuple", timetuple),
        ("isoformat", isoformat),
        ("__str__", str_),
        ("__repr__", repr),
        ("ctime", ctime),
        ("strftime", strftime),
        ("__format__", format_),
        ("replace", replace),
        ("__hash__", hash),
        ("__reduce__", reduce),
        ("__reduce_ex__", reduce_ex),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__radd__", add),
        ("__sub__", sub),
        ("__rsub__", rsub),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    add_getset(ty, "year", get_year, None);
    add_getset(ty, "month", get_month, None);
    add_getset(ty, "day", get_day, None);
    let mk = |y, m, d| date_instance(ty, Date { y, m, d, ord: calendar::to_ordinal(y, m, d) });
    set_type_attr(ty, "min", mk(1, 1, 1));
    set_type_attr(ty, "max", mk(9999, 12, 31));
    set_type_attr(ty, "resolution", super::timedelta::new_td(super::timedelta::Td { days: 1, secs: 0, us: 0 }));
    set_type_attr(ty, "__doc__", crate::object::str::intern("date(year, month, day) --> date object"));
}
