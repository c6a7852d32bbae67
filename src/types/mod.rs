//! Methods of the builtin types, one file per type family, each with an
//! `install()` that adds its methods to the type's namespace.

/// Defines a numeric type's forward and reflected operator methods, each
/// calling the file's own `binop(vm, args, op, reflected)`, and an
/// `install_ops(ty)` registering them under the table's dunder names.
macro_rules! number_ops {
    ($($name:ident, $rname:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, BinaryOp::$op, false) }
            fn $rname(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, BinaryOp::$op, true) }
        )*
        fn install_ops(ty: &Value) {
            $(
                add_method(ty, BinaryOp::$op.dunders().0, $name, BuiltinKind::Method);
                add_method(ty, BinaryOp::$op.dunders().1, $rname, BuiltinKind::Method);
            )*
        }
    };
}

/// The operands of a number type's binary dunder (its slot wrapper has
/// checked the count): `self`, the other operand, and for `__pow__` /
/// `__rpow__` the modulus when one other than None was passed.
type Operands<'a> = (&'a crate::object::Value, &'a crate::object::Value, Option<&'a crate::object::Value>);
fn number_operands<'a>(vm: &crate::vm::Vm, args: &crate::object::Args<'a>) -> crate::error::PyResult<Operands<'a>> {
    match args.pos() {
        [a, b] => Ok((a, b, None)),
        [a, b, m] => Ok((a, b, Some(m).filter(|m| !vm.is_none(m)))),
        p => Err(crate::object::exception::type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1)))),
    }
}

pub mod bytes;
pub mod callables;
pub mod descriptors;
pub mod bytes_args;
pub mod bytes_mutate;
pub mod bytes_search;
pub mod bytes_text;
pub mod async_gen;
pub mod async_gen_hooks;
pub mod complex;
pub mod coroutine;
pub mod core;
pub mod object_reduce;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod int;
pub mod introspect;
pub mod iter_reduce;
pub mod iterators;
pub mod list;
pub mod memoryview;
mod memoryview_nd;
pub mod range;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod str_methods;
pub mod str_codecs;
pub mod str_codecs_escape;
pub mod charmap_tables;
pub mod str_split;
pub mod strformat;
pub mod tuple;

/// Installs every builtin type's methods (once per process).
pub fn install_all() {
    core::install();
    descriptors::install();
    object_reduce::install();
    int::install();
    float::install();
    complex::install();
    str::install();
    bytes::install();
    list::install();
    tuple::install();
    dict::install();
    set::install();
    range::install();
    slice::install();
    iterators::install();
    iter_reduce::install();
    exception::install();
    exception_group::install();
    introspect::install_generic_alias();
    memoryview::install();
    coroutine::install();
}
