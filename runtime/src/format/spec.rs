//! The format-spec mini-language (`format(x, spec)`, `str.format`,
//! f-strings) for int, float, complex and str, ported from CPython's
//! Python/formatter_unicode.c and the float-to-text core of Python/pystrtod.c.

use crate::error::{overflow_error, value_error, PyResult};
use crate::objects::int::{self, int_val, IntVal};
use crate::value::Value;

/// A parsed format spec (CPython's InternalFormatSpec).
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    /// -1: not given.
    pub width: i64,
    /// ',' or '_' (or None).
    pub thousands: Option<char>,
    /// Group size for the thousands separator (3, or 4 for '_' with b/o/x/X).
    pub group: usize,
    /// -1: not given.
    pub precision: i64,
    /// '\0': not given.
    pub ty: char,
}

/// Is `c` an alignment character of the mini-language?
fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits at `i` (Unicode digits count, as in CPython).
fn get_integer(chars: &[char], i: &mut usize) -> PyResult<Option<i64>> {
    let start = *i;
    let mut v: i64 = 0;
    while *i < chars.len() {
        let Some(d) = crate::objects::unicode::decimal_value(chars[*i]) else { break };
        v = v
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as i64))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok(if *i > start { Some(v) } else { None })
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
/// for an object of type `type_name`.
pub fn parse(spec: &str, type_name: &str, default_type: char, default_align: char) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: -1,
        thousands: None,
        group: 3,
        precision: -1,
        ty: default_type,
    };
    let mut i = 0;
    let mut align_specified = false;
    let mut fill_specified = false;
    if n >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        i = 2;
    } else if n >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        i = 1;
    }
    if i < n && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < n && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < n && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if !fill_specified && i < n && chars[i] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        i += 1;
    }
    if let Some(w) = get_integer(&chars, &mut i)? {
        s.width = w;
    }
    if i < n && chars[i] == ',' {
        s.thousands = Some(',');
        i += 1;
    }
    if i < n && chars[i] == '_' {
        if s.thousands.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        s.thousands = Some('_');
        i += 1;
    }
    if i < n && chars[i] == ',' && s.thousands == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if i < n && chars[i] == '.' {
        i += 1;
        match get_integer(&chars, &mut i)? {
            Some(p) => s.precision = p,
            None => return Err(value_error("Format specifier missing precision")),
        }
    }
    if n - i > 1 {
        return Err(value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    if n - i == 1 {
        s.ty = chars[i];
    }
    if s.width > 0 {
        crate::objects::clinic::check_alloc((s.width as usize).saturating_mul(s.fill.len_utf8()))?;
    }
    if let Some(t) = s.thousands {
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if t == '_' => s.group = 4,
            ty => return Err(invalid_thousands(t, ty)),
        }
    }
    Ok(s)
}

/// `Cannot specify ',' with 'x'.`
fn invalid_thousands(sep: char, ty: char) -> crate::error::PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        value_error(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        value_error(format!("Cannot specify '{sep}' with '\\x{:x}'.", ty as u32))
    }
}

/// `Unknown format code 'q' for object of type 'int'`.
pub fn unknown_type(ty: char, type_name: &str) -> crate::error::PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        value_error(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        value_error(format!("Unknown format code '\\x{:x}' for object of type '{type_name}'", ty as u32))
    }
}

/// Inserts thousands separators into `digits` (written right to left, zero
/// padding up to `min_width` as CPython's _PyUnicode_InsertThousandsGrouping).
fn insert_grouping(digits: &str, min_width: i64, sep: Option<char>, group: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut pos = d.len();
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut take = |len: i64, remaining: &mut i64, use_sep: bool, pieces: &mut Vec<String>| {
        let n_zeros = (len - *remaining).max(0) as usize;
        let n_chars = (*remaining).min(len).max(0) as usize;
        let mut piece: String = "0".repeat(n_zeros);
        piece.extend(&d[pos - n_chars..pos]);
        pos -= n_chars;
        if use_sep {
            piece.push(sep.unwrap_or(','));
        }
        pieces.push(piece);
        *remaining -= n_chars as i64;
    };
    let mut broken = false;
    if let Some(sep) = sep {
        let _ = sep;
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            take(len, &mut remaining, use_sep, &mut pieces);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        take(len, &mut remaining, use_sep, &mut pieces);
    }
    pieces.reverse();
    pieces.concat()
}

/// Lays out a number as CPython's calc_number_widths + fill_number:
/// `[lpad][sign][prefix][spad][grouped digits][decimal][remainder][rpad]`.
/// `body` is the unsigned number text; its leading digit run is grouped
/// (all of it when `all_digits`, as for ints in any base).
fn fill_number(s: &Spec, negative: bool, prefix: &str, body: &str, use_grouping: bool) -> String {
    fill_number_ex(s, negative, prefix, body, use_grouping, false)
}

/// `fill_number`, optionally treating the whole body as digits (ints in any base).
fn fill_number_ex(s: &Spec, negative: bool, prefix: &str, body: &str, use_grouping: bool, all_digits: bool) -> String {
    let digit_end = if all_digits { body.len() } else { body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len()) };
    let digits = &body[..digit_end];
    let rest = &body[digit_end..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let sign = match (s.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + has_decimal as i64 + n_remainder;
    let min_width = if s.fill == '0' && s.align == '=' { s.width - n_non_digit } else { 0 };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        insert_grouping(digits, min_width, if use_grouping { s.thousands } else { None }, s.group)
    };
    let n_grouped = grouped.chars().count() as i64;
    let padding = s.width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match s.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fills = |n: i64| std::iter::repeat(s.fill).take(n as usize).collect::<String>();
    let mut out = String::with_capacity((s.width.max(0) as usize).max(body.len() + 4));
    out.push_str(&fills(lpad));
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(prefix);
    out.push_str(&fills(spad));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.push_str(&fills(rpad));
    out
}

/// Left and right padding of `nchars` in `width` by alignment (CPython's calc_padding).
fn calc_padding(nchars: i64, width: i64, align: char) -> (i64, i64) {
    let total = if width >= 0 { width.max(nchars) } else { nchars };
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    (lpad, total - nchars - lpad)
}

// ----- ints ------------------------------------------------------------------

/// `format(int, spec)` with a parsed spec (CPython's format_long_internal).
fn format_long(v: IntVal, s: &Spec) -> PyResult<String> {
    if s.precision != -1 {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if s.ty == 'c' {
        if s.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alt {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let n = v.as_i64().ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&n) {
            return Err(overflow_error("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(n as u32).unwrap_or('\u{fffd}');
        // The character is all "remainder": never grouped or zero-padded inside.
        return Ok(fill_remainder(s, &c.to_string()));
    }
    let neg = v.is_negative();
    let (digits, prefix) = match s.ty {
        'b' => (int::to_base(v, 2), "0b"),
        'o' => (int::to_base(v, 8), "0o"),
        'x' => (int::to_base(v, 16), "0x"),
        'X' => (int::to_base(v, 16).to_uppercase(), "0X"),
        _ => {
            let d = int::to_decimal(v)?;
            (d.trim_start_matches('-').to_owned(), "")
        }
    };
    let prefix = if s.alt { prefix } else { "" };
    Ok(fill_number_ex(s, neg, prefix, &digits, s.ty != 'n', true))
}

/// Pads text that is all "remainder" (the 'c' presentation) like fill_number does.
fn fill_remainder(s: &Spec, text: &str) -> String {
    let n = text.chars().count() as i64;
    let padding = s.width - n;
    let (mut l, mut r) = (0, 0);
    if padding > 0 {
        match s.align {
            '<' => r = padding,
            '^' => {
                l = padding / 2;
                r = padding - l;
            }
            '=' => l = padding,
            _ => l = padding,
        }
    }
    let fills = |k: i64| std::iter::repeat(s.fill).take(k as usize).collect::<String>();
    format!("{}{text}{}", fills(l), fills(r))
}

/// `format(int, spec)`.
pub fn format_int(v: IntVal, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse(spec, type_name, 'd', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(int::to_f64(v)?, &s),
        other => Err(unknown_type(other, type_name)),
    }
}

/// `int.__format__`: the empty spec is `str(x)`.
pub fn format_int_value(v: &Value, spec: &str) -> PyResult<String> {
    let i = int_val(v).ok_or_else(|| crate::error::type_error("format_int on a non-int"))?;
    if spec.is_empty() {
        return crate::ops::str_of(v);
    }
    format_int(i, spec, v.ty().name())
}

// ----- the float-to-text core (pystrtod.c) -------------------------------------

/// Decimal digits of finite `x` as David Gay's `_Py_dg_dtoa` returns them:
/// (digits without trailing zeros, decimal point position). `mode` 0 is the
/// shortest round-tripping string, 2 is `ndigits` significant digits, 3 is
/// `ndigits` digits after the point. Zero gives ("0", 1); a mode 3 result
/// that rounds to zero gives ("", -ndigits).
pub fn dtoa(x: f64, mode: u8, ndigits: i32) -> (String, i32) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".into(), 1);
    }
    if mode != 0 {
        // The shortest round-tripping digits, when they stop at or before
        // the last digit asked for, are the exact rounding as long as x is
        // within half a unit of that digit of them, which its spacing to
        // the next double (twice that distance at most) shows: `%.2f` of
        // 12.5 needs no exact (bignum) formatting.
        let (short, point) = dtoa(x, 0, 0);
        let last = if mode == 2 { point - ndigits.max(1) } else { -ndigits };
        let next = f64::from_bits(x.to_bits() + 1);
        if point - short.len() as i32 >= last && next.is_finite() && (next - x) * 2.0 < 10f64.powi(last) {
            return (short, point);
        }
    }
    let (raw_digits, point) = match mode {
        0 => {
            let mut buf = ryu::Buffer::new();
            let s = buf.format_finite(x);
            let (mant, exp) = match s.split_once('e') {
                Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
                None => (s, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            let mut d = String::with_capacity(ip.len() + fp.len());
            d.push_str(ip);
            d.push_str(fp);
            (d, ip.len() as i32 + exp)
        }
        2 => {
            let n = ndigits.max(1) as usize;
            let s = format!("{:.*e}", n - 1, x);
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
            (mant.replace('.', ""), exp + 1)
        }
        _ => {
            let s = format!("{:.*}", ndigits.max(0) as usize, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            (format!("{ip}{fp}"), ip.len() as i32)
        }
    };
    let mut digits = raw_digits;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.truncate(digits.trim_end_matches('0').len());
    if digits.len() <= lead {
        return (String::new(), -ndigits);
    }
    digits.drain(..lead);
    (digits, point - lead as i32)
}

/// `x` (finite) in fixed point with `precision` digits after the point,
/// exactly rounded half to even as `format!("{:.*}")` and CPython do, for
/// the common case of a value under 2**53 and at most 15 digits: `x` is
/// m * 2**e with m under 2**53, so x * 10**precision is m * 10**precision
/// (under 2**103) shifted right by -e, which u128 holds exactly (Rust's
/// formatting falls back to its slow bignum algorithm on many such values).
/// None for anything else.
fn fixed_small(x: f64, precision: u32) -> Option<String> {
    if precision > 15 || x.abs() >= 9007199254740992.0 {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    // x = m * 2**e (subnormals have no implicit bit).
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    let pow = 10u128.pow(precision);
    let scaled = m as u128 * pow;
    let q = if e >= 0 {
        scaled << e
    } else {
        let k = (-e) as u32;
        if k >= 128 {
            0
        } else {
            let q = scaled >> k;
            let rem = scaled & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            q + u128::from(rem > half || (rem == half && q & 1 == 1))
        }
    };
    let mut out = String::with_capacity(24);
    if x.is_sign_negative() {
        out.push('-');
    }
    let int_part = q / pow;
    out.push_str(&int_part.to_string());
    if precision > 0 {
        let f = (q % pow).to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', precision as usize - f.len()));
        out.push_str(&f);
    }
    Some(out)
}

/// Flags of PyOS_double_to_string.
#[derive(Clone, Copy, Default)]
pub struct DtoaFlags {
    pub sign: bool,
    pub add_dot_0: bool,
    pub alt: bool,
    pub no_neg_0: bool,
}

/// CPython's PyOS_double_to_string: `code` is one of e E f F g G r, and
/// the result carries a '-' (or '+' with `flags.sign`) sign.
pub fn double_to_string(x: f64, code: char, precision: i32, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let (mode, mut precision) = match code {
        'e' => (2, precision.saturating_add(1)),
        'f' => (3, precision),
        'g' => (2, if precision == 0 { 1 } else { precision }),
        _ => (0, 0),
    };
    if code == 'f' && x.is_finite() && (0..=100).contains(&precision) && !(flags.sign || flags.add_dot_0 || flags.alt || flags.no_neg_0) {
        // Plain fixed point: `fixed_small`'s integer arithmetic for ordinary
        // values, else Rust's formatting; both are correctly rounded (half to
        // even on the exact binary value), as CPython's, and write the same
        // digits, sign and point, with no intermediate digit string.
        return fixed_small(x, precision as u32).unwrap_or_else(|| format!("{:.*}", precision as usize, x));
    }
    let mut sign = x.is_sign_negative();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            sign = false;
        }
        if sign {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let t = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { t.to_uppercase() } else { t.to_owned() });
        return out;
    }
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i32;
    if flags.no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == b'0')) {
        sign = false;
    }
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    precision = 0;
    let _ = precision;
    let zeros = |out: &mut String, n: i32| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `%e`-style text of |x| (used by %-formatting helpers).
pub fn fmt_exp(x: f64, prec: usize, upper: bool) -> String {
    double_to_string(x, if upper { 'E' } else { 'e' }, prec as i32, DtoaFlags::default())
}

/// `%g`-style text of x.
pub fn fmt_general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    double_to_string(x, if upper { 'G' } else { 'g' }, prec as i32, DtoaFlags { alt, ..Default::default() })
}

// ----- floats -----------------------------------------------------------------

/// Formats a float by a parsed spec (CPython's format_float_internal).
pub fn format_float_spec(x: f64, s: &Spec) -> PyResult<String> {
    if s.precision > i32::MAX as i64 {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtoaFlags { alt: s.alt, no_neg_0: s.no_neg_0, ..Default::default() };
    let mut ty = s.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = if s.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        s.precision as i32
    };
    let mut text = double_to_string(val, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    Ok(fill_number(s, neg, "", body, s.ty != 'n'))
}

/// `format(float, spec)`.
pub fn format_float_value(x: f64, spec: &str) -> PyResult<String> {
    format_float_typed(x, spec, "float")
}

/// `format(float, spec)` for an object of type `type_name` (a float subclass's name in errors).
pub fn format_float_typed(x: f64, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::objects::float::float_repr(x));
    }
    let s = parse(spec, type_name, '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(x, &s),
        other => Err(unknown_type(other, type_name)),
    }
}

// ----- complex ---------------------------------------------------------------------

/// `format(complex, spec)` (CPython's format_complex_internal).
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse(spec, type_name, '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        other => return Err(unknown_type(other, type_name)),
    }
    if s.precision > i32::MAX as i64 {
        return Err(value_error("precision too big"));
    }
    if s.fill == '0' {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == '=' {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let flags = DtoaFlags { alt: s.alt, no_neg_0: s.no_neg_0, ..Default::default() };
    let mut ty = s.ty;
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if s.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        s.precision as i32
    };
    let re_text = double_to_string(re, ty, precision, flags);
    let im_text = double_to_string(im, ty, precision, flags);
    let mut tmp = s.clone();
    tmp.fill = ' ';
    tmp.align = '<';
    tmp.width = -1;
    let split = |t: &str| -> (bool, String) {
        match t.strip_prefix('-') {
            Some(b) => (true, b.to_owned()),
            None => (false, t.to_owned()),
        }
    };
    let (re_neg, re_body) = split(&re_text);
    let (im_neg, im_body) = split(&im_text);
    let use_grouping = s.ty != 'n';
    let re_part = if skip_re { String::new() } else { fill_number(&tmp, re_neg, "", &re_body, use_grouping) };
    if !skip_re {
        tmp.sign = Some('+');
    }
    let im_part = fill_number(&tmp, im_neg, "", &im_body, use_grouping);
    let body = if add_parens { format!("({re_part}{im_part}j)") } else { format!("{re_part}{im_part}j") };
    let (l, r) = calc_padding(body.chars().count() as i64, s.width, s.align);
    let fills = |k: i64| std::iter::repeat(s.fill).take(k as usize).collect::<String>();
    Ok(format!("{}{body}{}", fills(l), fills(r)))
}

// ----- strings -------------------------------------------------------------------

/// `format(str, spec)` (CPython's format_string_internal).
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    format_str_typed(text, spec, "str")
}

/// `format(str, spec)` for an object of type `type_name` (a str subclass's name in errors).
pub fn format_str_typed(text: &str, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_owned());
    }
    let s = parse(spec, type_name, 's', '<')?;
    if s.ty != 's' {
        return Err(unknown_type(s.ty, type_name));
    }
    match s.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == '=' {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let len = text.chars().count() as i64;
    let (body, n) = if s.precision >= 0 && len > s.precision {
        (text.chars().take(s.precision as usize).collect::<String>(), s.precision)
    } else {
        (text.to_owned(), len)
    };
    let (l, r) = calc_padding(n, s.width, s.align);
    let fills = |k: i64| std::iter::repeat(s.fill).take(k as usize).collect::<String>();
    Ok(format!("{}{body}{}", fills(l), fills(r)))
}
