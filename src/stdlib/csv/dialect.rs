//! `_csv.Dialect`: the validated, immutable formatting parameters shared by
//! readers and writers (`Spec`), built from a dialect name, an object with
//! dialect attributes and/or keyword overrides, with CPython's TypeError
//! messages for each bad parameter.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::exception::{attribute_error, overflow_error, type_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// `QUOTE_MINIMAL`: quote only fields that need it.
pub const QUOTE_MINIMAL: i64 = 0;
/// `QUOTE_ALL`: quote every field.
pub const QUOTE_ALL: i64 = 1;
/// `QUOTE_NONNUMERIC`: quote non-numbers; the reader turns unquoted fields into floats.
pub const QUOTE_NONNUMERIC: i64 = 2;
/// `QUOTE_NONE`: never quote; escape instead.
pub const QUOTE_NONE: i64 = 3;

/// Registry key of the `_csv.Dialect` type.
pub const DIALECT_TYPE: &str = "_csv.Dialect";

/// The parameters of one dialect.
#[derive(Clone, Debug)]
pub struct Spec {
    /// Field separator.
    pub delimiter: char,
    /// Whether a quotechar inside a quoted field is written/read doubled.
    pub doublequote: bool,
    /// Escape character, if any.
    pub escapechar: Option<char>,
    /// Record terminator written by writers (readers accept any line end).
    pub lineterminator: String,
    /// Quote character, if any.
    pub quotechar: Option<char>,
    /// One of the `QUOTE_*` values.
    pub quoting: i64,
    /// Whether spaces after a delimiter are skipped when reading.
    pub skipinitialspace: bool,
    /// Whether malformed input raises `Error`.
    pub strict: bool,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            delimiter: ',',
            doublequote: true,
            escapechar: None,
            lineterminator: "\r\n".into(),
            quotechar: Some('"'),
            quoting: QUOTE_MINIMAL,
            skipinitialspace: false,
            strict: false,
        }
    }
}

/// Rust state of a `_csv.Dialect` instance.
pub struct DialectState(pub Rc<Spec>);

impl NativeState for DialectState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Parameter names in `Dialect()`'s positional order.
const PARAMS: [&str; 9] = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/// The spec of a `_csv.Dialect` instance, if `v` is one.
pub fn spec_of(v: &Value) -> Option<Rc<Spec>> {
    v.downcast::<StateData>()?.with::<DialectState, _>(|d| d.0.clone())
}

/// A one-character parameter (`None` allowed when `or_none`); `Ok(None)` means "not set".
fn one_char(vm: &mut Vm, name: &str, v: &Value, or_none: bool) -> PyResult<Option<char>> {
    if or_none && vm.is_none(v) {
        return Ok(None);
    }
    let Some(s) = as_str(v) else {
        let kind = if or_none { "string or None" } else { "string" };
        return Err(type_error(format!("\"{name}\" must be {kind}, not {}", super::tp_name(vm, v))));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(type_error(format!("\"{name}\" must be a 1-character string"))),
    }
}

/// Builds a spec from an optional base dialect (any object whose
/// attributes are read; names are resolved by the caller) and explicit parameters
/// (`given[i]` for `PARAMS[i + 1]`), with CPython's checks in its order.
pub fn build_spec(vm: &mut Vm, base: Option<&Value>, given: &[Option<Value>; 8]) -> PyResult<Spec> {
    let mut vals: [Option<Value>; 8] = given.clone();
    if let Some(b) = base {
        for (i, slot) in vals.iter_mut().enumerate() {
            if slot.is_none() {
                *slot = vm.getattr_str(b, PARAMS[i + 1]).ok();
            }
        }
    }
    let mut spec = Spec::default();
    let [delim, dq, esc, lt, qc, quoting, skip, strict] = &vals;
    if let Some(v) = delim {
        spec.delimiter = one_char(vm, "delimiter", v, false)?.unwrap_or(',');
    }
    if let Some(v) = dq {
        spec.doublequote = vm.truthy(v)?;
    }
    if let Some(v) = esc {
        spec.escapechar = one_char(vm, "escapechar", v, true)?;
    }
    let mut lt_missing = false;
    if let Some(v) = lt {
        if vm.is_none(v) {
            lt_missing = true;
        } else {
            let s = as_str(v).ok_or_else(|| type_error("\"lineterminator\" must be a string"))?;
            spec.lineterminator = s.to_string();
        }
    }
    if let Some(v) = qc {
        spec.quotechar = one_char(vm, "quotechar", v, true)?;
    }
    if let Some(v) = quoting {
        let exact_int = vm.type_of(v).is(&t().int);
        if !exact_int {
            return Err(type_error("\"quoting\" must be an integer"));
        }
        spec.quoting = v.as_small_int().ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    } else if qc.as_ref().is_some_and(|v| vm.is_none(v)) {
        spec.quoting = QUOTE_NONE;
    }
    if let Some(v) = skip {
        spec.skipinitialspace = vm.truthy(v)?;
    }
    if let Some(v) = strict {
        spec.strict = vm.truthy(v)?;
    }
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&spec.quoting) {
        return Err(type_error("bad \"quoting\" value"));
    }
    if spec.quotechar.is_none() && spec.quoting != QUOTE_NONE {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    if lt_missing {
        return Err(type_error("lineterminator must be set"));
    }
    Ok(spec)
}

/// Binds `Dialect(dialect=None, **params)` arguments (`args` without `cls`).
fn bind_params(args: &Args, skip: usize) -> PyResult<(Option<Value>, [Option<Value>; 8])> {
    let pos = &args.pos()[skip..];
    if pos.len() > PARAMS.len() {
        return Err(type_error(format!("function takes at most {} arguments ({} given)", PARAMS.len(), pos.len() + args.kwnames.len())));
    }
    let mut slots: [Option<Value>; 9] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match PARAMS.iter().position(|p| *p == k) {
            Some(i) if slots[i].is_some() => {
                return Err(type_error(format!("argument for function given by name ('{k}') and position ({})", i + 1)));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{k}' is an invalid keyword argument for this function"))),
        }
    }
    let [d, rest @ ..] = slots;
    Ok((d, rest))
}

/// A `_csv.Dialect` instance (of `cls`) holding `spec`.
pub fn new_dialect(cls: &Value, spec: Rc<Spec>) -> Value {
    alloc(cls, StateData::new(DialectState(spec)), None)
}

/// The dialect object and spec for `reader`/`writer`: `Dialect(dialect, **kw)`
/// where `args` holds the keyword arguments (positional ones are ignored).
pub fn resolve(vm: &mut Vm, dialect: Option<&Value>, kw_args: &Args) -> PyResult<(Value, Rc<Spec>)> {
    let only_kw = Args { all: &kw_args.all[kw_args.all.len() - kw_args.kwnames.len()..], kwnames: kw_args.kwnames };
    let (d2, given) = bind_params(&only_kw, 0)?;
    let base = match (dialect, d2) {
        (Some(_), Some(_)) => return Err(type_error("argument for function given by name ('dialect') and position (1)")),
        (Some(d), None) => Some(d.clone()),
        (None, d) => d,
    };
    make(vm, &t().named(DIALECT_TYPE), base.as_ref(), &given)
}

/// `Dialect(base, **given)` for class `cls`, reusing an exact `_csv.Dialect`
/// base when nothing is overridden.
fn make(vm: &mut Vm, cls: &Value, base: Option<&Value>, given: &[Option<Value>; 8]) -> PyResult<(Value, Rc<Spec>)> {
    let base = match base {
        Some(b) if as_str(b).is_some() => Some(super::get_dialect_value(vm, b)?),
        other => other.cloned(),
    };
    let dty = t().named(DIALECT_TYPE);
    if let Some(b) = &base {
        if cls.is(&dty) && vm.type_of(b).is(&dty) && given.iter().all(Option::is_none) {
            if let Some(s) = spec_of(b) {
                return Ok((b.clone(), s));
            }
        }
    }
    let spec = Rc::new(build_spec(vm, base.as_ref(), given)?);
    Ok((new_dialect(cls, spec.clone()), spec))
}

/// `Dialect.__new__(cls, dialect=None, **params)`.
fn dialect_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("Dialect.__new__(): not enough arguments"))?;
    let (base, given) = bind_params(&args, 1)?;
    Ok(make(vm, &cls, base.as_ref(), &given)?.0)
}

fn spec_arg(vm: &Vm, v: &Value) -> PyResult<Rc<Spec>> {
    spec_of(v).ok_or_else(|| type_error(format!("descriptor requires a '_csv.Dialect' object but received a '{}'", vm.type_name(v))))
}

fn char_value(vm: &Vm, c: Option<char>) -> Value {
    match c {
        Some(c) => vm.str(c.to_string()),
        None => vm.none(),
    }
}

macro_rules! getters {
    ($($fname:ident => |$vm:ident, $s:ident| $body:expr;)*) => {
        $(
            fn $fname($vm: &mut Vm, v: &Value) -> PyResult<Value> {
                let $s = spec_arg($vm, v)?;
                Ok($body)
            }
        )*
    };
}

getters! {
    g_delimiter => |vm, s| vm.str(s.delimiter.to_string());
    g_doublequote => |vm, s| vm.bool(s.doublequote);
    g_escapechar => |vm, s| char_value(vm, s.escapechar);
    g_lineterminator => |vm, s| vm.str(s.lineterminator.as_str());
    g_quotechar => |vm, s| char_value(vm, s.quotechar);
    g_quoting => |vm, s| vm.int(s.quoting);
    g_skipinitialspace => |vm, s| vm.bool(s.skipinitialspace);
    g_strict => |vm, s| vm.bool(s.strict);
}

macro_rules! readonly_setters {
    ($($fname:ident => $attr:literal;)*) => {
        $(
            fn $fname(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
                Err(attribute_error(concat!("attribute '", $attr, "' of '_csv.Dialect' objects is not writable")))
            }
        )*
    };
}

readonly_setters! {
    s_delimiter => "delimiter";
    s_doublequote => "doublequote";
    s_escapechar => "escapechar";
    s_lineterminator => "lineterminator";
    s_quotechar => "quotechar";
    s_quoting => "quoting";
    s_skipinitialspace => "skipinitialspace";
    s_strict => "strict";
}

/// Creates the `_csv.Dialect` type (once).
pub fn install() {
    use crate::object::registry::{add_getset, add_method, new_builtin_subtype};
    use crate::object::typeobj::tflags;
    let ty = new_builtin_subtype::<StateData>("Dialect", DIALECT_TYPE, "_csv", &t().object, tflags::BASETYPE);
    add_method(&ty, "__new__", dialect_new, BuiltinKind::StaticMethod);
    let attrs: [(&'static str, Getter, Setter); 8] = [
        ("delimiter", g_delimiter, s_delimiter),
        ("doublequote", g_doublequote, s_doublequote),
        ("escapechar", g_escapechar, s_escapechar),
        ("lineterminator", g_lineterminator, s_lineterminator),
        ("quotechar", g_quotechar, s_quotechar),
        ("quoting", g_quoting, s_quoting),
        ("skipinitialspace", g_skipinitialspace, s_skipinitialspace),
        ("strict", g_strict, s_strict),
    ];
    for (name, g, s) in attrs {
        add_getset(&ty, name, g, Some(s));
    }
}
