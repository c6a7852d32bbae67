//! `_csv.reader`: an iterator over the records of an iterable of lines.
//! Each line's characters (then an end-of-line marker) drive the parser
//! state machine documented for CPython's `_csv` module; a record may span
//! lines (quoted or escaped line ends). `line_num` counts source lines.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::dialect::{Spec, QUOTE_NONE, QUOTE_NONNUMERIC};
use super::{csv_error, field_limit};

/// Registry key of the reader type.
pub const READER_TYPE: &str = "_csv.reader";

/// Rust state of a reader object.
struct ReaderState {
    input: Value,
    dialect: Value,
    spec: Rc<Spec>,
    line_num: i64,
}

impl NativeState for ReaderState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.input);
        visit(&self.dialect);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        Some(reader_next)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// One character of input, or the end of a line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ch {
    C(char),
    Eol,
}

/// The record being parsed.
struct Parser<'s> {
    spec: &'s Spec,
    state: State,
    fields: Vec<Value>,
    field: String,
    field_len: i64,
    numeric: bool,
    limit: i64,
}

/// A parse failure: a `_csv.Error` message or an unconvertible numeric field.
enum Fail {
    Csv(String),
    Float(String),
}

impl<'s> Parser<'s> {
    fn add_char(&mut self, c: char) -> Result<(), Fail> {
        if self.field_len >= self.limit {
            return Err(Fail::Csv(format!("field larger than field limit ({})", self.limit)));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn save_field(&mut self) -> Result<(), Fail> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        if self.numeric {
            self.numeric = false;
            match crate::numfmt::parse_float(&text) {
                Some(f) => self.fields.push(Value::float(f)),
                None => return Err(Fail::Float(text)),
            }
        } else {
            self.fields.push(crate::object::str::new_str(text));
        }
        Ok(())
    }

    fn is_quote(&self, c: char) -> bool {
        self.spec.quoting != QUOTE_NONE && self.spec.quotechar == Some(c)
    }

    fn end_field(&mut self, c: Ch) -> Result<(), Fail> {
        self.save_field()?;
        self.state = if c == Ch::Eol { State::StartRecord } else { State::EatCrnl };
        Ok(())
    }

    /// Feeds one character (or the end of a line) to the state machine.
    fn feed(&mut self, c: Ch) -> Result<(), Fail> {
        let sp = self.spec;
        let nl = |c: Ch| matches!(c, Ch::C('\n') | Ch::C('\r'));
        let mut state = self.state;
        loop {
            match state {
                State::StartRecord => {
                    if c == Ch::Eol {
                        return Ok(());
                    }
                    if nl(c) {
                        self.state = State::EatCrnl;
                        return Ok(());
                    }
                    state = State::StartField;
                    continue;
                }
                State::StartField => match c {
                    Ch::Eol | Ch::C('\n') | Ch::C('\r') => self.end_field(c)?,
                    Ch::C(ch) if self.is_quote(ch) => self.state = State::InQuotedField,
                    Ch::C(ch) if sp.escapechar == Some(ch) => self.state = State::EscapedChar,
                    Ch::C(' ') if sp.skipinitialspace => self.state = State::StartField,
                    Ch::C(ch) if ch == sp.delimiter => {
                        self.save_field()?;
                        self.state = State::StartField;
                    }
                    Ch::C(ch) => {
                        if sp.quoting == QUOTE_NONNUMERIC {
                            self.numeric = true;
                        }
                        self.add_char(ch)?;
                        self.state = State::InField;
                    }
                },
                State::EscapedChar => match c {
                    Ch::C(ch @ ('\n' | '\r')) => {
                        self.add_char(ch)?;
                        self.state = State::AfterEscapedCrnl;
                    }
                    Ch::Eol => {
                        self.add_char('\n')?;
                        self.state = State::InField;
                    }
                    Ch::C(ch) => {
                        self.add_char(ch)?;
                        self.state = State::InField;
                    }
                },
                State::AfterEscapedCrnl if c == Ch::Eol => self.state = State::AfterEscapedCrnl,
                State::AfterEscapedCrnl | State::InField => match c {
                    Ch::Eol | Ch::C('\n') | Ch::C('\r') => self.end_field(c)?,
                    Ch::C(ch) if sp.escapechar == Some(ch) => self.state = State::EscapedChar,
                    Ch::C(ch) if ch == sp.delimiter => {
                        self.save_field()?;
                        self.state = State::StartField;
                    }
                    Ch::C(ch) => {
                        self.add_char(ch)?;
                        self.state = State::InField;
                    }
                },
                State::InQuotedField => match c {
                    Ch::Eol => self.state = State::InQuotedField,
                    Ch::C(ch) if sp.escapechar == Some(ch) => self.state = State::EscapeInQuotedField,
                    Ch::C(ch) if self.is_quote(ch) => {
                        self.state = if sp.doublequote { State::QuoteInQuotedField } else { State::InField };
                    }
                    Ch::C(ch) => {
                        self.add_char(ch)?;
                        self.state = State::InQuotedField;
                    }
                },
                State::EscapeInQuotedField => {
                    let ch = match c {
                        Ch::C(ch) => ch,
                        Ch::Eol => '\n',
                    };
                    self.add_char(ch)?;
                    self.state = State::InQuotedField;
                }
                State::QuoteInQuotedField => match c {
                    Ch::C(ch) if self.is_quote(ch) => {
                        self.add_char(ch)?;
                        self.state = State::InQuotedField;
                    }
                    Ch::C(ch) if ch == sp.delimiter => {
                        self.save_field()?;
                        self.state = State::StartField;
                    }
                    Ch::Eol | Ch::C('\n') | Ch::C('\r') => self.end_field(c)?,
                    Ch::C(ch) if !sp.strict => {
                        self.add_char(ch)?;
                        self.state = State::InField;
                    }
                    Ch::C(_) => {
                        let q = sp.quotechar.unwrap_or('"');
                        return Err(Fail::Csv(format!("'{}' expected after '{}'", sp.delimiter, q)));
                    }
                },
                State::EatCrnl => match c {
                    Ch::C('\n') | Ch::C('\r') => self.state = State::EatCrnl,
                    Ch::Eol => self.state = State::StartRecord,
                    Ch::C(_) => {
                        return Err(Fail::Csv("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into()));
                    }
                },
            }
            return Ok(());
        }
    }

    /// Feeds a whole line and its end marker. A plain line at the start of
    /// a record (no quote, escape, or line-end characters inside) is split
    /// directly, which gives the same fields as feeding it char by char.
    fn feed_line(&mut self, line: &str) -> Result<(), Fail> {
        if self.state == State::StartRecord && self.plain_split(line)? {
            return Ok(());
        }
        for ch in line.chars() {
            self.feed(Ch::C(ch))?;
        }
        self.feed(Ch::Eol)
    }

    /// The fast path of `feed_line`; false if the line needs the state machine.
    fn plain_split(&mut self, line: &str) -> Result<bool, Fail> {
        let sp = self.spec;
        let body = line.strip_suffix('\n').unwrap_or(line);
        let body = body.strip_suffix('\r').unwrap_or(body);
        if sp.skipinitialspace || sp.quoting == QUOTE_NONNUMERIC || body.is_empty() {
            return Ok(false);
        }
        let special = |c: char| c == '\r' || c == '\n' || Some(c) == sp.escapechar || (sp.quoting != QUOTE_NONE && Some(c) == sp.quotechar);
        if body.chars().any(special) {
            return Ok(false);
        }
        for piece in body.split(sp.delimiter) {
            let n = if piece.is_ascii() { piece.len() } else { piece.chars().count() } as i64;
            if n > self.limit {
                return Err(Fail::Csv(format!("field larger than field limit ({})", self.limit)));
            }
            self.fields.push(crate::object::str::new_str(piece));
        }
        Ok(true)
    }
}

fn reader_state<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut ReaderState) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<ReaderState, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a '_csv.reader' object but received a '{}'", vm.type_name(v))))
}

fn fail_to_err(vm: &mut Vm, f: Fail) -> crate::error::PyErr {
    match f {
        Fail::Csv(m) => csv_error(m),
        Fail::Float(text) => {
            let v = vm.str(text);
            match vm.repr_string(&v) {
                Ok(r) => value_error(format!("could not convert string to float: {r}")),
                Err(e) => e,
            }
        }
    }
}

/// One record (`None` at the end of the input).
fn reader_next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let (input, spec) = reader_state(vm, this, |s| (s.input.clone(), s.spec.clone()))?;
    let mut p = Parser { spec: &spec, state: State::StartRecord, fields: Vec::new(), field: String::new(), field_len: 0, numeric: false, limit: field_limit() };
    loop {
        let Some(line) = vm.next(&input)? else {
            if !p.field.is_empty() || p.state == State::InQuotedField {
                if spec.strict {
                    return Err(csv_error("unexpected end of data"));
                }
                if let Err(f) = p.save_field() {
                    return Err(fail_to_err(vm, f));
                }
                break;
            }
            return Ok(None);
        };
        let Some(text) = as_str(&line) else {
            return Err(csv_error(format!("iterator should return strings, not {} (the file should be opened in text mode)", super::tp_name(vm, &line))));
        };
        reader_state(vm, this, |s| s.line_num += 1)?;
        if let Err(f) = p.feed_line(text) {
            return Err(fail_to_err(vm, f));
        }
        if p.state == State::StartRecord {
            break;
        }
    }
    Ok(Some(vm.list(p.fields)))
}

/// `reader(iterable, dialect='excel', **fmtparams)`.
pub fn reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    super::unpack_count("", pos.len(), 1, 2)?;
    let input = vm.iter(&pos[0])?;
    let (dialect, spec) = super::dialect::resolve(vm, pos.get(1), &args)?;
    Ok(alloc(&t().named(READER_TYPE), StateData::new(ReaderState { input, dialect, spec, line_num: 0 }), None))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__iter__").positional(1, 1)?;
    Ok(p[0].clone())
}

fn next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__next__").positional(1, 1)?;
    reader_next(vm, &p[0])?.ok_or_else(|| crate::error::PyErr::new_empty(&t().named("StopIteration")))
}

fn g_dialect(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    reader_state(vm, v, |s| s.dialect.clone())
}

fn g_line_num(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = reader_state(vm, v, |s| s.line_num)?;
    Ok(vm.int(n))
}

fn s_readonly(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

/// Creates the reader type (once).
pub fn install() {
    let ty = new_builtin_subtype::<StateData>("reader", READER_TYPE, "_csv", &t().object, 0);
    add_method(&ty, "__iter__", iter_self, BuiltinKind::Method);
    add_method(&ty, "__next__", next_method, BuiltinKind::Method);
    add_getset(&ty, "dialect", g_dialect, Some(s_readonly));
    add_getset(&ty, "line_num", g_line_num, Some(s_readonly));
}
