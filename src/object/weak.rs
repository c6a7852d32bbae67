//! Weak references: the side table that maps each weakly referenced
//! object to the weak reference objects pointing at it, cleared when the
//! object is freed.
//!
//! A weak reference is known here by an id (`WeakId`), which the `weakref`
//! object keeps in its state. The table holds, per id, the address of the
//! referent and of the weak reference object itself, neither counted.
//!
//! Invariants:
//! - An id is in the table exactly while its referent is alive and its weak
//!   reference object has not been freed: `header::free_object` calls
//!   [`on_free`] before an object's body is dropped, and the weak reference
//!   object calls [`unregister`] when it is dropped. So [`upgrade`] may turn
//!   the stored address back into a counted reference.
//! - Callbacks never run here (freeing happens anywhere, without a VM): the
//!   weak reference objects whose referent died are queued, counted, and the
//!   VM calls their callbacks at its next safe point
//!   ([`take_pending_callbacks`], with the finalizers).
//!
//! The table is only consulted on free when it is not empty, so programs
//! without weak references pay one thread-local flag test per freed object.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::header::{self, Header};
use super::value::Value;

/// A weak reference's identity in the table.
pub type WeakId = u64;

#[derive(Default)]
struct Table {
    /// Referent address -> the ids of the weak references to it, oldest first.
    by_target: HashMap<usize, Vec<WeakId>>,
    /// Id -> (referent address, weak reference object address).
    by_id: HashMap<WeakId, (usize, usize)>,
    next_id: WeakId,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    /// Whether any weak reference is registered (`by_id` is not empty).
    static ANY: Cell<bool> = const { Cell::new(false) };
    /// Weak reference objects whose referent died and which have a callback.
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn addr(v: &Value) -> Option<usize> {
    v.as_header().map(|h| h as *const Header as usize)
}

/// Registers a new weak reference from the object `wref` (a weak reference
/// object, alive) to `target` (a heap object, alive); returns its id.
/// Neither is counted: `wref` must call [`unregister`] when it is dropped.
pub fn register(target: &Value, wref: &Value) -> Option<WeakId> {
    let (t, w) = (addr(target)?, addr(wref)?);
    let id = TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        tb.next_id += 1;
        let id = tb.next_id;
        tb.by_target.entry(t).or_default().push(id);
        tb.by_id.insert(id, (t, w));
        id
    });
    ANY.with(|a| a.set(true));
    Some(id)
}

/// Removes weak reference `id` (its object is being dropped, or it was
/// never completed). Unknown ids (already cleared) are ignored.
pub fn unregister(id: WeakId) {
    TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        if let Some((t, _)) = tb.by_id.remove(&id) {
            if let Some(ids) = tb.by_target.get_mut(&t) {
                ids.retain(|&i| i != id);
                if ids.is_empty() {
                    tb.by_target.remove(&t);
                }
            }
        }
        if tb.by_id.is_empty() {
            ANY.with(|a| a.set(false));
        }
    });
}

/// The referent of weak reference `id`, if it is still alive.
pub fn upgrade(id: WeakId) -> Option<Value> {
    let t = TABLE.with(|tb| tb.borrow().by_id.get(&id).map(|e| e.0))?;
    Some(counted(t))
}

/// A counted reference to the object at `addr`, which the table says is
/// alive (a registered referent or weak reference object).
fn counted(addr: usize) -> Value {
    let h = addr as *const Header;
    // SAFETY: addresses stay in the table only while their object is alive
    // (module invariant); the new Value owns the reference added here.
    unsafe { (*h).incref() };
    Value::from_header_owned(h)
}

/// The weak reference objects pointing at `target`, oldest first.
pub fn refs_to(target: &Value) -> Vec<Value> {
    let Some(t) = addr(target) else { return Vec::new() };
    let addrs: Vec<usize> = TABLE.with(|tb| {
        let tb = tb.borrow();
        tb.by_target.get(&t).map(|ids| ids.iter().filter_map(|i| tb.by_id.get(i).map(|e| e.1)).collect()).unwrap_or_default()
    });
    addrs.into_iter().map(counted).collect()
}

/// Called by `header::free_object` for every object about to be freed:
/// clears the weak references to it and queues those with callbacks (see
/// [`set_callback_test`]).
#[inline]
pub(crate) fn on_free(h: *const Header) {
    if !ANY.with(|a| a.get()) {
        return;
    }
    clear_refs_to(h as usize);
}

#[cold]
fn clear_refs_to(t: usize) {
    let wrefs: Vec<usize> = TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        let Some(ids) = tb.by_target.remove(&t) else { return Vec::new() };
        let ws = ids.iter().filter_map(|i| tb.by_id.remove(i).map(|e| e.1)).collect();
        if tb.by_id.is_empty() {
            ANY.with(|a| a.set(false));
        }
        ws
    });
    if wrefs.is_empty() {
        return;
    }
    // Newest first, as CPython calls the callbacks.
    let queued: Vec<Value> = wrefs
        .into_iter()
        .rev()
        .filter_map(|w| {
            let h = w as *const Header;
            // SAFETY: the weak reference object was registered, so alive
            // (it unregisters before it is dropped); it is counted here.
            let v = unsafe {
                if (*h).refcount() == 0 {
                    return None;
                }
                (*h).incref();
                Value::from_header_owned(h)
            };
            CALLBACK_TEST.with(|f| f.get().is_some_and(|has| has(&v))).then_some(v)
        })
        .collect();
    if !queued.is_empty() {
        PENDING.with(|p| p.borrow_mut().extend(queued));
        header::set_pending();
    }
}

/// Says whether a weak reference object has a callback.
pub type CallbackTest = fn(&Value) -> bool;

thread_local! {
    /// The `CallbackTest` (installed by the `_weakref` module, which owns
    /// the weak reference type).
    static CALLBACK_TEST: Cell<Option<CallbackTest>> = const { Cell::new(None) };
}

/// Installs the test for "this weak reference object has a callback".
pub fn set_callback_test(f: CallbackTest) {
    CALLBACK_TEST.with(|c| c.set(Some(f)));
}

/// Takes the weak reference objects whose callbacks are due.
pub fn take_pending_callbacks() -> Vec<Value> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
