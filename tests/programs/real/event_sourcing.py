"""An event-sourced order system: abstract aggregates, a typed event store, a state machine, projections and replay."""
from __future__ import annotations

import abc
import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import (Any, Callable, ClassVar, Generic, Iterable, Iterator, Literal, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, get_args, get_origin, get_type_hints, runtime_checkable)


class OrderState(Enum):
    DRAFT = "draft"
    PLACED = "placed"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


TRANSITIONS: dict[OrderState, set[OrderState]] = {
    OrderState.DRAFT: {OrderState.PLACED, OrderState.CANCELLED},
    OrderState.PLACED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.REFUNDED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: {OrderState.REFUNDED},
    OrderState.CANCELLED: set(),
    OrderState.REFUNDED: set(),
}


class DomainError(Exception):
    pass


class InvalidTransition(DomainError):
    def __init__(self, frm: OrderState, to: OrderState):
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[frm])) or "nothing"
        super().__init__(f"cannot go from {frm.value} to {to.value} (allowed: {allowed})")


# ---- events ---------------------------------------------------------------

EVENT_TYPES: dict[str, type[Event]] = {}


@dataclass(frozen=True)
class Event:
    aggregate_id: str
    version: int

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        EVENT_TYPES[cls.__name__] = cls

    def to_json(self) -> str:
        return json.dumps({"type": type(self).__name__, **asdict(self)}, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> Event:
        data = json.loads(text)
        cls = EVENT_TYPES[data.pop("type")]
        return cls(**data)


@dataclass(frozen=True)
class OrderCreated(Event):
    customer: str


@dataclass(frozen=True)
class ItemAdded(Event):
    sku: str
    qty: int
    price_cents: int


@dataclass(frozen=True)
class StateChanged(Event):
    to: str
    reason: str = ""


# ---- aggregates -----------------------------------------------------------

class Aggregate(abc.ABC):
    kind: ClassVar[str] = "aggregate"

    def __init__(self, aggregate_id: str):
        self.id = aggregate_id
        self.version = 0
        self.pending: list[Event] = []

    @abc.abstractmethod
    def apply(self, event: Event) -> None:
        """Mutates state from one event (no validation: events are facts)."""

    @property
    @abc.abstractmethod
    def summary(self) -> str: ...

    def raise_event(self, cls: Callable[..., Event], **data: Any) -> None:
        event = cls(aggregate_id=self.id, version=self.version + 1, **data)
        self.apply(event)
        self.version = event.version
        self.pending.append(event)

    @classmethod
    def replay(cls, aggregate_id: str, events: Iterable[Event]):
        agg = cls(aggregate_id)
        for e in events:
            if e.version != agg.version + 1:
                raise DomainError(f"version gap: expected {agg.version + 1}, got {e.version}")
            agg.apply(e)
            agg.version = e.version
        return agg


class Order(Aggregate):
    kind = "order"

    def __init__(self, aggregate_id: str):
        super().__init__(aggregate_id)
        self.customer: Optional[str] = None
        self.lines: dict[str, tuple[int, int]] = {}
        self.state = OrderState.DRAFT
        self.history: list[str] = []

    # commands validate, then raise events
    @classmethod
    def create(cls, order_id: str, customer: str) -> Order:
        order = cls(order_id)
        order.raise_event(OrderCreated, customer=customer)
        return order

    def add_item(self, sku: str, qty: int, price_cents: int) -> None:
        if self.state is not OrderState.DRAFT:
            raise DomainError(f"order {self.id} is {self.state.value}; items can only be added to drafts")
        if qty <= 0:
            raise DomainError(f"quantity must be positive: {qty}")
        self.raise_event(ItemAdded, sku=sku, qty=qty, price_cents=price_cents)

    def transition(self, to: OrderState, reason: str = "") -> None:
        if to not in TRANSITIONS[self.state]:
            raise InvalidTransition(self.state, to)
        if to is OrderState.PLACED and not self.lines:
            raise DomainError("cannot place an empty order")
        self.raise_event(StateChanged, to=to.value, reason=reason)

    def apply(self, event: Event) -> None:
        match event:
            case OrderCreated(customer=c):
                self.customer = c
            case ItemAdded(sku=sku, qty=q, price_cents=p):
                old_q, _ = self.lines.get(sku, (0, p))
                self.lines[sku] = (old_q + q, p)
            case StateChanged(to=to, reason=reason):
                self.history.append(f"{self.state.value}->{to}" + (f" ({reason})" if reason else ""))
                self.state = OrderState(to)
            case _:
                raise DomainError(f"unknown event {type(event).__name__}")

    @property
    def total_cents(self) -> int:
        return sum(q * p for q, p in self.lines.values())

    @property
    def summary(self) -> str:
        return f"{self.id} [{self.state.value}] {self.customer} {len(self.lines)} lines ${self.total_cents / 100:,.2f} v{self.version}"


# ---- the store ------------------------------------------------------------

A = TypeVar("A", bound=Aggregate)


@runtime_checkable
class Subscriber(Protocol):
    def handle(self, event: Event) -> None: ...


class StoreStats(NamedTuple):
    streams: int
    events: int
    by_type: dict


class EventStore(Generic[A]):
    def __init__(self, cls: type[A]):
        self.cls = cls
        self.streams: dict[str, list[str]] = {}
        self.subscribers: list[Subscriber] = []

    def save(self, agg: A, expected_version: int) -> None:
        stream = self.streams.setdefault(agg.id, [])
        if len(stream) != expected_version:
            raise DomainError(f"concurrency conflict on {agg.id}: stream at {len(stream)}, expected {expected_version}")
        for e in agg.pending:
            stream.append(e.to_json())
            for s in self.subscribers:
                s.handle(e)
        agg.pending.clear()

    def load(self, aggregate_id: str) -> A:
        if aggregate_id not in self.streams:
            raise KeyError(aggregate_id)
        return self.cls.replay(aggregate_id, (Event.from_json(t) for t in self.streams[aggregate_id]))

    def all_events(self) -> Iterator[Event]:
        for sid in self.streams:
            yield from (Event.from_json(t) for t in self.streams[sid])

    def stats(self) -> StoreStats:
        by_type: dict[str, int] = {}
        for e in self.all_events():
            by_type[type(e).__name__] = by_type.get(type(e).__name__, 0) + 1
        return StoreStats(len(self.streams), sum(by_type.values()), by_type)


class RevenueRow(TypedDict):
    customer: str
    orders: int
    cents: int


class RevenueProjection:
    def __init__(self):
        self.rows: dict[str, RevenueRow] = {}
        self.order_owner: dict[str, str] = {}
        self.order_total: dict[str, int] = {}
        self.seen = 0

    def handle(self, event: Event) -> None:
        self.seen += 1
        if isinstance(event, OrderCreated):
            self.order_owner[event.aggregate_id] = event.customer
            row = self.rows.setdefault(event.customer, RevenueRow(customer=event.customer, orders=0, cents=0))
            row["orders"] += 1
        elif isinstance(event, ItemAdded):
            self.order_total[event.aggregate_id] = self.order_total.get(event.aggregate_id, 0) + event.qty * event.price_cents
        elif isinstance(event, StateChanged):
            owner = self.rows[self.order_owner[event.aggregate_id]]
            if event.to == "paid":
                owner["cents"] += self.order_total.get(event.aggregate_id, 0)
            elif event.to == "refunded":
                owner["cents"] -= self.order_total.get(event.aggregate_id, 0)


class AuditLog:
    def __init__(self):
        self.lines: list[str] = []

    def handle(self, event: Event) -> None:
        fields = {k: v for k, v in asdict(event).items() if k not in ("aggregate_id", "version")}
        self.lines.append(f"{event.aggregate_id}@{event.version} {type(event).__name__} {fields}")


def attempt(label: str, fn: Callable[[], Any]) -> None:
    try:
        fn()
        print(f"  {label}: ok")
    except DomainError as e:
        print(f"  {label}: {type(e).__name__}: {e}")


def main():
    store: EventStore[Order] = EventStore(Order)
    revenue, audit = RevenueProjection(), AuditLog()
    store.subscribers += [revenue, audit]
    print("protocol checks:", isinstance(revenue, Subscriber), isinstance(audit, Subscriber), isinstance(object(), Subscriber))

    print("== commands ==")
    script: list[tuple[str, str, list[tuple[str, int, int]], list[tuple[OrderState, str]]]] = [
        ("o-1", "ada", [("book", 2, 1250), ("pen", 10, 99)], [(OrderState.PLACED, ""), (OrderState.PAID, "card"), (OrderState.SHIPPED, ""), (OrderState.DELIVERED, "")]),
        ("o-2", "bob", [("lamp", 1, 4599)], [(OrderState.PLACED, ""), (OrderState.CANCELLED, "changed mind")]),
        ("o-3", "ada", [("desk", 1, 25000), ("book", 1, 1250)], [(OrderState.PLACED, ""), (OrderState.PAID, "invoice"), (OrderState.REFUNDED, "damaged")]),
        ("o-4", "cy", [], [(OrderState.PLACED, "")]),
        ("o-5", "cy", [("mug", 3, 800)], [(OrderState.PLACED, ""), (OrderState.SHIPPED, "too early")]),
    ]
    for oid, customer, items, steps in script:
        order = Order.create(oid, customer)
        for sku, qty, price in items:
            order.add_item(sku, qty, price)
        for to, reason in steps:
            attempt(f"{oid} -> {to.value}", lambda: order.transition(to, reason))
        store.save(order, 0)
        print("  saved", order.summary)

    print("== more rules ==")
    o1 = store.load("o-1")
    attempt("add to delivered", lambda: o1.add_item("x", 1, 1))
    draft = Order.create("o-6", "dee")
    attempt("zero qty", lambda: draft.add_item("x", 0, 1))
    attempt("draft -> paid", lambda: draft.transition(OrderState.PAID))
    attempt("refunded -> placed", lambda: store.load("o-3").transition(OrderState.PLACED))
    stale = store.load("o-5")
    stale.transition(OrderState.CANCELLED, "stale copy")
    fresh = store.load("o-5")
    fresh.transition(OrderState.PAID)
    store.save(fresh, fresh.version - 1)
    attempt("save stale copy", lambda: store.save(stale, stale.version - 1))
    try:
        store.load("nope")
    except KeyError as e:
        print("  KeyError:", e)
    try:
        Aggregate("x")
    except TypeError as e:
        print("  TypeError:", e)

    print("== replay ==")
    for oid in store.streams:
        replayed = store.load(oid)
        print(" ", replayed.summary, "|", "; ".join(replayed.history) or "-")
    events = list(store.all_events())
    gap = [e for e in events if e.aggregate_id == "o-1"]
    del gap[2]
    attempt("replay with gap", lambda: Order.replay("o-1", gap))
    states = {}
    for e in events:
        if isinstance(e, StateChanged):
            states[e.aggregate_id] = e.to
    print("  final states:", states)
    point_in_time = Order.replay("o-1", [e for e in events if e.aggregate_id == "o-1" and e.version <= 4])
    print("  o-1 at v4:", point_in_time.summary)

    print("== projections ==")
    for row in sorted(revenue.rows.values(), key=lambda r: (-r["cents"], r["customer"])):
        print(f"  {row['customer']:<4} orders={row['orders']} revenue=${row['cents'] / 100:.2f}")
    print("  events seen:", revenue.seen, "audit lines:", len(audit.lines))
    for line in audit.lines[:5]:
        print("   ", line)
    st = store.stats()
    print("  stats:", st.streams, st.events, st.by_type, st._fields)
    print("  first json:", store.streams["o-1"][0])

    print("== typing introspection ==")
    hints = get_type_hints(ItemAdded)
    print("  ItemAdded hints:", {k: v.__name__ for k, v in hints.items()})
    print("  RevenueRow:", get_type_hints(RevenueRow), RevenueRow.__required_keys__ == {"customer", "orders", "cents"})
    print("  StoreStats:", StoreStats._field_defaults, get_type_hints(StoreStats))
    t = dict[str, list[int]]
    print("  generic alias:", t, get_origin(t), get_args(t), get_args(Optional[int]), get_args(Literal["a", "b"]))
    print("  EventStore params:", EventStore.__parameters__, EventStore[Order], A.__bound__.__name__)
    print("  abstract methods:", sorted(Aggregate.__abstractmethods__), Order.__abstractmethods__ == frozenset())
    print("  registered events:", sorted(EVENT_TYPES))
    print("  mro:", [c.__name__ for c in Order.__mro__])
    print("  issubclass via ABC:", issubclass(Order, Aggregate), isinstance(o1, abc.ABC))


if __name__ == "__main__":
    main()
