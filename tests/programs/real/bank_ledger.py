"""A double-entry bank ledger: dataclasses, enums and decimal arithmetic with exact rounding."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, getcontext, localcontext
from enum import Enum, Flag, IntEnum, auto
from typing import ClassVar, Iterator

CENT = Decimal("0.01")


class Currency(Enum):
    EUR = ("€", 2)
    USD = ("$", 2)
    JPY = ("¥", 0)

    def __init__(self, symbol, places):
        self.symbol = symbol
        self.places = places

    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.places)


class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAWAL = auto()
    TRANSFER = auto()
    FEE = auto()
    INTEREST = auto()


class Status(Flag):
    NONE = 0
    FROZEN = auto()
    OVERDRAFT = auto()
    VIP = auto()


class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account: str, needed: Decimal, available: Decimal):
        super().__init__(f"{account}: needs {needed}, has {available}")
        self.shortfall = needed - available


class AccountFrozen(LedgerError):
    pass


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: Currency = Currency.EUR

    def __post_init__(self):
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        object.__setattr__(self, "amount", self.amount.quantize(self.currency.quantum(), rounding=ROUND_HALF_EVEN))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor) -> Money:
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def _same(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency is not self.currency:
            raise LedgerError(f"currency mismatch: {self.currency.name} vs {other.currency.name}")

    def __format__(self, spec: str) -> str:
        text = f"{self.currency.symbol}{abs(self.amount):,.{self.currency.places}f}"
        text = ("-" if self.amount < 0 else "") + text
        return format(text, spec) if spec else text

    def __str__(self):
        return format(self)


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: Kind
    account: str
    amount: Money
    memo: str = ""
    counterparty: str | None = None


@dataclass
class Account:
    name: str
    owner: str
    currency: Currency = Currency.EUR
    tier: Tier = Tier.BASIC
    status: Status = Status.NONE
    overdraft: Decimal = Decimal("0")
    balance: Money = field(init=False)
    history: list[Entry] = field(default_factory=list, repr=False)
    opened: ClassVar[int] = 0

    def __post_init__(self):
        self.balance = Money(Decimal(0), self.currency)
        Account.opened += 1

    @property
    def available(self) -> Decimal:
        return self.balance.amount + (self.overdraft if Status.OVERDRAFT in self.status else 0)


class Ledger:
    FEES = {Tier.BASIC: Decimal("1.50"), Tier.SILVER: Decimal("0.75"), Tier.GOLD: Decimal("0")}

    def __init__(self):
        self.accounts: dict[str, Account] = {}
        self.entries: list[Entry] = []

    def open(self, *args, **kwargs) -> Account:
        acct = Account(*args, **kwargs)
        if acct.name in self.accounts:
            raise LedgerError(f"duplicate account {acct.name!r}")
        self.accounts[acct.name] = acct
        return acct

    def __getitem__(self, name: str) -> Account:
        try:
            return self.accounts[name]
        except KeyError:
            raise LedgerError(f"no such account: {name}") from None

    def _post(self, kind: Kind, name: str, amount: Money, memo="", counterparty=None) -> Entry:
        acct = self[name]
        if Status.FROZEN in acct.status:
            raise AccountFrozen(f"{name} is frozen")
        if amount.amount < 0 and -amount.amount > acct.available:
            raise InsufficientFunds(name, -amount.amount, acct.available)
        acct.balance = acct.balance + amount
        entry = Entry(len(self.entries) + 1, kind, name, amount, memo, counterparty)
        acct.history.append(entry)
        self.entries.append(entry)
        return entry

    def deposit(self, name: str, amount: str, memo="") -> Entry:
        value = Decimal(amount)
        if value <= 0:
            raise LedgerError(f"deposit must be positive, got {value}")
        return self._post(Kind.DEPOSIT, name, Money(value, self[name].currency), memo)

    def withdraw(self, name: str, amount: str, memo="") -> Entry:
        acct = self[name]
        entry = self._post(Kind.WITHDRAWAL, name, -Money(Decimal(amount), acct.currency), memo)
        fee = self.FEES[acct.tier]
        if fee:
            self._post(Kind.FEE, name, -Money(fee, acct.currency), "withdrawal fee")
        return entry

    def transfer(self, src: str, dst: str, amount: str, rate: str = "1") -> None:
        a, b = self[src], self[dst]
        out = Money(Decimal(amount), a.currency)
        converted = Money(out.amount * Decimal(rate), b.currency)
        self._post(Kind.TRANSFER, src, -out, f"to {dst}", dst)
        try:
            self._post(Kind.TRANSFER, dst, converted, f"from {src}", src)
        except LedgerError:
            self._post(Kind.TRANSFER, src, out, "reversal", dst)
            raise

    def accrue_interest(self, annual_rate: str, days: int) -> list[Entry]:
        rate = Decimal(annual_rate) / 100 * days / 365
        posted = []
        for acct in self.accounts.values():
            if acct.balance.amount > 0 and Status.FROZEN not in acct.status:
                interest = (acct.balance.amount * rate).quantize(acct.currency.quantum(), rounding=ROUND_HALF_UP)
                if interest:
                    posted.append(self._post(Kind.INTEREST, acct.name, Money(interest, acct.currency), f"{days} days"))
        return posted

    def statement(self, name: str) -> Iterator[str]:
        acct = self[name]
        running = Money(Decimal(0), acct.currency)
        yield f"Statement for {acct.name} ({acct.owner}, {acct.tier.name.title()}, {acct.currency.name})"
        for e in acct.history:
            running = running + e.amount
            yield f"  #{e.seq:03d} {e.kind.name:<10} {e.amount:>12} {running:>12}  {e.memo}"
        yield f"  closing balance: {acct.balance}"

    def totals(self) -> dict[Currency, Decimal]:
        sums: dict[Currency, Decimal] = {}
        for acct in self.accounts.values():
            sums[acct.currency] = sums.get(acct.currency, Decimal(0)) + acct.balance.amount
        return sums


def attempt(label: str, fn, *args):
    try:
        result = fn(*args)
        print(f"{label}: ok" + (f" -> #{result.seq}" if isinstance(result, Entry) else ""))
    except InsufficientFunds as e:
        print(f"{label}: InsufficientFunds: {e} (short {e.shortfall})")
    except LedgerError as e:
        print(f"{label}: {type(e).__name__}: {e}")


def main():
    print("== decimal basics ==")
    print(getcontext().prec, Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2)
    print(Decimal("2.675").quantize(CENT, ROUND_HALF_UP), Decimal("2.675").quantize(CENT, ROUND_HALF_EVEN), round(2.675, 2))
    print(Decimal("2.665").quantize(CENT), Decimal("-1.005").quantize(CENT, ROUND_HALF_UP))
    print(Decimal(1) / Decimal(7), Decimal("1.10") * 3, Decimal("100") / 8, Decimal("1e3").normalize())
    with localcontext() as ctx:
        ctx.prec = 6
        print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln())
    print(Decimal("3.50").as_tuple(), Decimal("-0").is_signed(), Decimal("NaN").is_nan())
    for bad in ("abc", "1.2.3", ""):
        try:
            Decimal(bad)
        except InvalidOperation as e:
            print(f"Decimal({bad!r}) -> InvalidOperation {type(e).__mro__[1].__name__}")

    print("== enums ==")
    print(list(Currency), Currency.JPY.symbol, Currency["USD"].places, Currency(("€", 2)))
    s = Status.VIP | Status.OVERDRAFT
    print(s, Status.VIP in s, Status.FROZEN in s, repr(Status.NONE), bool(Status.NONE))
    print(Tier.GOLD > Tier.SILVER, Tier(2), Tier.GOLD + 1, sorted(Tier, reverse=True))
    print([k.name for k in Kind], Kind.FEE.value)

    print("== ledger ==")
    ledger = Ledger()
    ledger.open("alice-eur", "Alice", tier=Tier.GOLD)
    ledger.open("bob-eur", "Bob", status=Status.OVERDRAFT, overdraft=Decimal("100"))
    ledger.open("carol-usd", "Carol", Currency.USD, Tier.SILVER)
    ledger.open("dave-jpy", "Dave", currency=Currency.JPY)
    print(ledger["bob-eur"])
    attempt("alice deposit", ledger.deposit, "alice-eur", "1500.00", "salary")
    attempt("bob deposit", ledger.deposit, "bob-eur", "20.005", "rounding half even")
    attempt("carol deposit", ledger.deposit, "carol-usd", "250", "gift")
    attempt("bob withdraw", ledger.withdraw, "bob-eur", "110")
    attempt("bob withdraw more", ledger.withdraw, "bob-eur", "50")
    attempt("alice transfer", ledger.transfer, "alice-eur", "carol-usd", "199.99", "1.0842")
    attempt("alice to dave", ledger.transfer, "alice-eur", "dave-jpy", "10.50", "157.386")
    attempt("negative deposit", ledger.deposit, "alice-eur", "-5")
    attempt("unknown", ledger.deposit, "zoe", "5")
    attempt("duplicate", ledger.open, "alice-eur", "Alice again")
    ledger["carol-usd"].status |= Status.FROZEN
    attempt("frozen withdraw", ledger.withdraw, "carol-usd", "1")
    attempt("transfer to frozen", ledger.transfer, "alice-eur", "carol-usd", "5")
    ledger["carol-usd"].status &= ~Status.FROZEN
    attempt("carol withdraw", ledger.withdraw, "carol-usd", "16.83")
    posted = ledger.accrue_interest("3.25", 90)
    print("interest:", [(e.account, str(e.amount)) for e in posted])
    try:
        Money(Decimal(1)) + Money(Decimal(1), Currency.USD)
    except LedgerError as e:
        print("mixing:", e)
    for name in ledger.accounts:
        print("\n".join(ledger.statement(name)))

    print("== checks ==")
    print("opened:", Account.opened, "entries:", len(ledger.entries))
    print("totals:", {c.name: str(v) for c, v in ledger.totals().items()})
    by_kind = {}
    for e in ledger.entries:
        by_kind.setdefault(e.kind, []).append(e.amount.amount)
    for k, amounts in by_kind.items():
        print(f"{k.name:10} n={len(amounts)} sum={sum(amounts)}")
    first = ledger.entries[0]
    print(dataclasses.asdict(first)["amount"], dataclasses.replace(first, memo="edited").memo, first.memo)
    try:
        first.memo = "x"
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(sorted([Money(Decimal("3")), Money(Decimal("1.5")), Money(Decimal("-2"))]))
    print([f.name for f in dataclasses.fields(Account)])
    print(f"{Money(Decimal('1234567.891')):>20}|{Money(Decimal('-0.5'), Currency.USD)}|{Money(Decimal('1234.5'), Currency.JPY)}")
    print(3 * Money(Decimal("0.10")), Money(Decimal("10")) * "0.333")


if __name__ == "__main__":
    main()
