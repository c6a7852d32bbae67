//! Native integer and sequence methods of `random.Random`:
//! `_randbelow_with_getrandbits`, `randrange`, `randint`, `randbytes`,
//! `choice`, `shuffle`, `sample` and `choices`.
//!
//! Each draws exactly the 32-bit words CPython 3.11 draws for the same
//! arguments (`_randbelow` rejection sampling on `n.bit_length()` bits, the
//! two `sample` algorithms chosen by CPython's size rule, `choices`' floor and
//! bisect). Argument shapes outside the fast paths, and generators whose
//! helpers are overridden, go to the Python implementation (`random_fast`).

use std::collections::HashSet;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

use super::random::with_mt;
use super::random_fast::{exact, fallback, flag, plain, real, small, MAX_K};

/// An int from an i128.
fn int128(vm: &Vm, v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => vm.int(i),
        Err(_) => vm.bigint(BigInt::from(v)),
    }
}

/// The value of an exact int (not bool or a subclass).
fn exact_int(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if exact(v, &t().int) {
        return v.downcast::<IntData>().map(|d| d.0.clone());
    }
    None
}

/// Python's floor division of i128s (`b != 0`).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `_randbelow(n)` on a generator known to be plain, `n >= 1`.
fn below(vm: &mut Vm, obj: &Value, n: u64) -> PyResult<u64> {
    with_mt(vm, obj, |m| m.below(n))
}

/// `_randbelow_with_getrandbits(self, n)`.
pub(super) fn m_randbelow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() && plain(vm, &p[0], flag::GETRANDBITS) {
        if let Some(n) = exact_int(&p[1]).filter(|n| n.is_positive()) {
            if let Some(n64) = n.to_u64() {
                let r = below(vm, &p[0], n64)?;
                return Ok(int128(vm, r as i128));
            }
            let r = with_mt(vm, &p[0], |m| m.below_big(&n))?;
            return Ok(vm.bigint(r));
        }
    }
    fallback(vm, "_randbelow_with_getrandbits", args)
}

/// `randrange` with exact int arguments that fit an i64 (`stop` None: the
/// one-argument form).
fn randrange_small(vm: &mut Vm, obj: &Value, start: i64, stop: Option<i64>, step: i64) -> PyResult<Value> {
    let Some(stop) = stop else {
        if step != 1 {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if start > 0 {
            let r = below(vm, obj, start as u64)?;
            return Ok(vm.int(r as i64));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let width = stop as i128 - start as i128;
    if step == 1 {
        if width > 0 {
            let r = below(vm, obj, width as u64)?;
            return Ok(int128(vm, start as i128 + r as i128));
        }
        return Err(value_error(format!("empty range for randrange() ({start}, {stop}, {width})")));
    }
    let st = step as i128;
    let n = match step {
        0 => return Err(value_error("zero step for randrange()")),
        s if s > 0 => floor_div(width + st - 1, st),
        _ => floor_div(width + st + 1, st),
    };
    if n <= 0 {
        return Err(value_error("empty range for randrange()"));
    }
    let r = below(vm, obj, n as u64)?;
    Ok(int128(vm, start as i128 + st * r as i128))
}

/// `randrange(self, start, stop=None, step=1)`.
pub(super) fn m_randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if !args.has_kwargs() && (2..=4).contains(&p.len()) && plain(vm, &p[0], flag::RANDBELOW) {
        let stop = match p.get(2) {
            Some(v) if !vm.is_none(v) => small(v).map(Some),
            _ => Some(None),
        };
        let step = p.get(3).map_or(Some(1), small);
        if let (Some(a), Some(b), Some(s)) = (small(&p[1]), stop, step) {
            return randrange_small(vm, &p[0], a, b, s);
        }
    }
    fallback(vm, "randrange", args)
}

/// `randint(self, a, b)`: `randrange(a, b + 1)`.
pub(super) fn m_randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 3 && !args.has_kwargs() && plain(vm, &p[0], flag::RANDRANGE) {
        if let (Some(a), Some(b)) = (small(&p[1]), small(&p[2]).and_then(|b| b.checked_add(1))) {
            return randrange_small(vm, &p[0], a, Some(b), 1);
        }
    }
    fallback(vm, "randint", args)
}

/// `randbytes(self, n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
pub(super) fn m_randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() && plain(vm, &p[0], flag::GETRANDBITS) {
        if let Some(n) = small(&p[1]).filter(|n| (0..=i32::MAX as i64 / 8).contains(n)) {
            if n == 0 {
                return Ok(vm.bytes(Vec::new()));
            }
            let words = with_mt(vm, &p[0], |m| m.bits_words(n as u64 * 8))?;
            let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
            out.truncate(n as usize);
            return Ok(vm.bytes(out));
        }
    }
    fallback(vm, "randbytes", args)
}

/// The length of an exact list or tuple.
fn direct_len(v: &Value) -> Option<usize> {
    let r = t();
    if exact(v, &r.list) {
        return v.downcast::<ListData>().map(|l| l.0.borrow().len());
    }
    if exact(v, &r.tuple) {
        return v.downcast::<TupleData>().map(|tp| tp.0.len());
    }
    None
}

/// `seq[i]` for `i < len(seq)`, directly for exact lists, tuples and
/// ranges of inline ints.
fn item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    let r = t();
    if exact(seq, &r.list) {
        if let Some(v) = seq.downcast::<ListData>().and_then(|l| l.0.borrow().get(i).cloned()) {
            return Ok(v);
        }
    } else if exact(seq, &r.tuple) {
        if let Some(v) = seq.downcast::<TupleData>().and_then(|tp| tp.0.get(i).cloned()) {
            return Ok(v);
        }
    } else if let Some(rd) = seq.downcast::<RangeData>() {
        if let (Some(a), Some(s)) = (small(&rd.start), small(&rd.step)) {
            return Ok(int128(vm, a as i128 + s as i128 * i as i128));
        }
    }
    let key = vm.int(i as i64);
    vm.getitem(seq, &key)
}

/// `choice(self, seq)`.
pub(super) fn m_choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || args.has_kwargs() || !plain(vm, &p[0], flag::RANDBELOW) {
        return fallback(vm, "choice", args);
    }
    let (obj, seq) = (&p[0], &p[1]);
    let n = match direct_len(seq) {
        Some(n) => n,
        None => {
            // CPython asks len() twice: once for the emptiness test.
            if vm.len(seq)? == 0 {
                return Err(index_error("Cannot choose from an empty sequence"));
            }
            vm.len(seq)?
        }
    };
    if n == 0 {
        if direct_len(seq).is_some() {
            return Err(index_error("Cannot choose from an empty sequence"));
        }
        // A __len__ that changed its mind: CPython's _randbelow(0) spins.
        let zero = vm.int(0);
        return fallback(vm, "_randbelow_with_getrandbits", Args::positional(&[obj.clone(), zero]));
    }
    let i = below(vm, obj, n as u64)? as usize;
    item(vm, seq, i)
}

/// `shuffle(self, x)`: Fisher-Yates from the end, `x[i], x[j] = x[j], x[i]`.
pub(super) fn m_shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || args.has_kwargs() || !plain(vm, &p[0], flag::RANDBELOW) {
        return fallback(vm, "shuffle", args);
    }
    let (obj, x) = (&p[0], &p[1]);
    if exact(x, &t().list) {
        let list = x.downcast::<ListData>().expect("list");
        if let Ok(mut items) = list.0.try_borrow_mut() {
            with_mt(vm, obj, |m| {
                for i in (1..items.len()).rev() {
                    let j = m.below(i as u64 + 1) as usize;
                    items.swap(i, j);
                }
            })?;
            return Ok(vm.none());
        }
    }
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = below(vm, obj, i as u64 + 1)?;
        let (ki, kj) = (vm.int(i as i64), vm.int(j as i64));
        let a = vm.getitem(x, &kj)?;
        let b = vm.getitem(x, &ki)?;
        vm.setitem(x, ki, a)?;
        vm.setitem(x, kj, b)?;
    }
    Ok(vm.none())
}

/// `sample(self, population, k, *, counts=None)`.
pub(super) fn m_sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let mut k = p.get(2).cloned();
    let mut ok = (2..=3).contains(&p.len());
    for (name, v) in args.kwargs() {
        match name {
            "k" if k.is_none() => k = Some(v.clone()),
            "counts" if vm.is_none(v) => {}
            _ => ok = false,
        }
    }
    if ok {
        if let Some(k) = k.as_ref().and_then(small).filter(|k| *k <= MAX_K) {
            if plain(vm, &p[0], flag::RANDBELOW) {
                if let Some(r) = sample_fast(vm, &p[0], &p[1], k)? {
                    return Ok(r);
                }
            }
        }
    }
    fallback(vm, "sample", args)
}

/// CPython's choice between the two algorithms: a partial shuffle of a copy
/// when an `n`-list is smaller than a `k`-set, else rejection of repeats.
fn pool_limit(k: usize) -> usize {
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize = setsize.saturating_add(4usize.saturating_pow(e.ceil() as u32));
    }
    setsize
}

/// `sample` of an exact list, tuple, range or str; None for other types.
fn sample_fast(vm: &mut Vm, obj: &Value, pop: &Value, k: i64) -> PyResult<Option<Value>> {
    let r = t();
    let n = match direct_len(pop) {
        Some(n) => n,
        None if exact(pop, &r.range) || exact(pop, &r.str_) => vm.len(pop)?,
        None => return Ok(None),
    };
    if k < 0 || k as usize > n {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let picks: Vec<usize> = with_mt(vm, obj, |m| {
        if n <= pool_limit(k) {
            let mut pool: Vec<usize> = (0..n).collect();
            (0..k)
                .map(|i| {
                    let j = m.below((n - i) as u64) as usize;
                    let v = pool[j];
                    pool[j] = pool[n - i - 1];
                    v
                })
                .collect()
        } else {
            let mut seen = HashSet::with_capacity(k);
            (0..k)
                .map(|_| {
                    let mut j = m.below(n as u64);
                    while !seen.insert(j) {
                        j = m.below(n as u64);
                    }
                    j as usize
                })
                .collect()
        }
    })?;
    let mut out = Vec::with_capacity(k);
    for i in picks {
        out.push(item(vm, pop, i)?);
    }
    Ok(Some(vm.list(out)))
}

/// `choices(self, population, weights=None, *, cum_weights=None, k=1)`.
pub(super) fn m_choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if (2..=3).contains(&p.len()) && plain(vm, &p[0], flag::RANDOM) {
        let none = |vm: &Vm, v: Option<Value>| v.filter(|v| !vm.is_none(v));
        let (mut weights, mut cum, mut k, mut ok) = (p.get(2).cloned(), None, Some(1), true);
        for (name, v) in args.kwargs() {
            match name {
                "weights" if p.len() == 2 => weights = Some(v.clone()),
                "cum_weights" => cum = Some(v.clone()),
                "k" => k = small(v).filter(|k| *k <= MAX_K),
                _ => ok = false,
            }
        }
        let (weights, cum) = (none(vm, weights), none(vm, cum));
        if let (true, Some(k), Some(n)) = (ok, k, population_len(vm, &p[1])?) {
            let (obj, pop) = (&p[0], &p[1]);
            match (weights, cum) {
                (None, None) => return choices_uniform(vm, obj, pop, n, k),
                (Some(w), None) if !vm.is_int(&w) => {
                    // CPython: cum_weights = list(accumulate(weights)); the
                    // rest is the cum_weights path.
                    let cum = accumulate(vm, &w)?;
                    if let Some(c) = reals(&cum) {
                        return choices_weighted(vm, obj, pop, n, &c, k);
                    }
                    let (cum, kv) = (vm.list(cum), vm.int(k));
                    let all = [obj.clone(), pop.clone(), cum, kv];
                    let names = [vm.name("cum_weights"), vm.name("k")];
                    return fallback(vm, "choices", Args { all: &all, kwnames: &names });
                }
                (None, Some(c)) => {
                    // (An empty one goes to Python for its IndexError text.)
                    if let Some(c) = items_of(&c).filter(|cs| !cs.is_empty()).and_then(|cs| reals(&cs)) {
                        return choices_weighted(vm, obj, pop, n, &c, k);
                    }
                }
                _ => {}
            }
        }
    }
    fallback(vm, "choices", args)
}

/// `len(population)` for the populations the fast paths index directly
/// (exact list, tuple, range, str); None for others.
fn population_len(vm: &mut Vm, pop: &Value) -> PyResult<Option<usize>> {
    let r = t();
    Ok(match direct_len(pop) {
        Some(n) => Some(n),
        None if exact(pop, &r.range) || exact(pop, &r.str_) => Some(vm.len(pop)?),
        None => None,
    })
}

/// `itertools.accumulate(weights)` (running `+`) as a list.
fn accumulate(vm: &mut Vm, weights: &Value) -> PyResult<Vec<Value>> {
    let it = vm.iter(weights)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(w) = vm.next(&it)? {
        let next = match out.last() {
            Some(acc) => {
                let acc = acc.clone();
                vm.binary_op(&acc, &w, crate::bytecode::BinaryOp::Add, false)?
            }
            None => w,
        };
        out.push(next);
    }
    Ok(out)
}

/// Cumulative weights as doubles when they are exact floats or ints below
/// 2**52 (compared exactly with the float draws, as Python does).
fn reals(cum: &[Value]) -> Option<Vec<f64>> {
    cum.iter().map(real).collect()
}

/// The items of an exact list or tuple.
fn items_of(v: &Value) -> Option<Vec<Value>> {
    let r = t();
    if exact(v, &r.list) {
        return v.downcast::<ListData>().map(|l| l.0.borrow().clone());
    }
    if exact(v, &r.tuple) {
        return v.downcast::<TupleData>().map(|tp| tp.0.to_vec());
    }
    None
}

/// `choices` with no weights: `population[floor(random() * n)]`, `k` times.
fn choices_uniform(vm: &mut Vm, obj: &Value, pop: &Value, n: usize, k: i64) -> PyResult<Value> {
    let k = k.max(0) as usize;
    let mut out = Vec::with_capacity(k);
    if n == 0 {
        // The first pick fails (index 0 of an empty sequence).
        for _ in 0..k {
            let i = with_mt(vm, obj, |m| (m.random() * 0.0).floor())? as i64;
            let key = vm.int(i);
            out.push(vm.getitem(pop, &key)?);
        }
        return Ok(vm.list(out));
    }
    let nf = n as f64;
    let picks: Vec<usize> = with_mt(vm, obj, |m| (0..k).map(|_| ((m.random() * nf).floor() as usize).min(n - 1)).collect())?;
    for i in picks {
        out.push(item(vm, pop, i)?);
    }
    Ok(vm.list(out))
}

/// `choices` from cumulative weights (the checks CPython makes before it
/// draws, then `bisect(cum_weights, random() * total, 0, n - 1)` per pick).
fn choices_weighted(vm: &mut Vm, obj: &Value, pop: &Value, n: usize, cum: &[f64], k: i64) -> PyResult<Value> {
    if cum.len() != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let Some(&last) = cum.last() else {
        return Err(index_error("list index out of range"));
    };
    let total = last + 0.0;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let k = k.max(0) as usize;
    let hi = n - 1;
    let picks: Vec<usize> = with_mt(vm, obj, |m| {
        (0..k)
            .map(|_| {
                let x = m.random() * total;
                let (mut lo, mut h) = (0usize, hi);
                while lo < h {
                    let mid = (lo + h) / 2;
                    if x < cum[mid] {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                lo
            })
            .collect()
    })?;
    let mut out = Vec::with_capacity(k);
    for i in picks {
        out.push(item(vm, pop, i)?);
    }
    Ok(vm.list(out))
}
