//! Native modules.
use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;
/// The native module `name`, created on demand.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> { let _ = (vm, name); None }
