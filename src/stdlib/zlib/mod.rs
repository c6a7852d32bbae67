//! The `zlib` module on the system zlib (through `ffi`, a safe wrapper of
//! its C API), so compressed bytes are identical to CPython's, which links
//! the same library: `compress`/`decompress` (level, wbits incl. raw, gzip
//! and auto-detect), streaming `compressobj` (every level, memLevel,
//! strategy, `zdict`) and `decompressobj` (`max_length`,
//! `unconsumed_tail`, `unused_data`, `eof`, `zdict`), `copy()` of both,
//! `crc32`, `adler32`, `error` and the constants. The loops follow
//! CPython's zlibmodule and errors carry zlib's codes and messages.

mod ffi;

use std::sync::OnceLock;

use ffi::{Step, Stream, Z_BUF_ERROR, Z_DATA_ERROR, Z_MEM_ERROR, Z_NEED_DICT, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, Z_VERSION_ERROR};

use crate::error::{PyErr, PyResult};
use crate::object::exception::{memory_error, overflow_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, t};
use crate::object::*;
use crate::vm::Vm;

use super::binascii::{buffer_arg, u32_arg};

const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;
const DEF_BUF_SIZE: i64 = 16384;

/// `zlib.error(msg)`.
fn zerror(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = crate::vm::import::import_full(vm, "zlib").ok().and_then(|m| {
        let d = m.downcast::<ModuleData>()?.dict.clone();
        let dd = d.downcast::<DictData>()?;
        dd.get_str("error")
    });
    match cls {
        Some(c) => PyErr::new(&c, msg),
        None => type_error("zlib.error missing"),
    }
}

/// CPython's `zlib.error` text for return code `code` while doing `what`:
/// zlib's own message when it set one, else a description of the code.
fn zlib_error(vm: &mut Vm, s: Option<&Stream>, code: i32, what: &str) -> PyErr {
    let msg = if code == Z_VERSION_ERROR { Some("library version mismatch".to_string()) } else { s.and_then(|s| s.msg()) };
    let msg = msg.or_else(|| {
        match code {
            Z_BUF_ERROR => Some("incomplete or truncated stream"),
            Z_STREAM_ERROR => Some("inconsistent stream state"),
            Z_DATA_ERROR => Some("invalid input data"),
            _ => None,
        }
        .map(str::to_string)
    });
    match msg {
        Some(m) => zerror(vm, format!("Error {} {}: {}", code, what, m)),
        None => zerror(vm, format!("Error {} {}", code, what)),
    }
}

/// An argument converted like CPython's C `int` parameters.
fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i32> {
    let n = match v {
        Some(v) => crate::builtins::index_big(vm, v)?,
        None => return Ok(default as i32),
    };
    i32::try_from(&n).map_err(|_| overflow_error("Python int too large to convert to C int"))
}

/// Output room for the next call when `len` bytes were produced so far.
fn next_room(len: usize) -> usize {
    len.clamp(16 * 1024, 1 << 24)
}

/// One `deflate`/`inflate` call over `input`, appending up to `room` bytes to `out`.
fn call(s: &mut Stream, input: &[u8], flush: i32, out: &mut Vec<u8>, room: usize) -> Step {
    s.step_into(input, out, room, flush)
}

/// `compress(data, /, level=-1, wbits=15)`
fn z_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("compress").bind(&["data", "level", "wbits"], 1)?;
    if args.kw("data").is_some() {
        return Err(type_error("compress() got some positional-only arguments passed as keyword arguments: 'data'"));
    }
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let level = int_arg(vm, a[1].as_ref(), -1)?;
    let wbits = int_arg(vm, a[2].as_ref(), 15)?;
    let mut s = match Stream::deflate(level, 8, wbits, 8, 0) {
        Ok(s) => s,
        Err(Z_MEM_ERROR) => return Err(memory_error("Out of memory while compressing data")),
        Err(Z_STREAM_ERROR) => return Err(zerror(vm, "Bad compression level")),
        Err(c) => return Err(zlib_error(vm, None, c, "while compressing data")),
    };
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let mut pos = 0;
    loop {
        let room = next_room(out.len());
        let st = call(&mut s, &data[pos..], Z_FINISH as i32, &mut out, room);
        pos += st.used;
        if st.code == Z_STREAM_ERROR {
            return Err(zlib_error(vm, Some(&s), st.code, "while compressing data"));
        }
        if st.code == Z_STREAM_END {
            break;
        }
    }
    let e = s.end();
    if e != Z_OK {
        return Err(zlib_error(vm, Some(&s), e, "while finishing compression"));
    }
    Ok(vm.bytes(out))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`
fn z_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompress").bind(&["data", "wbits", "bufsize"], 1)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let wbits = int_arg(vm, a[1].as_ref(), 15)?;
    let bufsize = match a[2].as_ref() {
        Some(v) => vm.index_to_i64(v, "int")?,
        None => DEF_BUF_SIZE,
    };
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(Z_MEM_ERROR) => return Err(memory_error("Out of memory while decompressing data")),
        Err(c) => return Err(zlib_error(vm, None, c, "while preparing to decompress data")),
    };
    let mut out = Vec::new();
    let mut pos = 0;
    let mut code;
    loop {
        let room = next_room(out.len());
        let st = call(&mut s, &data[pos..], Z_FINISH as i32, &mut out, room);
        pos += st.used;
        code = st.code;
        match code {
            Z_OK | Z_BUF_ERROR | Z_STREAM_END => {}
            Z_MEM_ERROR => return Err(memory_error("Out of memory while decompressing data")),
            _ => return Err(zlib_error(vm, Some(&s), code, "while decompressing data")),
        }
        if st.written < room {
            break;
        }
    }
    if code != Z_STREAM_END {
        return Err(zlib_error(vm, Some(&s), code, "while decompressing data"));
    }
    let e = s.end();
    if e != Z_OK {
        return Err(zlib_error(vm, Some(&s), e, "while finishing decompression"));
    }
    Ok(vm.bytes(out))
}

/// `crc32(data, value=0, /)`
fn z_crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("crc32").positional(1, 2)?;
    let data = buffer_arg(vm, &p[0])?;
    let start = match p.get(1) {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    Ok(vm.int(super::binascii::crc32(&data, start) as i64))
}

/// `adler32(data, value=1, /)`
fn z_adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("adler32").positional(1, 2)?;
    let data = buffer_arg(vm, &p[0])?;
    let start = match p.get(1) {
        Some(v) => u32_arg(vm, v)?,
        None => 1,
    };
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(vm.int((b << 16 | a) as i64))
}

// ----- streaming objects -----

struct CompState {
    s: Stream,
}

impl NativeState for CompState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

struct DecompState {
    s: Stream,
    zdict: Option<Vec<u8>>,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
}

impl NativeState for DecompState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

static TYPES: OnceLock<()> = OnceLock::new();

fn install_types() {
    TYPES.get_or_init(|| {
        let c = new_builtin_subtype::<StateData>("Compress", "zlib.Compress", "zlib", &t().object, 0);
        add_method(&c, "compress", co_compress, BuiltinKind::Method);
        add_method(&c, "flush", co_flush, BuiltinKind::Method);
        add_method(&c, "copy", co_copy, BuiltinKind::Method);
        add_method(&c, "__copy__", co_dunder_copy, BuiltinKind::Method);
        add_method(&c, "__deepcopy__", co_deepcopy, BuiltinKind::Method);
        let d = new_builtin_subtype::<StateData>("Decompress", "zlib.Decompress", "zlib", &t().object, 0);
        add_method(&d, "decompress", do_decompress, BuiltinKind::Method);
        add_method(&d, "flush", do_flush, BuiltinKind::Method);
        add_method(&d, "copy", do_copy, BuiltinKind::Method);
        add_method(&d, "__copy__", do_dunder_copy, BuiltinKind::Method);
        add_method(&d, "__deepcopy__", do_deepcopy, BuiltinKind::Method);
        add_getset(&d, "eof", g_eof, None);
        add_getset(&d, "unused_data", g_unused, None);
        add_getset(&d, "unconsumed_tail", g_tail, None);
    });
}

fn with_comp<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut CompState) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<CompState, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a 'zlib.Compress' object but received a '{}'", vm.type_name(v))))
}

fn with_decomp<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut DecompState) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<DecompState, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a 'zlib.Decompress' object but received a '{}'", vm.type_name(v))))
}

/// A failed zlib call inside a state borrow: the code, zlib's message and the action.
struct Fail {
    code: i32,
    msg: Option<String>,
    what: &'static str,
}

impl Fail {
    fn new(s: &Stream, code: i32, what: &'static str) -> Fail {
        Fail { code, msg: s.msg(), what }
    }

    fn raise(self, vm: &mut Vm) -> PyErr {
        if self.code == Z_MEM_ERROR {
            return memory_error(format!("Out of memory {}", self.what));
        }
        let msg = if self.code == Z_VERSION_ERROR { Some("library version mismatch".to_string()) } else { self.msg };
        match msg {
            Some(m) => zerror(vm, format!("Error {} {}: {}", self.code, self.what, m)),
            None => zlib_error(vm, None, self.code, self.what),
        }
    }
}

/// `compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8, strategy=0, zdict=None)`
fn z_compressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("compressobj").bind(&["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0)?;
    let level = int_arg(vm, a[0].as_ref(), -1)?;
    let method = int_arg(vm, a[1].as_ref(), 8)?;
    let wbits = int_arg(vm, a[2].as_ref(), 15)?;
    let mem = int_arg(vm, a[3].as_ref(), 8)?;
    let strategy = int_arg(vm, a[4].as_ref(), 0)?;
    let zdict = match &a[5] {
        Some(v) => Some(buffer_arg(vm, v)?),
        None => None,
    };
    let mut s = match Stream::deflate(level, method, wbits, mem, strategy) {
        Ok(s) => s,
        Err(Z_MEM_ERROR) => return Err(memory_error("Can't allocate memory for compression object")),
        Err(Z_STREAM_ERROR) => return Err(value_error("Invalid initialization option")),
        Err(c) => return Err(zlib_error(vm, None, c, "while creating compression object")),
    };
    if let Some(z) = &zdict {
        match s.set_dictionary(z) {
            Z_OK => {}
            Z_STREAM_ERROR => return Err(value_error("Invalid dictionary")),
            _ => return Err(value_error("deflateSetDictionary()")),
        }
    }
    install_types();
    Ok(alloc(&t().named("zlib.Compress"), StateData::new(CompState { s }), None))
}

fn co_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("compress").positional(2, 2)?;
    let data = buffer_arg(vm, &p[1])?;
    let r = with_comp(vm, &p[0], |c| {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let room = next_room(out.len());
            let st = call(&mut c.s, &data[pos..], Z_NO_FLUSH as i32, &mut out, room);
            pos += st.used;
            if st.code == Z_STREAM_ERROR {
                return Err(Fail::new(&c.s, st.code, "while compressing data"));
            }
            if st.written < room {
                return Ok(out);
            }
        }
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(f) => Err(f.raise(vm)),
    }
}

fn co_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("flush").positional(1, 2)?;
    let mode = int_arg(vm, p.get(1), Z_FINISH)?;
    if mode as i64 == Z_NO_FLUSH {
        return Ok(vm.bytes(Vec::new()));
    }
    let r = with_comp(vm, &p[0], |c| {
        let mut out = Vec::new();
        let code = loop {
            let room = next_room(out.len());
            let st = call(&mut c.s, &[], mode, &mut out, room);
            if st.code == Z_STREAM_ERROR {
                return Err(Fail::new(&c.s, st.code, "while flushing"));
            }
            if st.written < room {
                break st.code;
            }
        };
        if mode as i64 == Z_FINISH && code == Z_STREAM_END {
            let e = c.s.end();
            if e != Z_OK {
                return Err(Fail::new(&c.s, e, "while finishing compression"));
            }
        } else if code != Z_OK && code != Z_BUF_ERROR {
            return Err(Fail::new(&c.s, code, "while flushing"));
        }
        Ok(out)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(f) => Err(f.raise(vm)),
    }
}

/// `Compress.copy()` (also `__copy__`).
fn co_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 || args.has_kwargs() {
        return Err(type_error("copy() takes no arguments"));
    }
    copy_compress(vm, &p[0])
}

/// `Compress.__deepcopy__(memo, /)`.
fn co_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    deepcopy_args(p, args.has_kwargs())?;
    copy_compress(vm, &p[0])
}

/// CPython's argument errors of `__deepcopy__(memo, /)`.
fn deepcopy_args(p: &[Value], kw: bool) -> PyResult<()> {
    match p.len() {
        2 if !kw => Ok(()),
        0 | 1 => Err(type_error(format!("__deepcopy__() takes exactly 1 positional argument ({} given)", p.len().saturating_sub(1)))),
        n => Err(type_error(format!("__deepcopy__() takes at most 1 argument ({} given)", n - 1))),
    }
}

/// `__copy__()`: `copy()` under its own name.
fn co_dunder_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 || args.has_kwargs() {
        return Err(type_error("__copy__() takes no arguments"));
    }
    copy_compress(vm, &p[0])
}

/// `__copy__()`: `copy()` under its own name.
fn do_dunder_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 || args.has_kwargs() {
        return Err(type_error("__copy__() takes no arguments"));
    }
    copy_decompress(vm, &p[0])
}

fn copy_compress(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let r = with_comp(vm, obj, |c| c.s.copy())?;
    match r {
        Ok(s) => Ok(alloc(&t().named("zlib.Compress"), StateData::new(CompState { s }), None)),
        Err(Z_STREAM_ERROR) => Err(value_error("Inconsistent stream state")),
        Err(Z_MEM_ERROR) => Err(memory_error("Can't allocate memory for compression object")),
        Err(c) => Err(zlib_error(vm, None, c, "while copying compression object")),
    }
}

/// `decompressobj(wbits=15, zdict=b'')`
fn z_decompressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompressobj").bind(&["wbits", "zdict"], 0)?;
    let wbits = int_arg(vm, a[0].as_ref(), 15)?;
    let zdict = match a[1].as_ref() {
        None => None,
        Some(v) => Some(crate::types::bytes::bytes_of(v).ok_or_else(|| type_error("zdict argument must support the buffer protocol"))?),
    };
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(Z_MEM_ERROR) => return Err(memory_error("Can't allocate memory for decompression object")),
        Err(Z_STREAM_ERROR) => return Err(value_error("Invalid initialization option")),
        Err(c) => return Err(zlib_error(vm, None, c, "while creating decompression object")),
    };
    if let (true, Some(z)) = (wbits < 0, &zdict) {
        let e = s.set_dictionary(z);
        if e != Z_OK {
            return Err(zlib_error(vm, Some(&s), e, "while setting zdict"));
        }
    }
    install_types();
    let st = DecompState { s, zdict, eof: false, unused: Vec::new(), tail: Vec::new() };
    Ok(alloc(&t().named("zlib.Decompress"), StateData::new(st), None))
}

/// Inflates `data` (with `flush`) into a new buffer of at most `limit`
/// bytes (0: no limit), setting the zdict when the stream asks for it, then
/// keeps what was not consumed as `unused_data`/`unconsumed_tail`.
/// Returns the output and the last return code.
fn inflate_into(d: &mut DecompState, data: &[u8], flush: i32, limit: usize) -> Result<(Vec<u8>, i32), Fail> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut code = Z_OK;
    loop {
        let mut room = next_room(out.len());
        if limit > 0 {
            if out.len() >= limit {
                break;
            }
            room = room.min(limit - out.len());
        }
        let st = call(&mut d.s, &data[pos..], flush, &mut out, room);
        pos += st.used;
        code = st.code;
        match code {
            Z_OK | Z_BUF_ERROR | Z_STREAM_END => {}
            Z_NEED_DICT if d.zdict.is_some() => {
                let z = d.zdict.clone().unwrap_or_default();
                let e = d.s.set_dictionary(&z);
                if e != Z_OK {
                    return Err(Fail::new(&d.s, e, "while setting zdict"));
                }
            }
            _ => break,
        }
        if st.written < room && code != Z_NEED_DICT {
            break;
        }
    }
    if code == Z_STREAM_END && pos < data.len() {
        d.unused.extend_from_slice(&data[pos..]);
        pos = data.len();
    }
    if pos < data.len() || !d.tail.is_empty() {
        d.tail = data[pos..].to_vec();
    }
    Ok((out, code))
}

fn do_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompress").bind(&["self", "data", "max_length"], 2)?;
    let obj = a[0].clone().unwrap_or_else(|| vm.none());
    let data = buffer_arg(vm, a[1].as_ref().unwrap_or(&vm.none()))?;
    let max = match a[2].as_ref() {
        Some(v) => vm.index_to_i64(v, "int")?,
        None => 0,
    };
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let r = with_decomp(vm, &obj, |d| {
        let (out, code) = inflate_into(d, &data, Z_SYNC_FLUSH as i32, max as usize)?;
        if code == Z_STREAM_END {
            d.eof = true;
        } else if code != Z_OK && code != Z_BUF_ERROR {
            return Err(Fail::new(&d.s, code, "while decompressing data"));
        }
        Ok(out)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(f) => Err(f.raise(vm)),
    }
}

fn do_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("flush").positional(1, 2)?;
    let length = match p.get(1) {
        Some(v) => vm.index_to_i64(v, "int")?,
        None => DEF_BUF_SIZE,
    };
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let r = with_decomp(vm, &p[0], |d| {
        let tail = d.tail.clone();
        let (out, code) = inflate_into(d, &tail, Z_FINISH as i32, 0)?;
        if code == Z_STREAM_END {
            d.eof = true;
            let e = d.s.end();
            if e != Z_OK {
                return Err(Fail::new(&d.s, e, "while finishing decompression"));
            }
        }
        Ok(out)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(f) => Err(f.raise(vm)),
    }
}

/// `Decompress.copy()` (also `__copy__`).
fn do_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 || args.has_kwargs() {
        return Err(type_error("copy() takes no arguments"));
    }
    copy_decompress(vm, &p[0])
}

/// `Decompress.__deepcopy__(memo, /)`.
fn do_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    deepcopy_args(p, args.has_kwargs())?;
    copy_decompress(vm, &p[0])
}

fn copy_decompress(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let r = with_decomp(vm, obj, |d| {
        d.s.copy().map(|s| DecompState { s, zdict: d.zdict.clone(), eof: d.eof, unused: d.unused.clone(), tail: d.tail.clone() })
    })?;
    match r {
        Ok(st) => Ok(alloc(&t().named("zlib.Decompress"), StateData::new(st), None)),
        Err(Z_STREAM_ERROR) => Err(value_error("Inconsistent stream state")),
        Err(Z_MEM_ERROR) => Err(memory_error("Can't allocate memory for decompression object")),
        Err(c) => Err(zlib_error(vm, None, c, "while copying decompression object")),
    }
}

fn g_eof(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = with_decomp(vm, v, |s| s.eof)?;
    Ok(vm.bool(e))
}

fn g_unused(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = with_decomp(vm, v, |s| s.unused.clone())?;
    Ok(vm.bytes(b))
}

fn g_tail(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = with_decomp(vm, v, |s| s.tail.clone())?;
    Ok(vm.bytes(b))
}

const CONSTANTS: &[(&str, i64)] = &[
    ("MAX_WBITS", 15),
    ("DEFLATED", 8),
    ("DEF_MEM_LEVEL", 8),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_NO_FLUSH", Z_NO_FLUSH),
    ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
    ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
    ("Z_FULL_FLUSH", Z_FULL_FLUSH),
    ("Z_FINISH", Z_FINISH),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

/// Creates the `zlib` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    install_types();
    let m = crate::vm::import::new_module(vm, "zlib");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
        let fns: &[(&'static str, NativeFn)] = &[
            ("compress", z_compress),
            ("decompress", z_decompress),
            ("compressobj", z_compressobj),
            ("decompressobj", z_decompressobj),
            ("crc32", z_crc32),
            ("adler32", z_adler32),
        ];
        for (name, f) in fns {
            let v = vm.builtin_fn(name, *f);
            dd.set_str(vm.name(name), v);
        }
        for (name, v) in CONSTANTS {
            dd.set_str(vm.name(name), vm.int(*v));
        }
    }
    let code = crate::builtins::pending::compile_source(vm, "class error(Exception):\n    pass\n", "<frozen zlib>", crate::builtins::pending::CompileMode::Exec)?;
    vm.run_code(code, d, None)?;
    Ok(m)
}
