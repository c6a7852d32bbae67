//! The `collections` module: deque, defaultdict, Counter, OrderedDict,
//! ChainMap and namedtuple. Like CPython's `collections/__init__.py` the
//! module is Python source (embedded in the binary, split by concern across
//! the `collections_*` files) run in the module namespace.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Creates the `collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let src = [
        super::collections_deque::SRC,
        super::collections_counter::SRC,
        super::collections_chainmap::SRC,
        super::collections_namedtuple::SRC,
    ]
    .join("\n");
    super::pymod::module_from_source(vm, "collections", &src)
}
