//! The methods of `list`, and the stable merge sort that `list.sort` and
//! `sorted` share (comparisons may raise, so the sort is ours, not Rust's).

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list::{as_list, new_list, ListObject, LIST_TYPE};
use crate::objects::slice::{adjust, Bounds, SliceObject};
use crate::objects::str::new_str;
use crate::builtins::args::{arity, as_ssize, no_kw, noargs, one_arg, slice_index};
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

fn l(v: &Value) -> &ListObject {
    as_list(v).unwrap()
}

fn list_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, ListObject::payload(Vec::new())))
}

/// CPython's list___init__: empty the list, then extend it.
fn list_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("list", kw)?;
    if args.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let list = l(&args[0]);
    if !list.is_empty() {
        list.replace(Vec::new());
    }
    if let Some(it) = args.get(1) {
        extend(&args[0], it)?;
    }
    Ok(none())
}

/// CPython's list_extend: lists and tuples at once, other iterables item by
/// item (so items before an error stay appended).
pub fn extend(lv: &Value, iterable: &Value) -> PyResult<()> {
    let list = l(lv);
    // Exact lists and tuples only: a subclass may override __iter__.
    if iterable.is_type(&LIST_TYPE) || iterable.is_type(&crate::objects::tuple::TUPLE_TYPE) {
        let items = if let Some(o) = as_list(iterable) { o.snapshot() } else { ops::collect(iterable)? };
        list.vec().extend(items);
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(v) = ops::next(&it)? {
        list.push(v);
    }
    Ok(())
}

pub fn list_repr_string(v: &Value) -> PyResult<String> {
    let list = l(v);
    if list.is_empty() {
        return Ok("[]".into());
    }
    if !ops::repr_enter(v) {
        return Ok("[...]".into());
    }
    let mut out = String::from("[");
    let mut i = 0;
    let r = (|| {
        while let Some(item) = list.get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ops::repr_string(&item)?);
            i += 1;
        }
        Ok::<(), PyErr>(())
    })();
    ops::repr_leave(v);
    r?;
    out.push(']');
    Ok(out)
}

fn list_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(list_repr_string(&args[0])?))
}

fn list_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(l(&args[0]).len() as i64))
}

/// An item position for the list as it is after `__index__` ran (which may
/// have changed it): None when out of range.
fn item_index(list: &ListObject, key: &Value) -> PyResult<Option<usize>> {
    if crate::objects::int::int_val(key).is_some() {
        return ops::seq_index(key, list.len(), "list");
    }
    match ops::index_opt(key)? {
        Some(i) => ops::seq_index(&i, list.len(), "list"),
        None => ops::seq_index(key, list.len(), "list"),
    }
}

fn list_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        return get_slice(list, s.unpack()?);
    }
    match item_index(list, key)? {
        Some(i) => list.get(i).ok_or_else(|| index_error("list index out of range")),
        None => Err(index_error("list index out of range")),
    }
}

/// `list[start:stop:step]` (the slice's `bounds`): a new list.
pub fn get_slice(list: &ListObject, bounds: Bounds) -> PyResult<Value> {
    let items = list.vec();
    let (start, _, step, n) = adjust(bounds, items.len());
    if step == 1 {
        return Ok(new_list(items[start as usize..start as usize + n].to_vec()));
    }
    let out: Vec<Value> = (0..n).map(|i| items[(start + i as isize * step) as usize].clone()).collect();
    Ok(new_list(out))
}

fn list_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    let value = &args[2];
    if let Some(s) = key.downcast::<SliceObject>() {
        return set_slice(&args[0], s.unpack()?, value).map(|()| none());
    }
    match item_index(list, key)? {
        Some(i) => {
            let old = std::mem::replace(&mut list.vec()[i], value.clone());
            drop(old);
            Ok(none())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

/// `list[start:stop:step] = value` for a list `lv` (the slice's `bounds`,
/// unpacked first as CPython does: their errors come before the value's).
pub fn set_slice(lv: &Value, bounds: Bounds, value: &Value) -> PyResult<()> {
    let list = l(lv);
    // The message depends on the step.
    let extended = bounds.2 != 1;
    let new_items = if value.is(lv) { list.snapshot() } else { ops::collect(value).map_err(|e| {
        if ops::is_iterable(value) {
            e
        } else if extended {
            type_error("must assign iterable to extended slice")
        } else {
            type_error("can only assign an iterable")
        }
    })? };
    let (start, stop, step, n) = adjust(bounds, list.len());
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize)) as usize;
        if new_items.len() == stop - start {
            // As many items as they replace: swapped in place, and the old
            // ones, now in `new_items`, dropped after.
            let mut swapped = new_items;
            for (dst, src) in list.vec()[start..stop].iter_mut().zip(swapped.iter_mut()) {
                std::mem::swap(dst, src);
            }
            crate::objects::list::drop_reversed(swapped);
            return Ok(());
        }
        let old: Vec<Value> = list.vec().splice(start..stop, new_items).collect();
        crate::objects::list::drop_reversed(old);
        return Ok(());
    }
    if new_items.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            n
        )));
    }
    let v = list.vec();
    let mut olds = Vec::with_capacity(n);
    for (i, item) in new_items.into_iter().enumerate() {
        let idx = (start + i as isize * step) as usize;
        olds.push(std::mem::replace(&mut v[idx], item));
    }
    drop(olds);
    Ok(())
}

fn list_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        let len = list.len();
        let (start, _, step, n) = s.indices(len)?;
        let mut positions: Vec<usize> = (0..n).map(|i| (start + i as isize * step) as usize).collect();
        positions.sort_unstable();
        let v = list.vec();
        let mut removed = Vec::with_capacity(n);
        for p in positions.into_iter().rev() {
            removed.push(v.remove(p));
        }
        drop(removed);
        return Ok(none());
    }
    match item_index(list, key)? {
        Some(i) => {
            let old = list.vec().remove(i);
            drop(old);
            Ok(none())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn list_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            return Ok(new_bool(true));
        }
        i += 1;
    }
    Ok(new_bool(false))
}

fn list_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // The storage itself, for subclasses too (an overridden __getitem__ is not used).
    Ok(crate::objects::iter::new_seq_iter_of(&crate::objects::iter::LIST_ITER_TYPE, args[0].clone(), 0))
}

fn list_reversed(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("list.__reversed__", args, kw)?;
    Ok(crate::objects::iter::new_list_rev_iter(args[0].clone()))
}

fn list_append(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("list.append", args, kw)?;
    l(&args[0]).push(args[1].clone());
    Ok(none())
}

fn list_extend(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("list.extend", args, kw)?;
    extend(&args[0], &args[1])?;
    Ok(none())
}

fn list_insert(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("list.insert", kw)?;
    arity("insert", args.len() - 1, 2, 2)?;
    let list = l(&args[0]);
    let mut i = as_ssize(&args[1])?;
    let n = list.len() as i64;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    list.vec().insert(i, args[2].clone());
    Ok(none())
}

fn list_pop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("list.pop", kw)?;
    arity("pop", args.len() - 1, 0, 1)?;
    let index = match args.get(1) {
        Some(k) => as_ssize(k)?,
        None => -1,
    };
    let list = l(&args[0]);
    if list.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = list.len() as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(list.vec().remove(i as usize))
}

fn list_remove(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("list.remove", args, kw)?;
    let list = l(&args[0]);
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            if i < list.len() {
                let old = list.vec().remove(i);
                drop(old);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// The start/stop arguments of index() (`slice_index` converters), made
/// relative to the sequence's current length as CPython does.
pub fn clamp_range(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(i64, i64)> {
    let n = len as i64;
    let mut s = match start {
        Some(x) => slice_index(x)?,
        None => 0,
    };
    let mut e = match end {
        Some(x) => slice_index(x)?,
        None => i64::MAX,
    };
    if s < 0 {
        s = s.saturating_add(n).max(0);
    }
    if e < 0 {
        e = e.saturating_add(n).max(0);
    }
    Ok((s, e))
}

fn list_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("list.index", kw)?;
    arity("index", args.len() - 1, 1, 3)?;
    let list = l(&args[0]);
    let (s, e) = clamp_range(args.get(2), args.get(3), list.len())?;
    let mut i = s.max(0) as usize;
    while (i as i64) < e {
        let Some(v) = list.get(i) else { break };
        if ops::eq(&v, &args[1])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", ops::repr_string(&args[1])?)))
}

fn list_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("list.count", args, kw)?;
    let list = l(&args[0]);
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

/// `list.__sizeof__`: the object and its item array.
fn list_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("list.__sizeof__", args, kw)?;
    Ok(new_int(40 + 8 * l(&args[0]).vec().capacity() as i64))
}

fn list_clear(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("list.clear", args, kw)?;
    l(&args[0]).replace(Vec::new());
    Ok(none())
}

fn list_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("list.copy", args, kw)?;
    Ok(new_list(l(&args[0]).snapshot()))
}

fn list_reverse(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("list.reverse", args, kw)?;
    l(&args[0]).vec().reverse();
    Ok(none())
}

// ----- sorting: CPython's timsort (Objects/listobject.c, 3.11) -----------------
//
// A faithful port: same runs, same merge order (powersort), same galloping,
// so the comparisons made (and the list's state after a comparison raises)
// are CPython's.

const MIN_GALLOP: usize = 7;

/// One pending run: start index, length and powersort "power".
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The sort's state: keys (the items themselves when there is no key
/// function), the items moved in step with them, and the merge scratch space.
struct MergeState<'a> {
    keys: Vec<Value>,
    values: Option<Vec<Value>>,
    tmp_keys: Vec<Value>,
    tmp_values: Vec<Value>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
    lt: &'a dyn Fn(&Value, &Value) -> PyResult<bool>,
}

/// CPython's gallop_left: the k with a[k-1] < key <= a[k] (a sorted, n > 0).
fn gallop_left(lt: &dyn Fn(&Value, &Value) -> PyResult<bool>, key: &Value, a: &[Value], hint: usize) -> PyResult<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(&a[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// CPython's gallop_right: the k with a[k-1] <= key < a[k] (a sorted, n > 0).
fn gallop_right(lt: &dyn Fn(&Value, &Value) -> PyResult<bool>, key: &Value, a: &[Value], hint: usize) -> PyResult<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, &a[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// CPython's powerloop: the powersort "power" of the run boundary.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// CPython's merge_compute_minrun.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

impl MergeState<'_> {
    fn lt(&self, a: &Value, b: &Value) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    /// Moves main[src] to main[dst] (keys and values together).
    fn mv(&mut self, dst: usize, src: usize) {
        let k = self.keys[src].clone();
        self.keys[dst] = k;
        if let Some(v) = &mut self.values {
            let x = v[src].clone();
            v[dst] = x;
        }
    }

    /// Copies tmp[src] to main[dst].
    fn from_tmp(&mut self, dst: usize, src: usize) {
        self.keys[dst] = self.tmp_keys[src].clone();
        if let Some(v) = &mut self.values {
            v[dst] = self.tmp_values[src].clone();
        }
    }

    /// Copies main[base..base+n] into the scratch space.
    fn to_tmp(&mut self, base: usize, n: usize) {
        self.tmp_keys.clear();
        self.tmp_keys.extend_from_slice(&self.keys[base..base + n]);
        self.tmp_values.clear();
        if let Some(v) = &self.values {
            self.tmp_values.extend_from_slice(&v[base..base + n]);
        }
    }

    /// Overlap-safe main[dst..dst+n] = main[src..src+n].
    fn memmove(&mut self, dst: usize, src: usize, n: usize) {
        if dst < src {
            for i in 0..n {
                self.mv(dst + i, src + i);
            }
        } else {
            for i in (0..n).rev() {
                self.mv(dst + i, src + i);
            }
        }
    }

    fn reverse(&mut self, lo: usize, hi: usize) {
        self.keys[lo..hi].reverse();
        if let Some(v) = &mut self.values {
            v[lo..hi].reverse();
        }
    }

    /// CPython's binarysort on [lo, hi), with [lo, start) already sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let mut l = lo;
            let mut r = start;
            let pivot = self.keys[r].clone();
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(&pivot, &self.keys[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.keys[l..=start].rotate_right(1);
            if let Some(v) = &mut self.values {
                v[l..=start].rotate_right(1);
            }
            start += 1;
        }
        Ok(())
    }

    /// CPython's count_run: the run length at lo, and whether it descends.
    fn count_run(&self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(&self.keys[i], &self.keys[i - 1])? {
            i += 1;
            while i < hi {
                if !self.lt(&self.keys[i], &self.keys[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                if self.lt(&self.keys[i], &self.keys[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// CPython's merge_lo: merges main[ssa..ssa+na] and main[ssb..ssb+nb], na <= nb.
    fn merge_lo(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        self.to_tmp(ssa, na);
        let mut dest = ssa;
        let mut pa = 0usize;
        let mut pb = ssb;
        self.mv(dest, pb);
        dest += 1;
        pb += 1;
        nb -= 1;
        let result: PyResult<()> = 'outer: {
            if nb == 0 {
                break 'outer Ok(());
            }
            if na == 1 {
                // CopyB.
                self.memmove(dest, pb, nb);
                self.from_tmp(dest + nb, pa);
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match self.lt(&self.keys[pb], &self.tmp_keys[pa]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    if k {
                        self.mv(dest, pb);
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'outer Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.from_tmp(dest, pa);
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            self.memmove(dest, pb, nb);
                            self.from_tmp(dest + nb, pa);
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.keys[pb].clone();
                    let k = match gallop_right(self.lt, &key, &self.tmp_keys[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        for i in 0..k {
                            self.from_tmp(dest + i, pa + i);
                        }
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            self.memmove(dest, pb, nb);
                            self.from_tmp(dest + nb, pa);
                            return Ok(());
                        }
                        if na == 0 {
                            break 'outer Ok(());
                        }
                    }
                    self.mv(dest, pb);
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer Ok(());
                    }
                    let key = self.tmp_keys[pa].clone();
                    let k = match gallop_left(self.lt, &key, &self.keys[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.memmove(dest, pb, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer Ok(());
                        }
                    }
                    self.from_tmp(dest, pa);
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        self.memmove(dest, pb, nb);
                        self.from_tmp(dest + nb, pa);
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Succeed / Fail: what is left of run A goes to the end.
        for i in 0..na {
            self.from_tmp(dest + i, pa + i);
        }
        result
    }

    /// CPython's merge_hi: merges main[ssa..ssa+na] and main[ssb..ssb+nb], na >= nb.
    fn merge_hi(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        self.to_tmp(ssb, nb);
        let basea = ssa as isize;
        let mut dest = (ssb + nb - 1) as isize;
        let mut pb = nb as isize - 1;
        let mut pa = (ssa + na - 1) as isize;
        // CopyA: the first element of B belongs at the front.
        macro_rules! copy_a {
            () => {{
                let n = na as isize;
                self.memmove((dest + 1 - n) as usize, (pa + 1 - n) as usize, na);
                dest -= n;
                self.from_tmp(dest as usize, pb as usize);
                return Ok(());
            }};
        }
        self.mv(dest as usize, pa as usize);
        dest -= 1;
        pa -= 1;
        na -= 1;
        let result: PyResult<()> = 'outer: {
            if na == 0 {
                break 'outer Ok(());
            }
            if nb == 1 {
                copy_a!();
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match self.lt(&self.tmp_keys[pb as usize], &self.keys[pa as usize]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    if k {
                        self.mv(dest as usize, pa as usize);
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'outer Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.from_tmp(dest as usize, pb as usize);
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            copy_a!();
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.tmp_keys[pb as usize].clone();
                    let k = match gallop_right(self.lt, &key, &self.keys[basea as usize..basea as usize + na], na - 1) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        let ki = k as isize;
                        dest -= ki;
                        pa -= ki;
                        self.memmove((dest + 1) as usize, (pa + 1) as usize, k);
                        na -= k;
                        if na == 0 {
                            break 'outer Ok(());
                        }
                    }
                    self.from_tmp(dest as usize, pb as usize);
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        copy_a!();
                    }
                    let key = self.keys[pa as usize].clone();
                    let k = match gallop_left(self.lt, &key, &self.tmp_keys[0..nb], nb - 1) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        let ki = k as isize;
                        dest -= ki;
                        pb -= ki;
                        for i in 0..k {
                            self.from_tmp((dest + 1) as usize + i, (pb + 1) as usize + i);
                        }
                        nb -= k;
                        if nb == 1 {
                            copy_a!();
                        }
                        if nb == 0 {
                            break 'outer Ok(());
                        }
                    }
                    self.mv(dest as usize, pa as usize);
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Succeed / Fail: what is left of run B goes to the front.
        if nb > 0 {
            let start = (dest - (nb as isize - 1)) as usize;
            for i in 0..nb {
                self.from_tmp(start + i, i);
            }
        }
        result
    }

    /// CPython's merge_at: merges pending runs i and i+1.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run { base: ssa, len: na, .. } = self.pending[i];
        let Run { base: ssb, len: nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();
        let key = self.keys[ssb].clone();
        let k = gallop_right(self.lt, &key, &self.keys[ssa..ssa + na], 0)?;
        let ssa = ssa + k;
        let na = na - k;
        if na == 0 {
            return Ok(());
        }
        let key = self.keys[ssa + na - 1].clone();
        let nb = gallop_left(self.lt, &key, &self.keys[ssb..ssb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    /// CPython's found_new_run: the powersort merge policy.
    fn found_new_run(&mut self, n2: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last().copied() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            let n = self.pending.len();
            self.pending[n - 1].power = power;
        }
        Ok(())
    }

    /// CPython's merge_force_collapse.
    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// The main loop of CPython's list_sort_impl.
    fn sort(&mut self) -> PyResult<()> {
        let mut nremaining = self.listlen;
        if nremaining < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(nremaining);
        let mut lo = 0;
        while nremaining > 0 {
            let (mut n, descending) = self.count_run(lo, lo + nremaining)?;
            if descending {
                self.reverse(lo, lo + n);
            }
            if n < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(lo, lo + force, lo + n)?;
                n = force;
            }
            self.found_new_run(n)?;
            self.pending.push(Run { base: lo, len: n, power: 0 });
            lo += n;
            nremaining -= n;
        }
        self.force_collapse()
    }
}

/// The comparison CPython's pre-sort check picks. Only its effect on Python
/// code matters here: for keys all of one class defined in Python, `<` calls
/// that class's `__lt__` directly and falls back to the full protocol (so a
/// `__lt__` returning NotImplemented runs twice), also for the first items
/// of keys that are all tuples.
enum KeyCompare {
    Safe,
    SameClass,
    Tuples(Box<KeyCompare>),
}

impl KeyCompare {
    fn lt(&self, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            KeyCompare::Safe => ops::compare(a, b, CmpOp::Lt),
            KeyCompare::SameClass => same_class_lt(a, b),
            KeyCompare::Tuples(first) => {
                let (Some(x), Some(y)) = (crate::objects::tuple::tuple_items(a), crate::objects::tuple::tuple_items(b)) else {
                    return ops::compare(a, b, CmpOp::Lt);
                };
                let mut i = 0;
                while i < x.len() && i < y.len() {
                    if !ops::eq(&x[i], &y[i])? {
                        break;
                    }
                    i += 1;
                }
                if i >= x.len() || i >= y.len() {
                    return Ok(x.len() < y.len());
                }
                if i == 0 {
                    first.lt(&x[0], &y[0])
                } else {
                    ops::compare(&x[i], &y[i], CmpOp::Lt)
                }
            }
        }
    }
}

/// CPython's unsafe_object_compare for a class defined in Python.
fn same_class_lt(a: &Value, b: &Value) -> PyResult<bool> {
    let ty = a.ty();
    if ty.is_heap() && std::ptr::eq(ty, b.ty()) {
        if let Some(f) = ty.slot(crate::types::Slot::Lt) {
            if f.downcast::<crate::objects::function::FunctionObject>().is_some() {
                let r = ops::call_special(&f, a, &[b.clone()])?;
                if !crate::objects::bool_none::is_not_implemented(&r) {
                    return ops::truthy(&r);
                }
            }
        }
    }
    ops::compare(a, b, CmpOp::Lt)
}

/// CPython's pre-sort check (list_sort_impl): homogeneous keys, maybe in tuples.
fn presort_check(keys: &[Value]) -> KeyCompare {
    if keys.len() < 2 {
        return KeyCompare::Safe;
    }
    let tuple_ty = &crate::objects::tuple::TUPLE_TYPE;
    let nonempty_tuple = |k: &Value| k.is_type(tuple_ty) && crate::objects::tuple::tuple_items(k).is_some_and(|t| !t.is_empty());
    let mut in_tuples = nonempty_tuple(&keys[0]);
    let first = |k: &Value| -> Value {
        if in_tuples {
            crate::objects::tuple::tuple_items(k).expect("a tuple")[0].clone()
        } else {
            k.clone()
        }
    };
    let key_type = first(&keys[0]).ty() as *const crate::types::TypeObject;
    let mut same = true;
    for k in keys {
        if in_tuples && !nonempty_tuple(k) {
            in_tuples = false;
            same = false;
            break;
        }
        let key = if in_tuples { crate::objects::tuple::tuple_items(k).expect("a tuple")[0].clone() } else { k.clone() };
        if !std::ptr::eq(key.ty(), key_type) {
            same = false;
            if !in_tuples {
                break;
            }
        }
    }
    let elem = if same && unsafe { (*key_type).is_heap() } { KeyCompare::SameClass } else { KeyCompare::Safe };
    if in_tuples {
        let elem = if std::ptr::eq(key_type, tuple_ty) { KeyCompare::Safe } else { elem };
        return KeyCompare::Tuples(Box::new(elem));
    }
    elem
}

/// `list.sort(*, key=None, reverse=False)` on the list value `lv`.
pub fn sort_list(lv: &Value, kw: Option<&Kw>) -> PyResult<()> {
    let mut key: Option<Value> = None;
    let mut reverse_arg: Option<Value> = None;
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match k {
                "key" => key = Some(v.clone()).filter(|v| !is_none(v)),
                "reverse" => reverse_arg = Some(v.clone()),
                other => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            }
        }
    }
    let reverse = match reverse_arg {
        Some(v) => crate::builtins::args::as_c_int(&v)? != 0,
        None => false,
    };
    let list = l(lv);
    // The list is empty while sorting, as in CPython.
    let items = std::mem::take(list.vec());
    let n = items.len();
    let (keys, values) = match &key {
        Some(f) => {
            let mut keys = Vec::with_capacity(n);
            for it in items.iter() {
                match crate::call::call(f, &[it.clone()], None) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        let mutated = std::mem::replace(list.vec(), items);
                        drop(mutated);
                        return Err(e);
                    }
                }
            }
            (keys, Some(items))
        }
        None => (items, None),
    };
    let compare = presort_check(&keys);
    let lt = |a: &Value, b: &Value| compare.lt(a, b);
    let mut ms = MergeState {
        keys,
        values,
        tmp_keys: Vec::new(),
        tmp_values: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        listlen: n,
        lt: &lt,
    };
    if reverse && n > 1 {
        ms.reverse(0, n);
    }
    let mut result = ms.sort();
    let MergeState { keys, values, .. } = ms;
    let mut items = match values {
        Some(v) => v,
        None => keys,
    };
    if result.is_ok() && !list.is_empty() {
        result = Err(value_error("list modified during sort"));
    }
    if reverse && n > 1 {
        items.reverse();
    }
    let mutated = std::mem::replace(list.vec(), items);
    drop(mutated);
    result
}

fn list_sort(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    sort_list(&args[0], kw)?;
    Ok(none())
}

fn list_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_list(&args[1]) else {
        return Err(type_error(format!("can only concatenate list (not \"{}\") to list", args[1].ty().name())));
    };
    let mut v = l(&args[0]).snapshot();
    v.extend(o.snapshot());
    Ok(new_list(v))
}

fn list_iadd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    extend(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// The repeat count of `seq.__mul__(n)`: `__index__`, negative as zero, and
/// CPython's errors for counts that cannot be.
pub fn repeat_count(n: &Value, len: usize) -> PyResult<usize> {
    let n = ops::repeat_count_arg(n)?;
    if len > 0 && n > isize::MAX as usize / 8 / len {
        return Err(PyErr::new(&crate::objects::exception::MEMORY_ERROR, ""));
    }
    Ok(n)
}

fn list_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let items = l(&args[0]).snapshot();
    let n = repeat_count(&args[1], items.len())?;
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    Ok(new_list(v))
}

fn list_imul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let n = repeat_count(&args[1], list.len())?;
    let items = list.snapshot();
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    list.replace(v);
    crate::objects::list::drop_reversed(items);
    Ok(args[0].clone())
}

/// CPython's list/tuple richcompare: the first differing items decide, with
/// the final comparison's own result returned; lists (`len_shortcut`) answer
/// == and != from the lengths first.
pub fn seq_richcompare(a: &[Value], b: &[Value], op: CmpOp, len_shortcut: bool) -> PyResult<Value> {
    if len_shortcut && a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(new_bool(op == CmpOp::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if !ops::eq(&a[i], &b[i])? {
            return match op {
                CmpOp::Eq => Ok(new_bool(false)),
                CmpOp::Ne => Ok(new_bool(true)),
                _ => ops::rich_compare(&a[i], &b[i], op),
            };
        }
    }
    let (x, y) = (a.len(), b.len());
    Ok(new_bool(op.holds(x, y)))
}

/// Lexicographic comparison as a truth value.
pub fn seq_compare(a: &[Value], b: &[Value], op: CmpOp) -> PyResult<bool> {
    let r = seq_richcompare(a, b, op, false)?;
    ops::truthy(&r)
}

fn list_cmp(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(o) = as_list(&args[1]) else { return Ok(not_implemented()) };
    let a = l(&args[0]).snapshot();
    let b = o.snapshot();
    seq_richcompare(&a, &b, op, true)
}

fn list_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Eq)
}
fn list_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Ne)
}
fn list_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Lt)
}
fn list_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Le)
}
fn list_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Gt)
}
fn list_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Ge)
}

pub fn init() {
    let t = &LIST_TYPE;
    build::new(t, list_new);
    build::method(t, "__init__", list_init);
    build::method(t, "__repr__", list_repr);
    build::method(t, "__len__", list_len);
    build::method(t, "__getitem__", list_getitem);
    build::method(t, "__setitem__", list_setitem);
    build::method(t, "__delitem__", list_delitem);
    build::method(t, "__contains__", list_contains);
    build::method(t, "__iter__", list_iter);
    build::method(t, "__reversed__", list_reversed);
    build::method(t, "__add__", list_add);
    build::method(t, "__iadd__", list_iadd);
    build::method(t, "__mul__", list_mul);
    build::method(t, "__rmul__", list_mul);
    build::method(t, "__imul__", list_imul);
    build::method(t, "__eq__", list_eq);
    build::method(t, "__ne__", list_ne);
    build::method(t, "__lt__", list_lt);
    build::method(t, "__le__", list_le);
    build::method(t, "__gt__", list_gt);
    build::method(t, "__ge__", list_ge);
    build::method(t, "append", list_append);
    build::method(t, "extend", list_extend);
    build::method(t, "insert", list_insert);
    build::method(t, "pop", list_pop);
    build::method(t, "remove", list_remove);
    build::method(t, "index", list_index);
    build::method(t, "count", list_count);
    build::method(t, "clear", list_clear);
    build::method(t, "copy", list_copy);
    build::method(t, "reverse", list_reverse);
    build::method(t, "sort", list_sort);
    build::method(t, "__sizeof__", list_sizeof);
    build::attr(t, "__hash__", none());
}
