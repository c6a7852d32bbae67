//! The one place where `zlib` touches the C library: a safe wrapper
//! around a heap-allocated `z_stream` (zlib keeps a pointer back to the
//! stream inside its state, so the stream never moves once initialised).
//! Input and output pointers are set only for the length of one
//! `deflate`/`inflate` call, so no pointer into Rust memory outlives a call.
//! `Drop` ends the stream. Return codes are zlib's, passed up unchanged.
#![allow(unsafe_code)]

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};

use libz_sys as z;

pub const Z_OK: i32 = 0;
pub const Z_STREAM_END: i32 = 1;
pub const Z_NEED_DICT: i32 = 2;
pub const Z_STREAM_ERROR: i32 = -2;
pub const Z_DATA_ERROR: i32 = -3;
pub const Z_MEM_ERROR: i32 = -4;
pub const Z_BUF_ERROR: i32 = -5;
pub const Z_VERSION_ERROR: i32 = -6;

extern "C" {
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

unsafe extern "C" fn z_alloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: plain C allocation; zlib checks for null.
    unsafe { calloc(items as usize, size as usize) }
}

unsafe extern "C" fn z_free(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: `p` came from `z_alloc` (calloc).
    unsafe { free(p) }
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc: z_alloc,
        zfree: z_free,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// Which direction a stream works in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Deflate,
    Inflate,
}

/// An initialised zlib stream (compressor or decompressor).
pub struct Stream {
    strm: Box<z::z_stream>,
    kind: Kind,
    /// `deflateEnd`/`inflateEnd` already ran (the state is gone; further
    /// calls return `Z_STREAM_ERROR`, as in zlib).
    ended: bool,
}

/// What one `deflate`/`inflate` call did.
pub struct Step {
    /// zlib's return code.
    pub code: i32,
    /// Input bytes consumed.
    pub used: usize,
    /// Output bytes written.
    pub written: usize,
}

fn version() -> *const c_char {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { z::zlibVersion() }
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

impl Stream {
    /// `deflateInit2(level, method, wbits, mem_level, strategy)`.
    pub fn deflate(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> Result<Stream, i32> {
        let mut strm = blank();
        // SAFETY: `strm` is a valid, boxed (non-moving) z_stream with allocators set.
        let code = unsafe { z::deflateInit2_(&mut *strm, level, method, wbits, mem_level, strategy, version(), STREAM_SIZE) };
        if code != Z_OK {
            return Err(code);
        }
        Ok(Stream { strm, kind: Kind::Deflate, ended: false })
    }

    /// `inflateInit2(wbits)`.
    pub fn inflate(wbits: i32) -> Result<Stream, i32> {
        let mut strm = blank();
        // SAFETY: as in `deflate`.
        let code = unsafe { z::inflateInit2_(&mut *strm, wbits, version(), STREAM_SIZE) };
        if code != Z_OK {
            return Err(code);
        }
        Ok(Stream { strm, kind: Kind::Inflate, ended: false })
    }

    /// `deflateSetDictionary` or `inflateSetDictionary` (by kind).
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        let Ok(len) = c_uint::try_from(dict.len()) else { return Z_BUF_ERROR };
        let s: *mut z::z_stream = &mut *self.strm;
        // SAFETY: the stream is valid (zlib rejects an ended one); `dict` lives across the call.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(s, dict.as_ptr(), len),
                Kind::Inflate => z::inflateSetDictionary(s, dict.as_ptr(), len),
            }
        }
    }

    /// One `deflate(flush)` or `inflate(flush)` call over `input` (at most
    /// 4 GiB of it), writing up to `room` bytes straight into the spare
    /// capacity of `out` (no zero-filling) and growing its length by what
    /// was written.
    pub fn step_into(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, flush: i32) -> Step {
        let room = room.min(c_uint::MAX as usize);
        out.reserve(room);
        let in_len = input.len().min(c_uint::MAX as usize);
        let len = out.len();
        let s = &mut *self.strm;
        s.next_in = input.as_ptr() as *mut u8;
        s.avail_in = in_len as c_uint;
        // SAFETY: `reserve` made `room` bytes of capacity after `len`.
        s.next_out = unsafe { out.as_mut_ptr().add(len) };
        s.avail_out = room as c_uint;
        let p: *mut z::z_stream = s;
        // SAFETY: the pointers cover live memory of the given lengths for this call only.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(p, flush),
                Kind::Inflate => z::inflate(p, flush),
            }
        };
        let s = &mut *self.strm;
        let step = Step { code, used: in_len - s.avail_in as usize, written: room - s.avail_out as usize };
        // SAFETY: zlib initialised exactly `written` bytes after `len`.
        unsafe { out.set_len(len + step.written) };
        s.next_in = std::ptr::null_mut();
        s.avail_in = 0;
        s.next_out = std::ptr::null_mut();
        s.avail_out = 0;
        step
    }

    /// A copy of the stream (`deflateCopy`/`inflateCopy`).
    pub fn copy(&self) -> Result<Stream, i32> {
        if self.ended {
            return Err(Z_STREAM_ERROR);
        }
        let mut dest = blank();
        let src: *const z::z_stream = &*self.strm;
        // SAFETY: `src` is an initialised live stream; zlib only reads it.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *dest, src as *mut z::z_stream),
                Kind::Inflate => z::inflateCopy(&mut *dest, src as *mut z::z_stream),
            }
        };
        if code != Z_OK {
            return Err(code);
        }
        Ok(Stream { strm: dest, kind: self.kind, ended: false })
    }

    /// `deflateEnd`/`inflateEnd`; later calls on the stream return `Z_STREAM_ERROR`.
    pub fn end(&mut self) -> i32 {
        if self.ended {
            return Z_STREAM_ERROR;
        }
        self.ended = true;
        let p: *mut z::z_stream = &mut *self.strm;
        // SAFETY: the stream was initialised and not ended yet.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(p),
                Kind::Inflate => z::inflateEnd(p),
            }
        }
    }

    /// zlib's message for the last error, if it set one.
    pub fn msg(&self) -> Option<String> {
        let m = self.strm.msg;
        if m.is_null() {
            return None;
        }
        // SAFETY: zlib sets `msg` to static NUL-terminated strings.
        Some(unsafe { CStr::from_ptr(m) }.to_string_lossy().into_owned())
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        if !self.ended {
            self.end();
        }
    }
}
