//! Ctrl-C: a SIGINT handler (the `ctrlc` crate's watcher thread) sets a
//! flag that the eval loop polls at loop back-edges and function calls,
//! raising `KeyboardInterrupt` in Python code, as CPython does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Installs the SIGINT handler (once per process).
pub fn install_handler() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Failing to install (no signal support) just leaves Ctrl-C fatal.
        let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::Relaxed));
    });
}

/// Whether Ctrl-C was pressed since the last check (clears the flag).
#[inline(always)]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Address of the Ctrl-C flag (a byte, nonzero when set), which compiled
/// code polls at loop back-edges before calling into the VM.
pub fn flag_address() -> u64 {
    &INTERRUPTED as *const AtomicBool as u64
}
