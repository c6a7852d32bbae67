//! `functools._lru_cache_wrapper`, native: the object `lru_cache` and
//! `cache` return. Keys are built as CPython's C implementation builds them
//! (a lone exact int/str argument is its own key, else a tuple of the
//! positional arguments, a keyword marker and the keyword pairs, then the
//! argument types when `typed`), so hits and misses count alike. The cache
//! is a Python dict whose insertion order is the recency order: a hit in a
//! bounded cache moves its entry to the end and a miss in a full cache
//! evicts the first entry. A key cached meanwhile by a recursive call is
//! left alone. Instances have a `__dict__` (filled by `update_wrapper`) and
//! bind as methods through `__get__`.

use std::cell::Cell;
use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_method, new_builtin_subtype_with_dict};
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

/// The state of a cached function.
struct Lru {
    func: Value,
    /// `None`: unbounded; `Some(0)`: no caching.
    maxsize: Option<usize>,
    typed: bool,
    /// The cache: key -> result, least recently used first.
    cache: Value,
    /// The class `cache_info()` instantiates.
    info_type: Value,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl NativeState for Lru {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.cache);
        visit(&self.info_type);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// What a call needs, copied out of the state.
struct Snapshot {
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
    cache: Value,
}

fn with_lru<R>(vm: &Vm, v: &Value, f: impl FnOnce(&Lru) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with::<Lru, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor requires a 'functools._lru_cache_wrapper' object but received a '{}'", vm.type_name(v)))),
    }
}

thread_local! {
    /// The marker between the positional and keyword parts of a key.
    static KW_MARK: Value = alloc(&t().object, (), None);
}

fn kw_mark() -> Value {
    KW_MARK.with(|m| m.clone())
}

/// The cache key of a call with `args` (positional then keyword values
/// named by `kwnames`).
fn make_key(vm: &mut Vm, args: &[Value], kwnames: &[Value], typed: bool) -> Value {
    let npos = args.len() - kwnames.len();
    if !typed && kwnames.is_empty() {
        if npos == 1 {
            let a = &args[0];
            let r = t();
            if a.is_small_int() || crate::vm::iterate::is_exact(a, &r.int) || crate::vm::iterate::is_exact(a, &r.str_) {
                return a.clone();
            }
        }
        return vm.tuple(args.to_vec());
    }
    let mut parts = Vec::with_capacity(args.len() * 2 + 1 + kwnames.len());
    parts.extend_from_slice(&args[..npos]);
    if !kwnames.is_empty() {
        parts.push(kw_mark());
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            parts.push(k.clone());
            parts.push(v.clone());
        }
    }
    if typed {
        for a in &args[..npos] {
            parts.push(vm.type_of(a));
        }
        for v in &args[npos..] {
            parts.push(vm.type_of(v));
        }
    }
    vm.tuple(parts)
}

fn bump(c: &Cell<u64>) {
    c.set(c.get() + 1);
}

fn count(vm: &Vm, me: &Value, hit: bool) -> PyResult<()> {
    with_lru(vm, me, |l| bump(if hit { &l.hits } else { &l.misses }))
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.all[0];
    let s = with_lru(vm, me, |l| Snapshot { func: l.func.clone(), maxsize: l.maxsize, typed: l.typed, cache: l.cache.clone() })?;
    let rest = &args.all[1..];
    if s.maxsize == Some(0) {
        count(vm, me, false)?;
        return vm.call_kw(&s.func, rest, args.kwnames);
    }
    let key = make_key(vm, rest, args.kwnames, s.typed);
    let hash = vm.hash(&key)?;
    let cache = s.cache.downcast::<DictData>().expect("cache dict");
    if let Some(v) = cache.get_item_hashed(vm, &key, hash)? {
        count(vm, me, true)?;
        if s.maxsize.is_some() {
            // Most recently used last.
            cache.del_item(vm, &key)?;
            cache.set_item_hashed(vm, key, hash, v.clone())?;
        }
        return Ok(v);
    }
    count(vm, me, false)?;
    let result = vm.call_kw(&s.func, rest, args.kwnames)?;
    if cache.get_item_hashed(vm, &key, hash)?.is_some() {
        // A recursive call cached this key while we computed it.
        return Ok(result);
    }
    if let Some(max) = s.maxsize {
        if cache.len() >= max {
            if let Some((_, oldest, _)) = cache.entry_from(0) {
                cache.del_item(vm, &oldest)?;
            }
        }
    }
    cache.set_item_hashed(vm, key, hash, result.clone())?;
    Ok(result)
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("_lru_cache_wrapper.__new__(): not enough arguments"))?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("_lru_cache_wrapper").bind(&["user_function", "maxsize", "typed", "cache_info_type"], 4)?;
    let func = p[0].clone().expect("required");
    if !crate::builtins::reflect::is_callable(vm, &func) {
        return Err(type_error("the first argument must be callable"));
    }
    let max_v = p[1].clone().expect("required");
    let maxsize = if vm.is_none(&max_v) {
        None
    } else if vm.is_int(&max_v) {
        let n = vm.index_to_i64(&max_v, "maxsize")?;
        Some(n.max(0) as usize)
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    let typed = {
        let tv = p[2].clone().expect("required");
        vm.truthy(&tv)?
    };
    let info_type = p[3].clone().expect("required");
    let state = Lru { func, maxsize, typed, cache: vm.dict(), info_type, hits: Cell::new(0), misses: Cell::new(0) };
    Ok(alloc(&cls, StateData::new(state), None))
}

fn lru_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn cache_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("cache_info").positional(1, 1)?;
    let (hits, misses, maxsize, cache, info_type) = with_lru(vm, &p[0], |l| (l.hits.get(), l.misses.get(), l.maxsize, l.cache.clone(), l.info_type.clone()))?;
    let cur = cache.downcast::<DictData>().map_or(0, |d| d.len());
    let max_v = match maxsize {
        Some(m) => vm.int(m as i64),
        None => vm.none(),
    };
    let items = [vm.int(hits as i64), vm.int(misses as i64), max_v, vm.int(cur as i64)];
    vm.call(&info_type, &items)
}

fn cache_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("cache_clear").positional(1, 1)?;
    let cache = with_lru(vm, &p[0], |l| {
        l.hits.set(0);
        l.misses.set(0);
        l.cache.clone()
    })?;
    // Dropping the entries may run __del__: after the state borrow ended.
    if let Some(d) = cache.downcast::<DictData>() {
        d.clear();
    }
    Ok(vm.none())
}

/// `__get__(obj, type)`: a bound method, or the wrapper itself from the class.
fn lru_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__get__").positional(2, 3)?;
    if vm.is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    Ok(alloc(&t().method, MethodData { func: p[0].clone(), self_: p[1].clone() }, None))
}

fn lru_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    vm.getattr_str(&p[0], "__qualname__")
}

fn lru_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

static TYPE: OnceLock<()> = OnceLock::new();

/// The `functools._lru_cache_wrapper` type.
pub fn lru_type() -> Value {
    TYPE.get_or_init(|| {
        let ty = new_builtin_subtype_with_dict::<StateData>("_lru_cache_wrapper", "functools._lru_cache_wrapper", "functools", &t().object, tflags::BASETYPE);
        let methods: [(&'static str, NativeFn); 8] = [
            ("__init__", lru_init),
            ("__call__", lru_call),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("__get__", lru_get),
            ("__reduce__", lru_reduce),
            ("__copy__", lru_copy),
            ("__deepcopy__", lru_copy),
        ];
        add_method(&ty, "__new__", lru_new, BuiltinKind::StaticMethod);
        for (name, f) in methods {
            add_method(&ty, name, f, BuiltinKind::Method);
        }
    });
    t().named("functools._lru_cache_wrapper")
}
