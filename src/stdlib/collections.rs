//! The `collections` module: `deque` and `defaultdict` so far (our own
//! Python source embedded in the binary, run in the module namespace).
//! Counter, OrderedDict, ChainMap and namedtuple are not there yet.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Creates the `collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "collections", super::collections_deque::SRC)
}
