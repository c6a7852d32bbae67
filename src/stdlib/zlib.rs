//! The `zlib` module on the real zlib (through `flate2`'s zlib backend),
//! so compressed bytes are identical to CPython's: `compress`/`decompress`
//! (level, wbits incl. raw, gzip and auto-detect), streaming
//! `compressobj`/`decompressobj` (flush modes, `max_length`,
//! `unconsumed_tail`, `unused_data`, `eof`, `zdict`), `crc32`, `adler32`,
//! `error` and the constants. Non-default `memLevel`/`strategy` are not
//! available through flate2 and raise NotImplementedError.

use std::sync::OnceLock;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::error::{PyErr, PyResult};
use crate::object::exception::{not_implemented_error, type_error, value_error};
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

/// Stream format chosen by `wbits`.
#[derive(Clone, Copy)]
enum Format {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// Decompression only: gzip or zlib, decided by the first bytes.
    Auto(u8),
}

/// `wbits` for compression (zlib turns a zlib window of 8 into 9).
fn compress_format(wbits: i64) -> Option<Format> {
    match wbits {
        8 => Some(Format::Zlib(9)),
        9..=15 => Some(Format::Zlib(wbits as u8)),
        -15..=-9 => Some(Format::Raw(-wbits as u8)),
        25..=31 => Some(Format::Gzip(wbits as u8 - 16)),
        _ => None,
    }
}

/// `wbits` for decompression (0: window from the header; +32: auto-detect).
fn decompress_format(wbits: i64) -> Option<Format> {
    let w = |b: i64| if b <= 8 { 9 } else { b as u8 };
    match wbits {
        0 => Some(Format::Zlib(15)),
        8..=15 => Some(Format::Zlib(w(wbits))),
        -15..=-8 => Some(Format::Raw(w(-wbits))),
        16 => Some(Format::Gzip(15)),
        24..=31 => Some(Format::Gzip(w(wbits - 16))),
        32 => Some(Format::Auto(15)),
        40..=47 => Some(Format::Auto(w(wbits - 32))),
        _ => None,
    }
}

fn new_compress(level: i64, f: Format) -> Compress {
    let lvl = if level < 0 { Compression::default() } else { Compression::new(level as u32) };
    match f {
        Format::Zlib(w) => Compress::new_with_window_bits(lvl, true, w),
        Format::Raw(w) => Compress::new_with_window_bits(lvl, false, w),
        Format::Gzip(w) | Format::Auto(w) => Compress::new_gzip(lvl, w),
    }
}

fn new_decompress(f: Format, first: &[u8]) -> Decompress {
    match f {
        Format::Zlib(w) => Decompress::new_with_window_bits(true, w),
        Format::Raw(w) => Decompress::new_with_window_bits(false, w),
        Format::Gzip(w) => Decompress::new_gzip(w),
        Format::Auto(w) if first.starts_with(&[0x1f, 0x8b]) => Decompress::new_gzip(w),
        Format::Auto(w) => Decompress::new_with_window_bits(true, w),
    }
}

/// Runs the compressor over all of `input` with `flush`, appending to `out`.
fn run_compress(c: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) -> Result<(), String> {
    let mut pos = 0usize;
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.len().max(16 * 1024));
        }
        let before_in = c.total_in();
        let before_out = out.len();
        let status = c.compress_vec(&input[pos..], out, flush).map_err(|e| e.message().unwrap_or("inconsistent stream state").to_string())?;
        pos += (c.total_in() - before_in) as usize;
        if matches!(status, Status::StreamEnd) {
            return Ok(());
        }
        let room_left = out.len() < out.capacity();
        let progressed = out.len() > before_out || c.total_in() > before_in;
        if pos >= input.len() && room_left && !matches!(flush, FlushCompress::Finish) {
            return Ok(());
        }
        if !progressed && room_left {
            return Ok(());
        }
    }
}

/// Outcome of feeding input to a decompressor.
struct Inflated {
    /// Input bytes consumed.
    used: usize,
    /// Whether the end of the stream was reached.
    end: bool,
}

/// Inflates `input` into `out`, at most `limit` bytes of output (0: no limit).
fn run_decompress(d: &mut Decompress, input: &[u8], out: &mut Vec<u8>, limit: usize, zdict: Option<&[u8]>) -> Result<Inflated, String> {
    let mut pos = 0usize;
    let start_len = out.len();
    loop {
        let produced = out.len() - start_len;
        if limit > 0 && produced >= limit {
            return Ok(Inflated { used: pos, end: false });
        }
        let mut want = out.len().clamp(16 * 1024, 1 << 24);
        if limit > 0 {
            want = want.min(limit - produced);
        }
        out.reserve(want);
        // Only offer `want` bytes of room, so `limit` is respected exactly.
        let mut chunk = Vec::with_capacity(want);
        let before_in = d.total_in();
        let r = d.decompress_vec(&input[pos..], &mut chunk, FlushDecompress::None);
        pos += (d.total_in() - before_in) as usize;
        out.extend_from_slice(&chunk);
        match r {
            Ok(Status::StreamEnd) => return Ok(Inflated { used: pos, end: true }),
            Ok(_) => {
                let room_left = chunk.len() < want;
                if (pos >= input.len() && room_left) || (chunk.is_empty() && d.total_in() == before_in) {
                    return Ok(Inflated { used: pos, end: false });
                }
            }
            Err(e) => {
                if e.needs_dictionary().is_some() {
                    match zdict {
                        Some(z) => {
                            d.set_dictionary(z).map_err(|_| "Error -3 while setting zdict".to_string())?;
                            continue;
                        }
                        None => return Err("Error 2 while decompressing data".into()),
                    }
                }
                return Err(format!("Error -3 while decompressing data: {}", e.message().unwrap_or("invalid data")));
            }
        }
    }
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => vm.index_to_i64(v, "int"),
        None => Ok(default),
    }
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
    let fmt = match compress_format(wbits) {
        Some(f) if (-1..=9).contains(&level) => f,
        _ => return Err(zerror(vm, "Bad compression level")),
    };
    let mut c = new_compress(level, fmt);
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    if let Err(m) = run_compress(&mut c, &data, FlushCompress::Finish, &mut out) {
        return Err(zerror(vm, format!("Error -2 while compressing data: {}", m)));
    }
    Ok(vm.bytes(out))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`
fn z_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompress").bind(&["data", "wbits", "bufsize"], 1)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let wbits = int_arg(vm, a[1].as_ref(), 15)?;
    let bufsize = int_arg(vm, a[2].as_ref(), DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let Some(fmt) = decompress_format(wbits) else {
        return Err(zerror(vm, "Error -2 while preparing to decompress data: inconsistent stream state"));
    };
    let mut d = new_decompress(fmt, &data);
    let mut out = Vec::new();
    match run_decompress(&mut d, &data, &mut out, 0, None) {
        Ok(r) if r.end => Ok(vm.bytes(out)),
        Ok(_) => Err(zerror(vm, "Error -5 while decompressing data: incomplete or truncated stream")),
        Err(m) => Err(zerror(vm, m)),
    }
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
    c: Compress,
    finished: bool,
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
    d: Option<Decompress>,
    fmt: Format,
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
        let d = new_builtin_subtype::<StateData>("Decompress", "zlib.Decompress", "zlib", &t().object, 0);
        add_method(&d, "decompress", do_decompress, BuiltinKind::Method);
        add_method(&d, "flush", do_flush, BuiltinKind::Method);
        add_method(&d, "copy", co_copy, BuiltinKind::Method);
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

fn zdict_arg(v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None => Ok(None),
        Some(v) => crate::types::bytes::bytes_of(v).map(Some).ok_or_else(|| type_error("zdict argument must support the buffer protocol")),
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
    let fmt = compress_format(wbits);
    let valid = (-1..=9).contains(&level) && method == 8 && (1..=9).contains(&mem) && (0..=4).contains(&strategy);
    let Some(fmt) = fmt.filter(|_| valid) else {
        return Err(value_error("Invalid initialization option"));
    };
    if mem != 8 || strategy != 0 {
        return Err(not_implemented_error("zlib.compressobj: only memLevel=8 and strategy=Z_DEFAULT_STRATEGY are supported"));
    }
    let mut c = new_compress(level, fmt);
    if let Some(z) = &zdict {
        if c.set_dictionary(z).is_err() {
            return Err(value_error("Invalid dictionary"));
        }
    }
    install_types();
    Ok(alloc(&t().named("zlib.Compress"), StateData::new(CompState { c, finished: false }), None))
}

fn co_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("compress").positional(2, 2)?;
    let data = buffer_arg(vm, &p[1])?;
    let r = with_comp(vm, &p[0], |s| {
        if s.finished {
            return Err("inconsistent stream state".to_string());
        }
        let mut out = Vec::new();
        run_compress(&mut s.c, &data, FlushCompress::None, &mut out).map(|_| out)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(m) => Err(zerror(vm, format!("Error -2 while compressing data: {}", m))),
    }
}

fn co_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("flush").positional(1, 2)?;
    let mode = int_arg(vm, p.get(1), Z_FINISH)?;
    if mode == Z_NO_FLUSH {
        return Ok(vm.bytes(Vec::new()));
    }
    let flush = match mode {
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        5 | 6 => return Err(not_implemented_error("zlib: the Z_BLOCK and Z_TREES flush modes are not supported")),
        _ => return Err(zerror(vm, "Error -2 while flushing: inconsistent stream state")),
    };
    let r = with_comp(vm, &p[0], |s| {
        if s.finished {
            return Err("inconsistent stream state".to_string());
        }
        let mut out = Vec::new();
        run_compress(&mut s.c, &[], flush, &mut out)?;
        if mode == Z_FINISH {
            s.finished = true;
        }
        Ok(out)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(m) => Err(zerror(vm, format!("Error -2 while flushing: {}", m))),
    }
}

fn co_copy(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_implemented_error("zlib: copying a compression or decompression object is not supported"))
}

/// `decompressobj(wbits=15, zdict=b'')`
fn z_decompressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompressobj").bind(&["wbits", "zdict"], 0)?;
    let wbits = int_arg(vm, a[0].as_ref(), 15)?;
    let zdict = zdict_arg(a[1].as_ref())?;
    let Some(fmt) = decompress_format(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    let mut st = DecompState { d: None, fmt, zdict: zdict.filter(|z| !z.is_empty()), eof: false, unused: Vec::new(), tail: Vec::new() };
    if let (Format::Raw(_), Some(z)) = (fmt, &st.zdict) {
        let mut d = new_decompress(fmt, &[]);
        d.set_dictionary(z).map_err(|_| value_error("Invalid dictionary"))?;
        st.d = Some(d);
    }
    install_types();
    Ok(alloc(&t().named("zlib.Decompress"), StateData::new(st), None))
}

/// Feeds `data` to the decompressor of `s` (creating it on the first bytes).
fn feed(s: &mut DecompState, data: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if s.eof {
        s.unused.extend_from_slice(data);
        return Ok(out);
    }
    if s.d.is_none() {
        if data.is_empty() {
            return Ok(out);
        }
        s.d = Some(new_decompress(s.fmt, data));
    }
    let Some(d) = s.d.as_mut() else { return Ok(out) };
    let r = run_decompress(d, data, &mut out, limit, s.zdict.as_deref())?;
    let rest = &data[r.used.min(data.len())..];
    if r.end {
        s.eof = true;
        s.unused.extend_from_slice(rest);
        s.tail.clear();
    } else {
        s.tail = rest.to_vec();
    }
    Ok(out)
}

fn do_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("decompress").bind(&["self", "data", "max_length"], 2)?;
    let obj = a[0].clone().unwrap_or_else(|| vm.none());
    let data = buffer_arg(vm, a[1].as_ref().unwrap_or(&vm.none()))?;
    let max = int_arg(vm, a[2].as_ref(), 0)?;
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let r = with_decomp(vm, &obj, |s| feed(s, &data, max as usize))?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(m) => Err(zerror(vm, m)),
    }
}

fn do_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("flush").positional(1, 2)?;
    let length = int_arg(vm, p.get(1), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let r = with_decomp(vm, &p[0], |s| {
        let tail = std::mem::take(&mut s.tail);
        feed(s, &tail, 0)
    })?;
    match r {
        Ok(out) => Ok(vm.bytes(out)),
        Err(m) => Err(zerror(vm, m)),
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
