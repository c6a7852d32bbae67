//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors, the
//! MRO lookup of special methods, `LOAD_METHOD`, and `with` protocol lookup.

use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

impl Vm {
    /// `getattr(obj, name)` (`name` is a str value).
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let _ = (obj, name);
        todo!()
    }
    /// `getattr(obj, name)` for a Rust str name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.name(name);
        self.getattr(obj, &n)
    }
    /// `getattr(obj, name, None)`-like: `Ok(None)` on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let _ = (obj, name);
        todo!()
    }
    /// `setattr(obj, name, v)`, or `delattr` when `v` is `None`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
        let _ = (obj, name, v);
        todo!()
    }
    /// LOAD_METHOD: `(callable, true)` if it is an unbound method to call with
    /// `obj` as self, `(attribute, false)` otherwise.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Option<Value>, bool)> {
        let _ = (obj, name);
        todo!()
    }
    /// Looks `name` up on `type(v)`'s MRO and binds it to `v` (special method lookup).
    pub fn lookup_special(&mut self, v: &Value, name: &str) -> Option<Value> {
        let _ = (v, name);
        todo!()
    }
    /// Looks `name` up along a type's MRO (no binding).
    pub fn type_lookup(&self, ty: &Value, name: &str) -> Option<Value> {
        let _ = (ty, name);
        todo!()
    }
    /// BEFORE_WITH: bound `__enter__` and `__exit__`.
    pub fn with_methods(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let _ = ctx;
        todo!()
    }
}
