//! `groupby` (with its `_grouper` sub-iterators, invalidated when the
//! outer iterator advances) and `tee` (`_tee` iterators sharing a linked
//! list of `_tee_dataobject` buffers of 57 items, as CPython's).

use super::{bind, check_positional, cls_of, it_state, new_iter_type, new_obj, st, ty, ItIter, KwStyle};
use crate::error::PyResult;
use crate::object::exception::{runtime_error, type_error, value_error};
use crate::object::registry::{add_method, new_builtin_subtype};
use crate::object::*;
use crate::vm::Vm;

/// `groupby`: source, key function, the key of the current group, the
/// current item and its key, and the id of the one live `_grouper`.
struct Groupby {
    it: Value,
    keyfunc: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    grouper: u64,
    /// `itertools._grouper` (looked up once).
    gtype: Value,
}
it_state!(Groupby; it, keyfunc, tgtkey, currkey, currvalue);

/// Advances the groupby's source: sets the current item and key. `false`
/// when the source is exhausted.
fn groupby_step(vm: &mut Vm, gb: &Value) -> PyResult<bool> {
    let (it, keyfunc) = st(vm, gb, |s: &mut Groupby| (s.it.clone(), s.keyfunc.clone()))?;
    let Some(v) = vm.next(&it)? else { return Ok(false) };
    let key = match keyfunc {
        Some(f) => vm.call(&f, std::slice::from_ref(&v))?,
        None => v.clone(),
    };
    st(vm, gb, |s: &mut Groupby| {
        s.currvalue = Some(v);
        s.currkey = Some(key);
    })?;
    Ok(true)
}

impl ItIter for Groupby {
    const TYPE: &'static str = "itertools.groupby";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        // Invalidate the previous group, then skip the rest of it.
        st(vm, this, |s: &mut Groupby| s.grouper = s.grouper.wrapping_add(1))?;
        loop {
            let (tgt, curr) = st(vm, this, |s: &mut Groupby| (s.tgtkey.clone(), s.currkey.clone()))?;
            if let Some(curr) = curr {
                match tgt {
                    None => break,
                    Some(tgt) => {
                        if !vm.eq_bool(&tgt, &curr)? {
                            break;
                        }
                    }
                }
            }
            if !groupby_step(vm, this)? {
                return Ok(None);
            }
        }
        let (key, id, gtype) = st(vm, this, |s: &mut Groupby| {
            s.grouper = s.grouper.wrapping_add(1);
            s.tgtkey = s.currkey.clone();
            (s.currkey.clone().expect("set by the loop"), s.grouper, s.gtype.clone())
        })?;
        let g = new_obj(&gtype, Grouper { parent: this.clone(), tgtkey: key.clone(), id });
        Ok(Some(vm.tuple(vec![key, g])))
    }
}

fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.groupby")?;
    let p = bind(&args, "groupby", &["iterable", "key"], 1, 2, KwStyle::Old)?;
    let it = vm.iter(p[0].as_ref().expect("required"))?;
    let keyfunc = p[1].clone().filter(|f| !vm.is_none(f));
    Ok(new_obj(&cls, Groupby { it, keyfunc, tgtkey: None, currkey: None, currvalue: None, grouper: 0, gtype: ty("itertools._grouper") }))
}

/// `_grouper`: the items of one group while its parent stays on it.
struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}
it_state!(Grouper; parent, tgtkey);

impl ItIter for Grouper {
    const TYPE: &'static str = "itertools._grouper";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (parent, tgtkey, id) = st(vm, this, |s: &mut Grouper| (s.parent.clone(), s.tgtkey.clone(), s.id))?;
        let (live, has_value) = st(vm, &parent, |s: &mut Groupby| (s.grouper == id, s.currvalue.is_some()))?;
        if !live {
            return Ok(None);
        }
        if !has_value && !groupby_step(vm, &parent)? {
            return Ok(None);
        }
        let curr = st(vm, &parent, |s: &mut Groupby| s.currkey.clone())?;
        let Some(curr) = curr else { return Ok(None) };
        if !vm.eq_bool(&tgtkey, &curr)? {
            return Ok(None);
        }
        st(vm, &parent, |s: &mut Groupby| s.currvalue.take())
    }
}

fn grouper_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools._grouper")?;
    let p = super::positional(&args, true, "_grouper", 2, 2)?;
    let parent = p[0].clone();
    let id = st(vm, &parent, |s: &mut Groupby| {
        s.grouper = s.grouper.wrapping_add(1);
        s.grouper
    })
    .map_err(|_| type_error(format!("_grouper() argument 1 must be itertools.groupby, not {}", vm.type_name(&parent))))?;
    Ok(new_obj(&cls, Grouper { parent, tgtkey: p[1].clone(), id }))
}

/// Items buffered per `_tee_dataobject` (CPython's LINKCELLS).
const LINK_CELLS: usize = 57;

/// One block of a tee's shared buffer: the shared source, the items read
/// into this block, the next block, and the re-entrancy guard.
struct TeeData {
    it: Value,
    values: Vec<Value>,
    next: Option<Value>,
    running: bool,
}

impl NativeState for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        self.values.iter().for_each(&mut *visit);
        if let Some(n) = &self.next {
            visit(n);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Drop for TeeData {
    /// Unlinks a long chain of blocks iteratively (no deep recursion).
    fn drop(&mut self) {
        let mut next = self.next.take();
        while let Some(n) = next {
            let sole = n.as_header().is_some_and(|h| h.refcount() == 1);
            if !sole {
                break;
            }
            next = n.downcast::<StateData>().and_then(|s| s.0.try_borrow_mut().ok().and_then(|mut b| b.as_any_mut().downcast_mut::<TeeData>().and_then(|d| d.next.take())));
        }
    }
}

fn tee_data(v: &Value) -> Option<&StateData> {
    v.downcast::<StateData>()
}

fn with_data<R>(v: &Value, f: impl FnOnce(&mut TeeData) -> R) -> PyResult<R> {
    tee_data(v).and_then(|s| s.with_mut::<TeeData, R>(f)).ok_or_else(|| type_error("expected a _tee_dataobject"))
}

fn new_data(it: Value) -> Value {
    new_obj(&ty("itertools._tee_dataobject"), TeeData { it, values: Vec::new(), next: None, running: false })
}

/// `_tee_dataobject(iterator, values, next)`: a block rebuilt from its parts.
fn data_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = cls_of(vm, &args, "itertools._tee_dataobject")?;
    let p = super::positional(&args, true, "teedataobject", 3, 3)?;
    let Some(values) = p[1].downcast::<ListData>().map(|l| l.0.borrow().clone()) else {
        return Err(type_error(format!("teedataobject() argument 2 must be list, not {}", vm.type_name(&p[1]))));
    };
    let is_block = |v: &Value| v.downcast::<StateData>().and_then(|s| s.with::<TeeData, ()>(|_| ())).is_some();
    let next = if vm.is_none(&p[2]) { None } else { Some(p[2].clone()) };
    let ok = values.len() <= LINK_CELLS && next.as_ref().is_none_or(|n| values.len() == LINK_CELLS && is_block(n));
    if !ok {
        return Err(value_error("Invalid arguments"));
    }
    Ok(new_obj(&ty("itertools._tee_dataobject"), TeeData { it: p[0].clone(), values, next, running: false }))
}

/// A `_tee`: its block and position in it.
struct Tee {
    data: Value,
    index: usize,
}
it_state!(Tee; data);

impl ItIter for Tee {
    const TYPE: &'static str = "itertools._tee";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (mut data, mut index) = st(vm, this, |s: &mut Tee| (s.data.clone(), s.index))?;
        if index >= LINK_CELLS {
            let next = with_data(&data, |d| (d.next.clone(), d.it.clone()))?;
            data = match next {
                (Some(n), _) => n,
                (None, it) => {
                    let n = new_data(it);
                    with_data(&data, |d| d.next = Some(n.clone()))?;
                    n
                }
            };
            index = 0;
            let d2 = data.clone();
            st(vm, this, |s: &mut Tee| (s.data = d2, s.index = 0))?;
        }
        let (have, it, running) = with_data(&data, |d| (d.values.get(index).cloned(), d.it.clone(), d.running))?;
        let v = match have {
            Some(v) => v,
            None => {
                if running {
                    return Err(runtime_error("cannot re-enter the tee iterator"));
                }
                with_data(&data, |d| d.running = true)?;
                let r = vm.next(&it);
                with_data(&data, |d| d.running = false)?;
                let Some(v) = r? else { return Ok(None) };
                with_data(&data, |d| d.values.push(v.clone()))?;
                v
            }
        };
        st(vm, this, |s: &mut Tee| s.index = index + 1)?;
        Ok(Some(v))
    }
}

/// A `_tee` over `iterable`: a copy if its iterator is a `_tee` already.
fn tee_from(vm: &mut Vm, cls: &Value, iterable: &Value) -> PyResult<Value> {
    let it = vm.iter(iterable)?;
    if let Ok((data, index)) = st(vm, &it, |s: &mut Tee| (s.data.clone(), s.index)) {
        return Ok(new_obj(cls, Tee { data, index }));
    }
    Ok(new_obj(cls, Tee { data: new_data(it), index: 0 }))
}

fn tee_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools._tee")?;
    let p = super::positional(&args, true, "_tee", 1, 1)?;
    tee_from(vm, &cls, &p[0])
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__copy__").positional(1, 1)?;
    super::check_self::<Tee>(vm, &p[0], "__copy__")?;
    let (data, index) = st(vm, &p[0], |s: &mut Tee| (s.data.clone(), s.index))?;
    Ok(new_obj(&vm.type_of(&p[0]), Tee { data, index }))
}

/// `itertools.tee(iterable, n=2)`.
pub(super) fn tee_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("itertools.tee() takes no keyword arguments"));
    }
    let p = args.pos();
    check_positional("tee", p.len(), 1, 2)?;
    let n = match p.get(1) {
        Some(n) => vm.index_to_i64(n, "n")?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.tuple(Vec::new()));
    }
    let it = vm.iter(&p[0])?;
    let (first, copier) = match vm.getattr_opt(&it, "__copy__")? {
        Some(c) => (it, c),
        None => {
            let t = tee_from(vm, &ty("itertools._tee"), &it)?;
            let c = vm.getattr_str(&t, "__copy__")?;
            (t, c)
        }
    };
    let mut out = Vec::new();
    out.try_reserve_exact(n as usize).map_err(|_| crate::vm::numeric::memory_error())?;
    out.push(first);
    for _ in 1..n {
        out.push(vm.call(&copier, &[])?);
    }
    Ok(vm.tuple(out))
}

/// Creates the types of this file.
pub(super) fn install() {
    let g = new_iter_type::<Groupby>("groupby", true, groupby_new);
    add_method(&g, "__reduce__", groupby_reduce, BuiltinKind::Method);
    add_method(&g, "__setstate__", groupby_setstate, BuiltinKind::Method);
    let g = new_iter_type::<Grouper>("_grouper", false, grouper_new);
    add_method(&g, "__reduce__", grouper_reduce, BuiltinKind::Method);
    let t = new_iter_type::<Tee>("_tee", false, tee_new);
    add_method(&t, "__copy__", tee_copy, BuiltinKind::Method);
    add_method(&t, "__reduce__", tee_reduce, BuiltinKind::Method);
    add_method(&t, "__setstate__", tee_setstate, BuiltinKind::Method);
    let d = new_builtin_subtype::<StateData>("_tee_dataobject", "itertools._tee_dataobject", "itertools", &crate::object::t().object, 0);
    add_method(&d, "__new__", data_new, BuiltinKind::StaticMethod);
    add_method(&d, "__reduce__", data_reduce, BuiltinKind::Method);
}

// ----- pickling and copying (`__reduce__`/`__setstate__`, as CPython 3.11) -----

/// `(groupby, (it, keyfunc))`, with `(currkey, currvalue, tgtkey)` as the
/// state while all three are set.
fn groupby_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Groupby>(vm, &p[0], "__reduce__")?;
    let (it, keyfunc, trio) = st(vm, &p[0], |s: &mut Groupby| {
        let trio = match (&s.currkey, &s.currvalue, &s.tgtkey) {
            (Some(k), Some(v), Some(t)) => Some(vec![k.clone(), v.clone(), t.clone()]),
            _ => None,
        };
        (s.it.clone(), s.keyfunc.clone(), trio)
    })?;
    let keyfunc = keyfunc.unwrap_or_else(|| vm.none());
    let state = trio.map(|t| vm.tuple(t));
    Ok(super::filtering::reduce_value(vm, &p[0], vec![it, keyfunc], state))
}

fn groupby_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Groupby>(vm, &p[0], "__setstate__")?;
    let Some(items) = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()) else {
        return Err(type_error("state is not a tuple"));
    };
    if items.len() != 3 {
        let n = items.len();
        let at = if n < 3 { "at least" } else { "at most" };
        return Err(type_error(format!("function takes {at} 3 arguments ({n} given)")));
    }
    st(vm, &p[0], |s: &mut Groupby| {
        s.currkey = Some(items[0].clone());
        s.currvalue = Some(items[1].clone());
        s.tgtkey = Some(items[2].clone());
    })?;
    Ok(vm.none())
}

/// `(_grouper, (parent, tgtkey))` while the group is live, else `iter(())`.
fn grouper_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Grouper>(vm, &p[0], "__reduce__")?;
    let (parent, tgtkey, id) = st(vm, &p[0], |s: &mut Grouper| (s.parent.clone(), s.tgtkey.clone(), s.id))?;
    let live = st(vm, &parent, |s: &mut Groupby| s.grouper == id)?;
    if !live {
        let iter_fn = vm.builtins.downcast::<DictData>().and_then(|d| d.get_str("iter")).ok_or_else(|| type_error("builtins.iter missing"))?;
        let empty = vm.tuple(Vec::new());
        let a = vm.tuple(vec![empty]);
        return Ok(vm.tuple(vec![iter_fn, a]));
    }
    Ok(super::filtering::reduce_value(vm, &p[0], vec![parent, tgtkey], None))
}

/// `(_tee, ((),), (dataobject, index))`.
fn tee_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Tee>(vm, &p[0], "__reduce__")?;
    let (data, index) = st(vm, &p[0], |s: &mut Tee| (s.data.clone(), s.index))?;
    let empty = vm.tuple(Vec::new());
    let i = vm.int(index as i64);
    let state = vm.tuple(vec![data, i]);
    Ok(super::filtering::reduce_value(vm, &p[0], vec![empty], Some(state)))
}

fn tee_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Tee>(vm, &p[0], "__setstate__")?;
    let Some(items) = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()) else {
        return Err(type_error("state is not a tuple"));
    };
    let [data, index] = items.as_slice() else {
        return Err(type_error(format!("function takes exactly 2 arguments ({} given)", items.len())));
    };
    if with_data(data, |_| ()).is_err() {
        return Err(type_error(format!("argument 1 must be itertools._tee_dataobject, not {}", vm.type_name(data))));
    }
    let i = vm.index_to_i64(index, "")?;
    if !(0..=LINK_CELLS as i64).contains(&i) {
        return Err(value_error("Index out of range"));
    }
    let data = data.clone();
    st(vm, &p[0], |s: &mut Tee| {
        s.data = data;
        s.index = i as usize;
    })?;
    Ok(vm.none())
}

/// `(_tee_dataobject, (it, [values read], next block or None))`.
fn data_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let (it, values, next) = with_data(&p[0], |d| (d.it.clone(), d.values.clone(), d.next.clone()))?;
    let values = vm.list(values);
    let next = next.unwrap_or_else(|| vm.none());
    let args = vm.tuple(vec![it, values, next]);
    Ok(vm.tuple(vec![vm.type_of(&p[0]), args]))
}
