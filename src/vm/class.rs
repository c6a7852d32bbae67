//! Classes: `__build_class__`, `type(name, bases, dict)`, C3 MRO, instance
//! creation (`object.__new__`), `__init_subclass__`, `__set_name__`, slots.

use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

impl Vm {
    /// `type(name, bases, ns)` for metatype `meta`.
    pub fn new_class(&mut self, meta: &Value, name: &str, bases: Vec<Value>, ns: &Value) -> PyResult<Value> {
        let _ = (meta, name, bases, ns);
        todo!()
    }
}
