//! The `re` module: a regex engine with Python 3.11 (`sre`) syntax and
//! semantics, written for Pyrite. `parse.rs` turns a pattern into the tree
//! of `ast.rs`, `compile.rs` flattens it into a program, `engine.rs` runs
//! it with an explicit backtracking stack, `native.rs` is the `_re` helper
//! module (`scanner.rs` its lazy match iterator), and `../pysrc/re.py` the public Python layer.

#![forbid(unsafe_code)]

pub mod ast;
pub mod chars;
pub mod compile;
pub mod engine;
pub mod native;
pub mod parse;
pub mod scanner;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("../pysrc/re.py");

/// Creates the `re` module (Python layer over `_re`).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "re", SOURCE)
}
