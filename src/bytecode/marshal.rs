//! Serialization of `Code` objects for the bytecode cache (`__pycache__`).
//!
//! `encode` writes a code object (and everything it holds: constants,
//! nested code objects, names, line table, exception table, flags) as a
//! compact little-endian byte string; `decode` reads it back. The file
//! header (magic, format version, build fingerprint, source mtime/size,
//! body checksum) is handled by `write_file` / `read_file`.
//!
//! Decoding never trusts its input: every length is checked against the
//! bytes left, every opcode must exist, every string must be UTF-8, nesting
//! is bounded, and the decoded code is then checked by `verify` (operand
//! indices in range, jump targets valid, stack discipline on every path).
//! Any problem is an `Err(String)`, never a panic.
//!
//! The source file name is not stored: the decoder is given the name of
//! the file being imported and puts it in every code object (as CPython
//! fixes up `co_filename` of a moved `.pyc`).

#![forbid(unsafe_code)]

use std::cell::OnceCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::code::{Code, Const, ExceptionEntry, Instr, Span};
use super::opcodes::Op;
use super::verify;

/// First bytes of every cache file.
pub const MAGIC: &[u8; 8] = b"PYRITEC\0";
/// Version of the body layout below; bump it whenever the layout changes.
pub const FORMAT_VERSION: u32 = 2;
/// Deepest nesting of tuples / code objects accepted by `decode`.
const MAX_DEPTH: usize = 200;
/// Header size: magic, version, fingerprint, mtime secs + nanos, size, body length, checksum
/// (fixed-width little-endian words; the body uses LEB128 for its `u32`s).
const HEADER_LEN: usize = 8 + 4 + 8 + 8 + 4 + 8 + 8 + 8;

/// Identity of the source file a cache entry was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceStamp {
    /// Modification time, seconds since the epoch.
    pub mtime_secs: u64,
    /// Sub-second part of the modification time.
    pub mtime_nanos: u32,
    /// Size in bytes.
    pub size: u64,
}

/// FNV-1a, 64 bits: the body checksum (detects truncation and bit rot).
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A file's complete bytes: header for `stamp` and `fingerprint`, then `code`.
pub fn write_file(code: &Code, stamp: SourceStamp, fingerprint: u64) -> Vec<u8> {
    let body = encode(code);
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.extend_from_slice(&stamp.mtime_secs.to_le_bytes());
    out.extend_from_slice(&stamp.mtime_nanos.to_le_bytes());
    out.extend_from_slice(&stamp.size.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Reads a cache file's bytes back: `Err` (with the reason) unless the
/// header matches `stamp` and `fingerprint` and the body is valid.
pub fn read_file(bytes: &[u8], stamp: SourceStamp, fingerprint: u64, filename: &str) -> Result<Rc<Code>, String> {
    let mut r = Reader { buf: bytes, pos: 0, filename: Rc::from(filename) };
    if r.take(8)? != MAGIC {
        return Err("bad magic number".into());
    }
    if r.fixed_u32()? != FORMAT_VERSION {
        return Err("unknown format version".into());
    }
    if r.u64()? != fingerprint {
        return Err("written by another build of pyrite".into());
    }
    let got = SourceStamp { mtime_secs: r.u64()?, mtime_nanos: r.fixed_u32()?, size: r.u64()? };
    if got != stamp {
        return Err("stale (source changed)".into());
    }
    let len = r.u64()?;
    let sum = r.u64()?;
    if len != (bytes.len() - r.pos) as u64 {
        return Err("body length mismatch (truncated?)".into());
    }
    if checksum(&bytes[r.pos..]) != sum {
        return Err("body checksum mismatch".into());
    }
    let code = r.code(0)?;
    if r.pos != bytes.len() {
        return Err("trailing bytes after the code object".into());
    }
    Ok(code)
}

/// Serializes `code` (without the file header).
pub fn encode(code: &Code) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.code(code);
    w.0
}

/// Deserializes a body written by `encode`; `filename` becomes every code
/// object's file name. The result has passed `verify::code`.
pub fn decode(bytes: &[u8], filename: &str) -> Result<Rc<Code>, String> {
    let mut r = Reader { buf: bytes, pos: 0, filename: Rc::from(filename) };
    let code = r.code(0)?;
    if r.pos != bytes.len() {
        return Err("trailing bytes after the code object".into());
    }
    Ok(code)
}

/// Whether `c` may be an item of a frozenset constant (hashable without
/// running code: no nested frozensets or code objects).
fn set_item_ok(c: &Const) -> bool {
    match c {
        Const::Tuple(items) => items.iter().all(set_item_ok),
        Const::FrozenSet(_) | Const::Code(_) => false,
        _ => true,
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    /// Unsigned LEB128 (1 byte below 128, at most 5).
    fn u32(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.0.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    fn consts(&mut self, v: &[Const]) {
        self.len(v.len());
        for c in v {
            self.konst(c);
        }
    }
    fn konst(&mut self, c: &Const) {
        match c {
            Const::None => self.u8(0),
            Const::Bool(false) => self.u8(1),
            Const::Bool(true) => self.u8(2),
            Const::Int(i) => {
                self.u8(3);
                self.u64(*i as u64);
            }
            Const::BigInt(b) => {
                self.u8(4);
                self.bytes(&b.to_signed_bytes_le());
            }
            Const::Float(f) => {
                self.u8(5);
                self.u64(f.to_bits());
            }
            Const::Complex(re, im) => {
                self.u8(6);
                self.u64(re.to_bits());
                self.u64(im.to_bits());
            }
            Const::Str(s) => {
                self.u8(7);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.u8(8);
                self.bytes(b);
            }
            Const::Tuple(items) => {
                self.u8(9);
                self.consts(items);
            }
            Const::FrozenSet(items) => {
                self.u8(10);
                self.consts(items);
            }
            Const::Ellipsis => self.u8(11),
            Const::Code(k) => {
                self.u8(12);
                self.code(k);
            }
        }
    }
    fn code(&mut self, c: &Code) {
        self.str(&c.name);
        self.str(&c.qualname);
        for v in [c.firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize] {
            self.u32(v);
        }
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.len(c.cell2arg.len());
        for a in &c.cell2arg {
            self.u32(a.unwrap_or(u32::MAX));
        }
        self.strs(&c.names);
        self.consts(&c.consts);
        self.len(c.instrs.len());
        let mut prev = c.firstlineno;
        for ((ins, &line), span) in c.instrs.iter().zip(&c.lines).zip(&c.spans) {
            self.u8(ins.op.get() as u8);
            self.u32(ins.arg);
            // Line numbers as zigzag-coded deltas (mostly one byte).
            let delta = line.wrapping_sub(prev) as i32;
            self.u32(((delta << 1) ^ (delta >> 31)) as u32);
            prev = line;
            // Spans: 0 when unknown, else 1 + the lines spanned, then the columns.
            if span.is_known() {
                self.u32(span.end_line.wrapping_sub(line).wrapping_add(1));
                self.u32(u32::from(span.col));
                self.u32(u32::from(span.end_col));
            } else {
                self.u32(0);
            }
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.u32(v);
            }
            self.u8(u8::from(e.lasti));
        }
        match &c.docstring {
            Some(d) => {
                self.u8(1);
                self.str(d);
            }
            None => self.u8(0),
        }
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    filename: Rc<str>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len()).ok_or("unexpected end of data")?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    /// A fixed 4-byte little-endian word (file header).
    fn fixed_u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// Unsigned LEB128, at most 5 bytes, no overflow, no redundant zero bytes.
    fn u32(&mut self) -> Result<u32, String> {
        let mut v: u32 = 0;
        for i in 0..5 {
            let b = self.u8()?;
            if i == 4 && b > 0x0f {
                return Err("variable-length integer overflows 32 bits".into());
            }
            v |= u32::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                if b == 0 && i > 0 {
                    return Err("over-long variable-length integer".into());
                }
                return Ok(v);
            }
        }
        Err("variable-length integer too long".into())
    }
    fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// A count of items each at least `min_size` bytes long (checked against what is left).
    fn count(&mut self, min_size: usize) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size.max(1)) > self.buf.len() - self.pos {
            return Err(format!("count {n} larger than the data left"));
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.count(1)?;
        self.take(n)
    }
    fn str(&mut self) -> Result<Rc<str>, String> {
        let b = self.bytes()?;
        std::str::from_utf8(b).map(Rc::from).map_err(|_| "invalid UTF-8 in a string".to_string())
    }
    fn strs(&mut self) -> Result<Vec<Rc<str>>, String> {
        let n = self.count(1)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn consts(&mut self, depth: usize) -> Result<Vec<Const>, String> {
        let n = self.count(1)?;
        (0..n).map(|_| self.konst(depth)).collect()
    }
    fn f64(&mut self) -> Result<f64, String> {
        Ok(f64::from_bits(self.u64()?))
    }
    fn konst(&mut self, depth: usize) -> Result<Const, String> {
        if depth > MAX_DEPTH {
            return Err("constants nested too deeply".into());
        }
        Ok(match self.u8()? {
            0 => Const::None,
            1 => Const::Bool(false),
            2 => Const::Bool(true),
            3 => Const::Int(self.u64()? as i64),
            4 => {
                Const::BigInt(BigInt::from_signed_bytes_le(self.bytes()?))
            }
            5 => Const::Float(self.f64()?),
            6 => Const::Complex(self.f64()?, self.f64()?),
            7 => Const::Str(self.str()?),
            8 => Const::Bytes(Rc::from(self.bytes()?)),
            9 => Const::Tuple(Rc::from(self.consts(depth + 1)?)),
            10 => {
                let items = self.consts(depth + 1)?;
                // The VM hashes these natively when it builds the frozenset:
                // only the kinds the compiler folds into one are accepted.
                if !items.iter().all(set_item_ok) {
                    return Err("frozenset constant with an item that cannot be in one".into());
                }
                Const::FrozenSet(Rc::from(items))
            }
            11 => Const::Ellipsis,
            12 => Const::Code(self.code(depth + 1)?),
            t => return Err(format!("unknown constant tag {t}")),
        })
    }
    fn code(&mut self, depth: usize) -> Result<Rc<Code>, String> {
        if depth > MAX_DEPTH {
            return Err("code objects nested too deeply".into());
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let mut w = [0u32; 6];
        for v in w.iter_mut() {
            *v = self.u32()?;
        }
        let [firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize] = w;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.count(1)?;
        let mut cell2arg = Vec::with_capacity(n);
        for _ in 0..n {
            let a = self.u32()?;
            cell2arg.push(if a == u32::MAX { None } else { Some(a) });
        }
        let names = self.strs()?;
        let consts = self.consts(depth)?;
        let n = self.count(3)?;
        let mut instrs = Vec::with_capacity(n);
        let mut lines = Vec::with_capacity(n);
        let mut spans = Vec::with_capacity(n);
        let mut prev = firstlineno;
        for _ in 0..n {
            let op = self.u8()?;
            let op = Op::from_u8(op).ok_or_else(|| format!("unknown opcode {op}"))?;
            instrs.push(Instr::new(op, self.u32()?));
            let z = self.u32()?;
            let delta = ((z >> 1) as i32) ^ -((z & 1) as i32);
            prev = prev.wrapping_add(delta as u32);
            lines.push(prev);
            let span = match self.u32()? {
                0 => Span::UNKNOWN,
                n => {
                    let col = u16::try_from(self.u32()?).map_err(|_| "bad column")?;
                    let end_col = u16::try_from(self.u32()?).map_err(|_| "bad column")?;
                    Span { end_line: prev.wrapping_add(n - 1), col, end_col }
                }
            };
            spans.push(span);
        }
        let n = self.count(5)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let lasti = match self.u8()? {
                0 => false,
                1 => true,
                _ => return Err("bad exception-table flag".into()),
            };
            exception_table.push(ExceptionEntry { start, end, target, depth, lasti });
        }
        let docstring = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return Err("bad docstring flag".into()),
        };
        let code = Code {
            name,
            qualname,
            filename: self.filename.clone(),
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            instrs,
            lines,
            spans,
            exception_table,
            stacksize,
            docstring,
            const_values: OnceCell::new(),
            caches: OnceCell::new(),
            func_strs: OnceCell::new(),
            jit: Default::default(),
        };
        verify::code(&code).map_err(|e| format!("{}: {e}", code.qualname))?;
        Ok(Rc::new(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn same_const(a: &Const, b: &Const) -> bool {
        match (a, b) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(x), Const::Bool(y)) => x == y,
            (Const::Int(x), Const::Int(y)) => x == y,
            (Const::BigInt(x), Const::BigInt(y)) => x == y,
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            (Const::Complex(a1, b1), Const::Complex(a2, b2)) => a1.to_bits() == a2.to_bits() && b1.to_bits() == b2.to_bits(),
            (Const::Str(x), Const::Str(y)) => x == y,
            (Const::Bytes(x), Const::Bytes(y)) => x == y,
            (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
            }
            (Const::Code(x), Const::Code(y)) => same_code(x, y).is_ok(),
            _ => false,
        }
    }

    /// Field-by-field equality; `Err` names the first differing field.
    fn same_code(a: &Code, b: &Code) -> Result<(), String> {
        let check = |ok: bool, what: &str| if ok { Ok(()) } else { Err(format!("{}: {what} differs", a.qualname)) };
        check(a.name == b.name && a.qualname == b.qualname && a.filename == b.filename, "names")?;
        check(a.firstlineno == b.firstlineno && a.argcount == b.argcount, "firstlineno/argcount")?;
        check(a.posonlyargcount == b.posonlyargcount && a.kwonlyargcount == b.kwonlyargcount, "arg counts")?;
        check(a.flags == b.flags && a.stacksize == b.stacksize, "flags/stacksize")?;
        check(a.varnames == b.varnames && a.cellvars == b.cellvars && a.freevars == b.freevars, "variables")?;
        check(a.cell2arg == b.cell2arg && a.names == b.names, "cell2arg/names")?;
        check(a.consts.len() == b.consts.len(), "const count")?;
        for (x, y) in a.consts.iter().zip(&b.consts) {
            if let (Const::Code(p), Const::Code(q)) = (x, y) {
                same_code(p, q)?;
            }
            check(same_const(x, y), "a constant")?;
        }
        let ops = |c: &Code| c.instrs.iter().map(|i| (i.op.get(), i.arg)).collect::<Vec<_>>();
        check(ops(a) == ops(b), "instructions")?;
        check(a.lines == b.lines, "line table")?;
        check(a.spans == b.spans, "position table")?;
        check(a.exception_table == b.exception_table, "exception table")?;
        check(a.docstring == b.docstring, "docstring")
    }

    fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                scripts(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }

    #[test]
    fn round_trip_every_test_script() {
        let mut files = Vec::new();
        scripts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py"), &mut files);
        files.sort();
        let mut compiled = 0;
        for f in &files {
            let Ok(src) = std::fs::read_to_string(f) else { continue };
            let name = f.to_string_lossy();
            let Ok(code) = crate::compiler::compile(&src, &name, crate::compiler::Mode::Exec) else { continue };
            let bytes = encode(&code);
            let back = decode(&bytes, &name).unwrap_or_else(|e| panic!("{name}: decode failed: {e}"));
            if let Err(e) = same_code(&code, &back) {
                panic!("{name}: {e}");
            }
            assert_eq!(encode(&back), bytes, "{name}: re-encoding differs");
            compiled += 1;
        }
        assert!(compiled >= 50 && compiled * 10 >= files.len() * 9, "only {compiled} of {} scripts compiled", files.len());
    }

    fn sample() -> Rc<Code> {
        let src = "import os\ndef f(a, *b, c=1, **d):\n    try:\n        return [x * 2 for x in b]\n    except ValueError as e:\n        return 1.5j, 10**30, b'x', ...\nclass C:\n    '''doc'''\n";
        crate::compiler::compile(src, "m.py", crate::compiler::Mode::Exec).expect("compiles")
    }

    const STAMP: SourceStamp = SourceStamp { mtime_secs: 1, mtime_nanos: 2, size: 3 };

    #[test]
    fn file_header_is_checked() {
        let code = sample();
        let file = write_file(&code, STAMP, 42);
        assert!(read_file(&file, STAMP, 42, "m.py").is_ok());
        assert!(read_file(&file, STAMP, 43, "m.py").unwrap_err().contains("another build"));
        let stale = SourceStamp { size: 4, ..STAMP };
        assert!(read_file(&file, stale, 42, "m.py").unwrap_err().contains("stale"));
        let mut bad = file.clone();
        bad[0] = b'X';
        assert!(read_file(&bad, STAMP, 42, "m.py").unwrap_err().contains("magic"));
    }

    #[test]
    fn every_truncation_and_byte_flip_is_an_error_not_a_panic() {
        let code = sample();
        let file = write_file(&code, STAMP, 7);
        for n in 0..file.len() {
            assert!(read_file(&file[..n], STAMP, 7, "m.py").is_err(), "truncated at {n} accepted");
        }
        for i in 0..file.len() {
            let mut bad = file.clone();
            bad[i] ^= 0x41;
            assert!(read_file(&bad, STAMP, 7, "m.py").is_err(), "flip at {i} accepted");
        }
        // Without the checksum, corrupt bodies must still decode to Err or valid code, never panic.
        let body = encode(&code);
        for i in 0..body.len() {
            for x in [0x01u8, 0x80, 0xff] {
                let mut bad = body.clone();
                bad[i] ^= x;
                let _ = decode(&bad, "m.py");
            }
            let _ = decode(&body[..i], "m.py");
        }
    }
}
