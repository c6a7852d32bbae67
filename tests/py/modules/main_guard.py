# __name__ == "__main__" for the script, module name for imports, __file__ basename.
import sys
def main():
    print("running main")
    return 0

print(__name__, __file__.rsplit("/", 1)[-1])
if __name__ == "__main__":
    main()
print(sys.argv, len(sys.argv), sys.argv[0])
print(type(sys.path).__name__, sys.maxsize == 2**63 - 1, sys.byteorder in ("little", "big"))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.getrecursionlimit() >= 1000, sys.stdout is not None, callable(sys.stdout.write))
sys.stdout.write("written directly\n")
print("to stderr is not checked", file=sys.stderr) if False else None
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
