//! The combinatoric iterators: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`. Each keeps its pools and an index
//! vector; a step is pure Rust (no Python code runs after construction).
//! `__reduce__`/`__setstate__` give and restore CPython 3.11's pickled state.

use super::{bind, cls_of, it_state, new_iter_type, new_obj, seq_items, st, ItIter, KwStyle};
use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::registry::add_method;
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
    r: usize,
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
    Ok(new_obj(&cls, Combinations { pool, r, indices, replace: false, started: false, stopped }))
}

fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, r) = comb_args(vm, &args, "itertools.combinations_with_replacement", "combinations_with_replacement")?;
    let stopped = pool.is_empty() && r > 0;
    let mut indices = Vec::new();
    if !stopped {
        indices.try_reserve_exact(r).map_err(|_| crate::vm::numeric::memory_error())?;
        indices.resize(r, 0);
    }
    Ok(new_obj(&cls, Cwr(Combinations { pool, r, indices, replace: true, started: false, stopped })))
}

/// Creates the types of this file.
pub(super) fn install() {
    let p = new_iter_type::<Product>("product", true, product_new);
    add_method(&p, "__reduce__", product_reduce, BuiltinKind::Method);
    add_method(&p, "__setstate__", product_setstate, BuiltinKind::Method);
    let p = new_iter_type::<Permutations>("permutations", true, permutations_new);
    add_method(&p, "__reduce__", permutations_reduce, BuiltinKind::Method);
    add_method(&p, "__setstate__", permutations_setstate, BuiltinKind::Method);
    let c = new_iter_type::<Combinations>("combinations", true, combinations_new);
    add_method(&c, "__reduce__", combinations_reduce, BuiltinKind::Method);
    add_method(&c, "__setstate__", combinations_setstate, BuiltinKind::Method);
    let c = new_iter_type::<Cwr>("combinations_with_replacement", true, cwr_new);
    add_method(&c, "__reduce__", cwr_reduce, BuiltinKind::Method);
    add_method(&c, "__setstate__", cwr_setstate, BuiltinKind::Method);
}

// ----- pickling and copying (`__reduce__`/`__setstate__`, as CPython 3.11) -----

/// The indices of a state tuple, each clamped into `0..=max(i)`; CPython's
/// `ValueError: invalid arguments` unless it is a tuple of `n` ints.
fn clamped_indices(vm: &mut Vm, state: &Value, n: usize, max: impl Fn(usize) -> usize) -> PyResult<Vec<usize>> {
    let items = state.downcast::<TupleData>().map(|t| t.0.to_vec()).filter(|v| v.len() == n);
    let Some(items) = items else { return Err(value_error("invalid arguments")) };
    let mut out = Vec::with_capacity(n);
    for (i, v) in items.iter().enumerate() {
        let k = vm.index_to_i64(v, "")?.max(0) as usize;
        out.push(k.min(max(i)));
    }
    Ok(out)
}

fn index_tuple(vm: &mut Vm, v: &[usize]) -> Value {
    let items = v.iter().map(|&k| vm.int(k as i64)).collect();
    vm.tuple(items)
}

fn product_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Product>(vm, &p[0], "__reduce__")?;
    let (pools, indices, started, stopped) = st(vm, &p[0], |s: &mut Product| {
        let nb = s.base.len().max(1);
        let pools: Vec<Vec<Value>> = (0..s.indices.len()).map(|i| s.base[i % nb].clone()).collect();
        (pools, s.indices.clone(), s.started, s.stopped)
    })?;
    if stopped {
        let empty = vm.tuple(Vec::new());
        return Ok(super::filtering::reduce_value(vm, &p[0], vec![empty], None));
    }
    let pools: Vec<Value> = pools.into_iter().map(|v| vm.tuple(v)).collect();
    let state = started.then(|| index_tuple(vm, &indices));
    Ok(super::filtering::reduce_value(vm, &p[0], pools, state))
}

fn product_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Product>(vm, &p[0], "__setstate__")?;
    let sizes = st(vm, &p[0], |s: &mut Product| {
        let nb = s.base.len().max(1);
        (0..s.indices.len()).map(|i| s.base[i % nb].len()).collect::<Vec<_>>()
    })?;
    let idx = clamped_indices(vm, &p[1], sizes.len(), |i| sizes[i].saturating_sub(1))?;
    let empty_pool = sizes.iter().position(|&n| n == 0);
    st(vm, &p[0], |s: &mut Product| match empty_pool {
        // CPython stops at the first empty pool, keeping the indices set before it.
        Some(k) => {
            s.indices[..k].copy_from_slice(&idx[..k]);
            s.stopped = true;
        }
        None => {
            s.indices = idx;
            s.started = true;
        }
    })?;
    Ok(vm.none())
}

fn permutations_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Permutations>(vm, &p[0], "__reduce__")?;
    let (pool, r, indices, cycles, started, stopped) =
        st(vm, &p[0], |s: &mut Permutations| (s.pool.clone(), s.r, s.indices.clone(), s.cycles.clone(), s.started, s.stopped))?;
    let rv = vm.int(r as i64);
    if !started {
        let pool = vm.tuple(pool);
        return Ok(super::filtering::reduce_value(vm, &p[0], vec![pool, rv], None));
    }
    if stopped {
        let empty = vm.tuple(Vec::new());
        return Ok(super::filtering::reduce_value(vm, &p[0], vec![empty, rv], None));
    }
    let pool = vm.tuple(pool);
    let (i, c) = (index_tuple(vm, &indices), index_tuple(vm, &cycles));
    let state = vm.tuple(vec![i, c]);
    Ok(super::filtering::reduce_value(vm, &p[0], vec![pool, rv], Some(state)))
}

fn permutations_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Permutations>(vm, &p[0], "__setstate__")?;
    let (n, r) = st(vm, &p[0], |s: &mut Permutations| (s.pool.len(), s.r))?;
    let parts = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()).filter(|v| v.len() == 2);
    let Some(parts) = parts else { return Err(value_error("invalid arguments")) };
    let indices = clamped_indices(vm, &parts[0], n, |_| n.saturating_sub(1))?;
    let cycles = clamped_indices(vm, &parts[1], r.min(n), |i| n - i)?;
    // A cycle counter is at least 1.
    let cycles = cycles.into_iter().map(|c| c.max(1)).collect();
    st(vm, &p[0], |s: &mut Permutations| {
        s.indices = indices;
        s.cycles = cycles;
        s.started = true;
    })?;
    Ok(vm.none())
}

/// Runs `f` on the shared combination state of either combination type.
fn with_comb<R>(vm: &Vm, this: &Value, f: impl FnOnce(&mut Combinations) -> R) -> PyResult<R> {
    if this.downcast::<StateData>().and_then(|s| s.with::<Cwr, ()>(|_| ())).is_some() {
        st(vm, this, |s: &mut Cwr| f(&mut s.0))
    } else {
        st(vm, this, f)
    }
}

fn comb_reduce(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (pool, r, indices, started, stopped) = with_comb(vm, this, |s| (s.pool.clone(), s.r, s.indices.clone(), s.started, s.stopped))?;
    let rv = vm.int(r as i64);
    if !started {
        let pool = vm.tuple(pool);
        return Ok(super::filtering::reduce_value(vm, this, vec![pool, rv], None));
    }
    if stopped {
        let empty = vm.tuple(Vec::new());
        return Ok(super::filtering::reduce_value(vm, this, vec![empty, rv], None));
    }
    let pool = vm.tuple(pool);
    let state = index_tuple(vm, &indices);
    Ok(super::filtering::reduce_value(vm, this, vec![pool, rv], Some(state)))
}

fn comb_setstate(vm: &mut Vm, this: &Value, state: &Value) -> PyResult<Value> {
    let (n, r, replace) = with_comb(vm, this, |s| (s.pool.len(), s.r, s.replace))?;
    let idx = clamped_indices(vm, state, r, |i| if replace { n.saturating_sub(1) } else { (i + n).saturating_sub(r) })?;
    with_comb(vm, this, |s| {
        s.indices = idx;
        s.started = true;
    })?;
    Ok(vm.none())
}

fn combinations_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Combinations>(vm, &p[0], "__reduce__")?;
    comb_reduce(vm, &p[0])
}

fn combinations_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Combinations>(vm, &p[0], "__setstate__")?;
    comb_setstate(vm, &p[0], &p[1])
}

fn cwr_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Cwr>(vm, &p[0], "__reduce__")?;
    comb_reduce(vm, &p[0])
}

fn cwr_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Cwr>(vm, &p[0], "__setstate__")?;
    comb_setstate(vm, &p[0], &p[1])
}
