//! The multi-dimensional side of `memoryview`: `cast(format, shape)`
//! (1-D to N-D and N-D to 1-D over C-contiguous memory, with CPython's
//! checks and messages), item access by a tuple of indices and the nested
//! lists of `tolist()`.

use super::memoryview::{index_in, itemsize, me, View};
use crate::error::PyResult;
use crate::object::exception::{not_implemented_error, type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

/// The byte offset of the item that `key` (an int for 1-D views, a tuple
/// of one index per dimension otherwise) selects.
pub(super) fn item_offset(vm: &mut Vm, view: &View, key: &Value, setting: bool) -> PyResult<usize> {
    let ndim = view.ndim();
    let keys: Vec<Value> = match key.downcast::<TupleData>() {
        Some(t) => t.0.to_vec(),
        None => {
            if ndim == 0 {
                return Err(type_error("invalid indexing of 0-dim memory"));
            }
            if vm.is_int(key) || vm.lookup_special(key, "__index__").is_some() {
                let what = if setting { "sub-views are not implemented" } else { "multi-dimensional sub-views are not implemented" };
                return Err(not_implemented_error(what));
            }
            return Err(type_error("memoryview: invalid slice key"));
        }
    };
    if keys.iter().any(|k| k.downcast::<SliceData>().is_some()) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    if keys.len() < ndim {
        return Err(not_implemented_error("sub-views are not implemented"));
    }
    if keys.len() > ndim {
        return Err(type_error(format!("cannot index {ndim}-dimension view with {}-element tuple", keys.len())));
    }
    let mut off = view.start;
    for (d, (k, (n, stride))) in keys.iter().zip(view.shape()).enumerate() {
        let i = index_in(vm, k, n, d + 1)?;
        off += i as isize * stride;
    }
    Ok(off as usize)
}

/// The flat items (C order) of `view` nested into lists by its shape; a
/// 0-dim view gives its one item.
pub(super) fn nest(vm: &Vm, view: &View, items: Vec<Value>) -> Value {
    let extents: Vec<usize> = view.shape().iter().map(|d| d.0).collect();
    if extents.is_empty() {
        return items.into_iter().next().unwrap_or_else(|| vm.none());
    }
    let mut level = items;
    for &n in extents[1..].iter().rev() {
        let mut rows = Vec::with_capacity(level.len() / n.max(1));
        let mut it = level.into_iter();
        loop {
            let row: Vec<Value> = it.by_ref().take(n).collect();
            if row.is_empty() {
                break;
            }
            rows.push(vm.list(row));
        }
        level = rows;
    }
    vm.list(level)
}

/// The extents of a `shape` argument, with CPython's checks.
fn shape_arg(vm: &mut Vm, shape: &Value) -> PyResult<Vec<usize>> {
    let items: Vec<Value> = if let Some(t) = shape.downcast::<TupleData>() {
        t.0.to_vec()
    } else if let Some(l) = shape.downcast::<ListData>() {
        l.0.borrow().clone()
    } else {
        return Err(type_error("shape must be a list or a tuple"));
    };
    if items.len() > 64 {
        return Err(value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        let n = if vm.is_int(v) { vm.index_to_i64(v, "").unwrap_or(0) } else { 0 };
        if n <= 0 {
            return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        out.push(n as usize);
    }
    Ok(out)
}

/// `cast(format, shape=None)`: the same bytes seen with another item format
/// and, optionally, another shape.
pub(super) fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.method_parser("cast").bind(&["self", "format", "shape"], 2)?;
    let view = me(&args)?;
    let me_v = args.pos()[0].clone();
    let f = a[1].clone().unwrap_or_else(|| vm.none());
    let Some(fs) = crate::object::str::as_str(&f) else {
        return Err(type_error(format!("cast() argument 'format' must be str, not {}", vm.type_name(&f))));
    };
    let shape = a[2].clone().filter(|s| !vm.is_none(s));
    let fs = fs.strip_prefix('@').unwrap_or(fs);
    let fmt = match fs.as_bytes() {
        [c] if b"cbBhHiIlLqQfd?nN".contains(c) => *c,
        _ => return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    if !b"cbBhHiIlLqQfd".contains(&fmt) {
        return Err(not_implemented_error(format!("memoryview: format {} not supported", fmt as char)));
    }
    if !view.c_contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let is_byte = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !is_byte(fmt) && !is_byte(view.fmt) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let extents = match &shape {
        Some(s) => {
            if view.ndim() != 1 && shape_arg(vm, s).map_or(true, |e| e.len() != 1) {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(shape_arg(vm, s)?)
        }
        None => None,
    };
    let nbytes = view.offsets().len() * view.itemsize();
    let size = itemsize(fmt);
    let extents = match extents {
        Some(e) => {
            if e.iter().product::<usize>() * size != nbytes {
                return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            e
        }
        None => {
            if nbytes % size != 0 {
                return Err(type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / size]
        }
    };
    // C-order strides for the new shape.
    let mut dims = vec![(0usize, 0isize); extents.len()];
    let mut stride = size as isize;
    for (slot, &n) in dims.iter_mut().zip(&extents).rev() {
        *slot = (n, stride);
        stride *= n as isize;
    }
    let (len, step) = dims.first().copied().unwrap_or((1, size as isize));
    let dims = (dims.len() != 1).then(|| std::rc::Rc::from(dims));
    let cast = View { step, len, fmt, dims, ..view };
    Ok(alloc(&vm.type_of(&me_v), cast.native(), None))
}
