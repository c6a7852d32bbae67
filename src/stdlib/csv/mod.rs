//! The native `_csv` module under `csv.py`: the dialect registry
//! (`register_dialect`, `get_dialect`, `list_dialects`,
//! `unregister_dialect`, `_dialects`), `field_size_limit`, `Error`, the
//! `QUOTE_*` constants and the `reader`/`writer` factories. Files:
//! `dialect.rs` (`_csv.Dialect` and parameter validation), `reader.rs`
//! (the parser state machine), `writer.rs` (quoting and escaping).

mod dialect;
mod reader;
mod writer;

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{overflow_error, type_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

pub use dialect::{Spec, QUOTE_ALL, QUOTE_MINIMAL, QUOTE_NONE, QUOTE_NONNUMERIC};

/// Per-interpreter module state: the `Error` class and the registry dict.
struct ModState {
    error: Value,
    dialects: Value,
}

thread_local! {
    static STATE: RefCell<Option<ModState>> = const { RefCell::new(None) };
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

/// The current `field_size_limit()`.
pub(crate) fn field_limit() -> i64 {
    FIELD_LIMIT.with(Cell::get)
}

/// A `_csv.Error` with `msg`.
pub(crate) fn csv_error(msg: impl Into<String>) -> PyErr {
    match STATE.with(|s| s.borrow().as_ref().map(|m| m.error.clone())) {
        Some(cls) => PyErr::new(&cls, msg),
        None => type_error("_csv.Error is not initialised"),
    }
}

fn dialects() -> PyResult<Value> {
    STATE.with(|s| s.borrow().as_ref().map(|m| m.dialects.clone())).ok_or_else(|| type_error("_csv is not initialised"))
}

/// The registered dialect named by `name` (`Error: unknown dialect` if none).
pub(crate) fn get_dialect_value(vm: &mut Vm, name: &Value) -> PyResult<Value> {
    let d = dialects()?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("_csv._dialects is not a dict"))?;
    dd.get_item(vm, name)?.ok_or_else(|| csv_error("unknown dialect"))
}

/// CPython's `PyArg_UnpackTuple` arity messages (with an empty name for the factories).
fn unpack_count(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(format!("{fname} expected at least {min} argument{}, got {n}", s(min))));
    }
    if n > max {
        return Err(type_error(format!("{fname} expected at most {max} argument{}, got {n}", s(max))));
    }
    Ok(())
}

/// `register_dialect(name, dialect=None, **fmtparams)`.
fn register_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    unpack_count("", pos.len(), 1, 2)?;
    if as_str(&pos[0]).is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let (d, _) = dialect::resolve(vm, pos.get(1), &args)?;
    let reg = dialects()?;
    vm.setitem(&reg, pos[0].clone(), d)?;
    Ok(vm.none())
}

/// `unregister_dialect(name)`.
fn unregister_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("unregister_dialect").positional(1, 1)?;
    let reg = dialects()?;
    let dd = reg.downcast::<DictData>().ok_or_else(|| type_error("_csv._dialects is not a dict"))?;
    match dd.del_item(vm, &p[0])? {
        Some(_) => Ok(vm.none()),
        None => Err(csv_error("unknown dialect")),
    }
}

/// `get_dialect(name)`.
fn get_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("get_dialect").positional(1, 1)?;
    get_dialect_value(vm, &p[0])
}

/// `list_dialects()`: the registered names, in registration order.
fn list_dialects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("list_dialects").positional(0, 0)?;
    let reg = dialects()?;
    let keys = reg.downcast::<DictData>().map(|d| d.keys()).unwrap_or_default();
    Ok(vm.list(keys))
}

/// `field_size_limit([limit])`: the old limit, setting a new one if given.
fn field_size_limit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kwargs().next() {
        return Err(type_error(format!("'{k}' is an invalid keyword argument for field_size_limit()")));
    }
    let p = args.pos();
    if p.len() > 1 {
        return Err(type_error(format!("field_size_limit() takes at most 1 argument ({} given)", p.len())));
    }
    let old = field_limit();
    if let Some(v) = p.first() {
        if !vm.type_of(v).is(&t().int) {
            return Err(type_error("limit must be an integer"));
        }
        let n = v.as_small_int().ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        FIELD_LIMIT.with(|c| c.set(n));
    }
    Ok(vm.int(old))
}

/// The items of a list or tuple (copied), or of any other iterable.
fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.downcast::<ListData>() {
        return Ok(l.0.borrow().clone());
    }
    if let Some(tp) = v.downcast::<TupleData>() {
        return Ok(tp.0.to_vec());
    }
    vm.collect(v)
}

/// `_dict_row(fieldnames, row, restkey, restval)`: the dict `DictReader`
/// returns for `row` (extra values in a list under `restkey`, missing
/// fields set to `restval`). Native because it runs once per record.
fn dict_row(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_dict_row").positional(4, 4)?;
    let names = items(vm, &p[0])?;
    let row = items(vm, &p[1])?;
    let out = vm.dict();
    let dd = out.downcast::<DictData>().ok_or_else(|| type_error("dict expected"))?;
    for (k, v) in names.iter().zip(row.iter()) {
        dd.set_item(vm, k.clone(), v.clone())?;
    }
    if row.len() > names.len() {
        let rest = vm.list(row[names.len()..].to_vec());
        dd.set_item(vm, p[2].clone(), rest)?;
    } else {
        for k in &names[row.len()..] {
            dd.set_item(vm, k.clone(), p[3].clone())?;
        }
    }
    Ok(out)
}

static TYPES: OnceLock<()> = OnceLock::new();

/// Creates the `_csv` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    TYPES.get_or_init(|| {
        dialect::install();
        reader::install();
        writer::install();
    });
    let m = crate::vm::import::new_module(vm, "_csv");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let code = crate::builtins::pending::compile_source(vm, "class Error(Exception):\n    pass\n", "<frozen _csv>", crate::builtins::pending::CompileMode::Exec)?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("module dict expected"))?;
    dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
    dd.set_str(vm.name("__name__"), vm.name("_csv"));
    vm.run_code(code, d.clone(), None)?;
    let error = dd.get_str("Error").ok_or_else(|| type_error("_csv.Error missing"))?;
    let registry = vm.dict();
    STATE.with(|s| *s.borrow_mut() = Some(ModState { error, dialects: registry.clone() }));
    let fns: &[(&'static str, NativeFn)] = &[
        ("reader", reader::reader),
        ("writer", writer::writer),
        ("register_dialect", register_dialect),
        ("unregister_dialect", unregister_dialect),
        ("get_dialect", get_dialect),
        ("list_dialects", list_dialects),
        ("field_size_limit", field_size_limit),
        ("_dict_row", dict_row),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    for (name, v) in [("QUOTE_MINIMAL", QUOTE_MINIMAL), ("QUOTE_ALL", QUOTE_ALL), ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC), ("QUOTE_NONE", QUOTE_NONE)] {
        dd.set_str(vm.name(name), vm.int(v));
    }
    dd.set_str(vm.name("_dialects"), registry);
    dd.set_str(vm.name("__version__"), vm.str("1.0"));
    dd.set_str(vm.name("Dialect"), t().named(dialect::DIALECT_TYPE));
    dd.set_str(vm.name("Reader"), t().named(reader::READER_TYPE));
    dd.set_str(vm.name("Writer"), t().named(writer::WRITER_TYPE));
    Ok(m)
}

/// CPython's `tp_name` of `v`'s type: builtin types outside `builtins`
/// carry their module (`_csv.Dialect`), others just their name.
pub(crate) fn tp_name(vm: &mut Vm, v: &Value) -> String {
    let ty = vm.type_of(v);
    let name = vm.type_name(v).to_string();
    let heap = ty.as_header().is_some_and(|h| h.type_data().flags.get() & crate::object::typeobj::tflags::HEAPTYPE != 0);
    if heap {
        return name;
    }
    match vm.getattr_str(&ty, "__module__").ok().as_ref().and_then(|m| as_str(m).map(str::to_string)) {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name,
    }
}
