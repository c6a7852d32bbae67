//! Reading text from the bytes of a file: how many bytes one `read(n)`,
//! `readline()` or `read()` of a text file takes and the text it gives,
//! counting characters after newline translation as CPython's
//! TextIOWrapper does (a `\r\n` read in universal mode is one character).

use crate::stdlib::io::lines::Newline;

/// What one text read takes from `buf` (bytes not yet consumed): the number
/// of bytes consumed and the text. `size` limits the characters (after
/// translation), `line` stops after the first line ending of `newline`'s
/// kind. `None` means more bytes are needed to decide (`eof` false): too
/// few characters, an unfinished line, a `\r` that may start a `\r\n`, or
/// an incomplete UTF-8 sequence at the end.
pub fn take(buf: &[u8], size: Option<usize>, line: bool, newline: Newline, eof: bool) -> Option<(usize, String)> {
    // Look only as far as the answer can reach (a line end, or 4 bytes per
    // character), so reading a file line by line stays linear.
    let nl_at = |b: &[u8]| match newline {
        Newline::Lf | Newline::CrLf => b.iter().position(|&c| c == b'\n'),
        Newline::Cr => b.iter().position(|&c| c == b'\r'),
        Newline::Universal | Newline::Any => b.iter().position(|&c| c == b'\n' || c == b'\r'),
    };
    let mut window = buf.len();
    if line {
        window = nl_at(buf).map_or(buf.len(), |i| i + 2);
    }
    if let Some(n) = size {
        window = window.min(n.saturating_mul(4).saturating_add(2));
    }
    if window < buf.len() {
        if let Some(r) = take_in(&buf[..window], size, line, newline, false) {
            return Some(r);
        }
    }
    take_in(buf, size, line, newline, eof)
}

fn take_in(buf: &[u8], size: Option<usize>, line: bool, newline: Newline, eof: bool) -> Option<(usize, String)> {
    let text: std::borrow::Cow<str> = match std::str::from_utf8(buf) {
        Ok(t) => t.into(),
        Err(e) if e.error_len().is_none() && !eof => std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or("").into(),
        Err(_) => String::from_utf8_lossy(buf),
    };
    let lossy = text.len() != buf.len() && eof;
    let translate = newline == Newline::Universal;
    let cr_ends = matches!(newline, Newline::Universal | Newline::Any | Newline::Cr);
    let lf_ends = matches!(newline, Newline::Universal | Newline::Any | Newline::Lf);
    let mut out = String::new();
    let mut count = 0usize;
    let mut i = 0usize;
    let bytes = text.as_bytes();
    while i < text.len() {
        if size == Some(count) {
            return Some((i, out));
        }
        let c = text[i..].chars().next().unwrap_or('\u{0}');
        let mut next = i + c.len_utf8();
        let ended;
        if c == '\r' && (translate || matches!(newline, Newline::Any | Newline::CrLf)) {
            match bytes.get(next) {
                None if !eof => return None,
                Some(b'\n') => {
                    next += 1;
                    out.push_str(if translate { "\n" } else { "\r\n" });
                    count += if translate { 1 } else { 2 };
                    ended = newline != Newline::Cr;
                }
                _ => {
                    out.push(if translate { '\n' } else { '\r' });
                    count += 1;
                    ended = cr_ends;
                }
            }
        } else {
            out.push(c);
            count += 1;
            ended = (c == '\n' && lf_ends) || (c == '\r' && cr_ends);
        }
        i = next;
        if line && ended {
            return Some((i, out));
        }
    }
    if eof || size.is_some_and(|n| count >= n) {
        let used = if lossy { buf.len() } else { i };
        return Some((used, out));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_translated_characters() {
        let b = b"a\r\nb\r\nc";
        assert_eq!(take(b, Some(3), false, Newline::Universal, false), Some((4, "a\nb".to_string())));
        assert_eq!(take(b, None, true, Newline::Universal, false), Some((3, "a\n".to_string())));
        assert_eq!(take(b"ab\r", Some(3), false, Newline::Universal, false), None);
        assert_eq!(take(b"ab\r", Some(3), false, Newline::Universal, true), Some((3, "ab\n".to_string())));
        assert_eq!(take(b"a\r\nb", None, true, Newline::Any, true), Some((3, "a\r\n".to_string())));
        assert_eq!(take(b"a\rb\n", None, true, Newline::Lf, true), Some((4, "a\rb\n".to_string())));
    }
}
