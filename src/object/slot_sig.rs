//! How builtin methods check their argument count before they run, as in
//! CPython: slot wrappers (CPython's `slotdefs` table: `int.__add__` is a
//! `wrapper_descriptor` taking one argument, `list.__setitem__` two, ...),
//! and the methods CPython declares `METH_NOARGS` (`list.copy`) or `METH_O`
//! (`list.append`), listed below by their CPython names. Every other
//! builtin checks its own arguments.
//!
//! A name that CPython's types implement as a slot is a slot wrapper on
//! every builtin type that defines it, except the few methods CPython
//! defines as plain methods beside the slot (`METH_COEXIST`:
//! `dict.__getitem__`, `dict.__contains__`, `list.__getitem__`,
//! `set.__contains__`, `frozenset.__contains__`).

use super::bodies::Sig;

/// The argument check of builtin method `name` of the type named `owner`.
pub fn method_sig(owner: &str, name: &str) -> Sig {
    match slot_sig(owner, name) {
        Sig::Native => {}
        sig => return sig,
    }
    let key = |k: &&str| {
        let (o, n) = k.split_once('.').expect("owner.name");
        (o, n).cmp(&(owner, name))
    };
    if NOARGS.binary_search_by(key).is_ok() {
        Sig::NoArgs
    } else if ONE_ARG.binary_search_by(key).is_ok() {
        Sig::OneArg
    } else {
        Sig::Native
    }
}

/// Methods declared `METH_NOARGS` in CPython (sorted).
const NOARGS: &[&str] = &[
    "OrderedDict.__reduce__", "OrderedDict.__reversed__", "OrderedDict.__sizeof__", "OrderedDict.clear",
    "OrderedDict.copy", "OrderedDict.items", "OrderedDict.keys", "OrderedDict.values", "bytearray.__alloc__",
    "bytearray.__reduce__", "bytearray.__sizeof__", "bytearray.capitalize", "bytearray.clear",
    "bytearray.copy", "bytearray.isalnum", "bytearray.isalpha", "bytearray.isascii", "bytearray.isdigit",
    "bytearray.islower", "bytearray.isspace", "bytearray.istitle", "bytearray.isupper", "bytearray.lower",
    "bytearray.reverse", "bytearray.swapcase", "bytearray.title", "bytearray.upper", "bytes.__bytes__",
    "bytes.__getnewargs__", "bytes.capitalize", "bytes.isalnum", "bytes.isalpha", "bytes.isascii",
    "bytes.isdigit", "bytes.islower", "bytes.isspace", "bytes.istitle", "bytes.isupper", "bytes.lower",
    "bytes.swapcase", "bytes.title", "bytes.upper", "complex.__complex__", "complex.__getnewargs__",
    "complex.conjugate", "defaultdict.__copy__", "defaultdict.__reduce__", "defaultdict.copy",
    "deque.__copy__", "deque.__reduce__", "deque.__reversed__", "deque.__sizeof__", "deque.clear",
    "deque.copy", "deque.pop", "deque.popleft", "deque.reverse", "dict.__reversed__", "dict.__sizeof__",
    "dict.clear", "dict.copy", "dict.items", "dict.keys", "dict.popitem", "dict.values",
    "dict_items.__reversed__", "dict_keyiterator.__length_hint__", "dict_keyiterator.__reduce__",
    "dict_keys.__reversed__", "dict_values.__reversed__", "enumerate.__reduce__", "filter.__reduce__",
    "float.__ceil__", "float.__floor__", "float.__getnewargs__", "float.__trunc__", "float.as_integer_ratio",
    "float.conjugate", "float.hex", "float.is_integer", "frozenset.__reduce__", "frozenset.__sizeof__",
    "frozenset.copy", "int.__ceil__", "int.__floor__", "int.__getnewargs__", "int.__sizeof__",
    "int.__trunc__", "int.as_integer_ratio", "int.bit_count", "int.bit_length", "int.conjugate",
    "list.__reversed__", "list.__sizeof__", "list.clear", "list.copy", "list.reverse",
    "list_iterator.__length_hint__", "list_iterator.__reduce__", "list_reverseiterator.__length_hint__",
    "list_reverseiterator.__reduce__", "map.__reduce__", "memoryview.__enter__", "memoryview.release",
    "memoryview.tolist", "memoryview.toreadonly", "object.__dir__", "object.__getstate__",
    "object.__reduce__", "object.__sizeof__", "range.__reversed__", "range_iterator.__length_hint__",
    "range_iterator.__reduce__", "set.__reduce__", "set.__sizeof__", "set.clear", "set.copy", "set.pop",
    "set_iterator.__length_hint__", "set_iterator.__reduce__", "slice.__reduce__", "str.__getnewargs__",
    "str.__sizeof__", "str.capitalize", "str.casefold", "str.isalnum", "str.isalpha", "str.isascii",
    "str.isdecimal", "str.isdigit", "str.isidentifier", "str.islower", "str.isnumeric", "str.isprintable",
    "str.isspace", "str.istitle", "str.isupper", "str.lower", "str.swapcase", "str.title", "str.upper",
    "str_ascii_iterator.__length_hint__", "str_ascii_iterator.__reduce__", "tuple.__getnewargs__",
    "tuple_iterator.__length_hint__", "tuple_iterator.__reduce__", "zip.__reduce__",
];

/// Methods declared `METH_O` in CPython (sorted).
const ONE_ARG: &[&str] = &[
    "bytearray.append", "bytearray.extend", "bytearray.join", "bytearray.partition", "bytearray.remove",
    "bytearray.removeprefix", "bytearray.removesuffix", "bytearray.rpartition", "bytearray.zfill",
    "bytes.join", "bytes.partition", "bytes.removeprefix", "bytes.removesuffix", "bytes.rpartition",
    "bytes.zfill", "complex.__format__", "defaultdict.__missing__", "deque.append", "deque.appendleft",
    "deque.count", "deque.extend", "deque.extendleft", "deque.remove", "dict.__contains__",
    "dict.__getitem__", "dict_items.isdisjoint", "dict_keys.isdisjoint", "float.__format__",
    "frozenset.__contains__", "frozenset.isdisjoint", "frozenset.issubset", "frozenset.issuperset",
    "frozenset.symmetric_difference", "int.__format__", "list.__getitem__", "list.append", "list.count",
    "list.extend", "list.remove", "list_iterator.__setstate__", "list_reverseiterator.__setstate__",
    "object.__format__", "object.__reduce_ex__", "range.count", "range.index", "range_iterator.__setstate__",
    "set.__contains__", "set.add", "set.discard", "set.isdisjoint", "set.issubset", "set.issuperset",
    "set.remove", "set.symmetric_difference", "set.symmetric_difference_update", "slice.indices",
    "str.__format__", "str.format_map", "str.join", "str.partition", "str.removeprefix", "str.removesuffix",
    "str.rpartition", "str.translate", "str.zfill", "str_ascii_iterator.__setstate__", "tuple.count",
    "tuple_iterator.__setstate__", "zip.__setstate__",
];

/// The slot-wrapper check of `name` on the type named `owner`, `Native`
/// when it is not a slot wrapper.
fn slot_sig(owner: &str, name: &str) -> Sig {
    if !(name.len() > 4 && name.starts_with("__") && name.ends_with("__")) {
        return Sig::Native;
    }
    let coexist = matches!(
        (owner, name),
        ("dict", "__getitem__" | "__contains__") | ("list", "__getitem__") | ("set" | "frozenset", "__contains__")
    );
    if coexist {
        return Sig::Native;
    }
    match &name[2..name.len() - 2] {
        "repr" | "str" | "hash" | "iter" | "next" | "len" | "bool" | "neg" | "pos" | "abs" | "invert" | "int" | "float"
        | "index" | "await" | "aiter" | "anext" | "del" => Sig::Exact(0),
        // Sequence repetition (`sq_repeat`) unpacks its one argument.
        "mul" | "rmul" | "imul" if repeats(owner) => Sig::Unpack(1, 1),
        "getattribute" | "getattr" | "delattr" | "lt" | "le" | "eq" | "ne" | "gt" | "ge" | "getitem" | "contains"
        | "delitem" | "delete" | "add" | "radd" | "sub" | "rsub" | "mul" | "rmul" | "mod" | "rmod" | "divmod"
        | "rdivmod" | "lshift" | "rlshift" | "rshift" | "rrshift" | "and" | "rand" | "xor" | "rxor" | "or" | "ror"
        | "floordiv" | "rfloordiv" | "truediv" | "rtruediv" | "matmul" | "rmatmul" | "iadd" | "isub" | "imul"
        | "imod" | "ilshift" | "irshift" | "iand" | "ixor" | "ior" | "ifloordiv" | "itruediv" | "imatmul" | "ipow" => {
            Sig::Exact(1)
        }
        "setattr" | "setitem" | "set" => Sig::Unpack(2, 2),
        "get" | "pow" | "rpow" => Sig::Unpack(1, 2),
        "init" | "call" => Sig::Any,
        _ => Sig::Native,
    }
}

/// Whether the type named `owner` (its unqualified `__name__`, as
/// `add_method` records it) implements `*` as sequence repetition.
fn repeats(owner: &str) -> bool {
    matches!(owner, "list" | "tuple" | "str" | "bytes" | "bytearray" | "deque" | "array")
}

/// What is wrong with a call's argument count.
#[derive(Debug, PartialEq, Eq)]
pub enum ArityError {
    /// A slot wrapper's message, complete.
    Wrapper(String),
    /// `METH_NOARGS` given this many.
    NoArgs(usize),
    /// `METH_O` given this many.
    OneArg(usize),
}

impl ArityError {
    /// The message, naming the method `owner.name` where CPython does.
    pub fn message(self, owner: &str, name: &str) -> String {
        match self {
            ArityError::Wrapper(m) => m,
            ArityError::NoArgs(got) => format!("{owner}.{name}() takes no arguments ({got} given)"),
            ArityError::OneArg(got) => format!("{owner}.{name}() takes exactly one argument ({got} given)"),
        }
    }
}

/// What is wrong with calling a method of signature `sig` with `got`
/// arguments after `self`, or `None` when the count is right.
pub fn arity_error(sig: Sig, got: usize) -> Option<ArityError> {
    let plural = |n: u8| if n == 1 { "" } else { "s" };
    let wrapper = |m: String| Some(ArityError::Wrapper(m));
    match sig {
        Sig::Native | Sig::Any => None,
        Sig::NoArgs if got == 0 => None,
        Sig::NoArgs => Some(ArityError::NoArgs(got)),
        Sig::OneArg if got == 1 => None,
        Sig::OneArg => Some(ArityError::OneArg(got)),
        Sig::Exact(n) if got == n as usize => None,
        Sig::Exact(n) => wrapper(format!("expected {n} argument{}, got {got}", plural(n))),
        Sig::Unpack(min, max) if (min as usize..=max as usize).contains(&got) => None,
        Sig::Unpack(min, max) if min == max => wrapper(format!(" expected {min} argument{}, got {got}", plural(min))),
        Sig::Unpack(min, _) if got < min as usize => wrapper(format!(" expected at least {min} argument{}, got {got}", plural(min))),
        Sig::Unpack(_, max) => wrapper(format!(" expected at most {max} argument{}, got {got}", plural(max))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for table in [NOARGS, ONE_ARG] {
            let keys: Vec<(&str, &str)> = table.iter().map(|k| k.split_once('.').expect("owner.name")).collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "unsorted near {:?}", keys.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(method_sig("int", "__add__"), Sig::Exact(1));
        assert_eq!(method_sig("list", "__mul__"), Sig::Unpack(1, 1));
        assert_eq!(method_sig("int", "__mul__"), Sig::Exact(1));
        assert_eq!(method_sig("list", "__getitem__"), Sig::OneArg);
        assert_eq!(method_sig("list", "copy"), Sig::NoArgs);
        assert_eq!(method_sig("list", "sort"), Sig::Native);
        let msg = |sig, got| arity_error(sig, got).map(|e| e.message("list", "append"));
        assert_eq!(msg(Sig::Unpack(1, 2), 0).as_deref(), Some(" expected at least 1 argument, got 0"));
        assert_eq!(msg(Sig::OneArg, 2).as_deref(), Some("list.append() takes exactly one argument (2 given)"));
        assert_eq!(msg(Sig::NoArgs, 0), None);
    }
}
