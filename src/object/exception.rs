//! Exception objects: the `BaseException` layout and the builtin hierarchy,
//! plus `#[cold]` constructors of common `PyErr`s (`type_error(...)`, ...).
//!
//! An exception keeps its traceback as a list of entries appended as it
//! unwinds (innermost first); printing walks it in reverse, which gives
//! CPython's "most recent call last" order.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::header::{Kind, ObjData, ValueCell};
use super::registry::{t, Registry};
use super::value::Value;
use crate::error::PyErr;

/// One traceback line: where the exception passed through. Only the frame
/// snapshot is stored (one pointer, so the list stays small); file, function,
/// line and columns are read from its code at its instruction when asked for.
#[derive(Clone, Debug)]
pub struct TbEntry {
    /// What `tb_frame` shows of the frame: its code, globals, builtins,
    /// locals mapping (module and class bodies only) and instruction index.
    pub frame: Rc<TbFrame>,
}

impl TbEntry {
    /// File name of the code.
    pub fn filename(&self) -> &str {
        &self.frame.code.filename
    }
    /// Function name.
    pub fn name(&self) -> &str {
        &self.frame.code.name
    }
    /// Line number of the instruction that was running.
    pub fn lineno(&self) -> u32 {
        self.frame.code.line_at(self.frame.lasti)
    }
    /// End line and columns of the instruction that was running.
    pub fn span(&self) -> crate::bytecode::code::Span {
        self.frame.code.spans.get(self.frame.lasti).copied().unwrap_or_default()
    }
}

/// The parts of a frame a traceback entry keeps (for `tb.tb_frame`).
#[derive(Debug)]
pub struct TbFrame {
    /// The frame's code.
    pub code: Rc<crate::bytecode::Code>,
    /// `f_globals`.
    pub globals: Value,
    /// `f_builtins`.
    pub builtins: Value,
    /// `f_locals` when the frame has a locals mapping (module/class body).
    pub locals: Option<Value>,
    /// The instruction that was running.
    pub lasti: usize,
    /// The frame's fast slots (locals, then cells), moved here when this
    /// exception left the frame unhandled: as with CPython's frame objects,
    /// the locals of a frame an exception passed out of live as long as the
    /// traceback does (and `tb_frame.f_locals` shows them). Empty otherwise.
    pub fast: RefCell<Vec<Option<Value>>>,
}

/// The body of exception instances.
pub struct ExceptionData {
    /// `args` (a tuple).
    pub args: ValueCell,
    /// Traceback entries, innermost first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__`.
    pub cause: ValueCell,
    /// `__context__`.
    pub context: ValueCell,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// `__dict__`, made on first use (`vm::instattr::exception_dict`;
    /// instances of user subclasses keep attributes inline until then).
    pub dict: ValueCell,
    /// The fields builtin exception classes keep outside `__dict__` (a
    /// private dict): `value` of StopIteration, `code` of SystemExit,
    /// OSError's `errno`/`strerror`/`filename`, ImportError's `name`/`path`...
    /// (CPython's struct members).
    pub members: ValueCell,
    /// Exception groups only: the tuple `(message, exceptions)` (both
    /// read-only attributes of `BaseExceptionGroup`).
    pub group: ValueCell,
}

impl ObjData for ExceptionData {
    const KIND: Kind = Kind::Exception;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.args, &self.cause, &self.context, &self.dict, &self.members, &self.group] {
            c.with(|v| {
                if let Some(v) = v {
                    visit(v)
                }
            });
        }
        // Locals kept by traceback frames (so `self.err = e` cycles through
        // a method's frame are collected). A frame shared with another
        // exception's traceback (`with_traceback`) is not visited: its
        // references would be counted twice; left alone it only keeps them.
        if let Ok(tb) = self.traceback.try_borrow() {
            for e in tb.iter() {
                if Rc::strong_count(&e.frame) == 1 {
                    if let Ok(fast) = e.frame.fast.try_borrow() {
                        fast.iter().flatten().for_each(&mut *visit);
                    }
                }
            }
        }
    }
}

impl ExceptionData {
    /// A fresh exception body with `args`.
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: ValueCell::new(Some(args)),
            traceback: RefCell::new(Vec::new()),
            cause: ValueCell::default(),
            context: ValueCell::default(),
            suppress_context: Cell::new(false),
            dict: ValueCell::default(),
            members: ValueCell::default(),
            group: ValueCell::default(),
        }
    }
}

/// (name, base name) of every builtin exception below BaseException, parents first.
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Creates the builtin exception classes below BaseException.
pub(crate) fn make_hierarchy(reg: &Registry, make: &dyn Fn(&'static str, &Value) -> Value) {
    for (name, base) in HIERARCHY {
        let base = reg.by_name.borrow().get(base).cloned().expect("base exception created first");
        let ty = make(name, &base);
        reg.by_name.borrow_mut().insert(name, ty);
    }
}

/// The builtin type named `$name`, looked up once per thread (`t().named`
/// hashes the name on every call).
macro_rules! builtin_type {
    ($name:expr) => {{
        thread_local! {
            static TY: Value = t().named($name);
        }
        TY.with(Value::clone)
    }};
}

macro_rules! err_ctors {
    ($($fn:ident => $name:literal),* $(,)?) => {
        $(
            #[doc = concat!("A `", $name, "` with message `msg`.")]
            #[cold]
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(&builtin_type!($name), msg)
            }
        )*
    };
}

err_ctors! {
    type_error => "TypeError",
    value_error => "ValueError",
    index_error => "IndexError",
    key_error_msg => "KeyError",
    attribute_error => "AttributeError",
    name_error => "NameError",
    unbound_local_error => "UnboundLocalError",
    zero_division_error => "ZeroDivisionError",
    overflow_error => "OverflowError",
    runtime_error => "RuntimeError",
    recursion_error => "RecursionError",
    not_implemented_error => "NotImplementedError",
    import_error => "ImportError",
    module_not_found_error => "ModuleNotFoundError",
    os_error => "OSError",
    assertion_error => "AssertionError",
    system_error => "SystemError",
    memory_error => "MemoryError",
    unicode_error => "UnicodeError",
    eof_error => "EOFError",
    lookup_error => "LookupError",
    file_not_found_error => "FileNotFoundError",
}

/// The class named `name` in the builtin exception hierarchy.
pub fn exc_type(name: &str) -> Value {
    t().named(name)
}

/// `KeyError` (remembered: `t().named` hashes the name on every call).
pub fn key_error_type() -> Value {
    builtin_type!("KeyError")
}
