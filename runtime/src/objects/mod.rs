//! Built-in object types, one module per type (or family of types); the
//! `*_methods` modules hold the method tables of the bigger types.

pub mod bool_none;
pub mod bytes;
pub mod cell;
pub mod clinic;
pub mod codecs;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod file;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod libm;
pub mod list;
pub mod list_methods;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod super_;
pub mod tuple;
pub mod tuple_methods;
pub mod typeobj;
pub mod unicode;
pub mod unicode_db;
