"""A sales report generator: csv on in-memory files, Counter/defaultdict grouping, statistics."""
import csv
import io
import statistics
from collections import Counter, OrderedDict, defaultdict, namedtuple
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter, itemgetter

RAW = """order_id,date,region,rep,product,units,unit_price,notes
1001,2023-01-04,North,Alice,Widget,12,2.50,
1002,2023-01-05,South,Bob,Gadget,3,19.99,"rush, gift wrap"
1003,2023-01-05,North,Alice,Gizmo,7,7.25,
1004,2023-01-09,East,Carmen,Widget,40,2.35,bulk
1005,2023-01-11,West,Dmitri,Gadget,1,19.99,"said ""thanks"" twice"
1006,2023-01-12,South,Bob,Widget,25,2.50,
1007,2023-01-15,North,Erin,Doohickey,2,105.00,
1008,2023-01-18,East,Carmen,Gizmo,9,7.25,
1009,2023-01-22,West,Dmitri,Widget,18,2.50,
1010,2023-01-25,South,Fatima,Gizmo,14,6.95,discount
1011,2023-02-01,North,Alice,Gadget,4,19.99,
1012,2023-02-02,East,Gus,Doohickey,1,110.00,"multi
line note"
1013,2023-02-03,West,Dmitri,Gizmo,6,7.25,
1014,2023-02-07,South,Bob,Doohickey,3,99.50,
1015,2023-02-10,North,Erin,Widget,30,2.40,
1016,2023-02-14,East,Carmen,Gadget,8,18.75,valentine
1017,2023-02-15,West,Hana,Widget,5,2.50,
1018,2023-02-20,South,Fatima,Gadget,2,19.99,
1019,2023-02-24,North,Alice,Gizmo,11,7.25,
1020,2023-02-28,East,Gus,Widget,22,2.45,
"""

BAD_ROWS = """order_id,date,region,rep,product,units,unit_price,notes
2001,2023-03-01,North,Alice,Widget,ten,2.50,
2002,2023-03-02,South,Bob,Gadget,3,,
2003,2023-03-03,East,Carmen,Gizmo,-4,7.25,
2004,2023-03-04,West
"""


@dataclass(frozen=True)
class Sale:
    order_id: int
    date: str
    region: str
    rep: str
    product: str
    units: int
    unit_price: Decimal
    notes: str

    @property
    def total(self) -> Decimal:
        return self.units * self.unit_price

    @property
    def month(self) -> str:
        return self.date[:7]

    @classmethod
    def from_row(cls, row: dict) -> "Sale":
        missing = [k for k, v in row.items() if v is None]
        if missing or None in row:
            raise ValueError(f"row has wrong number of fields: {missing or row[None]}")
        units = int(row["units"])
        if units <= 0:
            raise ValueError(f"units must be positive, got {units}")
        if not row["unit_price"]:
            raise ValueError("missing unit_price")
        return cls(int(row["order_id"]), row["date"], row["region"], row["rep"], row["product"],
                   units, Decimal(row["unit_price"]), row["notes"])


def load(text: str) -> tuple[list[Sale], list[str]]:
    sales, errors = [], []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for row in reader:
        try:
            sales.append(Sale.from_row(row))
        except (ValueError, ArithmeticError) as e:
            errors.append(f"line {reader.line_num}: {type(e).__name__}: {e}")
    return sales, errors


def table(headers, rows, aligns=None) -> str:
    aligns = aligns or ["<"] * len(headers)
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(f"{h:{a}{w}}" for h, a, w in zip(headers, aligns, widths)), line]
    for r in cells:
        out.append(" | ".join(f"{c:{a}{w}}" for c, a, w in zip(r, aligns, widths)))
    return "\n".join(out)


def main():
    sales, errors = load(RAW)
    print(f"loaded {len(sales)} sales, {len(errors)} errors")
    print("fields:", csv.DictReader(io.StringIO(RAW)).fieldnames)
    notes = [(s.order_id, s.notes) for s in sales if s.notes]
    for oid, note in notes:
        print(f"  note on {oid}: {note!r}")

    print("\n== revenue by region ==")
    by_region = defaultdict(Decimal)
    units_by_region = Counter()
    for s in sales:
        by_region[s.region] += s.total
        units_by_region[s.region] += s.units
    grand = sum(by_region.values())
    rows = [(r, units_by_region[r], f"{v:.2f}", f"{v / grand:.1%}") for r, v in sorted(by_region.items(), key=itemgetter(1), reverse=True)]
    print(table(["region", "units", "revenue", "share"], rows, ["<", ">", ">", ">"]))
    print("grand total:", grand)

    print("\n== products ==")
    product_units = Counter()
    for s in sales:
        product_units[s.product] += s.units
    print("most common:", product_units.most_common(2))
    print("all:", sorted(product_units.items()))
    orders_per_product = Counter(s.product for s in sales)
    print("orders:", orders_per_product.most_common())
    print("units minus orders:", sorted((product_units - orders_per_product).items()))
    print("total units:", sum(product_units.values()), "distinct:", len(product_units))

    print("\n== reps ==")
    per_rep = defaultdict(list)
    for s in sales:
        per_rep[s.rep].append(s)
    RepLine = namedtuple("RepLine", "rep orders revenue best")
    lines = []
    for rep, rs in per_rep.items():
        best = max(rs, key=attrgetter("total"))
        lines.append(RepLine(rep, len(rs), sum(r.total for r in rs), best.order_id))
    lines.sort(key=lambda l: (-l.revenue, l.rep))
    print(table(RepLine._fields, [(l.rep, l.orders, l.revenue, l.best) for l in lines], ["<", ">", ">", ">"]))
    print("top rep:", lines[0]._asdict())

    print("\n== monthly ==")
    monthly = OrderedDict()
    for s in sorted(sales, key=attrgetter("date")):
        monthly.setdefault(s.month, []).append(float(s.total))
    for month, totals in monthly.items():
        print(f"{month}: n={len(totals)} sum={sum(totals):.2f} mean={statistics.mean(totals):.3f} "
              f"median={statistics.median(totals):.2f} stdev={statistics.stdev(totals):.3f}")

    print("\n== statistics ==")
    totals = [float(s.total) for s in sales]
    units = [s.units for s in sales]
    print("mean", round(statistics.mean(totals), 4), "fmean", round(statistics.fmean(totals), 4))
    print("median", statistics.median(units), "low", statistics.median_low(units), "high", statistics.median_high(units))
    print("mode", statistics.mode([s.product for s in sales]), "multimode", statistics.multimode(units))
    print("pstdev", round(statistics.pstdev(units), 6), "variance", round(statistics.variance(units), 6))
    print("quantiles", statistics.quantiles(units, n=4), statistics.quantiles(units, n=4, method="inclusive"))
    print("geometric", round(statistics.geometric_mean(units), 6), "harmonic", round(statistics.harmonic_mean(units), 6))
    prices = [s.unit_price for s in sales]
    print("decimal mean", statistics.mean(prices), "decimal median", statistics.median(prices))
    corr = statistics.correlation([float(s.unit_price) for s in sales], [float(u) for u in units])
    print("price/units correlation", round(corr, 6))
    slope, intercept = statistics.linear_regression([float(u) for u in units], totals)
    print("regression", round(slope, 4), round(intercept, 4))
    for fn, data in ((statistics.mean, []), (statistics.stdev, [1.0]), (statistics.mode, [])):
        try:
            fn(data)
        except statistics.StatisticsError as e:
            print(f"{fn.__name__}({data}): StatisticsError: {e}")

    print("\n== bad input ==")
    bad, errs = load(BAD_ROWS)
    print(len(bad), "good rows")
    for e in errs:
        print(" ", e)

    print("\n== writing ==")
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(["region", "revenue", "comment"])
    for r, v in sorted(by_region.items()):
        writer.writerow([r, v, f'{r}, "best"' if v == max(by_region.values()) else ""])
    print(out.getvalue(), end="")
    out = io.StringIO()
    dw = csv.DictWriter(out, fieldnames=["id", "total"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    dw.writeheader()
    dw.writerows({"id": s.order_id, "total": float(s.total)} for s in sales[:3])
    print(out.getvalue(), end="")
    try:
        dw.writerow({"id": 1, "bogus": 2})
    except ValueError as e:
        print("ValueError:", e)

    print("\n== dialects ==")
    tsv = "a\tb\tc\n1\t'x\ty'\t3\n"
    csv.register_dialect("quoted_tsv", delimiter="\t", quotechar="'")
    print(list(csv.reader(io.StringIO(tsv), dialect="quoted_tsv")))
    print(sorted(d for d in csv.list_dialects() if d in ("excel", "excel-tab", "unix", "quoted_tsv")))
    sniffed = csv.Sniffer().sniff("x;y;z\n1;2;3\n4;5;6\n")
    print("sniffed delimiter:", repr(sniffed.delimiter), "header:", csv.Sniffer().has_header("name,age\nann,31\nbo,27\n"))
    print(list(csv.reader(["a,b", "'c,d',e"], quotechar="'")))
    print(list(csv.reader(['x, "y" ,z'], skipinitialspace=True)))
    try:
        list(csv.reader(io.StringIO('a,"b\n'), strict=True))
    except csv.Error as e:
        print("csv.Error:", e)
    try:
        csv.get_dialect("nope")
    except csv.Error as e:
        print("csv.Error:", e)


if __name__ == "__main__":
    main()
