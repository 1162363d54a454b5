# dataclasses: definition-time errors and misuse of the helpers.
import dataclasses
from dataclasses import dataclass, field


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def mutable_default():
    @dataclass
    class Bad:
        xs: list = []
    return Bad


def order_of_defaults():
    @dataclass
    class Bad:
        a: int = 1
        b: int
    return Bad


def both_defaults():
    return field(default=1, default_factory=list)


def frozen_inherit():
    @dataclass
    class Thawed:
        a: int

    @dataclass(frozen=True)
    class Frozen(Thawed):
        b: int
    return Frozen


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
    return Bad


def defines_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True
    return Bad


@dataclass
class P:
    x: int
    y: int = 0


attempt("mutable default", mutable_default)
attempt("non-default after default", order_of_defaults)
attempt("default and default_factory", both_defaults)
attempt("frozen inherits non-frozen", frozen_inherit)
attempt("order without eq", order_without_eq)
attempt("order with __lt__", defines_lt)
attempt("missing arg", lambda: P())
attempt("too many args", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, z=3))
attempt("fields of non-dataclass", lambda: dataclasses.fields(3))
attempt("asdict of class", lambda: dataclasses.asdict(P))
attempt("asdict of int", lambda: dataclasses.asdict(1))
attempt("replace unknown", lambda: dataclasses.replace(P(1), z=2))
attempt("replace on class", lambda: dataclasses.replace(P, x=2))
attempt("compare with other type", lambda: P(1) < P(2))
attempt("eq other type", lambda: P(1) == (1, 0))
attempt("make_dataclass bad name", lambda: dataclasses.make_dataclass("X", ["not valid"]))
attempt("make_dataclass keyword", lambda: dataclasses.make_dataclass("X", ["class"]))
attempt("make_dataclass dup", lambda: dataclasses.make_dataclass("X", ["a", "a"]))
attempt("MISSING", lambda: type(dataclasses.MISSING).__name__)
attempt("field repr", lambda: repr(dataclasses.fields(P)[1]).split("default=")[1].split(",")[0])
