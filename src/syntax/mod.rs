//! The front end: a thin wrapper over `ruff_python_parser` turning parse errors into `CompileError`.
