//! The native `posix` module: the thin operating-system layer under `os`
//! (`pysrc/os.py`). Paths arrive as `str` (the Python layer applies
//! `os.fspath`); failures raise `OSError` (the subclass picked from errno)
//! with CPython's `[Errno N] message: 'filename'` text.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};

use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

thread_local! {
    /// Files opened with `posix.open`, keyed by their OS descriptor.
    static FDS: RefCell<HashMap<i64, std::fs::File>> = RefCell::new(HashMap::new());
}

/// The text of errno `n` (`strerror`), without Rust's " (os error N)" tail.
fn strerror_text(n: i32) -> String {
    let s = std::io::Error::from_raw_os_error(n).to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// An `OSError` (subclass chosen by errno) for `e` on `f1` (and `f2`).
fn os_err(vm: &mut Vm, e: &std::io::Error, f1: Option<&str>, f2: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5);
    let mut args = vec![vm.int(errno as i64), vm.str(strerror_text(errno))];
    if let Some(a) = f1 {
        args.push(vm.str(a));
        if let Some(b) = f2 {
            args.push(vm.none());
            args.push(vm.str(b));
        }
    }
    let ty = t().named("OSError");
    match vm.call(&ty, &args) {
        Ok(exc) => PyErr::from_object(exc),
        Err(err) => err,
    }
}

/// Argument `i` as a path string.
fn path_arg(vm: &Vm, p: &[Value], i: usize) -> PyResult<String> {
    let v = &p[i];
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(String::from_utf8_lossy(&b.0).into_owned());
    }
    Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    crate::builtins::as_i64(v).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

fn p_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("getcwd").positional(0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn p_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("chdir").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    std::env::set_current_dir(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

fn p_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("listdir").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    let rd = std::fs::read_dir(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_err(vm, &e, Some(&path), None))?;
        out.push(vm.str(ent.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.list(out))
}

fn p_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("mkdir").positional(2, 2)?;
    let path = path_arg(vm, p, 0)?;
    let mode = int_arg(vm, &p[1])?;
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode as u32);
    b.create(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

fn p_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("rmdir").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    std::fs::remove_dir(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

/// `_disk_usage(path)`: `(total, used, free)` bytes of the file system
/// holding `path` (statvfs: `used` counts the blocks not free, `free` the
/// ones available to unprivileged users, as CPython's shutil.disk_usage).
fn p_disk_usage(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("disk_usage").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    let st = nix::sys::statvfs::statvfs(path.as_str()).map_err(|e| {
        let io = std::io::Error::from_raw_os_error(e as i32);
        os_err(vm, &io, Some(&path), None)
    })?;
    let frag = st.fragment_size() as u128;
    let total = st.blocks() as u128 * frag;
    let used = (st.blocks() as u128).saturating_sub(st.blocks_free() as u128) * frag;
    let free = st.blocks_available() as u128 * frag;
    let items = [total, used, free].iter().map(|&n| vm.bigint(num_bigint::BigInt::from(n))).collect();
    Ok(vm.tuple(items))
}

fn p_unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("unlink").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    // unlink(2) on a directory fails with EISDIR on Linux; std's remove_file
    // reports the same errno.
    std::fs::remove_file(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

fn p_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("rename").positional(2, 2)?;
    let (a, b) = (path_arg(vm, p, 0)?, path_arg(vm, p, 1)?);
    std::fs::rename(&a, &b).map_err(|e| os_err(vm, &e, Some(&a), Some(&b)))?;
    Ok(vm.none())
}

fn p_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("symlink").positional(2, 2)?;
    let (a, b) = (path_arg(vm, p, 0)?, path_arg(vm, p, 1)?);
    std::os::unix::fs::symlink(&a, &b).map_err(|e| os_err(vm, &e, Some(&a), Some(&b)))?;
    Ok(vm.none())
}

fn p_readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("readlink").positional(1, 1)?;
    let path = path_arg(vm, p, 0)?;
    let t = std::fs::read_link(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.str(t.to_string_lossy().into_owned()))
}

fn p_chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("chmod").positional(2, 2)?;
    let path = path_arg(vm, p, 0)?;
    let mode = int_arg(vm, &p[1])?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode as u32)).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

/// `utime(path, atime_ns, mtime_ns)`.
fn p_utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("utime").positional(3, 3)?;
    let path = path_arg(vm, p, 0)?;
    let to_time = |vm: &Vm, v: &Value| -> PyResult<std::time::SystemTime> {
        let ns = int_arg(vm, v)?;
        let d = std::time::Duration::from_nanos(ns.unsigned_abs());
        Ok(if ns >= 0 { std::time::UNIX_EPOCH + d } else { std::time::UNIX_EPOCH - d })
    };
    let times = std::fs::FileTimes::new().set_accessed(to_time(vm, &p[1])?).set_modified(to_time(vm, &p[2])?);
    let f = std::fs::OpenOptions::new().write(true).open(&path).or_else(|_| std::fs::File::open(&path)).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    f.set_times(times).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    Ok(vm.none())
}

/// `stat(path, follow_symlinks)`: a tuple (mode, ino, dev, nlink, uid, gid,
/// size, atime_ns, mtime_ns, ctime_ns) that `os.stat_result` wraps.
fn p_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("stat").positional(2, 2)?;
    let path = path_arg(vm, p, 0)?;
    let follow = vm.truthy(&p[1])?;
    let md = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
    let md = md.map_err(|e| os_err(vm, &e, Some(&path), None))?;
    let ns = |s: i64, n: i64| -> Value { vm.bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n) };
    let items = vec![
        vm.int(md.mode() as i64),
        vm.bigint(md.ino().into()),
        vm.bigint(md.dev().into()),
        vm.int(md.nlink() as i64),
        vm.int(md.uid() as i64),
        vm.int(md.gid() as i64),
        vm.bigint(md.size().into()),
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
    ];
    Ok(vm.tuple(items))
}

fn p_getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("getpid").positional(0, 0)?;
    Ok(vm.int(std::process::id() as i64))
}

fn p_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("cpu_count").positional(0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.int(n.get() as i64),
        Err(_) => vm.none(),
    })
}

/// `uname()` as a 5-tuple of str: on Linux the kernel publishes the same
/// strings `uname(2)` returns under /proc/sys/kernel; the machine is the
/// architecture this binary was built for (what `uname -m` names it).
fn p_uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("uname").positional(0, 0)?;
    let kernel = |name: &str| std::fs::read_to_string(format!("/proc/sys/kernel/{name}")).map(|s| s.trim_end_matches('\n').to_string());
    let sysname = kernel("ostype").unwrap_or_else(|_| "Linux".to_string());
    let fields = [sysname, kernel("hostname").unwrap_or_default(), kernel("osrelease").unwrap_or_default(), kernel("version").unwrap_or_default(), std::env::consts::ARCH.to_string()];
    let items = fields.iter().map(|f| vm.str(f.as_str())).collect();
    Ok(vm.tuple(items))
}

fn p_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("urandom").positional(1, 1)?;
    let n = int_arg(vm, &p[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    if n > 1 << 31 {
        return Err(PyErr::new(&t().named("MemoryError"), ""));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| os_err(vm, &e, None, None))?;
    Ok(vm.bytes(buf))
}

fn p_strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("strerror").positional(1, 1)?;
    let n = int_arg(vm, &p[0])?;
    Ok(vm.str(strerror_text(n as i32)))
}

/// The process environment as a fresh dict of str to str.
fn p_environ(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("environ").positional(0, 0)?;
    let d = vm.dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (vm.str(k.to_string_lossy().into_owned()), vm.str(v.to_string_lossy().into_owned()));
        vm.setitem(&d, k, v)?;
    }
    Ok(d)
}

fn env_name(vm: &Vm, v: &Value) -> PyResult<String> {
    let s = as_str(v).ok_or_else(|| type_error(format!("str expected, not {}", vm.type_name(v))))?;
    if s.is_empty() || s.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    if s.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    Ok(s.to_string())
}

fn p_putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("putenv").positional(2, 2)?;
    let k = env_name(vm, &p[0])?;
    let v = as_str(&p[1]).ok_or_else(|| type_error(format!("str expected, not {}", vm.type_name(&p[1]))))?;
    if v.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(vm.none())
}

fn p_unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("unsetenv").positional(1, 1)?;
    let k = env_name(vm, &p[0])?;
    std::env::remove_var(k);
    Ok(vm.none())
}

/// `open(path, flags, mode)`: flags are the Linux `O_*` bits.
fn p_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("open").positional(3, 3)?;
    let path = path_arg(vm, p, 0)?;
    let flags = int_arg(vm, &p[1])?;
    let mode = int_arg(vm, &p[2])?;
    let acc = flags & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc == 0 || acc == 2).write(acc == 1 || acc == 2);
    if flags & 0o100 != 0 {
        // O_CREAT (with O_EXCL: create_new)
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 {
        o.truncate(true);
    }
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    o.mode(mode as u32).custom_flags((flags & !0o3303) as i32);
    let f = o.open(&path).map_err(|e| os_err(vm, &e, Some(&path), None))?;
    let fd = std::os::unix::io::AsRawFd::as_raw_fd(&f) as i64;
    FDS.with(|m| m.borrow_mut().insert(fd, f));
    Ok(vm.int(fd))
}

/// Takes over the file behind descriptor `fd` (made by `posix.open`), for
/// `open(fd)` / `os.fdopen`.
pub fn take_fd(fd: i64) -> Option<std::fs::File> {
    FDS.with(|m| m.borrow_mut().remove(&fd))
}

fn bad_fd(vm: &mut Vm) -> PyErr {
    os_err(vm, &std::io::Error::from_raw_os_error(9), None, None)
}

fn p_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("close").positional(1, 1)?;
    let fd = int_arg(vm, &p[0])?;
    match FDS.with(|m| m.borrow_mut().remove(&fd)) {
        Some(_) => Ok(vm.none()),
        None => Err(bad_fd(vm)),
    }
}

fn p_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("write").positional(2, 2)?;
    let fd = int_arg(vm, &p[0])?;
    let data: Vec<u8> = if let Some(b) = p[1].downcast::<BytesData>() {
        b.0.to_vec()
    } else if let Some(b) = p[1].downcast::<ByteArrayData>() {
        b.0.borrow().clone()
    } else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&p[1]))));
    };
    let r = match fd {
        // The standard streams are written through at once (below
        // `sys.stdout`'s buffer, as CPython's `os.write`).
        1 => Some(std::io::stdout().lock().write_all(&data).and_then(|_| std::io::stdout().lock().flush())),
        2 => Some(std::io::stderr().lock().write_all(&data)),
        _ => FDS.with(|m| m.borrow_mut().get_mut(&fd).map(|f| f.write_all(&data))),
    };
    match r {
        None => Err(bad_fd(vm)),
        Some(Err(e)) => Err(os_err(vm, &e, None, None)),
        Some(Ok(())) => Ok(vm.int(data.len() as i64)),
    }
}

fn p_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("read").positional(2, 2)?;
    let fd = int_arg(vm, &p[0])?;
    // A read may return fewer bytes than asked: cap the buffer.
    let n = int_arg(vm, &p[1])?.clamp(0, 1 << 26) as usize;
    let mut buf = vec![0u8; n];
    let r = match fd {
        0 => Some(std::io::stdin().lock().read(&mut buf)),
        _ => FDS.with(|m| m.borrow_mut().get_mut(&fd).map(|f| f.read(&mut buf))),
    };
    match r {
        None => Err(bad_fd(vm)),
        Some(Err(e)) => Err(os_err(vm, &e, None, None)),
        Some(Ok(k)) => {
            buf.truncate(k);
            Ok(vm.bytes(buf))
        }
    }
}

/// Creates the `posix` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "posix");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", p_getcwd),
        ("chdir", p_chdir),
        ("listdir", p_listdir),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("unlink", p_unlink),
        ("rename", p_rename),
        ("symlink", p_symlink),
        ("readlink", p_readlink),
        ("chmod", p_chmod),
        ("utime", p_utime),
        ("stat", p_stat),
        ("getpid", p_getpid),
        ("cpu_count", p_cpu_count),
        ("uname", p_uname),
        ("urandom", p_urandom),
        ("strerror", p_strerror),
        ("environ", p_environ),
        ("putenv", p_putenv),
        ("unsetenv", p_unsetenv),
        ("open", p_open),
        ("close", p_close),
        ("write", p_write),
        ("read", p_read),
        ("_disk_usage", p_disk_usage),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
