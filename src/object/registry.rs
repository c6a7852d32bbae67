//! The registry of builtin types and singletons, built once per process.
//!
//! `t()` returns it. Bootstrapping solves the `type`/`object`/`dict`
//! chicken-and-egg by allocating immortal objects with a null type pointer
//! and fixing the pointers once `type` and `dict` exist. Every object made
//! here is immortal, so the registry can be shared (see `ImmortalRegistry`).
//! Type files add their methods through `add_method` / `add_getset` from
//! their `install` functions, called at the end of bootstrap.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use super::bodies::*;
use super::dict::DictData;
use super::list::ListData;
use super::header::{self, alloc_immortal, ext_offset_of, fix_type, Header, ImmortalRegistry, Kind, ObjData};
use super::typeobj::{tflags, TypeData};
use super::value::Value;

/// Builtin types and singletons.
pub struct Registry {
    /// `type`
    pub type_: Value,
    /// `object`
    pub object: Value,
    /// `dict`
    pub dict: Value,
    /// `NoneType`
    pub none_type: Value,
    /// `int`
    pub int: Value,
    /// `bool`
    pub bool_: Value,
    /// `float`
    pub float: Value,
    /// `complex`
    pub complex: Value,
    /// `str`
    pub str_: Value,
    /// `bytes`
    pub bytes: Value,
    /// `bytearray`
    pub bytearray: Value,
    /// `tuple`
    pub tuple: Value,
    /// `list`
    pub list: Value,
    /// `set`
    pub set: Value,
    /// `frozenset`
    pub frozenset: Value,
    /// `range`
    pub range: Value,
    /// `slice`
    pub slice: Value,
    /// `function`
    pub function: Value,
    /// `method`
    pub method: Value,
    /// `builtin_function_or_method`
    pub builtin_function: Value,
    /// `method_descriptor`
    pub method_descriptor: Value,
    /// `classmethod_descriptor`
    pub classmethod_descriptor: Value,
    /// `wrapper_descriptor` (`int.__add__`: a slot wrapper)
    pub wrapper_descriptor: Value,
    /// `method-wrapper` (`(1).__add__`: a slot wrapper bound to an object)
    pub method_wrapper: Value,
    /// `cell`
    pub cell: Value,
    /// `code`
    pub code: Value,
    /// `module`
    pub module: Value,
    /// `generator`
    pub generator: Value,
    /// `property`
    pub property: Value,
    /// `staticmethod`
    pub staticmethod: Value,
    /// `classmethod`
    pub classmethod: Value,
    /// `super`
    pub super_: Value,
    /// `getset_descriptor`
    pub getset_descriptor: Value,
    /// `member_descriptor`
    pub member_descriptor: Value,
    /// `mappingproxy`
    pub mappingproxy: Value,
    /// `traceback`
    pub traceback: Value,
    /// `NotImplementedType`
    pub not_implemented_type: Value,
    /// `ellipsis`
    pub ellipsis_type: Value,
    /// The type of the NULL stack marker (never visible to Python).
    pub null_type: Value,
    /// `None`
    pub none: Value,
    /// `True`
    pub true_: Value,
    /// `False`
    pub false_: Value,
    /// `NotImplemented`
    pub not_implemented: Value,
    /// `Ellipsis`
    pub ellipsis: Value,
    /// The NULL marker of the call layout.
    pub null: Value,
    /// `BaseException`
    pub base_exception: Value,
    /// Every other builtin type by name (iterators, views, exceptions, ...).
    pub by_name: RefCell<HashMap<&'static str, Value, super::str::BuildNameHasher>>,
}

static REGISTRY: OnceLock<ImmortalRegistry<Registry>> = OnceLock::new();

/// The registry (bootstraps it on first use).
#[inline]
pub fn t() -> &'static Registry {
    &REGISTRY.get_or_init(|| ImmortalRegistry(bootstrap())).0
}

impl Registry {
    /// A builtin type by name (exceptions, iterators, ...). Panics if unknown:
    /// names are compile-time constants of the VM.
    pub fn named(&self, name: &str) -> Value {
        self.by_name.borrow().get(name).cloned().unwrap_or_else(|| panic!("no builtin type {name}"))
    }
    /// A builtin type by name, if it exists.
    pub fn get_named(&self, name: &str) -> Option<Value> {
        self.by_name.borrow().get(name).cloned()
    }
}

/// Allocates a type object with an empty namespace. `type_ptr`/`dict_ptr`
/// may be null during bootstrap (fixed later).
fn raw_type<T: ObjData>(type_ptr: *const Header, dict_ptr: *const Header, name: &str, flags: u32) -> Value {
    super::typeobj::bump_type_epoch();
    let ns = alloc_immortal(dict_ptr, DictData::new());
    let td = TypeData {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        kind: T::KIND,
        ext_offset: 0,
        slot_names: RefCell::new(Vec::new()),
        has_dict: false,
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: ns,
        flags: Cell::new(flags),
        version: Cell::new(super::typeobj::next_type_version()),
        has_finalizer: Cell::new(false),
        dealloc: header::dealloc_plain::<T>,
        dealloc_ext: header::dealloc_ext::<T>,
        sub_ext_offset: ext_offset_of::<T>(),
        traverse: header::traverse_impl::<T>,
        subclasses: RefCell::new(Vec::new()),
    };
    alloc_immortal(type_ptr, td)
}

fn hdr(v: &Value) -> *const Header {
    v.as_header().expect("heap") as *const Header
}

fn type_data(v: &Value) -> &TypeData {
    v.downcast::<TypeData>().expect("a type")
}

/// Sets bases and the linear MRO of a builtin type.
fn set_bases(ty: &Value, bases: &[&Value]) {
    let td = type_data(ty);
    let mut mro = vec![ty.clone()];
    if let Some(b) = bases.first() {
        mro.extend(type_data(b).mro.borrow().iter().cloned());
    }
    *td.bases.borrow_mut() = bases.iter().map(|b| (*b).clone()).collect();
    *td.mro.borrow_mut() = mro;
}

struct Builder {
    type_ptr: *const Header,
    dict_ptr: *const Header,
    object: Value,
}

impl Builder {
    fn make<T: ObjData>(&self, name: &str, base: Option<&Value>, flags: u32) -> Value {
        let ty = raw_type::<T>(self.type_ptr, self.dict_ptr, name, flags);
        set_bases(&ty, &[base.unwrap_or(&self.object)]);
        ty
    }
}

const B: u32 = tflags::BASETYPE;

fn bootstrap() -> Registry {
    let null = std::ptr::null();
    let type_ = raw_type::<TypeData>(null, null, "type", B);
    let object = raw_type::<()>(null, null, "object", B);
    let dict = raw_type::<DictData>(null, null, "dict", B);
    for v in [&type_, &object, &dict] {
        fix_type(v, &type_);
        fix_type(&type_data(v).dict, &dict);
    }
    set_bases(&object, &[]);
    set_bases(&type_, &[&object]);
    set_bases(&dict, &[&object]);
    let b = Builder { type_ptr: hdr(&type_), dict_ptr: hdr(&dict), object: object.clone() };

    let int = b.make::<IntData>("int", None, B);
    let exc = b.make::<super::exception::ExceptionData>("BaseException", None, B | tflags::EXCEPTION);
    let native = |name: &str| b.make::<NativeData>(name, None, 0);
    let none_type = native("NoneType");
    let not_implemented_type = native("NotImplementedType");
    let ellipsis_type = native("ellipsis");
    let null_type = native("NULL");
    let none = alloc_immortal(hdr(&none_type), NativeData::Empty);
    let not_implemented = alloc_immortal(hdr(&not_implemented_type), NativeData::Empty);
    let ellipsis = alloc_immortal(hdr(&ellipsis_type), NativeData::Empty);
    let null_v = alloc_immortal(hdr(&null_type), NativeData::Empty);
    let bool_ = b.make::<IntData>("bool", Some(&int), 0);
    let true_ = alloc_immortal(hdr(&bool_), IntData(1.into()));
    let false_ = alloc_immortal(hdr(&bool_), IntData(0.into()));

    let reg = Registry {
        float: b.make::<FloatData>("float", None, B),
        complex: b.make::<ComplexData>("complex", None, B),
        str_: b.make::<StrData>("str", None, B | tflags::IMMUTABLE_TYPE),
        bytes: b.make::<BytesData>("bytes", None, B | tflags::IMMUTABLE_TYPE),
        bytearray: b.make::<ByteArrayData>("bytearray", None, B),
        tuple: b.make::<TupleData>("tuple", None, B | tflags::IMMUTABLE_TYPE),
        list: b.make::<ListData>("list", None, B),
        set: b.make::<super::set::SetData>("set", None, B),
        frozenset: b.make::<super::set::SetData>("frozenset", None, B | tflags::IMMUTABLE_TYPE),
        range: b.make::<RangeData>("range", None, 0),
        slice: b.make::<SliceData>("slice", None, 0),
        function: b.make::<FunctionData>("function", None, 0),
        method: b.make::<MethodData>("method", None, 0),
        builtin_function: b.make::<BuiltinData>("builtin_function_or_method", None, 0),
        method_descriptor: b.make::<BuiltinData>("method_descriptor", None, 0),
        classmethod_descriptor: b.make::<BuiltinData>("classmethod_descriptor", None, 0),
        wrapper_descriptor: b.make::<BuiltinData>("wrapper_descriptor", None, 0),
        method_wrapper: b.make::<BuiltinData>("method-wrapper", None, 0),
        cell: b.make::<CellData>("cell", None, 0),
        code: b.make::<CodeData>("code", None, 0),
        module: b.make::<ModuleData>("module", None, B),
        generator: b.make::<super::generator::GeneratorData>("generator", None, 0),
        property: b.make::<NativeData>("property", None, B),
        staticmethod: b.make::<NativeData>("staticmethod", None, B),
        classmethod: b.make::<NativeData>("classmethod", None, B),
        super_: b.make::<NativeData>("super", None, B),
        getset_descriptor: native("getset_descriptor"),
        member_descriptor: native("member_descriptor"),
        mappingproxy: native("mappingproxy"),
        traceback: native("traceback"),
        type_,
        object,
        dict,
        none_type,
        int,
        bool_,
        not_implemented_type,
        ellipsis_type,
        null_type,
        none,
        true_,
        false_,
        not_implemented,
        ellipsis,
        null: null_v,
        base_exception: exc,
        by_name: RefCell::new(HashMap::default()),
    };
    {
        let mut m = reg.by_name.borrow_mut();
        for (name, v) in [
            ("type", &reg.type_),
            ("object", &reg.object),
            ("dict", &reg.dict),
            ("int", &reg.int),
            ("bool", &reg.bool_),
            ("float", &reg.float),
            ("complex", &reg.complex),
            ("str", &reg.str_),
            ("bytes", &reg.bytes),
            ("bytearray", &reg.bytearray),
            ("tuple", &reg.tuple),
            ("list", &reg.list),
            ("set", &reg.set),
            ("frozenset", &reg.frozenset),
            ("range", &reg.range),
            ("slice", &reg.slice),
            ("property", &reg.property),
            ("staticmethod", &reg.staticmethod),
            ("classmethod", &reg.classmethod),
            ("super", &reg.super_),
            ("BaseException", &reg.base_exception),
        ] {
            m.insert(name, v.clone());
        }
    }
    // Iterator and view types share the Iter layout.
    for name in super::iter::ITER_TYPE_NAMES {
        // The constructible iterator types may be subclassed, as in CPython.
        let flags = if matches!(*name, "enumerate" | "zip" | "map" | "filter" | "reversed") { B } else { 0 };
        let ty = b.make::<super::iter::IterData>(name, None, flags);
        reg.by_name.borrow_mut().insert(name, ty);
    }
    super::exception::make_hierarchy(&reg, &|name, base| b.make::<super::exception::ExceptionData>(name, Some(base), B | tflags::EXCEPTION));
    reg
}

/// Creates (and registers by name) an immortal builtin type over the plain
/// `object` layout whose instances carry an instance dict.
pub fn new_builtin_type_with_dict(name: &'static str) -> Value {
    builtin_subtype_with_ext::<()>(name, name, None, &t().object, 0, &[], true)
}

/// Creates (and registers by name) an immortal builtin type with layout `T`.
pub fn new_builtin_type<T: ObjData>(name: &'static str, flags: u32) -> Value {
    let r = t();
    let ty = raw_type::<T>(hdr(&r.type_), hdr(&r.dict), name, flags);
    set_bases(&ty, &[&r.object]);
    r.by_name.borrow_mut().insert(name, ty.clone());
    ty
}

/// Creates (and registers by name) an immortal builtin subtype of `base`
/// with layout `T` (which must be `base`'s layout, e.g. `DictData` for a
/// dict subclass such as `collections.defaultdict`). `module` becomes its
/// `__module__` and `qualified` (`collections.defaultdict`) its registry key.
pub fn new_builtin_subtype<T: ObjData>(name: &'static str, qualified: &'static str, module: &str, base: &Value, flags: u32) -> Value {
    let r = t();
    let ty = raw_type::<T>(hdr(&r.type_), hdr(&r.dict), name, flags);
    set_bases(&ty, &[base]);
    set_type_attr(&ty, "__module__", super::str::intern(module));
    r.by_name.borrow_mut().insert(qualified, ty.clone());
    ty
}

/// Like `new_builtin_subtype`, but instances also carry an instance
/// `__dict__` (as `functools.partial` objects do).
pub fn new_builtin_subtype_with_dict<T: ObjData>(name: &'static str, qualified: &'static str, module: &str, base: &Value, flags: u32) -> Value {
    builtin_subtype_with_ext::<T>(name, qualified, Some(module), base, flags, &[], true)
}

/// Like `new_builtin_subtype`, but instances carry the user-instance
/// extension with one member slot per name in `slots` (no `__dict__`), each
/// exposed as a member descriptor: a native dict subclass keeps
/// `defaultdict.default_factory` there. Python subclasses inherit the slots.
pub fn new_builtin_subtype_with_slots<T: ObjData>(name: &'static str, qualified: &'static str, module: &str, base: &Value, flags: u32, slots: &[&str]) -> Value {
    builtin_subtype_with_ext::<T>(name, qualified, Some(module), base, flags, slots, false)
}

/// A builtin subtype whose instances carry the user-instance extension
/// (member `slots`, and a `__dict__` if `has_dict`), with `__module__` set
/// when `module` is given.
fn builtin_subtype_with_ext<T: ObjData>(name: &'static str, qualified: &'static str, module: Option<&str>, base: &Value, flags: u32, slots: &[&str], has_dict: bool) -> Value {
    let r = t();
    let plain = raw_type::<T>(hdr(&r.type_), hdr(&r.dict), name, flags);
    let td = type_data(&plain);
    let names: Vec<Rc<str>> = slots.iter().map(|s| Rc::from(*s)).collect();
    let with_ext = TypeData {
        name: RefCell::new(td.name()),
        qualname: RefCell::new(td.name()),
        kind: T::KIND,
        ext_offset: td.sub_ext_offset,
        slot_names: RefCell::new(names.clone()),
        has_dict,
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: td.dict.clone(),
        flags: Cell::new(flags),
        version: Cell::new(super::typeobj::next_type_version()),
        has_finalizer: Cell::new(false),
        dealloc: td.dealloc_ext,
        dealloc_ext: td.dealloc_ext,
        sub_ext_offset: td.sub_ext_offset,
        traverse: td.traverse,
        subclasses: RefCell::new(Vec::new()),
    };
    let ty = alloc_immortal(hdr(&r.type_), with_ext);
    set_bases(&ty, &[base]);
    if let Some(module) = module {
        set_type_attr(&ty, "__module__", super::str::intern(module));
    }
    for (index, n) in names.iter().enumerate() {
        let m = alloc_immortal(hdr(&r.member_descriptor), NativeData::Member { name: n.clone(), index, owner: Rc::from(name) });
        set_type_attr(&ty, n, m);
    }
    r.by_name.borrow_mut().insert(qualified, ty.clone());
    ty
}

/// Adds a native method to a builtin type's namespace.
pub fn add_method(ty: &Value, name: &'static str, func: NativeFn, kind: BuiltinKind) {
    add_method_of(ty, ty, name, func, kind);
}

/// Adds a native method to `holder`'s namespace whose `self` is an instance
/// of `owner` (methods a Python class copies from a holder type, such as
/// `random.Random`'s native methods whose self is a `_random.Random`).
pub fn add_method_of(holder: &Value, owner_ty: &Value, name: &'static str, func: NativeFn, kind: BuiltinKind) {
    let r = t_during_init();
    let owner = leak_name(holder);
    let sig = if kind == BuiltinKind::Method { super::slot_sig::method_sig(owner, name) } else { Sig::Native };
    let dty = match kind {
        BuiltinKind::ClassMethod => &r.classmethod_descriptor,
        BuiltinKind::Function | BuiltinKind::StaticMethod => &r.builtin_function,
        BuiltinKind::Method if sig.is_wrapper() => &r.wrapper_descriptor,
        BuiltinKind::Method => &r.method_descriptor,
    };
    let data = BuiltinData { name, func, kind, self_: None, owner, owner_ty: Some(owner_ty.clone()), sig };
    let f = alloc_immortal(hdr(dty), data);
    set_type_attr(holder, name, f);
}

/// Adds a native attribute (getter and optional setter) to a builtin type.
pub fn add_getset(ty: &Value, name: &'static str, get: Getter, set: Option<Setter>) {
    let r = t_during_init();
    let d = alloc_immortal(hdr(&r.getset_descriptor), NativeData::GetSet { name, owner: leak_name(ty), get, set });
    set_type_attr(ty, name, d);
}

/// Stores `value` in a builtin type's namespace under `name` (immortal key).
pub fn set_type_attr(ty: &Value, name: &str, value: Value) {
    super::typeobj::bump_type_epoch();
    let key = super::str::intern(name);
    type_data(ty).dict.downcast::<DictData>().expect("type dict").set_str(key, value);
}

fn leak_name(ty: &Value) -> &'static str {
    let n = type_data(ty).name();
    Box::leak(n.to_string().into_boxed_str())
}

fn t_during_init() -> &'static Registry {
    t()
}

/// Installs every builtin type's methods (called once by the VM at start-up).
pub fn install_all() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        crate::vm::install_builtin_type_methods();
    });
}

/// Kind of an object's layout (helper for dispatch tables).
pub fn kind_of(v: &Value) -> Option<Kind> {
    v.as_header().map(|h| h.type_data().kind)
}
