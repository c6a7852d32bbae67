//! The Rust bodies of the builtin layouts that are plain data (no algorithms):
//! ints, floats, complex, str, bytes, range, slice, cell, module,
//! functions and methods, code, and the small native descriptors (tuple's
//! body is in `tuple.rs`).
//!
//! Containers implement `traverse` so the cycle collector can find their
//! references. Mutable containers use `RefCell`; the rule is that no borrow
//! is ever held across a call that can run Python code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::header::{Kind, ObjData, ValueCell};
use super::value::Value;
use crate::bytecode::Code;
use crate::error::PyResult;
use crate::vm::Vm;

/// A heap int (outside the inline range), or a bool.
pub struct IntData(pub BigInt);
impl ObjData for IntData {
    const KIND: Kind = Kind::Int;
}

/// A boxed float (instances of float subclasses; plain floats are inline).
pub struct FloatData(pub f64);
impl ObjData for FloatData {
    const KIND: Kind = Kind::Float;
}

/// A complex number.
pub struct ComplexData {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}
impl ObjData for ComplexData {
    const KIND: Kind = Kind::Complex;
}

/// A str. `s` is UTF-8 (Python strs with lone surrogates are not supported).
pub struct StrData {
    /// The text.
    pub s: Box<str>,
    /// Number of code points.
    pub char_len: usize,
    /// Cached hash, `-1` until computed.
    pub hash: Cell<i64>,
}
impl ObjData for StrData {
    const KIND: Kind = Kind::Str;
}
impl StrData {
    /// A str body for `s`.
    pub fn new(s: Box<str>) -> StrData {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrData { s, char_len, hash: Cell::new(-1) }
    }
    /// Whether every character is ASCII (so byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
}

/// bytes
pub struct BytesData(pub Box<[u8]>);
impl ObjData for BytesData {
    const KIND: Kind = Kind::Bytes;
}

/// bytearray
pub struct ByteArrayData(pub RefCell<Vec<u8>>);
impl ObjData for ByteArrayData {
    const KIND: Kind = Kind::ByteArray;
}

pub use super::tuple::{TupleData, TupleItems};

/// range(start, stop, step) with ints (inline or big).
pub struct RangeData {
    /// Start.
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step (never zero).
    pub step: Value,
}
impl ObjData for RangeData {
    const KIND: Kind = Kind::Range;
}

/// slice(start, stop, step)
pub struct SliceData {
    /// Start (None if omitted).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}
impl ObjData for SliceData {
    const KIND: Kind = Kind::Slice;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

/// A closure cell.
pub struct CellData(pub ValueCell);

/// Offset of a cell object's content word (0 when the cell is empty: see
/// `ValueCell`), for compiled code reading and writing cells in place.
pub const CELL_CONTENTS_OFFSET: usize = std::mem::offset_of!(super::header::Obj<CellData>, data);
const _: () = assert!(std::mem::size_of::<CellData>() == std::mem::size_of::<u64>());
impl ObjData for CellData {
    const KIND: Kind = Kind::Cell;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.with(|v| {
            if let Some(v) = v {
                visit(v)
            }
        });
    }
}

/// A code object as a Python value.
pub struct CodeData(pub Rc<Code>);
impl ObjData for CodeData {
    const KIND: Kind = Kind::Code;
}

/// A module.
pub struct ModuleData {
    /// The module namespace.
    pub dict: Value,
}
impl ObjData for ModuleData {
    const KIND: Kind = Kind::Module;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

/// A Python function.
pub struct FunctionData {
    /// The code.
    pub code: Rc<Code>,
    /// The module globals.
    pub globals: Value,
    /// The builtins namespace in effect (a dict).
    pub builtins: Value,
    /// `__name__` (a str).
    pub name: ValueCell,
    /// `__qualname__` (a str).
    pub qualname: ValueCell,
    /// `__defaults__` (tuple or None).
    pub defaults: ValueCell,
    /// `__kwdefaults__` (dict or None).
    pub kwdefaults: ValueCell,
    /// `__closure__` (tuple of cells), if any.
    pub closure: Option<Value>,
    /// `__doc__`.
    pub doc: ValueCell,
    /// `__module__`.
    pub module: ValueCell,
    /// `__annotations__` (dict), created lazily.
    pub annotations: ValueCell,
    /// `__dict__`, created lazily.
    pub dict: ValueCell,
}
impl ObjData for FunctionData {
    const KIND: Kind = Kind::Function;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        for c in [&self.defaults, &self.kwdefaults, &self.dict, &self.annotations] {
            c.with(|v| {
                if let Some(v) = v {
                    visit(v)
                }
            });
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
    }
}

/// A bound method: a callable with its `self`.
pub struct MethodData {
    /// The function.
    pub func: Value,
    /// The bound instance.
    pub self_: Value,
}
impl ObjData for MethodData {
    const KIND: Kind = Kind::Method;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

/// Arguments of a native call: positional values, then keyword values named
/// by `kwnames` (vectorcall style).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// All argument values: positional first, then keyword values.
    pub all: &'a [Value],
    /// Names of the trailing keyword values (str values).
    pub kwnames: &'a [Value],
}

/// A native function: gets the VM and the arguments (`self` first for methods).
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// How a builtin callable found in a type dict binds on attribute access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A plain function (`len`): never binds.
    Function,
    /// A method descriptor (`list.append`): binds to instances.
    Method,
    /// A class method (`dict.fromkeys`): binds to the class.
    ClassMethod,
    /// A static method (`str.maketrans`): never binds.
    StaticMethod,
}

/// How a builtin method's arguments are checked before it runs. CPython
/// exposes a type's slot functions (`__add__`, `__len__`, ...) as slot
/// wrappers, whose wrapper checks the argument count with a fixed message;
/// every other builtin checks its own arguments (`Native`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sig {
    /// The function checks its own arguments.
    Native,
    /// A slot wrapper taking exactly this many arguments after `self`,
    /// checked as CPython's `check_num_args` does
    /// (`expected 1 argument, got 0`).
    Exact(u8),
    /// A slot wrapper taking `min..=max` arguments after `self`, checked
    /// as CPython's `PyArg_UnpackTuple(args, "", min, max)` does
    /// (` expected at least 1 argument, got 0`).
    Unpack(u8, u8),
    /// A slot wrapper passing any arguments on (`__init__`, `__call__`).
    Any,
    /// A method taking no arguments after `self` (CPython's `METH_NOARGS`:
    /// `list.copy() takes no arguments (1 given)`).
    NoArgs,
    /// A method taking exactly one (CPython's `METH_O`:
    /// `list.append() takes exactly one argument (0 given)`).
    OneArg,
}

impl Sig {
    /// Whether the method is a slot wrapper (`wrapper_descriptor`).
    pub fn is_wrapper(self) -> bool {
        matches!(self, Sig::Exact(_) | Sig::Unpack(..) | Sig::Any)
    }
}

/// A builtin function, method descriptor, or bound builtin method.
pub struct BuiltinData {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it binds when found on a type.
    pub kind: BuiltinKind,
    /// The bound `self` (for bound builtin methods), prepended to the arguments.
    pub self_: Option<Value>,
    /// The owning type's name, for `__qualname__` and error messages.
    pub owner: &'static str,
    /// The owning type (`None` for functions), which an unbound method's
    /// `self` must be an instance of.
    pub owner_ty: Option<Value>,
    /// Whether it is a slot wrapper and how its arguments are checked.
    pub sig: Sig,
}
/// Offset of `BuiltinData::func` in a builtin function object (for
/// compiled code recognizing a known builtin).
pub const BUILTIN_FUNC_OFFSET: usize = std::mem::offset_of!(super::header::Obj<BuiltinData>, data) + std::mem::offset_of!(BuiltinData, func);
impl ObjData for BuiltinData {
    const KIND: Kind = Kind::Builtin;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

/// A native attribute getter/setter pair on a builtin type.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// A native attribute setter (`None` value: delete).
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// Small native objects that are mostly a few values.
pub enum NativeData {
    /// `property(fget, fset, fdel, doc)`
    Property {
        /// Getter.
        fget: ValueCell,
        /// Setter.
        fset: ValueCell,
        /// Deleter.
        fdel: ValueCell,
        /// Docstring.
        doc: ValueCell,
        /// The attribute name given by `__set_name__` (for error messages).
        name: ValueCell,
    },
    /// `staticmethod(f)`
    StaticMethod(ValueCell),
    /// `classmethod(f)`
    ClassMethod(ValueCell),
    /// `super(type, obj)`
    Super {
        /// The class whose successor in the MRO starts the search.
        ty: Value,
        /// The bound object (or class), None if unbound.
        obj: Value,
        /// The type whose MRO is searched (`type(obj)` or `obj` for classes).
        obj_type: Value,
    },
    /// A native getter/setter on a builtin type.
    GetSet {
        /// Attribute name.
        name: &'static str,
        /// The name of the type defining it.
        owner: &'static str,
        /// Getter.
        get: Getter,
        /// Setter, if writable.
        set: Option<Setter>,
    },
    /// A `__slots__` member: index into the instance's slot storage.
    Member {
        /// Attribute name.
        name: Rc<str>,
        /// Slot index.
        index: usize,
        /// Owning class name (for messages).
        owner: Rc<str>,
    },
    /// Mapping proxy over a type's dict (`C.__dict__`).
    MappingProxy(Value),
    /// A traceback entry list holder (`exc.__traceback__`).
    Traceback(Value),
    /// `memoryview(obj)`: items at bytes `start, start+step, ...` (`len` of
    /// them) of a bytes, bytearray or array.array.
    MemoryView {
        /// The exporting bytes, bytearray or array.
        obj: Value,
        /// Offset of the first item's first byte.
        start: isize,
        /// Distance in bytes between items.
        step: isize,
        /// Number of items.
        len: usize,
        /// The struct-style item format (`b'B'` for bytes).
        fmt: u8,
        /// `(extent, stride)` of every dimension when the view is not
        /// one-dimensional (`len`/`step` then describe the first one).
        dims: Option<std::rc::Rc<[(usize, isize)]>>,
        /// Bit 0: made read-only by `toreadonly()`; bit 1: released.
        flags: std::cell::Cell<u8>,
    },
    /// `collections`' `_tuplegetter(index, doc)`: the read-only field
    /// descriptor of namedtuple classes (`obj[index]` for tuples).
    TupleGetter {
        /// The tuple index (a negative one always raises IndexError).
        index: i64,
        /// `__doc__`.
        doc: ValueCell,
    },
    /// An object with no data (NoneType, NotImplementedType, ellipsis, NULL marker).
    Empty,
}
impl ObjData for NativeData {
    const KIND: Kind = Kind::Native;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let mut cell = |c: &ValueCell| {
            c.with(|v| {
                if let Some(v) = v {
                    visit(v)
                }
            })
        };
        match self {
            NativeData::Property { fget, fset, fdel, doc, name } => {
                cell(fget);
                cell(fset);
                cell(fdel);
                cell(doc);
                cell(name);
            }
            NativeData::StaticMethod(c) | NativeData::ClassMethod(c) => cell(c),
            NativeData::Super { ty, obj, obj_type } => {
                visit(ty);
                visit(obj);
                visit(obj_type);
            }
            NativeData::MappingProxy(v) | NativeData::Traceback(v) => visit(v),
            NativeData::MemoryView { obj, .. } => visit(obj),
            NativeData::TupleGetter { doc, .. } => cell(doc),
            NativeData::GetSet { .. } | NativeData::Member { .. } | NativeData::Empty => {}
        }
    }
}

/// Rust state of a native-module type (a deque, an itertools iterator, a
/// `functools.partial`, ...). Implementors report the values they hold.
pub trait NativeState: std::any::Any {
    /// Visits every `Value` held (for the cycle collector).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// `self` as `Any`, for downcasting.
    fn as_any(&self) -> &dyn std::any::Any;
    /// `self` as mutable `Any`, for downcasting.
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
    /// For native iterator types: their `__next__`, which `Vm::next` calls
    /// directly (no method lookup, no StopIteration) on exact instances.
    fn native_next(&self) -> Option<NativeNext> {
        None
    }
}

/// A native iterator step: the next item, or `None` when exhausted.
pub type NativeNext = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;

/// The body of native-module types: a boxed `NativeState` behind a
/// `RefCell`. As everywhere, never hold the borrow across a call that can
/// run Python code: copy what you need out first.
pub struct StateData(pub RefCell<Box<dyn NativeState>>);

impl ObjData for StateData {
    const KIND: Kind = Kind::State;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.0.try_borrow() {
            s.traverse(visit);
        }
    }
}

impl StateData {
    /// A body holding `state`.
    pub fn new(state: impl NativeState) -> StateData {
        StateData(RefCell::new(Box::new(state)))
    }
    /// Runs `f` on the state if it is a `T` (borrowed; `f` must not run Python code).
    pub fn with<T: 'static, R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let b = self.0.borrow();
        b.as_any().downcast_ref::<T>().map(f)
    }
    /// The state's native `__next__`, if it is a native iterator.
    #[inline]
    pub fn native_next(&self) -> Option<NativeNext> {
        self.0.try_borrow().ok()?.native_next()
    }
    /// Runs `f` on the state mutably if it is a `T` (`f` must not run Python code).
    pub fn with_mut<T: 'static, R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let mut b = self.0.borrow_mut();
        b.as_any_mut().downcast_mut::<T>().map(f)
    }
}
