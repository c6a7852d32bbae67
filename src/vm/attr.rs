//! Attribute access: `getattr`/`setattr`/`delattr` with CPython's
//! descriptor protocol (data descriptors before the instance dict, then
//! non-data descriptors and plain class attributes, then `__getattr__`),
//! attribute access on classes and modules, special-method lookup on the
//! type, `LOAD_METHOD`, and the `with` protocol lookup.

use crate::error::PyResult;
use crate::object::exception::{attribute_error, type_error};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;

use super::Vm;

/// Entries in the type attribute cache.
pub const TYPE_CACHE_SIZE: usize = 4096;

/// One cached MRO lookup: (type, interned name) at a type epoch -> the
/// attribute's word (0: not found). The word is borrowed from the type's
/// namespace, which cannot change without bumping the epoch.
#[derive(Clone, Copy, Default)]
pub struct TypeCacheEntry {
    ty: u64,
    name: u64,
    epoch: u64,
    value: u64,
}

/// Interned names of special methods looked up on hot paths.
pub struct HotNames {
    /// `__new__`
    pub new: Value,
    /// `__init__`
    pub init: Value,
    /// `__call__`
    pub call: Value,
    /// `[__op__, __rop__, __iop__]` for each `BinaryOp`, by its number.
    pub binop: Vec<[Value; 3]>,
}

impl HotNames {
    /// Interns the names.
    pub fn new() -> HotNames {
        use crate::object::str::intern;
        let binop = (0..13)
            .map(|i| {
                let (op, _) = crate::bytecode::BinaryOp::from_arg(i).expect("BinaryOp numbers are dense");
                let (n, r, ip) = op.dunders();
                [intern(n), intern(r), intern(ip)]
            })
            .collect();
        HotNames { new: intern("__new__"), init: intern("__init__"), call: intern("__call__"), binop }
    }
}

impl Default for HotNames {
    fn default() -> Self {
        HotNames::new()
    }
}

/// `_tuplegetter.__get__` on an instance: item `index` of a tuple.
pub fn tuple_getter_get(vm: &Vm, obj: &Value, index: i64) -> PyResult<Value> {
    match obj.downcast::<TupleData>() {
        Some(tup) => usize::try_from(index)
            .ok()
            .and_then(|i| tup.0.get(i).cloned())
            .ok_or_else(|| crate::object::exception::index_error("tuple index out of range")),
        None => Err(type_error(format!("descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object", index, vm.type_name(obj)))),
    }
}

impl Vm {
    /// Looks `name` up along a type's MRO (no binding).
    pub fn type_lookup(&self, ty: &Value, name: &str) -> Option<Value> {
        let td = ty.downcast::<TypeData>()?;
        for m in td.mro.borrow().iter() {
            let md = m.downcast::<TypeData>().expect("mro holds types");
            if let Some(v) = md.dict.downcast::<DictData>().and_then(|d| d.get_str(name)) {
                return Some(v);
            }
        }
        None
    }

    /// Looks a str-valued `name` up along a type's MRO, through the type
    /// attribute cache when the name is interned (immortal).
    #[inline]
    pub fn type_lookup_v(&self, ty: &Value, name: &Value) -> Option<Value> {
        if !name.as_header().is_some_and(|h| h.is_immortal()) {
            return self.type_lookup_walk(ty, name);
        }
        let (tk, nk, epoch) = (ty.raw(), name.raw(), crate::object::typeobj::type_epoch());
        let slot = &self.type_cache[((tk >> 4) ^ (nk >> 3)) as usize & (TYPE_CACHE_SIZE - 1)];
        let e = slot.get();
        if e.ty == tk && e.name == nk && e.epoch == epoch {
            if e.value == 0 {
                return None;
            }
            let borrowed = std::mem::ManuallyDrop::new(Value::from_raw(e.value));
            return Some((*borrowed).clone());
        }
        let found = self.type_lookup_walk(ty, name);
        slot.set(TypeCacheEntry { ty: tk, name: nk, epoch, value: found.as_ref().map_or(0, |v| v.raw()) });
        found
    }

    fn type_lookup_walk(&self, ty: &Value, name: &Value) -> Option<Value> {
        let td = ty.downcast::<TypeData>()?;
        for m in td.mro.borrow().iter() {
            let md = m.downcast::<TypeData>().expect("mro holds types");
            if let Some(v) = md.dict.downcast::<DictData>().and_then(|d| d.get_name(name)) {
                return Some(v);
            }
        }
        None
    }

    /// The instance `__dict__` of `obj`, created on demand, if it can have one.
    pub fn instance_dict(&self, obj: &Value) -> Option<Value> {
        let h = obj.as_header()?;
        let cell = if let Some(e) = h.downcast::<ExceptionData>() {
            return Some(super::instattr::exception_dict(h, e));
        } else if let Some(ext) = h.ext() {
            if !h.type_data().has_dict {
                return None;
            }
            if ext.dict.is_none() {
                return Some(self.materialize_dict(ext));
            }
            &ext.dict
        } else {
            match h.type_data().kind {
                Kind::Function => &h.downcast::<FunctionData>()?.dict,
                Kind::Exception => return Some(super::instattr::exception_dict(h, h.downcast::<ExceptionData>()?)),
                Kind::Module => return Some(h.downcast::<ModuleData>()?.dict.clone()),
                _ => return None,
            }
        };
        if let Some(d) = cell.get() {
            return Some(d);
        }
        let d = self.dict();
        cell.set(Some(d.clone()));
        Some(d)
    }

    pub(crate) fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr.downcast::<NativeData>() {
            Some(NativeData::Property { .. } | NativeData::GetSet { .. } | NativeData::Member { .. } | NativeData::TupleGetter { .. }) => true,
            Some(_) => false,
            None => match attr.as_header() {
                Some(h) if h.type_data().has_flag(tflags::HEAPTYPE) => {
                    let ty = h.type_value();
                    self.type_lookup(&ty, "__set__").is_some() || self.type_lookup(&ty, "__delete__").is_some()
                }
                _ => false,
            },
        }
    }

    /// Binds a class attribute found on `ty` for access through `obj`
    /// (`obj` is None for access on the class itself).
    pub fn descr_get(&mut self, attr: Value, obj: Option<&Value>, ty: &Value) -> PyResult<Value> {
        let Some(h) = attr.as_header() else { return Ok(attr) };
        match h.type_data().kind {
            Kind::Function => match obj {
                Some(o) => Ok(alloc(&t().method, MethodData { func: attr.clone(), self_: o.clone() }, None)),
                None => Ok(attr),
            },
            Kind::Builtin => {
                let b = h.downcast::<BuiltinData>().expect("builtin");
                if b.self_.is_some() {
                    return Ok(attr);
                }
                let bind_to = match b.kind {
                    BuiltinKind::Method => obj.cloned(),
                    BuiltinKind::ClassMethod => Some(ty.clone()),
                    _ => None,
                };
                match bind_to {
                    Some(s) => {
                        let ty = if !b.sig.is_wrapper() { &t().builtin_function } else { &t().method_wrapper };
                        let data = BuiltinData { name: b.name, func: b.func, kind: b.kind, self_: Some(s), owner: b.owner, owner_ty: b.owner_ty.clone(), sig: b.sig };
                        Ok(alloc(ty, data, None))
                    }
                    None => Ok(attr),
                }
            }
            Kind::Native => match h.downcast::<NativeData>().expect("native") {
                NativeData::Property { fget, .. } => match obj {
                    None => Ok(attr),
                    Some(o) => match fget.get() {
                        Some(g) => self.call(&g, std::slice::from_ref(o)),
                        None => Err(crate::types::callables::property_missing(self, &attr, o, "getter")),
                    },
                },
                NativeData::GetSet { get, .. } => match obj {
                    None => Ok(attr),
                    Some(o) => get(self, o),
                },
                NativeData::Member { name, index, .. } => match obj {
                    None => Ok(attr),
                    Some(o) => {
                        let v = o.as_header().and_then(|h| h.ext()).and_then(|e| e.slots.get(*index).and_then(|s| s.get()));
                        v.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(o), name)))
                    }
                },
                NativeData::TupleGetter { index, .. } => match obj {
                    None => Ok(attr),
                    Some(o) => tuple_getter_get(self, o, *index),
                },
                NativeData::StaticMethod(f) => Ok(f.get().unwrap_or_else(|| self.none())),
                NativeData::ClassMethod(f) => {
                    let func = f.get().unwrap_or_else(|| self.none());
                    Ok(alloc(&t().method, MethodData { func, self_: ty.clone() }, None))
                }
                _ => Ok(attr),
            },
            _ => {
                // Native-module types (StateData) may define `__get__` too.
                if h.type_data().has_flag(tflags::HEAPTYPE) || h.type_data().kind == Kind::State {
                    let aty = h.type_value();
                    if let Some(get) = self.type_lookup(&aty, "__get__") {
                        let o = obj.cloned().unwrap_or_else(|| self.none());
                        return self.call_with_self(&get, attr.clone(), &[o, ty.clone()], &[]);
                    }
                }
                Ok(attr)
            }
        }
    }

    /// `getattr(obj, name)` (`name` is a str value).
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Some(h) = obj.as_header() {
            let td = h.type_data();
            if td.kind == Kind::Type && !td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
                return self.type_getattr(obj, name);
            }
            if td.flags.get() & (tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR) != 0 {
                return self.getattr_hooked(obj, name);
            }
        }
        self.generic_getattr(obj, name)
    }

    #[cold]
    fn getattr_hooked(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        let td = ty.downcast::<TypeData>().expect("type");
        let r = if td.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            let ga = self.type_lookup(&ty, "__getattribute__").expect("flag says it exists");
            self.call_with_self(&ga, obj.clone(), std::slice::from_ref(name), &[])
        } else {
            self.generic_getattr(obj, name)
        };
        match r {
            Err(e) if td.has_flag(tflags::HAS_GETATTR) && self.is_subtype(&e.exc_type(), &t().named("AttributeError")) => {
                let ga = self.type_lookup(&ty, "__getattr__").expect("flag says it exists");
                self.call_with_self(&ga, obj.clone(), std::slice::from_ref(name), &[])
            }
            r => r,
        }
    }

    /// `object.__getattribute__`: descriptors, instance dict, class attributes.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        let attr = self.type_lookup_v(&ty, name);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a.clone(), Some(obj), &ty);
            }
        }
        if let Some(found) = super::instattr::inline_get(obj, name) {
            if let Some(v) = found {
                return Ok(v);
            }
        } else if let Some(d) = super::instattr::existing_dict(self, obj) {
            if let Some(dd) = d.downcast::<DictData>() {
                if let Some(v) = dd.get_name(name) {
                    return Ok(v);
                }
            } else if let Some(v) = self.mapping_get(&d, name)? {
                return Ok(v);
            }
        }
        if let Some(a) = attr {
            return self.descr_get(a, Some(obj), &ty);
        }
        if let Some(md) = obj.downcast::<ModuleData>() {
            if let Some(ga) = md.dict.downcast::<DictData>().and_then(|d| d.get_str("__getattr__")) {
                return self.call(&ga, std::slice::from_ref(name));
            }
            let mname = md.dict.downcast::<DictData>().and_then(|d| d.get_str("__name__")).and_then(|n| as_str(&n).map(str::to_string)).unwrap_or_else(|| "?".into());
            return Err(attribute_error(format!("module '{}' has no attribute '{}'", mname, self.to_string_lossy(name))));
        }
        Err(self.no_attribute(obj, name))
    }

    #[cold]
    fn no_attribute(&mut self, obj: &Value, name: &Value) -> crate::error::PyErr {
        let exc = self.normalize(attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), self.to_string_lossy(name))));
        if let Some(d) = exc.downcast::<ExceptionData>() {
            let dict = self.dict();
            let dd = dict.downcast::<DictData>().expect("dict");
            dd.set_str(self.name("name"), name.clone());
            dd.set_str(self.name("obj"), obj.clone());
            d.dict.set(Some(dict));
        }
        crate::error::PyErr::from_object(exc)
    }

    fn type_getattr(&mut self, cls: &Value, name: &Value) -> PyResult<Value> {
        let meta = self.type_of(cls);
        let meta_attr = self.type_lookup_v(&meta, name);
        if let Some(a) = &meta_attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a.clone(), Some(cls), &meta);
            }
        }
        if let Some(a) = self.type_lookup_v(cls, name) {
            return self.descr_get(a, None, cls);
        }
        if let Some(a) = meta_attr {
            return self.descr_get(a, Some(cls), &meta);
        }
        if !meta.is(&t().type_) {
            if let Some(ga) = self.type_lookup(&meta, "__getattr__") {
                return self.call_with_self(&ga, cls.clone(), std::slice::from_ref(name), &[]);
            }
        }
        let cname = cls.downcast::<TypeData>().map(|t| t.name()).unwrap_or_else(|| "?".into());
        Err(attribute_error(format!("type object '{}' has no attribute '{}'", cname, self.to_string_lossy(name))))
    }

    /// `getattr(obj, name)` for a Rust str name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.name(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name)` returning `Ok(None)` on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.name(name);
        match self.getattr(obj, &n) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_subtype(&e.exc_type(), &t().named("AttributeError")) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `setattr(obj, name, v)`, or `delattr` when `v` is `None`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
        if let Some(h) = obj.as_header() {
            let td = h.type_data();
            if td.kind == Kind::Type && !td.has_flag(tflags::CUSTOM_SETATTR) {
                return self.type_setattr(obj, name, v);
            }
            if td.has_flag(tflags::CUSTOM_SETATTR) {
                let ty = h.type_value();
                let (meth, args) = match &v {
                    Some(val) => ("__setattr__", vec![name.clone(), val.clone()]),
                    None => ("__delattr__", vec![name.clone()]),
                };
                if let Some(f) = self.type_lookup(&ty, meth) {
                    self.call_with_self(&f, obj.clone(), &args, &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
        if obj.downcast::<TypeData>().is_some() {
            return self.type_setattr(obj, name, v);
        }
        let ty = self.type_of(obj);
        if let Some(a) = self.type_lookup_v(&ty, name) {
            if let Some(nd) = a.downcast::<NativeData>() {
                match nd {
                    NativeData::Property { .. } => return crate::types::callables::property_store(self, &a, obj, v).map(|_| ()),
                    NativeData::GetSet { set, name: n, .. } => {
                        return match set {
                            Some(s) => s(self, obj, v),
                            None => Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", n, self.type_name(obj)))),
                        };
                    }
                    NativeData::TupleGetter { .. } => {
                        return Err(attribute_error(if v.is_some() { "can't set attribute" } else { "can't delete attribute" }));
                    }
                    NativeData::Member { index, name: n, .. } => {
                        let slot = obj.as_header().and_then(|h| h.ext()).and_then(|e| e.slots.get(*index));
                        let slot = slot.expect("member of this layout");
                        if v.is_none() && slot.is_none() {
                            return Err(attribute_error(n.to_string()));
                        }
                        slot.set(v);
                        return Ok(());
                    }
                    _ => {}
                }
            } else if self.is_data_descriptor(&a) {
                let aty = self.type_of(&a);
                let (meth, args) = match &v {
                    Some(val) => ("__set__", vec![obj.clone(), val.clone()]),
                    None => ("__delete__", vec![obj.clone()]),
                };
                if let Some(f) = self.type_lookup(&aty, meth) {
                    self.call_with_self(&f, a.clone(), &args, &[])?;
                    return Ok(());
                }
            }
        }
        let v = match v {
            Some(val) => match super::instattr::inline_set(obj, name, val) {
                Ok(()) => return Ok(()),
                Err(val) => Some(val),
            },
            None => None,
        };
        match self.instance_dict(obj) {
            Some(d) => {
                let dd = d.downcast::<DictData>().expect("instance dict is a dict");
                match v {
                    Some(val) => dd.set_item(self, name.clone(), val),
                    None => match dd.del_item(self, name)? {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, name)),
                    },
                }
            }
            None => Err(if obj.as_header().and_then(|h| h.ext()).is_some() || !self.type_of(obj).downcast::<TypeData>().is_some_and(|t| t.has_flag(tflags::HEAPTYPE)) {
                attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), self.to_string_lossy(name)))
            } else {
                self.no_attribute(obj, name)
            }),
        }
    }

    fn type_setattr(&mut self, cls: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
        let td = cls.downcast::<TypeData>().expect("type");
        let meta = self.type_of(cls);
        if let Some(a) = self.type_lookup_v(&meta, name) {
            if let Some(NativeData::GetSet { set: Some(s), .. }) = a.downcast::<NativeData>() {
                return s(self, cls, v);
            }
        }
        if !td.has_flag(tflags::HEAPTYPE) {
            return Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", self.to_string_lossy(name), td.name())));
        }
        let dd = td.dict.downcast::<DictData>().expect("type dict");
        let n = self.to_string_lossy(name);
        match v {
            Some(val) => dd.set_item(self, name.clone(), val)?,
            None => {
                if dd.del_item(self, name)?.is_none() {
                    return Err(attribute_error(format!("type object '{}' has no attribute '{}'", td.name(), n)));
                }
            }
        }
        self.type_modified(cls);
        if n.starts_with("__") {
            self.update_type_flags(cls);
        }
        Ok(())
    }

    /// Bumps the version of `cls` and its subclasses (cached lookups are stale).
    pub fn type_modified(&mut self, cls: &Value) {
        crate::object::typeobj::bump_type_epoch();
        if let Some(td) = cls.downcast::<TypeData>() {
            td.version.set(crate::object::typeobj::next_type_version());
        }
    }

    /// Recomputes the special-method flags of a heap type from its MRO.
    pub fn update_type_flags(&mut self, cls: &Value) {
        let Some(td) = cls.downcast::<TypeData>() else { return };
        let user_defined = |vm: &Vm, n: &str| vm.type_lookup(cls, n).is_some_and(|f| f.downcast::<BuiltinData>().is_none() && f.downcast::<NativeData>().is_none_or(|nd| !matches!(nd, NativeData::GetSet { .. })));
        let mut fl = td.flags.get() & !(tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR | tflags::CUSTOM_SETATTR);
        if user_defined(self, "__getattribute__") {
            fl |= tflags::CUSTOM_GETATTRIBUTE;
        }
        if self.type_lookup(cls, "__getattr__").is_some() {
            fl |= tflags::HAS_GETATTR;
        }
        if user_defined(self, "__setattr__") || user_defined(self, "__delattr__") {
            fl |= tflags::CUSTOM_SETATTR;
        }
        td.flags.set(fl);
        td.has_finalizer.set(self.type_lookup(cls, "__del__").is_some());
    }

    /// LOAD_METHOD: `(callable, true)` to call with `obj` as self, or `(attr, false)`.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Option<Value>, bool)> {
        if let Some(h) = obj.as_header() {
            let td = h.type_data();
            if td.kind != Kind::Type && td.kind != Kind::Module && td.flags.get() & (tflags::CUSTOM_GETATTRIBUTE) == 0 {
                let ty = h.type_value();
                if let Some(a) = self.type_lookup_v(&ty, name) {
                    let plain = a.downcast::<FunctionData>().is_some() || a.downcast::<BuiltinData>().is_some_and(|b| b.kind == BuiltinKind::Method && b.self_.is_none());
                    if plain {
                        let shadowed = match super::instattr::inline_get(obj, name) {
                            Some(found) => found.is_some(),
                            None => match super::instattr::existing_dict(self, obj) {
                                Some(d) => d.downcast::<DictData>().is_some_and(|d| d.get_name(name).is_some()),
                                None => false,
                            },
                        };
                        if !shadowed {
                            return Ok((Some(a), true));
                        }
                    }
                }
            }
        } else {
            let ty = self.type_of(obj);
            if let Some(a) = self.type_lookup_v(&ty, name) {
                if a.downcast::<BuiltinData>().is_some_and(|b| b.kind == BuiltinKind::Method) {
                    return Ok((Some(a), true));
                }
            }
        }
        Ok((Some(self.getattr(obj, name)?), false))
    }

    /// Looks `name` up on `type(v)` and binds it to `v`.
    pub fn lookup_special(&mut self, v: &Value, name: &str) -> Option<Value> {
        let ty = self.type_of(v);
        let a = self.type_lookup(&ty, name)?;
        if self.is_none(&a) {
            return None;
        }
        self.descr_get(a, Some(v), &ty).ok()
    }

    /// BEFORE_WITH: bound `__enter__` and `__exit__`.
    pub fn with_methods(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let Some(enter) = self.lookup_special(ctx, "__enter__") else {
            return Err(type_error(format!("'{}' object does not support the context manager protocol", self.type_name(ctx))));
        };
        let Some(exit) = self.lookup_special(ctx, "__exit__") else {
            return Err(type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", self.type_name(ctx))));
        };
        Ok((enter, exit))
    }
}
