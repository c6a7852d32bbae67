//! The cycle collector (CPython's algorithm): container objects carry a
//! `GcHead` in front of their header and sit on one of three generation
//! lists; a collection of generation `g` finds the objects of generations
//! `0..=g` whose every reference comes from other such objects and that
//! no outside reference reaches, and breaks their cycles by clearing them.
//!
//! Which objects are tracked: every instance with a user-instance extension
//! (`InstanceExt`) and the builtin layouts whose `traverse` this module
//! relies on (`tracked_kind`). Everything else, and every immortal object,
//! is untracked: references from untracked objects count as outside
//! references, which only ever keeps objects alive.
//!
//! Invariants:
//! - Tracked objects are allocated as `GcBox<U>` (`alloc_tracked`) and freed
//!   with `free_tracked`, which unlinks them; `head.refs` is 0 outside a
//!   collection.
//! - `traverse` must visit only references the object owns, each once: a
//!   visit too many would make a live object look unreachable. Visiting too
//!   few is safe (it looks referenced from outside).
//! - No Python code and no freeing runs while a collection walks the lists
//!   (`find_garbage`); clearing runs with every garbage object held by a
//!   counted reference, so nothing is freed while the garbage is cleared.

use std::cell::Cell;

use super::header::{Header, Kind};
use super::value::Value;

/// The link and scratch words in front of a tracked object.
#[repr(C)]
pub struct GcHead {
    prev: Cell<*mut GcHead>,
    next: Cell<*mut GcHead>,
    /// During a collection: 1 + the references not (yet) explained by
    /// other collected objects; `REACHABLE` once known reachable; 0 outside.
    refs: Cell<isize>,
}

/// A tracked object: the head, then the object (`Obj<..>`) itself.
#[repr(C)]
pub struct GcBox<U> {
    head: GcHead,
    /// The object; its address is the object's address.
    pub obj: U,
}

/// Bytes from a `GcHead` to the object after it (objects are 8-aligned).
const HEAD_SIZE: usize = std::mem::size_of::<GcHead>();
const REACHABLE: isize = isize::MAX;

/// Whether objects of builtin layout `k` (without an instance extension)
/// are tracked.
pub const fn tracked_kind(k: Kind) -> bool {
    matches!(k, Kind::List | Kind::Dict | Kind::Set | Kind::Tuple | Kind::Function | Kind::Method | Kind::Cell | Kind::Generator | Kind::Coroutine | Kind::Exception | Kind::Type)
}

struct Gens {
    /// Sentinels of the generation lists (0 youngest).
    heads: [GcHead; 3],
    /// Allocations minus frees of tracked objects since generation 0 was
    /// last collected; collections of generation 0 / 1 since 1 / 2 was.
    count: [Cell<isize>; 3],
    threshold: [Cell<isize>; 3],
    enabled: Cell<bool>,
    /// Objects that survived a full collection, and those promoted to
    /// generation 2 since (CPython's long-lived heuristic).
    long_lived_total: Cell<isize>,
    long_lived_pending: Cell<isize>,
    collecting: Cell<bool>,
    ready: Cell<bool>,
    /// Per generation: collections, objects collected, uncollectable.
    stats: [Cell<(u64, u64, u64)>; 3],
}

thread_local! {
    static GENS: Gens = const {
        Gens {
            heads: [const { GcHead { prev: Cell::new(std::ptr::null_mut()), next: Cell::new(std::ptr::null_mut()), refs: Cell::new(0) } }; 3],
            count: [const { Cell::new(0) }; 3],
            threshold: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            collecting: Cell::new(false),
            ready: Cell::new(false),
            stats: [const { Cell::new((0, 0, 0)) }; 3],
        }
    };
}

fn sentinel(g: &Gens, i: usize) -> *mut GcHead {
    if !g.ready.get() {
        for h in &g.heads {
            let p = h as *const GcHead as *mut GcHead;
            h.prev.set(p);
            h.next.set(p);
        }
        g.ready.set(true);
    }
    &g.heads[i] as *const GcHead as *mut GcHead
}

/// Appends `h` at the end of the list with sentinel `list`.
///
/// # Safety
/// `h` is an unlinked head; `list` a valid sentinel.
unsafe fn link(list: *mut GcHead, h: *mut GcHead) {
    // SAFETY: per the contract both are valid heads; the list is circular.
    unsafe {
        let last = (*list).prev.get();
        (*h).prev.set(last);
        (*h).next.set(list);
        (*last).next.set(h);
        (*list).prev.set(h);
    }
}

/// Removes `h` from its list.
///
/// # Safety
/// `h` is a linked head.
unsafe fn unlink(h: *mut GcHead) {
    // SAFETY: a linked head's neighbours are valid heads.
    unsafe {
        let (p, n) = ((*h).prev.get(), (*h).next.get());
        (*p).next.set(n);
        (*n).prev.set(p);
    }
}

/// Moves every object of list `from` to the end of list `to`.
///
/// # Safety
/// Both are valid sentinels.
unsafe fn splice(from: *mut GcHead, to: *mut GcHead) {
    // SAFETY: valid circular lists.
    unsafe {
        let first = (*from).next.get();
        if first == from {
            return;
        }
        let last = (*from).prev.get();
        let tail = (*to).prev.get();
        (*tail).next.set(first);
        (*first).prev.set(tail);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

fn head_of(h: *const Header) -> *mut GcHead {
    (h as *const u8).wrapping_sub(HEAD_SIZE) as *mut GcHead
}

fn header_of(g: *mut GcHead) -> *const Header {
    (g as *const u8).wrapping_add(HEAD_SIZE) as *const Header
}

/// Whether the object at `h` is tracked (allocated in a `GcBox`).
pub fn is_tracked(h: &Header) -> bool {
    if h.is_immortal() {
        return false;
    }
    let td = h.type_data();
    td.ext_offset != 0 || tracked_kind(td.kind)
}

/// Moves `obj` into a new `GcBox` on generation 0 and returns the
/// object's address (freed with [`free_tracked`]).
#[inline]
pub(crate) fn alloc_tracked<U>(obj: U, alloc: impl FnOnce(GcBox<U>) -> *mut GcBox<U>) -> *mut U {
    const { assert!(std::mem::align_of::<U>() <= 8) };
    let b = alloc(GcBox { head: GcHead { prev: Cell::new(std::ptr::null_mut()), next: Cell::new(std::ptr::null_mut()), refs: Cell::new(0) }, obj });
    // SAFETY: `b` is a fresh box holding its object.
    unsafe { track_new(b) }
}

/// Puts a new box, whose object the caller has written in place, on
/// generation 0 (its head is written here) and returns the object's
/// address (freed with [`free_tracked`]).
///
/// # Safety
/// `b` is a fresh, unlinked allocation for a `GcBox<U>` whose `obj` is
/// initialized.
#[inline]
pub(crate) unsafe fn track_new<U>(b: *mut GcBox<U>) -> *mut U {
    const { assert!(std::mem::align_of::<U>() <= 8) };
    // SAFETY: per the contract `b` is ours; its head is written before use.
    unsafe { (&raw mut (*b).head).write(GcHead { prev: Cell::new(std::ptr::null_mut()), next: Cell::new(std::ptr::null_mut()), refs: Cell::new(0) }) };
    GENS.with(|g| {
        let list = sentinel(g, 0);
        // SAFETY: `b` is a fresh box: its head is unlinked.
        unsafe { link(list, &raw mut (*b).head) };
        let c = g.count[0].get() + 1;
        g.count[0].set(c);
        if c > g.threshold[0].get() && g.enabled.get() && g.threshold[0].get() > 0 && !g.collecting.get() {
            super::header::set_pending();
        }
    });
    // SAFETY: `b` is valid; the object lives inside it.
    unsafe { &raw mut (*b).obj }
}

/// Unlinks the tracked object at `p` before its box is freed; returns the
/// box's address.
///
/// # Safety
/// `p` came from [`alloc_tracked`] and is being freed.
#[inline]
pub(crate) unsafe fn untrack<U>(p: *mut U) -> *mut GcBox<U> {
    let h = head_of(p as *const Header);
    // SAFETY: per the contract `h` is the linked head in front of `p`.
    unsafe { unlink(h) };
    GENS.with(|g| {
        let c = g.count[0].get();
        if c > 0 {
            g.count[0].set(c - 1);
        }
    });
    h as *mut GcBox<U>
}

/// Takes the tracked object at `h` off the collector's lists for good
/// (it is about to become immortal, which the collector never follows).
pub(crate) fn untrack_for_immortal(h: &Header) {
    if !is_tracked(h) {
        return;
    }
    // SAFETY: a tracked object is linked, with its head in front of it.
    unsafe { untrack(h as *const Header as *mut Header) };
}

/// Whether an automatic collection is due (and which generation).
pub fn due() -> Option<usize> {
    GENS.with(|g| {
        if !g.enabled.get() || g.collecting.get() || g.threshold[0].get() <= 0 || g.count[0].get() <= g.threshold[0].get() {
            return None;
        }
        // The oldest generation whose count passed its threshold, as CPython.
        let mut gen = 0;
        for i in (1..3).rev() {
            if g.count[i].get() > g.threshold[i].get() {
                if i == 2 && g.long_lived_pending.get() < g.long_lived_total.get() / 4 {
                    continue;
                }
                gen = i;
                break;
            }
        }
        Some(gen)
    })
}

/// Visits the children of the tracked object at `h` that this module may
/// rely on (see the module invariants).
fn children(h: &Header, visit: &mut dyn FnMut(&Value)) {
    let td = h.type_data();
    if tracked_kind(td.kind) {
        (td.traverse)(h, visit);
    }
    if let Some(ext) = h.ext() {
        ext.visit(visit);
    }
}

/// The head of `v` if it is a tracked object taking part in the current
/// collection (`refs > 0`).
fn collected_head(v: &Value) -> Option<*mut GcHead> {
    let h = v.as_header()?;
    if !is_tracked(h) {
        return None;
    }
    let g = head_of(h);
    // SAFETY: tracked objects have a head in front of them.
    (unsafe { (*g).refs.get() } > 0).then_some(g)
}

/// The outcome of finding garbage: the unreachable objects, each held.
pub struct Garbage {
    /// The unreachable objects (counted references).
    pub objects: Vec<Value>,
    /// The generation collected.
    pub generation: usize,
    /// The private list the garbage sits on until [`release`].
    list: *mut GcHead,
}

/// Runs the reachability analysis over generations `0..=gen`; reachable
/// objects move one generation up; returns the unreachable ones, held, and
/// left on a private list until [`release`].
pub fn find_garbage(gen: usize) -> Garbage {
    GENS.with(|g| {
        g.collecting.set(true);
        let young = sentinel(g, gen);
        // SAFETY: the lists are valid circular lists of tracked objects;
        // nothing is freed or allocated while we walk them (no Python code
        // runs and no references are dropped until the garbage is held).
        unsafe {
            for i in 0..gen {
                splice(sentinel(g, i), young);
            }
            // 1. refs = 1 + refcount.
            let mut p = (*young).next.get();
            while p != young {
                (*p).refs.set((*header_of(p)).refcount() as isize + 1);
                p = (*p).next.get();
            }
            // 2. Subtract the references from collected objects.
            let mut p = (*young).next.get();
            while p != young {
                children(&*header_of(p), &mut |c| {
                    if let Some(ch) = collected_head(c) {
                        (*ch).refs.set((*ch).refs.get() - 1);
                    }
                });
                p = (*p).next.get();
            }
            // 3. Tentatively unreachable: no outside reference.
            let unreachable = Box::into_raw(Box::new(GcHead { prev: Cell::new(std::ptr::null_mut()), next: Cell::new(std::ptr::null_mut()), refs: Cell::new(0) }));
            (*unreachable).prev.set(unreachable);
            (*unreachable).next.set(unreachable);
            let mut p = (*young).next.get();
            while p != young {
                let next = (*p).next.get();
                if (*p).refs.get() == 1 {
                    unlink(p);
                    link(unreachable, p);
                } else {
                    (*p).refs.set(REACHABLE);
                }
                p = next;
            }
            // 4. Everything reachable from a reachable object is reachable
            //    (the list grows at its end while we walk it).
            let mut p = (*young).next.get();
            while p != young {
                children(&*header_of(p), &mut |c| {
                    if let Some(ch) = collected_head(c) {
                        if (*ch).refs.get() != REACHABLE {
                            (*ch).refs.set(REACHABLE);
                            unlink(ch);
                            link(young, ch);
                        }
                    }
                });
                p = (*p).next.get();
            }
            // 5. Survivors: scratch back to 0, promoted.
            let mut p = (*young).next.get();
            let mut survivors = 0isize;
            while p != young {
                (*p).refs.set(0);
                survivors += 1;
                p = (*p).next.get();
            }
            let older = sentinel(g, (gen + 1).min(2));
            if gen < 2 {
                splice(young, older);
                g.count[gen + 1].set(g.count[gen + 1].get() + 1);
                if gen == 1 {
                    g.long_lived_pending.set(g.long_lived_pending.get() + survivors);
                }
            } else {
                g.long_lived_total.set(survivors);
                g.long_lived_pending.set(0);
            }
            for i in 0..=gen {
                g.count[i].set(0);
            }
            // 6. Hold the garbage.
            let mut objects = Vec::new();
            let mut p = (*unreachable).next.get();
            while p != unreachable {
                (*p).refs.set(0);
                let h = header_of(p);
                (*h).incref();
                objects.push(Value::from_header_owned(h));
                p = (*p).next.get();
            }
            Garbage { objects, generation: gen, list: unreachable }
        }
    })
}

/// Drops the holds on `garbage` (its objects free as far as their cycles
/// were broken) and puts what is left on the oldest generation.
pub fn release(garbage: Garbage) -> usize {
    let n = garbage.objects.len();
    let list = garbage.list;
    drop(garbage.objects);
    GENS.with(|g| {
        let old = sentinel(g, 2);
        // SAFETY: `list` is the private sentinel made by `find_garbage`;
        // the objects still on it are alive (refs 0): they move to the
        // oldest generation, then the sentinel is freed.
        unsafe {
            splice(list, old);
            drop(Box::from_raw(list));
        }
        g.collecting.set(false);
    });
    n
}

/// Takes out everything the object owns that can hold a cycle (its
/// `tp_clear`), into `trash` (dropped by the caller once every garbage
/// object has been cleared).
pub fn clear(v: &Value, trash: &mut Vec<Box<dyn std::any::Any>>) {
    let Some(h) = v.as_header() else { return };
    if let Some(ext) = h.ext() {
        trash.push(Box::new(ext.dict.take()));
        trash.push(Box::new(ext.attrs.take_all().map(|(_, vals)| vals)));
        for s in ext.slots.iter() {
            trash.push(Box::new(s.take()));
        }
    }
    match h.type_data().kind {
        Kind::List => {
            if let Some(l) = h.downcast::<super::list::ListData>() {
                if let Ok(mut items) = l.0.try_borrow_mut() {
                    trash.push(Box::new(std::mem::take(&mut *items)));
                }
            }
        }
        Kind::Dict => {
            if let Some(d) = h.downcast::<super::dict::DictData>() {
                if let Some(t) = d.take_for_gc() {
                    trash.push(t);
                }
            }
        }
        Kind::Set => {
            if let Some(s) = h.downcast::<super::set::SetData>() {
                if let Some(t) = s.take_for_gc() {
                    trash.push(t);
                }
            }
        }
        Kind::Cell => {
            if let Some(c) = h.downcast::<super::bodies::CellData>() {
                trash.push(Box::new(c.0.take()));
            }
        }
        Kind::Function => {
            if let Some(f) = h.downcast::<super::bodies::FunctionData>() {
                for c in [&f.defaults, &f.kwdefaults, &f.dict, &f.annotations] {
                    trash.push(Box::new(c.take()));
                }
            }
        }
        Kind::Exception => {
            if let Some(e) = h.downcast::<super::exception::ExceptionData>() {
                for c in [&e.cause, &e.context, &e.dict, &e.members] {
                    trash.push(Box::new(c.take()));
                }
            }
        }
        Kind::Type => {
            // As CPython's `type_clear`: the MRO (which holds the class
            // itself); the namespace is a dict cleared on its own. Caches
            // keyed on the type epoch must not serve this class any more.
            if let Some(td) = h.downcast::<super::typeobj::TypeData>() {
                if let Ok(mut mro) = td.mro.try_borrow_mut() {
                    trash.push(Box::new(std::mem::take(&mut *mro)));
                }
                super::typeobj::bump_type_epoch();
            }
        }
        Kind::Generator | Kind::Coroutine => {
            if let Some(gd) = h.downcast::<super::generator::GeneratorData>().or_else(|| h.downcast::<super::generator::CoroutineData>().map(|c| &c.gen)) {
                if !gd.running.get() {
                    if let Ok(mut f) = gd.frame.try_borrow_mut() {
                        trash.push(Box::new(f.take()));
                    }
                }
            }
        }
        _ => {}
    }
}

/// The objects `v` refers to that the collector follows.
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(h) = v.as_header() {
        if is_tracked(h) {
            children(h, &mut |c| out.push(c.clone()));
        }
    }
    out
}

/// Every tracked object (oldest generation last).
pub fn all_objects(gen: Option<usize>) -> Vec<Value> {
    let mut out = Vec::new();
    GENS.with(|g| {
        for i in 0..3 {
            if gen.is_some_and(|want| want != i) {
                continue;
            }
            let s = sentinel(g, i);
            // SAFETY: walking a valid list; each object is alive and gets a
            // counted reference.
            unsafe {
                let mut p = (*s).next.get();
                while p != s {
                    let h = header_of(p);
                    (*h).incref();
                    out.push(Value::from_header_owned(h));
                    p = (*p).next.get();
                }
            }
        }
    });
    out
}

/// Records a finished collection of `gen`.
pub fn record(gen: usize, collected: u64, uncollectable: u64) {
    GENS.with(|g| {
        let (c, n, u) = g.stats[gen].get();
        g.stats[gen].set((c + 1, n + collected, u + uncollectable));
    });
}

/// Per generation: (collections, collected, uncollectable).
pub fn stats() -> [(u64, u64, u64); 3] {
    GENS.with(|g| [g.stats[0].get(), g.stats[1].get(), g.stats[2].get()])
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    GENS.with(|g| g.enabled.set(on));
}

/// `gc.isenabled()`.
pub fn enabled() -> bool {
    GENS.with(|g| g.enabled.get())
}

/// `gc.get_count()`.
pub fn counts() -> [isize; 3] {
    GENS.with(|g| [g.count[0].get(), g.count[1].get(), g.count[2].get()])
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [isize; 3] {
    GENS.with(|g| [g.threshold[0].get(), g.threshold[1].get(), g.threshold[2].get()])
}

/// `gc.set_threshold(...)`: the given generations' thresholds.
pub fn set_thresholds(t: &[isize]) {
    GENS.with(|g| {
        for (i, v) in t.iter().enumerate().take(3) {
            g.threshold[i].set(*v);
        }
    });
}

/// Whether a collection is running (collections do not nest).
pub fn collecting() -> bool {
    GENS.with(|g| g.collecting.get())
}
