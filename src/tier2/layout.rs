//! The `VmLayout` the JIT back end compiles against, filled from the value
//! encoding (`object/value.rs`), the object header (`object/header.rs`) and
//! the list layout (`object/list.rs`).

use pyrite_jit::VmLayout;

use crate::object::header::{IMMORTAL, REFCNT_OFFSET, TYPE_OFFSET};
use crate::object::list::{LIST_ITEMS_OFFSET, LIST_LEN_OFFSET};
use crate::object::value::{DOUBLE_OFFSET, INT_TAG, TAG_MASK};
use crate::object::t;

/// Top-16-bit tag of exit status words (inside no Value range: pointers use
/// 0, floats 0x0002..=0xFFFA, small ints 0xFFFF).
pub const EXIT_TAG: u64 = 0x0001;

/// The error sentinel of word-returning helpers: an exit-tagged word, which
/// no Value can be.
pub const ERR_WORD: u64 = EXIT_TAG << 48 | 0xDEAD;

/// What `h_native_exit` gives a native caller that runs natively itself
/// when the callee's frame must wait for the caller's (`calls::native_exit`):
/// an exit-tagged word, which no Value can be.
pub const PENDING_WORD: u64 = EXIT_TAG << 48 | 0xCA11;

/// The layout for this process.
pub fn vm_layout() -> VmLayout {
    let r = t();
    VmLayout {
        tag_mask: TAG_MASK,
        ptr_tag: 0,
        int_tag: INT_TAG,
        int_payload_bits: 48,
        _pad0: 0,
        double_offset: DOUBLE_OFFSET,
        float_top_min: 0x0002,
        float_top_max: 0xFFFA,
        canonical_nan_bits: 0x7FF8_0000_0000_0000,
        exit_tag: EXIT_TAG,
        header_refcnt_offset: REFCNT_OFFSET as i32,
        header_type_offset: TYPE_OFFSET as i32,
        immortal_threshold: IMMORTAL as u64,
        true_word: r.true_.raw(),
        false_word: r.false_.raw(),
        none_word: r.none.raw(),
        list_items_offset: LIST_ITEMS_OFFSET as i32,
        list_len_offset: LIST_LEN_OFFSET as i32,
    }
}
