//! The method table of the native `datetime` type: what it defines itself
//! (as CPython's `datetime` does); `today`, `fromordinal`,
//! `fromisocalendar`, `weekday`, `isocalendar`, `strftime`, `__format__`
//! and the date attributes are inherited from the native `date`.

use super::dt_type::Dt;
use super::{dt_new, dt_ops, dt_text, dt_zone};
use crate::object::registry::{add_getset, add_method, set_type_attr};
use crate::object::*;

const DOC: &str = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n";

/// Installs the methods, attributes and `min`/`max`/`resolution` of `ty`.
pub(super) fn install(ty: &Value) {
    use BuiltinKind::{ClassMethod, Method, StaticMethod};
    add_method(ty, "__new__", dt_new::new, StaticMethod);
    let classmethods: &[(&'static str, NativeFn)] = &[
        ("now", dt_new::now),
        ("utcnow", dt_new::utcnow),
        ("fromtimestamp", dt_new::fromtimestamp),
        ("utcfromtimestamp", dt_new::utcfromtimestamp),
        ("combine", dt_new::combine),
        ("fromisoformat", dt_new::fromisoformat),
        ("strptime", dt_new::strptime),
    ];
    for (name, f) in classmethods {
        add_method(ty, name, *f, ClassMethod);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("date", dt_ops::date),
        ("time", dt_ops::time),
        ("timetz", dt_ops::timetz),
        ("replace", dt_ops::replace),
        ("utcoffset", dt_zone::utcoffset_m),
        ("dst", dt_zone::dst_m),
        ("tzname", dt_zone::tzname_m),
        ("astimezone", dt_zone::astimezone),
        ("timestamp", dt_zone::timestamp),
        ("isoformat", dt_text::isoformat),
        ("__str__", dt_text::str_),
        ("__repr__", dt_text::repr),
        ("ctime", dt_text::ctime),
        ("timetuple", dt_text::timetuple),
        ("utctimetuple", dt_text::utctimetuple),
        ("__hash__", dt_ops::hash),
        ("__reduce__", dt_ops::reduce),
        ("__reduce_ex__", dt_ops::reduce_ex),
        ("__eq__", dt_ops::eq),
        ("__ne__", dt_ops::ne),
        ("__lt__", dt_ops::lt),
        ("__le__", dt_ops::le),
        ("__gt__", dt_ops::gt),
        ("__ge__", dt_ops::ge),
        ("__add__", dt_ops::add),
        ("__radd__", dt_ops::radd),
        ("__sub__", dt_ops::sub),
        ("__rsub__", dt_ops::rsub),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, Method);
    }
    add_getset(ty, "hour", dt_ops::get_hour, None);
    add_getset(ty, "minute", dt_ops::get_minute, None);
    add_getset(ty, "second", dt_ops::get_second, None);
    add_getset(ty, "microsecond", dt_ops::get_microsecond, None);
    add_getset(ty, "tzinfo", dt_ops::get_tzinfo, None);
    add_getset(ty, "fold", dt_ops::get_fold, None);
    let none = crate::object::registry::t().none.clone();
    let mk = |f: [i64; 7]| alloc(ty, StateData::new(Dt::of_fields(f, none.clone(), 0)), None);
    set_type_attr(ty, "min", mk([1, 1, 1, 0, 0, 0, 0]));
    set_type_attr(ty, "max", mk([9999, 12, 31, 23, 59, 59, 999_999]));
    set_type_attr(ty, "resolution", super::timedelta::new_td(super::timedelta::Td { days: 0, secs: 0, us: 1 }));
    set_type_attr(ty, "__doc__", crate::object::str::intern(DOC));
}
