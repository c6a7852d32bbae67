# tb_frame on traceback entries: f_code, f_globals, f_builtins, f_lineno,
# f_locals of module frames; walk_tb and StackSummary.extract over frames.
import traceback

TAG = "module-global"


def inner(x):
    raise ValueError(x)


def outer():
    inner(5)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        fr = tb.tb_frame
        # f_lineno of the frames that finished (the module frame is still running).
        line = fr.f_lineno if tb.tb_next is None or fr.f_code.co_name != "<module>" else None
        frames.append((fr.f_code.co_name, line, tb.tb_lineno, fr.f_globals is globals(), fr.f_globals["TAG"]))
        tb = tb.tb_next
    print(frames)
    top = e.__traceback__.tb_frame
    print(top.f_locals is globals(), top.f_builtins["len"] is len, type(top).__name__)
    print(isinstance(e.__traceback__.tb_lasti, int))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([(s.name, s.lineno, s.line) for s in summary])
