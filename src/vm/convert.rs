//! Conversions every part of the VM needs: truthiness, `repr`/`str`/`ascii`,
//! `format`, `hash`, `len`, and generic mapping access for namespaces.

use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

/// Hash of a builtin value that needs no Python code (`None` otherwise).
pub fn native_hash(v: &Value) -> Option<i64> {
    let _ = v;
    todo!()
}

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        let _ = v;
        todo!()
    }
    /// `bool(v)` with the common cases inline.
    #[inline(always)]
    pub fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        self.truthy(v)
    }
    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let _ = v;
        todo!()
    }
    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        let _ = v;
        todo!()
    }
    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let _ = v;
        todo!()
    }
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
        let _ = (v, spec);
        todo!()
    }
    /// `repr(v)` as a Rust String.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let _ = v;
        todo!()
    }
    /// `str(v)` as a Rust String.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let _ = v;
        todo!()
    }
    /// The text of a str value, or a placeholder for non-str (for messages).
    pub fn to_string_lossy(&self, v: &Value) -> String {
        crate::object::str::as_str(v).map(str::to_string).unwrap_or_else(|| format!("<{}>", self.type_name(v)))
    }
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        let _ = v;
        todo!()
    }
    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let _ = v;
        todo!()
    }
    /// `m[key]` for a namespace mapping, `None` if missing.
    pub fn mapping_get(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        let _ = (m, key);
        todo!()
    }
    /// `m[key] = v` for a namespace mapping.
    pub fn mapping_set(&mut self, m: &Value, key: Value, v: Value) -> PyResult<()> {
        let _ = (m, key, v);
        todo!()
    }
    /// `del m[key]`; false if it was missing.
    pub fn mapping_del(&mut self, m: &Value, key: &Value) -> PyResult<bool> {
        let _ = (m, key);
        todo!()
    }
}
