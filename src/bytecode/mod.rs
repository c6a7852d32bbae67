//! Bytecode: the instruction table (`opcodes`), code objects (`code`), the
//! disassembler (`dis`), and the cache-file format (`marshal`, checked by `verify`).

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcodes;
pub mod verify;

pub use code::{Code, Const, ExceptionEntry, InlineCache, Instr};
pub use opcodes::{BinaryOp, CompareOp, Op};
