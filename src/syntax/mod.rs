//! The front end: a thin wrapper over `ruff_python_parser` turning parse
//! errors into `CompileError` with CPython-like messages and positions.
//!
//! Invariants: positions are 1-based lines and 1-based character columns;
//! `text` is the offending source line without its newline. Nothing here
//! panics on any input.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{ModExpression, ModModule};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::error::{CompileError, CompileErrorKind};

mod numbers;
mod surrogates;

/// Parses a module (exec mode).
pub fn parse_module(src: &str, filename: &str) -> Result<ModModule, CompileError> {
    let scan = scan_brackets(src, filename);
    let unclosed = match scan.brackets {
        Brackets::Error(e) => return Err(*e),
        Brackets::Unclosed(e) => Some(e),
        Brackets::Ok => None,
    };
    let parsed = ruff_python_parser::parse_module(src).map_err(|e| scan.number.prefer(src, filename, e, unclosed))?;
    surrogates::check(src, filename, parsed.tokens())?;
    Ok(parsed.into_syntax())
}

/// Parses a single expression (eval mode).
pub fn parse_expression(src: &str, filename: &str) -> Result<ModExpression, CompileError> {
    let scan = scan_brackets(src, filename);
    let unclosed = match scan.brackets {
        Brackets::Error(e) => return Err(*e),
        Brackets::Unclosed(e) => Some(e),
        Brackets::Ok => None,
    };
    let parsed = ruff_python_parser::parse_expression(src).map_err(|e| scan.number.prefer(src, filename, e, unclosed))?;
    surrogates::check(src, filename, parsed.tokens())?;
    Ok(parsed.into_syntax())
}

/// 1-based (line, column) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(src.len());
    let mut off = offset;
    while off > 0 && !src.is_char_boundary(off) {
        off -= 1;
    }
    let before = &src[..off];
    let line = before.matches('\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = src[line_start..off].chars().count() as u32 + 1;
    (line, col)
}

/// The text of 1-based line `n`, without its newline.
pub fn line_text(src: &str, n: u32) -> Option<String> {
    src.split('\n').nth(n.saturating_sub(1) as usize).map(|l| l.trim_end_matches('\r').to_string())
}

/// Builds a `CompileError` covering `range` of `src`.
pub fn error_at(
    src: &str,
    filename: &str,
    kind: CompileErrorKind,
    msg: impl Into<String>,
    range: TextRange,
) -> CompileError {
    let (lineno, col) = line_col(src, range.start().to_usize());
    let (end_lineno, end_col) = line_col(src, range.end().to_usize());
    CompileError {
        kind,
        msg: msg.into(),
        filename: filename.to_string(),
        lineno,
        col,
        end_lineno,
        end_col,
        text: line_text(src, lineno),
    }
}

fn convert(src: &str, filename: &str, e: ParseError) -> CompileError {
    use CompileErrorKind::*;
    let mut range = e.location;
    let (kind, msg) = match &e.error {
        ParseErrorType::UnexpectedIndentation => (IndentationError, "unexpected indent".to_string()),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            (IndentationError, "unindent does not match any outer indentation level".to_string())
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let start = range.start().to_usize().min(src.len());
            let rest = src.get(start..).unwrap_or("");
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = rest.starts_with("\"\"\"") || rest.starts_with("'''");
            let detected = if triple { src.matches('\n').count() as u32 + 1 } else { line_col(src, start).0 };
            let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
            // CPython underlines the opening quote only.
            range = TextRange::at(range.start(), TextSize::from(1));
            (SyntaxError, format!("{what} (detected at line {detected})"))
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => (SyntaxError, "unexpected EOF while parsing".to_string()),
        ParseErrorType::ExpectedToken { expected, found } => {
            if *found == TokenKind::Indent {
                (IndentationError, "unexpected indent".to_string())
            } else if *found == TokenKind::Dedent && *expected != TokenKind::Dedent {
                (IndentationError, "unindent does not match any outer indentation level".to_string())
            } else if *expected == TokenKind::Colon {
                (SyntaxError, "expected ':'".to_string())
            } else if *expected == TokenKind::Indent {
                (IndentationError, "expected an indented block".to_string())
            } else {
                (SyntaxError, "invalid syntax".to_string())
            }
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => (SyntaxError, "cannot assign to expression".to_string()),
        ParseErrorType::InvalidDeleteTarget => (SyntaxError, "cannot delete expression".to_string()),
        ParseErrorType::PositionalAfterKeywordArgument => {
            (SyntaxError, "positional argument follows keyword argument".to_string())
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            (SyntaxError, "non-default argument follows default argument".to_string())
        }
        other => {
            let text = other.to_string();
            if text.contains("indented block") {
                (IndentationError, "expected an indented block".to_string())
            } else {
                (SyntaxError, "invalid syntax".to_string())
            }
        }
    };
    if range.start() > TextSize::try_from(src.len()).unwrap_or_default() {
        range = TextRange::empty(TextSize::try_from(src.len()).unwrap_or_default());
    }
    error_at(src, filename, kind, msg, range)
}

/// What the tokenizer-level scan found.
struct Scan {
    brackets: Brackets,
    number: FirstNumberError,
}

/// The first malformed numeric literal, if any, and where it starts.
struct FirstNumberError(Option<(Box<CompileError>, usize)>);

impl FirstNumberError {
    /// The literal's error unless the parser stopped at an earlier
    /// tokenizer error.
    fn prefer(self, src: &str, filename: &str, e: ParseError, unclosed: Option<Box<CompileError>>) -> CompileError {
        // CPython tokenizes the whole source when parsing fails: the first
        // tokenizer error wins over any parser error.
        let lexical_first = |literal: usize| matches!(e.error, ParseErrorType::Lexical(_)) && e.location.start().to_usize() < literal;
        match self.0 {
            Some((n, literal)) if !lexical_first(literal) => *n,
            _ => prefer_unclosed(src, filename, e, unclosed),
        }
    }
}

/// What the bracket scan found.
enum Brackets {
    Ok,
    /// A tokenizer error (`unmatched ')'`, mismatched closer): reported as is.
    Error(Box<CompileError>),
    /// `'(' was never closed` for the innermost bracket open at the end.
    Unclosed(Box<CompileError>),
}

/// The parser's error, unless brackets are left open and the error is at the
/// end of the source or on a later line than the innermost open bracket
/// (CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`).
fn prefer_unclosed(src: &str, filename: &str, e: ParseError, unclosed: Option<Box<CompileError>>) -> CompileError {
    let Some(u) = unclosed else { return convert(src, filename, e) };
    let start = e.location.start().to_usize().min(src.len());
    let at_eof = src[start..].trim().is_empty();
    let err_line = line_col(src, start).0;
    if at_eof || err_line > u.lineno {
        *u
    } else {
        convert(src, filename, e)
    }
}

/// Finds unbalanced brackets the way CPython's tokenizer reports them
/// (`'(' was never closed`, `unmatched ')'`, mismatched closers).
/// Also finds the first malformed numeric literal (`numbers`).
fn scan_brackets(src: &str, filename: &str) -> Scan {
    let mut number = None;
    let brackets = scan_tokens(src, filename, &mut number);
    let number = FirstNumberError(number.map(|n: numbers::NumberError| {
        let range = TextRange::new(TextSize::try_from(n.start).unwrap_or_default(), TextSize::try_from(n.end).unwrap_or_default());
        (Box::new(error_at(src, filename, CompileErrorKind::SyntaxError, n.msg, range)), n.literal)
    }));
    // A bracket error after a malformed literal: the literal comes first.
    match (brackets, &number.0) {
        (Brackets::Error(e), Some((n, _))) if (n.lineno, n.col) < (e.lineno, e.col) => Scan { brackets: Brackets::Ok, number },
        (brackets, _) => Scan { brackets, number },
    }
}

fn scan_tokens(src: &str, filename: &str, number: &mut Option<numbers::NumberError>) -> Brackets {
    let b = src.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    let err = |msg: String, at: usize| {
        let at = TextSize::try_from(at).unwrap_or_default();
        Box::new(error_at(src, filename, CompileErrorKind::SyntaxError, msg, TextRange::new(at, at + TextSize::from(1))))
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                loop {
                    if i >= b.len() {
                        return Brackets::Ok; // unterminated string: the parser reports it
                    }
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        return Brackets::Ok;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c)) {
                        i += q;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            c if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) => {
                let (e, next) = numbers::check(b, i);
                if number.is_none() {
                    *number = e;
                }
                i = next;
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // A name (or a string prefix): digits in it are not numbers.
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => return Brackets::Error(err(format!("unmatched '{}'", c as char), i)),
                    Some((o, _)) if o != open => {
                        return Brackets::Error(err(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            ),
                            i,
                        ))
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    match stack.last() {
        Some(&(o, at)) => Brackets::Unclosed(err(format!("'{}' was never closed", o as char), at)),
        None => Brackets::Ok,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_have_cpython_messages() {
        let e = parse_module("x = (1,\ny = 2\n", "t.py").unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!((e.lineno, e.col), (1, 5));
        let e = parse_module("if x\n    pass\n", "t.py").unwrap_err();
        assert_eq!(e.msg, "expected ':'");
        assert_eq!(e.lineno, 1);
        let e = parse_module("x = 1\n    y = 2\n", "t.py").unwrap_err();
        assert_eq!(e.kind, CompileErrorKind::IndentationError);
        assert_eq!(e.msg, "unexpected indent");
        assert_eq!(e.text.as_deref(), Some("    y = 2"));
        let e = parse_module("s = 'abc\n", "t.py").unwrap_err();
        assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
        assert_eq!((e.lineno, e.col), (1, 5));
        let e = parse_module("x = )\n", "t.py").unwrap_err();
        assert_eq!(e.msg, "unmatched ')'");
    }
}
