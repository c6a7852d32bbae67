//! The `_random` module: the Mersenne Twister core type `_random.Random`,
//! bit-exact with CPython (`init_by_array` seeding from ints, str and bytes,
//! `random()`, `getrandbits`, `getstate`/`setstate`). The `random` module
//! on top of it is Python source (`pysrc/random.py`) whose hot methods are
//! native: `random_ints.rs`, `random_dists.rs` (dispatch: `random_fast.rs`),
//! exported here as `_random._native_methods`.

use std::sync::OnceLock;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::registry::{add_method, new_builtin_subtype, t};
use crate::object::*;
use crate::vm::Vm;

use super::random_dists as dists;
use super::random_fast::{set_fallbacks, HOLDER};
use super::random_ints as ints;
use super::random_sha::sha512;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state, as in CPython's `_randommodule.c`, plus the cached
/// override check of the native `random.Random` methods.
pub(super) struct Mt {
    state: [u32; N],
    index: usize,
    /// Which native fast paths apply to the instance (see `random_fast`).
    pub(super) plain: super::random_fast::PlainCache,
}

impl NativeState for Mt {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt { state: [0; N], index: N + 1, plain: Default::default() };
        m.init_genrand(19_650_218);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        let mut k = N.max(klen);
        while k > 0 {
            let prev = mt[i - 1];
            let kj = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(kj).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    /// The next 32-bit output word.
    pub(super) fn genrand(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a float in [0, 1) from two words (53 bits).
    pub(super) fn random(&mut self) -> f64 {
        let a = self.genrand() >> 5;
        let b = self.genrand() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `1 <= k <= 64`.
    #[inline]
    pub(super) fn bits64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            (self.genrand() >> (32 - k)) as u64
        } else {
            let lo = self.genrand() as u64;
            let hi = (self.genrand() >> (64 - k)) as u64;
            lo | (hi << 32)
        }
    }

    /// `_randbelow_with_getrandbits(n)` for `n >= 1`: draws `n.bit_length()`
    /// bits until the value is below `n`.
    #[inline]
    pub(super) fn below(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `getrandbits(k)` for `k >= 1` as little-endian 32-bit words.
    pub(super) fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }

    /// `_randbelow_with_getrandbits(n)` for a positive big `n`.
    pub(super) fn below_big(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = BigInt::from_slice(Sign::Plus, &self.bits_words(k));
            if &r < n {
                return r;
            }
        }
    }

    fn seed_bigint(&mut self, n: &BigInt) {
        let (_, words) = n.abs().to_u32_digits();
        if words.is_empty() {
            self.init_by_array(&[0]);
        } else {
            self.init_by_array(&words);
        }
    }

    fn seed_entropy(&mut self) {
        let mut key = vec![0u32; N];
        if let Some(bytes) = urandom(N * 4) {
            for (i, c) in bytes.chunks(4).enumerate() {
                key[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            }
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let pid = std::process::id();
            let ns = now.as_nanos();
            self.init_by_array(&[ns as u32, (ns >> 32) as u32, (ns >> 64) as u32, pid]);
        }
    }
}

/// `n` bytes from the OS entropy source, if available.
fn urandom(n: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open("/dev/urandom").ok()?;
    let mut buf = vec![0u8; n];
    f.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// Runs `f` on the generator of `v` (a `_random.Random` instance).
pub(super) fn with_mt<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with_mut::<Mt, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor requires a '_random.Random' object but received a '{}'", vm.type_name(v)))),
    }
}

/// Seeds `obj` from `arg` like CPython's `random_seed`.
fn do_seed(vm: &mut Vm, obj: &Value, arg: Option<&Value>) -> PyResult<()> {
    let arg = match arg {
        Some(a) if !vm.is_none(a) => a.clone(),
        _ => return with_mt(vm, obj, |m| m.seed_entropy()),
    };
    let n = if let Some(b) = crate::builtins::as_bigint(&arg).filter(|_| vm.is_int(&arg)) {
        b
    } else {
        let h = vm.hash(&arg)?;
        BigInt::from(h as u64)
    };
    with_mt(vm, obj, |m| m.seed_bigint(&n))
}

fn r_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = match p.first() {
        Some(c) => c.clone(),
        None => return Err(type_error("Random.__new__(): not enough arguments")),
    };
    let base = t().named("_random.Random");
    if !vm.is_subtype(&cls, &base) {
        return Err(type_error("Random.__new__(X): X is not a subtype of _random.Random"));
    }
    if cls.is(&base) && args.has_kwargs() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    Ok(alloc(&cls, StateData::new(Mt::new()), None))
}

fn r_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    if let Some(obj) = p.first() {
        do_seed(vm, obj, p.get(1))?;
    }
    Ok(vm.none())
}

fn r_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("seed").positional(1, 2)?;
    do_seed(vm, &p[0], p.get(1))?;
    Ok(vm.none())
}

fn r_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("random").positional(1, 1)?;
    let f = with_mt(vm, &p[0], |m| m.random())?;
    Ok(Value::float(f))
}

fn r_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getrandbits").positional(2, 2)?;
    let kb = crate::builtins::index_big(vm, &p[1])?;
    if kb.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = match kb.to_u64() {
        Some(k) if k <= (1u64 << 40) => k,
        _ => return Err(overflow_error("Python int too large to convert to C int")),
    };
    if k == 0 {
        return Ok(vm.int(0));
    }
    if k <= 32 {
        let r = with_mt(vm, &p[0], |m| m.genrand() >> (32 - k))?;
        return Ok(vm.int(r as i64));
    }
    let out = with_mt(vm, &p[0], |m| m.bits_words(k))?;
    let b = BigInt::from_slice(Sign::Plus, &out);
    Ok(match b.to_i64() {
        Some(i) => vm.int(i),
        None => vm.bigint(b),
    })
}

fn r_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getstate").positional(1, 1)?;
    let (st, idx) = with_mt(vm, &p[0], |m| (m.state, m.index))?;
    let mut items: Vec<Value> = st.iter().map(|x| vm.int(*x as i64)).collect();
    items.push(vm.int(idx as i64));
    Ok(vm.tuple(items))
}

fn r_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("setstate").positional(2, 2)?;
    let items = match p[1].downcast::<TupleData>() {
        Some(tp) => tp.0.to_vec(),
        None => return Err(type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut st = [0u32; N];
    let mut idx = 0i64;
    for (i, v) in items.iter().enumerate() {
        let b = match crate::builtins::as_bigint(v) {
            Some(b) => b,
            None => crate::builtins::index_big(vm, v)?,
        };
        if i < N {
            if b.is_negative() {
                return Err(overflow_error("can't convert negative value to unsigned int"));
            }
            let w = b.to_u64().ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?;
            st[i] = w as u32;
        } else {
            idx = b.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        }
    }
    if idx < 0 || idx > N as i64 {
        return Err(value_error("invalid state"));
    }
    with_mt(vm, &p[0], |m| {
        m.state = st;
        m.index = idx as usize;
    })?;
    Ok(vm.none())
}

/// `_random._sha512(data: bytes) -> bytes` (private helper for seeding).
fn r_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_sha512").positional(1, 1)?;
    let data: Vec<u8> = if let Some(b) = p[0].downcast::<BytesData>() {
        b.0.to_vec()
    } else if let Some(b) = p[0].downcast::<ByteArrayData>() {
        b.0.borrow().clone()
    } else {
        return Err(type_error("a bytes-like object is required"));
    };
    Ok(vm.bytes(sha512(&data).to_vec()))
}

/// `_random._urandom(n) -> bytes` (private helper for SystemRandom).
fn r_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("urandom").positional(1, 1)?;
    let n = vm.index_to_i64(&p[0], "n")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    match urandom(n as usize) {
        Some(b) => Ok(vm.bytes(b)),
        None => Err(crate::object::exception::not_implemented_error("random.SystemRandom: no OS entropy source")),
    }
}

/// `_random._index(x)`: `operator.index`.
fn r_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("index").positional(1, 1)?;
    if vm.is_int(&p[0]) && !p[0].is(&vm.bool(true)) && !p[0].is(&vm.bool(false)) {
        return Ok(p[0].clone());
    }
    let b = crate::builtins::index_big(vm, &p[0])?;
    Ok(match b.to_i64() {
        Some(i) => vm.int(i),
        None => vm.bigint(b),
    })
}

/// The methods of `random.Random` implemented natively (installed into the
/// Python class by `pysrc/random.py` from `_random._native_methods`).
const NATIVE_METHODS: &[(&str, NativeFn)] = &[
    ("_randbelow_with_getrandbits", ints::m_randbelow),
    ("randrange", ints::m_randrange),
    ("randint", ints::m_randint),
    ("randbytes", ints::m_randbytes),
    ("choice", ints::m_choice),
    ("shuffle", ints::m_shuffle),
    ("sample", ints::m_sample),
    ("choices", ints::m_choices),
    ("uniform", dists::m_uniform),
    ("triangular", dists::m_triangular),
    ("normalvariate", dists::m_normalvariate),
    ("gauss", dists::m_gauss),
    ("lognormvariate", dists::m_lognormvariate),
    ("expovariate", dists::m_expovariate),
    ("vonmisesvariate", dists::m_vonmisesvariate),
    ("gammavariate", dists::m_gammavariate),
    ("betavariate", dists::m_betavariate),
    ("paretovariate", dists::m_paretovariate),
    ("weibullvariate", dists::m_weibullvariate),
];

/// `_random._set_fallbacks(namespace)`: the dict holding the `_py_<name>`
/// Python implementations the native methods defer to.
fn r_set_fallbacks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_set_fallbacks").positional(1, 1)?;
    if p[0].downcast::<DictData>().is_none() {
        return Err(type_error("_set_fallbacks() argument must be a dict"));
    }
    set_fallbacks(p[0].clone());
    Ok(vm.none())
}

static INSTALLED: OnceLock<()> = OnceLock::new();

fn random_type() -> Value {
    INSTALLED.get_or_init(|| {
        let ty = new_builtin_subtype::<StateData>("Random", "_random.Random", "_random", &t().object, crate::object::typeobj::tflags::BASETYPE);
        add_method(&ty, "__new__", r_new, BuiltinKind::StaticMethod);
        add_method(&ty, "__init__", r_init, BuiltinKind::Method);
        add_method(&ty, "seed", r_seed, BuiltinKind::Method);
        add_method(&ty, "random", r_random, BuiltinKind::Method);
        add_method(&ty, "getrandbits", r_getrandbits, BuiltinKind::Method);
        add_method(&ty, "getstate", r_getstate, BuiltinKind::Method);
        add_method(&ty, "setstate", r_setstate, BuiltinKind::Method);
        let holder = new_builtin_subtype::<StateData>("Random", HOLDER, "random", &t().object, 0);
        for (name, f) in NATIVE_METHODS {
            crate::object::registry::add_method_of(&holder, &ty, name, *f, BuiltinKind::Method);
        }
    });
    t().named("_random.Random")
}

fn module_dict(m: &Value) -> Value {
    m.downcast::<ModuleData>().expect("module").dict.clone()
}

/// Creates the `_random` module.
pub fn make_core(vm: &mut Vm) -> PyResult<Value> {
    let ty = random_type();
    let m = crate::vm::import::new_module(vm, "_random");
    let d = module_dict(&m);
    let dd = d.downcast::<DictData>().expect("dict");
    dd.set_str(vm.name("Random"), ty);
    let holder = t().named(HOLDER);
    let methods = vm.dict();
    let md = methods.downcast::<DictData>().expect("dict");
    for (name, _) in NATIVE_METHODS {
        if let Some(f) = vm.type_lookup(&holder, name) {
            md.set_str(vm.name(name), f);
        }
    }
    dd.set_str(vm.name("_native_methods"), methods);
    let fns: &[(&'static str, NativeFn)] = &[("_sha512", r_sha512), ("_urandom", r_urandom), ("_index", r_index), ("_set_fallbacks", r_set_fallbacks)];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mt_matches_reference() {
        // CPython: random.seed(42); random.getrandbits(32)
        let mut m = Mt::new();
        m.seed_bigint(&BigInt::from(42));
        assert_eq!(m.genrand(), 2_746_317_213);
    }
}
