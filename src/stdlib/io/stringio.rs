//! `io.StringIO`: a text stream in memory. The text is kept as UTF-8 with
//! its code-point count; the position is in code points (it may lie past
//! the end: a write there pads with NULs), with its byte offset cached so
//! that sequential reads and writes stay linear for non-ASCII text.
//! `newline` selects write translation and line splitting as in CPython.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::{os_error, type_error, value_error};
use crate::object::registry::t;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::lines::{advance, char_count, line_end, scan, translate, untranslate, Newline};
use super::{closed_error, int_arg, is_exact, newlines_value, size_arg, stop, uninit_error, unsupported};

/// The state of a StringIO.
pub struct Sio {
    buf: String,
    nchars: usize,
    /// Position in code points.
    pos: usize,
    /// Byte offset of `min(pos, nchars)`.
    pos_b: usize,
    newline: Newline,
    seen: u8,
    closed: bool,
    init: bool,
    /// `getvalue()`'s last result while the text is unchanged.
    cache: Option<Value>,
}

impl NativeState for Sio {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(c) = &self.cache {
            visit(c);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        if self.closed || !self.init {
            None
        } else {
            Some(sio_next_native)
        }
    }
}

impl Sio {
    fn empty() -> Sio {
        Sio { buf: String::new(), nchars: 0, pos: 0, pos_b: 0, newline: Newline::Lf, seen: 0, closed: false, init: false, cache: None }
    }

    fn check(&self) -> PyResult<()> {
        if !self.init {
            return Err(uninit_error());
        }
        if self.closed {
            return Err(closed_error(false));
        }
        Ok(())
    }

    fn set_pos(&mut self, pos: usize) {
        self.pos = pos;
        self.pos_b = if pos >= self.nchars { self.buf.len() } else { advance(&self.buf, pos) };
    }

    /// Writes `text` (already translated) at the position.
    fn put(&mut self, text: &str) {
        self.cache = None;
        let k = char_count(text);
        if self.pos >= self.nchars {
            if self.pos > self.nchars {
                let pad = self.pos - self.nchars;
                self.buf.extend(std::iter::repeat_n('\0', pad));
                self.nchars += pad;
            }
            self.buf.push_str(text);
            self.nchars += k;
        } else {
            let start = self.pos_b;
            let end = start + advance(&self.buf[start..], k);
            let removed = char_count(&self.buf[start..end]);
            self.buf.replace_range(start..end, text);
            self.nchars = self.nchars - removed + k;
        }
        self.pos += k;
        self.pos_b = if self.pos >= self.nchars { self.buf.len() } else { self.pos_b + text.len() };
    }

    fn write_str(&mut self, s: &str) {
        if self.newline.tracks() {
            self.seen |= scan(s);
        }
        match self.newline {
            Newline::Universal => {
                let t = translate(s);
                self.put(&t);
            }
            Newline::Cr | Newline::CrLf => {
                let t = untranslate(s, self.newline);
                self.put(&t);
            }
            _ => self.put(s),
        }
    }

    /// The text from the position: up to `size` code points (all if < 0),
    /// or up to the end of the line when `line`.
    fn take(&mut self, size: i64, line: bool) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let rest = &self.buf[self.pos_b..];
        let limit = if size < 0 { rest.len() } else { advance(rest, size as usize) };
        let mut end = limit;
        if line {
            if let Some(e) = line_end(&rest[..limit], self.newline) {
                end = e;
            }
        }
        let out = rest[..end].to_string();
        self.pos += char_count(&out);
        self.pos_b += end;
        out
    }
}

/// Runs `f` on `v`'s StringIO state.
fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Sio) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<Sio, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.StringIO' object but received a '{}'", vm.type_name(v))))
}

/// Like `with`, after checking the stream is initialized and open.
fn with_open<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Sio) -> R) -> PyResult<R> {
    with(vm, v, |s| s.check().map(|_| f(s)))?
}

/// The `StringIO` type.
pub fn sio_type() -> Value {
    thread_local! {
        static TY: Value = make_type();
    }
    TY.with(|t| t.clone())
}

fn make_type() -> Value {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", s_init),
            ("write", s_write),
            ("getvalue", s_getvalue),
            ("read", s_read),
            ("readline", s_readline),
            ("readlines", s_readlines),
            ("writelines", s_writelines),
            ("seek", s_seek),
            ("tell", s_tell),
            ("truncate", s_truncate),
            ("close", s_close),
            ("flush", s_flush),
            ("readable", s_true),
            ("writable", s_true),
            ("seekable", s_true),
            ("isatty", s_isatty),
            ("fileno", s_fileno),
            ("detach", s_detach),
            ("__iter__", s_iter),
            ("__next__", s_next),
            ("__enter__", s_enter),
            ("__exit__", s_exit),
        ];
        let getters: &[(&'static str, Getter)] = &[("closed", g_closed), ("newlines", g_newlines), ("line_buffering", g_false), ("encoding", g_none), ("errors", g_none)];
        super::make_io_type("StringIO", "_io.StringIO", s_new, methods, getters);
    });
    t().named("_io.StringIO")
}

fn me<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of '_io.StringIO' object needs an argument")))
}

fn s_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = super::new_cls(vm, &args, &sio_type(), "StringIO")?;
    Ok(alloc(&cls, StateData::new(Sio::empty()), None))
}

/// `StringIO(initial_value='', newline='\n')`
fn s_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("StringIO").bind(&["self", "initial_value", "newline"], 1)?;
    let this = a[0].clone().unwrap_or_else(|| vm.none());
    let newline = Newline::parse(vm, a[2].as_ref(), Newline::Lf, false)?;
    let init = match &a[1] {
        None => String::new(),
        Some(v) if vm.is_none(v) => String::new(),
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => return Err(type_error(format!("initial_value must be str or None, not {}", vm.type_name(v)))),
        },
    };
    with(vm, &this, |s| {
        *s = Sio::empty();
        s.newline = newline;
        s.init = true;
        if !init.is_empty() {
            s.write_str(&init);
            s.set_pos(0);
        }
    })?;
    Ok(vm.none())
}

fn s_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("write").positional(2, 2)?;
    let Some(text) = as_str(&p[1]) else {
        with_open(vm, &p[0], |_| ())?;
        return Err(type_error(format!("string argument expected, got '{}'", vm.type_name(&p[1]))));
    };
    let n = with_open(vm, &p[0], |s| {
        s.write_str(text);
        p[1].downcast::<StrData>().map(|d| d.char_len).unwrap_or_else(|| char_count(text))
    })?;
    Ok(vm.int(n as i64))
}

fn s_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getvalue").positional(1, 1)?;
    let cached = with_open(vm, &p[0], |s| s.cache.clone())?;
    if let Some(c) = cached {
        return Ok(c);
    }
    let text = with_open(vm, &p[0], |s| s.buf.clone())?;
    let v = vm.str(text);
    with(vm, &p[0], |s| s.cache = Some(v.clone()))?;
    Ok(v)
}

fn s_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("read").positional(1, 2)?;
    let size = size_arg(vm, p.get(1))?;
    with_open(vm, &p[0], |_| ())?;
    let whole = size < 0 && with(vm, &p[0], |s| s.pos == 0 && s.cache.is_some())?;
    if whole {
        // Reading everything from the start: the cached value is the answer.
        let v = with(vm, &p[0], |s| {
            s.set_pos(s.nchars);
            s.cache.clone()
        })?;
        return Ok(v.unwrap_or_else(|| vm.str("")));
    }
    let out = with(vm, &p[0], |s| s.take(size, false))?;
    Ok(vm.str(out))
}

fn s_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readline").positional(1, 2)?;
    let size = size_arg(vm, p.get(1))?;
    let out = with_open(vm, &p[0], |s| s.take(size, true))?;
    Ok(vm.str(out))
}

fn sio_next_native(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let line = with_open(vm, this, |s| s.take(-1, true))?;
    Ok(if line.is_empty() { None } else { Some(vm.str(line)) })
}

fn s_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__next__")?;
    with_open(vm, this, |_| ())?;
    if is_exact(this, &sio_type()) {
        return sio_next_native(vm, this)?.ok_or_else(stop);
    }
    let rl = vm.getattr_str(this, "readline")?;
    let line = vm.call(&rl, &[])?;
    match as_str(&line) {
        Some("") => Err(stop()),
        Some(_) => Ok(line),
        None => Err(os_error(format!("readline() should have returned a str object, not '{}'", vm.type_name(&line)))),
    }
}

fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__iter__")?;
    check_base_open(vm, this)?;
    Ok(this.clone())
}

/// IOBase's own check (message with the period), through `closed`.
fn check_base_open(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let closed = if is_exact(this, &sio_type()) {
        with(vm, this, |s| s.closed)?
    } else {
        let c = vm.getattr_str(this, "closed")?;
        vm.truthy(&c)?
    };
    if closed {
        return Err(closed_error(true));
    }
    Ok(())
}

fn s_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__enter__")?;
    check_base_open(vm, this)?;
    Ok(this.clone())
}

fn s_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__exit__")?;
    let close = vm.getattr_str(this, "close")?;
    vm.call(&close, &[])
}

/// IOBase.readlines: lines until their total length exceeds `hint`.
fn s_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readlines").positional(1, 2)?;
    let hint = size_arg(vm, p.get(1))?;
    check_base_open(vm, &p[0])?;
    if is_exact(&p[0], &sio_type()) {
        let mut out = Vec::new();
        with(vm, &p[0], |s| {
            let mut total = 0usize;
            loop {
                let line = s.take(-1, true);
                if line.is_empty() {
                    break;
                }
                total += char_count(&line);
                out.push(line);
                if hint > 0 && total > hint as usize {
                    break;
                }
            }
        })?;
        let items = out.into_iter().map(|l| vm.str(l)).collect();
        return Ok(vm.list(items));
    }
    let it = vm.iter(&p[0])?;
    let mut out = Vec::new();
    let mut total = 0i64;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)? as i64;
        out.push(line);
        if hint > 0 && total > hint {
            break;
        }
    }
    Ok(vm.list(out))
}

fn s_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("writelines").positional(2, 2)?;
    check_base_open(vm, &p[0])?;
    let write = vm.getattr_str(&p[0], "write")?;
    let it = vm.iter(&p[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call(&write, &[line])?;
    }
    Ok(vm.none())
}

fn s_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("seek").positional(2, 3)?;
    let pos = int_arg(vm, &p[1])?;
    let whence = match p.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    with_open(vm, &p[0], |_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if whence == 0 && pos < 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        // CPython says "cur-relative" for whence 2 as well.
        return Err(os_error("Can't do nonzero cur-relative seeks"));
    }
    let at = with(vm, &p[0], |s| {
        match whence {
            0 => s.set_pos(pos as usize),
            2 => s.set_pos(s.nchars),
            _ => {}
        }
        s.pos
    })?;
    Ok(vm.int(at as i64))
}

fn s_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "tell")?;
    let at = with_open(vm, this, |s| s.pos)?;
    Ok(vm.int(at as i64))
}

fn s_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("truncate").positional(1, 2)?;
    with_open(vm, &p[0], |_| ())?;
    let size = match p.get(1) {
        Some(v) if !vm.is_none(v) => {
            let n = size_arg(vm, Some(v))?;
            if n < 0 {
                return Err(value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
        _ => with(vm, &p[0], |s| s.pos)?,
    };
    with(vm, &p[0], |s| {
        if size < s.nchars {
            let b = advance(&s.buf, size);
            s.buf.truncate(b);
            s.nchars = size;
            s.cache = None;
            let pos = s.pos;
            s.set_pos(pos);
        }
    })?;
    Ok(vm.int(size as i64))
}

fn s_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "close")?;
    with(vm, this, |s| {
        s.closed = true;
        s.buf = String::new();
        s.cache = None;
    })?;
    Ok(vm.none())
}

fn s_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = me(&args, "flush")?;
    Ok(vm.none())
}

fn s_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "readable")?;
    with_open(vm, this, |_| ())?;
    Ok(vm.bool(true))
}

fn s_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "isatty")?;
    with(vm, this, |s| if s.init { Ok(()) } else { Err(uninit_error()) })??;
    check_base_open(vm, this)?;
    Ok(vm.bool(false))
}

fn s_fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn s_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = with(vm, v, |s| if s.init { Ok(s.closed) } else { Err(uninit_error()) })??;
    Ok(vm.bool(c))
}

fn g_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (tracks, bits) = with_open(vm, v, |s| (s.newline.tracks(), s.seen))?;
    Ok(if tracks { newlines_value(vm, bits) } else { vm.none() })
}

fn g_false(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with_open(vm, v, |_| ())?;
    Ok(vm.bool(false))
}

fn g_none(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none())
}
