//! Struct sequences (`sys.version_info`, `time.struct_time`, ...): tuple
//! subclasses whose items are also readable as named attributes.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::header::{alloc, ext_offset_of};
use crate::object::registry::{add_getset, add_method, set_type_attr};
use crate::object::typeobj::{next_type_version, tflags};
use crate::object::*;
use crate::vm::Vm;

thread_local! {
    static TYPES: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
}

macro_rules! getters {
    ($($name:ident => $i:expr),*) => {
        $(fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> { item(vm, v, $i) })*
        const GETTERS: &[Getter] = &[$($name),*];
    };
}

fn item(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    match v.downcast::<TupleData>() {
        Some(t) => Ok(t.0.get(i).cloned().unwrap_or_else(|| vm.none())),
        None => Err(type_error("descriptor requires a struct sequence")),
    }
}

getters!(g0 => 0, g1 => 1, g2 => 2, g3 => 3, g4 => 4, g5 => 5, g6 => 6, g7 => 7, g8 => 8, g9 => 9, g10 => 10, g11 => 11, g12 => 12, g13 => 13, g14 => 14, g15 => 15, g16 => 16, g17 => 17);

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos().first().cloned().ok_or_else(|| type_error("__repr__ needs an argument"))?;
    let ty = vm.type_of(&s);
    let (name, fields) = match ty.downcast::<TypeData>() {
        Some(td) => {
            let f = td.dict.downcast::<DictData>().and_then(|d| d.get_str("_fields"));
            (td.qualname.borrow().to_string(), f)
        }
        None => (String::new(), None),
    };
    let fields: Vec<String> = fields
        .and_then(|f| f.downcast::<TupleData>().map(|t| t.0.iter().filter_map(|x| crate::object::str::as_str(x).map(str::to_string)).collect()))
        .unwrap_or_default();
    let items = s.downcast::<TupleData>().map(|t| t.0.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", f, vm.repr_string(v)?));
    }
    Ok(vm.str(format!("{}({})", name, parts.join(", "))))
}

/// Non-sequence field `i` of a struct sequence, if set.
pub fn extra_field(v: &Value, i: usize) -> Option<Value> {
    v.as_header().and_then(|h| h.ext()).and_then(|e| e.slots.get(i).and_then(|s| s.get()))
}

fn extra_item(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    Ok(extra_field(v, i).unwrap_or_else(|| vm.none()))
}

/// Fields are read-only (CPython's member descriptors' message).
fn readonly(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(crate::object::exception::attribute_error("readonly attribute"))
}

macro_rules! extra_getters {
    ($($name:ident => $i:expr),*) => {
        $(fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> { extra_item(vm, v, $i) })*
        const EXTRA_GETTERS: &[Getter] = &[$($name),*];
    };
}

extra_getters!(x0 => 0, x1 => 1, x2 => 2, x3 => 3);

/// The struct-sequence type `qualname` (e.g. `sys.version_info`) with `fields`.
pub fn make_type(name: &'static str, qualname: &'static str, fields: &[&'static str]) -> Value {
    make_type_ext(name, qualname, fields, &[])
}

/// `cls(sequence)` for a struct sequence with non-sequence fields: the
/// sequence fields, then the optional extra ones.
fn structseq_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = p.first().cloned().ok_or_else(|| type_error("structseq.__new__(): not enough arguments"))?;
    let td = cls.downcast::<TypeData>().ok_or_else(|| type_error("structseq.__new__(X): X is not a type object"))?;
    let qualname = td.qualname.borrow().to_string();
    let seq = p.get(1).cloned().ok_or_else(|| type_error(format!("{qualname}() missing required argument 'sequence' (pos 1)")))?;
    let n_seq = td.dict.downcast::<DictData>().and_then(|d| d.get_str("n_sequence_fields")).and_then(|v| v.as_small_int()).unwrap_or(0) as usize;
    let n_all = n_seq + td.slot_names.borrow().len();
    let mut items = vm.collect(&seq)?;
    if items.len() < n_seq {
        return Err(type_error(format!("{qualname}() takes an at least {n_seq}-sequence ({}-sequence given)", items.len())));
    }
    if items.len() > n_all {
        return Err(type_error(format!("{qualname}() takes an at most {n_all}-sequence ({}-sequence given)", items.len())));
    }
    let extras = items.split_off(n_seq);
    Ok(new_ext(&cls, items, extras))
}

/// The struct-sequence type `qualname` with sequence `fields` and named
/// non-sequence fields `extra` (as `time.struct_time`'s `tm_zone` and
/// `tm_gmtoff`): those are attributes only, not items, and read `None`
/// when not given.
pub fn make_type_ext(name: &'static str, qualname: &'static str, fields: &[&'static str], extra: &[&'static str]) -> Value {
    if let Some(v) = TYPES.with(|m| m.borrow().get(qualname).cloned()) {
        return v;
    }
    let r = t();
    let ns = alloc(&r.dict, DictData::new(), None);
    let td = TypeData {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(qualname)),
        kind: Kind::Tuple,
        ext_offset: if extra.is_empty() { 0 } else { ext_offset_of::<TupleData>() },
        slot_names: RefCell::new(extra.iter().map(|n| Rc::from(*n)).collect()),
        has_dict: false,
        bases: RefCell::new(vec![r.tuple.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: ns,
        flags: Cell::new(tflags::HEAPTYPE | tflags::IMMUTABLE_TYPE),
        version: Cell::new(next_type_version()),
        has_finalizer: Cell::new(false),
        dealloc: if extra.is_empty() { crate::object::header::dealloc_plain::<TupleData> } else { crate::object::header::dealloc_ext::<TupleData> },
        dealloc_ext: crate::object::header::dealloc_ext::<TupleData>,
        sub_ext_offset: ext_offset_of::<TupleData>(),
        traverse: crate::object::header::traverse_impl::<TupleData>,
        subclasses: RefCell::new(Vec::new()),
    };
    let ty = alloc(&r.type_, td, None);
    if let Some(h) = ty.as_header() {
        h.make_immortal();
    }
    if let Some(td) = ty.downcast::<TypeData>() {
        *td.mro.borrow_mut() = vec![ty.clone(), r.tuple.clone(), r.object.clone()];
    }
    for (i, f) in fields.iter().enumerate().take(GETTERS.len()) {
        add_getset(&ty, f, GETTERS[i], Some(readonly));
    }
    let names: Vec<Value> = fields.iter().map(|f| crate::object::str::intern(f)).collect();
    let tuple = crate::object::tuple::new_tuple(names);
    set_type_attr(&ty, "_fields", tuple);
    for (i, f) in extra.iter().enumerate().take(EXTRA_GETTERS.len()) {
        add_getset(&ty, f, EXTRA_GETTERS[i], Some(readonly));
    }
    if !extra.is_empty() {
        add_method(&ty, "__new__", structseq_new, BuiltinKind::StaticMethod);
    }
    // `__module__` is the qualname's prefix (`time` for `time.struct_time`).
    let module = qualname.rsplit_once('.').map_or("builtins", |(m, _)| m);
    set_type_attr(&ty, "__module__", crate::object::str::intern(module));
    set_type_attr(&ty, "n_fields", Value::small_int((fields.len() + extra.len()) as i64));
    set_type_attr(&ty, "n_sequence_fields", Value::small_int(fields.len() as i64));
    set_type_attr(&ty, "n_unnamed_fields", Value::small_int(0));
    add_method(&ty, "__repr__", repr, BuiltinKind::Method);
    TYPES.with(|m| m.borrow_mut().insert(qualname, ty.clone()));
    ty
}

/// A new struct-sequence instance.
pub fn new(ty: &Value, items: Vec<Value>) -> Value {
    alloc(ty, TupleData(items.into()), None)
}

/// A new instance of a type from `make_type_ext` with its non-sequence
/// fields (fewer than the type has leaves the rest `None`).
pub fn new_ext(ty: &Value, items: Vec<Value>, extras: Vec<Value>) -> Value {
    let v = alloc(ty, TupleData(items.into()), None);
    if let Some(ext) = v.as_header().and_then(|h| h.ext()) {
        for (slot, x) in ext.slots.iter().zip(extras) {
            slot.set(Some(x));
        }
    }
    v
}
