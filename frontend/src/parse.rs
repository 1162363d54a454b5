//! Lexing and parsing with rustpython-parser, with CPython's limits and
//! CPython's wording for syntax errors.

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::lexer::{LexResult, LexicalErrorType};
use rustpython_parser::{parse_tokens, Mode, ParseErrorType, Tok};

/// CPython's tokenizer refuses more nested brackets than this.
const MAX_PAREN_LEVEL: usize = 200;

/// Lexes the whole source, checking brackets as CPython's tokenizer does.
pub fn lex_checked(source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<LexResult>, CompileError> {
    let tokens: Vec<LexResult> = rustpython_parser::lexer::lex(source, Mode::Module).collect();
    let mut stack: Vec<(char, u32)> = Vec::new();
    for t in &tokens {
        let (tok, range) = match t {
            Ok(t) => t,
            Err(e) => {
                // A lexer error; but an unclosed bracket before it may explain it better.
                if let LexicalErrorType::Eof = e.error {
                    if let Some(&(c, off)) = stack.last() {
                        return Err(located(ErrorKind::SyntaxError, format!("'{c}' was never closed"), filename, lines, off));
                    }
                }
                return Err(lex_error(&e.error, e.location.to_u32(), filename, lines, source));
            }
        };
        let off = range.start().to_u32();
        let open = match tok {
            Tok::Lpar => Some('('),
            Tok::Lsqb => Some('['),
            Tok::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(c) = open {
            if stack.len() >= MAX_PAREN_LEVEL {
                return Err(located(ErrorKind::SyntaxError, "too many nested parentheses", filename, lines, off));
            }
            stack.push((c, off));
            continue;
        }
        let close = match tok {
            Tok::Rpar => Some(')'),
            Tok::Rsqb => Some(']'),
            Tok::Rbrace => Some('}'),
            _ => None,
        };
        if let Some(c) = close {
            match stack.pop() {
                None => return Err(located(ErrorKind::SyntaxError, format!("unmatched '{c}'"), filename, lines, off)),
                Some((o, ooff)) => {
                    let expected = match o {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let (oline, _) = lines.locate(ooff);
                        let (cline, _) = lines.locate(off);
                        let msg = if oline != cline {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {oline}")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                        };
                        return Err(located(ErrorKind::SyntaxError, msg, filename, lines, off));
                    }
                }
            }
        }
    }
    if let Some(&(c, off)) = stack.last() {
        return Err(located(ErrorKind::SyntaxError, format!("'{c}' was never closed"), filename, lines, off));
    }
    Ok(tokens)
}

fn located(kind: ErrorKind, msg: impl Into<String>, filename: &str, lines: &LineIndex, offset: u32) -> CompileError {
    let (line, col) = lines.locate(offset);
    let mut e = CompileError::new(kind, msg, filename, line, col + 1);
    e.text = lines.line_text(line).map(str::to_owned);
    e
}

fn lex_error(err: &LexicalErrorType, offset: u32, filename: &str, lines: &LineIndex, source: &str) -> CompileError {
    match err {
        LexicalErrorType::IndentationError => {
            located(ErrorKind::IndentationError, "unindent does not match any outer indentation level", filename, lines, offset)
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
            located(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", filename, lines, offset)
        }
        LexicalErrorType::StringError | LexicalErrorType::Eof => {
            // An unterminated string: find its opening quote on the line.
            let (line, _) = lines.locate(offset);
            let text = lines.line_text(line).unwrap_or("");
            let rest = &source[offset.min(source.len() as u32) as usize..];
            let triple = rest.starts_with("\"\"\"") || rest.starts_with("'''");
            if triple {
                let last = lines.line_count().max(line);
                return located(
                    ErrorKind::SyntaxError,
                    format!("unterminated triple-quoted string literal (detected at line {})", last - 1),
                    filename,
                    lines,
                    offset,
                );
            }
            let _ = text;
            located(
                ErrorKind::SyntaxError,
                format!("unterminated string literal (detected at line {line})"),
                filename,
                lines,
                offset,
            )
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let msg = if *tok == '$' || *tok == '?' || *tok == '`' || tok.is_ascii() {
                "invalid syntax".to_string()
            } else {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            };
            located(ErrorKind::SyntaxError, msg, filename, lines, offset)
        }
        LexicalErrorType::LineContinuationError => {
            located(ErrorKind::SyntaxError, "unexpected character after line continuation character", filename, lines, offset)
        }
        other => located(ErrorKind::SyntaxError, other.to_string(), filename, lines, offset),
    }
}

/// The block-opening statement on the line before `line`, as CPython names it
/// in "expected an indented block after ...".
fn block_opener(lines: &LineIndex, line: u32) -> Option<(String, u32)> {
    let mut l = line.checked_sub(1)?;
    while l >= 1 {
        let text = lines.line_text(l)?.trim();
        if text.is_empty() || text.starts_with('#') {
            l -= 1;
            continue;
        }
        let word: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let what = match word.as_str() {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "async" => "function definition".to_string(),
            "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" => {
                if word == "except" && text.starts_with("except*") {
                    "'except*' statement".to_string()
                } else {
                    format!("'{word}' statement")
                }
            }
            _ => return None,
        };
        return Some((what, l));
    }
    None
}

fn parse_error(err: rustpython_parser::ParseError, filename: &str, lines: &LineIndex, source: &str) -> CompileError {
    let offset = err.offset.to_u32();
    match err.error {
        ParseErrorType::Lexical(e) => lex_error(&e, offset, filename, lines, source),
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let (line, _) = lines.locate(offset);
            let mut e = located(ErrorKind::IndentationError, "unexpected indent", filename, lines, offset);
            e.line = line;
            e
        }
        ParseErrorType::UnrecognizedToken(ref tok, ref expected) => {
            if expected.as_deref() == Some("Indent") {
                let (line, _) = lines.locate(offset);
                let msg = match block_opener(lines, line) {
                    Some((what, l)) => format!("expected an indented block after {what} on line {l}"),
                    None => "expected an indented block".to_string(),
                };
                return located(ErrorKind::IndentationError, msg, filename, lines, offset);
            }
            if expected.as_deref() == Some("':'") || expected.as_deref() == Some("\":\"") {
                // CPython points just after the last token of the header.
                return located(ErrorKind::SyntaxError, "expected ':'", filename, lines, offset);
            }
            let _ = tok;
            located(ErrorKind::SyntaxError, "invalid syntax", filename, lines, offset)
        }
        ParseErrorType::Eof => {
            let end = source.len() as u32;
            located(ErrorKind::SyntaxError, "unexpected EOF while parsing", filename, lines, end.min(offset.max(end)))
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            located(ErrorKind::SyntaxError, "invalid syntax", filename, lines, offset)
        }
    }
}

pub fn parse_module(tokens: Vec<LexResult>, source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<Stmt>, CompileError> {
    match parse_tokens(tokens, Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => unreachable!("module mode yields a module"),
        Err(e) => Err(parse_error(e, filename, lines, source)),
    }
}

pub fn parse_eval(tokens: Vec<LexResult>, source: &str, filename: &str, lines: &LineIndex) -> Result<Expr, CompileError> {
    // Re-lex in expression mode; the checks above already ran on the same text.
    let _ = tokens;
    let toks = rustpython_parser::lexer::lex(source, Mode::Expression);
    match parse_tokens(toks, Mode::Expression, filename) {
        Ok(ast::Mod::Expression(e)) => Ok(*e.body),
        Ok(_) => unreachable!("expression mode yields an expression"),
        Err(e) => Err(parse_error(e, filename, lines, source)),
    }
}
