//! The built-in hash modules of CPython 3.11 that `hashlib.py` falls back to
//! without OpenSSL: `_md5`, `_sha1`, `_sha256` (sha224/sha256), `_sha512`
//! (sha384/sha512), `_sha3` (sha3_* and shake_*) and `_blake2` (blake2b and
//! blake2s with all their parameters). MD5 and the SHA families come from the
//! RustCrypto crates; BLAKE2 is written here for its full parameter block.

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::modules::support::{cls_arg, type_static};
use crate::objects::bool_none::none;
use crate::objects::bytes::new_bytes;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::types::{alloc_object, build, TypeObject};
use crate::value::{ObjHeader, PyObj, Value};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update as XofUpdate, XofReader};
use std::cell::RefCell;

// ----- BLAKE2 ------------------------------------------------------------------

const SIGMA: [[usize; 16]; 12] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
];

const IV64: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const IV32: [u32; 8] = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

/// The parameters of a BLAKE2 instance (RFC 7693 and the BLAKE2 paper's parameter block).
#[derive(Clone, Default)]
struct Blake2Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

macro_rules! blake2_impl {
    ($name:ident, $word:ty, $bb:expr, $rounds:expr, $iv:expr, $r:expr) => {
        #[derive(Clone)]
        struct $name {
            h: [$word; 8],
            t: u128,
            buf: Vec<u8>,
            outlen: usize,
            last_node: bool,
        }

        impl $name {
            const BLOCK: usize = $bb;
            const WBYTES: usize = std::mem::size_of::<$word>();

            fn new(p: &Blake2Params) -> $name {
                let mut block = [0u8; $bb / 2];
                block[0] = p.digest_size as u8;
                block[1] = p.key.len() as u8;
                block[2] = p.fanout;
                block[3] = p.depth;
                block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                if Self::WBYTES == 8 {
                    block[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
                    block[16] = p.node_depth;
                    block[17] = p.inner_size;
                    block[32..32 + p.salt.len()].copy_from_slice(&p.salt);
                    block[48..48 + p.person.len()].copy_from_slice(&p.person);
                } else {
                    block[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
                    block[14] = p.node_depth;
                    block[15] = p.inner_size;
                    block[16..16 + p.salt.len()].copy_from_slice(&p.salt);
                    block[24..24 + p.person.len()].copy_from_slice(&p.person);
                }
                let mut h = $iv;
                for (i, w) in h.iter_mut().enumerate() {
                    let mut b = [0u8; std::mem::size_of::<$word>()];
                    b.copy_from_slice(&block[i * Self::WBYTES..(i + 1) * Self::WBYTES]);
                    *w ^= <$word>::from_le_bytes(b);
                }
                let mut s = $name { h, t: 0, buf: Vec::new(), outlen: p.digest_size, last_node: p.last_node };
                if !p.key.is_empty() {
                    let mut k = p.key.clone();
                    k.resize($bb, 0);
                    s.update(&k);
                }
                s
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, w) in m.iter_mut().enumerate() {
                    let mut b = [0u8; std::mem::size_of::<$word>()];
                    b.copy_from_slice(&block[i * Self::WBYTES..(i + 1) * Self::WBYTES]);
                    *w = <$word>::from_le_bytes(b);
                }
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&$iv);
                v[12] ^= self.t as $word;
                v[13] ^= (self.t >> (8 * Self::WBYTES)) as $word;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let (r1, r2, r3, r4) = $r;
                let g = |v: &mut [$word; 16], a: usize, b: usize, c: usize, d: usize, x: $word, y: $word| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r4);
                };
                for s in SIGMA.iter().take($rounds) {
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        self.t += Self::BLOCK as u128;
                        let b = std::mem::take(&mut self.buf);
                        self.compress(&b, false);
                    }
                    let take = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..take]);
                    data = &data[take..];
                }
            }

            fn finalize(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t += s.buf.len() as u128;
                let mut b = std::mem::take(&mut s.buf);
                b.resize(Self::BLOCK, 0);
                s.compress(&b, true);
                let mut out: Vec<u8> = s.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(s.outlen);
                out
            }
        }
    };
}

blake2_impl!(Blake2b, u64, 128, 12, IV64, (32, 24, 16, 63));
blake2_impl!(Blake2s, u32, 64, 10, IV32, (16, 12, 8, 7));

// ----- the hash objects -----------------------------------------------------------

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Box<Blake2b>),
    Blake2s(Box<Blake2s>),
}

impl Hasher {
    fn update(&mut self, d: &[u8]) {
        match self {
            Hasher::Md5(h) => Digest::update(h, d),
            Hasher::Sha1(h) => Digest::update(h, d),
            Hasher::Sha224(h) => Digest::update(h, d),
            Hasher::Sha256(h) => Digest::update(h, d),
            Hasher::Sha384(h) => Digest::update(h, d),
            Hasher::Sha512(h) => Digest::update(h, d),
            Hasher::Sha3_224(h) => Digest::update(h, d),
            Hasher::Sha3_256(h) => Digest::update(h, d),
            Hasher::Sha3_384(h) => Digest::update(h, d),
            Hasher::Sha3_512(h) => Digest::update(h, d),
            Hasher::Shake128(h) => XofUpdate::update(h, d),
            Hasher::Shake256(h) => XofUpdate::update(h, d),
            Hasher::Blake2b(h) => h.update(d),
            Hasher::Blake2s(h) => h.update(d),
        }
    }

    /// The digest (of `len` bytes for the shake functions).
    fn digest(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Shake128(h) => {
                let mut out = vec![0u8; len];
                h.finalize_xof().read(&mut out);
                out
            }
            Hasher::Shake256(h) => {
                let mut out = vec![0u8; len];
                h.finalize_xof().read(&mut out);
                out
            }
            Hasher::Blake2b(h) => h.finalize(),
            Hasher::Blake2s(h) => h.finalize(),
        }
    }
}

#[repr(C)]
pub struct HashObject {
    header: ObjHeader,
    h: RefCell<Hasher>,
    digest_size: usize,
}

type_static!(MD5_TYPE, "_md5", "md5", HashObject, 0);
type_static!(SHA1_TYPE, "_sha1", "sha1", HashObject, 0);
type_static!(SHA224_TYPE, "_sha256", "sha224", HashObject, 0);
type_static!(SHA256_TYPE, "_sha256", "sha256", HashObject, 0);
type_static!(SHA384_TYPE, "_sha512", "sha384", HashObject, 0);
type_static!(SHA512_TYPE, "_sha512", "sha512", HashObject, 0);
type_static!(SHA3_224_TYPE, "_sha3", "sha3_224", HashObject, crate::types::BASETYPE);
type_static!(SHA3_256_TYPE, "_sha3", "sha3_256", HashObject, crate::types::BASETYPE);
type_static!(SHA3_384_TYPE, "_sha3", "sha3_384", HashObject, crate::types::BASETYPE);
type_static!(SHA3_512_TYPE, "_sha3", "sha3_512", HashObject, crate::types::BASETYPE);
type_static!(SHAKE128_TYPE, "_sha3", "shake_128", HashObject, crate::types::BASETYPE);
type_static!(SHAKE256_TYPE, "_sha3", "shake_256", HashObject, crate::types::BASETYPE);
type_static!(BLAKE2B_TYPE, "_blake2", "blake2b", HashObject, crate::types::BASETYPE);
type_static!(BLAKE2S_TYPE, "_blake2", "blake2s", HashObject, crate::types::BASETYPE);

static ALL_TYPES: [&TypeObject; 14] = [
    &MD5_TYPE,
    &SHA1_TYPE,
    &SHA224_TYPE,
    &SHA256_TYPE,
    &SHA384_TYPE,
    &SHA512_TYPE,
    &SHA3_224_TYPE,
    &SHA3_256_TYPE,
    &SHA3_384_TYPE,
    &SHA3_512_TYPE,
    &SHAKE128_TYPE,
    &SHAKE256_TYPE,
    &BLAKE2B_TYPE,
    &BLAKE2S_TYPE,
];

unsafe impl PyObj for HashObject {
    fn class() -> &'static TypeObject {
        &MD5_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        ALL_TYPES.iter().any(|x| t.is_subtype(x))
    }
}

/// The built-in type an object's hash type derives from.
fn base_type(v: &Value) -> &'static TypeObject {
    ALL_TYPES.iter().copied().find(|t| v.ty().is_subtype(t)).unwrap_or(&MD5_TYPE)
}

fn hash_this(args: &[Value]) -> PyResult<&HashObject> {
    args.first().and_then(|v| v.downcast::<HashObject>()).ok_or_else(|| type_error("expected a hash object"))
}

/// The bytes to hash: a buffer, never a str (CPython's GET_BUFFER_VIEW_OR_ERROUT).
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if as_str(v).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    crate::modules::support::buffer(v).ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn new_hash(ty: &TypeObject, h: Hasher, digest_size: usize, data: Option<&Value>) -> PyResult<Value> {
    let mut h = h;
    if let Some(d) = data {
        h.update(&data_arg(d)?);
    }
    Ok(alloc_object(ty, HashObject { header: ObjHeader::new(std::ptr::null()), h: RefCell::new(h), digest_size }))
}

/// The name and block size of each algorithm (by base type).
fn info(t: &TypeObject) -> (&'static str, usize) {
    let n = crate::modules::support::short_name(t);
    let block = match n.as_str() {
        "md5" | "sha1" | "sha224" | "sha256" | "blake2s" => 64,
        "sha384" | "sha512" | "blake2b" => 128,
        "sha3_224" => 144,
        "sha3_256" | "shake_256" => 136,
        "sha3_384" => 104,
        "sha3_512" => 72,
        "shake_128" => 168,
        _ => 64,
    };
    let name: &'static str = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"]
        .iter()
        .copied()
        .find(|x| *x == n)
        .unwrap_or("md5");
    (name, block)
}

fn is_shake(t: &TypeObject) -> bool {
    std::ptr::eq(t, &SHAKE128_TYPE) || std::ptr::eq(t, &SHAKE256_TYPE)
}

fn hash_update(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let h = hash_this(args)?;
    let (name, _) = info(base_type(&args[0]));
    crate::objects::clinic::one_arg(&args[1..], kw, format_args!("{name}.update"))?;
    let d = data_arg(&args[1])?;
    h.h.borrow_mut().update(&d);
    Ok(none())
}

/// The length argument of the shake functions' digest methods.
fn shake_len(args: &[Value], kw: Option<&Kw>, what: &str, name: &str) -> PyResult<usize> {
    let a = crate::builtins::args::parse_args(what, &args[1..], kw, &["length"], 0, 1, 1).map_err(|_| {
        type_error(format!("{name}.{what}() takes exactly one argument ({} given)", args.len() - 1))
    })?;
    let n = crate::builtins::args::as_ssize(a[0].as_ref().unwrap_or(&none()))?;
    if n < 0 {
        return Err(value_error("value must be positive"));
    }
    if n >= 1 << 29 {
        return Err(value_error("length is too large"));
    }
    Ok(n as usize)
}

fn digest_bytes(args: &[Value], kw: Option<&Kw>, what: &str) -> PyResult<Vec<u8>> {
    let h = hash_this(args)?;
    let base = base_type(&args[0]);
    let (name, _) = info(base);
    if is_shake(base) {
        let n = shake_len(args, kw, what, name)?;
        return Ok(h.h.borrow().digest(n));
    }
    crate::objects::clinic::noargs(&args[1..], kw, format_args!("{name}.{what}"))?;
    Ok(h.h.borrow().digest(0))
}

fn hash_digest(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bytes(digest_bytes(args, kw, "digest")?))
}

fn hash_hexdigest(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = digest_bytes(args, kw, "hexdigest")?;
    Ok(new_str(d.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn hash_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let h = hash_this(args)?;
    let (name, _) = info(base_type(&args[0]));
    crate::objects::clinic::noargs(&args[1..], kw, format_args!("{name}.copy"))?;
    let copy = h.h.borrow().clone();
    Ok(alloc_object(args[0].ty(), HashObject { header: ObjHeader::new(std::ptr::null()), h: RefCell::new(copy), digest_size: h.digest_size }))
}

fn get_name(v: &Value) -> PyResult<Value> {
    Ok(new_str(info(base_type(v)).0))
}

fn get_digest_size(v: &Value) -> PyResult<Value> {
    Ok(new_int(v.downcast::<HashObject>().map_or(0, |h| h.digest_size) as i64))
}

fn get_block_size(v: &Value) -> PyResult<Value> {
    Ok(new_int(info(base_type(v)).1 as i64))
}

fn sha3_capacity(v: &Value) -> PyResult<Value> {
    Ok(new_int(1600 - 8 * info(base_type(v)).1 as i64))
}

fn sha3_rate(v: &Value) -> PyResult<Value> {
    Ok(new_int(8 * info(base_type(v)).1 as i64))
}

fn sha3_suffix(v: &Value) -> PyResult<Value> {
    Ok(new_bytes(vec![if is_shake(base_type(v)) { 0x1f } else { 0x06 }]))
}

// ----- constructors ------------------------------------------------------------------

/// The clinic signature `name(string=b'', *, usedforsecurity=True)`: the data, if any.
fn string_arg(name: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<Option<Value>> {
    let a = crate::builtins::args::parse_args(name, args, kw, &["string", "usedforsecurity"], 0, 0, 1)?;
    Ok(a[0].clone())
}

macro_rules! simple_ctor {
    ($fname:ident, $name:literal, $ty:ident, $variant:ident, $inner:expr, $size:expr) => {
        fn $fname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
            let d = string_arg($name, args, kw)?;
            new_hash(&$ty, Hasher::$variant($inner), $size, d.as_ref())
        }
    };
}

simple_ctor!(md5_new, "md5", MD5_TYPE, Md5, md5::Md5::new(), 16);
simple_ctor!(sha1_new, "sha1", SHA1_TYPE, Sha1, sha1::Sha1::new(), 20);
simple_ctor!(sha224_new, "sha224", SHA224_TYPE, Sha224, sha2::Sha224::new(), 28);
simple_ctor!(sha256_new, "sha256", SHA256_TYPE, Sha256, sha2::Sha256::new(), 32);
simple_ctor!(sha384_new, "sha384", SHA384_TYPE, Sha384, sha2::Sha384::new(), 48);
simple_ctor!(sha512_new, "sha512", SHA512_TYPE, Sha512, sha2::Sha512::new(), 64);

/// `sha3_*(data=b'', /, *, usedforsecurity=True)` and `shake_*` (CPython names them all sha3_224 in errors).
fn sha3_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("sha3_224", &args[1..], kw, &["data", "usedforsecurity"], 1, 0, 1)?;
    let base = ALL_TYPES.iter().copied().find(|t| cls.is_subtype(t)).unwrap_or(&SHA3_256_TYPE);
    let (h, size) = match crate::modules::support::short_name(base).as_str() {
        "sha3_224" => (Hasher::Sha3_224(sha3::Sha3_224::new()), 28),
        "sha3_384" => (Hasher::Sha3_384(sha3::Sha3_384::new()), 48),
        "sha3_512" => (Hasher::Sha3_512(sha3::Sha3_512::new()), 64),
        "shake_128" => (Hasher::Shake128(sha3::Shake128::default()), 0),
        "shake_256" => (Hasher::Shake256(sha3::Shake256::default()), 0),
        _ => (Hasher::Sha3_256(sha3::Sha3_256::new()), 32),
    };
    new_hash(cls, h, size, a[0].as_ref())
}

/// A byte-string parameter of blake2 (`key`, `salt`, `person`).
fn blake_bytes(v: &Option<Value>, max: usize, what: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let b = data_arg(v)?;
    if b.len() > max {
        return Err(value_error(format!("maximum {what} length is {max} bytes")));
    }
    Ok(b)
}

/// An int parameter of blake2 checked to 0..=max.
fn blake_int(v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => crate::objects::clinic::int_arg(v).map(|x| x as i64),
    }
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1,
/// depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
/// usedforsecurity=True)` and `blake2s` (32-byte digests, 8-byte salt and person).
fn blake2_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let is_b = cls.is_subtype(&BLAKE2B_TYPE);
    let name = if is_b { "blake2b" } else { "blake2s" };
    let (maxd, maxs) = if is_b { (64usize, 16usize) } else { (32, 8) };
    let a = crate::builtins::args::parse_args(
        name,
        &args[1..],
        kw,
        &[
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
        1,
        0,
        1,
    )?;
    let digest_size = blake_int(&a[1], maxd as i64)?;
    if digest_size < 1 || digest_size > maxd as i64 {
        return Err(value_error(format!("digest_size must be between 1 and {maxd} bytes")));
    }
    let key = blake_bytes(&a[2], maxd, "key")?;
    let salt = blake_bytes(&a[3], maxs, "salt")?;
    let person = blake_bytes(&a[4], maxs, "person")?;
    let fanout = blake_int(&a[5], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    let depth = blake_int(&a[6], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    let leaf_size = match &a[7] {
        None => 0u64,
        Some(v) => unsigned_arg(v)?,
    };
    if leaf_size > u32::MAX as u64 {
        return Err(overflow_error("leaf_size is too large"));
    }
    let node_offset = match &a[8] {
        None => 0u64,
        Some(v) => unsigned_arg(v)?,
    };
    if !is_b && node_offset > (1u64 << 48) - 1 {
        return Err(overflow_error("node_offset is too large"));
    }
    let node_depth = blake_int(&a[9], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = blake_int(&a[10], 0)?;
    if inner_size < 0 || inner_size > maxd as i64 {
        return Err(value_error(format!("inner_size must be between 0 and is {maxd}")));
    }
    let last_node = match &a[11] {
        None => false,
        Some(v) => crate::ops::truthy(v)?,
    };
    let p = Blake2Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let h = if is_b { Hasher::Blake2b(Box::new(Blake2b::new(&p))) } else { Hasher::Blake2s(Box::new(Blake2s::new(&p))) };
    new_hash(cls, h, digest_size as usize, a[0].as_ref())
}

/// An unsigned long long parameter: `value must be positive` for negatives.
fn unsigned_arg(v: &Value) -> PyResult<u64> {
    let i = crate::ops::index(v)?;
    let Some(iv) = crate::objects::int::int_val(&i) else { return Ok(0) };
    if iv.is_negative() {
        return Err(value_error("value must be positive"));
    }
    match iv {
        crate::objects::int::IntVal::Small(x) => Ok(x as u64),
        crate::objects::int::IntVal::Big(b) => {
            u64::try_from(b).map_err(|_| overflow_error("Python int too large to convert to C unsigned long long"))
        }
    }
}

// ----- the modules ---------------------------------------------------------------

fn init_types() {
    for t in ALL_TYPES {
        crate::types::init_builtin_type(t);
        build::method(t, "update", hash_update);
        build::method(t, "digest", hash_digest);
        build::method(t, "hexdigest", hash_hexdigest);
        build::method(t, "copy", hash_copy);
        build::getset(t, "name", get_name, None);
        build::getset(t, "digest_size", get_digest_size, None);
        build::getset(t, "block_size", get_block_size, None);
    }
    for t in [&SHA3_224_TYPE, &SHA3_256_TYPE, &SHA3_384_TYPE, &SHA3_512_TYPE, &SHAKE128_TYPE, &SHAKE256_TYPE] {
        build::new(t, sha3_new);
        build::getset(t, "_capacity_bits", sha3_capacity, None);
        build::getset(t, "_rate_bits", sha3_rate, None);
        build::getset(t, "_suffix", sha3_suffix, None);
    }
    for (t, d, k, s) in [(&BLAKE2B_TYPE, 64, 64, 16), (&BLAKE2S_TYPE, 32, 32, 8)] {
        build::new(t, blake2_new);
        build::attr(t, "MAX_DIGEST_SIZE", new_int(d));
        build::attr(t, "MAX_KEY_SIZE", new_int(k));
        build::attr(t, "SALT_SIZE", new_int(s));
        build::attr(t, "PERSON_SIZE", new_int(s));
    }
}

static INIT: std::sync::Once = std::sync::Once::new();

fn module(name: &str, fns: &[(&'static str, NativeFn)], types: &[&'static TypeObject]) -> Value {
    INIT.call_once(init_types);
    let m = new_module(name);
    let mo = m.downcast::<ModuleObject>().unwrap();
    for (n, f) in fns {
        let modname: &'static str = match name {
            "_md5" => "_md5",
            "_sha1" => "_sha1",
            "_sha256" => "_sha256",
            _ => "_sha512",
        };
        mo.set(n, new_builtin(n, *f, Some(modname)));
    }
    for t in types {
        mo.set(t.qualname(), t.as_value());
    }
    m
}

pub fn create_md5() -> Value {
    let m = module("_md5", &[("md5", md5_new)], &[]);
    m.downcast::<ModuleObject>().unwrap().set("MD5Type", MD5_TYPE.as_value());
    m
}

pub fn create_sha1() -> Value {
    let m = module("_sha1", &[("sha1", sha1_new)], &[]);
    m.downcast::<ModuleObject>().unwrap().set("SHA1Type", SHA1_TYPE.as_value());
    m
}

pub fn create_sha256() -> Value {
    let m = module("_sha256", &[("sha224", sha224_new), ("sha256", sha256_new)], &[]);
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("SHA224Type", SHA224_TYPE.as_value());
    mo.set("SHA256Type", SHA256_TYPE.as_value());
    m
}

pub fn create_sha512() -> Value {
    let m = module("_sha512", &[("sha384", sha384_new), ("sha512", sha512_new)], &[]);
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("SHA384Type", SHA384_TYPE.as_value());
    mo.set("SHA512Type", SHA512_TYPE.as_value());
    m
}

pub fn create_sha3() -> Value {
    let m = module("_sha3", &[], &[&SHA3_224_TYPE, &SHA3_256_TYPE, &SHA3_384_TYPE, &SHA3_512_TYPE, &SHAKE128_TYPE, &SHAKE256_TYPE]);
    m.downcast::<ModuleObject>().unwrap().set("implementation", new_str("tiny_sha3"));
    m
}

pub fn create_blake2() -> Value {
    let m = module("_blake2", &[], &[&BLAKE2B_TYPE, &BLAKE2S_TYPE]);
    let mo = m.downcast::<ModuleObject>().unwrap();
    for (n, v) in [
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_SALT_SIZE", 8),
    ] {
        mo.set(n, new_int(v));
    }
    m
}
