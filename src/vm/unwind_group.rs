//! The interpreter's printer of uncaught exceptions (`sys.excepthook`'s
//! output): chained causes and contexts, tracebacks, `__notes__`, and
//! exception groups in CPython 3.11's box layout: every line of a nested
//! exception is indented two columns per level and marked with `| `, each
//! sub-exception opens with `+---------------- N ----------------` (the
//! first one `+-+----...`), the group's last box is closed by
//! `+------------------------------------`; at most 15 sub-exceptions per
//! group (`and N more exceptions`) and 10 levels (`... (max_group_depth
//! is 10)`) are shown.

use crate::object::*;
use crate::types::exception_group::is_group;

use super::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Printing state (CPython's `exception_print_context`).
struct Printer {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<u64>,
    limit: usize,
}

impl Printer {
    /// Indentation plus margin (`| `, or `margin` instead of `|`) of the
    /// current nesting level.
    fn prefix(&self, margin: char) -> String {
        let mut p = " ".repeat(2 * self.depth);
        if self.depth > 0 {
            p.push(margin);
            p.push(' ');
        }
        p
    }

    /// Writes `text` with the prefix before every line.
    fn emit(&mut self, text: &str) {
        let p = self.prefix('|');
        for line in text.split_inclusive('\n') {
            self.out.push_str(&p);
            self.out.push_str(line);
        }
    }

    /// Writes `text` with the prefix before its first line only (CPython
    /// writes an exception's message as is).
    fn emit_first(&mut self, text: &str) {
        let p = self.prefix('|');
        self.out.push_str(&p);
        self.out.push_str(text);
    }
}

impl Vm {
    /// The text CPython's default excepthook prints for `exc`.
    pub fn format_uncaught(&mut self, exc: &Value) -> String {
        let limit = self.traceback_limit();
        let mut p = Printer { out: String::new(), depth: 0, need_close: false, seen: Vec::new(), limit };
        self.print_rec(&mut p, exc);
        p.out
    }

    /// What CPython's default `sys.unraisablehook` prints of `exc`: its
    /// own traceback and `Type: message`, without the exceptions chained to
    /// it and without drawing an exception group's members.
    pub fn format_unraisable(&mut self, exc: &Value) -> String {
        let limit = self.traceback_limit();
        let mut p = Printer { out: String::new(), depth: 0, need_close: false, seen: Vec::new(), limit };
        self.print_tb_and_line(&mut p, exc, "Traceback (most recent call last):\n", '|');
        p.out
    }

    fn print_rec(&mut self, p: &mut Printer, exc: &Value) {
        p.seen.push(exc.raw());
        if let Some(d) = exc.downcast::<ExceptionData>() {
            let chained = match d.cause.get() {
                Some(c) => Some((c, "The above exception was the direct cause of the following exception:\n")),
                None => d.context.get().filter(|_| !d.suppress_context.get()).map(|c| (c, "During handling of the above exception, another exception occurred:\n")),
            };
            if let Some((c, msg)) = chained {
                if !p.seen.contains(&c.raw()) {
                    let need_close = p.need_close;
                    self.print_rec(p, &c);
                    p.need_close = need_close;
                    p.emit("\n");
                    p.emit(msg);
                    p.emit("\n");
                }
            }
        }
        if is_group(self, exc) {
            self.print_group(p, exc);
        } else {
            self.print_one(p, exc, "Traceback (most recent call last):\n", '|');
        }
    }

    /// Traceback, `Type: message` and notes of one exception.
    fn print_one(&mut self, p: &mut Printer, exc: &Value, header: &str, header_margin: char) {
        self.print_tb_and_line(p, exc, header, header_margin);
        self.print_notes(p, exc);
    }

    /// Traceback and `Type: message` of one exception.
    fn print_tb_and_line(&mut self, p: &mut Printer, exc: &Value, header: &str, header_margin: char) {
        if let Some(d) = exc.downcast::<ExceptionData>() {
            let tb = d.traceback.borrow().clone();
            if !tb.is_empty() {
                let hp = p.prefix(header_margin);
                p.out.push_str(&hp);
                p.out.push_str(header);
                let prefix = p.prefix('|');
                super::unwind::format_entries(&mut p.out, tb.iter().rev().skip(tb.len().saturating_sub(p.limit)), &prefix);
            }
        }
        let line = self.exception_only(exc);
        p.emit_first(&line);
        p.out.push('\n');
    }

    /// `__notes__`: each line of each str note; other notes as `str()`; a
    /// `__notes__` that is no sequence as its `repr()`.
    fn print_notes(&mut self, p: &mut Printer, exc: &Value) {
        let notes = match self.getattr_opt(exc, "__notes__") {
            Ok(Some(n)) => n,
            _ => return,
        };
        let ty = self.type_of(&notes);
        let is_seq = notes.downcast::<ListData>().is_some()
            || notes.downcast::<TupleData>().is_some()
            || (!self.is_subtype(&ty, &t().dict) && notes.downcast::<BytesData>().is_none() && self.type_lookup(&ty, "__getitem__").is_some());
        let items = if is_seq { self.collect(&notes).ok() } else { None };
        let Some(items) = items else {
            let r = self.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            p.emit(&format!("{r}\n"));
            return;
        };
        for note in items {
            match str::as_str(&note) {
                Some(s) => {
                    let s = s.to_string();
                    for line in s.split('\n') {
                        p.emit(&format!("{line}\n"));
                    }
                }
                None => {
                    let s = self.str_string(&note).unwrap_or_else(|_| "<note str() failed>".into());
                    p.emit_first(&format!("{s}\n"));
                }
            }
        }
    }

    fn print_group(&mut self, p: &mut Printer, exc: &Value) {
        if p.depth > MAX_GROUP_DEPTH {
            p.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top = p.depth == 0;
        if top {
            p.depth = 1;
        }
        self.print_one(p, exc, "Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' });
        let excs = self.getattr_opt(exc, "exceptions").ok().flatten().and_then(|e| e.downcast::<TupleData>().map(|t| t.0.to_vec())).unwrap_or_default();
        let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
        p.need_close = false;
        for (i, sub) in excs.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                p.need_close = true;
            }
            let title = if i < MAX_GROUP_WIDTH { (i + 1).to_string() } else { "...".to_string() };
            let open = if i == 0 { "+-" } else { "  " };
            p.out.push_str(&format!("{}{open}+---------------- {title} ----------------\n", " ".repeat(2 * p.depth)));
            p.depth += 1;
            if i < MAX_GROUP_WIDTH {
                self.print_rec(p, sub);
            } else {
                let more = excs.len() - MAX_GROUP_WIDTH;
                p.emit(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }));
            }
            if last && p.need_close {
                p.out.push_str(&format!("{}+------------------------------------\n", " ".repeat(2 * p.depth)));
                p.need_close = false;
            }
            p.depth -= 1;
        }
        if top {
            p.depth = 0;
        }
    }
}
