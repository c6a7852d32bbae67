//! Lone surrogate escapes in str literals.
//!
//! Pyrite's strs are UTF-8 and cannot hold U+D800..U+DFFF. The parser
//! turns such an escape (`'\ud800'`, `'\U0000dc80'`) into U+FFFD, which
//! would be a silently wrong value; this check finds them in the tokens
//! of a parsed source and reports a clear compile error instead.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_text_size::{TextRange, TextSize};

use crate::error::{CompileError, CompileErrorKind};

/// The byte offset (in `text`) and value of the first `\uXXXX`/`\UXXXXXXXX`
/// escape in the body of a non-raw str literal whose value is a surrogate.
fn first_surrogate(text: &str) -> Option<(usize, u32, usize)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let width = match b.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            // Any other escaped character (including a second backslash) is skipped whole.
            _ => {
                i += 2;
                continue;
            }
        };
        let digits = text.get(i + 2..i + 2 + width)?;
        if let Ok(v) = u32::from_str_radix(digits, 16) {
            if (0xD800..=0xDFFF).contains(&v) && digits.bytes().all(|c| c.is_ascii_hexdigit()) {
                return Some((i, v, 2 + width));
            }
        }
        i += 2;
    }
    None
}

/// Fails with a `SyntaxError` naming the limitation if a str literal (or
/// the literal text of an f-string) of `src` escapes a lone surrogate.
pub fn check(src: &str, filename: &str, tokens: &Tokens) -> Result<(), CompileError> {
    for tok in tokens.iter() {
        let (kind, range) = tok.as_tuple();
        if !matches!(kind, TokenKind::String | TokenKind::FStringMiddle) {
            continue;
        }
        let Some(flags) = tok.string_flags() else { continue };
        if flags.is_raw_string() || flags.is_byte_string() {
            continue;
        }
        let start = range.start().to_usize();
        let Some(text) = src.get(start..range.end().to_usize()) else { continue };
        if let Some((off, v, len)) = first_surrogate(text) {
            let at = TextRange::at(TextSize::from((start + off) as u32), TextSize::from(len as u32));
            let msg = format!(
                "(unicode error) Pyrite cannot represent the lone surrogate '\\u{v:04x}' in a str literal \
                 (its strs are UTF-8 and cannot hold U+D800..U+DFFF)"
            );
            return Err(super::error_at(src, filename, CompileErrorKind::SyntaxError, msg, at));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::first_surrogate;

    #[test]
    fn finds_only_real_surrogate_escapes() {
        assert_eq!(first_surrogate(r"'a\ud800'"), Some((2, 0xd800, 6)));
        assert_eq!(first_surrogate(r"'\U0000dfff'"), Some((1, 0xdfff, 10)));
        assert_eq!(first_surrogate(r"'\\ud800'"), None);
        assert_eq!(first_surrogate(r"'\ue000\ud7ff'"), None);
        assert_eq!(first_surrogate(r"'\u12'"), None);
    }
}
