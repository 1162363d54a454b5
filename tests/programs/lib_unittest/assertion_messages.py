# unittest assertion failure messages, collected with assertRaises(AssertionError) and printed.
import unittest


class Messages(unittest.TestCase):
    maxDiff = None

    def check(self, fn, *args, **kwargs):
        with self.assertRaises(AssertionError) as cm:
            fn(*args, **kwargs)
        print(f"--- {fn.__name__}")
        print(str(cm.exception))

    def runTest(self):
        self.check(self.assertEqual, 1, 2)
        self.check(self.assertEqual, "abc", "abd")
        self.check(self.assertEqual, "line one\nline two\n", "line one\nline 2\n")
        self.check(self.assertEqual, [1, 2, 3], [1, 2, 4, 5])
        self.check(self.assertEqual, (1, "a"), (1, "b"))
        self.check(self.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
        self.check(self.assertEqual, {1, 2}, {2, 3})
        self.check(self.assertNotEqual, 5, 5)
        self.check(self.assertTrue, 0)
        self.check(self.assertFalse, [1])
        self.check(self.assertIs, None, 0)
        self.check(self.assertIsNot, None, None)
        self.check(self.assertIsNone, 3)
        self.check(self.assertIsNotNone, None)
        self.check(self.assertIn, 4, [1, 2, 3])
        self.check(self.assertNotIn, "a", "abc")
        self.check(self.assertIsInstance, 1, str)
        self.check(self.assertNotIsInstance, "s", str)
        self.check(self.assertAlmostEqual, 1.0, 1.1)
        self.check(self.assertAlmostEqual, 1.0, 1.5, delta=0.25)
        self.check(self.assertNotAlmostEqual, 1.0, 1.0000000001)
        self.check(self.assertGreater, 1, 2)
        self.check(self.assertGreaterEqual, 1, 2)
        self.check(self.assertLess, 3, 2)
        self.check(self.assertLessEqual, 3, 2)
        self.check(self.assertRegex, "hello", r"^world")
        self.check(self.assertNotRegex, "hello", r"ell")
        self.check(self.assertCountEqual, [1, 1, 2], [1, 2, 2])
        self.check(self.assertListEqual, [1], (1,))
        self.check(self.assertDictEqual, {"k": [1, 2]}, {"k": [1, 3]})
        self.check(self.assertSetEqual, {1}, set())
        self.check(self.assertTupleEqual, (1, 2), (1, 2, 3))
        self.check(self.assertSequenceEqual, "abc", "abd")
        self.check(self.assertMultiLineEqual, "a\nb\nc\n", "a\nB\nc\n")
        self.check(self.assertEqual, 1, 2, "custom message")
        self.longMessage = False
        self.check(self.assertEqual, 1, 2, "only the custom message")
        self.longMessage = True
        self.check(self.fail, "explicit failure")
        with self.assertRaises(AssertionError) as cm:
            with self.assertRaises(ValueError):
                pass
        print("--- assertRaises without exception\n" + str(cm.exception))
        with self.assertRaises(AssertionError) as cm:
            with self.assertRaisesRegex(ValueError, "expected"):
                raise ValueError("something else")
        print("--- assertRaisesRegex mismatch\n" + str(cm.exception))
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(DeprecationWarning):
                pass
        print("--- assertWarns without warning\n" + str(cm.exception))
        with self.assertRaises(TypeError) as cm:
            with self.assertRaises(ValueError):
                raise TypeError("passes through")
        print("--- unexpected exception type passes through:", cm.exception)
        with self.assertLogs("demo", level="INFO") as logs:
            import logging
            logging.getLogger("demo").info("hello %s", "log")
            logging.getLogger("demo.child").warning("careful")
        print("--- assertLogs:", logs.output, [r.levelname for r in logs.records])


result = unittest.TestResult()
Messages().run(result)
print("=== run:", result.testsRun, "errors:", len(result.errors), "failures:", len(result.failures))
for test, tb in result.errors + result.failures:
    print(tb.splitlines()[-1])
