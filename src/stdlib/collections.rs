//! The `collections` module: `deque` and `defaultdict`
//! (`collections_deque.rs`), then Counter, OrderedDict, namedtuple,
//! ChainMap and the User* classes (`pysrc/collections.py`), all our own
//! Python source run in the one module namespace.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Our Python source for the other `collections` types.
const MORE: &str = include_str!("pysrc/collections.py");

/// Creates the `collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = super::pymod::module_from_source(vm, "collections", super::collections_deque::SRC)?;
    super::pymod::run_in_module(vm, &m, "collections", MORE)?;
    Ok(m)
}
