//! The combinatoric iterators: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`. Each keeps its pools and an index
//! vector; a step is pure Rust (no Python code runs after construction).

use super::{bind, cls_of, it_state, new_iter_type, new_obj, seq_items, st, ItIter, KwStyle};
use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

/// `product`: the distinct pools (position `i` uses `base[i % base.len()]`,
/// so `repeat` shares them), the current indices, whether the first tuple
/// was produced, and whether it is done.
struct Product {
    base: Vec<Vec<Value>>,
    indices: Vec<usize>,
    started: bool,
    stopped: bool,
}
it_state!(Product; base);

impl ItIter for Product {
    const TYPE: &'static str = "itertools.product";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let items = st(vm, this, |s: &mut Product| {
            if s.stopped {
                return None;
            }
            let nb = s.base.len().max(1);
            if !s.started {
                s.started = true;
                if s.base.iter().any(|p| p.is_empty()) {
                    s.stopped = true;
                    return None;
                }
            } else {
                // Odometer: advance the rightmost index, carrying leftwards.
                let mut i = s.indices.len();
                loop {
                    if i == 0 {
                        s.stopped = true;
                        return None;
                    }
                    i -= 1;
                    s.indices[i] += 1;
                    if s.indices[i] < s.base[i % nb].len() {
                        break;
                    }
                    s.indices[i] = 0;
                }
            }
            Some(s.indices.iter().enumerate().map(|(i, &k)| s.base[i % nb][k].clone()).collect::<Vec<_>>())
        })?;
        Ok(items.map(|v| vm.tuple(v)))
    }
}

fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.product")?;
    let mut repeat = 1i64;
    for (k, v) in args.kwargs() {
        if k != "repeat" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for product()")));
        }
        repeat = vm.index_to_i64(v, "repeat")?;
        if repeat < 0 {
            return Err(value_error("repeat argument cannot be negative"));
        }
    }
    let given = &args.pos()[1..];
    let given: &[Value] = if repeat == 0 { &[] } else { given };
    let npools = (given.len() as u64).saturating_mul(repeat as u64);
    if npools > (isize::MAX as u64) / 8 {
        return Err(overflow_error("repeat argument too large"));
    }
    let mut base = Vec::with_capacity(given.len());
    for g in given {
        base.push(seq_items(vm, g)?);
    }
    let mut indices = Vec::new();
    indices.try_reserve_exact(npools as usize).map_err(|_| crate::vm::numeric::memory_error())?;
    indices.resize(npools as usize, 0);
    Ok(new_obj(&cls, Product { base, indices, started: false, stopped: false }))
}

/// `permutations`: the pool, r, the index permutation, the cycle counters.
struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    stopped: bool,
}
it_state!(Permutations; pool);

impl Permutations {
    /// Moves to the next permutation; `false` when all were produced.
    fn advance(&mut self) -> bool {
        let n = self.pool.len();
        if n == 0 {
            return false;
        }
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // Rotate index i to the end and reset its counter.
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = n - self.cycles[i];
                self.indices.swap(i, j);
                return true;
            }
        }
        false
    }
}

impl ItIter for Permutations {
    const TYPE: &'static str = "itertools.permutations";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let items = st(vm, this, |s: &mut Permutations| {
            if s.stopped {
                return None;
            }
            if s.started && !s.advance() {
                s.stopped = true;
                return None;
            }
            s.started = true;
            Some(s.indices[..s.r].iter().map(|&k| s.pool[k].clone()).collect::<Vec<_>>())
        })?;
        Ok(items.map(|v| vm.tuple(v)))
    }
}

fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.permutations")?;
    let p = bind(&args, "permutations", &["iterable", "r"], 1, 2, KwStyle::Clinic)?;
    let pool = seq_items(vm, p[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = match p[1].as_ref().filter(|r| !vm.is_none(r)) {
        None => n,
        Some(r) => {
            if !vm.is_int(r) {
                return Err(type_error("Expected int as r"));
            }
            let r = vm.index_to_i64(r, "r")?;
            if r < 0 {
                return Err(value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    let stopped = r > n;
    Ok(new_obj(&cls, Permutations { pool, r, indices: (0..n).collect(), cycles, started: false, stopped }))
}

/// `combinations` and `combinations_with_replacement`: pool, r, the
/// current index vector, and whether indices may repeat.
struct Combinations {
    pool: Vec<Value>,
    indices: Vec<usize>,
    replace: bool,
    started: bool,
    stopped: bool,
}
it_state!(Combinations; pool);

impl Combinations {
    /// Moves to the next combination in lexicographic order; `false` at the end.
    fn advance(&mut self) -> bool {
        let (n, r) = (self.pool.len(), self.indices.len());
        let at_max = |i: usize, k: usize| if self.replace { k == n - 1 } else { k == i + n - r };
        let Some(i) = (0..r).rev().find(|&i| !at_max(i, self.indices[i])) else { return false };
        let k = self.indices[i] + 1;
        for (j, slot) in self.indices[i..].iter_mut().enumerate() {
            *slot = if self.replace { k } else { k + j };
        }
        true
    }
}

/// Both combination types run the same state machine under their own names.
struct Cwr(Combinations);

fn comb_next(s: &mut Combinations) -> Option<Vec<Value>> {
    if s.stopped {
        return None;
    }
    if s.started && !s.advance() {
        s.stopped = true;
        return None;
    }
    s.started = true;
    Some(s.indices.iter().map(|&k| s.pool[k].clone()).collect())
}

impl ItIter for Combinations {
    const TYPE: &'static str = "itertools.combinations";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let items = st(vm, this, comb_next)?;
        Ok(items.map(|v| vm.tuple(v)))
    }
}

impl crate::object::NativeState for Cwr {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.pool.iter().for_each(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        Some(<Cwr as ItIter>::next)
    }
}

impl ItIter for Cwr {
    const TYPE: &'static str = "itertools.combinations_with_replacement";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let items = st(vm, this, |s: &mut Cwr| comb_next(&mut s.0))?;
        Ok(items.map(|v| vm.tuple(v)))
    }
}

fn comb_args(vm: &mut Vm, args: &Args, key: &str, name: &str) -> PyResult<(Value, Vec<Value>, usize)> {
    let (cls, _) = cls_of(vm, args, key)?;
    let p = bind(args, name, &["iterable", "r"], 2, 2, KwStyle::Clinic)?;
    let r = vm.index_to_i64(p[1].as_ref().expect("required"), "r")?;
    let pool = seq_items(vm, p[0].as_ref().expect("required"))?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok((cls, pool, r as usize))
}

fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, r) = comb_args(vm, &args, "itertools.combinations", "combinations")?;
    let stopped = r > pool.len();
    let indices = if stopped { Vec::new() } else { (0..r).collect() };
    Ok(new_obj(&cls, Combinations { pool, indices, replace: false, started: false, stopped }))
}

fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, r) = comb_args(vm, &args, "itertools.combinations_with_replacement", "combinations_with_replacement")?;
    let stopped = pool.is_empty() && r > 0;
    let mut indices = Vec::new();
    if !stopped {
        indices.try_reserve_exact(r).map_err(|_| crate::vm::numeric::memory_error())?;
        indices.resize(r, 0);
    }
    Ok(new_obj(&cls, Cwr(Combinations { pool, indices, replace: true, started: false, stopped })))
}

/// Creates the types of this file.
pub(super) fn install() {
    new_iter_type::<Product>("product", true, product_new);
    new_iter_type::<Permutations>("permutations", true, permutations_new);
    new_iter_type::<Combinations>("combinations", true, combinations_new);
    new_iter_type::<Cwr>("combinations_with_replacement", true, cwr_new);
}
