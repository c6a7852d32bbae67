//! The `hashlib` module: md5, sha1, the SHA-2 and SHA-3 families, and
//! blake2b/blake2s (default parameters), on the RustCrypto crates, and
//! SHAKE-128/256 on the `keccak` permutation. Hash
//! objects are `_hashlib.HASH` instances with `update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size` and `block_size`; also
//! `pbkdf2_hmac` (HMAC over any of them).

use std::sync::OnceLock;

use sha2::Digest;

use crate::error::PyResult;
use crate::object::exception::{not_implemented_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// Algorithm names, in `algorithms_guaranteed` order.
const NAMES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s",
    "shake_128", "shake_256",
];

/// A SHAKE extendable-output function (FIPS 202) on the Keccak-f[1600]
/// permutation: `rate` bytes are absorbed per permutation.
#[derive(Clone)]
pub(crate) struct Shake {
    state: [u64; 25],
    rate: usize,
    /// Absorbed bytes not yet XORed into the state (less than `rate`).
    pending: Vec<u8>,
}

impl Shake {
    fn new(rate: usize) -> Shake {
        Shake { state: [0; 25], rate, pending: Vec::new() }
    }

    fn permute(state: &mut [u64; 25]) {
        keccak::Keccak::new().with_f1600(|f| f(state));
    }

    fn absorb_block(state: &mut [u64; 25], block: &[u8]) {
        for (i, lane) in block.chunks(8).enumerate() {
            let mut b = [0u8; 8];
            b[..lane.len()].copy_from_slice(lane);
            state[i] ^= u64::from_le_bytes(b);
        }
        Self::permute(state);
    }

    /// Feeds `data`.
    pub(crate) fn update(&mut self, data: &[u8]) {
        self.pending.extend_from_slice(data);
        let full = self.pending.len() / self.rate * self.rate;
        for block in self.pending[..full].chunks(self.rate) {
            Self::absorb_block(&mut self.state, block);
        }
        self.pending.drain(..full);
    }

    /// The first `n` output bytes (the object itself is not changed).
    fn read(&self, n: usize) -> Vec<u8> {
        let mut state = self.state;
        let mut last = self.pending.clone();
        last.resize(self.rate, 0);
        last[self.pending.len()] ^= 0x1f;
        last[self.rate - 1] ^= 0x80;
        Self::absorb_block(&mut state, &last);
        let mut out = Vec::with_capacity(n);
        loop {
            for lane in state.iter().take(self.rate / 8) {
                for b in lane.to_le_bytes() {
                    if out.len() == n {
                        return out;
                    }
                    out.push(b);
                }
            }
            if out.len() == n {
                return out;
            }
            Self::permute(&mut state);
        }
    }
}

/// A running hash computation.
#[derive(Clone)]
pub(crate) enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
    Shake128(Shake),
    Shake256(Shake),
}

/// Runs `$e` with `$h` bound to the inner fixed-size hasher, or `$x` with
/// `$s` bound to the SHAKE state.
macro_rules! each {
    ($self:expr, $h:ident => $e:expr, $s:ident => $x:expr) => {
        match $self {
            Hasher::Md5($h) => $e,
            Hasher::Sha1($h) => $e,
            Hasher::Sha224($h) => $e,
            Hasher::Sha256($h) => $e,
            Hasher::Sha384($h) => $e,
            Hasher::Sha512($h) => $e,
            Hasher::Sha3_224($h) => $e,
            Hasher::Sha3_256($h) => $e,
            Hasher::Sha3_384($h) => $e,
            Hasher::Sha3_512($h) => $e,
            Hasher::Blake2b($h) => $e,
            Hasher::Blake2s($h) => $e,
            Hasher::Shake128($s) | Hasher::Shake256($s) => $x,
        }
    };
}

impl Hasher {
    /// A fresh hasher for an algorithm name (`sha256`, ...).
    pub(crate) fn by_name(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(Default::default()),
            "sha1" => Hasher::Sha1(Default::default()),
            "sha224" => Hasher::Sha224(Default::default()),
            "sha256" => Hasher::Sha256(Default::default()),
            "sha384" => Hasher::Sha384(Default::default()),
            "sha512" => Hasher::Sha512(Default::default()),
            "sha3_224" => Hasher::Sha3_224(Default::default()),
            "sha3_256" => Hasher::Sha3_256(Default::default()),
            "sha3_384" => Hasher::Sha3_384(Default::default()),
            "sha3_512" => Hasher::Sha3_512(Default::default()),
            "blake2b" => Hasher::Blake2b(Default::default()),
            "blake2s" => Hasher::Blake2s(Default::default()),
            "shake_128" => Hasher::Shake128(Shake::new(168)),
            "shake_256" => Hasher::Shake256(Shake::new(136)),
            _ => return None,
        })
    }

    /// The algorithm name.
    pub(crate) fn name(&self) -> &'static str {
        let i = match self {
            Hasher::Md5(_) => 0,
            Hasher::Sha1(_) => 1,
            Hasher::Sha224(_) => 2,
            Hasher::Sha256(_) => 3,
            Hasher::Sha384(_) => 4,
            Hasher::Sha512(_) => 5,
            Hasher::Sha3_224(_) => 6,
            Hasher::Sha3_256(_) => 7,
            Hasher::Sha3_384(_) => 8,
            Hasher::Sha3_512(_) => 9,
            Hasher::Blake2b(_) => 10,
            Hasher::Blake2s(_) => 11,
            Hasher::Shake128(_) => 12,
            Hasher::Shake256(_) => 13,
        };
        NAMES[i]
    }

    /// The internal block size in bytes.
    pub(crate) fn block_size(&self) -> usize {
        match self {
            Hasher::Sha384(_) | Hasher::Sha512(_) | Hasher::Blake2b(_) => 128,
            Hasher::Sha3_224(_) => 144,
            Hasher::Shake128(_) => 168,
            Hasher::Shake256(_) => 136,
            Hasher::Sha3_256(_) => 136,
            Hasher::Sha3_384(_) => 104,
            Hasher::Sha3_512(_) => 72,
            _ => 64,
        }
    }

    /// Feeds `data`.
    pub(crate) fn update(&mut self, data: &[u8]) {
        each!(self, h => Digest::update(h, data), s => s.update(data))
    }

    /// The digest; `len` bytes for SHAKE (ignored by the fixed-size hashes).
    fn digest_len(&self, len: usize) -> Vec<u8> {
        each!(self, h => h.clone().finalize().to_vec(), s => s.read(len))
    }

    /// The digest so far (fixed-size hashes).
    pub(crate) fn digest(&self) -> Vec<u8> {
        self.digest_len(0)
    }

    /// Whether this is an extendable-output function (SHAKE).
    pub(crate) fn is_xof(&self) -> bool {
        matches!(self, Hasher::Shake128(_) | Hasher::Shake256(_))
    }

    /// The digest size in bytes (0 for SHAKE).
    pub(crate) fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) | Hasher::Sha3_224(_) => 28,
            Hasher::Sha256(_) | Hasher::Sha3_256(_) | Hasher::Blake2s(_) => 32,
            Hasher::Sha384(_) | Hasher::Sha3_384(_) => 48,
            Hasher::Sha512(_) | Hasher::Sha3_512(_) | Hasher::Blake2b(_) => 64,
            Hasher::Shake128(_) | Hasher::Shake256(_) => 0,
        }
    }
}

struct HashState(Hasher);

impl NativeState for HashState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The bytes of a hash input: bytes-like objects only, with CPython's messages.
pub(crate) fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    if as_str(v).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    crate::types::bytes::bytes_of(v).ok_or_else(|| type_error("object supporting the buffer API required"))
}

/// Runs `f` on the hasher inside a `_hashlib.HASH` object.
pub(crate) fn with_hash<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Hasher) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with_mut::<HashState, R>(|h| f(&mut h.0))) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor requires a '_hashlib.HASH' object but received a '{}'", vm.type_name(v)))),
    }
}

static INSTALLED: OnceLock<()> = OnceLock::new();

fn hash_type() -> Value {
    INSTALLED.get_or_init(|| {
        let ty = new_builtin_subtype::<StateData>("HASH", "_hashlib.HASH", "_hashlib", &t().object, 0);
        add_method(&ty, "update", h_update, BuiltinKind::Method);
        add_method(&ty, "digest", h_digest, BuiltinKind::Method);
        add_method(&ty, "hexdigest", h_hexdigest, BuiltinKind::Method);
        add_method(&ty, "copy", h_copy, BuiltinKind::Method);
        add_method(&ty, "__repr__", h_repr, BuiltinKind::Method);
        add_getset(&ty, "name", g_name, None);
        add_getset(&ty, "digest_size", g_digest_size, None);
        add_getset(&ty, "block_size", g_block_size, None);
        let xof = new_builtin_subtype::<StateData>("HASHXOF", "_hashlib.HASHXOF", "_hashlib", &ty, 0);
        add_method(&xof, "digest", x_digest, BuiltinKind::Method);
        add_method(&xof, "hexdigest", x_hexdigest, BuiltinKind::Method);
    });
    t().named("_hashlib.HASH")
}

fn new_hash(h: Hasher) -> Value {
    let ty = hash_type();
    let ty = if h.is_xof() { t().named("_hashlib.HASHXOF") } else { ty };
    alloc(&ty, StateData::new(HashState(h)), None)
}

/// The `length` argument of the SHAKE digests.
fn xof_length(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, usize)> {
    let a = args.parser(name).bind(&["self", "length"], 1)?;
    let obj = a[0].clone().unwrap_or_else(|| vm.none());
    let Some(len) = a[1].clone() else {
        return Err(type_error(format!("{}() missing required argument 'length' (pos 1)", name)));
    };
    let n = vm.index_to_i64(&len, "length")?;
    if n < 0 {
        return Err(crate::object::exception::system_error("Negative size passed to PyBytes_FromStringAndSize"));
    }
    if n > 1 << 32 {
        return Err(crate::object::exception::overflow_error("digest length is too large"));
    }
    Ok((obj, n as usize))
}

fn x_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, n) = xof_length(vm, &args, "digest")?;
    let d = with_hash(vm, &obj, |h| h.digest_len(n))?;
    Ok(vm.bytes(d))
}

fn x_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, n) = xof_length(vm, &args, "hexdigest")?;
    let d = with_hash(vm, &obj, |h| h.digest_len(n))?;
    Ok(vm.str(hex(&d)))
}

fn h_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("HASH.update").positional(2, 2).map_err(|_| {
        type_error(format!("HASH.update() takes exactly one argument ({} given)", args.all.len().saturating_sub(1)))
    })?;
    let data = data_of(&p[1])?;
    with_hash(vm, &p[0], |h| h.update(&data))?;
    Ok(vm.none())
}

fn no_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let p = args.pos();
    if p.len() != 1 || args.has_kwargs() {
        return Err(type_error(format!("HASH.{}() takes no arguments ({} given)", name, args.all.len().saturating_sub(1))));
    }
    Ok(&p[0])
}

fn h_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "digest")?;
    let d = with_hash(vm, s, |h| h.digest())?;
    Ok(vm.bytes(d))
}

fn h_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "hexdigest")?;
    let d = with_hash(vm, s, |h| h.digest())?;
    Ok(vm.str(hex(&d)))
}

fn h_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "copy")?;
    let h = with_hash(vm, s, |h| h.clone())?;
    Ok(new_hash(h))
}

fn h_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "__repr__")?;
    let name = with_hash(vm, s, |h| h.name())?;
    let id = crate::builtins::reflect::id_of(s);
    Ok(vm.str(format!("<{} _hashlib.HASH object @ {:#x}>", name, id)))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_hash(vm, v, |h| h.name())?;
    Ok(vm.str(n))
}

fn g_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_hash(vm, v, |h| h.digest_size())?;
    Ok(vm.int(n as i64))
}

fn g_block_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_hash(vm, v, |h| h.block_size())?;
    Ok(vm.int(n as i64))
}

/// Lower-case hex of `d`.
pub fn hex(d: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// A new hash object for `name`, fed `data` if given (not None).
fn start(vm: &mut Vm, name: &str, data: Option<&Value>) -> PyResult<Value> {
    let mut h = Hasher::by_name(name).ok_or_else(|| value_error(format!("unsupported hash type {}", name)))?;
    if let Some(d) = data.filter(|d| !vm.is_none(d)) {
        h.update(&data_of(d)?);
    }
    Ok(new_hash(h))
}

/// The optional data argument of a named constructor (`md5(string=b'')`),
/// accepting the keyword-only `usedforsecurity` flag.
fn ctor(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Value> {
    let fname = format!("openssl_{}", name);
    let p = args.pos();
    if p.len() > 1 {
        return Err(type_error(format!("{}() takes at most 1 positional argument ({} given)", fname, p.len())));
    }
    let mut data = p.first().cloned();
    for (k, v) in args.kwargs() {
        match k {
            "string" if data.is_none() => data = Some(v.clone()),
            "string" => return Err(type_error(format!("argument for {}() given by name ('string') and position (1)", fname))),
            "usedforsecurity" => {}
            _ if name.starts_with("blake2") => {
                return Err(not_implemented_error(format!("hashlib.{}(): parameter '{}' is not supported", name, k)))
            }
            _ => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname))),
        }
    }
    start(vm, name, data.as_ref())
}

macro_rules! ctors {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { ctor(vm, args, $name) })*
        const CTORS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

ctors! {
    c_md5 => "md5", c_sha1 => "sha1", c_sha224 => "sha224", c_sha256 => "sha256",
    c_sha384 => "sha384", c_sha512 => "sha512", c_sha3_224 => "sha3_224",
    c_sha3_256 => "sha3_256", c_sha3_384 => "sha3_384", c_sha3_512 => "sha3_512",
    c_blake2b => "blake2b", c_blake2s => "blake2s",
    c_shake_128 => "shake_128", c_shake_256 => "shake_256",
}

/// `hashlib.new(name, data=b'', **kwargs)`
fn h_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let mut name = p.first().cloned();
    let mut data = p.get(1).cloned();
    if p.len() > 2 {
        return Err(type_error(format!("__hash_new() takes from 1 to 2 positional arguments but {} were given", p.len())));
    }
    for (k, v) in args.kwargs() {
        match k {
            "name" if name.is_none() => name = Some(v.clone()),
            "data" | "string" if data.is_none() => data = Some(v.clone()),
            "usedforsecurity" => {}
            _ => return Err(type_error(format!("__hash_new() got an unexpected keyword argument '{}'", k))),
        }
    }
    let Some(name) = name else {
        return Err(type_error("__hash_new() missing 1 required positional argument: 'name'"));
    };
    let Some(n) = as_str(&name) else {
        return Err(type_error("name must be a string"));
    };
    let lower = n.to_ascii_lowercase();
    let key = if Hasher::by_name(n).is_some() { n } else { lower.as_str() };
    if Hasher::by_name(key).is_none() {
        return Err(value_error(format!("unsupported hash type {}", n)));
    }
    start(vm, key, data.as_ref())
}

/// HMAC state for `hash`: the inner and outer hashers after the keyed pad.
pub(crate) fn hmac_keyed(proto: &Hasher, key: &[u8]) -> (Hasher, Hasher) {
    let block = proto.block_size();
    let mut k = if key.len() > block {
        let mut h = proto.clone();
        h.update(key);
        h.digest()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = proto.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = proto.clone();
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac(keyed: &(Hasher, Hasher), msg: &[u8]) -> Vec<u8> {
    let mut i = keyed.0.clone();
    i.update(msg);
    let mut o = keyed.1.clone();
    o.update(&i.digest());
    o.digest()
}

/// PBKDF2 (RFC 8018) with HMAC over `proto`.
fn pbkdf2(proto: &Hasher, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let keyed = hmac_keyed(proto, password);
    let mut out = Vec::with_capacity(dklen);
    let mut block_index = 1u32;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac(&keyed, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(&keyed, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block_index += 1;
    }
    out
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`
fn h_pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("pbkdf2_hmac").bind(&["hash_name", "password", "salt", "iterations", "dklen"], 4)?;
    let none = vm.none();
    let name_v = a[0].clone().unwrap_or_else(|| none.clone());
    let Some(name) = as_str(&name_v) else {
        return Err(type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", vm.type_name(&name_v))));
    };
    let password = crate::stdlib::binascii::buffer_arg(vm, a[1].as_ref().unwrap_or(&none))?;
    let salt = crate::stdlib::binascii::buffer_arg(vm, a[2].as_ref().unwrap_or(&none))?;
    let iterations = vm.index_to_i64(a[3].as_ref().unwrap_or(&none), "iterations")?;
    let proto = Hasher::by_name(&name.to_ascii_lowercase())
        .filter(|h| !h.is_xof())
        .ok_or_else(|| value_error(format!("unsupported hash type {}", name)))?;
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    let dklen = match a[4].as_ref().filter(|v| !vm.is_none(v)) {
        Some(v) => vm.index_to_i64(v, "dklen")?,
        None => proto.digest_size() as i64,
    };
    if dklen < 1 {
        return Err(value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(crate::object::exception::overflow_error("key length is too great."));
    }
    let key = pbkdf2(&proto, &password, &salt, iterations as u64, dklen as usize);
    Ok(vm.bytes(key))
}

/// Creates the `hashlib` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let ty = hash_type();
    let m = crate::vm::import::new_module(vm, "hashlib");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("dict expected"))?;
    for (name, f) in CTORS {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    let v = vm.builtin_fn("new", h_new);
    dd.set_str(vm.name("new"), v);
    let v = vm.builtin_fn("pbkdf2_hmac", h_pbkdf2_hmac);
    dd.set_str(vm.name("pbkdf2_hmac"), v);
    let _ = ty;
    for set_name in ["algorithms_guaranteed", "algorithms_available"] {
        let set = vm.set();
        if let Some(sd) = set.downcast::<SetData>() {
            for n in NAMES {
                let s = vm.str(*n);
                sd.add(vm, s)?;
            }
        }
        dd.set_str(vm.name(set_name), set);
    }
    Ok(m)
}
