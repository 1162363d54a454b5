//! tern's front end: source text to code objects.
//!
//! `source` decodes bytes (PEP 263), `parse` lexes and parses with
//! rustpython-parser under CPython's limits, `symtable` resolves scopes,
//! `compile` emits the bytecode that `bytecode` defines, `dis` prints it and
//! `flow` computes the stack depths and entry points compiled tiers need.

pub mod bytecode;
pub mod carets;
pub mod code;
pub mod compile;
pub mod dis;
pub mod error;
pub mod flow;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod unparse;

pub use code::{CodeObject, Constant};
pub use compile::{compile, Mode};
pub use error::{CompileError, ErrorKind};
