//! `set` and `frozenset`, with CPython's exact table algorithm (Objects/setobject.c
//! in 3.11: linear probes, perturbation, resize policy, dummy reuse, and the
//! particular ways the set operations build their results), so iteration order
//! matches CPython's.

use crate::builtins::args::{no_kw, noargs, one_arg};
use crate::error::{key_error, type_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
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
    /// A deleted entry (CPython's `dummy`, hash -1).
    Dummy,
    Active(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Table {
    fn new(size: usize) -> Table {
        Table { slots: vec![Slot::Empty; size], fill: 0, used: 0 }
    }
}

#[repr(C)]
pub struct SetObject {
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Where `pop()` starts searching (CPython's `finger`).
    finger: Cell<usize>,
    /// Changes whenever the table is reallocated: CPython compares table
    /// pointers to notice that a comparison mutated the set.
    table_gen: Cell<u64>,
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
        table: UnsafeCell::new(Table::new(MINSIZE)),
        finger: Cell::new(0),
        table_gen: Cell::new(0),
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

/// A set holding these items, added in order (CPython's BUILD_SET).
pub fn new_set_from(items: Vec<Value>) -> PyResult<Value> {
    let s = new_set();
    let so = as_set(&s).expect("a set");
    for v in items {
        so.add(v)?;
    }
    Ok(s)
}

/// A frozenset constant as CPython's compiler leaves it: built from the items
/// in order, then rebuilt from its own iteration order (merge_consts_recursive).
pub fn frozenset_const(items: Vec<Value>) -> Value {
    let first = new_empty(&FROZENSET_TYPE);
    for v in items {
        let _ = s(&first).add(v);
    }
    let r = new_empty(&FROZENSET_TYPE);
    for k in s(&first).items() {
        let _ = s(&r).add(k);
    }
    r
}

/// Adds to the set object `s` (used by the interpreter for set displays).
pub fn set_add(s: &Value, v: Value) -> PyResult<()> {
    as_set(s).expect("a set").add(v)
}

/// `set.update(other)` on the set object `s` (the interpreter's SET_UPDATE).
pub fn set_update(s: &Value, other: &Value) -> PyResult<()> {
    as_set(s).expect("a set").update(other)
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

/// CPython's PySet_Check: a set or a subclass of set (not frozenset).
fn is_mutable_set(v: &Value) -> bool {
    !v.is_small_int() && v.ty().is_subtype(&SET_TYPE)
}

/// `PyAnySet_CheckExact`.
fn is_exact_anyset(v: &Value) -> bool {
    v.is_type(&SET_TYPE) || v.is_type(&FROZENSET_TYPE)
}

/// Equality decided without running Python code, where possible.
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

    /// Installs a new table, noting a reallocation unless both are the
    /// small table (CPython's `smalltable` keeps its address).
    fn install(&self, slots: Vec<Slot>) -> Vec<Slot> {
        let t = self.t();
        if !(slots.len() == MINSIZE && t.slots.len() == MINSIZE) {
            self.table_gen.set(self.table_gen.get() + 1);
        }
        std::mem::replace(&mut t.slots, slots)
    }

    /// After a comparison: did it change the table or the entry compared?
    fn changed(&self, gen: u64, j: usize, startkey: &Value) -> bool {
        if self.table_gen.get() != gen {
            return true;
        }
        !matches!(self.t().slots.get(j), Some(Slot::Active(_, k)) if k.is(startkey))
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
                        Slot::Active(h, k) if *h == hash => match native_eq(k, key) {
                            Some(true) => return Ok(Found::At(j)),
                            Some(false) => {}
                            None => {
                                let startkey = k.clone();
                                let gen = self.table_gen.get();
                                let eq = crate::ops::eq(&startkey, key)?;
                                if self.changed(gen, j, &startkey) {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Found::At(j));
                                }
                                mask = self.mask();
                            }
                        },
                        _ => {}
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// CPython's set_add_entry (a new key goes to the last dummy passed, if any).
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
                                let gen = self.table_gen.get();
                                if crate::ops::eq(&startkey, &key)? {
                                    return Ok(());
                                }
                                if self.changed(gen, j, &startkey) {
                                    continue 'restart;
                                }
                                mask = self.mask();
                            }
                        },
                        Slot::Dummy => freeslot = Some(j),
                        _ => {}
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            };
            let t = self.t();
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

    /// CPython's set_insert_clean: into a table known to lack the key and dummies.
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
        if newsize == MINSIZE && t.slots.len() == MINSIZE && t.fill == t.used {
            // The small table without dummies: nothing to do.
            return;
        }
        let mut slots = vec![Slot::Empty; newsize];
        let old = std::mem::take(&mut t.slots);
        t.fill = t.used;
        for s in old.iter() {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut slots, k.clone(), *h);
            }
        }
        t.slots = old;
        let old = self.install(slots);
        drop(old);
    }

    pub fn contains_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.lookkey(key, hash)?, Found::At(_)))
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.contains_hashed(key, h)
    }

    /// CPython's set_discard_entry; Ok(true) if the key was present.
    pub fn discard_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookkey(key, hash)? {
            Found::At(j) => {
                let t = self.t();
                let old = std::mem::replace(&mut t.slots[j], Slot::Dummy);
                t.used -= 1;
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

    /// CPython's set_clear_internal (the pop finger is kept).
    pub fn clear(&self) {
        let slots = vec![Slot::Empty; MINSIZE];
        let t = self.t();
        t.fill = 0;
        t.used = 0;
        self.hash.set(-1);
        let old = self.install(slots);
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

    /// CPython's set_next: the live entry at or after `pos` in the current
    /// table, as (next pos, hash, key).
    fn next_hashed(&self, mut pos: usize) -> Option<(usize, i64, Value)> {
        let t = self.t();
        while pos < t.slots.len() {
            if let Slot::Active(h, k) = &t.slots[pos] {
                return Some((pos + 1, *h, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// The next live entry at or after table position `pos`: (next pos, key).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        self.next_hashed(pos).map(|(p, _, k)| (p, k))
    }

    /// CPython's set_pop.
    pub fn pop(&self) -> PyResult<Value> {
        let t = self.t();
        if t.used == 0 {
            return Err(key_error(new_str("pop from an empty set")));
        }
        let mask = t.slots.len() - 1;
        let mut i = self.finger.get() & mask;
        while !matches!(t.slots[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let Slot::Active(_, k) = std::mem::replace(&mut t.slots[i], Slot::Dummy) else { unreachable!() };
        t.used -= 1;
        self.finger.set(i + 1);
        Ok(k)
    }

    /// CPython's set_merge: adds every entry of another set.
    fn merge(&self, other: &SetObject) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.t().used == 0 {
            return Ok(());
        }
        let ou = other.t().used;
        if (self.t().fill + ou) * 5 >= self.mask() * 3 {
            self.resize((self.t().used + ou) * 2);
        }
        let (ofill, omask) = (other.t().fill, other.mask());
        if self.t().fill == 0 && self.mask() == omask && ofill == ou {
            // Same size, no dummies: copy the entries to the same places.
            let copied: Vec<Slot> = other.t().slots.clone();
            let t = self.t();
            for (i, e) in copied.into_iter().enumerate() {
                if let Slot::Active(..) = e {
                    t.slots[i] = e;
                }
            }
            t.fill = ofill;
            t.used = ou;
            return Ok(());
        }
        if self.t().fill == 0 {
            let entries = other.entries();
            let t = self.t();
            t.fill = ou;
            t.used = ou;
            for (h, k) in entries {
                Self::insert_clean(&mut t.slots, k, h);
            }
            return Ok(());
        }
        // Keys may repeat: normal insertions, reading `other` as it is now.
        let mut i = 0;
        while i < other.t().slots.len() {
            if let Slot::Active(h, k) = other.t().slots[i].clone() {
                self.add_hashed(k, h)?;
            }
            i += 1;
        }
        Ok(())
    }

    /// CPython's set_update_internal: from a set, an exact dict, or any iterable.
    pub fn update(&self, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            return self.merge(o);
        }
        if let Some(d) = other.downcast_exact::<DictObject>() {
            let n = d.len();
            if (self.t().fill + n) * 5 >= self.mask() * 3 {
                self.resize((self.t().used + n) * 2);
            }
            for (h, k) in d.hashed_keys() {
                self.add_hashed(k, h)?;
            }
            return Ok(());
        }
        crate::ops::for_each(other, |v| {
            self.add(v)?;
            Ok(true)
        })
    }

    /// CPython's frozenset_hash.
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

/// CPython's make_new_set_basetype: a set or frozenset (never a subclass)
/// of the same kind as `like`, holding `from`'s items.
fn new_like(like: &Value, from: Option<&Value>) -> PyResult<Value> {
    let ty: &TypeObject = if is_frozen(like) { &FROZENSET_TYPE } else { &SET_TYPE };
    let r = new_empty(ty);
    if let Some(f) = from {
        s(&r).update(f)?;
    }
    Ok(r)
}

/// A new set of exactly class `ty` from an iterable (CPython's make_new_set).
fn make_new_set(ty: &TypeObject, from: &Value) -> PyResult<Value> {
    let r = new_empty(ty);
    s(&r).update(from)?;
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
    if let Some(o) = as_set(other) {
        let (mut big, mut small) = (s(a), o);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        let mut pos = 0;
        while let Some((next, h, k)) = small.next_hashed(pos) {
            pos = next;
            if big.contains_hashed(&k, h)? {
                rs.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let so = s(a);
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
        let other_v = if (o.len() >> 3) > so.len() { intersection(a, other)? } else { other.clone() };
        let ov = s(&other_v);
        let mut pos = 0;
        while let Some((next, h, k)) = ov.next_hashed(pos) {
            pos = next;
            so.discard_hashed(&k, h)?;
        }
    } else {
        crate::ops::for_each(other, |k| {
            so.discard(&k)?;
            Ok(true)
        })?;
    }
    // More than a quarter dummies: resize them away.
    let t = so.t();
    if t.fill - t.used <= so.mask() / 4 {
        return Ok(());
    }
    let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
    so.resize(n);
    Ok(())
}

fn copy_and_difference(a: &Value, other: &Value) -> PyResult<Value> {
    let r = set_copy(a)?;
    difference_update(&r, other)?;
    Ok(r)
}

/// CPython's set_difference.
fn difference(a: &Value, other: &Value) -> PyResult<Value> {
    let so = s(a);
    let dict = other.downcast_exact::<DictObject>();
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if let Some(d) = dict {
        d.len()
    } else {
        return copy_and_difference(a, other);
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(a, other);
    }
    let result = new_like(a, None)?;
    let rs = s(&result);
    let mut pos = 0;
    while let Some((next, h, k)) = so.next_hashed(pos) {
        pos = next;
        let present = match dict {
            Some(d) => d.get_hashed(&k, h)?.is_some(),
            None => s(other).contains_hashed(&k, h)?,
        };
        if !present {
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
        for (h, k) in d.hashed_keys() {
            if !so.discard_hashed(&k, h)? {
                so.add_hashed(k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if as_set(other).is_some() { other.clone() } else { new_like(a, Some(other))? };
    let os = s(&otherset);
    let mut pos = 0;
    while let Some((next, h, k)) = os.next_hashed(pos) {
        pos = next;
        if !so.discard_hashed(&k, h)? {
            so.add_hashed(k, h)?;
        }
    }
    Ok(())
}

/// CPython's set_symmetric_difference.
fn symmetric_difference(a: &Value, other: &Value) -> PyResult<Value> {
    let r = new_like(a, Some(other))?;
    symmetric_difference_update(&r, a)?;
    Ok(r)
}

/// CPython's set_union (`others` other than the set itself are merged in).
fn union(a: &Value, others: &[Value]) -> PyResult<Value> {
    let r = set_copy(a)?;
    for o in others {
        if o.is(a) {
            continue;
        }
        s(&r).update(o)?;
    }
    Ok(r)
}

/// CPython 3.11's set_issubset (a non-set argument is made a set first).
fn issubset(a: &Value, other: &Value) -> PyResult<bool> {
    if as_set(other).is_none() {
        let tmp = make_new_set(&SET_TYPE, other)?;
        return issubset(a, &tmp);
    }
    let (so, o) = (s(a), s(other));
    if so.len() > o.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((next, h, k)) = so.next_hashed(pos) {
        pos = next;
        if !o.contains_hashed(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython 3.11's set_issuperset.
fn issuperset(a: &Value, other: &Value) -> PyResult<bool> {
    if as_set(other).is_none() {
        let tmp = make_new_set(&SET_TYPE, other)?;
        return issuperset(a, &tmp);
    }
    issubset(other, a)
}

/// CPython's set_isdisjoint.
fn isdisjoint(a: &Value, other: &Value) -> PyResult<bool> {
    let so = s(a);
    if a.is(other) {
        return Ok(so.is_empty());
    }
    if is_exact_anyset(other) {
        let (mut big, mut small) = (so, s(other));
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        let mut pos = 0;
        while let Some((next, h, k)) = small.next_hashed(pos) {
            pos = next;
            if big.contains_hashed(&k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    crate::ops::for_each(other, |k| {
        if so.contains(&k)? {
            disjoint = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(disjoint)
}

/// `set_contains`/`set_remove`/`set_discard` retry a set key as a frozenset.
fn with_frozen_retry<T>(key: &Value, f: impl Fn(&Value) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) if is_mutable_set(key) && e.matches(&crate::objects::exception::TYPE_ERROR) => {
            let tmp = make_new_set(&FROZENSET_TYPE, key)?;
            f(&tmp)
        }
        r => r,
    }
}

/// CPython's set_swap_bodies (the pop finger stays with each set).
fn swap_bodies(a: &SetObject, b: &SetObject) {
    let (ta, tb) = (a.t(), b.t());
    let both_small = ta.slots.len() == MINSIZE && tb.slots.len() == MINSIZE;
    std::mem::swap(ta, tb);
    if !both_small {
        a.table_gen.set(a.table_gen.get() + 1);
        b.table_gen.set(b.table_gen.get() + 1);
    }
    a.hash.set(-1);
    b.hash.set(-1);
}

// ----- methods -----------------------------------------------------------------

/// "set.name" or "frozenset.name", for error messages.
fn qual(v: &Value, name: &str) -> String {
    format!("{}.{}", if is_frozen(v) { "frozenset" } else { "set" }, name)
}

/// `set.__new__(cls, *args, **kw)`: the table only; `__init__` fills it.
fn set_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().ok_or_else(|| type_error("set.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&SET_TYPE) {
        return Err(type_error(format!("set.__new__({}): {} is not a subtype of set", cls.name(), cls.name())));
    }
    Ok(new_empty(cls))
}

/// CPython's frozenset_new.
fn frozenset_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0]
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("frozenset.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&FROZENSET_TYPE) {
        return Err(type_error(format!(
            "frozenset.__new__({}): {} is not a subtype of frozenset",
            cls.name(),
            cls.name()
        )));
    }
    let exact = std::ptr::eq(cls, &FROZENSET_TYPE);
    if exact || crate::builtins::args::init_is_objects(cls) {
        no_kw("frozenset", kw)?;
    }
    if args.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", cls.name(), args.len() - 1)));
    }
    if exact {
        if let Some(a) = args.get(1) {
            if a.is_type(&FROZENSET_TYPE) {
                return Ok(a.clone());
            }
        }
    }
    let r = new_empty(cls);
    if let Some(a) = args.get(1) {
        s(&r).update(a)?;
    }
    Ok(r)
}

/// CPython's set_init.
fn set_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("set", kw)?;
    if args.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", args[0].ty().name(), args.len() - 1)));
    }
    let so = s(&args[0]);
    if so.t().fill > 0 {
        so.clear();
    }
    so.hash.set(-1);
    if let Some(a) = args.get(1) {
        so.update(a)?;
    }
    Ok(none())
}

/// CPython's set_repr: the repr of `list(s)` in braces, wrapped in the type
/// name for anything but an exact set.
pub fn set_repr_string(v: &Value) -> PyResult<String> {
    let name = v.ty().name().to_owned();
    if !crate::ops::repr_enter(v) {
        return Ok(format!("{name}(...)"));
    }
    let r = (|| {
        if s(v).is_empty() {
            return Ok(format!("{name}()"));
        }
        let keys = crate::objects::list::new_list(crate::ops::collect(v)?);
        let lr = crate::ops::repr_string(&keys)?;
        let body = &lr[1..lr.len() - 1];
        Ok(if v.is_type(&SET_TYPE) { format!("{{{body}}}") } else { format!("{name}({{{body}}})") })
    })();
    crate::ops::repr_leave(v);
    r
}

fn set_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(set_repr_string(&args[0])?))
}

fn set_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(s(&args[0]).len() as i64))
}

fn set_contains(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg(&qual(&args[0], "__contains__"), args, kw)?;
    let so = s(&args[0]);
    Ok(new_bool(with_frozen_retry(&args[1], |k| so.contains(k))?))
}

fn set_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_set_iter(args[0].clone()))
}

fn set_add_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("set.add", args, kw)?;
    s(&args[0]).add(args[1].clone())?;
    Ok(none())
}

fn set_discard_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("set.discard", args, kw)?;
    let so = s(&args[0]);
    with_frozen_retry(&args[1], |k| so.discard(k))?;
    Ok(none())
}

fn set_remove_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("set.remove", args, kw)?;
    let so = s(&args[0]);
    if !with_frozen_retry(&args[1], |k| so.discard(k))? {
        return Err(key_error(args[1].clone()));
    }
    Ok(none())
}

fn set_pop_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("set.pop", args, kw)?;
    s(&args[0]).pop()
}

fn set_clear_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("set.clear", args, kw)?;
    s(&args[0]).clear();
    Ok(none())
}

fn set_copy_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(&qual(&args[0], "copy"), args, kw)?;
    if args[0].is_type(&FROZENSET_TYPE) {
        return Ok(args[0].clone());
    }
    set_copy(&args[0])
}

fn set_union_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw(&qual(&args[0], "union"), kw)?;
    union(&args[0], &args[1..])
}

fn set_intersection_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw(&qual(&args[0], "intersection"), kw)?;
    if args.len() == 1 {
        return set_copy(&args[0]);
    }
    let mut r = args[0].clone();
    for o in &args[1..] {
        r = intersection(&r, o)?;
    }
    Ok(r)
}

fn set_difference_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw(&qual(&args[0], "difference"), kw)?;
    if args.len() == 1 {
        return set_copy(&args[0]);
    }
    let r = difference(&args[0], &args[1])?;
    for o in &args[2..] {
        difference_update(&r, o)?;
    }
    Ok(r)
}

fn set_symdiff_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg(&qual(&args[0], "symmetric_difference"), args, kw)?;
    symmetric_difference(&args[0], &args[1])
}

fn set_update_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("set.update", kw)?;
    for o in &args[1..] {
        s(&args[0]).update(o)?;
    }
    Ok(none())
}

/// CPython's set_intersection_update_multi: compute, then swap bodies.
fn intersection_update(this: &Value, others: &[Value]) -> PyResult<()> {
    let mut r = if others.is_empty() { set_copy(this)? } else { this.clone() };
    for o in others {
        r = intersection(&r, o)?;
    }
    if !r.is(this) {
        swap_bodies(s(this), s(&r));
    }
    Ok(())
}

fn set_intersection_update_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("set.intersection_update", kw)?;
    intersection_update(&args[0], &args[1..])?;
    Ok(none())
}

fn set_difference_update_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("set.difference_update", kw)?;
    for o in &args[1..] {
        difference_update(&args[0], o)?;
    }
    Ok(none())
}

fn set_symdiff_update_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("set.symmetric_difference_update", args, kw)?;
    symmetric_difference_update(&args[0], &args[1])?;
    Ok(none())
}

fn set_issubset_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg(&qual(&args[0], "issubset"), args, kw)?;
    Ok(new_bool(issubset(&args[0], &args[1])?))
}

fn set_issuperset_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg(&qual(&args[0], "issuperset"), args, kw)?;
    Ok(new_bool(issuperset(&args[0], &args[1])?))
}

fn set_isdisjoint_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg(&qual(&args[0], "isdisjoint"), args, kw)?;
    Ok(new_bool(isdisjoint(&args[0], &args[1])?))
}

/// `__reduce__`: (type, (list(s),), state).
fn set_reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(&qual(&args[0], "__reduce__"), args, kw)?;
    let v = &args[0];
    let keys = crate::objects::list::new_list(crate::ops::collect(v)?);
    let state = match crate::ops::getattr_opt(v, &crate::objects::str::intern_static("__dict__")) {
        Ok(Some(d)) if crate::objects::dict::as_dict(&d).is_some_and(|dd| !dd.is_empty()) => d,
        _ => none(),
    };
    Ok(crate::objects::tuple::new_tuple(vec![
        v.ty().as_value(),
        crate::objects::tuple::new_tuple(vec![keys]),
        state,
    ]))
}

/// `__sizeof__`: the object plus a table bigger than the built-in small one.
fn set_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(&qual(&args[0], "__sizeof__"), args, kw)?;
    let so = s(&args[0]);
    let base = if is_exact_anyset(&args[0]) { 200 } else { 200 + 8 };
    let n = so.t().slots.len();
    Ok(new_int(base + if n > MINSIZE { (n * 16) as i64 } else { 0 }))
}

/// Binary operators accept only sets on both sides.
fn binop(a: &Value, b: &Value, f: fn(&Value, &Value) -> PyResult<Value>) -> PyResult<Value> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(not_implemented());
    }
    f(a, b)
}

/// CPython's set_or: a copy, updated unless both sides are one set.
fn set_or_impl(a: &Value, b: &Value) -> PyResult<Value> {
    let r = set_copy(a)?;
    if !a.is(b) {
        s(&r).update(b)?;
    }
    Ok(r)
}

fn set_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[0], &args[1], set_or_impl)
}
fn set_and(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[0], &args[1], intersection)
}
fn set_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[0], &args[1], difference)
}
fn set_xor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[0], &args[1], symmetric_difference)
}
fn set_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[1], &args[0], set_or_impl)
}
fn set_rand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[1], &args[0], intersection)
}
fn set_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[1], &args[0], difference)
}
fn set_rxor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    binop(&args[1], &args[0], symmetric_difference)
}

fn set_ior(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    s(&args[0]).update(&args[1])?;
    Ok(args[0].clone())
}
fn set_iand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let r = intersection(&args[0], &args[1])?;
    if !r.is(&args[0]) {
        swap_bodies(s(&args[0]), s(&r));
    }
    Ok(args[0].clone())
}
fn set_isub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    difference_update(&args[0], &args[1])?;
    Ok(args[0].clone())
}
fn set_ixor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    symmetric_difference_update(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// CPython's set_richcompare.
fn compare(args: &[Value], op: &str) -> PyResult<Value> {
    let (v, w) = (&args[0], &args[1]);
    let Some(wo) = as_set(w) else { return Ok(not_implemented()) };
    let vo = s(v);
    let eq = || -> PyResult<bool> {
        if vo.len() != wo.len() {
            return Ok(false);
        }
        if vo.hash.get() != -1 && wo.hash.get() != -1 && vo.hash.get() != wo.hash.get() {
            return Ok(false);
        }
        issubset(v, w)
    };
    let r = match op {
        "eq" => eq()?,
        "ne" => !eq()?,
        "le" => issubset(v, w)?,
        "ge" => issuperset(v, w)?,
        "lt" => vo.len() < wo.len() && issubset(v, w)?,
        _ => vo.len() > wo.len() && issuperset(v, w)?,
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
    /// None once exhausted.
    set: UnsafeCell<Option<Value>>,
    /// The set's size when iteration began; -1 after a size-change error.
    si_used: Cell<isize>,
    pos: Cell<usize>,
    len: Cell<isize>,
}

unsafe impl PyObj for SetIterObject {
    fn class() -> &'static TypeObject {
        &SET_ITER_TYPE
    }
}

pub static SET_ITER_TYPE: TypeObject = TypeObject::builtin::<SetIterObject>("set_iterator", Some(&OBJECT_TYPE), 0);

pub fn new_set_iter(set: Value) -> Value {
    let n = s(&set).len() as isize;
    crate::types::new_object(SetIterObject {
        header: ObjHeader::new(std::ptr::null()),
        set: UnsafeCell::new(Some(set)),
        si_used: Cell::new(n),
        pos: Cell::new(0),
        len: Cell::new(n),
    })
}

/// CPython's setiter_iternext.
fn set_iternext(it: &Value) -> PyResult<Option<Value>> {
    let si = unsafe { it.downcast_unchecked::<SetIterObject>() };
    let Some(set) = (unsafe { (*si.set.get()).clone() }) else { return Ok(None) };
    let so = s(&set);
    if si.si_used.get() != so.len() as isize {
        si.si_used.set(-1);
        return Err(crate::error::runtime_error("Set changed size during iteration"));
    }
    match so.next_entry(si.pos.get()) {
        Some((next, k)) => {
            si.pos.set(next);
            si.len.set(si.len.get() - 1);
            Ok(Some(k))
        }
        None => {
            si.pos.set(so.t().slots.len() + 1);
            let old = unsafe { (*si.set.get()).take() };
            drop(old);
            Ok(None)
        }
    }
}

fn set_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let si = args[0].downcast::<SetIterObject>().ok_or_else(|| type_error("expected a set_iterator"))?;
    let n = match unsafe { &*si.set.get() } {
        Some(set) if si.si_used.get() == s(set).len() as isize => si.len.get(),
        _ => 0,
    };
    Ok(new_int(n as i64))
}

fn set_iter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let si = args[0].downcast::<SetIterObject>().ok_or_else(|| type_error("expected a set_iterator"))?;
    // Iterate a copy of the iterator's state.
    let mut rest = Vec::new();
    if let Some(set) = unsafe { &*si.set.get() } {
        if si.si_used.get() == s(set).len() as isize {
            let mut pos = si.pos.get();
            while let Some((next, k)) = s(set).next_entry(pos) {
                rest.push(k);
                pos = next;
            }
        }
    }
    let iter_fn = crate::builtins::builtins_dict();
    let f = crate::objects::dict::as_dict(&iter_fn)
        .and_then(|d| d.get_str(&crate::objects::str::intern_static("iter")))
        .unwrap_or_else(none);
    Ok(crate::objects::tuple::new_tuple(vec![
        f,
        crate::objects::tuple::new_tuple(vec![crate::objects::list::new_list(rest)]),
    ]))
}

pub fn init() {
    for t in [&SET_TYPE, &FROZENSET_TYPE] {
        crate::types::init_builtin_type(t);
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
        build::method(t, "__reduce__", set_reduce);
        build::method(t, "__sizeof__", set_sizeof);
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
    build::new(t, set_new);
    build::method(t, "__init__", set_init);
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
    build::new(&FROZENSET_TYPE, frozenset_new);
    build::method(&FROZENSET_TYPE, "__hash__", frozenset_hash_m);
    crate::objects::iter::register_iterator(&SET_ITER_TYPE, set_iternext);
    build::method(&SET_ITER_TYPE, "__length_hint__", set_iter_len);
    build::method(&SET_ITER_TYPE, "__reduce__", set_iter_reduce);
    let _ = is_none;
}
