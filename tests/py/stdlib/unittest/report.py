# unittest's TextTestRunner report against CPython's: progress characters
# and verbose lines, the ERROR/FAIL sections with tracebacks that leave out
# unittest's own frames, assertion messages and diffs, subTest, skips,
# expected failures, class fixtures, cleanups and the summary line.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


class Checks(unittest.TestCase):
    def test_a_equal_ok(self):
        self.assertEqual(3, 3)

    def test_b_equal_int(self):
        self.assertEqual(1, 2)

    def test_c_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5])

    def test_d_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_e_multiline(self):
        self.assertEqual("alpha\nbeta\ngamma\n", "alpha\nbeta!\ngamma\n")

    def test_f_long_repr(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_g_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_h_tuple_msg(self):
        self.assertEqual((1, 2), (1, 3), msg='custom note')

    def test_i_misc(self):
        self.assertIn(4, [1, 2, 3])

    def test_j_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_k_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_l_raises_ok(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        self.assertRaisesRegex(ValueError, 'inval', int, 'invalid')

    def test_m_raises_missing(self):
        with self.assertRaises(KeyError):
            pass

    def test_n_raises_callable_missing(self):
        self.assertRaises(ValueError, len, [])

    def test_o_count_equal(self):
        self.assertCountEqual([1, 1, 2, 'x'], [1, 2, 2, 'y'])

    def test_p_regex(self):
        self.assertRegex('hello world', r'wor?ld$')
        self.assertRegex('hello', r'^bye')

    def test_q_true_false(self):
        self.assertTrue([])

    def test_r_is_none(self):
        self.assertIsNone(0, 'zero is not None')

    def test_s_isinstance(self):
        self.assertIsInstance('s', int)

    def test_t_greater(self):
        self.assertGreaterEqual(1, 2)

    def test_u_error_in_helper(self):
        def helper(d):
            return d['missing']
        helper({})

    def test_v_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind='even' if i % 2 == 0 else 'odd'):
                self.assertNotEqual(i, 2)
        with self.subTest('labelled'):
            self.fail('inside a labelled subtest')

    @unittest.skip('not today')
    def test_w_skipped(self):
        self.fail('never runs')

    @unittest.skipIf(True, 'condition held')
    def test_x_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_y_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_z_unexpected_success(self):
        pass

    def test_za_skip_test(self):
        self.skipTest('skipped from inside')

    def test_zb_warns(self):
        import warnings
        with self.assertWarns(UserWarning):
            warnings.warn('careful', UserWarning)
        with self.assertWarns(DeprecationWarning):
            pass


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.log.append('setUp ' + self._testMethodName)
        self.addCleanup(self.log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        self.log.append('tearDown ' + self._testMethodName)

    def test_one(self):
        """First line of the docstring.

        More text."""
        self.log.append('one')

    def test_two(self):
        self.log.append('two')
        raise RuntimeError('boom in two')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class fixture broke')

    def test_never(self):
        pass


def run(*classes, verbosity=1):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', stream.getvalue())
    print(text.replace(HERE, 'HERE'))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result


run(Checks)
run(Fixtures, BrokenSetUpClass, verbosity=2)
print(Fixtures.log)
print(unittest.TestLoader().getTestCaseNames(Fixtures))
t = Checks('test_a_equal_ok')
print(t, repr(t), t.id(), t.shortDescription(), Fixtures('test_one').shortDescription())
print(t == Checks('test_a_equal_ok'), t.countTestCases())
try:
    Checks('no_such_method')
except ValueError as e:
    print(str(e).replace(__name__, 'MOD'))
suite = unittest.TestSuite([Checks('test_a_equal_ok'), Checks('test_l_raises_ok')])
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, r.wasSuccessful(), suite.countTestCases())

# unittest.main without exiting: names on the command line, -k patterns.
import sys
for argv in (['prog', 'Checks.test_a_equal_ok', 'Fixtures'], ['prog', '-k', 'raises']):
    stream = io.StringIO()
    program = unittest.main(module=sys.modules[__name__], argv=argv, exit=False,
                            testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    print(re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue()).replace(HERE, 'HERE'))
    print(program.result.testsRun, program.result.wasSuccessful())
