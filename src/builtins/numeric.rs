//! Numeric builtins (stub while being written).
use crate::vm::Vm;
/// Registers the numeric builtins.
pub fn install(vm: &mut Vm) { let _ = vm; }
