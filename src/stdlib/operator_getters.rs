//! `operator.itemgetter`, `operator.attrgetter` (dotted names) and
//! `operator.methodcaller`: native callable types with CPython's reprs
//! (`operator.itemgetter(1, 2)`), `__reduce__` and error messages. Their
//! state is immutable after construction, so a call copies nothing out
//! under a borrow beyond a few `Value` clones.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::{add_method, new_builtin_subtype};
use crate::object::*;
use crate::vm::Vm;

/// `itemgetter(*items)`.
struct ItemGetter {
    items: Vec<Value>,
}

/// `attrgetter(*names)`: each name split at dots into interned parts.
struct AttrGetter {
    names: Vec<Value>,
    paths: Vec<Vec<Value>>,
}

/// `methodcaller(name, *args, **kwargs)`: `args` holds the positional
/// values then the keyword values named by `kwnames`.
struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

macro_rules! native_state {
    ($($ty:ident => |$s:ident, $visit:ident| $body:block)*) => {
        $(
            impl NativeState for $ty {
                fn traverse(&self, $visit: &mut dyn FnMut(&Value)) {
                    let $s = self;
                    $body
                }
                fn as_any(&self) -> &dyn std::any::Any {
                    self
                }
                fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                    self
                }
            }
        )*
    };
}

native_state! {
    ItemGetter => |s, visit| { s.items.iter().for_each(visit); }
    AttrGetter => |s, visit| { s.names.iter().for_each(visit); }
    MethodCaller => |s, visit| { visit(&s.name); s.args.iter().for_each(visit); }
}

/// Reads state `T` of `v` (cloning what `f` returns), or the descriptor error.
fn state<T: 'static, R>(vm: &Vm, v: &Value, tyname: &str, f: impl FnOnce(&T) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with::<T, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor requires a 'operator.{}' object but received a '{}'", tyname, vm.type_name(v)))),
    }
}

/// The single positional argument of a getter call.
fn call_arg<'a>(args: &Args<'a>, tyname: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", tyname)));
    }
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{} expected 1 argument, got {}", tyname, p.len().saturating_sub(1))));
    }
    Ok(&p[1])
}

fn check_cls(vm: &Vm, p: &[Value], tyname: &str) -> PyResult<Value> {
    match p.first() {
        Some(c) if c.downcast::<TypeData>().is_some() => Ok(c.clone()),
        _ => Err(type_error(format!("{}.__new__(X): X is not a type object ({})", tyname, p.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "NULL".into())))),
    }
}

// ----- itemgetter -----

fn ig_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_cls(vm, p, "itemgetter")?;
    if args.has_kwargs() {
        return Err(type_error("itemgetter() takes no keyword arguments"));
    }
    if p.len() < 2 {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(alloc(&cls, StateData::new(ItemGetter { items: p[1..].to_vec() }), None))
}

fn ig_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = call_arg(&args, "itemgetter")?;
    let me = &args.all[0];
    // One item: no copy of the item list.
    let single = me.downcast::<StateData>().and_then(|sd| sd.with::<ItemGetter, _>(|g| if g.items.len() == 1 { Some(g.items[0].clone()) } else { None }));
    match single {
        Some(Some(key)) => {
            if let Some(v) = crate::vm::fastpaths::subscr(obj, &key) {
                return Ok(v);
            }
            vm.getitem(obj, &key)
        }
        Some(None) => {
            let items = state::<ItemGetter, _>(vm, me, "itemgetter", |g| g.items.clone())?;
            let mut out = Vec::with_capacity(items.len());
            for k in &items {
                out.push(vm.getitem(obj, k)?);
            }
            Ok(vm.tuple(out))
        }
        None => Err(type_error(format!("descriptor '__call__' requires a 'operator.itemgetter' object but received a '{}'", vm.type_name(me)))),
    }
}

fn ig_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let items = state::<ItemGetter, _>(vm, me, "itemgetter", |g| g.items.clone())?;
    let shown = reprs(vm, &items)?;
    Ok(vm.str(format!("operator.itemgetter({})", shown.join(", "))))
}

fn ig_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let items = state::<ItemGetter, _>(vm, me, "itemgetter", |g| g.items.clone())?;
    let ty = vm.type_of(me);
    let a = vm.tuple(items);
    Ok(vm.tuple(vec![ty, a]))
}

fn reprs(vm: &mut Vm, vs: &[Value]) -> PyResult<Vec<String>> {
    vs.iter().map(|v| vm.repr_string(v)).collect()
}

// ----- attrgetter -----

fn ag_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_cls(vm, p, "attrgetter")?;
    if args.has_kwargs() {
        return Err(type_error("attrgetter() takes no keyword arguments"));
    }
    if p.len() < 2 {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(p.len() - 1);
    for n in &p[1..] {
        let Some(s) = crate::object::str::as_str(n) else { return Err(type_error("attribute name must be a string")) };
        paths.push(s.split('.').map(|part| vm.name(part)).collect());
    }
    Ok(alloc(&cls, StateData::new(AttrGetter { names: p[1..].to_vec(), paths }), None))
}

fn follow(vm: &mut Vm, obj: &Value, path: &[Value]) -> PyResult<Value> {
    let mut cur = vm.getattr(obj, &path[0])?;
    for part in &path[1..] {
        cur = vm.getattr(&cur, part)?;
    }
    Ok(cur)
}

fn ag_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = call_arg(&args, "attrgetter")?;
    let me = &args.all[0];
    let paths = state::<AttrGetter, _>(vm, me, "attrgetter", |g| g.paths.clone())?;
    if paths.len() == 1 {
        return follow(vm, obj, &paths[0]);
    }
    let mut out = Vec::with_capacity(paths.len());
    for p in &paths {
        out.push(follow(vm, obj, p)?);
    }
    Ok(vm.tuple(out))
}

fn ag_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let names = state::<AttrGetter, _>(vm, me, "attrgetter", |g| g.names.clone())?;
    let shown = reprs(vm, &names)?;
    Ok(vm.str(format!("operator.attrgetter({})", shown.join(", "))))
}

fn ag_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let names = state::<AttrGetter, _>(vm, me, "attrgetter", |g| g.names.clone())?;
    let ty = vm.type_of(me);
    let a = vm.tuple(names);
    Ok(vm.tuple(vec![ty, a]))
}

// ----- methodcaller -----

fn mc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_cls(vm, p, "methodcaller")?;
    if p.len() < 2 {
        return Err(type_error("methodcaller needs at least one argument, the method name"));
    }
    let Some(s) = crate::object::str::as_str(&p[1]) else { return Err(type_error("method name must be a string")) };
    let name = vm.name(s);
    let state = MethodCaller { name, args: args.all[2..].to_vec(), kwnames: args.kwnames.to_vec() };
    Ok(alloc(&cls, StateData::new(state), None))
}

fn mc_parts(vm: &Vm, me: &Value) -> PyResult<(Value, Vec<Value>, Vec<Value>)> {
    state::<MethodCaller, _>(vm, me, "methodcaller", |m| (m.name.clone(), m.args.clone(), m.kwnames.clone()))
}

fn mc_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = call_arg(&args, "methodcaller")?;
    let me = &args.all[0];
    let (name, margs, kwnames) = mc_parts(vm, me)?;
    let f = vm.getattr(obj, &name)?;
    vm.call_kw(&f, &margs, &kwnames)
}

fn mc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let (name, margs, kwnames) = mc_parts(vm, me)?;
    let npos = margs.len() - kwnames.len();
    let mut shown = vec![vm.repr_string(&name)?];
    shown.extend(reprs(vm, &margs[..npos])?);
    for (k, v) in kwnames.iter().zip(&margs[npos..]) {
        let r = vm.repr_string(v)?;
        shown.push(format!("{}={}", vm.to_string_lossy(k), r));
    }
    Ok(vm.str(format!("operator.methodcaller({})", shown.join(", "))))
}

fn mc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos()[0];
    let (name, margs, kwnames) = mc_parts(vm, me)?;
    let ty = vm.type_of(me);
    let npos = margs.len() - kwnames.len();
    if kwnames.is_empty() {
        let mut a = vec![name];
        a.extend(margs);
        let a = vm.tuple(a);
        return Ok(vm.tuple(vec![ty, a]));
    }
    // (partial(type, name, **kwargs), args)
    let partial = super::functools_partial::partial_type();
    let mut pargs = vec![ty, name];
    pargs.extend_from_slice(&margs[npos..]);
    let ctor = vm.call_kw(&partial, &pargs, &kwnames)?;
    let a = vm.tuple(margs[..npos].to_vec());
    Ok(vm.tuple(vec![ctor, a]))
}

static TYPES: OnceLock<()> = OnceLock::new();

fn types() {
    TYPES.get_or_init(|| {
        let table: [(&'static str, &'static str, [NativeFn; 4]); 3] = [
            ("itemgetter", "operator.itemgetter", [ig_new, ig_call, ig_repr, ig_reduce]),
            ("attrgetter", "operator.attrgetter", [ag_new, ag_call, ag_repr, ag_reduce]),
            ("methodcaller", "operator.methodcaller", [mc_new, mc_call, mc_repr, mc_reduce]),
        ];
        for (name, qual, [new, call, repr, reduce]) in table {
            let ty = new_builtin_subtype::<StateData>(name, qual, "operator", &t().object, 0);
            add_method(&ty, "__new__", new, BuiltinKind::StaticMethod);
            add_method(&ty, "__call__", call, BuiltinKind::Method);
            add_method(&ty, "__repr__", repr, BuiltinKind::Method);
            add_method(&ty, "__reduce__", reduce, BuiltinKind::Method);
        }
    });
}

/// Adds `itemgetter`, `attrgetter` and `methodcaller` to module `m`.
pub fn install(vm: &mut Vm, m: &Value) -> PyResult<()> {
    types();
    for (name, qual) in [("itemgetter", "operator.itemgetter"), ("attrgetter", "operator.attrgetter"), ("methodcaller", "operator.methodcaller")] {
        super::native_fns::set(vm, m, name, t().named(qual));
    }
    Ok(())
}
