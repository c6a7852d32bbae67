//! `io.TextIOWrapper`: a text stream over a binary one. Reading takes the
//! buffer's bytes in 8 KiB chunks (straight from the state of an exact
//! `BytesIO`, else through its `read1`/`read`), decodes them into a text
//! queue and splits lines natively; a `\r` ending a chunk waits for the next
//! one so that `\r\n` is never split. The queue keeps the text as decoded
//! (universal newlines are translated as text is handed out), so `tell()`
//! can count the bytes not yet consumed. Writes are encoded and held until
//! `flush()`, 8 KiB, a newline with `line_buffering`, or at once with
//! `write_through`.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::{attribute_error, os_error, type_error, value_error};
use crate::object::registry::t;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::bytesio::{self, bytes_like, is_exact_bio};
use super::codec::{decode, encode, encoded_len, Codec, Enc};
use super::lines::{advance, char_count, line_end, scan, translate, untranslate, Newline};
use super::{closed_error, int_arg, is_exact, newlines_value, size_arg, stop, unsupported};

/// Bytes read from the buffer at a time, and the write-behind limit.
const CHUNK: usize = 8192;

/// The state of a TextIOWrapper.
pub struct Tw {
    /// The binary stream (`None` once detached or before `__init__`).
    buffer: Option<Value>,
    detached: bool,
    codec: Codec,
    newline: Newline,
    line_buffering: bool,
    write_through: bool,
    /// Decoded text not yet handed out starts at byte `dpos` of `dec`.
    dec: String,
    dpos: usize,
    /// A `\r` that ended the last chunk, held back.
    cr: bool,
    /// Undecoded bytes (an incomplete character).
    raw_tail: Vec<u8>,
    eof: bool,
    seen: u8,
    /// Encoded text waiting to be written.
    out: Vec<u8>,
}

impl NativeState for Tw {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(b) = &self.buffer {
            visit(b);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        // Only over an open exact BytesIO: iter() must still check the
        // buffer otherwise (through the `__iter__` method).
        let b = self.buffer.as_ref()?;
        if !is_exact_bio(b) || bytesio::with_open_ok(b).is_none() {
            return None;
        }
        Some(tw_next_native)
    }
}

impl Tw {
    fn empty() -> Tw {
        Tw {
            buffer: None,
            detached: false,
            codec: Codec { enc: Enc::Utf8, name: "UTF-8".into(), errors: "strict".into() },
            newline: Newline::Universal,
            line_buffering: false,
            write_through: false,
            dec: String::new(),
            dpos: 0,
            cr: false,
            raw_tail: Vec::new(),
            eof: false,
            seen: 0,
            out: Vec::new(),
        }
    }

    fn reset_read(&mut self) {
        self.dec.clear();
        self.dpos = 0;
        self.cr = false;
        self.raw_tail.clear();
        self.eof = false;
    }

    /// Appends decoded text (`last`: the end of the data).
    fn push_text(&mut self, text: String, last: bool) {
        if self.dpos >= self.dec.len() && !self.cr {
            // Nothing left over: the new text becomes the queue as it is.
            self.dec = text;
            self.dpos = 0;
        } else {
            if self.dpos > 0 {
                self.dec.drain(..self.dpos);
                self.dpos = 0;
            }
            if self.cr {
                self.dec.push('\r');
                self.cr = false;
            }
            self.dec.push_str(&text);
        }
        if !last && self.newline != Newline::Lf && self.dec.ends_with('\r') {
            self.dec.pop();
            self.cr = true;
        }
        if self.newline.tracks() {
            // Left-over text is scanned again: that only repeats its bits.
            self.seen |= scan(&self.dec);
        }
        if last {
            self.eof = true;
        }
    }

    /// The next line (up to `size` code points as handed out), if the
    /// queue holds enough to know it; `Some("")` at the end.
    fn try_line(&mut self, size: i64) -> Option<String> {
        let uni = self.newline == Newline::Universal;
        let rest = &self.dec[self.dpos..];
        let limit = if size < 0 { rest.len() } else { advance(rest, size as usize) };
        let split = if uni { Newline::Any } else { self.newline };
        let end = match line_end(&rest[..limit], split) {
            Some(mut e) => {
                if uni && rest.as_bytes()[e - 1] == b'\r' && rest.as_bytes().get(e) == Some(&b'\n') {
                    e += 1;
                }
                e
            }
            None if limit < rest.len() || (self.eof && !self.cr) => limit,
            None => return None,
        };
        let raw = &rest[..end];
        let line = if uni { cook(raw) } else { raw.to_string() };
        self.dpos += end;
        Some(line)
    }

    /// Everything left (the data must be at its end).
    fn take_rest(&mut self) -> String {
        let mut all = std::mem::take(&mut self.dec);
        if self.dpos > 0 {
            all.drain(..self.dpos);
        }
        self.dpos = 0;
        if self.newline == Newline::Universal {
            if let std::borrow::Cow::Owned(t) = translate(&all) {
                return t;
            }
        }
        all
    }

    fn has_read_ahead(&self) -> bool {
        self.dpos < self.dec.len() || self.cr || !self.raw_tail.is_empty()
    }
}

/// A raw line with its terminator translated to `\n`.
fn cook(raw: &str) -> String {
    if let Some(body) = raw.strip_suffix("\r\n") {
        let mut s = String::with_capacity(body.len() + 1);
        s.push_str(body);
        s.push('\n');
        s
    } else if let Some(body) = raw.strip_suffix('\r') {
        let mut s = String::with_capacity(body.len() + 1);
        s.push_str(body);
        s.push('\n');
        s
    } else {
        raw.to_string()
    }
}

fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Tw) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<Tw, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{}'", vm.type_name(v))))
}

/// The buffer, or the detached / uninitialized error.
fn attached(vm: &Vm, this: &Value) -> PyResult<Value> {
    with(vm, this, |s| match &s.buffer {
        Some(b) => Ok(b.clone()),
        None if s.detached => Err(value_error("underlying buffer has been detached")),
        None => Err(value_error("I/O operation on uninitialized object")),
    })?
}

/// Whether the buffer is closed (its state for a BytesIO, else `closed`).
fn buffer_closed(vm: &mut Vm, buffer: &Value) -> PyResult<bool> {
    if is_exact_bio(buffer) {
        return Ok(bytesio::with_open_ok(buffer).is_none());
    }
    let c = vm.getattr_str(buffer, "closed")?;
    vm.truthy(&c)
}

/// The buffer of an attached, open wrapper.
fn open_buffer(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let b = attached(vm, this)?;
    if buffer_closed(vm, &b)? {
        return Err(closed_error(true));
    }
    Ok(b)
}

/// Up to `n` bytes from the buffer (all when `n` < 0).
fn read_raw(vm: &mut Vm, buffer: &Value, n: i64) -> PyResult<Vec<u8>> {
    if is_exact_bio(buffer) {
        if let Some(b) = bytesio::take_bytes(buffer, n) {
            return Ok(b);
        }
    }
    let name = if n >= 0 && vm.getattr_str(buffer, "read1").is_ok() { "read1" } else { "read" };
    let m = vm.getattr_str(buffer, name)?;
    let arg = vm.int(n);
    let got = vm.call(&m, &[arg])?;
    if vm.is_none(&got) {
        return Ok(Vec::new());
    }
    bytes_like(vm, &got).map_err(|_| type_error(format!("underlying {name}() should have returned a bytes-like object, not '{}'", vm.type_name(&got))))
}

/// Decodes another chunk (everything left when `all`) into the queue;
/// false once the data has ended.
fn fill(vm: &mut Vm, this: &Value, buffer: &Value, all: bool) -> PyResult<bool> {
    let (eof, codec) = with(vm, this, |s| (s.eof, s.codec.clone()))?;
    if eof {
        return Ok(false);
    }
    let chunk = read_raw(vm, buffer, if all { -1 } else { CHUNK as i64 })?;
    let last = chunk.is_empty() || all;
    let mut data = with(vm, this, |s| std::mem::take(&mut s.raw_tail))?;
    if data.is_empty() {
        data = chunk;
    } else {
        data.extend_from_slice(&chunk);
    }
    let (text, tail) = decode(vm, &codec, data, last)?;
    with(vm, this, |s| {
        s.raw_tail = tail;
        s.push_text(text, last);
    })?;
    Ok(true)
}

/// The next line (at most `size` code points when `size` >= 0).
fn next_line(vm: &mut Vm, this: &Value, buffer: &Value, size: i64) -> PyResult<String> {
    loop {
        if let Some(line) = with(vm, this, |s| s.try_line(size))? {
            return Ok(line);
        }
        if !fill(vm, this, buffer, false)? {
            return Ok(with(vm, this, |s| s.try_line(size))?.unwrap_or_default());
        }
    }
}

/// Writes the pending bytes to the buffer.
fn push_out(vm: &mut Vm, this: &Value, buffer: &Value) -> PyResult<()> {
    let data = with(vm, this, |s| std::mem::take(&mut s.out))?;
    if data.is_empty() {
        return Ok(());
    }
    if is_exact_bio(buffer) {
        if let Some(r) = bytesio::put_bytes(buffer, &data) {
            return r;
        }
    }
    let w = vm.getattr_str(buffer, "write")?;
    let b = vm.bytes(data);
    vm.call(&w, &[b])?;
    Ok(())
}

fn call0(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let m = vm.getattr_str(obj, name)?;
    vm.call(&m, &[])
}

/// The `TextIOWrapper` type.
pub fn tw_type() -> Value {
    thread_local! {
        static TY: Value = make_type();
    }
    TY.with(|t| t.clone())
}

fn make_type() -> Value {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", w_init),
            ("read", w_read),
            ("readline", w_readline),
            ("readlines", w_readlines),
            ("write", w_write),
            ("writelines", w_writelines),
            ("flush", w_flush),
            ("close", w_close),
            ("detach", w_detach),
            ("tell", w_tell),
            ("seek", w_seek),
            ("truncate", w_truncate),
            ("fileno", w_fileno),
            ("isatty", w_isatty),
            ("readable", w_readable),
            ("writable", w_writable),
            ("seekable", w_seekable),
            ("__iter__", w_iter),
            ("__next__", w_next),
            ("__enter__", w_iter),
            ("__exit__", w_exit),
            ("__repr__", w_repr),
        ];
        let getters: &[(&'static str, Getter)] = &[("buffer", g_buffer), ("closed", g_closed), ("name", g_name), ("encoding", g_encoding), ("errors", g_errors), ("newlines", g_newlines), ("line_buffering", g_line_buffering), ("write_through", g_write_through)];
        super::make_io_type("TextIOWrapper", "_io.TextIOWrapper", w_new, methods, getters);
    });
    t().named("_io.TextIOWrapper")
}

fn me<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of '_io.TextIOWrapper' object needs an argument")))
}

fn w_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = super::new_cls(vm, &args, &tw_type(), "TextIOWrapper")?;
    Ok(alloc(&cls, StateData::new(Tw::empty()), None))
}

/// An optional str argument of the constructor.
fn opt_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!("TextIOWrapper() argument '{what}' must be str or None, not {}", vm.type_name(v)))),
        },
    }
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`
fn w_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__init__")?.clone();
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let a = rest.parser("TextIOWrapper").bind(&["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1)?;
    let buffer = a[0].clone().unwrap_or_else(|| vm.none());
    let encoding = opt_str(vm, a[1].as_ref(), "encoding")?;
    let errors = opt_str(vm, a[2].as_ref(), "errors")?.unwrap_or_else(|| "strict".to_string());
    let newline = Newline::parse(vm, a[3].as_ref(), Newline::Universal, true)?;
    let line_buffering = match &a[4] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let write_through = match &a[5] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let name = encoding.unwrap_or_else(|| "UTF-8".to_string());
    let enc = Enc::lookup(&name);
    if enc == Enc::Other {
        // An unknown codec raises LookupError as CPython's does.
        let e = vm.str("");
        let m = vm.getattr_str(&e, "encode")?;
        let n = vm.str(name.as_str());
        vm.call(&m, &[n])?;
    }
    with(vm, &this, |s| {
        *s = Tw::empty();
        s.buffer = Some(buffer);
        s.codec = Codec { enc, name, errors };
        s.newline = newline;
        s.line_buffering = line_buffering;
        s.write_through = write_through;
    })?;
    Ok(vm.none())
}

fn w_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("read").positional(1, 2)?;
    let this = &p[0];
    let buffer = open_buffer(vm, this)?;
    let size = size_arg(vm, p.get(1))?;
    push_out(vm, this, &buffer)?;
    if size < 0 {
        while fill(vm, this, &buffer, true)? {}
        let out = with(vm, this, |s| s.take_rest())?;
        return Ok(vm.str(out));
    }
    let mut out = String::new();
    let mut want = size as usize;
    while want > 0 {
        let piece = next_line(vm, this, &buffer, want as i64)?;
        if piece.is_empty() {
            break;
        }
        want = want.saturating_sub(char_count(&piece));
        out.push_str(&piece);
    }
    Ok(vm.str(out))
}

fn w_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readline").positional(1, 2)?;
    let this = &p[0];
    let size = match p.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    if let Some(line) = ready_line(vm, this, size)? {
        return Ok(vm.str(line));
    }
    let buffer = open_buffer(vm, this)?;
    push_out(vm, this, &buffer)?;
    let line = next_line(vm, this, &buffer, size)?;
    Ok(vm.str(line))
}

/// A line already decoded, taken in one state access when the buffer is
/// an open exact BytesIO and no write is pending (`None`: take the
/// general path).
fn ready_line(vm: &Vm, this: &Value, size: i64) -> PyResult<Option<String>> {
    with(vm, this, |s| {
        let b = s.buffer.as_ref()?;
        if !s.out.is_empty() || !is_exact_bio(b) {
            return None;
        }
        bytesio::with_open_ok(b)?;
        s.try_line(size)
    })
}

fn tw_next_native(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    if let Some(line) = ready_line(vm, this, -1)? {
        return Ok(if line.is_empty() { None } else { Some(vm.str(line)) });
    }
    let buffer = open_buffer(vm, this)?;
    if with(vm, this, |s| !s.out.is_empty())? {
        push_out(vm, this, &buffer)?;
    }
    let line = next_line(vm, this, &buffer, -1)?;
    Ok(if line.is_empty() { None } else { Some(vm.str(line)) })
}

fn w_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__next__")?;
    if is_exact(this, &tw_type()) {
        return tw_next_native(vm, this)?.ok_or_else(stop);
    }
    let line = call0(vm, this, "readline")?;
    match as_str(&line) {
        Some("") => Err(stop()),
        Some(_) => Ok(line),
        None => Err(os_error(format!("readline() should have returned a str object, not '{}'", vm.type_name(&line)))),
    }
}

fn w_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__iter__")?;
    let closed = g_closed(vm, this)?;
    if vm.truthy(&closed)? {
        return Err(closed_error(true));
    }
    Ok(this.clone())
}

fn w_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__exit__")?;
    call0(vm, this, "close")
}

/// IOBase.readlines: lines until their total length exceeds `hint`.
fn w_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readlines").positional(1, 2)?;
    let hint = size_arg(vm, p.get(1))?;
    let this = &p[0];
    let it = {
        let c = g_closed(vm, this)?;
        if vm.truthy(&c)? {
            return Err(closed_error(true));
        }
        vm.iter(this)?
    };
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

fn w_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("writelines").positional(2, 2)?;
    let c = g_closed(vm, &p[0])?;
    if vm.truthy(&c)? {
        return Err(closed_error(true));
    }
    let write = vm.getattr_str(&p[0], "write")?;
    let it = vm.iter(&p[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call(&write, &[line])?;
    }
    Ok(vm.none())
}

fn w_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("write").positional(2, 2)?;
    let this = &p[0];
    let buffer = open_buffer(vm, this)?;
    let Some(text) = as_str(&p[1]) else {
        return Err(type_error(format!("write() argument must be str, not {}", vm.type_name(&p[1]))));
    };
    let n = p[1].downcast::<StrData>().map(|d| d.char_len).unwrap_or_else(|| char_count(text));
    let (codec, mode, lb, wt) = with(vm, this, |s| {
        if s.has_read_ahead() {
            // Text decoded ahead is dropped; the write lands where the
            // buffer is, as in CPython.
            s.reset_read();
        }
        (s.codec.clone(), s.newline, s.line_buffering, s.write_through)
    })?;
    let newline_in = text.bytes().any(|b| b == b'\n' || b == b'\r');
    let data = {
        let t = untranslate(text, mode);
        encode(vm, &codec, &t)?
    };
    let big = with(vm, this, |s| {
        s.out.extend_from_slice(&data);
        s.out.len() > CHUNK
    })?;
    if wt || big || (lb && newline_in) {
        push_out(vm, this, &buffer)?;
    }
    if lb && newline_in {
        call0(vm, &buffer, "flush")?;
    }
    Ok(vm.int(n as i64))
}

fn w_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "flush")?;
    let buffer = open_buffer(vm, this)?;
    push_out(vm, this, &buffer)?;
    call0(vm, &buffer, "flush")?;
    Ok(vm.none())
}

fn w_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "close")?;
    let buffer = attached(vm, this)?;
    if buffer_closed(vm, &buffer)? {
        return Ok(vm.none());
    }
    let flushed = call0(vm, this, "flush");
    call0(vm, &buffer, "close")?;
    flushed?;
    Ok(vm.none())
}

fn w_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "detach")?;
    let buffer = attached(vm, this)?;
    call0(vm, this, "flush")?;
    with(vm, this, |s| {
        s.buffer = None;
        s.detached = true;
        s.reset_read();
    })?;
    Ok(buffer)
}

fn w_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "tell")?;
    let buffer = open_buffer(vm, this)?;
    push_out(vm, this, &buffer)?;
    call0(vm, &buffer, "flush")?;
    let pos = call0(vm, &buffer, "tell")?;
    let pos = int_arg(vm, &pos)?;
    let (codec, rest, extra) = with(vm, this, |s| (s.codec.clone(), s.dec[s.dpos..].to_string(), s.raw_tail.len() + usize::from(s.cr)))?;
    let unread = encoded_len(vm, &codec, &rest)? + extra;
    Ok(vm.int(pos - unread as i64))
}

fn w_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("seek").positional(2, 3)?;
    let this = &p[0];
    let buffer = open_buffer(vm, this)?;
    let cookie = int_arg(vm, &p[1])?;
    let whence = match p.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    match whence {
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        0 if cookie < 0 => return Err(value_error(format!("negative seek position {cookie}"))),
        0..=2 => {}
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    call0(vm, this, "flush")?;
    if whence == 1 {
        return call0(vm, this, "tell");
    }
    with(vm, this, |s| s.reset_read())?;
    let m = vm.getattr_str(&buffer, "seek")?;
    let (c, w) = (vm.int(cookie), vm.int(whence));
    let at = vm.call(&m, &[c, w])?;
    Ok(if whence == 0 { vm.int(cookie) } else { at })
}

fn w_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("truncate").positional(1, 2)?;
    let this = &p[0];
    let buffer = attached(vm, this)?;
    call0(vm, this, "flush")?;
    let pos = match p.get(1) {
        Some(v) if !vm.is_none(v) => v.clone(),
        _ => call0(vm, this, "tell")?,
    };
    let m = vm.getattr_str(&buffer, "truncate")?;
    vm.call(&m, &[pos])
}

fn delegate(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let this = me(args, name)?;
    let buffer = attached(vm, this)?;
    call0(vm, &buffer, name)
}

fn w_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

fn w_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

fn w_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "readable")
}

fn w_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "writable")
}

fn w_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "seekable")
}

fn w_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__repr__")?;
    let mut s = String::from("<_io.TextIOWrapper");
    match vm.getattr_str(this, "name") {
        Ok(n) => {
            let r = vm.repr_string(&n)?;
            s.push_str(&format!(" name={r}"));
        }
        Err(e) if e.exc_type().is(&t().named("ValueError")) || vm.is_subtype(&e.exc_type(), &t().named("AttributeError")) => {}
        Err(e) => return Err(e),
    }
    let enc = with(vm, this, |st| st.codec.name.clone())?;
    s.push_str(&format!(" encoding='{enc}'>"));
    Ok(vm.str(s))
}

/// Whether `v` holds a TextIOWrapper state.
fn is_tw(v: &Value) -> bool {
    v.downcast::<StateData>().is_some_and(|s| s.with::<Tw, ()>(|_| ()).is_some())
}

/// An attribute of an object of another layout whose type has this one in
/// its MRO (the files `open()` returns, so that they are `io.TextIOWrapper`
/// instances): its instance attribute, else AttributeError.
fn foreign(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let found = crate::builtins::io::instance_dict(v).and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str(name)));
    found.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{name}'", vm.type_name(v))))
}

fn g_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "buffer");
    }
    let b = with(vm, v, |s| s.buffer.clone())?;
    Ok(b.unwrap_or_else(|| vm.none()))
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "closed");
    }
    let b = attached(vm, v)?;
    if is_exact_bio(&b) {
        let c = bytesio::with_open_ok(&b).is_none();
        return Ok(vm.bool(c));
    }
    vm.getattr_str(&b, "closed")
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "name");
    }
    let b = attached(vm, v)?;
    vm.getattr_str(&b, "name").map_err(|e| if is_exact_bio(&b) { attribute_error("'_io.BytesIO' object has no attribute 'name'") } else { e })
}

fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "encoding");
    }
    let e = with(vm, v, |s| s.codec.name.clone())?;
    Ok(vm.str(e))
}

fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "errors");
    }
    let e = with(vm, v, |s| s.codec.errors.clone())?;
    Ok(vm.str(e))
}

fn g_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "newlines");
    }
    attached(vm, v)?;
    let (tracks, bits) = with(vm, v, |s| (s.newline.tracks(), s.seen))?;
    Ok(if tracks { newlines_value(vm, bits) } else { vm.none() })
}

fn g_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "line_buffering");
    }
    let b = with(vm, v, |s| s.line_buffering)?;
    Ok(vm.bool(b))
}

fn g_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !is_tw(v) {
        return foreign(vm, v, "write_through");
    }
    let b = with(vm, v, |s| s.write_through)?;
    Ok(vm.bool(b))
}
