//! The `_random` module of CPython 3.11 (Modules/_randommodule.c): the
//! Mersenne Twister `Random` type with CPython's seeding (init_by_array over
//! the 32-bit words of the seed's absolute value, or of its hash), so that
//! `random.py` produces exactly CPython's sequences.

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::modules::support::{cls_arg, this};
use crate::objects::bool_none::{is_none, none};
use crate::objects::float::new_float;
use crate::objects::function::Kw;
use crate::objects::int::{int_val, new_bigint, new_int, new_int_u64, IntVal};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{alloc_object, build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use malachite::{Integer, Natural};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the position in them.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    fn genrand_uint32(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }
}

#[repr(C)]
pub struct RandomObject {
    header: ObjHeader,
    mt: RefCell<Mt>,
}
pub static RANDOM_TYPE: TypeObject = TypeObject::builtin::<RandomObject>("_random.Random", Some(&OBJECT_TYPE), BASETYPE)
    .in_module("_random")
    .with_qualname("Random");
unsafe impl PyObj for RandomObject {
    fn class() -> &'static TypeObject {
        &RANDOM_TYPE
    }
}

/// The 32-bit words of a non-negative integer, least significant first (at least one).
fn words_of(n: &Natural) -> Vec<u32> {
    let mut words: Vec<u32> = Vec::new();
    for limb in n.to_limbs_asc() {
        words.push(limb as u32);
        words.push((limb >> 32) as u32);
    }
    while words.len() > 1 && *words.last().unwrap_or(&1) == 0 {
        words.pop();
    }
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// Seeds from the OS's randomness (CPython's random_seed_urandom), else the time and pid.
fn seed_urandom(mt: &mut Mt) {
    let mut key = [0u32; N];
    let mut buf = [0u8; N * 4];
    let mut got = 0;
    while got < buf.len() {
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr() as *mut libc::c_void, buf.len() - got, 0) };
        if r <= 0 {
            break;
        }
        got += r as usize;
    }
    if got < buf.len() {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let t = now.as_nanos() as u64;
        let k = [t as u32, (t >> 32) as u32, std::process::id(), 0];
        mt.init_by_array(&k);
        return;
    }
    for (i, w) in key.iter_mut().enumerate() {
        *w = u32::from_ne_bytes([buf[4 * i], buf[4 * i + 1], buf[4 * i + 2], buf[4 * i + 3]]);
    }
    mt.init_by_array(&key);
}

/// CPython's random_seed.
fn seed_with(r: &RandomObject, arg: Option<&Value>) -> PyResult<()> {
    let arg = arg.filter(|a| !is_none(a));
    let Some(arg) = arg else {
        seed_urandom(&mut r.mt.borrow_mut());
        return Ok(());
    };
    let n: Natural = match int_val(arg) {
        // int subclasses use int.__abs__, never their own __abs__.
        Some(i) => i.to_big().unsigned_abs_ref().clone(),
        None => {
            let h = crate::ops::hash(arg)?;
            Natural::from(h as u64)
        }
    };
    let key = words_of(&n);
    r.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

/// `Random.__new__` (PyType_GenericNew): an unseeded generator; `__init__` seeds.
fn random_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    Ok(alloc_object(cls, RandomObject { header: ObjHeader::new(std::ptr::null()), mt: RefCell::new(Mt { state: [0; N], index: N }) }))
}

fn random_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let r = this::<RandomObject>(args)?;
    if args[0].is_type(&RANDOM_TYPE) {
        crate::builtins::args::no_kw("Random", kw)?;
    }
    if args.len() > 2 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(r, args.get(1))?;
    Ok(none())
}

/// `Random.seed(n=None)`.
fn random_seed(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("seed", kw)?;
    crate::objects::clinic::positional(&args[1..], None, "seed", "seed", 0, 1)?;
    seed_with(this::<RandomObject>(args)?, args.get(1))?;
    Ok(none())
}

/// `random()`: 53 random bits as a float in [0, 1).
fn random_random(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("random", args, kw)?;
    let r = this::<RandomObject>(args)?;
    let mut mt = r.mt.borrow_mut();
    let a = (mt.genrand_uint32() >> 5) as f64;
    let b = (mt.genrand_uint32() >> 6) as f64;
    Ok(new_float((a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)))
}

/// `getrandbits(k)`: an int of k random bits.
fn random_getrandbits(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("getrandbits", kw)?;
    crate::objects::clinic::positional(&args[1..], None, "getrandbits", "getrandbits", 1, 1)?;
    let r = this::<RandomObject>(args)?;
    let k = crate::objects::clinic::int_arg(&args[1])?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(new_int(0));
    }
    let mut mt = r.mt.borrow_mut();
    if k <= 32 {
        return Ok(new_int((mt.genrand_uint32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut limbs: Vec<u64> = vec![0; words.div_ceil(2)];
    let mut left = k;
    for i in 0..words {
        let mut w = mt.genrand_uint32();
        if left < 32 {
            w >>= 32 - left;
        }
        limbs[i / 2] |= (w as u64) << (32 * (i % 2));
        left -= 32;
    }
    Ok(new_bigint(Integer::from(Natural::from_owned_limbs_asc(limbs))))
}

/// `getstate()`: the 624 words and the index, as a tuple.
fn random_getstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("getstate", args, kw)?;
    let r = this::<RandomObject>(args)?;
    let mt = r.mt.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| new_int_u64(w as u64)).collect();
    items.push(new_int(mt.index as i64));
    Ok(new_tuple(items))
}

/// A state word as PyLong_AsUnsignedLong reads it, truncated to 32 bits.
fn state_word(v: &Value) -> PyResult<u32> {
    let Some(i) = int_val(v) else { return Err(type_error("an integer is required")) };
    if i.is_negative() {
        return Err(overflow_error("can't convert negative value to unsigned int"));
    }
    match i {
        IntVal::Small(x) => Ok(x as u64 as u32),
        IntVal::Big(b) => u64::try_from(b)
            .map(|x| x as u32)
            .map_err(|_| overflow_error("Python int too large to convert to C unsigned long")),
    }
}

/// `setstate(state)`.
fn random_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("setstate", args, kw)?;
    let r = this::<RandomObject>(args)?;
    let Some(items) = tuple_items(&args[1]) else { return Err(type_error("state vector must be a tuple")) };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (w, v) in state.iter_mut().zip(items) {
        *w = state_word(v)?;
    }
    let index = crate::builtins::args::as_ssize(&items[N])?;
    if index < 0 || index > N as i64 {
        return Err(value_error("invalid state"));
    }
    let mut mt = r.mt.borrow_mut();
    mt.state = state;
    mt.index = index as usize;
    Ok(none())
}

fn init_types() {
    let t = &RANDOM_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, random_new);
    build::method(t, "__init__", random_init);
    build::method(t, "seed", random_seed);
    build::method(t, "random", random_random);
    build::method(t, "getrandbits", random_getrandbits);
    build::method(t, "getstate", random_getstate);
    build::method(t, "setstate", random_setstate);
    build::doc(t, "Random() -> create a random number generator with its own internal state.");
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_random");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("Random", RANDOM_TYPE.as_value());
    mo.set("__doc__", crate::objects::str::new_str("Module implements the Mersenne Twister random number generator."));
    m
}
