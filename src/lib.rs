//! Pyrite: a Python 3 implementation with a specializing bytecode interpreter
//! and a Cranelift JIT tier. This is the public Rust API.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod numfmt;
pub mod object;
pub mod syntax;
pub mod types;
pub mod vm;
