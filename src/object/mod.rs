//! The object model: the `Value` word, heap object headers, type objects,
//! the registry of builtin types, and one file per builtin layout.

pub mod bodies;
pub mod dict;
pub mod exception;
pub mod gc;
pub mod generator;
pub mod hashing;
pub mod header;
pub mod inline_attrs;
pub mod iter;
pub mod list;
pub mod registry;
pub mod set;
pub mod shape;
pub mod slot_sig;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod value;
pub mod weak;

pub use bodies::*;
pub use dict::DictData;
pub use exception::ExceptionData;
pub use list::ListData;
pub use header::{alloc, InstanceExt, Kind, Obj, ObjData, ValueCell};
pub use registry::t;
pub use set::SetData;
pub use typeobj::TypeData;
pub use value::Value;

/// The int `i`: inline when it fits the small-int range, else a heap int.
#[inline]
pub fn int_value(i: i64) -> Value {
    Value::try_small_int(i).unwrap_or_else(|| alloc(&t().int, IntData(i.into()), None))
}
