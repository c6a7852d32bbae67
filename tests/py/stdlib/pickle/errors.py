import pickle

f = lambda: 0
for proto in (0, 2, 4):
    try:
        pickle.dumps(f, proto)
    except pickle.PicklingError as e:
        print(type(e).__name__, str(e).replace(hex(id(f)), "ADDR"))


def factory():
    def local():
        pass

    class Local:
        pass
    return local, Local


for obj in factory():
    try:
        pickle.dumps(obj)
    except AttributeError as e:
        print(type(e).__name__, e)


class Bad1:
    def __reduce__(self):
        return 5


class Bad2:
    def __reduce__(self):
        return (Bad2,)


class Bad3:
    def __reduce__(self):
        return (Bad3, 5)


class Bad4:
    def __reduce__(self):
        return (5, ())


for cls in (Bad1, Bad2, Bad3, Bad4):
    try:
        pickle.dumps(cls())
    except pickle.PicklingError as e:
        print(cls.__name__, type(e).__name__, e)


class Slots:
    __slots__ = ("a",)


for proto in (0, 1):
    try:
        pickle.dumps(Slots(), proto)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

for bad in [b'', b'\x80\x04', b'\xff', b'\x80\x02\xfe.', b'\x80\x09N.', b'K', b'K\x01',
            b'}K\x01s.', b'a.', b'0.', b'P1\n.', b'cnosuchmodule\nx\n.', b'cbuiltins\nnosuch\n.',
            b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'h\x05.', b'1.']:
    try:
        print(repr(pickle.loads(bad)))
    except Exception as e:
        print(type(e).__name__, str(e).split(" on <")[0])
try:
    pickle.loads("text")
except TypeError as e:
    print(type(e).__name__, e)
