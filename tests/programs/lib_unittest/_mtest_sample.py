# Not run by the differential harness (leading underscore): the target for `tern -m unittest -v _mtest_sample`
# run from this folder, as the CLI test suggested in issue 4 does.
import unittest


class Sample(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("tern".upper(), "TERN")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(0.1 + 0.2, 0.3)
