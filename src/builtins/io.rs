//! I/O builtins: `print`, `input`, `open`, and the native file object type
//! (`TextIOWrapper` / `BufferedReader`-like) also used for `sys.stdout`.
//!
//! A file object is an ordinary instance (object layout with a `__dict__`)
//! of a native type whose methods are Rust functions; the OS state lives in
//! a per-thread table keyed by the `_fid` stored in the instance dict.

use crate::stdlib::io::lines::Newline;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{eof_error, type_error, value_error};
use crate::object::header::{alloc, ext_offset_of, InstanceExt};
use crate::object::registry::{add_method, set_type_attr};
use crate::object::str::as_str;
use crate::object::typeobj::{next_type_version, tflags};
use crate::object::*;
use crate::vm::Vm;

use super::def;

/// What a file id refers to.
enum Stream {
    /// Standard output (buffered by the VM).
    Stdout,
    /// Standard error.
    Stderr,
    /// Standard input.
    Stdin,
    /// A file opened for reading: its whole content and the read position (bytes).
    Reader { data: Vec<u8>, pos: usize },
    /// A file opened for writing or appending.
    Writer(std::fs::File),
    /// A file opened for reading and writing (`+` modes). Binary reads go
    /// straight to the OS file at its current position; text reads take
    /// chunks of up to 8 KiB into `pending` (bytes read but not yet handed
    /// out), so that, as in CPython, a write after a text read lands after
    /// the chunk read ahead.
    Both { f: std::fs::File, pending: Vec<u8> },
}

struct FileState {
    stream: Stream,
    binary: bool,
    /// The `newline` mode of a text file (where lines end on reading, what
    /// `\n` becomes on writing).
    newline: Newline,
}

thread_local! {
    static FILES: RefCell<HashMap<i64, FileState>> = RefCell::new(HashMap::new());
    static NEXT_FID: std::cell::Cell<i64> = const { std::cell::Cell::new(3) };
    static TYPES: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
}

/// Creates a native class `name` whose instances are plain objects with a
/// `__dict__` (object layout), with the given methods.
pub fn native_class(name: &'static str, methods: &[(&'static str, NativeFn)]) -> Value {
    if let Some(v) = TYPES.with(|m| m.borrow().get(name).cloned()) {
        return v;
    }
    let r = t();
    let ns = alloc(&r.dict, DictData::new(), None);
    let td = TypeData {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        kind: Kind::Object,
        ext_offset: ext_offset_of::<()>(),
        slot_names: RefCell::new(Vec::new()),
        has_dict: true,
        bases: RefCell::new(vec![r.object.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: ns,
        flags: std::cell::Cell::new(tflags::HEAPTYPE),
        version: std::cell::Cell::new(next_type_version()),
        has_finalizer: std::cell::Cell::new(false),
        dealloc: crate::object::header::dealloc_ext::<()>,
        dealloc_ext: crate::object::header::dealloc_ext::<()>,
        sub_ext_offset: ext_offset_of::<()>(),
        traverse: crate::object::header::traverse_impl::<()>,
        subclasses: RefCell::new(Vec::new()),
    };
    let ty = alloc(&r.type_, td, None);
    if let Some(h) = ty.as_header() {
        h.make_immortal();
    }
    if let Some(td) = ty.downcast::<TypeData>() {
        *td.mro.borrow_mut() = vec![ty.clone(), r.object.clone()];
    }
    set_type_attr(&ty, "__module__", crate::object::str::intern("builtins"));
    for (n, f) in methods {
        add_method(&ty, n, *f, BuiltinKind::Method);
    }
    TYPES.with(|m| m.borrow_mut().insert(name, ty.clone()));
    ty
}

/// A new instance of a native class, with `attrs` in its `__dict__`.
pub fn native_instance(vm: &mut Vm, ty: &Value, attrs: &[(&str, Value)]) -> Value {
    let obj = alloc(ty, (), Some(InstanceExt::new(0)));
    let d = vm.dict();
    {
        let dd = d.downcast::<DictData>().expect("dict");
        for (k, v) in attrs {
            dd.set_str(vm.name(k), v.clone());
        }
    }
    if let Some(ext) = obj.as_header().and_then(|h| h.ext()) {
        ext.dict.set(Some(d));
    }
    obj
}

/// The `__dict__` of a native instance.
pub fn instance_dict(v: &Value) -> Option<Value> {
    v.as_header().and_then(|h| h.ext()).and_then(|e| e.dict.get())
}

fn file_type() -> Value {
    let ty = file_type_plain();
    // Files count as `io.TextIOWrapper` instances as in CPython: the native
    // `_io.TextIOWrapper` joins their MRO (its descriptors fall back to the
    // instance attributes for objects of this layout).
    if let Some(td) = ty.downcast::<TypeData>() {
        if td.mro.borrow().len() == 2 {
            let tw = crate::stdlib::io::textio::tw_type();
            *td.bases.borrow_mut() = vec![tw.clone()];
            *td.mro.borrow_mut() = vec![ty.clone(), tw, t().object.clone()];
            crate::object::typeobj::bump_type_epoch();
        }
    }
    ty
}

fn file_type_plain() -> Value {
    native_class("TextIOWrapper", FILE_METHODS)
}

/// The type of a binary file opened with `mode`: `BufferedReader`,
/// `BufferedWriter` or (`+`) `BufferedRandom`, as CPython's `open` returns.
pub fn binary_file_type(mode: &str) -> Value {
    let name = if mode.contains('+') {
        "BufferedRandom"
    } else if mode.contains('r') {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    native_class(name, FILE_METHODS)
}

/// Whether `ty` is the type of a native file object (text or binary).
fn is_file_type(ty: &Value) -> bool {
    if ty.is(&file_type()) {
        return true;
    }
    let buffered = ty.downcast::<TypeData>().is_some_and(|td| td.name.borrow().starts_with("Buffered"));
    buffered && ["r", "w", "+"].iter().any(|m| ty.is(&binary_file_type(m)))
}

/// The methods shared by the native text and binary file types.
const FILE_METHODS: &[(&str, NativeFn)] = &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("seek", f_seek),
            ("tell", f_tell),
            ("readable", f_readable),
            ("writable", f_writable),
            ("fileno", f_fileno),
            ("isatty", f_isatty),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_enter),
            ("__next__", f_next),
            ("__repr__", f_repr),
];

/// A file object over a standard stream: 0 stdin, 1 stdout, 2 stderr.
pub fn std_stream(vm: &mut Vm, fd: i64) -> Value {
    let (stream, name, mode) = match fd {
        0 => (Stream::Stdin, "<stdin>", "r"),
        1 => (Stream::Stdout, "<stdout>", "w"),
        _ => (Stream::Stderr, "<stderr>", "w"),
    };
    FILES.with(|f| f.borrow_mut().insert(fd, FileState { stream, binary: false, newline: Newline::Universal }));
    let ty = file_type();
    let (n, m) = (vm.str(name), vm.str(mode));
    native_instance(vm, &ty, &[("_fid", vm.int(fd)), ("name", n), ("mode", m), ("closed", vm.bool(false)), ("encoding", vm.str("utf-8"))])
}

fn fid_of(v: &Value) -> PyResult<i64> {
    instance_dict(v)
        .and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str("_fid")))
        .and_then(|v| v.as_small_int())
        .ok_or_else(|| type_error("descriptor requires a file object"))
}

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// Runs `f` on the state of file `v` (ValueError if closed).
fn with_file<R>(v: &Value, f: impl FnOnce(&mut FileState) -> PyResult<R>) -> PyResult<R> {
    let fid = fid_of(v)?;
    FILES.with(|m| match m.borrow_mut().get_mut(&fid) {
        Some(st) => f(st),
        None => Err(closed_err()),
    })
}

/// The `OSError` subclass and message for an I/O error on `filename`.
pub fn os_error_from_io(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let (ty, msg) = match errno {
        2 => ("FileNotFoundError", "No such file or directory".to_string()),
        13 => ("PermissionError", "Permission denied".to_string()),
        17 => ("FileExistsError", "File exists".to_string()),
        20 => ("NotADirectoryError", "Not a directory".to_string()),
        21 => ("IsADirectoryError", "Is a directory".to_string()),
        _ => ("OSError", {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }),
    };
    let fname = filename.map(|s| vm.str(s));
    PyErr::from_object(crate::types::exception::new_os_error(vm, &t().named(ty), errno as i64, &msg, fname))
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("print").with_kwargs(0, usize::MAX, &["sep", "end", "file", "flush"])?;
    let opt_str = |vm: &Vm, v: Option<&Value>, dflt: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(dflt.to_string()),
            Some(v) if vm.is_none(v) => Ok(dflt.to_string()),
            Some(v) => match as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!("{} must be None or a string, not {}", what, vm.type_name(v)))),
            },
        }
    };
    let sep = opt_str(vm, args.kw("sep"), " ", "sep")?;
    let end = opt_str(vm, args.kw("end"), "\n", "end")?;
    let file = match args.kw("file") {
        Some(f) if !vm.is_none(f) => Some(f.clone()),
        _ => sys_stream(vm, "stdout"),
    };
    if let Some(f) = file.as_ref().filter(|f| !f.as_header().is_some_and(|h| is_file_type(&h.type_value()))) {
        // A Python file-like object sees one write() per piece, as in CPython
        // (native files get the whole line in one write).
        for (i, v) in p.iter().enumerate() {
            if i > 0 {
                write_to(vm, Some(f), &sep)?;
            }
            let s = vm.str_string(v)?;
            write_to(vm, Some(f), &s)?;
        }
        write_to(vm, Some(f), &end)?;
        if args.kw("flush").map(|v| vm.truthy(v)).transpose()?.unwrap_or(false) {
            let m = vm.getattr_str(f, "flush")?;
            vm.call(&m, &[])?;
        }
        return Ok(vm.none());
    }
    let mut out = String::new();
    for (i, v) in p.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(v) {
            Some(s) if v.as_header().is_some_and(|h| h.type_ptr() == t().str_.as_header().map_or(std::ptr::null(), |x| x as *const _)) => out.push_str(s),
            _ => out.push_str(&vm.str_string(v)?),
        }
    }
    out.push_str(&end);
    let flush = match args.kw("flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    write_to(vm, file.as_ref(), &out)?;
    if flush {
        match &file {
            Some(f) if !is_std(f, 1) => {
                let m = vm.getattr_str(f, "flush")?;
                vm.call(&m, &[])?;
            }
            _ => vm.flush_stdout(),
        }
    }
    Ok(vm.none())
}

fn is_std(f: &Value, fd: i64) -> bool {
    f.as_header().is_some_and(|h| is_file_type(&h.type_value())) && fid_of(f).ok() == Some(fd)
}

/// `sys.<name>` if `sys` is loaded.
pub fn sys_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.modules.downcast::<DictData>()?.get_str("sys")?;
    sys.downcast::<ModuleData>()?.dict.downcast::<DictData>()?.get_str(name)
}

/// Writes `s` to the file object `file` (stdout when `None`).
pub fn write_to(vm: &mut Vm, file: Option<&Value>, s: &str) -> PyResult<()> {
    match file {
        None => vm.write_stdout(s),
        Some(f) if is_std(f, 1) => vm.write_stdout(s),
        Some(f) if is_std(f, 2) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(s.as_bytes());
            Ok(())
        }
        Some(f) => {
            let m = vm.getattr_str(f, "write")?;
            let sv = vm.str(s);
            vm.call(&m, &[sv])?;
            Ok(())
        }
    }
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("input").positional(0, 1)?;
    if let Some(prompt) = p.first() {
        let s = vm.str_string(prompt)?;
        vm.write_stdout(&s)?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Err(eof_error("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.str(line))
        }
        Err(e) => Err(os_error_from_io(vm, &e, None)),
    }
}

/// Opens `path` for reading and writing (the `+` modes).
fn open_both(vm: &mut Vm, path: &str, kind: char) -> PyResult<Stream> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    match kind {
        'r' => o.write(true),
        'w' => o.write(true).create(true).truncate(true),
        'a' => o.append(true).create(true),
        _ => o.write(true).create_new(true),
    };
    let mut f = o.open(path).map_err(|e| os_error_from_io(vm, &e, Some(path)))?;
    if kind == 'a' {
        // Appending files start at their end (`tell()` is the size).
        use std::io::Seek;
        f.seek(std::io::SeekFrom::End(0)).map_err(|e| os_error_from_io(vm, &e, Some(path)))?;
    }
    Ok(Stream::Both { f, pending: Vec::new() })
}

/// The stream over a file taken from `os.open` (no truncation, like fdopen).
fn fd_stream(vm: &mut Vm, f: Option<std::fs::File>, kind: char, plus: bool) -> PyResult<Stream> {
    let Some(mut f) = f else { return Err(crate::object::exception::os_error("bad file descriptor")) };
    if plus {
        return Ok(Stream::Both { f, pending: Vec::new() });
    }
    if kind != 'r' {
        return Ok(Stream::Writer(f));
    }
    let mut data = Vec::new();
    f.read_to_end(&mut data).map_err(|e| os_error_from_io(vm, &e, None))?;
    Ok(Stream::Reader { data, pos: 0 })
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("open").bind(&["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let mut file = b[0].clone().unwrap_or_else(|| vm.none());
    let mut from_fd: Option<std::fs::File> = None;
    if as_str(&file).is_none() && file.downcast::<BytesData>().is_none() && !vm.is_int(&file) {
        // os.PathLike: open the path returned by `__fspath__`.
        let ty = vm.type_of(&file);
        if let Ok(hook) = vm.getattr_str(&ty, "__fspath__") {
            file = vm.call(&hook, std::slice::from_ref(&file))?;
        }
    }
    let path = match as_str(&file) {
        Some(s) => s.to_string(),
        None => {
            if let Some(bd) = file.downcast::<BytesData>() {
                String::from_utf8_lossy(&bd.0).into_owned()
            } else if vm.is_int(&file) {
                // Only descriptors made by `os.open` can be wrapped: the
                // file object takes them over.
                match super::as_i64(&file).and_then(crate::stdlib::posix::take_fd) {
                    Some(f) => {
                        from_fd = Some(f);
                        String::new()
                    }
                    None => return Err(crate::object::exception::not_implemented_error("open() of a file descriptor not made by os.open is not supported")),
                }
            } else {
                return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&file))));
            }
        }
    };
    let mode = match &b[1] {
        Some(m) => match as_str(m) {
            Some(s) => s.to_string(),
            None => return Err(type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(m)))),
        },
        None => "r".to_string(),
    };
    let binary = mode.contains('b');
    let mut kind = None;
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(value_error("must have exactly one of create/read/write/append mode"));
                }
                kind = Some(c)
            }
            'b' | 't' | '+' => {}
            _ => return Err(value_error(format!("invalid mode: '{}'", mode))),
        }
    }
    if binary && mode.contains('t') {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if binary {
        if let Some(e) = &b[3] {
            if !vm.is_none(e) {
                return Err(value_error("binary mode doesn't take an encoding argument"));
            }
        }
    }
    // The name `encoding` reports: as given, the locale's ('UTF-8') by default.
    let mut encoding_name = "UTF-8".to_string();
    if !binary {
        // Text files are UTF-8 here: any other encoding would be read or
        // written wrongly, so it is refused clearly.
        if let Some(enc) = b[3].as_ref().filter(|e| !vm.is_none(e)) {
            let name = as_str(enc).ok_or_else(|| type_error(format!("open() argument 'encoding' must be str or None, not {}", vm.type_name(enc))))?;
            let norm = name.to_ascii_lowercase().replace('_', "-");
            if norm != "locale" {
                encoding_name = name.to_string();
            }
            if !matches!(norm.as_str(), "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "locale") {
                return Err(crate::object::exception::not_implemented_error(format!("open(): text files with encoding '{name}' are not supported yet (Pyrite's text files are UTF-8; use binary mode and bytes.decode)")));
            }
        }
    }
    let kind = kind.unwrap_or('r');
    let newline = match b[5].as_ref().filter(|v| as_str(v).is_some()) {
        Some(v) if !binary => Newline::parse(vm, Some(v), Newline::Universal, true)?,
        _ => Newline::Universal,
    };
    let stream = match kind {
        _ if from_fd.is_some() => fd_stream(vm, from_fd.take(), kind, mode.contains('+'))?,
        _ if mode.contains('+') => open_both(vm, &path, kind)?,
        'r' => match std::fs::read(&path) {
            Ok(data) => {
                if !binary && std::str::from_utf8(&data).is_err() {
                    return Err(crate::object::exception::unicode_error(format!("'utf-8' codec can't decode file '{}'", path)));
                }
                // Text is translated as it is read, so `tell()` stays a byte offset.
                Stream::Reader { data, pos: 0 }
            }
            Err(e) => return Err(os_error_from_io(vm, &e, Some(&path))),
        },
        _ => {
            let mut o = std::fs::OpenOptions::new();
            match kind {
                'w' => o.write(true).create(true).truncate(true),
                'a' => o.append(true).create(true),
                _ => o.write(true).create_new(true),
            };
            match o.open(&path) {
                Ok(f) => Stream::Writer(f),
                Err(e) => return Err(os_error_from_io(vm, &e, Some(&path))),
            }
        }
    };
    let fid = NEXT_FID.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    });
    FILES.with(|f| f.borrow_mut().insert(fid, FileState { stream, binary, newline }));
    let ty = if binary { binary_file_type(&mode) } else { file_type() };
    let m = vm.str(mode);
    let enc = vm.str(encoding_name);
    Ok(native_instance(vm, &ty, &[("_fid", vm.int(fid)), ("name", file), ("mode", m), ("closed", vm.bool(false)), ("encoding", enc)]))
}

fn self_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error(format!("descriptor '{}' needs an argument", name)))
}

fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match super::as_i64(v) {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
        },
    }
}

/// How many bytes of `rest` one read takes: up to the first newline when
/// `line`, at most `size` bytes (binary) or characters (text).
fn chunk_end(rest: &[u8], size: Option<usize>, line: bool, binary: bool, newline: Newline) -> usize {
    let line_end = |rest: &[u8]| match std::str::from_utf8(rest) {
        Ok(text) if !binary => crate::stdlib::io::lines::line_end(text, newline),
        _ => rest.iter().position(|&c| c == b'\n').map(|i| i + 1),
    };
    let mut end = if line { line_end(rest).unwrap_or(rest.len()) } else { rest.len() };
    if let Some(n) = size {
        if binary {
            end = end.min(n);
        } else {
            let s = std::str::from_utf8(&rest[..end]).unwrap_or("");
            if let Some((i, _)) = s.char_indices().nth(n) {
                end = i;
            }
        }
    }
    end
}

/// Reads from a reader: `lines` reads one line; `size` limits characters/bytes.
fn read_chunk(st: &mut FileState, size: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    let (binary, newline) = (st.binary, st.newline);
    match &mut st.stream {
        Stream::Reader { data, pos } => {
            let rest = &data[*pos..];
            if !binary {
                let (n, text) = super::io_text::take(rest, size, line, newline, true).unwrap_or_default();
                *pos += n;
                return Ok(text.into_bytes());
            }
            let end = chunk_end(rest, size, line, binary, newline);
            let out = rest[..end].to_vec();
            *pos += end;
            Ok(out)
        }
        Stream::Both { f, pending } if !binary => {
            let os = |e: std::io::Error| crate::object::exception::os_error(e.to_string());
            let mut eof = false;
            loop {
                if let Some((n, text)) = super::io_text::take(pending, size, line, newline, eof) {
                    pending.drain(..n);
                    return Ok(text.into_bytes());
                }
                let got = if size.is_none() && !line {
                    f.read_to_end(pending).map_err(os)?
                } else {
                    let mut chunk = vec![0u8; 8192];
                    let n = f.read(&mut chunk).map_err(os)?;
                    pending.extend_from_slice(&chunk[..n]);
                    n
                };
                eof = got == 0;
            }
        }
        Stream::Both { f, .. } => {
            use std::io::Seek;
            let mut rest = Vec::new();
            f.read_to_end(&mut rest).map_err(|e| crate::object::exception::os_error(e.to_string()))?;
            let end = chunk_end(&rest, size, line, true, newline);
            let back = (rest.len() - end) as i64;
            f.seek(std::io::SeekFrom::Current(-back)).map_err(|e| crate::object::exception::os_error(e.to_string()))?;
            rest.truncate(end);
            Ok(rest)
        }
        Stream::Stdin => {
            let mut buf = Vec::new();
            let r = if line { std::io::stdin().lock().read_until(b'\n', &mut buf) } else { std::io::stdin().lock().read_to_end(&mut buf) };
            r.map_err(|_| crate::object::exception::os_error("read from stdin failed"))?;
            Ok(buf)
        }
        _ => Err(crate::object::exception::os_error("not readable")),
    }
}

fn make_data(vm: &Vm, binary: bool, data: Vec<u8>) -> Value {
    if binary {
        vm.bytes(data)
    } else {
        vm.str(String::from_utf8_lossy(&data).into_owned())
    }
}

fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "read")?;
    let size = size_arg(vm, args.pos().get(1))?;
    let (b, d) = with_file(s, |st| Ok((st.binary, read_chunk(st, size, false)?)))?;
    Ok(make_data(vm, b, d))
}

fn f_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "readline")?;
    let size = size_arg(vm, args.pos().get(1))?;
    let (b, d) = with_file(s, |st| Ok((st.binary, read_chunk(st, size, true)?)))?;
    Ok(make_data(vm, b, d))
}

fn f_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "readlines")?;
    let mut out = Vec::new();
    loop {
        let (b, d) = with_file(s, |st| Ok((st.binary, read_chunk(st, None, true)?)))?;
        if d.is_empty() {
            break;
        }
        out.push(make_data(vm, b, d));
    }
    Ok(vm.list(out))
}

fn f_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "__next__")?;
    let (b, d) = with_file(s, |st| Ok((st.binary, read_chunk(st, None, true)?)))?;
    if d.is_empty() {
        return Err(PyErr::new_empty(&t().named("StopIteration")));
    }
    Ok(make_data(vm, b, d))
}

fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("write").positional(2, 2)?;
    let fid = fid_of(&p[0])?;
    let (binary, newline) = with_file(&p[0], |st| Ok((st.binary, st.newline)))?;
    let (bytes, count): (Vec<u8>, usize) = if binary {
        if let Some(b) = p[1].downcast::<BytesData>() {
            (b.0.to_vec(), b.0.len())
        } else if let Some(b) = p[1].downcast::<ByteArrayData>() {
            let v = b.0.borrow().clone();
            let n = v.len();
            (v, n)
        } else {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&p[1]))));
        }
    } else {
        match p[1].downcast::<StrData>() {
            Some(sd) => match newline.write_form() {
                Some(nl) if sd.s.contains('\n') => (sd.s.replace('\n', nl).into_bytes(), sd.char_len),
                _ => (sd.s.as_bytes().to_vec(), sd.char_len),
            },
            None => return Err(type_error(format!("write() argument must be str, not {}", vm.type_name(&p[1])))),
        }
    };
    if fid == 1 {
        vm.write_stdout(&String::from_utf8_lossy(&bytes))?;
        return Ok(vm.int(count as i64));
    }
    if fid == 2 {
        // What the program printed before goes out before its error text.
        vm.flush_stdout();
    }
    let res = with_file(&p[0], |st| match &mut st.stream {
        Stream::Writer(f) => Ok(f.write_all(&bytes).map_err(|e| e.to_string())),
        // The text layer's read-ahead is dropped: the write lands after it.
        Stream::Both { f, pending } => {
            pending.clear();
            Ok(f.write_all(&bytes).map_err(|e| e.to_string()))
        }
        Stream::Stderr => Ok(std::io::stderr().write_all(&bytes).map_err(|e| e.to_string())),
        _ => Ok(Err("not writable".to_string())),
    })?;
    match res {
        Ok(()) => Ok(vm.int(count as i64)),
        Err(m) => Err(PyErr::new(&t().named("OSError"), m)),
    }
}

fn f_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("writelines").positional(2, 2)?;
    let items = vm.collect(&p[1])?;
    for it in items {
        f_write(vm, Args::positional(&[p[0].clone(), it]))?;
    }
    Ok(vm.none())
}

fn f_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "close")?;
    let fid = fid_of(s)?;
    if fid > 2 {
        FILES.with(|f| f.borrow_mut().remove(&fid));
    }
    if let Some(d) = instance_dict(s) {
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(vm.name("closed"), vm.bool(true));
        }
    }
    Ok(vm.none())
}

fn f_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "flush")?;
    let fid = fid_of(s)?;
    if fid == 1 {
        vm.flush_stdout();
    }
    with_file(s, |_| Ok(()))?;
    Ok(vm.none())
}

fn f_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("seek").positional(2, 3)?;
    let off = super::as_i64(&p[1]).ok_or_else(|| type_error("an integer is required"))?;
    let whence = p.get(2).and_then(super::as_i64).unwrap_or(0);
    let text = with_file(&p[0], |st| Ok(!st.binary))?;
    if text && off != 0 && (whence == 1 || whence == 2) {
        let what = if whence == 1 { "cur" } else { "end" };
        return Err(crate::stdlib::io::unsupported(vm, &format!("can't do nonzero {what}-relative seeks")));
    }
    let r = with_file(&p[0], |st| match &mut st.stream {
        Stream::Reader { data, pos } => {
            let np = match whence {
                0 => off,
                1 => *pos as i64 + off,
                _ => data.len() as i64 + off,
            };
            *pos = np.clamp(0, data.len() as i64) as usize;
            Ok(*pos as i64)
        }
        Stream::Writer(_) | Stream::Both { .. } => {
            use std::io::Seek;
            let ahead = match &mut st.stream {
                Stream::Both { pending, .. } => std::mem::take(pending).len() as i64,
                _ => 0,
            };
            let (off, whence) = if whence == 1 && ahead > 0 { (off - ahead, 1) } else { (off, whence) };
            let f = match &mut st.stream {
                Stream::Writer(f) | Stream::Both { f, .. } => f,
                _ => return Ok(0),
            };
            let sf = match whence {
                0 => std::io::SeekFrom::Start(off.max(0) as u64),
                1 => std::io::SeekFrom::Current(off),
                _ => std::io::SeekFrom::End(off),
            };
            Ok(f.seek(sf).unwrap_or(0) as i64)
        }
        _ => Ok(0),
    })?;
    Ok(vm.int(r))
}

fn f_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "tell")?;
    let r = with_file(s, |st| match &mut st.stream {
        Stream::Reader { pos, .. } => Ok(*pos as i64),
        Stream::Writer(f) => {
            use std::io::Seek;
            Ok(f.stream_position().unwrap_or(0) as i64)
        }
        Stream::Both { f, pending } => {
            use std::io::Seek;
            Ok(f.stream_position().unwrap_or(0) as i64 - pending.len() as i64)
        }
        _ => Ok(0),
    })?;
    Ok(vm.int(r))
}

fn f_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "readable")?;
    let r = with_file(s, |st| Ok(matches!(st.stream, Stream::Reader { .. } | Stream::Stdin | Stream::Both { .. })))?;
    Ok(vm.bool(r))
}

fn f_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "writable")?;
    let r = with_file(s, |st| Ok(!matches!(st.stream, Stream::Reader { .. } | Stream::Stdin)))?;
    Ok(vm.bool(r))
}

fn f_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "fileno")?;
    Ok(vm.int(fid_of(s)?))
}

fn f_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "isatty")?;
    let fid = fid_of(s)?;
    use std::io::IsTerminal;
    let tty = match fid {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(vm.bool(tty))
}

fn f_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "__enter__")?;
    let _ = vm;
    with_file(s, |_| Ok(()))?;
    Ok(s.clone())
}

fn f_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "__exit__")?.clone();
    f_close(vm, Args::positional(&[s]))?;
    Ok(vm.none())
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(&args, "__repr__")?;
    let d = instance_dict(s).and_then(|d| d.downcast::<DictData>().map(|d| (d.get_str("name"), d.get_str("mode"), d.get_str("encoding"))));
    let (name, mode, encoding) = d.unwrap_or((None, None, None));
    let encoding = encoding.and_then(|e| as_str(&e).map(str::to_string)).unwrap_or_else(|| "utf-8".into());
    let name = match name {
        Some(n) => vm.repr_string(&n)?,
        None => "?".into(),
    };
    let mode = mode.and_then(|m| as_str(&m).map(str::to_string)).unwrap_or_default();
    if mode.contains('b') {
        let ty = vm.type_of(s);
        let tname = ty.downcast::<TypeData>().map(|td| td.name.borrow().to_string()).unwrap_or_default();
        return Ok(vm.str(format!("<_io.{tname} name={name}>")));
    }
    Ok(vm.str(format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", name, mode, encoding)))
}

/// Registers `print`, `input` and `open`.
pub fn install(vm: &mut Vm) {
    def(vm, "print", print);
    def(vm, "input", input);
    def(vm, "open", open);
}
