//! Exceptions at run time: materializing lazy `PyErr`s, context chaining,
//! matching `except` clauses, `raise` argument checking, tracebacks, and
//! printing uncaught exceptions the way CPython does (chained causes and
//! contexts, `Traceback (most recent call last):`, source lines).

use crate::error::{ErrState, PyErr, PyResult};
use crate::object::exception::{type_error, TbEntry, TbFrame};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// The exception object of `err` (built now if lazy), with `__context__`
    /// set to the exception being handled, as CPython does when raising.
    pub fn normalize(&mut self, err: PyErr) -> Value {
        let exc = match err.into_state() {
            ErrState::Object(v) => v,
            ErrState::Lazy { ty, msg } => {
                let args = match msg {
                    Some(m) => vec![self.str(m)],
                    None => vec![],
                };
                let tuple = self.tuple(args);
                alloc(&ty, ExceptionData::new(tuple), None)
            }
        };
        if let Some(handled) = self.handled_exc.clone() {
            if !handled.is(&exc) {
                if let Some(d) = exc.downcast::<ExceptionData>() {
                    if d.context.is_none() && !creates_cycle(&handled, &exc) {
                        d.context.set(Some(handled));
                    }
                }
            }
        }
        exc
    }

    /// Appends the frame's current line to the exception's traceback
    /// (not for the built-in Python modules CPython implements in C).
    pub fn add_traceback(&mut self, exc: &Value, f: &Frame) {
        push_traceback_entry(exc, f);
    }

    /// The exception `exc` leaves frame `f` unhandled: the frame's slots move
    /// to its traceback entry (the last one, added as it passed through `f`),
    /// so its locals die with the traceback, as in CPython.
    pub fn keep_locals(&mut self, exc: &Value, f: &mut Frame) {
        if f.fast.is_empty() {
            return;
        }
        if let Some(d) = exc.downcast::<ExceptionData>() {
            if let Some(fr) = d.traceback.borrow().last().map(|e| &e.frame) {
                if std::rc::Rc::ptr_eq(&fr.code, &f.code) {
                    let mut kept = fr.fast.borrow_mut();
                    if kept.is_empty() {
                        *kept = std::mem::take(&mut f.fast);
                    }
                }
            }
        }
    }

    /// `raise X`: an instance from a class or instance; TypeError otherwise.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<Value> {
        if v.downcast::<ExceptionData>().is_some() {
            return Ok(v.clone());
        }
        if let Some(td) = v.downcast::<TypeData>() {
            if td.has_flag(tflags::EXCEPTION) {
                let e = self.call(v, &[])?;
                if e.downcast::<ExceptionData>().is_none() {
                    return Err(type_error(format!("calling {} should have returned an instance of BaseException, not {}", td.name(), self.type_name(&e))));
                }
                return Ok(e);
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` test (T a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        if let Some(tp) = ty.downcast::<TupleData>() {
            for t in tp.0.iter() {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match ty.downcast::<TypeData>() {
            Some(td) if td.has_flag(tflags::EXCEPTION) => Ok(self.is_instance(exc, ty)),
            _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// `exc.__traceback__` (None if empty).
    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        match exc.downcast::<ExceptionData>() {
            Some(d) if !d.traceback.borrow().is_empty() => crate::types::introspect::new_traceback(self, exc),
            _ => self.none(),
        }
    }

    /// Prints "Exception ignored in: ..." for an error nothing can catch
    /// (in `__del__`, a weakref callback, closing a generator), as CPython's
    /// default `sys.unraisablehook`: the exception's own traceback, no chain.
    pub fn print_unraisable(&mut self, err: PyErr, what: &str, obj: &Value) -> PyResult<()> {
        self.flush_stdout();
        let r = self.repr_string(obj).unwrap_or_else(|_| "<object>".into());
        let exc = self.normalize(err);
        // An exception that never passed through a frame is shown at the
        // line running now, as CPython's `PyErr_WriteUnraisable` does.
        if exc.downcast::<ExceptionData>().is_some_and(|d| d.traceback.borrow().is_empty()) {
            self.frames.with(0, |f| push_traceback_entry(&exc, f));
        }
        let text = self.format_unraisable(&exc);
        self.write_stderr(&format!("{what}: {r}\n{text}"));
        Ok(())
    }

    /// Prints an uncaught exception with its chain to stderr, CPython-style.
    pub fn print_exception(&mut self, exc: &Value) {
        self.flush_stdout();
        let text = self.format_uncaught(exc);
        self.write_stderr(&text);
    }

    /// Writes `text` to `sys.stderr` (whatever object the program put there,
    /// as CPython does), or to the process's stderr when there is no usable
    /// `sys.stderr`.
    pub fn write_stderr(&mut self, text: &str) {
        let sys = self.modules.downcast::<DictData>().and_then(|d| d.get_str("sys"));
        let err = sys.and_then(|m| self.getattr_opt(&m, "stderr").ok().flatten()).filter(|e| !self.is_none(e));
        if let Some(err) = err {
            let s = self.str(text);
            if let Ok(Some(write)) = self.getattr_opt(&err, "write") {
                if self.call(&write, &[s]).is_ok() {
                    return;
                }
            }
        }
        eprint!("{text}");
    }

    /// How many traceback entries the printer shows (the innermost ones):
    /// `sys.tracebacklimit` when it is an int (negative counts as 0), else 1000.
    pub(super) fn traceback_limit(&mut self) -> usize {
        use super::import::{get_str_in, module_dict};
        let limit = get_str_in(&self.modules, "sys").and_then(|s| module_dict(&s)).and_then(|d| get_str_in(&d, "tracebacklimit")).and_then(|v| v.as_small_int());
        match limit {
            Some(n) => n.max(0) as usize,
            None => 1000,
        }
    }

    /// The final `Type: message` line of a traceback.
    pub fn exception_only(&mut self, exc: &Value) -> String {
        let ty = self.type_of(exc);
        let td = ty.downcast::<TypeData>().expect("type");
        let mut name = td.qualname.borrow().to_string();
        if td.has_flag(tflags::HEAPTYPE) {
            if let Some(m) = self.type_lookup(&ty, "__module__").and_then(|m| as_str(&m).map(str::to_string)) {
                if m != "builtins" && m != "__main__" {
                    name = format!("{m}.{name}");
                }
            }
        }
        if self.is_subtype(&ty, &t().named("SyntaxError")) {
            if let Some(s) = self.syntax_error_detail(exc) {
                return format!("{s}{name}: {}", self.str_string(exc).unwrap_or_default().split(" (").next().unwrap_or(""));
            }
        }
        match self.str_string(exc) {
            Ok(s) if s.is_empty() => name,
            Ok(s) => format!("{name}: {s}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        }
    }

    fn syntax_error_detail(&mut self, exc: &Value) -> Option<String> {
        let filename = self.getattr_opt(exc, "filename").ok().flatten()?;
        let lineno = self.getattr_opt(exc, "lineno").ok().flatten()?;
        let filename = as_str(&filename)?.to_string();
        let lineno = lineno.as_small_int()?;
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        let text = self.getattr_opt(exc, "text").ok().flatten();
        if let Some(text) = text.as_ref().and_then(|t| as_str(t).map(str::to_string)) {
            let line = text.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            let offset = self.getattr_opt(exc, "offset").ok().flatten().and_then(|o| o.as_small_int()).unwrap_or(0);
            let end = self.getattr_opt(exc, "end_offset").ok().flatten().and_then(|o| o.as_small_int()).unwrap_or(0);
            if offset > 0 {
                let col = (offset as usize).saturating_sub(1).saturating_sub(indent);
                let width = if end > offset { (end - offset) as usize } else { 1 };
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width.max(1))));
            }
        }
        Some(out)
    }
}

/// Files of built-in Python modules whose CPython counterpart is written in
/// C, so their frames never appear in a traceback (`warnings.warn` under an
/// "error" filter raises straight from the caller's line).
const HIDDEN_FRAMES: &[&str] = &["<frozen warnings>", "<frozen _asyncio_core>"];

/// Consecutive repeats of one entry printed before the rest are summarized.
const RECURSIVE_CUTOFF: usize = 3;

/// Appends the `File ..., line ..., in ...` lines of `entries` (outermost
/// first) with their source lines and markers, collapsing a run of more
/// than three identical entries into `[Previous line repeated N more times]`;
/// every line starts with `prefix` (the margin of a nested group member).
pub(super) fn format_entries<'e>(out: &mut String, entries: impl Iterator<Item = &'e TbEntry>, prefix: &str) {
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for e in entries {
        let here = (e.filename(), e.lineno(), e.name());
        if last != Some(here) {
            repeated_note(out, count, prefix);
            last = Some(here);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let (filename, lineno) = (e.filename(), e.lineno());
        out.push_str(&format!("{prefix}  File \"{filename}\", line {lineno}, in {}\n", e.name()));
        if let Some(line) = source_line(filename, lineno) {
            if !line.trim().is_empty() {
                out.push_str(&format!("{prefix}    {}\n", line.trim_start()));
                if let Some(marks) = super::carets::caret_line(&line, lineno, e.span(), super::carets::CaretStyle::Interpreter) {
                    out.push_str(prefix);
                    out.push_str(&marks);
                    out.push('\n');
                }
            }
        }
    }
    repeated_note(out, count, prefix);
}

fn repeated_note(out: &mut String, count: usize, prefix: &str) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("{prefix}  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
    }
}

fn creates_cycle(handled: &Value, exc: &Value) -> bool {
    let mut cur = handled.clone();
    for _ in 0..100 {
        let next = match cur.downcast::<ExceptionData>().and_then(|d| d.context.get()) {
            Some(n) => n,
            None => return false,
        };
        if next.is(exc) {
            // Break the cycle as CPython does.
            if let Some(d) = cur.downcast::<ExceptionData>() {
                d.context.set(None);
            }
            return false;
        }
        cur = next;
    }
    false
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(lineno.checked_sub(1)? as usize).map(str::to_string)
}

/// Appends frame `f`'s current line to `exc`'s traceback (not for the
/// built-in Python modules CPython implements in C).
fn push_traceback_entry(exc: &Value, f: &Frame) {
    if HIDDEN_FRAMES.contains(&&*f.code.filename) {
        return;
    }
    if let Some(d) = exc.downcast::<ExceptionData>() {
        let frame = TbFrame { code: f.code.clone(), globals: f.globals.clone(), builtins: f.builtins.clone(), locals: f.locals.clone(), lasti: f.lasti, fast: Default::default() };
        let mut tb = d.traceback.borrow_mut();
        if tb.capacity() == 0 {
            // Room for a few frames at once (entries are one pointer).
            tb.reserve(8);
        }
        tb.push(TbEntry { frame: std::rc::Rc::new(frame) });
    }
}
