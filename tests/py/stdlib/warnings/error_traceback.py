# A warning turned into an error by a filter is raised from the caller's
# line: warnings' own frames never show (CPython's warnings.warn is C).
import traceback
import warnings

HERE = __file__[: len(__file__) - len(__file__.split("/")[-1])]
warnings.simplefilter("error")


def f():
    warnings.warn("x")


def g():
    warnings.warn_explicit("explicit", DeprecationWarning, "somefile.py", 7)


for fn in (f, g):
    try:
        fn()
    except Warning as e:
        print(traceback.format_exc().replace(HERE, ""))
        print(len(traceback.extract_tb(e.__traceback__)))
