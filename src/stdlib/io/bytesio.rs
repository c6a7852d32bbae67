//! `io.BytesIO`: a binary stream in memory. The bytes live in the state
//! (`Vec<u8>`) until `getbuffer()` exports them: they then move into a
//! bytearray that the memoryview shares, and come back once no view holds
//! that bytearray any more (its reference count says so); while exported,
//! writes, truncation and closing raise `BufferError` as in CPython.

use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{exc_type, type_error, value_error};
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

use super::{closed_error, int_arg, is_exact, size_arg, stop, unsupported};

/// The state of a BytesIO.
pub struct Bio {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
    /// The bytearray holding the data while `getbuffer()` views exist.
    export: Option<Value>,
    /// `getvalue()`'s last result while the data is unchanged.
    cache: Option<Value>,
    /// The initial bytes object, shared until the first change (the data
    /// is then copied into `buf`).
    shared: Option<Value>,
}

impl NativeState for Bio {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(e) = &self.export {
            visit(e);
        }
        if let Some(c) = &self.cache {
            visit(c);
        }
        if let Some(c) = &self.shared {
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
        if self.closed {
            None
        } else {
            Some(bio_next_native)
        }
    }
}

#[cold]
fn buffer_error() -> PyErr {
    PyErr::new(&exc_type("BufferError"), "Existing exports of data: object cannot be re-sized")
}

impl Bio {
    fn empty() -> Bio {
        Bio { buf: Vec::new(), pos: 0, closed: false, export: None, cache: None, shared: None }
    }

    /// Takes the data back from an export nobody views any more; whether
    /// the data is now in `buf`.
    fn reclaim(&mut self) -> bool {
        let Some(e) = &self.export else { return true };
        if e.as_header().is_some_and(|h| h.refcount() > 1) {
            return false;
        }
        if let Some(ba) = e.downcast::<ByteArrayData>() {
            self.buf = std::mem::take(&mut *ba.0.borrow_mut());
        }
        self.export = None;
        true
    }

    /// Runs `f` on the current bytes (wherever they live).
    fn view<R>(&mut self, f: impl FnOnce(&[u8]) -> R) -> R {
        if !self.reclaim() {
            if let Some(ba) = self.export.as_ref().and_then(|e| e.downcast::<ByteArrayData>()) {
                return f(&ba.0.borrow());
            }
        }
        if let Some(b) = self.shared.as_ref().and_then(|v| v.downcast::<BytesData>()) {
            return f(&b.0);
        }
        f(&self.buf)
    }

    /// Copies shared initial bytes into `buf` before a change.
    fn materialize(&mut self) {
        if let Some(v) = self.shared.take() {
            if let Some(b) = v.downcast::<BytesData>() {
                self.buf = b.0.to_vec();
            }
        }
    }

    /// The bytes from the position: `size` of them (all if < 0), or up to
    /// and including the next `\n` when `line`; advances the position.
    pub fn take(&mut self, size: i64, line: bool) -> Vec<u8> {
        let pos = self.pos;
        let (out, end) = self.view(|b| {
            if pos >= b.len() {
                return (Vec::new(), pos);
            }
            let rest = &b[pos..];
            let limit = if size < 0 { rest.len() } else { rest.len().min(size as usize) };
            let mut end = limit;
            if line {
                if let Some(i) = super::lines::memchr(b'\n', &rest[..limit]) {
                    end = i + 1;
                }
            }
            (rest[..end].to_vec(), pos + end)
        });
        self.pos = end;
        out
    }

    /// Writes `data` at the position (padding a gap with NULs).
    pub fn put(&mut self, data: &[u8]) -> PyResult<()> {
        if !self.reclaim() {
            return Err(buffer_error());
        }
        self.materialize();
        self.cache = None;
        let (pos, n) = (self.pos, data.len());
        if pos == self.buf.len() {
            self.buf.extend_from_slice(data);
        } else {
            if pos > self.buf.len() {
                self.buf.resize(pos, 0);
            }
            let end = (pos + n).min(self.buf.len());
            self.buf.splice(pos..end, data.iter().copied());
        }
        self.pos = pos + n;
        Ok(())
    }

    fn check(&self) -> PyResult<()> {
        if self.closed {
            Err(closed_error(true))
        } else {
            Ok(())
        }
    }
}

/// Runs `f` on `v`'s BytesIO state.
fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Bio) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<Bio, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.BytesIO' object but received a '{}'", vm.type_name(v))))
}

/// Like `with`, after checking the stream is open.
pub(super) fn with_open<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Bio) -> R) -> PyResult<R> {
    with(vm, v, |s| s.check().map(|_| f(s)))?
}

/// Whether `v` is exactly a BytesIO (so its methods are known to be ours).
pub fn is_exact_bio(v: &Value) -> bool {
    is_exact(v, &bio_type())
}

/// The bytes of a bytes-like object, CPython's message otherwise.
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::types::bytes::bytes_of(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The `BytesIO` type.
pub fn bio_type() -> Value {
    thread_local! {
        static TY: Value = make_type();
    }
    TY.with(|t| t.clone())
}

fn make_type() -> Value {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", b_init),
            ("write", b_write),
            ("getvalue", b_getvalue),
            ("getbuffer", b_getbuffer),
            ("read", b_read),
            ("read1", b_read),
            ("readline", b_readline),
            ("readlines", b_readlines),
            ("readinto", b_readinto),
            ("writelines", b_writelines),
            ("seek", b_seek),
            ("tell", b_tell),
            ("truncate", b_truncate),
            ("close", b_close),
            ("flush", b_check),
            ("readable", b_true),
            ("writable", b_true),
            ("seekable", b_true),
            ("isatty", b_isatty),
            ("fileno", b_fileno),
            ("detach", b_detach),
            ("__iter__", b_iter),
            ("__next__", b_next),
            ("__enter__", b_enter),
            ("__exit__", b_exit),
        ];
        let getters: &[(&'static str, Getter)] = &[("closed", g_closed)];
        super::make_io_type("BytesIO", "_io.BytesIO", b_new, methods, getters);
    });
    t().named("_io.BytesIO")
}

fn me<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of '_io.BytesIO' object needs an argument")))
}

fn b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = super::new_cls(vm, &args, &bio_type(), "BytesIO")?;
    Ok(alloc(&cls, StateData::new(Bio::empty()), None))
}

/// `BytesIO(initial_bytes=b'')`
fn b_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("BytesIO").bind(&["self", "initial_bytes"], 1)?;
    let this = a[0].clone().unwrap_or_else(|| vm.none());
    let (data, shared) = match &a[1] {
        Some(v) if v.downcast::<BytesData>().is_some() => (Vec::new(), Some(v.clone())),
        Some(v) if !vm.is_none(v) => (bytes_like(vm, v)?, None),
        _ => (Vec::new(), None),
    };
    with(vm, &this, |s| {
        if !s.reclaim() {
            return Err(buffer_error());
        }
        *s = Bio::empty();
        s.buf = data;
        s.cache = shared.clone();
        s.shared = shared;
        Ok(())
    })??;
    Ok(vm.none())
}

fn b_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("write").positional(2, 2)?;
    with_open(vm, &p[0], |_| ())?;
    if let Some(b) = p[1].downcast::<BytesData>() {
        with(vm, &p[0], |s| s.put(&b.0))??;
        return Ok(vm.int(b.0.len() as i64));
    }
    let data = bytes_like(vm, &p[1])?;
    with(vm, &p[0], |s| s.put(&data))??;
    Ok(vm.int(data.len() as i64))
}

fn b_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "getvalue")?;
    let (cached, exported) = with_open(vm, this, |s| (s.cache.clone(), !s.reclaim()))?;
    if let Some(c) = cached.filter(|_| !exported) {
        return Ok(c);
    }
    let data = with(vm, this, |s| s.view(|b| b.to_vec()))?;
    let v = vm.bytes(data);
    if !exported {
        with(vm, this, |s| s.cache = Some(v.clone()))?;
    }
    Ok(v)
}

fn b_getbuffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "getbuffer")?;
    let ba = with_open(vm, this, |s| {
        s.cache = None;
        if s.reclaim() {
            s.materialize();
            let data = std::mem::take(&mut s.buf);
            s.export = Some(alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(data)), None));
        }
        s.export.clone()
    })?;
    let Some(ba) = ba else { return Err(buffer_error()) };
    let len = ba.downcast::<ByteArrayData>().map(|b| b.0.borrow().len()).unwrap_or(0);
    Ok(alloc(&t().named("memoryview"), NativeData::MemoryView { obj: ba, start: 0, step: 1, len, fmt: b'B', dims: None, flags: Default::default() }, None))
}

fn b_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("read").positional(1, 2)?;
    let size = size_arg(vm, p.get(1))?;
    let out = with_open(vm, &p[0], |s| s.take(size, false))?;
    Ok(vm.bytes(out))
}

fn b_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readline").positional(1, 2)?;
    let size = size_arg(vm, p.get(1))?;
    let out = with_open(vm, &p[0], |s| s.take(size, true))?;
    Ok(vm.bytes(out))
}

fn b_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readlines").positional(1, 2)?;
    let hint = match p.get(1) {
        Some(v) if !vm.is_none(v) => {
            if !vm.is_int(v) && vm.lookup_special(v, "__index__").is_none() {
                return Err(type_error(format!("integer argument expected, got '{}'", vm.type_name(v))));
            }
            int_arg(vm, v)?
        }
        _ => -1,
    };
    let lines = with_open(vm, &p[0], |s| {
        let mut out = Vec::new();
        let mut total = 0usize;
        loop {
            let line = s.take(-1, true);
            if line.is_empty() {
                break;
            }
            total += line.len();
            out.push(line);
            if hint > 0 && total >= hint as usize {
                break;
            }
        }
        out
    })?;
    let items = lines.into_iter().map(|l| vm.bytes(l)).collect();
    Ok(vm.list(items))
}

fn b_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readinto").positional(2, 2)?;
    let target = &p[1];
    let (ba, start, step, len) = if let Some(b) = target.downcast::<ByteArrayData>() {
        (target.clone(), 0isize, 1isize, b.0.borrow().len())
    } else if let Some(NativeData::MemoryView { obj, start, step, len, .. }) = target.downcast::<NativeData>() {
        if obj.downcast::<ByteArrayData>().is_none() {
            return Err(type_error("readinto() argument must be read-write bytes-like object, not memoryview"));
        }
        (obj.clone(), *start, *step, *len)
    } else {
        return Err(type_error(format!("readinto() argument must be read-write bytes-like object, not {}", vm.type_name(target))));
    };
    let data = with_open(vm, &p[0], |s| s.take(len as i64, false))?;
    if let Some(b) = ba.downcast::<ByteArrayData>() {
        let mut dst = b.0.borrow_mut();
        for (i, byte) in data.iter().enumerate() {
            if let Some(slot) = dst.get_mut((start + i as isize * step) as usize) {
                *slot = *byte;
            }
        }
    }
    Ok(vm.int(data.len() as i64))
}

fn b_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("writelines").positional(2, 2)?;
    with_open(vm, &p[0], |_| ())?;
    // Written directly, as CPython's BytesIO does (not through `write`).
    let it = vm.iter(&p[1])?;
    while let Some(line) = vm.next(&it)? {
        let data = bytes_like(vm, &line)?;
        with_open(vm, &p[0], |s| s.put(&data))??;
    }
    Ok(vm.none())
}

fn b_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("seek").positional(2, 3)?;
    let pos = int_arg(vm, &p[1])?;
    let whence = match p.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    with_open(vm, &p[0], |_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if whence == 0 && pos < 0 {
        return Err(value_error(format!("negative seek value {pos}")));
    }
    let at = with(vm, &p[0], |s| {
        let base = match whence {
            0 => 0,
            1 => s.pos as i64,
            _ => s.view(|b| b.len()) as i64,
        };
        s.pos = (base.saturating_add(pos)).max(0) as usize;
        s.pos
    })?;
    Ok(vm.int(at as i64))
}

fn b_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "tell")?;
    let at = with_open(vm, this, |s| s.pos)?;
    Ok(vm.int(at as i64))
}

fn b_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("truncate").positional(1, 2)?;
    with_open(vm, &p[0], |_| ())?;
    let size = match p.get(1) {
        Some(v) if !vm.is_none(v) => {
            let n = size_arg(vm, Some(v))?;
            if n < 0 {
                return Err(value_error(format!("negative size value {n}")));
            }
            n as usize
        }
        _ => with(vm, &p[0], |s| s.pos)?,
    };
    with(vm, &p[0], |s| {
        if !s.reclaim() {
            return Err(buffer_error());
        }
        if size < s.view(|b| b.len()) {
            s.materialize();
            s.buf.truncate(size);
            s.cache = None;
        }
        Ok(())
    })??;
    Ok(vm.int(size as i64))
}

fn b_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "close")?;
    with(vm, this, |s| {
        if !s.reclaim() {
            return Err(buffer_error());
        }
        s.closed = true;
        s.buf = Vec::new();
        s.cache = None;
        s.shared = None;
        Ok(())
    })??;
    Ok(vm.none())
}

fn b_check(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "flush")?;
    with_open(vm, this, |_| ())?;
    Ok(vm.none())
}

fn b_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "readable")?;
    with_open(vm, this, |_| ())?;
    Ok(vm.bool(true))
}

fn b_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "isatty")?;
    with_open(vm, this, |_| ())?;
    Ok(vm.bool(false))
}

fn b_fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn b_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn bio_next_native(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let line = with_open(vm, this, |s| s.take(-1, true))?;
    Ok(if line.is_empty() { None } else { Some(vm.bytes(line)) })
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__next__")?;
    // Subclasses too step natively (CPython's BytesIO does not call an
    // overriding `readline`).
    bio_next_native(vm, this)?.ok_or_else(stop)
}

fn b_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(me(&args, "__iter__")?.clone())
}

fn b_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__enter__")?;
    let closed = if is_exact_bio(this) {
        with(vm, this, |s| s.closed)?
    } else {
        let c = vm.getattr_str(this, "closed")?;
        vm.truthy(&c)?
    };
    if closed {
        return Err(closed_error(true));
    }
    Ok(this.clone())
}

fn b_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = me(&args, "__exit__")?;
    let close = vm.getattr_str(this, "close")?;
    vm.call(&close, &[])
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = with(vm, v, |s| s.closed)?;
    Ok(vm.bool(c))
}

/// `Some(())` if `v` is a BytesIO that is open (for `TextIOWrapper`'s
/// closed checks without a method call).
pub fn with_open_ok(v: &Value) -> Option<()> {
    let s = v.downcast::<StateData>()?;
    let b = s.0.try_borrow().ok()?;
    let bio = b.as_any().downcast_ref::<Bio>()?;
    if bio.closed {
        None
    } else {
        Some(())
    }
}

/// `read(n)` on an open BytesIO's state (`None` if `v` is not one or is closed).
pub fn take_bytes(v: &Value, n: i64) -> Option<Vec<u8>> {
    let s = v.downcast::<StateData>()?;
    s.with_mut::<Bio, _>(|b| if b.closed { None } else { Some(b.take(n, false)) })?
}

/// `write(data)` on an open BytesIO's state (`None` if `v` is not one or is closed).
pub fn put_bytes(v: &Value, data: &[u8]) -> Option<PyResult<()>> {
    let s = v.downcast::<StateData>()?;
    s.with_mut::<Bio, _>(|b| if b.closed { None } else { Some(b.put(data)) })?
}
