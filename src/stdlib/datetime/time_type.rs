//! `datetime.time` as a native type: its state (`Tm`: hour, minute,
//! second, microsecond, fold, tzinfo and the cached hash), the type object,
//! `__new__` (keyword binding with the messages of CPython's C parser,
//! field and tzinfo checks, pickle states), the field attributes and
//! `min`/`max`/`resolution`. Offsets, comparison, hashing, `replace` and
//! pickling live in `time_ops.rs`; text (`isoformat`, `repr`, `strftime`,
//! `fromisoformat`) in `time_text.rs`.

use std::cell::Cell;
use std::sync::OnceLock;

use super::args::c_int;
use super::date::check_new_cls;
use super::dt_type::check_tz;
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// A time of day: hour, minute, second, microsecond, fold, tzinfo (None
/// when naive) and the cached hash.
#[derive(Clone)]
pub(crate) struct Tm {
    /// Hour, minute, second, microsecond.
    pub t: [i64; 4],
    pub fold: i64,
    pub tz: Value,
    pub hash: Cell<Option<i64>>,
}

impl NativeState for Tm {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.tz);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Tm {
    /// A time of valid fields.
    pub fn new(t: [i64; 4], tz: Value, fold: i64) -> Tm {
        Tm { t, fold, tz, hash: Cell::new(None) }
    }

    /// Whether the tzinfo is None.
    pub fn naive(&self) -> bool {
        self.tz.is(&t().none)
    }

    /// Microseconds since midnight.
    pub fn micros(&self) -> i64 {
        ((self.t[0] * 60 + self.t[1]) * 60 + self.t[2]) * 1_000_000 + self.t[3]
    }
}

pub(crate) const QUALIFIED: &str = "datetime.time";

const DOC: &str = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static TIME_TYPE: Value = {
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("time", QUALIFIED, "datetime", &t().object, crate::object::typeobj::tflags::BASETYPE);
            install(&ty);
        });
        t().named(QUALIFIED)
    };
}

/// The native `datetime.time` type.
pub(crate) fn time_type() -> Value {
    TIME_TYPE.with(Value::clone)
}

/// The state of `v` if it is a time (or a subclass instance).
pub(crate) fn time_of(v: &Value) -> Option<Tm> {
    v.downcast::<StateData>()?.with::<Tm, _>(Tm::clone)
}

/// A new instance of `cls` (time or a subclass; no constructor run).
pub(crate) fn time_instance(cls: &Value, tm: Tm) -> Value {
    alloc(cls, StateData::new(tm), None)
}

/// The time `self` of method `what`, with CPython's descriptor messages.
pub(crate) fn this(vm: &Vm, p: &[Value], what: &str) -> PyResult<Tm> {
    if let Some(d) = p.first().and_then(time_of) {
        return Ok(d);
    }
    let got = p.first().map(|v| super::date::type_label(vm, v)).unwrap_or_else(|| "NoneType".into());
    Err(type_error(if super::args::is_slot(what) {
        format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)
    } else {
        format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", what, QUALIFIED, got)
    }))
}

const NAMES: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/// Binds `(hour, minute, second, microsecond, tzinfo, *, fold)` as
/// CPython's parser does (`label`: "function" for the constructor,
/// "replace()"), starting from `base` (the defaults or the replaced time).
pub(crate) fn bind_fields(vm: &mut Vm, pos: &[Value], args: Args, label: &str, base: Tm) -> PyResult<Tm> {
    let given = pos.len() + args.kwnames.len();
    if given > 6 {
        return Err(type_error(format!("{} takes at most 6 arguments ({} given)", label, given)));
    }
    if pos.len() > 5 {
        return Err(type_error(format!("{} takes at most 5 positional arguments ({} given)", label, pos.len())));
    }
    let mut out = base;
    let kw = !args.kwnames.is_empty();
    for (i, name) in NAMES.iter().enumerate() {
        let v = match pos.get(i) {
            Some(v) => {
                if kw && args.kw(name).is_some() {
                    return Err(type_error(format!("argument for {} given by name ('{}') and position ({})", label, name, i + 1)));
                }
                Some(v)
            }
            None if kw => args.kw(name),
            None => None,
        };
        match (v, i) {
            (Some(v), 4) => out.tz = v.clone(),
            (Some(v), 5) => out.fold = c_int(vm, v)?,
            (Some(v), _) => out.t[i] = c_int(vm, v)?,
            (None, _) => {}
        }
    }
    if kw {
        if let Some((k, _)) = args.kwargs().find(|(k, _)| !NAMES.contains(k)) {
            let label = if label == "function" { "this function" } else { label };
            return Err(type_error(format!("'{}' is an invalid keyword argument for {}", k, label)));
        }
    }
    Ok(out)
}

/// Checks the fields, fold and tzinfo of `tm` (CPython's messages).
pub(crate) fn checked(vm: &Vm, tm: &Tm) -> PyResult<()> {
    super::check_time(tm.t[0], tm.t[1], tm.t[2], tm.t[3], tm.fold)?;
    check_tz(vm, &tm.tz)
}

/// The bytes of a pickle state argument (bytes, or a latin-1 str as
/// Python 2 pickles hold); None when `v` is neither.
fn state_bytes(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(Some(b.0.to_vec()));
    }
    let Some(s) = as_str(v) else { return Ok(None) };
    if s.chars().count() != 6 || s.chars().next().is_some_and(|c| u32::from(c) & 127 >= 24) {
        return Ok(None);
    }
    match s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect::<Option<Vec<u8>>>() {
        Some(b) => Ok(Some(b)),
        None => Err(value_error(
            "Failed to encode latin1 string when unpickling a time object. pickle.load(data, encoding='latin1') is assumed.",
        )),
    }
}

/// The time of a 6-byte pickle state (None when the arguments are not one):
/// hour (high bit: fold), minute, second, microseconds in three bytes.
fn from_state(vm: &Vm, cls: &Value, p: &[Value]) -> PyResult<Option<Value>> {
    let Some(b) = state_bytes(&p[0])? else { return Ok(None) };
    if b.len() != 6 || b[0] & 127 >= 24 {
        return Ok(None);
    }
    let tz = p.get(1).cloned().unwrap_or_else(|| t().none.clone());
    if !vm.is_none(&tz) && !vm.is_subtype(&vm.type_of(&tz), &super::tzinfo_type::tzinfo_type()) {
        return Err(type_error("bad tzinfo state arg"));
    }
    let n = |i: usize| i64::from(b[i]);
    let tm = Tm::new([n(0) & 127, n(1), n(2), (n(3) << 16) | (n(4) << 8) | n(5)], tz, n(0) >> 7);
    Ok(Some(time_instance(cls, tm)))
}

/// `time.__new__(cls, hour=0, minute=0, second=0, microsecond=0,
/// tzinfo=None, *, fold=0)` (or a pickle state).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_new_cls(vm, p.first(), &time_type(), QUALIFIED)?;
    if (2..=3).contains(&p.len()) {
        if let Some(v) = from_state(vm, &cls, &p[1..])? {
            return Ok(v);
        }
    }
    let tm = bind_fields(vm, &p[1..], args, "function", Tm::new([0; 4], t().none.clone(), 0))?;
    checked(vm, &tm)?;
    Ok(time_instance(&cls, tm))
}

macro_rules! getters {
    ($($f:ident: $name:expr, |$vm:ident, $d:ident| $e:expr;)*) => {
        $(fn $f($vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let $d = this($vm, std::slice::from_ref(v), $name)?;
            Ok($e)
        })*
    };
}

getters! {
    get_hour: "hour", |vm, d| vm.int(d.t[0]);
    get_minute: "minute", |vm, d| vm.int(d.t[1]);
    get_second: "second", |vm, d| vm.int(d.t[2]);
    get_microsecond: "microsecond", |vm, d| vm.int(d.t[3]);
    get_fold: "fold", |vm, d| vm.int(d.fold);
    get_tzinfo: "tzinfo", |_vm, d| d.tz;
}

/// Installs the methods, attributes and `min`/`max`/`resolution` of `ty`.
fn install(ty: &Value) {
    use super::{time_ops as ops, time_text as text};
    use BuiltinKind::{ClassMethod, Method, StaticMethod};
    add_method(ty, "__new__", new, StaticMethod);
    add_method(ty, "fromisoformat", text::fromisoformat, ClassMethod);
    let methods: &[(&'static str, NativeFn)] = &[
        ("isoformat", text::isoformat),
        ("__str__", text::str_),
        ("__repr__", text::repr),
        ("strftime", text::strftime),
        ("__format__", text::format_),
        ("utcoffset", ops::utcoffset),
        ("dst", ops::dst),
        ("tzname", ops::tzname),
        ("replace", ops::replace),
        ("__hash__", ops::hash),
        ("__reduce__", ops::reduce),
        ("__reduce_ex__", ops::reduce_ex),
        ("__eq__", ops::eq),
        ("__ne__", ops::ne),
        ("__lt__", ops::lt),
        ("__le__", ops::le),
        ("__gt__", ops::gt),
        ("__ge__", ops::ge),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    add_getset(ty, "hour", get_hour, None);
    add_getset(ty, "minute", get_minute, None);
    add_getset(ty, "second", get_second, None);
    add_getset(ty, "microsecond", get_microsecond, None);
    add_getset(ty, "tzinfo", get_tzinfo, None);
    add_getset(ty, "fold", get_fold, None);
    let mk = |f: [i64; 4]| time_instance(ty, Tm::new(f, t().none.clone(), 0));
    set_type_attr(ty, "min", mk([0, 0, 0, 0]));
    set_type_attr(ty, "max", mk([23, 59, 59, 999_999]));
    set_type_attr(ty, "resolution", super::timedelta::new_td(super::timedelta::Td { days: 0, secs: 0, us: 1 }));
    set_type_attr(ty, "__doc__", crate::object::str::intern(DOC));
}
