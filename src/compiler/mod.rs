//! The bytecode compiler: AST -> `Code` (symbol table, code generation, assembly).
