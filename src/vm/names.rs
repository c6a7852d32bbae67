//! Name lookups of the eval loop (and of tier 2's helpers): `LOAD_NAME`,
//! `LOAD_GLOBAL`'s uncached path, cells of closures, and the
//! UnboundLocalError / NameError messages of unbound names.

use crate::error::{PyErr, PyResult};
use crate::object::exception::{name_error, unbound_local_error};
use crate::object::*;

use super::frame::Frame;
use super::Vm;

impl Vm {
    pub(crate) fn cell_at(&self, f: &Frame, arg: u32) -> Value {
        f.fast[f.code.nlocals() + arg as usize].clone().expect("cell slot is set up")
    }

    #[cold]
    pub(crate) fn unbound_deref(&self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let name = code.deref_name(i);
        if i < code.cellvars.len() {
            unbound_local(name)
        } else {
            name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    pub(crate) fn load_name(&mut self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(locals) = &f.locals {
            if let Some(v) = self.mapping_get(locals, name)? {
                return Ok(v);
            }
        }
        self.load_global(f, name)
    }

    /// Looks `name` up in the frame's globals, then builtins.
    pub fn load_global(&mut self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(v) = f.globals.downcast::<DictData>().expect("globals dict").get_name(name) {
            return Ok(v);
        }
        if let Some(v) = f.builtins.downcast::<DictData>().and_then(|d| d.get_name(name)) {
            return Ok(v);
        }
        Err(name_error(format!("name '{}' is not defined", self.to_string_lossy(name))))
    }
}

/// UnboundLocalError for local `name`, with CPython's message.
#[cold]
pub(crate) fn unbound_local(name: &str) -> PyErr {
    unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"))
}
