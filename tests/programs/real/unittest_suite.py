"""A unittest test module for a small inventory library, run with unittest.main() and a captured runner."""
import io
import re
import sys
import unittest
from dataclasses import dataclass, field


# ---- the code under test -------------------------------------------------

class OutOfStock(Exception):
    pass


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, name: str, qty: int = 1) -> int:
        if not isinstance(qty, int) or isinstance(qty, bool):
            raise TypeError(f"quantity must be an int, not {type(qty).__name__}")
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.items[name] = self.items.get(name, 0) + qty
        self.log.append(("add", name, qty))
        return self.items[name]

    def remove(self, name: str, qty: int = 1) -> int:
        have = self.items.get(name, 0)
        if have < qty:
            raise OutOfStock(f"{name}: have {have}, want {qty}")
        self.items[name] = have - qty
        if not self.items[name]:
            del self.items[name]
        self.log.append(("remove", name, qty))
        return have - qty

    def total(self) -> int:
        return sum(self.items.values())

    def most_stocked(self, n: int = 1) -> list:
        return sorted(self.items.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in table:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not s or any(c not in values for c in s):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral {s!r}")
    return total


# ---- the tests ------------------------------------------------------------

EVENTS = []


class InventoryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        EVENTS.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        EVENTS.append("tearDownClass")

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)
        self.inv.add("pear", 5)
        self.addCleanup(EVENTS.append, f"cleanup {self._testMethodName}")

    def tearDown(self):
        EVENTS.append(f"tearDown {self._testMethodName}")

    def test_add_accumulates(self):
        """Adding the same item twice sums the quantities."""
        self.assertEqual(self.inv.add("apple", 2), 5)
        self.assertEqual(self.inv.total(), 10)
        self.assertIn("apple", self.inv.items)
        self.assertDictEqual(self.inv.items, {"apple": 5, "pear": 5})

    def test_add_rejects_bad_quantities(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.add("plum", 0)
        self.assertEqual(str(cm.exception), "quantity must be positive")
        with self.assertRaisesRegex(TypeError, r"must be an int, not (float|bool)"):
            self.inv.add("plum", 1.5)
        self.assertRaises(TypeError, self.inv.add, "plum", True)

    def test_remove(self):
        self.assertEqual(self.inv.remove("pear", 5), 0)
        self.assertNotIn("pear", self.inv.items)
        with self.assertRaisesRegex(OutOfStock, "apple: have 3, want 4"):
            self.inv.remove("apple", 4)

    def test_log(self):
        self.inv.remove("apple")
        self.assertListEqual([entry[0] for entry in self.inv.log], ["add", "add", "remove"])
        self.assertCountEqual(["pear", "apple", "apple"], [e[1] for e in self.inv.log])
        self.assertTupleEqual(self.inv.log[-1], ("remove", "apple", 1))

    def test_most_stocked(self):
        self.inv.add("fig", 5)
        self.assertEqual(self.inv.most_stocked(2), [("fig", 5), ("pear", 5)])
        self.assertEqual(self.inv.most_stocked(0), [])

    def test_deliberate_failure(self):
        """This test fails on purpose to show the failure report."""
        self.assertEqual(self.inv.most_stocked(), [("apple", 3)], "pear has more")

    def test_deliberate_error(self):
        self.inv.remove("durian")

    @unittest.skip("not implemented yet")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(sys.version_info >= (3, 0), "python 3 behaves differently")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1 + 1, 3)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)


class RomanTest(unittest.TestCase):
    KNOWN = [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (90, "XC"), (400, "CD"),
             (1994, "MCMXCIV"), (2023, "MMXXIII"), (3999, "MMMCMXCIX")]

    def test_known_values(self):
        for n, s in self.KNOWN:
            with self.subTest(n=n):
                self.assertEqual(to_roman(n), s)
                self.assertEqual(from_roman(s), n)

    def test_round_trip(self):
        for n in range(1, 4000):
            self.assertEqual(from_roman(to_roman(n)), n)

    def test_out_of_range(self):
        for n in (0, -1, 4000):
            with self.subTest(n=n), self.assertRaises(ValueError):
                to_roman(n)

    def test_bad_numerals(self):
        for s in ("", "IIII", "IM", "ABC", "VV", "mcm"):
            with self.subTest(s=s):
                self.assertRaises(ValueError, from_roman, s)

    def test_subtest_failures(self):
        for n, s in [(3, "III"), (6, "IV"), (8, "VIII"), (11, "IX")]:
            with self.subTest(n=n, expected=s):
                self.assertEqual(to_roman(n), s)

    def test_assertions_galore(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=3)
        self.assertGreater(len(to_roman(3888)), 10)
        self.assertLessEqual(len(to_roman(1000)), 1)
        self.assertIsNone(None)
        self.assertIsInstance(to_roman(5), str)
        self.assertRegex(to_roman(2024), r"^M+X+IV$")
        self.assertMultiLineEqual("a\nb", "a\nb")
        self.assertIs(self.KNOWN, RomanTest.KNOWN)

    def test_long_diff(self):
        self.assertEqual([to_roman(n) for n in range(1, 8)], ["I", "II", "III", "IV", "V", "VI", "VIII"])


def load_tests(loader, standard_tests, pattern):
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(RomanTest))
    suite.addTests(loader.loadTestsFromTestCase(InventoryTest))
    return suite


def normalise(text: str) -> str:
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)
    return text


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    program = unittest.main(testRunner=runner, exit=False, argv=[sys.argv[0]])
    result = program.result
    print(normalise(stream.getvalue()))
    print("== summary ==")
    print("run:", result.testsRun)
    print("failures:", [t.id().split(".", 1)[1] for t, _ in result.failures])
    print("errors:", [t.id().split(".", 1)[1] for t, _ in result.errors])
    print("skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
    print("expected failures:", [t.id().split(".")[-1] for t, _ in result.expectedFailures])
    print("unexpected successes:", [t.id().split(".")[-1] for t in result.unexpectedSuccesses])
    print("successful:", result.wasSuccessful())
    print("events:", EVENTS[:3], "...", EVENTS[-2:], len(EVENTS))
    first_failure = [l for l in result.failures[0][1].splitlines() if l.strip()]
    print("first failure ends with:", first_failure[-1])
    # Run a single test through a fresh loader and a text result of our own.
    single = unittest.defaultTestLoader.loadTestsFromName("__main__.RomanTest.test_known_values")
    r = unittest.TestResult()
    single.run(r)
    print("single:", r.testsRun, r.wasSuccessful(), single.countTestCases())
    names = unittest.TestLoader().getTestCaseNames(InventoryTest)
    print("inventory test names:", names)
    sys.exit(0)
