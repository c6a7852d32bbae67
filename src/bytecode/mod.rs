//! Bytecode: the instruction table (`opcodes`), code objects (`code`) and the
//! disassembler (`dis`).

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{Code, Const, ExceptionEntry, InlineCache, Instr};
pub use opcodes::{BinaryOp, CompareOp, Op};
