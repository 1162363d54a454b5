"""Struct sequences, the named tuples of the runtime (CPython's structseq.c):
sys.version_info, os.stat_result, time.struct_time and their kind.

A struct sequence is a tuple of its first n_sequence_fields fields; the
fields after those are reachable by name only. A field named None is
unnamed: reachable by index only (os.stat_result's integer times)."""


def structseq(fullname, fields, n_sequence_fields=None):
    """A struct sequence type named fullname ('module.name') with fields."""
    fields = tuple(fields)
    n_fields = len(fields)
    n_seq = n_fields if n_sequence_fields is None else n_sequence_fields
    module, _, name = fullname.rpartition('.')
    visible, hidden = fields[:n_seq], fields[n_seq:]
    named = tuple(f for f in fields if f is not None)

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < n_seq:
            if n_seq == n_fields:
                raise TypeError(f"{fullname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{fullname}() takes an at least {n_seq}-sequence ({n}-sequence given)")
        if n > n_fields:
            if n_seq == n_fields:
                raise TypeError(f"{fullname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{fullname}() takes an at most {n_fields}-sequence ({n}-sequence given)")
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError(f"{fullname}() takes a dict as second arg, if any")
        self = tuple.__new__(cls, seq[:n_seq])
        for i, f in enumerate(hidden):
            if n_seq + i < n:
                v = seq[n_seq + i]
            elif dict is not None:
                v = dict.get(f)
            else:
                v = None
            object.__setattr__(self, f, v)
        return self

    def __repr__(self):
        return fullname + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(named, tuple.__iter__(self))) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self), {f: getattr(self, f) for f in hidden}))

    ns = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__module__': module or 'builtins',
        '__match_args__': tuple(f for f in visible if f is not None),
        'n_fields': n_fields,
        'n_sequence_fields': n_seq,
        'n_unnamed_fields': n_fields - len(named),
    }
    for i, f in enumerate(visible):
        if f is not None:
            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), ns)
