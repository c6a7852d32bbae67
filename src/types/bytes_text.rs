//! `bytes`/`bytearray` ASCII text methods: case conversion, `is*`
//! predicates, padding (ljust/rjust/center/zfill/expandtabs), translate and
//! maketrans, hex/fromhex and decode.

use crate::error::PyResult;
use crate::object::bodies::ByteArrayData;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::t;
use crate::object::str::as_str;
use crate::object::{Args, Value};
use crate::vm::Vm;

use super::bytes::{bytes_of, decode, other_bytes, same_kind, self_bytes};
use super::bytes_args::{clinic, clinic_count, kw_args, noargs, one};
use super::bytes_search::is_ws;
use super::str::int_arg;

fn map_bytes(vm: &mut Vm, args: Args, fname: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    noargs(&args, fname)?;
    Ok(same_kind(vm, &args.pos()[0], f(&b)))
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
        .collect()
}

macro_rules! mapper {
    ($name:ident, $py:literal, $f:expr) => {
        /// A case-mapping method (`bytes.$py`).
        pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            map_bytes(vm, args, $py, $f)
        }
    };
}
mapper!(b_upper, "upper", |b| b.to_ascii_uppercase());
mapper!(b_lower, "lower", |b| b.to_ascii_lowercase());
mapper!(b_title, "title", title);
mapper!(b_capitalize, "capitalize", capitalize);
mapper!(b_swapcase, "swapcase", swapcase);

fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn pred(vm: &mut Vm, args: Args, fname: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    noargs(&args, fname)?;
    Ok(vm.bool(f(&b)))
}

macro_rules! predicate {
    ($name:ident, $py:literal, $f:expr) => {
        /// A predicate method (`bytes.$py`).
        pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            pred(vm, args, $py, $f)
        }
    };
}
predicate!(b_isalnum, "isalnum", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()));
predicate!(b_isalpha, "isalpha", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()));
predicate!(b_isascii, "isascii", |b| b.is_ascii());
predicate!(b_isdigit, "isdigit", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()));
predicate!(b_isspace, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_ws(c)));
predicate!(b_islower, "islower", |b| b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()));
predicate!(b_isupper, "isupper", |b| b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()));
predicate!(b_istitle, "istitle", istitle);

fn width_fill(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(usize, u8)> {
    let r = clinic(args, fname, 1, 2)?;
    let w = int_arg(vm, &r[0])?;
    let fill = match r.get(1) {
        None => b' ',
        Some(f) => match bytes_of(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    fname,
                    vm.type_name(f)
                )))
            }
        },
    };
    Ok((w.max(0) as usize, fill))
}

fn pad(vm: &mut Vm, args: Args, fname: &str, how: u8) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let (w, fill) = width_fill(vm, &args, fname)?;
    let me = args.pos()[0].clone();
    if w <= b.len() {
        return Ok(same_kind(vm, &me, b));
    }
    let marg = w - b.len();
    let left = match how {
        b'l' => 0,
        b'r' => marg,
        _ => marg / 2 + (marg & w & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(w, fill);
    Ok(same_kind(vm, &me, out))
}

/// `bytes.ljust(width, fillchar=b' ')`.
pub fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", b'l')
}
/// `bytes.rjust(width, fillchar=b' ')`.
pub fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", b'r')
}
/// `bytes.center(width, fillchar=b' ')`.
pub fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", b'c')
}

/// `bytes.zfill(width)`.
pub fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "zfill")?;
    let w = one(&args, "zfill")?;
    let w = int_arg(vm, w)?;
    let me = args.pos()[0].clone();
    if w <= b.len() as i64 {
        return Ok(same_kind(vm, &me, b));
    }
    let fill = w as usize - b.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&b);
    if let Some(&c) = b.first() {
        if c == b'+' || c == b'-' {
            out[0] = c;
            out[fill] = b'0';
        }
    }
    Ok(same_kind(vm, &me, out))
}

/// `bytes.expandtabs(tabsize=8)`.
pub fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "expandtabs")?;
    let p = kw_args(&args, "expandtabs", &["tabsize"])?;
    let ts = match &p[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in &b {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(same_kind(vm, &args.pos()[0], out))
}

/// `bytes.translate(table, /, delete=b'')`.
pub fn b_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "translate")?;
    let npos = args.pos().len().saturating_sub(1);
    if npos == 0 {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let p = kw_args(&args, "translate", &["table", "delete"])?;
    if args.kw("table").is_some() {
        return Err(type_error("'table' is an invalid keyword argument for translate()"));
    }
    let table = match &p[0] {
        Some(v) if !vm.is_none(v) => {
            let tb = other_bytes(vm, v)?;
            if tb.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(tb)
        }
        _ => None,
    };
    let delete = match &p[1] {
        Some(v) => other_bytes(vm, v)?,
        None => vec![],
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|tb| tb[c as usize]).unwrap_or(c))
        .collect();
    Ok(same_kind(vm, &args.pos()[0], out))
}

fn maketrans(vm: &mut Vm, args: Args, ty: &str) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}.maketrans() takes no keyword arguments", ty)));
    }
    let p = args.pos();
    clinic_count("maketrans", p.len(), 2, 2)?;
    let frm = other_bytes(vm, &p[0])?;
    let to = other_bytes(vm, &p[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(vm.bytes(table))
}

/// `bytes.maketrans(frm, to)` (static).
pub fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(vm, args, "bytes")
}
/// `bytearray.maketrans(frm, to)` (static).
pub fn ba_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(vm, args, "bytearray")
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub fn b_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "decode")?;
    let p = kw_args(&args, "decode", &["encoding", "errors"])?;
    let mut strs = ["utf-8".to_string(), "strict".to_string()];
    for (i, (slot, nm)) in p.iter().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = slot {
            match as_str(v) {
                Some(s) => strs[i] = s.to_string(),
                None => {
                    return Err(type_error(format!("decode() argument '{}' must be str, not {}", nm, vm.type_name(v))))
                }
            }
        }
    }
    let s = decode(vm, &b, &strs[0], &strs[1])?;
    Ok(vm.str(s))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`.
pub fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "hex")?;
    let p = kw_args(&args, "hex", &["sep", "bytes_per_sep"])?;
    let hex: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    let sep = match &p[0] {
        None => return Ok(vm.str(hex.concat())),
        Some(v) if vm.is_none(v) => return Ok(vm.str(hex.concat())),
        Some(v) => {
            let (len, s) = if let Some(s) = as_str(v) {
                (s.chars().count(), s.to_string())
            } else if let Some(bb) = bytes_of(v) {
                (bb.len(), bb.iter().map(|&c| c as char).collect())
            } else {
                return Err(type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            };
            if len != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !s.is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            s
        }
    };
    let per = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    if per == 0 {
        return Ok(vm.str(hex.concat()));
    }
    let n = per.unsigned_abs().min(usize::MAX as u64) as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = hex.len() % n;
        let mut i = 0;
        if first > 0 {
            groups.push(hex[..first].concat());
            i = first;
        }
        while i < hex.len() {
            groups.push(hex[i..i + n].concat());
            i += n;
        }
    } else {
        for ch in hex.chunks(n) {
            groups.push(ch.concat());
        }
    }
    Ok(vm.str(groups.join(&sep)))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (class method).
pub fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or_else(|| t().bytes.clone());
    let ty = if vm.is_subtype(&cls, &t().bytearray) { "bytearray" } else { "bytes" };
    if args.has_kwargs() {
        return Err(type_error(format!("{}.fromhex() takes no keyword arguments", ty)));
    }
    let n = args.pos().len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("{}.fromhex() takes exactly one argument ({} given)", ty, n)));
    }
    let arg = &args.pos()[1];
    let s = as_str(arg).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", vm.type_name(arg))))?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() || cs[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))
            }
            (None, _) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
        }
        i += 2;
    }
    if cls.is(&t().bytearray) {
        return Ok(crate::object::alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(out)), None));
    }
    let b = vm.bytes(out);
    if cls.is(&t().bytes) {
        return Ok(b);
    }
    if ty == "bytearray" {
        let ba = crate::object::alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(bytes_of(&b).unwrap_or_default())), None);
        return vm.call(&cls, &[ba]);
    }
    vm.call(&cls, &[b])
}
