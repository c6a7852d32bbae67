# unittest.main(): runs the module's tests and exits with status 1 when one
# fails; the last stderr line is the summary.
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_bad(self):
        self.assertEqual(sorted([3, 1]), [1, 2])

    @unittest.skip('later')
    def test_skip(self):
        pass


if __name__ == '__main__':
    print('running')
    unittest.main()
