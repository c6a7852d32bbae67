//! `_csv.writer`: formats rows (iterables of values) as delimited records
//! and passes each record to the file's `write`. Quoting follows the
//! dialect: special characters force quotes (QUOTE_MINIMAL) or escapes
//! (QUOTE_NONE), QUOTE_NONNUMERIC quotes everything that is not a number.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_getset, add_method, new_builtin_subtype};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::csv_error;
use super::dialect::{Spec, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};

/// Registry key of the writer type.
pub const WRITER_TYPE: &str = "_csv.writer";

/// Rust state of a writer object.
struct WriterState {
    write: Value,
    dialect: Value,
    spec: Rc<Spec>,
}

impl NativeState for WriterState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.write);
        visit(&self.dialect);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn writer_state<R>(vm: &Vm, v: &Value, f: impl FnOnce(&WriterState) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with::<WriterState, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a '_csv.writer' object but received a '{}'", vm.type_name(v))))
}

/// Whether `v` counts as a number for QUOTE_NONNUMERIC (CPython's `PyNumber_Check`).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    if v.is_small_int() || v.is_float() {
        return true;
    }
    let r = t();
    let ty = vm.type_of(v);
    if vm.is_subtype(&ty, &r.int) || vm.is_subtype(&ty, &r.float) || vm.is_subtype(&ty, &r.complex) {
        return true;
    }
    if ty.is(&r.str_) {
        return false;
    }
    ["__index__", "__int__", "__float__"].iter().any(|m| vm.lookup_special(v, m).is_some())
}

/// Appends one field (`None` text = empty) to `out`, quoting and escaping per `sp`.
fn append_field(sp: &Spec, out: &mut String, first: bool, text: &str, mut quoted: bool) -> PyResult<()> {
    if !first {
        out.push(sp.delimiter);
    }
    let needs_work = |c: char| c == sp.delimiter || Some(c) == sp.escapechar || Some(c) == sp.quotechar || sp.lineterminator.contains(c);
    if !text.chars().any(needs_work) {
        if quoted {
            let q = sp.quotechar.unwrap_or('"');
            out.push(q);
            out.push_str(text);
            out.push(q);
        } else {
            out.push_str(text);
        }
        return Ok(());
    }
    let mut body = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        if needs_work(c) {
            let mut escape = false;
            if sp.quoting == QUOTE_NONE {
                escape = true;
            } else {
                if Some(c) == sp.quotechar {
                    if sp.doublequote {
                        body.push(c);
                    } else {
                        escape = true;
                    }
                } else if Some(c) == sp.escapechar {
                    escape = true;
                }
                if !escape {
                    quoted = true;
                }
            }
            if escape {
                let Some(e) = sp.escapechar else { return Err(csv_error("need to escape, but no escapechar set")) };
                body.push(e);
            }
        }
        body.push(c);
    }
    if quoted {
        let q = sp.quotechar.unwrap_or('"');
        out.push(q);
        out.push_str(&body);
        out.push(q);
    } else {
        out.push_str(&body);
    }
    Ok(())
}

/// Formats one row as a record (with the line terminator).
fn format_row(vm: &mut Vm, sp: &Spec, row: &Value) -> PyResult<String> {
    let it = match vm.iter(row) {
        Ok(it) => it,
        Err(e) if vm.is_subtype(&e.exc_type(), &t().named("TypeError")) => {
            return Err(csv_error(format!("iterable expected, not {}", super::tp_name(vm, row))));
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    let mut n = 0usize;
    while let Some(field) = vm.next(&it)? {
        let quoted = match sp.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, &field),
            QUOTE_ALL => true,
            _ => false,
        };
        if vm.is_none(&field) {
            append_field(sp, &mut out, n == 0, "", quoted)?;
        } else if let Some(s) = as_str(&field) {
            append_field(sp, &mut out, n == 0, s, quoted)?;
        } else {
            let sv = vm.to_str(&field)?;
            append_field(sp, &mut out, n == 0, as_str(&sv).unwrap_or(""), quoted)?;
        }
        n += 1;
    }
    if n == 1 && out.is_empty() {
        if sp.quoting == QUOTE_NONE {
            return Err(csv_error("single empty field record must be quoted"));
        }
        append_field(sp, &mut out, true, "", true)?;
    }
    out.push_str(&sp.lineterminator);
    Ok(out)
}

/// `writer.writerow(row)`: writes one record, returning `write`'s result.
fn writerow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error("writer.writerow() takes no keyword arguments"));
    }
    if pos.len() != 2 {
        return Err(type_error(format!("writer.writerow() takes exactly one argument ({} given)", pos.len().saturating_sub(1))));
    }
    let (write, spec) = writer_state(vm, &pos[0], |s| (s.write.clone(), s.spec.clone()))?;
    let line = format_row(vm, &spec, &pos[1])?;
    let v = vm.str(line);
    vm.call(&write, &[v])
}

/// `writer.writerows(rows)`: `writerow` for each row.
fn writerows(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("writerows").positional(2, 2)?;
    let (write, spec) = writer_state(vm, &p[0], |s| (s.write.clone(), s.spec.clone()))?;
    let it = vm.iter(&p[1])?;
    while let Some(row) = vm.next(&it)? {
        let line = format_row(vm, &spec, &row)?;
        let v = vm.str(line);
        vm.call(&write, &[v])?;
    }
    Ok(vm.none())
}

/// `writer(fileobj, dialect='excel', **fmtparams)`.
pub fn writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    super::unpack_count("", pos.len(), 1, 2)?;
    let write = match vm.getattr_str(&pos[0], "write") {
        Ok(w) => w,
        Err(e) if vm.is_subtype(&e.exc_type(), &t().named("AttributeError")) => return Err(type_error("argument 1 must have a \"write\" method")),
        Err(e) => return Err(e),
    };
    let (dialect, spec) = super::dialect::resolve(vm, pos.get(1), &args)?;
    Ok(alloc(&t().named(WRITER_TYPE), StateData::new(WriterState { write, dialect, spec }), None))
}

fn g_dialect(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    writer_state(vm, v, |s| s.dialect.clone())
}

fn s_readonly(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(crate::object::exception::attribute_error("readonly attribute"))
}

/// Creates the writer type (once).
pub fn install() {
    let ty = new_builtin_subtype::<StateData>("writer", WRITER_TYPE, "_csv", &t().object, 0);
    add_method(&ty, "writerow", writerow, BuiltinKind::Method);
    add_method(&ty, "writerows", writerows, BuiltinKind::Method);
    add_getset(&ty, "dialect", g_dialect, Some(s_readonly));
}
