//! The marker line CPython 3.11 prints under a traceback's source line
//! (PEP 657): `^^^^` under the failing expression, or `~~~^~~~` when the
//! expression is a binary operation (`^` under the operator) or a
//! subscript (`^` under `[...]`).
//!
//! The rules follow CPython 3.11.7's observable output: the columns come
//! from the failing instruction's position (UTF-8 byte offsets, turned
//! into characters); a range covering the whole stripped line with no
//! operator anchors prints nothing; a range that continues on later lines
//! is marked up to the end of the first line; wide (East Asian W/F)
//! characters count two columns.
//!
//! CPython has two printers that differ on lines with trailing whitespace:
//! the interpreter's own (uncaught exceptions) keeps it, the `traceback`
//! module strips it and, as a side effect, shifts its markers left by
//! that many columns. [`CaretStyle`] picks one.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use crate::bytecode::code::Span;

/// Where the secondary markers (`^`) start and end inside the failing
/// expression's segment, in characters.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// Which of CPython's two traceback printers to imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaretStyle {
    /// The interpreter's printer of uncaught exceptions (source line shown
    /// with its trailing whitespace).
    Interpreter,
    /// The `traceback` module (source line stripped on both sides).
    Module,
}

/// The marker line (without its trailing newline) for the source line
/// `line` (as in the file, any trailing newline removed) of a traceback
/// entry at `lineno` whose instruction spans `span`, or `None` when CPython
/// prints none.
pub fn caret_line(line: &str, lineno: u32, span: Span, style: CaretStyle) -> Option<String> {
    if !span.is_known() {
        return None;
    }
    let stripped = match style {
        CaretStyle::Interpreter => line.trim_start(),
        CaretStyle::Module => line.trim(),
    };
    if stripped.trim_end().is_empty() {
        return None;
    }
    let mut leading = line.chars().count() - line.trim_start().chars().count();
    if style == CaretStyle::Module {
        leading += line.chars().count() - line.trim_end().chars().count();
    }
    let start = char_offset(line, span.col as usize);
    let mut end = char_offset(line, span.end_col as usize);
    let anchors = if span.end_line == lineno {
        if end < start {
            return None;
        }
        let segment: String = line.chars().skip(start).take(end - start).collect();
        anchors_in(&segment)
    } else {
        end = line.trim_end().chars().count();
        None
    };
    let stripped_len = stripped.chars().count();
    let has_anchors = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
    if end.saturating_sub(start) >= stripped_len && !has_anchors {
        return None;
    }
    let dp_start = display_width(line, start);
    let dp_end = display_width(line, end.max(start));
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(dp_start.saturating_sub(leading)));
    match anchors {
        Some(a) => {
            let segment: String = line.chars().skip(start).collect();
            let left = display_width(&segment, a.left_end);
            let right = display_width(&segment, a.right_start);
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat((dp_end - dp_start).saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(dp_end - dp_start)),
    }
    Some(out)
}

/// The character index of UTF-8 byte offset `byte` in `s` (a partial
/// character counts as one, as a replacement character would).
fn char_offset(s: &str, byte: usize) -> usize {
    let bytes = &s.as_bytes()[..byte.min(s.len())];
    String::from_utf8_lossy(bytes).chars().count()
}

/// Display columns of the first `chars` characters of `s`.
fn display_width(s: &str, chars: usize) -> usize {
    if s.is_ascii() {
        return chars;
    }
    s.chars().take(chars).map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Whether `c` is East Asian Wide or Fullwidth (the main blocks).
fn is_wide(c: char) -> bool {
    let c = c as u32;
    matches!(c,
        0x1100..=0x115F | 0x231A..=0x231B | 0x2329..=0x232A | 0x23E9..=0x23EC | 0x23F0 | 0x23F3
        | 0x25FD..=0x25FE | 0x2614..=0x2615 | 0x2648..=0x2653 | 0x267F | 0x2693 | 0x26A1
        | 0x26AA..=0x26AB | 0x26BD..=0x26BE | 0x26C4..=0x26C5 | 0x26CE | 0x26D4 | 0x26EA
        | 0x26F2..=0x26F3 | 0x26F5 | 0x26FA | 0x26FD | 0x2705 | 0x270A..=0x270B | 0x2728 | 0x274C
        | 0x274E | 0x2753..=0x2755 | 0x2757 | 0x2795..=0x2797 | 0x27B0 | 0x27BF | 0x2B1B..=0x2B1C
        | 0x2B50 | 0x2B55 | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19
        | 0xFE30..=0xFE6F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x16FE0..=0x16FE4 | 0x17000..=0x18CFF
        | 0x1AFF0..=0x1B2FF | 0x1F004 | 0x1F0CF | 0x1F18E | 0x1F191..=0x1F19A | 0x1F200..=0x1F251
        | 0x1F300..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F7E0..=0x1F7EB | 0x1F90C..=0x1F9FF
        | 0x1FA70..=0x1FAFF | 0x20000..=0x3FFFD)
}

/// The operator / subscript anchors of `segment` when it parses on its own
/// as one expression statement that is a binary operation or a subscript.
fn anchors_in(segment: &str) -> Option<Anchors> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    let [Stmt::Expr(stmt)] = body.as_slice() else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let at = |byte: usize| char_offset(segment, byte);
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let op: Vec<char> = chars[at(left_end)..at(right_start).max(at(left_end))].to_vec();
            let ws = op.iter().take_while(|c| c.is_whitespace()).count();
            // CPython adds this character count to a byte offset (exact for ASCII).
            let mut left = left_end + ws;
            let mut right = left + 1;
            if ws + 1 < op.len() && !op[ws + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#') {
                left += 1;
                right += 1;
            }
            Some(Anchors { left_end: at(left), right_start: at(right) })
        }
        Expr::Subscript(s) => {
            let mut left = at(s.value.range().end().to_usize());
            let mut right = at(s.slice.range().end().to_usize() + 1);
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some(Anchors { left_end: left, right_start: right })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaretStyle::Interpreter as I;

    fn span(end_line: u32, col: u16, end_col: u16) -> Span {
        Span { end_line, col, end_col }
    }

    #[test]
    fn marks_a_call_inside_a_line() {
        assert_eq!(caret_line("    return f(x)", 6, span(6, 11, 15), I).as_deref(), Some("           ^^^^"));
    }

    #[test]
    fn whole_line_without_anchors_is_unmarked() {
        assert_eq!(caret_line("    g()", 8, span(8, 4, 7), I), None);
    }

    #[test]
    fn binary_operator_and_subscript_anchors() {
        let line = "    return d[\"a\"][\"b\"] + 1";
        assert_eq!(caret_line(line, 2, span(2, 11, 27), I).as_deref(), Some("           ~~~~~~~~~~~~^~~"));
        assert_eq!(caret_line("x = a[i]", 1, span(1, 4, 8), I).as_deref(), Some("        ~^^^"));
        assert_eq!(caret_line("a // b", 1, span(1, 0, 6), I).as_deref(), Some("    ~~^^~~"));
    }

    #[test]
    fn multi_line_ranges_mark_to_the_end_of_the_first_line() {
        assert_eq!(caret_line("x = f(1,", 1, span(2, 4, 3), I).as_deref(), Some("        ^^^^"));
    }

    #[test]
    fn trailing_whitespace_differs_between_the_printers() {
        assert_eq!(caret_line("f()   ", 3, span(3, 0, 3), I).as_deref(), Some("    ^^^"));
        assert_eq!(caret_line("f()   ", 3, span(3, 0, 3), CaretStyle::Module), None);
        let line = "    x = a + 1   ";
        assert_eq!(caret_line(line, 1, span(1, 8, 13), I).as_deref(), Some("        ~~^~~"));
        assert_eq!(caret_line(line, 1, span(1, 8, 13), CaretStyle::Module).as_deref(), Some("     ~~^~~"));
    }
}
