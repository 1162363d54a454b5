//! Lexing and parsing with rustpython-parser, with CPython's limits and
//! CPython's wording for syntax errors.

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::lexer::{LexResult, LexicalErrorType};
use rustpython_parser::text_size::TextRange;
use rustpython_parser::{parse_tokens, Mode, ParseErrorType, Tok};

/// CPython's tokenizer refuses more nested brackets than this.
const MAX_PAREN_LEVEL: usize = 200;

/// Lexes the whole source, checking brackets as CPython's tokenizer does.
/// Stops at the first error (the lexer repeats its end-of-file error forever
/// inside unclosed brackets).
pub fn lex_checked(source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<LexResult>, CompileError> {
    lex_checked_inner(source, filename, lines).map_err(|e| earlier_parse_error(source, filename, lines, e))
}

/// CPython reads tokens only as its parser needs them. Its parser mostly
/// looks far enough ahead that a tokenizer error later in the file wins over
/// its own; an unexpected indent before it, though, is reported first.
fn earlier_parse_error(source: &str, filename: &str, lines: &LineIndex, lex_err: CompileError) -> CompileError {
    let at = lines.offset_of(lex_err.line, lex_err.offset.max(1));
    let prefix: Vec<LexResult> =
        significant_tokens(source).into_iter().filter(|t| t.1 < at).map(|(t, s, e)| Ok((t, TextRange::new(s.into(), e.into())))).collect();
    match parse_tokens(prefix, Mode::Module, filename) {
        Err(pe) if pe.offset.to_u32() < at && !matches!(pe.error, ParseErrorType::Eof) => {
            let e = parse_error(pe, filename, lines, source, false);
            let unexpected_indent = e.kind == ErrorKind::IndentationError && e.msg == "unexpected indent";
            if unexpected_indent && e.line != 0 && lines.offset_of(e.line, e.offset.max(1)) < at {
                e
            } else {
                lex_err
            }
        }
        _ => lex_err,
    }
}

fn lex_checked_inner(source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<LexResult>, CompileError> {
    let mut tokens: Vec<LexResult> = Vec::new();
    let mut stack: Vec<(char, u32)> = Vec::new();
    // End of the last token, where an unterminated string can start at the earliest.
    let mut last_end: u32 = 0;
    for t in rustpython_parser::lexer::lex(source, Mode::Module) {
        let (tok, range) = match &t {
            Ok(t) => t,
            Err(e) => {
                let is_string_error = matches!(
                    e.error,
                    LexicalErrorType::StringError | LexicalErrorType::Eof | LexicalErrorType::OtherError(_)
                );
                if is_string_error {
                    if let Some((start, triple)) = string_start(source, last_end) {
                        // `"\N{"`: the lexer read the quote as part of the escape.
                        if let Some(msg) = escape_error(source, start).filter(|m| m.contains("malformed \\N")) {
                            return Err(located(ErrorKind::SyntaxError, msg, filename, lines, start));
                        }
                        return Err(unterminated_string(start, triple, filename, lines, source));
                    }
                }
                if let Some(ne) = number_error(source, filename, lines).filter(|n| n.1 <= e.location.to_u32()) {
                    return Err(ne.0);
                }
                if let LexicalErrorType::Eof = e.error {
                    if !stack.is_empty() {
                        // Unclosed brackets at the end: the parser decides between
                        // its own error and "'(' was never closed" (see parse_error).
                        break;
                    }
                }
                if let LexicalErrorType::NestingError = e.error {
                    // The lexer reports the position just after the bracket.
                    let mut off = e.location.to_u32();
                    let is_closer = |o: u32| matches!(source.as_bytes().get(o as usize), Some(b')' | b']' | b'}'));
                    if !is_closer(off) && off > 0 && is_closer(off - 1) {
                        off -= 1;
                    }
                    let c = source.get(off as usize..).and_then(|r| r.chars().next()).unwrap_or(')');
                    return Err(located(ErrorKind::SyntaxError, format!("unmatched '{c}'"), filename, lines, off));
                }
                return Err(lex_error(&e.error, e.location.to_u32(), filename, lines, source));
            }
        };
        let off = range.start().to_u32();
        last_end = range.end().to_u32();
        number_keyword_warning(source, tokens.last(), off, lines);
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
            tokens.push(t);
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
        tokens.push(t);
    }
    // Brackets still open at the end are reported by parse_error.
    Ok(tokens)
}

/// Does `rest` start with a keyword that may follow a number literal
/// (CPython's verify_end_of_number lookahead: `if`/`in`/`is` by their first
/// two letters, the others as whole words)?
fn keyword_follows_number(rest: &str) -> bool {
    let b = rest.as_bytes();
    let word = |k: &str| rest.starts_with(k) && !b.get(k.len()).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80);
    match b.first() {
        Some(b'a') => word("and"),
        Some(b'e') => word("else"),
        Some(b'f') => word("for"),
        Some(b'i') => matches!(b.get(1), Some(b'f' | b'n' | b's')),
        Some(b'o') => word("or"),
        Some(b'n') => word("not"),
        _ => false,
    }
}

/// CPython's verify_end_of_number: a number literal run into a keyword that
/// may follow it (`1if x else 2`) is a SyntaxWarning "invalid ... literal".
fn number_keyword_warning(source: &str, prev: Option<&LexResult>, off: u32, lines: &LineIndex) {
    let Some(Ok((prev_tok, prev_range))) = prev else { return };
    if prev_range.end().to_u32() != off || !matches!(prev_tok, Tok::Int { .. } | Tok::Float { .. } | Tok::Complex { .. }) {
        return;
    }
    if !keyword_follows_number(source.get(off as usize..).unwrap_or("")) {
        return;
    }
    let text = source.get(prev_range.start().to_u32() as usize..off as usize).unwrap_or("").to_ascii_lowercase();
    let kind = if matches!(prev_tok, Tok::Complex { .. }) {
        "imaginary"
    } else if text.starts_with("0x") {
        "hexadecimal"
    } else if text.starts_with("0o") {
        "octal"
    } else if text.starts_with("0b") {
        "binary"
    } else {
        "decimal"
    };
    let (line, _) = lines.locate(off);
    crate::compile::push_warning(format!("invalid {kind} literal"), line);
}

/// Where an unterminated string literal starts: the first token text after
/// `from` (skipping blanks, comments and line continuations), if it is a
/// string (with an optional prefix). Also says whether it is triple-quoted.
fn string_start(source: &str, from: u32) -> Option<(u32, bool)> {
    let bytes = source.as_bytes();
    let mut i = from as usize;
    loop {
        match bytes.get(i)? {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' => i += 1,
            b'\\' => i += 1,
            b'#' => {
                while bytes.get(i).is_some_and(|&b| b != b'\n') {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    let start = i;
    let mut j = i;
    while j - start < 2 && bytes.get(j).is_some_and(|b| b"rRbBfFuU".contains(b)) {
        j += 1;
    }
    let q = *bytes.get(j)?;
    if q != b'"' && q != b'\'' {
        return None;
    }
    let triple = bytes.get(j + 1) == Some(&q) && bytes.get(j + 2) == Some(&q);
    Some((start as u32, triple))
}

/// CPython's message for the bad escape in the string literal starting at
/// `start` (prefix included): "(unicode error) 'unicodeescape' codec can't
/// decode bytes in position A-B: ..." for str, "(value error) ..." for bytes.
/// Positions count a non-ASCII character as 10 (CPython first rewrites it as
/// a `\U` escape).
fn escape_error(source: &str, start: u32) -> Option<String> {
    let text = &source[start as usize..];
    let prefix_len = text.find(['"', '\''])?;
    let prefix = text[..prefix_len].to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let is_bytes = prefix.contains('b');
    let q = text[prefix_len..].chars().next()?;
    let triple = text[prefix_len..].starts_with(&q.to_string().repeat(3));
    let body_start = prefix_len + if triple { 3 } else { 1 };
    let chars: Vec<char> = text[body_start..].chars().collect();
    let mut pos = 0usize;
    let mut i = 0;
    let unicode_err = |a: usize, b: usize, why: &str| {
        Some(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {why}"))
    };
    while i < chars.len() {
        let c = chars[i];
        if c == q && (!triple || chars[i..].iter().take(3).all(|&x| x == q)) {
            break;
        }
        if c != '\\' {
            pos += if c.is_ascii() { 1 } else { 10 };
            i += 1;
            continue;
        }
        let next = chars.get(i + 1).copied();
        let hex_run = |n: usize| chars[i + 2..].iter().take(n).take_while(|h| h.is_ascii_hexdigit()).count();
        match next {
            Some('x') => {
                let k = hex_run(2);
                if k < 2 {
                    if is_bytes {
                        return Some(format!("(value error) invalid \\x escape at position {pos}"));
                    }
                    return unicode_err(pos, pos + 1 + k, "truncated \\xXX escape");
                }
                pos += 4;
                i += 4;
            }
            Some('u') | Some('U') if !is_bytes => {
                let n = if next == Some('u') { 4 } else { 8 };
                let k = hex_run(n);
                if k < n {
                    let what = if n == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" };
                    return unicode_err(pos, pos + 1 + k, what);
                }
                pos += 2 + n;
                i += 2 + n;
            }
            Some('N') if !is_bytes => {
                let rest: String = chars[i + 2..].iter().collect();
                match (rest.starts_with('{'), rest.find('}')) {
                    (true, Some(close)) => {
                        let len = 2 + close + 1;
                        return unicode_err(pos, pos + len - 1, "unknown Unicode character name");
                    }
                    _ => return unicode_err(pos, pos + 2, "malformed \\N character escape"),
                }
            }
            Some(_) => {
                pos += 2;
                i += 2;
            }
            None => break,
        }
    }
    None
}

/// CPython's errors for a string literal that never ends.
fn unterminated_string(start: u32, triple: bool, filename: &str, lines: &LineIndex, source: &str) -> CompileError {
    let (line, _) = lines.locate(start);
    let msg = if triple {
        // Detected at the last line of the file.
        let (last, _) = lines.locate(source.trim_end_matches(['\n', '\r']).len() as u32);
        format!("unterminated triple-quoted string literal (detected at line {last})")
    } else {
        format!("unterminated string literal (detected at line {line})")
    };
    located(ErrorKind::SyntaxError, msg, filename, lines, start)
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
            // `"\N{"` reaches the parser as an unterminated escape.
            let in_string = significant_tokens(source)
                .into_iter()
                .find(|t| matches!(t.0, Tok::String { .. }) && t.1 <= offset && offset <= t.2);
            if let Some(t) = in_string {
                if let Some(msg) = escape_error(source, t.1).filter(|m| m.contains("malformed \\N")) {
                    return located(ErrorKind::SyntaxError, msg, filename, lines, t.1);
                }
            }
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
        LexicalErrorType::UnicodeError => {
            // The string token holding the bad escape (the parser decodes strings).
            let toks = significant_tokens(source);
            let start = toks
                .iter()
                .rev()
                .find(|t| matches!(t.0, Tok::String { .. }) && t.1 <= offset && offset <= t.2)
                .map(|t| t.1)
                .or_else(|| string_start(source, toks.last().map_or(0, |t| t.2)).map(|s| s.0));
            match start.and_then(|start| escape_error(source, start)) {
                Some(msg) => located(ErrorKind::SyntaxError, msg, filename, lines, offset),
                None => located(ErrorKind::SyntaxError, "invalid escape sequence", filename, lines, offset),
            }
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
        other => {
            let mut msg = other.to_string();
            if msg == "f-string: invalid conversion character" {
                msg.push_str(": expected 's', 'r', or 'a'");
            }
            if msg == "positional argument follows keyword argument" && follows_kwargs_unpacking(source, offset) {
                msg.push_str(" unpacking");
            }
            let refinable = msg == "f-string: empty expression not allowed"
                || msg == "f-string: unexpected EOF while parsing"
                || msg.starts_with("f-string: invalid syntax");
            if refinable {
                let toks = significant_tokens(source);
                let start = toks
                    .iter()
                    .find(|t| matches!(t.0, Tok::String { .. }) && t.1 <= offset && offset <= t.2)
                    .map(|t| t.1)
                    .or_else(|| string_start(source, offset).map(|s| s.0))
                    .or_else(|| string_start(source, toks.iter().filter(|t| t.2 <= offset).last().map_or(0, |t| t.2)).map(|s| s.0));
                if let Some(better) = start.and_then(|st| fstring_field_error(&source[st as usize..])) {
                    msg = better;
                }
            }
            located(ErrorKind::SyntaxError, msg, filename, lines, offset)
        }
    }
}

/// CPython 3.11's message for the first bad replacement field of the
/// f-string literal at the start of `text` (prefix included): it compiles
/// each field's expression as `(expr)` with the ordinary parser.
fn fstring_field_error(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() && i < 3 && "rRbBfFuU".contains(chars[i]) {
        i += 1;
    }
    let prefix: String = chars[..i].iter().collect();
    if !prefix.contains(['f', 'F']) {
        return None;
    }
    let raw = prefix.contains(['r', 'R']);
    let q = *chars.get(i)?;
    let triple = chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q);
    i += if triple { 3 } else { 1 };
    let body_start = i;
    while i < chars.len() {
        if chars[i] == '\\' && !raw {
            i += 2;
            continue;
        }
        if chars[i] == q && (!triple || (chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q))) {
            break;
        }
        i += 1;
    }
    let body = &chars[body_start..i.min(chars.len())];
    fstring_fields(body, 0).and_then(|r| r.err())
}

/// Checks the replacement fields of an f-string body (or nested format
/// spec); Ok(end) where a nested spec ends at its closing brace.
fn fstring_fields(body: &[char], nested: usize) -> Option<Result<usize, String>> {
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            '{' if nested == 0 && body.get(i + 1) == Some(&'{') => i += 2,
            '}' if nested == 0 && body.get(i + 1) == Some(&'}') => i += 2,
            '}' if nested > 0 => return Some(Ok(i)),
            '{' => match fstring_field(body, i + 1, nested)? {
                Ok(end) => i = end,
                Err(e) => return Some(Err(e)),
            },
            _ => i += 1,
        }
    }
    if nested > 0 {
        None
    } else {
        Some(Ok(i))
    }
}

/// One replacement field whose expression starts at `start`; Ok(index after
/// its closing brace). None: nothing to say (the parser's message stands).
fn fstring_field(body: &[char], start: usize, nested: usize) -> Option<Result<usize, String>> {
    let mut i = start;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let term = loop {
        let c = *body.get(i)?;
        if let Some(qc) = quote {
            if c == qc {
                quote = None;
            }
            i += 1;
            continue;
        }
        let next = body.get(i + 1).copied();
        let prev = if i > start { body.get(i - 1).copied() } else { None };
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            '}' => break '}',
            ')' | ']' => return None,
            '#' => return Some(Err("f-string expression part cannot include '#'".into())),
            '!' if depth == 0 && next != Some('=') => break '!',
            ':' if depth == 0 => break ':',
            '=' if depth == 0 && next != Some('=') && !matches!(prev, Some('=' | '!' | '<' | '>')) => break '=',
            _ => {}
        }
        i += 1;
    };
    let expr: String = body[start..i].iter().collect();
    if expr.trim().is_empty() {
        return Some(Err(if term == '}' {
            "f-string: empty expression not allowed".into()
        } else {
            format!("f-string: expression required before '{term}'")
        }));
    }
    let text = format!("({expr})");
    let lines = LineIndex::new(&text);
    // (Warnings about this scratch text are not the program's.)
    let saved = crate::compile::take_warnings();
    let parsed = lex_checked(&text, "<fstring>", &lines).and_then(|t| parse_eval(t, &text, "<fstring>", &lines));
    crate::compile::take_warnings();
    for (m, l) in saved {
        crate::compile::push_warning(m, l);
    }
    if let Err(e) = parsed {
        return Some(Err(format!("f-string: {}", e.msg)));
    }
    // `=`, then `!conversion`, then `:spec` with nested fields.
    let mut term = term;
    if term == '=' {
        i += 1;
        term = *body.get(i)?;
        if term == '}' {
            return Some(Ok(i + 1));
        }
    }
    if term == '!' {
        i += 2;
        term = *body.get(i)?;
        if term == '}' {
            return Some(Ok(i + 1));
        }
    }
    if term != ':' {
        return None;
    }
    match fstring_fields(&body[i + 1..], nested + 1)? {
        Ok(end) => Some(Ok(i + 1 + end + 1)),
        Err(e) => Some(Err(e)),
    }
}

/// Does the call whose positional argument at `offset` follows keyword
/// arguments have a `**mapping` among them (CPython then says "keyword
/// argument unpacking")?
fn follows_kwargs_unpacking(source: &str, offset: u32) -> bool {
    let toks = significant_tokens(source);
    let i = toks.iter().position(|t| t.1 >= offset).unwrap_or(toks.len());
    let mut depth = 0i32;
    let mut m = i;
    while m > 0 {
        m -= 1;
        match toks[m].0 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            Tok::DoubleStar if depth == 0 => {
                if m == 0 || matches!(toks[m - 1].0, Tok::Comma | Tok::Lpar) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// CPython's invalid_parameters / invalid_star_etc messages for a `*` or `/`
/// at token `i` of a `def` or `lambda` parameter list.
fn parameter_order_error(toks: &[(Tok, u32, u32)], i: usize) -> Option<&'static str> {
    let cur = &toks.get(i)?.0;
    if !matches!(cur, Tok::Star | Tok::Slash) {
        return None;
    }
    // The start of the parameter list: after `def NAME (`, or after `lambda`.
    let mut depth = 0i32;
    let mut m = i;
    let start = loop {
        m = m.checked_sub(1)?;
        match toks[m].0 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::Lpar => {
                if depth == 0 {
                    if m >= 2 && matches!(toks[m - 1].0, Tok::Name { .. }) && toks[m - 2].0 == Tok::Def {
                        break m + 1;
                    }
                    return None;
                }
                depth -= 1;
            }
            Tok::Lambda if depth == 0 => break m + 1,
            Tok::Colon | Tok::Newline | Tok::Semi | Tok::Equal if depth == 0 => {
                // `=` introduces a default inside a parameter list; elsewhere it ends the search.
                if toks[m].0 != Tok::Equal {
                    return None;
                }
            }
            _ => {}
        }
    };
    // Top-level `*` and `/` already in the list (each starting a parameter).
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut depth = 0i32;
    for j in start..i {
        match toks[j].0 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            Tok::Star if depth == 0 && (j == start || toks[j - 1].0 == Tok::Comma) => seen_star = true,
            Tok::Slash if depth == 0 && (j == start || toks[j - 1].0 == Tok::Comma) => seen_slash = true,
            _ => {}
        }
    }
    let next = toks.get(i + 1).map(|t| &t.0);
    let starts_param = i == start || toks[i - 1].0 == Tok::Comma;
    if !starts_param {
        return None;
    }
    match cur {
        Tok::Star if seen_star && matches!(next, Some(Tok::Name { .. } | Tok::Comma)) => Some("* argument may appear only once"),
        Tok::Slash if i == start => (next == Some(&Tok::Comma)).then_some("at least one argument must precede /"),
        Tok::Slash if seen_slash => Some("/ may appear only once"),
        Tok::Slash if seen_star => Some("/ must be ahead of *"),
        _ => None,
    }
}

/// `{1: 2, 3}`: an element of a dict display without its `: value`
/// (CPython's invalid_double_starred_kvpairs), reported at the element.
fn dict_key_without_value(source: &str, offset: u32, filename: &str, lines: &LineIndex) -> Option<CompileError> {
    let toks = significant_tokens(source);
    let i = toks.iter().position(|t| t.1 >= offset && !matches!(t.0, Tok::Dedent)).unwrap_or(toks.len());
    if !matches!(toks.get(i).map(|t| &t.0), Some(Tok::Rbrace | Tok::Comma)) {
        return None;
    }
    let open = open_bracket_before(&toks, i)?;
    if toks[open].0 != Tok::Lbrace {
        return None;
    }
    // A dict: its first element has a top-level `:` or starts with `**`.
    let mut depth = 0i32;
    let mut is_dict = toks.get(open + 1).is_some_and(|t| t.0 == Tok::DoubleStar);
    let mut elem_start = open + 1;
    for j in open + 1..i {
        match toks[j].0 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            Tok::Colon if depth == 0 => is_dict = true,
            Tok::Comma if depth == 0 => elem_start = j + 1,
            _ => {}
        }
    }
    if !is_dict || elem_start >= i {
        return None;
    }
    Some(located(ErrorKind::SyntaxError, "':' expected after dictionary key", filename, lines, toks[elem_start].1))
}

/// The block-opening statement on `line` or the last code line before it.
fn header_before(lines: &LineIndex, line: u32) -> Option<(String, u32)> {
    block_opener(lines, line + 1)
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

/// A parse error in CPython's terms. Tokenizer-level problems CPython finds
/// win: a bad number literal (anywhere, if the parser's own error is a
/// generic one), and a bracket left open at the end of the input when the
/// parser failed on a later line or at the end.
fn parse_error(err: rustpython_parser::ParseError, filename: &str, lines: &LineIndex, source: &str, eval_mode: bool) -> CompileError {
    let offset = err.offset.to_u32();
    let at_eof = matches!(err.error, ParseErrorType::Eof);
    let e = parse_error_inner(err, filename, lines, source, eval_mode);
    let generic = e.msg == "invalid syntax" || e.msg == "unexpected EOF while parsing";
    // CPython's tokenizer errors win over its parser's (it tokenizes the
    // rest of the file after a syntax error), but for an unexpected indent
    // that comes first.
    if let Some((ne, noff)) = number_error(source, filename, lines) {
        let indent_first = e.kind == ErrorKind::IndentationError && e.msg == "unexpected indent" && offset < noff;
        if !indent_first {
            return ne;
        }
    }
    if let Some((c, paren_off)) = unclosed_bracket(source) {
        let toks_end = significant_tokens(source).last().map_or(0, |t| t.2);
        let (paren_line, _) = lines.locate(paren_off);
        // CPython's parser reports it as soon as it reads the end of the input
        // (before its second pass finds specific errors); a generic error on the
        // bracket's own line stands.
        if !generic || at_eof || offset >= toks_end || e.line > paren_line {
            return located(ErrorKind::SyntaxError, format!("'{c}' was never closed"), filename, lines, paren_off);
        }
    }
    e
}

/// The innermost bracket still open where lexing stops, if any.
fn unclosed_bracket(source: &str) -> Option<(char, u32)> {
    let mut stack = Vec::new();
    for (t, start, _) in significant_tokens(source) {
        match t {
            Tok::Lpar => stack.push(('(', start)),
            Tok::Lsqb => stack.push(('[', start)),
            Tok::Lbrace => stack.push(('{', start)),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// CPython's tokenizer errors for malformed number literals (the first one
/// in the source), with the offset of the literal.
fn number_error(source: &str, filename: &str, lines: &LineIndex) -> Option<(CompileError, u32)> {
    let b = source.as_bytes();
    let n = b.len();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    let mut i = 0;
    while i < n {
        let c = b[i];
        // Skip comments and string literals (with their prefixes).
        if c == b'#' {
            while i < n && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'"' || c == b'\'' {
            let triple = i + 2 < n && b[i + 1] == c && b[i + 2] == c;
            i += if triple { 3 } else { 1 };
            while i < n {
                if b[i] == b'\\' {
                    i += 2;
                    continue;
                }
                if triple {
                    if i + 2 < n && b[i] == c && b[i + 1] == c && b[i + 2] == c {
                        i += 3;
                        break;
                    }
                } else if b[i] == c || b[i] == b'\n' {
                    i += 1;
                    break;
                }
                i += 1;
            }
            continue;
        }
        if ident(c) && !c.is_ascii_digit() {
            // An identifier (or a string prefix, handled when the quote comes).
            while i < n && ident(b[i]) {
                i += 1;
            }
            continue;
        }
        let starts_number = c.is_ascii_digit() || (c == b'.' && i + 1 < n && b[i + 1].is_ascii_digit() && (i == 0 || !ident(b[i - 1])));
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i as u32;
        let err = |msg: String| Some((located(ErrorKind::SyntaxError, msg, filename, lines, start), start));
        let at = |j: usize| if j < n { b[j] } else { 0 };
        // CPython's verify_end_of_number: a letter right after a number is an error,
        // unless it starts a keyword that may follow a number.
        let end_ok = |j: usize| -> bool {
            let c = at(j);
            if c == 0 || !ident(c) {
                return true;
            }
            keyword_follows_number(&source[j..])
        };
        // digits with single underscores between them
        let digits = |mut j: usize, ok: &dyn Fn(u8) -> bool| -> Result<usize, usize> {
            loop {
                while ok(at(j)) {
                    j += 1;
                }
                if at(j) != b'_' {
                    return Ok(j);
                }
                j += 1;
                if !ok(at(j)) {
                    return Err(j);
                }
            }
        };
        let dec = |c: u8| c.is_ascii_digit();
        let mut j = i;
        if c == b'0' && matches!(at(j + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (kind, ok): (&str, &dyn Fn(u8) -> bool) = match at(j + 1) {
                b'x' | b'X' => ("hexadecimal", &|c: u8| c.is_ascii_hexdigit()),
                b'o' | b'O' => ("octal", &|c: u8| (b'0'..=b'7').contains(&c)),
                _ => ("binary", &|c: u8| c == b'0' || c == b'1'),
            };
            j += 2;
            if at(j) == b'_' {
                j += 1;
            }
            if !ok(at(j)) {
                if kind != "hexadecimal" && at(j).is_ascii_digit() {
                    return err(format!("invalid digit '{}' in {kind} literal", at(j) as char));
                }
                return err(format!("invalid {kind} literal"));
            }
            match digits(j, ok) {
                Ok(e) => j = e,
                Err(_) => return err(format!("invalid {kind} literal")),
            }
            if kind != "hexadecimal" && at(j).is_ascii_digit() {
                return err(format!("invalid digit '{}' in {kind} literal", at(j) as char));
            }
            if !end_ok(j) {
                return err(format!("invalid {kind} literal"));
            }
            i = j;
            continue;
        }
        // Decimal: integer part, fraction, exponent, imaginary suffix.
        let mut is_float = false;
        if c != b'.' {
            match digits(j, &dec) {
                Ok(e) => j = e,
                Err(_) => return err("invalid decimal literal".into()),
            }
        }
        if at(j) == b'.' {
            is_float = true;
            j += 1;
            if dec(at(j)) {
                match digits(j, &dec) {
                    Ok(e) => j = e,
                    Err(_) => return err("invalid decimal literal".into()),
                }
            }
        }
        if matches!(at(j), b'e' | b'E') {
            let mut k = j + 1;
            if matches!(at(k), b'+' | b'-') {
                k += 1;
                if !dec(at(k)) {
                    return err("invalid decimal literal".into());
                }
            }
            if dec(at(k)) {
                is_float = true;
                match digits(k, &dec) {
                    Ok(e) => j = e,
                    Err(_) => return err("invalid decimal literal".into()),
                }
            } else if !end_ok(j) {
                return err("invalid decimal literal".into());
            }
        }
        if matches!(at(j), b'j' | b'J') {
            j += 1;
            if !end_ok(j) {
                return err("invalid imaginary literal".into());
            }
            i = j;
            continue;
        }
        if !is_float && c == b'0' && source[i..j].bytes().any(|d| d.is_ascii_digit() && d != b'0') {
            return err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
        }
        if !end_ok(j) {
            return err("invalid decimal literal".into());
        }
        i = j;
    }
    None
}

fn parse_error_inner(err: rustpython_parser::ParseError, filename: &str, lines: &LineIndex, source: &str, eval_mode: bool) -> CompileError {
    let offset = err.offset.to_u32();
    match err.error {
        // The parser hit the end while a block still needed its body.
        // (The lexer's own indentation errors were reported before parsing.)
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let last = (source.len() as u32).saturating_sub(1);
            let (line, _) = lines.locate(last);
            let msg = match header_before(lines, line) {
                Some((what, l)) => format!("expected an indented block after {what} on line {l}"),
                None => "expected an indented block".to_string(),
            };
            located(ErrorKind::IndentationError, msg, filename, lines, last)
        }
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
                if let Some(e) = dict_key_without_value(source, offset, filename, lines) {
                    return e;
                }
                // CPython points just after the last token of the header.
                return located(ErrorKind::SyntaxError, "expected ':'", filename, lines, offset);
            }
            if let Some(e) = refine_syntax_error(source, offset, filename, lines, eval_mode) {
                return e;
            }
            let _ = tok;
            located(ErrorKind::SyntaxError, "invalid syntax", filename, lines, offset)
        }
        ParseErrorType::Eof => {
            if let Some(e) = refine_syntax_error(source, offset, filename, lines, eval_mode) {
                return e;
            }
            let end = source.len() as u32;
            located(ErrorKind::SyntaxError, "unexpected EOF while parsing", filename, lines, end.min(offset.max(end)))
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            located(ErrorKind::SyntaxError, "invalid syntax", filename, lines, offset)
        }
    }
}

/// The significant tokens of `source` (up to the first lexical error).
fn significant_tokens(source: &str) -> Vec<(Tok, u32, u32)> {
    let mut out = Vec::new();
    for t in rustpython_parser::lexer::lex(source, Mode::Module) {
        match t {
            Ok((tok, r)) => out.push((tok, r.start().to_u32(), r.end().to_u32())),
            Err(_) => break,
        }
    }
    out
}

/// Can this token end an expression?
fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

/// Can this token start an expression (CPython's `expression_without_invalid`)?
fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
            | Tok::Tilde
    )
}

/// Index of the token that starts the primary expression ending at token `i`
/// (following brackets, calls, subscripts, attributes and implicit string
/// concatenation backwards).
fn primary_start(toks: &[(Tok, u32, u32)], mut i: usize) -> usize {
    loop {
        // A bracketed group: jump to its opener.
        if matches!(toks[i].0, Tok::Rpar | Tok::Rsqb | Tok::Rbrace) {
            let mut depth = 0i32;
            let mut j = i;
            loop {
                match toks[j].0 {
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 || j == 0 {
                    break;
                }
                j -= 1;
            }
            i = j;
            // A call or subscript continues the primary to the left.
            if i > 0 && matches!(toks[i].0, Tok::Lpar | Tok::Lsqb) && ends_expression(&toks[i - 1].0) {
                i -= 1;
                continue;
            }
        } else if matches!(toks[i].0, Tok::String { .. }) && i > 0 && matches!(toks[i - 1].0, Tok::String { .. }) {
            i -= 1;
            continue;
        }
        if i >= 2 && matches!(toks[i - 1].0, Tok::Dot) && ends_expression(&toks[i - 2].0) {
            i -= 2;
            continue;
        }
        return i;
    }
}

/// The bracket opened most recently before token `i` and still open, if any.
fn open_bracket_before(toks: &[(Tok, u32, u32)], i: usize) -> Option<usize> {
    let mut stack = Vec::new();
    for (j, t) in toks[..i].iter().enumerate() {
        match t.0 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(j),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// CPython's more specific messages (its parser's `invalid_*` rules) for a
/// syntax error at the token starting at `offset`.
/// `eval_mode`: the source is a lone expression (`eval()`), where CPython's
/// named-expression hints do not apply at the top level.
fn refine_syntax_error(source: &str, offset: u32, filename: &str, lines: &LineIndex, eval_mode: bool) -> Option<CompileError> {
    let toks = significant_tokens(source);
    let syntax = |msg: &str, off: u32| Some(located(ErrorKind::SyntaxError, msg, filename, lines, off));
    // The token the parser stopped at (the end of the input if none starts there).
    let i = toks.iter().position(|t| t.1 >= offset && !matches!(t.0, Tok::Dedent)).unwrap_or(toks.len());
    let cur = toks.get(i).map(|t| &t.0);
    if i == 0 {
        return None;
    }
    let prev = &toks[i - 1].0;

    // Misplaced `*` and `/` in a parameter list.
    if let Some(msg) = parameter_order_error(&toks, i) {
        return syntax(msg, toks[i].1);
    }
    // `from x import a,`
    if prev == &Tok::Comma && matches!(cur, None | Some(Tok::Newline | Tok::EndOfFile)) {
        let mut h = i - 1;
        while h > 0 && !matches!(toks[h - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi) {
            h -= 1;
        }
        let line = &toks[h..i];
        let import_at = line.iter().position(|t| t.0 == Tok::Import);
        if line.first().is_some_and(|t| t.0 == Tok::From) && import_at.is_some_and(|p| line.get(p + 1).is_some_and(|t| t.0 != Tok::Lpar)) {
            let off = toks.get(i).map_or(toks[i - 1].2, |t| t.1);
            return syntax("trailing comma not allowed without surrounding parentheses", off);
        }
    }
    // `{**a for a in b}`: the parser stops at `for` after a `{**` element.
    if cur == Some(&Tok::For) {
        let mut depth = 0i32;
        let mut m = i;
        while m > 0 {
            m -= 1;
            match toks[m].0 {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Tok::Lbrace => {
                    if depth == 0 {
                        if toks.get(m + 1).is_some_and(|t| t.0 == Tok::DoubleStar) {
                            return syntax("dict unpacking cannot be used in dict comprehension", toks[m + 1].1);
                        }
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
    }
    // A `try` block followed by neither `except` nor `finally`.
    if let Some(e) = missing_except(&toks, i, filename, lines) {
        return Some(e);
    }

    // `except*:` without a type.
    if cur == Some(&Tok::Colon) && prev == &Tok::Star && i >= 2 && toks[i - 2].0 == Tok::Except {
        return syntax("expected one or more exception types", toks[i].1);
    }
    // `except` and `except*` clauses on one `try`.
    let except_at = if cur == Some(&Tok::Except) {
        Some(i)
    } else if prev == &Tok::Except {
        Some(i - 1)
    } else {
        None
    };
    if let Some(x) = except_at {
        let star = toks.get(x + 1).is_some_and(|t| t.0 == Tok::Star);
        let mut depth = 0i32;
        let mut m = x;
        while m > 0 {
            m -= 1;
            match toks[m].0 {
                Tok::Dedent => depth += 1,
                Tok::Indent => depth -= 1,
                Tok::Try if depth == 0 => break,
                Tok::Except if depth == 0 => {
                    let other_star = toks.get(m + 1).is_some_and(|t| t.0 == Tok::Star);
                    if other_star != star {
                        return syntax("cannot have both 'except' and 'except*' on the same 'try'", toks[x].1);
                    }
                    break;
                }
                _ => {}
            }
        }
    }

    // `print "x"`: CPython's invalid_legacy_expression.
    if let Tok::Name { name } = prev {
        if (name == "print" || name == "exec") && cur.is_some_and(|c| starts_expression(c) && *c != Tok::Lpar) {
            let stmt_start = i == 1 || matches!(toks[i - 2].0, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Colon | Tok::Equal);
            if stmt_start {
                let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
                return syntax(&msg, toks[i - 1].1);
            }
        }
    }

    // `x = 1 if 2`: a conditional expression without its `else` (not a
    // comprehension's `if`).
    if cur != Some(&Tok::Else) && cur != Some(&Tok::Colon) {
        let line_start = toks[..i].iter().rposition(|t| matches!(t.0, Tok::Newline | Tok::Indent | Tok::Dedent)).map_or(0, |p| p + 1);
        let mut depth = 0i32;
        let mut m = i;
        let mut cand = None;
        while m > line_start {
            m -= 1;
            match toks[m].0 {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Tok::For if depth == 0 => {
                    cand = None;
                    break;
                }
                Tok::Else | Tok::Lambda | Tok::Colon if depth == 0 => break,
                Tok::If if depth == 0 && cand.is_none() && m > line_start && ends_expression(&toks[m - 1].0) => {
                    cand = Some(m);
                }
                _ => {}
            }
        }
        if let Some(m) = cand {
            let start = primary_start(&toks, m - 1);
            return syntax("expected 'else' after 'if' expression", toks[start].1);
        }
    }

    let open = open_bracket_before(&toks, i);
    let in_def_params = open.is_some_and(|o| {
        toks[o].0 == Tok::Lpar && o >= 2 && matches!(toks[o - 1].0, Tok::Name { .. }) && toks[o - 2].0 == Tok::Def
    });
    // `def f(**k, a)`: parameters after **kwargs.
    if in_def_params && cur.is_some_and(|c| matches!(c, Tok::Name { .. } | Tok::Star | Tok::DoubleStar)) && prev == &Tok::Comma {
        let o = open.unwrap_or(0);
        let mut depth = 0;
        for k in o + 1..i {
            match toks[k].0 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                Tok::DoubleStar if depth == 0 => {
                    return syntax("arguments cannot follow var-keyword argument", toks[i].1);
                }
                _ => {}
            }
        }
    }
    // Is there a comprehension's `for` between the open bracket and token i?
    let in_comprehension = open.is_some_and(|o| {
        let mut depth = 0;
        toks[o + 1..i].iter().any(|t| {
            match t.0 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                _ => {}
            }
            depth == 0 && t.0 == Tok::For
        })
    });

    // `x() := 1`: a walrus whose target is not a name.
    if cur == Some(&Tok::ColonEqual) && ends_expression(prev) && !matches!(prev, Tok::Name { .. }) {
        let start = primary_start(&toks, i - 1);
        if let Some(what) = describe_primary(&toks, start, i - 1) {
            return syntax(&format!("cannot use assignment expressions with {what}"), toks[start].1);
        }
    }

    // `if x = 1:`, `[f() = 1]` and `f(a.b=1)`: an `=` where an expression continues.
    let first_of_line = toks[..i].iter().rposition(|t| matches!(t.0, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)).map_or(0, |p| p + 1);
    let declaration = matches!(
        toks.get(first_of_line).map(|t| &t.0),
        Some(Tok::Global | Tok::Nonlocal | Tok::Import | Tok::From | Tok::Def | Tok::Class | Tok::Del)
    );
    if cur == Some(&Tok::Equal) && ends_expression(prev) && !declaration && !in_def_params && (open.is_some() || !eval_mode) {
        let start = primary_start(&toks, i - 1);
        let starred = start > 0 && matches!(toks[start - 1].0, Tok::Star | Tok::DoubleStar);
        if starred {
            return None;
        }
        if let Some(o) = open {
            let is_call = toks[o].0 == Tok::Lpar && o > 0 && ends_expression(&toks[o - 1].0);
            if is_call {
                if matches!(prev, Tok::True | Tok::False | Tok::None) && start == i - 1 {
                    let what = describe_primary(&toks, start, i - 1).unwrap_or("literal");
                    return syntax(&format!("cannot assign to {what}"), toks[start].1);
                }
                return syntax("expression cannot contain assignment, perhaps you meant \"==\"?", toks[start].1);
            }
        }
        if matches!(prev, Tok::Name { .. }) && start == i - 1 {
            return syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[i - 1].1);
        }
        match describe_primary(&toks, start, i - 1) {
            Some(what @ ("function call" | "literal" | "ellipsis" | "f-string expression")) if open.is_some() => {
                let msg = format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
                return syntax(&msg, toks[start].1);
            }
            _ => {}
        }
    }

    // `[1 2]`: two expressions in a row inside brackets.
    if open.is_some() && !in_def_params && !in_comprehension && ends_expression(prev) && cur.is_some_and(starts_expression) {
        let start = primary_start(&toks, i - 1);
        let name_then_string = matches!(toks[start].0, Tok::Name { .. })
            && matches!(toks.get(start + 1).map(|t| &t.0), Some(Tok::String { .. }));
        let soft_keyword = matches!(&toks[start].0, Tok::Name { name } if name == "match" || name == "case" || name == "_");
        if !name_then_string && !soft_keyword {
            return syntax("invalid syntax. Perhaps you forgot a comma?", toks[start].1);
        }
    }
    None
}

/// How CPython names the primary expression spanning tokens `start..=end`
/// in "cannot assign to ..." messages, when it can tell from the tokens.
fn describe_primary(toks: &[(Tok, u32, u32)], start: usize, end: usize) -> Option<&'static str> {
    let last = &toks[end].0;
    if start == end {
        return match last {
            Tok::Int { .. } | Tok::Float { .. } | Tok::Complex { .. } => Some("literal"),
            Tok::String { kind, .. } => Some(if kind.is_any_fstring() { "f-string expression" } else { "literal" }),
            Tok::True => Some("True"),
            Tok::False => Some("False"),
            Tok::None => Some("None"),
            Tok::Ellipsis => Some("ellipsis"),
            Tok::Name { .. } => Some("name"),
            _ => None,
        };
    }
    if toks[start..=end].iter().all(|t| matches!(t.0, Tok::String { .. })) {
        return Some("literal");
    }
    match last {
        Tok::Rpar | Tok::Rsqb => {
            // The opener of the final bracket.
            let mut depth = 0;
            let mut j = end;
            loop {
                match toks[j].0 {
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 || j == start {
                    break;
                }
                j -= 1;
            }
            if j > start {
                Some(if *last == Tok::Rpar { "function call" } else { "subscript" })
            } else {
                None
            }
        }
        Tok::Name { .. } if end > start && toks[end - 1].0 == Tok::Dot => Some("attribute"),
        _ => None,
    }
}

/// "expected 'except' or 'finally' block" when the block of a `try:` ends
/// (just before token `i`) without a handler.
fn missing_except(toks: &[(Tok, u32, u32)], i: usize, filename: &str, lines: &LineIndex) -> Option<CompileError> {
    if matches!(toks.get(i).map(|t| &t.0), Some(Tok::Except | Tok::Finally)) {
        return None;
    }
    // A zero-width NEWLINE and DEDENTs closing the input count as its end.
    let at_end = toks[i.min(toks.len())..].iter().all(|t| matches!(t.0, Tok::Newline | Tok::Dedent | Tok::EndOfFile));
    let i = if at_end { toks.iter().rposition(|t| t.0 != Tok::EndOfFile).map_or(0, |p| p + 1) } else { i };
    // The run of DEDENTs just before token i, innermost block first.
    let mut run_start = i;
    while run_start > 0 && toks[run_start - 1].0 == Tok::Dedent {
        run_start -= 1;
    }
    let mut found = false;
    for d in run_start..i {
        let mut depth = 0i32;
        let mut m = d;
        let indent = loop {
            m = m.checked_sub(1)?;
            match toks[m].0 {
                Tok::Dedent => depth += 1,
                Tok::Indent if depth == 0 => break m,
                Tok::Indent => depth -= 1,
                _ => {}
            }
        };
        // Before the INDENT: NEWLINE, and the header starting its logical line.
        let mut h = indent.checked_sub(1)?;
        if toks[h].0 != Tok::Newline {
            return None;
        }
        while h > 0 && !matches!(toks[h - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent) {
            h -= 1;
        }
        if toks[h].0 == Tok::Try {
            found = true;
            break;
        }
    }
    if !found {
        return None;
    }
    let off = match toks.get(i) {
        Some(t) if !at_end && t.0 != Tok::EndOfFile => t.1,
        _ => {
            // At the end of the input: just after the last token of the body.
            let last = toks[..run_start].iter().rev().find(|t| !matches!(t.0, Tok::Newline | Tok::Dedent))?;
            last.2
        }
    };
    Some(located(ErrorKind::SyntaxError, "expected 'except' or 'finally' block", filename, lines, off))
}

pub fn parse_module(tokens: Vec<LexResult>, source: &str, filename: &str, lines: &LineIndex) -> Result<Vec<Stmt>, CompileError> {
    match parse_tokens(tokens, Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => unreachable!("module mode yields a module"),
        Err(e) => Err(parse_error(e, filename, lines, source, false)),
    }
}

pub fn parse_eval(tokens: Vec<LexResult>, source: &str, filename: &str, lines: &LineIndex) -> Result<Expr, CompileError> {
    // Re-lex in expression mode; the checks above already ran on the same text.
    let _ = tokens;
    let toks = rustpython_parser::lexer::lex(source, Mode::Expression);
    match parse_tokens(toks, Mode::Expression, filename) {
        Ok(ast::Mod::Expression(e)) => Ok(*e.body),
        Ok(_) => unreachable!("expression mode yields an expression"),
        Err(e) => Err(parse_error(e, filename, lines, source, true)),
    }
}
