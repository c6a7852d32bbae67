//! The contract between the VM and compiled code: the value/object layout
//! (`VmLayout`), the helper functions the VM exports (`HelperTable`), the
//! entry signature and the exit status word returned by compiled code.
//!
//! Invariants:
//! - Lowering reads every VM number (tags, offsets, thresholds, singleton
//!   words) from `VmLayout`; nothing about the VM's encoding is hard-coded
//!   elsewhere. `VmLayout::validate` checks the layout is self-consistent.
//! - Compiled code has the entry signature [`EntryFn`]:
//!   `extern "C" fn(frame_slots: *mut u64, vm_ctx: *mut c_void) -> u64`.
//!   `frame_slots` points at the interpreter frame's array of Value words:
//!   locals first, then cells, then the value stack (a `FrameState` gives the
//!   stack depth at every exit). `vm_ctx` is opaque to the JIT and can be
//!   passed to helpers (`ir::Function::vm_ctx`).
//! - The returned word is either a Value word (a normal return, ownership
//!   moves to the caller) or an exit status whose top 16 bits are
//!   `VmLayout::exit_tag`, a tag the VM promises never to use for a Value.
//!   See [`RawStatus`].

use std::ffi::c_void;

/// The entry point of a compiled function. See the module docs.
pub type EntryFn = unsafe extern "C" fn(frame_slots: *mut u64, vm_ctx: *mut c_void) -> u64;

/// The VM's value encoding and object layout, filled by the VM from its own
/// constants (`src/object/value.rs`, `src/object/header.rs`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VmLayout {
    /// Mask of the tag bits of a word (the top 16 bits).
    pub tag_mask: u64,
    /// Tag (masked bits) of a heap-object pointer (`0`).
    pub ptr_tag: u64,
    /// Tag (masked bits) of a small int (`0xFFFF << 48`).
    pub int_tag: u64,
    /// Number of payload bits of a small int (48): two's complement,
    /// range `-2^(bits-1)..2^(bits-1)`.
    pub int_payload_bits: u32,
    /// Padding, keep zero.
    pub _pad0: u32,
    /// Added to a float's IEEE bits to encode it (2^49).
    pub double_offset: u64,
    /// Smallest top-16-bit value of an encoded float (`0x0002`).
    pub float_top_min: u64,
    /// Largest top-16-bit value of an encoded float (`0xFFFA`).
    pub float_top_max: u64,
    /// IEEE bits of the canonical quiet NaN (positive); boxing a NaN keeps the
    /// sign and uses these bits.
    pub canonical_nan_bits: u64,
    /// Top-16-bit value never used by a Value; exit statuses carry it.
    pub exit_tag: u64,
    /// Byte offset of the refcount (`usize`) in the object header.
    pub header_refcnt_offset: i32,
    /// Byte offset of the type pointer in the object header.
    pub header_type_offset: i32,
    /// Refcounts at or above this mark an immortal object. Compiled code
    /// stores an immortal object's refcount back unchanged, so every
    /// object's refcount word must be writable.
    pub immortal_threshold: u64,
    /// The word of `True` (an immortal singleton).
    pub true_word: u64,
    /// The word of `False` (an immortal singleton).
    pub false_word: u64,
    /// The word of `None` (an immortal singleton).
    pub none_word: u64,
    /// Byte offset, in a list object, of the pointer to its item words.
    pub list_items_offset: i32,
    /// Byte offset, in a list object, of its length (`usize`).
    pub list_len_offset: i32,
}

impl VmLayout {
    /// Checks the layout is usable: the tags are disjoint and the int payload
    /// fits. Returns a reason on failure.
    pub fn validate(&self) -> Result<(), String> {
        if !(2..=63).contains(&self.int_payload_bits) {
            return Err(format!("int_payload_bits {} out of range", self.int_payload_bits));
        }
        let top = |w: u64| w >> 48;
        if self.tag_mask != 0xFFFF << 48 {
            return Err("only a 16-bit top tag is supported".into());
        }
        let tags = [top(self.ptr_tag), top(self.int_tag), self.exit_tag];
        for (i, a) in tags.iter().enumerate() {
            for b in &tags[i + 1..] {
                if a == b {
                    return Err("tags overlap".into());
                }
            }
            if (self.float_top_min..=self.float_top_max).contains(a) {
                return Err("a tag overlaps the float range".into());
            }
        }
        if self.float_top_min > self.float_top_max {
            return Err("empty float range".into());
        }
        Ok(())
    }

    /// Tag bits of an exit status word.
    #[inline]
    pub(crate) fn exit_tag_bits(&self) -> u64 {
        self.exit_tag << 48
    }
}

/// An argument or result type of a helper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    /// A Value word (`u64`), IR type `Boxed`.
    Word,
    /// A signed 64-bit integer, IR type `I64`.
    I64,
    /// A raw pointer (`*mut c_void`, e.g. the VM context), IR type `I64`.
    Ptr,
    /// A double, IR type `F64`.
    F64,
}

/// The declared signature of a helper (C calling convention of the host).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// Parameter types.
    pub params: Vec<AbiType>,
    /// Result type, if any.
    pub ret: Option<AbiType>,
    /// If set, returning this exact word means "failed, an exception is
    /// pending in the VM": compiled code takes an error exit. Only for
    /// integer-like results.
    pub error_sentinel: Option<u64>,
}

impl Signature {
    /// A signature without an error sentinel.
    pub fn new(params: &[AbiType], ret: Option<AbiType>) -> Signature {
        Signature { params: params.to_vec(), ret, error_sentinel: None }
    }

    /// The same signature, failing when the result equals `sentinel`.
    pub fn fallible(mut self, sentinel: u64) -> Signature {
        self.error_sentinel = Some(sentinel);
        self
    }
}

/// One helper exported by the VM.
#[derive(Clone, Debug)]
pub struct Helper {
    /// Name, for dumps and logs.
    pub name: String,
    /// Address of an `extern "C"` function with signature `sig`.
    pub ptr: *const u8,
    /// Declared signature.
    pub sig: Signature,
}

/// Index of a helper in a [`HelperTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HelperId(pub u32);

/// Name of the mandatory helper `extern "C" fn(obj: u64)` that frees an object
/// whose refcount reached zero.
pub const HELPER_DEALLOC: &str = "dealloc";
/// Name of the mandatory helper `extern "C" fn(i: i64) -> u64` that boxes an
/// int outside the small-int range (allocates a big int); returns 0 on
/// failure (exception pending).
pub const HELPER_BOX_BIG_INT: &str = "box_big_int";

/// The helpers the VM hands the JIT, addressed by [`HelperId`].
#[derive(Clone, Debug, Default)]
pub struct HelperTable {
    helpers: Vec<Helper>,
}

impl HelperTable {
    /// An empty table.
    pub fn new() -> HelperTable {
        HelperTable::default()
    }

    /// Registers a helper; returns its id.
    pub fn add(&mut self, name: &str, ptr: *const u8, sig: Signature) -> HelperId {
        self.helpers.push(Helper { name: name.to_string(), ptr, sig });
        HelperId(self.helpers.len() as u32 - 1)
    }

    /// The helper with this id.
    pub fn get(&self, id: HelperId) -> Option<&Helper> {
        self.helpers.get(id.0 as usize)
    }

    /// The id of the helper named `name`.
    pub fn find(&self, name: &str) -> Option<HelperId> {
        self.helpers.iter().position(|h| h.name == name).map(|i| HelperId(i as u32))
    }

    /// Number of helpers.
    pub fn len(&self) -> usize {
        self.helpers.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.helpers.is_empty()
    }
}

/// Bit of an exit status marking an error exit (exception pending).
pub const STATUS_ERROR_BIT: u64 = 1 << 47;
/// Mask of the exit id in an exit status.
pub const STATUS_EXIT_MASK: u64 = 0xFFFF_FFFF;

/// The word returned by compiled code, decoded without the exit table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawStatus {
    /// Normal return of this Value word (an owned reference).
    Return(u64),
    /// Deoptimization at this exit: the frame was written back, resume the
    /// interpreter at the exit's ip.
    Deopt(u32),
    /// Error at this exit: the frame was written back, an exception is
    /// pending, unwind from the exit's ip.
    Error(u32),
}

impl RawStatus {
    /// Decodes a returned word.
    #[inline]
    pub fn decode(layout: &VmLayout, word: u64) -> RawStatus {
        if word & layout.tag_mask != layout.exit_tag_bits() {
            return RawStatus::Return(word);
        }
        let id = (word & STATUS_EXIT_MASK) as u32;
        if word & STATUS_ERROR_BIT != 0 {
            RawStatus::Error(id)
        } else {
            RawStatus::Deopt(id)
        }
    }

    /// Encodes an exit status.
    pub(crate) fn encode_exit(layout: &VmLayout, exit: u32, error: bool) -> u64 {
        layout.exit_tag_bits() | if error { STATUS_ERROR_BIT } else { 0 } | exit as u64
    }
}

/// The word returned by compiled code, decoded with the exit table
/// ([`crate::CompiledCode::status`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Normal return of this Value word (an owned reference).
    Return(u64),
    /// Deoptimized at `exit`: resume the interpreter at `ip`.
    Deopt {
        /// The exit taken.
        exit: u32,
        /// Bytecode index to resume at.
        ip: u32,
    },
    /// Error at `exit` (exception pending): unwind from `ip`.
    Error {
        /// The exit taken.
        exit: u32,
        /// Bytecode index of the failing instruction.
        ip: u32,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> VmLayout {
        VmLayout {
            tag_mask: 0xFFFF << 48,
            ptr_tag: 0,
            int_tag: 0xFFFF << 48,
            int_payload_bits: 48,
            _pad0: 0,
            double_offset: 1 << 49,
            float_top_min: 2,
            float_top_max: 0xFFFA,
            canonical_nan_bits: 0x7FF8 << 48,
            exit_tag: 1,
            header_refcnt_offset: 0,
            header_type_offset: 8,
            immortal_threshold: 1 << 60,
            true_word: 0x1000,
            false_word: 0x2000,
            none_word: 0x3000,
            list_items_offset: 16,
            list_len_offset: 24,
        }
    }

    #[test]
    fn status_round_trip() {
        let l = layout();
        assert!(l.validate().is_ok());
        for (id, err) in [(0, false), (7, true), (u32::MAX, false)] {
            let w = RawStatus::encode_exit(&l, id, err);
            let want = if err { RawStatus::Error(id) } else { RawStatus::Deopt(id) };
            assert_eq!(RawStatus::decode(&l, w), want);
        }
        // Value words of every kind decode as returns.
        for w in [0x1000u64, 0xFFFF << 48 | 5, 2u64 << 48, 0xFFFA_0000_0000_0001] {
            assert_eq!(RawStatus::decode(&l, w), RawStatus::Return(w));
        }
    }

    #[test]
    fn bad_layouts_are_rejected() {
        let mut l = layout();
        l.exit_tag = 3; // inside the float range
        assert!(l.validate().is_err());
        let mut l = layout();
        l.int_payload_bits = 64;
        assert!(l.validate().is_err());
    }
}
