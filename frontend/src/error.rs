//! Errors found while reading or compiling source, in the terms of the
//! Python exception the runtime will raise for them.

/// The Python exception class an error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep for the compiler ("maximum recursion depth exceeded during compilation").
    RecursionError,
    /// Nesting too deep for the parser (CPython reports a bare MemoryError).
    MemoryError,
}

impl ErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A syntax (or compile-time) error with CPython's location conventions:
/// 1-based line, 1-based column offset of the caret (0: none).
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub offset: u32,
    pub end_line: u32,
    pub end_offset: u32,
    /// The offending source line, if known.
    pub text: Option<String>,
    /// CPython prints only `Type: message` for this error (no location lines).
    pub bare: bool,
}

impl CompileError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, filename: &str, line: u32, offset: u32) -> Self {
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_owned(),
            line,
            offset,
            end_line: line,
            end_offset: offset,
            text: None,
            bare: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, filename: &str, line: u32, offset: u32) -> Self {
        Self::new(ErrorKind::SyntaxError, msg, filename, line, offset)
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind.class_name(), self.msg, self.filename, self.line)
    }
}

impl std::error::Error for CompileError {}
