//! Numeric builtins (stub while being written).
use crate::vm::Vm;
/// Registers the reflect2 builtins.
pub fn install(vm: &mut Vm) { let _ = vm; }
