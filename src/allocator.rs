//! The global allocator of the `pyrite` binary: mimalloc, called through its
//! plain `mi_malloc`/`mi_free` entry points whenever the requested alignment is
//! one mimalloc gives every block anyway (the `mimalloc` crate always takes
//! the aligned entry points, several calls deeper, on every allocation; the
//! interpreter allocates an object per exception, frame snapshot, tuple, ...).
//!
//! mimalloc aligns every block to at least 16 bytes, except blocks under 16
//! bytes, which are aligned to 8: an alignment no larger than 16 and no larger
//! than the size is therefore met by `mi_malloc` itself.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

extern "C" {
    // Part of mimalloc's API (`mimalloc.h`); `libmimalloc-sys` declares it
    // only with its `extended` feature.
    fn mi_collect(force: bool);
}

/// Gives the memory a burst of short-lived allocations freed (a JIT
/// compile: Cranelift's IR, register allocator and buffers, up to several
/// MiB) back to the system at once (`mi_collect(true)`: empty pages are
/// purged now, not after mimalloc's purge delay). Without it the freed
/// pages stayed resident while the interpreter's next allocations, of other
/// size classes, touched new ones: peak RSS rose by 1-3 MiB on benches with
/// several compiles. The cost is refaulting those pages at the next compile
/// (about 0.2 ms of a 2-3 ms compile). A non-forced collect (empty pages
/// back to mimalloc's pool, not purged) did not lower the peak.
pub fn release_after_burst() {
    // SAFETY: a plain call into the allocator; it frees nothing in use.
    unsafe { mi_collect(true) }
}

/// mimalloc with the unaligned fast path (see the module head).
pub struct PyriteAlloc;

/// Whether `mi_malloc` already meets `layout`'s alignment.
#[inline(always)]
fn natural(layout: &Layout) -> bool {
    layout.align() <= 16 && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc and goes back to it; `natural`
// only routes a request to `mi_malloc`/`mi_zalloc`/`mi_realloc` when the
// alignment those guarantee (16, or 8 for blocks under 16 bytes) suffices.
unsafe impl GlobalAlloc for PyriteAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain C allocation calls; a null result is passed on.
        unsafe {
            if natural(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if natural(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was returned by one of the allocation calls above.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator; the new block keeps the
        // alignment `layout` asks for (checked against the new size).
        unsafe {
            if layout.align() <= 16 && layout.align() <= new_size {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_meet_every_alignment_asked() {
        let a = PyriteAlloc;
        for (size, align) in [(1, 1), (8, 8), (12, 4), (16, 16), (24, 8), (40, 16), (8, 16), (64, 32), (100, 64), (4096, 4096)] {
            let l = Layout::from_size_align(size, align).unwrap();
            // SAFETY: a non-zero-sized layout, freed with the same allocator.
            unsafe {
                let p = a.alloc(l);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "size {size} align {align}");
                let q = a.realloc(p, l, size * 3);
                assert_eq!(q as usize % align, 0, "realloc size {size} align {align}");
                a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                let z = a.alloc_zeroed(l);
                assert!(std::slice::from_raw_parts(z, size).iter().all(|b| *b == 0));
                a.dealloc(z, l);
            }
        }
    }
}
