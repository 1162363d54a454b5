# A test module run by unittest.main() with its defaults: every test passes, so it exits with status 0.
# The runner's report (normally on stderr, with a timing) is captured and printed without the timing.
import io
import re
import sys
import unittest


def fizzbuzz(n):
    return "Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n)


class FizzBuzzTest(unittest.TestCase):
    def test_numbers(self):
        for n in (1, 2, 4, 7):
            self.assertEqual(fizzbuzz(n), str(n))
        print("numbers ok")

    def test_fizz_buzz(self):
        self.assertEqual([fizzbuzz(n) for n in (3, 5, 15)], ["Fizz", "Buzz", "FizzBuzz"])
        print("fizz/buzz ok")

    def test_sequence(self):
        seq = " ".join(fizzbuzz(n) for n in range(1, 16))
        print(seq)
        self.assertTrue(seq.endswith("FizzBuzz"))


class OrderTest(unittest.TestCase):
    def setUp(self):
        print(f"setUp {self._testMethodName}")

    def test_b(self):
        print("running test_b")

    def test_a(self):
        print("running test_a")

    @unittest.skip("demonstrating skips")
    def test_c(self):
        print("never printed")


if __name__ == "__main__":
    real_stderr, sys.stderr = sys.stderr, io.StringIO()
    try:
        unittest.main()
    except SystemExit as e:
        report, sys.stderr = sys.stderr.getvalue(), real_stderr
        print(re.sub(r"in \d+\.\d+s", "in <time>", report), end="")
        print("exit code:", e.code)
        raise
