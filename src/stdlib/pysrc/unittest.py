"""Unit testing framework (Pyrite's unittest, written from the documented
behaviour of CPython 3.11's): TestCase and its assertions (unittest.case),
TestSuite, TestLoader with discovery, TestResult, TextTestRunner and main,
with CPython's report format. `pyrite -m unittest [-v] [NAMES]` runs the
named tests, or discovers test*.py files from the current directory."""

import fnmatch
import os
import sys
import time
import traceback

from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                           expectedFailure, strclass, _SubTest)

__unittest = True   # tracebacks shown for failures leave out this module's frames

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader",
           "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip", "skipIf",
           "skipUnless", "expectedFailure", "TextTestResult", "TestProgram"]


def _is_unittest_frame(frame):
    return "__unittest" in frame.f_globals


class TestResult:
    """The outcome of a run: failures and errors with their formatted
    tracebacks, skips, expected failures and unexpected successes."""

    __module__ = "unittest.result"   # where CPython defines it

    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of `err`, without the test framework's own
        frames (for a failure, the assert method's frames too)."""
        exc_type, value, tb = err
        frames = [frame for frame, _ in traceback.walk_tb(tb)]
        start = 0
        while start < len(frames) and _is_unittest_frame(frames[start]):
            start += 1
        end = len(frames)
        if exc_type is test.failureException:
            while end > start and _is_unittest_frame(frames[end - 1]):
                end -= 1
        tb_e = traceback.TracebackException(exc_type, value, tb, capture_locals=self.tb_locals, compact=True)
        tb_e.stack = traceback.StackSummary.from_list(list(tb_e.stack)[start:end])
        return "".join(tb_e.format())

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (strclass(self.__class__), self.testsRun,
                                                     len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with writeln()."""

    __module__ = "unittest.runner"   # where CPython defines it

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ("stream", "__getstate__"):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(TestResult):
    """A result that reports progress on a stream: a character per test
    ('.', 'F', 'E', 's', 'x', 'u'), or with verbosity > 1 a line each."""

    __module__ = "unittest.runner"   # where CPython defines it

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, long, short):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, "FAIL")
                else:
                    self._write_status(subtest, "ERROR")
            elif self.dots:
                self.stream.write("F" if issubclass(err[0], subtest.failureException) else "E")
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in getattr(self, "unexpectedSuccesses", ()):
            self.stream.writeln(self.separator1)
            self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports on a stream (sys.stderr by default)."""

    __module__ = "unittest.runner"   # where CPython defines it

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        import warnings
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            start = time.perf_counter()
            result.startTestRun()
            try:
                test(result)
            finally:
                result.stopTestRun()
            taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        for name, items in (("skipped", result.skipped), ("expected failures", result.expectedFailures),
                            ("unexpected successes", result.unexpectedSuccesses)):
            if items:
                infos.append("%s=%d" % (name, len(items)))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestSuite:
    """A collection of tests run in order; runs each test class's
    setUpClass / tearDownClass around its tests."""

    __module__ = "unittest.suite"   # where CPython defines it

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top_level = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._switch_class(test, result)
                if getattr(result, "_classSetupFailed", False):
                    continue
            test(result)
        if top_level:
            self._switch_class(None, result)
            result._testRunEntered = False
        return result

    def debug(self):
        for test in self:
            test.debug()

    def _switch_class(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__ if test is not None else None
        if current is previous:
            return
        if previous is not None and not getattr(result, "_classSetupFailed", False):
            if not getattr(previous, "__unittest_skip__", False):
                try:
                    previous.tearDownClass()
                except Exception as e:
                    if isinstance(e, SkipTest):
                        result.addSkip(_ErrorHolder("tearDownClass (%s)" % strclass(previous)), str(e))
                    else:
                        result.addError(_ErrorHolder("tearDownClass (%s)" % strclass(previous)), sys.exc_info())
                self._class_cleanups(previous, result)
        result._previousTestClass = current
        result._classSetupFailed = False
        if current is None or getattr(current, "__unittest_skip__", False):
            return
        try:
            current.setUpClass()
        except Exception as e:
            result._classSetupFailed = True
            holder = _ErrorHolder("setUpClass (%s)" % strclass(current))
            if isinstance(e, SkipTest):
                result.addSkip(holder, str(e))
            else:
                result.addError(holder, sys.exc_info())
            self._class_cleanups(current, result)

    def _class_cleanups(self, cls, result):
        cls.doClassCleanups()
        for exc_info in getattr(cls, "tearDown_exceptions", ()):
            result.addError(_ErrorHolder("tearDownClass (%s)" % strclass(cls)), exc_info)


class _ErrorHolder:
    """Stands for a class-level fixture (setUpClass, ...) in a result."""

    __module__ = "unittest.suite"   # where CPython defines it

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestLoader:
    """Makes suites from test case classes, modules, dotted names and
    directories (discover)."""

    __module__ = "unittest.loader"   # where CPython defines it

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        obj = module
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    for part in parts_copy[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[len(parts_copy):]
            obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def is_test_method(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if is_test_method(n)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of every module under `start_dir` whose file name
        matches `pattern` (packages are entered when they have an
        __init__.py); `top_level_dir` (default `start_dir`) goes first on
        sys.path so the modules import by their dotted names."""
        start_dir = os.path.abspath(start_dir)
        top = os.path.abspath(top_level_dir) if top_level_dir is not None else start_dir
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        return self.suiteClass(list(self._find_tests(start_dir, pattern, top)))

    def _find_tests(self, directory, pattern, top):
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(path):
                if not entry.endswith(".py") or not fnmatch.fnmatch(entry, pattern):
                    continue
                name = os.path.relpath(path, top)[:-3].replace(os.sep, ".")
                if not all(part.isidentifier() for part in name.split(".")):
                    continue
                __import__(name)
                yield self.loadTestsFromModule(sys.modules[name], pattern=pattern)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, "__init__.py")):
                yield from self._find_tests(path, pattern, top)


defaultTestLoader = TestLoader()

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]

positional arguments:
  tests        a list of any number of test modules, classes and test methods.

options:
  -h, --help   show this help message and exit
  -v, --verbose  Verbose output
  -q, --quiet  Quiet output
  -f, --failfast  Stop on first fail or error
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


class TestProgram:
    """The command line: loads the tests (from `module`, the named tests,
    or by discovery), runs them and exits with status 0 or 1."""

    __module__ = "unittest.main"   # where CPython defines it

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.verbosity = verbosity
        self.warnings = warnings if warnings is not None or sys.warnoptions else "default"
        self.tb_locals = tb_locals
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_exit(self, message=None):
        if message:
            print(message)
        print(_USAGE % {"prog": self.progName})
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                print(_USAGE % {"prog": self.progName}, end="")
                sys.exit(0)
            elif arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-b", "--buffer", "-c", "--catch", "--locals"):
                if arg == "--locals":
                    self.tb_locals = True
            elif arg == "-k":
                if not args:
                    self._usage_exit("error: argument -k: expected one argument")
                pattern = args.pop(0)
                patterns.append(pattern if "*" in pattern else "*%s*" % pattern)
            elif arg.startswith("-k") and len(arg) > 2:
                pattern = arg[2:]
                patterns.append(pattern if "*" in pattern else "*%s*" % pattern)
            elif arg.startswith("-") and arg != "-":
                self._usage_exit("error: unrecognized arguments: %s" % arg)
            else:
                names.append(arg)
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if self.module is None and names and names[0] == "discover":
            start = names[1] if len(names) > 1 else "."
            self.test = self.testLoader.discover(start)
            return
        if names:
            self.testNames = [n[:-3].replace(os.sep, ".") if n.endswith(".py") else n for n in names]
        elif self.defaultTest is not None:
            self.testNames = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        else:
            self.testNames = None
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            if self.module is None:
                self.test = self.testLoader.discover(".")
            else:
                self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast),
                            warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


if __name__ == "__main__":
    sys.argv[0] = "python -m unittest"
    main(module=None)
