//! `set` and `frozenset`, with CPython's exact table algorithm (linear
//! probes, perturbation, resize policy, dummy handling, and the particular
//! ways the set operations build their results), so iteration order of sets
//! of ints matches CPython's.

use crate::error::{key_error, type_error, PyResult};
use crate::objects::bool_none::{new_bool, none, not_implemented};
use crate::objects::dict::DictObject;
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{new_str, StrObject};
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

pub struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table { slots: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0 }
    }
}

#[repr(C)]
pub struct SetObject {
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Bumped on every change, so lookups notice mutation by `__eq__`.
    mutations: Cell<u64>,
    hash: Cell<i64>,
}

unsafe impl PyObj for SetObject {
    fn class() -> &'static TypeObject {
        &SET_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&SET_TYPE) || t.is_subtype(&FROZENSET_TYPE)
    }
}

pub static SET_TYPE: TypeObject = TypeObject::builtin::<SetObject>("set", Some(&OBJECT_TYPE), BASETYPE);
pub static FROZENSET_TYPE: TypeObject = TypeObject::builtin::<SetObject>("frozenset", Some(&OBJECT_TYPE), BASETYPE);

fn payload() -> SetObject {
    SetObject {
        header: ObjHeader::new(std::ptr::null()),
        table: UnsafeCell::new(Table::default()),
        mutations: Cell::new(0),
        hash: Cell::new(-1),
    }
}

/// A new empty set of class `ty` (set, frozenset or a subclass).
pub fn new_empty(ty: &TypeObject) -> Value {
    crate::types::alloc_object(ty, payload())
}

pub fn new_set() -> Value {
    new_empty(&SET_TYPE)
}

/// A set holding these items, added in order.
pub fn new_set_from(items: Vec<Value>) -> PyResult<Value> {
    let s = new_set();
    let so = as_set(&s).unwrap();
    for v in items {
        so.add(v)?;
    }
    Ok(s)
}

/// Adds to the set object `s` (used by the interpreter for set displays).
pub fn set_add(s: &Value, v: Value) -> PyResult<()> {
    as_set(s).expect("a set").add(v)
}

/// The payload of a set or frozenset (or a subclass of either).
pub fn as_set(v: &Value) -> Option<&SetObject> {
    if v.is_small_int() {
        return None;
    }
    let t = v.ty();
    if t.is_subtype(&SET_TYPE) || t.is_subtype(&FROZENSET_TYPE) {
        Some(unsafe { v.downcast_unchecked::<SetObject>() })
    } else {
        None
    }
}

fn is_frozen(v: &Value) -> bool {
    v.ty().is_subtype(&FROZENSET_TYPE)
}

/// Native equality, when no Python code is needed.
#[inline]
fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.downcast_exact::<StrObject>(), b.downcast_exact::<StrObject>()) {
        return Some(crate::objects::str::str_eq(x, y));
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    None
}

enum Found {
    At(usize),
    Missing,
}

impl SetObject {
    #[allow(clippy::mut_from_ref)]
    fn t(&self) -> &mut Table {
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        self.t().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn mask(&self) -> usize {
        self.t().slots.len() - 1
    }

    fn touched(&self) {
        self.mutations.set(self.mutations.get() + 1);
    }

    /// CPython's set_lookkey.
    fn lookkey(&self, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let mut mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                let mut j = i;
                for _ in 0..=probes {
                    match &self.t().slots[j] {
                        Slot::Empty => return Ok(Found::Missing),
                        Slot::Active(h, k) if *h == hash => {
                            match native_eq(k, key) {
                                Some(true) => return Ok(Found::At(j)),
                                Some(false) => {}
                                None => {
                                    let startkey = k.clone();
                                    let before = self.mutations.get();
                                    let eq = crate::ops::eq(&startkey, key)?;
                                    if self.mutations.get() != before {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Found::At(j));
                                    }
                                    mask = self.mask();
                                }
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// CPython's set_add_entry.
    pub fn add_hashed(&self, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let mut mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            let target = 'search: loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                let mut j = i;
                for _ in 0..=probes {
                    match &self.t().slots[j] {
                        Slot::Empty => break 'search j,
                        Slot::Active(h, k) if *h == hash => match native_eq(k, &key) {
                            Some(true) => return Ok(()),
                            Some(false) => {}
                            None => {
                                let startkey = k.clone();
                                let before = self.mutations.get();
                                let eq = crate::ops::eq(&startkey, &key)?;
                                if eq {
                                    return Ok(());
                                }
                                if self.mutations.get() != before {
                                    continue 'restart;
                                }
                                mask = self.mask();
                            }
                        },
                        Slot::Dummy => {
                            if freeslot.is_none() {
                                freeslot = Some(j);
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            };
            let t = self.t();
            self.touched();
            if let Some(f) = freeslot {
                t.used += 1;
                t.slots[f] = Slot::Active(hash, key);
                return Ok(());
            }
            t.fill += 1;
            t.used += 1;
            t.slots[target] = Slot::Active(hash, key);
            if t.fill * 5 < mask * 3 {
                return Ok(());
            }
            let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
            self.resize(n);
            return Ok(());
        }
    }

    pub fn add(&self, key: Value) -> PyResult<()> {
        let h = crate::ops::hash(&key)?;
        self.add_hashed(key, h)
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Empty) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's set_table_resize.
    fn resize(&self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let t = self.t();
        let old = std::mem::replace(&mut t.slots, vec![Slot::Empty; newsize]);
        t.fill = t.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut t.slots, k, h);
            }
        }
        self.touched();
    }

    pub fn contains_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.lookkey(key, hash)?, Found::At(_)))
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.contains_hashed(key, h)
    }

    /// Removes a key; Ok(true) if it was present.
    pub fn discard_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookkey(key, hash)? {
            Found::At(j) => {
                let t = self.t();
                let old = std::mem::replace(&mut t.slots[j], Slot::Dummy);
                t.used -= 1;
                self.touched();
                drop(old);
                Ok(true)
            }
            Found::Missing => Ok(false),
        }
    }

    pub fn discard(&self, key: &Value) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.discard_hashed(key, h)
    }

    pub fn clear(&self) {
        let old = std::mem::take(self.t());
        self.touched();
        drop(old);
    }

    /// The live entries in table order: (hash, key).
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.t()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    pub fn items(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    /// The next live entry at or after table position `pos`: (next pos, key).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value)> {
        let t = self.t();
        while pos < t.slots.len() {
            if let Slot::Active(_, k) = &t.slots[pos] {
                return Some((pos + 1, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// CPython's set_pop.
    pub fn pop(&self) -> PyResult<Value> {
        let t = self.t();
        if t.used == 0 {
            return Err(key_error(new_str("pop from an empty set")));
        }
        let mask = t.slots.len() - 1;
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let Slot::Active(_, k) = std::mem::replace(&mut t.slots[i], Slot::Dummy) else { unreachable!() };
        t.used -= 1;
        t.finger = i + 1;
        self.touched();
        Ok(k)
    }

    /// CPython's set_merge: adds every entry of another set.
    fn merge(&self, other: &SetObject) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.t().used == 0 {
            return Ok(());
        }
        let (fill, used, mask) = (self.t().fill, self.t().used, self.mask());
        let ou = other.t().used;
        if (fill + ou) * 5 >= mask * 3 {
            self.resize((used + ou) * 2);
        }
        let other_entries: Vec<Slot> = other.t().slots.clone();
        let ofill = other.t().fill;
        let t = self.t();
        if t.fill == 0 && t.slots.len() == other_entries.len() && ofill == ou {
            for (i, s) in other_entries.into_iter().enumerate() {
                if let Slot::Active(..) = s {
                    t.slots[i] = s;
                }
            }
            t.fill = ofill;
            t.used = ou;
            self.touched();
            return Ok(());
        }
        if t.fill == 0 {
            t.fill = ou;
            t.used = ou;
            for s in other_entries {
                if let Slot::Active(h, k) = s {
                    Self::insert_clean(&mut t.slots, k, h);
                }
            }
            self.touched();
            return Ok(());
        }
        for s in other_entries {
            if let Slot::Active(h, k) = s {
                self.add_hashed(k, h)?;
            }
        }
        Ok(())
    }

    /// CPython's set_update_internal: from a set, a dict, or any iterable.
    pub fn update(&self, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            return self.merge(o);
        }
        if let Some(d) = other.downcast_exact::<DictObject>() {
            let n = d.len();
            let (fill, used, mask) = (self.t().fill, self.t().used, self.mask());
            if (fill + n) * 5 >= mask * 3 {
                self.resize((used + n) * 2);
            }
            for k in d.keys() {
                self.add(k)?;
            }
            return Ok(());
        }
        crate::ops::for_each(other, |v| {
            self.add(v)?;
            Ok(true)
        })
    }

    /// Like frozenset_hash.
    fn frozen_hash(&self) -> i64 {
        if self.hash.get() != -1 {
            return self.hash.get();
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.t();
        let mut hash: u64 = 0;
        for s in &t.slots {
            let h = match s {
                Slot::Empty => 0i64,
                Slot::Dummy => -1,
                Slot::Active(h, _) => *h,
            };
            hash ^= shuffle(h as u64);
        }
        if (t.slots.len() - t.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (t.fill - t.used) & 1 == 1 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        self.hash.set(h);
        h
    }
}

fn s(v: &Value) -> &SetObject {
    as_set(v).expect("a set")
}

/// A new set of the same base kind (set or frozenset) as `like`, holding `from`'s items.
fn new_like(like: &Value, from: Option<&Value>) -> PyResult<Value> {
    let ty: &TypeObject = if is_frozen(like) { &FROZENSET_TYPE } else { &SET_TYPE };
    let r = new_empty(ty);
    if let Some(f) = from {
        s(&r).update(f)?;
    }
    Ok(r)
}

fn set_copy(v: &Value) -> PyResult<Value> {
    new_like(v, Some(v))
}

/// CPython's set_intersection.
fn intersection(a: &Value, other: &Value) -> PyResult<Value> {
    if a.is(other) {
        return set_copy(a);
    }
    let result = new_like(a, None)?;
    let rs = s(&result);
    let mut so = s(a);
    if let Some(mut o) = as_set(other) {
        if o.len() > so.len() {
            std::mem::swap(&mut o, &mut so);
        }
        for (h, k) in o.entries() {
            if so.contains_hashed(&k, h)? {
                rs.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let it = crate::ops::iter(other)?;
    while let Some(k) = crate::ops::next(&it)? {
        let h = crate::ops::hash(&k)?;
        if so.contains_hashed(&k, h)? {
            rs.add_hashed(k, h)?;
            if rs.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's set_difference_update_internal.
fn difference_update(a: &Value, other: &Value) -> PyResult<()> {
    let so = s(a);
    if a.is(other) {
        so.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let other_v = if o.len() >> 3 > so.len() { intersection(a, other)? } else { other.clone() };
        for (h, k) in s(&other_v).entries() {
            so.discard_hashed(&k, h)?;
        }
    } else {
        crate::ops::for_each(other, |k| {
            so.discard(&k)?;
            Ok(true)
        })?;
    }
    let t = so.t();
    if t.fill - t.used <= so.mask() / 4 {
        return Ok(());
    }
    let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
    so.resize(n);
    Ok(())
}

/// CPython's set_difference.
fn difference(a: &Value, other: &Value) -> PyResult<Value> {
    let so = s(a);
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if let Some(d) = other.downcast_exact::<DictObject>() {
        d.len()
    } else {
        let r = set_copy(a)?;
        difference_update(&r, other)?;
        return Ok(r);
    };
    if so.len() >> 2 > other_size {
        let r = set_copy(a)?;
        difference_update(&r, other)?;
        return Ok(r);
    }
    let result = new_like(a, None)?;
    let rs = s(&result);
    if let Some(d) = other.downcast_exact::<DictObject>() {
        for (h, k) in so.entries() {
            if d.get_hashed(&k, h)?.is_none() {
                rs.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let o = as_set(other).unwrap();
    for (h, k) in so.entries() {
        if !o.contains_hashed(&k, h)? {
            rs.add_hashed(k, h)?;
        }
    }
    Ok(result)
}

/// CPython's set_symmetric_difference_update.
fn symmetric_difference_update(a: &Value, other: &Value) -> PyResult<()> {
    let so = s(a);
    if a.is(other) {
        so.clear();
        return Ok(());
    }
    if let Some(d) = other.downcast_exact::<DictObject>() {
        for (k, _) in d.items() {
            let h = crate::ops::hash(&k)?;
            if !so.discard_hashed(&k, h)? {
                so.add_hashed(k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if as_set(other).is_some() { other.clone() } else { new_like(a, Some(other))? };
    for (h, k) in s(&otherset).entries() {
        if !so.discard_hashed(&k, h)? {
            so.add_hashed(k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(a: &Value, other: &Value) -> PyResult<Value> {
    let r = new_like(a, Some(other))?;
    symmetric_difference_update(&r, a)?;
    Ok(r)
}

fn union(a: &Value, others: &[Value]) -> PyResult<Value> {
    let r = set_copy(a)?;
    for o in others {
        s(&r).update(o)?;
    }
    Ok(r)
}

fn issubset(a: &Value, other: &Value) -> PyResult<bool> {
    let tmp;
    let o = match as_set(other) {
        Some(o) => o,
        None => {
            tmp = new_like(a, Some(other))?;
            s(&tmp)
        }
    };
    let so = s(a);
    if so.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in so.entries() {
        if !o.contains_hashed(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- methods -----------------------------------------------------------------

fn check_arity(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() - 1 != n {
        return Err(type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.len() - 1
        )));
    }
    Ok(())
}

fn set_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let frozen = cls.is_subtype(&FROZENSET_TYPE);
    let name = if frozen { "frozenset" } else { "set" };
    if kw.is_some_and(|k| !k.is_empty()) && !cls.is_heap() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", name, args.len() - 1)));
    }
    // frozenset(frozenset) is the same object.
    if frozen && std::ptr::eq(cls, &FROZENSET_TYPE) {
        if let Some(a) = args.get(1) {
            if a.is_type(&FROZENSET_TYPE) {
                return Ok(a.clone());
            }
        }
    }
    let r = new_empty(cls);
    if frozen {
        if let Some(a) = args.get(1) {
            s(&r).update(a)?;
        }
    }
    Ok(r)
}

fn set_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if is_frozen(&args[0]) {
        return Ok(none());
    }
    if kw.is_some_and(|k| !k.is_empty()) && !args[0].ty().is_heap() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", args.len() - 1)));
    }
    let so = s(&args[0]);
    so.clear();
    if let Some(a) = args.get(1) {
        so.update(a)?;
    }
    Ok(none())
}

pub fn set_repr_string(v: &Value) -> PyResult<String> {
    let so = s(v);
    let name = v.ty().name().to_owned();
    if so.is_empty() {
        return Ok(format!("{name}()"));
    }
    if !crate::ops::repr_enter(v) {
        return Ok(format!("{name}(...)"));
    }
    let mut parts = Vec::new();
    for k in so.items() {
        match crate::ops::repr_string(&k) {
            Ok(r) => parts.push(r),
            Err(e) => {
                crate::ops::repr_leave(v);
                return Err(e);
            }
        }
    }
    crate::ops::repr_leave(v);
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if v.is_type(&SET_TYPE) { body } else { format!("{name}({body})") })
}

fn set_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(set_repr_string(&args[0])?))
}

fn set_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(s(&args[0]).len() as i64))
}

fn set_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let key = &args[1];
    match s(&args[0]).contains(key) {
        Ok(b) => Ok(new_bool(b)),
        Err(e) => {
            // An unhashable set is looked up as a frozenset.
            if let Some(ks) = as_set(key) {
                if e.matches(&crate::objects::exception::TYPE_ERROR) {
                    let fz = new_empty(&FROZENSET_TYPE);
                    s(&fz).merge(ks)?;
                    return Ok(new_bool(s(&args[0]).contains(&fz)?));
                }
            }
            Err(e)
        }
    }
}

fn set_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_set_iter(args[0].clone()))
}

fn set_add_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("set.add", args, 1)?;
    s(&args[0]).add(args[1].clone())?;
    Ok(none())
}

fn set_discard_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("set.discard", args, 1)?;
    let key = frozen_key(&args[1]);
    s(&args[0]).discard(&key)?;
    Ok(none())
}

/// A set used as a key is looked up as the frozenset with its items.
fn frozen_key(v: &Value) -> Value {
    if v.is_type(&SET_TYPE) {
        let fz = new_empty(&FROZENSET_TYPE);
        let _ = s(&fz).merge(s(v));
        return fz;
    }
    v.clone()
}

fn set_remove_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("set.remove", args, 1)?;
    let key = frozen_key(&args[1]);
    if !s(&args[0]).discard(&key)? {
        return Err(key_error(args[1].clone()));
    }
    Ok(none())
}

fn set_pop_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    s(&args[0]).pop()
}

fn set_clear_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    s(&args[0]).clear();
    Ok(none())
}

fn set_copy_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args[0].is_type(&FROZENSET_TYPE) {
        return Ok(args[0].clone());
    }
    set_copy(&args[0])
}

fn set_union_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    union(&args[0], &args[1..])
}

fn set_intersection_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() == 1 {
        return set_copy(&args[0]);
    }
    let mut r = args[0].clone();
    for o in &args[1..] {
        r = intersection(&r, o)?;
    }
    Ok(r)
}

fn set_difference_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() == 1 {
        return set_copy(&args[0]);
    }
    let mut r = difference(&args[0], &args[1])?;
    for o in &args[2..] {
        difference_update(&r, o)?;
        r = r.clone();
    }
    Ok(r)
}

fn set_symdiff_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("symmetric_difference", args, 1)?;
    symmetric_difference(&args[0], &args[1])
}

fn set_update_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    for o in &args[1..] {
        s(&args[0]).update(o)?;
    }
    Ok(none())
}

fn set_intersection_update_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut r = args[0].clone();
    for o in &args[1..] {
        r = intersection(&r, o)?;
    }
    let so = s(&args[0]);
    if !r.is(&args[0]) {
        std::mem::swap(so.t(), s(&r).t());
        so.touched();
    }
    Ok(none())
}

fn set_difference_update_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    for o in &args[1..] {
        difference_update(&args[0], o)?;
    }
    Ok(none())
}

fn set_symdiff_update_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("symmetric_difference_update", args, 1)?;
    symmetric_difference_update(&args[0], &args[1])?;
    Ok(none())
}

fn set_issubset_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("issubset", args, 1)?;
    Ok(new_bool(issubset(&args[0], &args[1])?))
}

fn set_issuperset_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("issuperset", args, 1)?;
    let so = s(&args[0]);
    let mut all = true;
    crate::ops::for_each(&args[1], |k| {
        if !so.contains(&k)? {
            all = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(new_bool(all))
}

fn set_isdisjoint_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_arity("isdisjoint", args, 1)?;
    let so = s(&args[0]);
    let mut disjoint = true;
    crate::ops::for_each(&args[1], |k| {
        if so.contains(&k)? {
            disjoint = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(new_bool(disjoint))
}

/// Binary operators accept only sets on both sides.
fn binop(args: &[Value], f: fn(&Value, &Value) -> PyResult<Value>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    f(&args[0], &args[1])
}

fn set_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(args, |a, b| union(a, std::slice::from_ref(b)))
}
fn set_and(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(args, intersection)
}
fn set_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(args, difference)
}
fn set_xor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(args, symmetric_difference)
}
fn set_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    union(&args[1], std::slice::from_ref(&args[0]))
}
fn set_rand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    intersection(&args[1], &args[0])
}
fn set_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    difference(&args[1], &args[0])
}
fn set_rxor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    symmetric_difference(&args[1], &args[0])
}

fn inplace(args: &[Value], f: fn(&Value, &Value) -> PyResult<()>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    f(&args[0], &args[1])?;
    Ok(args[0].clone())
}

fn set_ior(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    inplace(args, |a, b| s(a).update(b))
}
fn set_iand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    set_intersection_update_m(args, None)?;
    Ok(args[0].clone())
}
fn set_isub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    inplace(args, difference_update)
}
fn set_ixor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    inplace(args, symmetric_difference_update)
}

fn compare(args: &[Value], op: &str) -> PyResult<Value> {
    let Some(o) = as_set(&args[1]) else { return Ok(not_implemented()) };
    let so = s(&args[0]);
    let (a, b) = (&args[0], &args[1]);
    let r = match op {
        "eq" => so.len() == o.len() && issubset(a, b)?,
        "ne" => !(so.len() == o.len() && issubset(a, b)?),
        "le" => issubset(a, b)?,
        "lt" => so.len() < o.len() && issubset(a, b)?,
        "ge" => issubset(b, a)?,
        _ => o.len() < so.len() && issubset(b, a)?,
    };
    Ok(new_bool(r))
}

fn set_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "eq")
}
fn set_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "ne")
}
fn set_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "le")
}
fn set_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "lt")
}
fn set_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "ge")
}
fn set_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, "gt")
}

fn frozenset_hash_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(s(&args[0]).frozen_hash()))
}

// ----- iterator ----------------------------------------------------------------

#[repr(C)]
pub struct SetIterObject {
    pub header: ObjHeader,
    set: UnsafeCell<Option<Value>>,
    pos: Cell<usize>,
    len: usize,
    left: Cell<usize>,
}

unsafe impl PyObj for SetIterObject {
    fn class() -> &'static TypeObject {
        &SET_ITER_TYPE
    }
}

pub static SET_ITER_TYPE: TypeObject = TypeObject::builtin::<SetIterObject>("set_iterator", Some(&OBJECT_TYPE), 0);

pub fn new_set_iter(set: Value) -> Value {
    let n = s(&set).len();
    crate::types::new_object(SetIterObject {
        header: ObjHeader::new(std::ptr::null()),
        set: UnsafeCell::new(Some(set)),
        pos: Cell::new(0),
        len: n,
        left: Cell::new(n),
    })
}

fn set_iternext(it: &Value) -> PyResult<Option<Value>> {
    let si = unsafe { it.downcast_unchecked::<SetIterObject>() };
    let Some(set) = (unsafe { (*si.set.get()).clone() }) else { return Ok(None) };
    let so = s(&set);
    if so.len() != si.len {
        unsafe { *si.set.get() = None };
        return Err(crate::error::runtime_error("Set changed size during iteration"));
    }
    match so.next_entry(si.pos.get()) {
        Some((next, k)) => {
            si.pos.set(next);
            si.left.set(si.left.get().saturating_sub(1));
            Ok(Some(k))
        }
        None => {
            unsafe { *si.set.get() = None };
            Ok(None)
        }
    }
}

fn set_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let si = args[0].downcast::<SetIterObject>().unwrap();
    let alive = unsafe { (*si.set.get()).is_some() };
    Ok(new_int(if alive { si.left.get() as i64 } else { 0 }))
}

pub fn init() {
    for t in [&SET_TYPE, &FROZENSET_TYPE] {
        crate::types::init_builtin_type(t);
        build::new(t, set_new);
        build::method(t, "__init__", set_init);
        build::method(t, "__repr__", set_repr);
        build::method(t, "__len__", set_len);
        build::method(t, "__contains__", set_contains);
        build::method(t, "__iter__", set_iter);
        build::method(t, "copy", set_copy_m);
        build::method(t, "union", set_union_m);
        build::method(t, "intersection", set_intersection_m);
        build::method(t, "difference", set_difference_m);
        build::method(t, "symmetric_difference", set_symdiff_m);
        build::method(t, "issubset", set_issubset_m);
        build::method(t, "issuperset", set_issuperset_m);
        build::method(t, "isdisjoint", set_isdisjoint_m);
        build::method(t, "__or__", set_or);
        build::method(t, "__and__", set_and);
        build::method(t, "__sub__", set_sub);
        build::method(t, "__xor__", set_xor);
        build::method(t, "__ror__", set_ror);
        build::method(t, "__rand__", set_rand);
        build::method(t, "__rsub__", set_rsub);
        build::method(t, "__rxor__", set_rxor);
        build::method(t, "__eq__", set_eq);
        build::method(t, "__ne__", set_ne);
        build::method(t, "__le__", set_le);
        build::method(t, "__lt__", set_lt);
        build::method(t, "__ge__", set_ge);
        build::method(t, "__gt__", set_gt);
    }
    let t = &SET_TYPE;
    build::method(t, "add", set_add_m);
    build::method(t, "discard", set_discard_m);
    build::method(t, "remove", set_remove_m);
    build::method(t, "pop", set_pop_m);
    build::method(t, "clear", set_clear_m);
    build::method(t, "update", set_update_m);
    build::method(t, "intersection_update", set_intersection_update_m);
    build::method(t, "difference_update", set_difference_update_m);
    build::method(t, "symmetric_difference_update", set_symdiff_update_m);
    build::method(t, "__ior__", set_ior);
    build::method(t, "__iand__", set_iand);
    build::method(t, "__isub__", set_isub);
    build::method(t, "__ixor__", set_ixor);
    build::attr(t, "__hash__", none());
    build::method(&FROZENSET_TYPE, "__hash__", frozenset_hash_m);
    crate::objects::iter::register_iterator(&SET_ITER_TYPE, set_iternext);
    build::method(&SET_ITER_TYPE, "__length_hint__", set_iter_len);
}
