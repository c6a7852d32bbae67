//! The `collections` module: our own Python source (`pysrc/collections.py`:
//! Counter, OrderedDict, namedtuple, ChainMap and the User* classes) on top
//! of the native `_collections` module (`collections_native.rs`: deque,
//! defaultdict, `_count_elements`, `_tuplegetter`).

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Our Python source for the `collections` module.
const SRC: &str = include_str!("pysrc/collections.py");

/// Creates the `collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "collections", SRC)
}
