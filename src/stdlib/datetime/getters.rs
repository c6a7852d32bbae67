//! Native read-only attributes (`year`, `hour`, `tzinfo`, `days`, ...) of
//! the `datetime` classes: getset descriptors reading one `__slots__` cell,
//! so attribute access costs no Python call. Each getter checks that the
//! object's class has the expected slot name at that position.

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::*;
use crate::vm::Vm;

fn slot(vm: &Vm, v: &Value, i: usize, slot_name: &str, attr: &str) -> PyResult<Value> {
    let h = v.as_header().ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(v), attr)))?;
    let ok = h.type_data().slot_names.borrow().get(i).is_some_and(|n| &**n == slot_name);
    let got = if ok { h.ext().and_then(|e| e.slots.get(i)).and_then(|c| c.get()) } else { None };
    got.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(v), attr)))
}

macro_rules! getters {
    ($($f:ident: $i:expr, $slot:expr, $attr:expr;)*) => {
        $(fn $f(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            slot(vm, v, $i, $slot, $attr)
        })*
    };
}

getters! {
    t_hour: 0, "_h", "hour";
    t_minute: 1, "_mi", "minute";
    t_second: 2, "_s", "second";
    t_microsecond: 3, "_us", "microsecond";
    t_tzinfo: 4, "_tz", "tzinfo";
    t_fold: 5, "_fold", "fold";
}

/// `getters(kind)`: `((name, descriptor), ...)` of the attributes of
/// class `kind` (`time`).
pub fn getters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "getters", 1)?;
    let table: &[(&'static str, Getter)] = match crate::object::str::as_str(&p[0]) {
        Some("time") => &[("hour", t_hour), ("minute", t_minute), ("second", t_second), ("microsecond", t_microsecond), ("tzinfo", t_tzinfo), ("fold", t_fold)],
        _ => return Err(type_error("getters: unknown class")),
    };
    let items = table
        .iter()
        .map(|(name, get)| {
            let d = alloc(&crate::object::registry::t().getset_descriptor, NativeData::GetSet { name, get: *get, set: None }, None);
            vm.tuple(vec![vm.str(*name), d])
        })
        .collect();
    Ok(vm.tuple(items))
}
