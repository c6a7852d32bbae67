# Callbacks run after an uncaught exception (its traceback goes first).
import atexit


def cleanup():
    print("cleanup after the error")


atexit.register(cleanup)
print("about to fail")
raise ValueError("boom")
