import io
import os
import pickle
import tempfile

buf = io.BytesIO()
pickle.dump({"a": 1}, buf)
pickle.dump([1, 2, 3], buf, protocol=0)
pickle.dump("third" * 20000, buf)
pickle.dump(None, buf, 2)
print(len(buf.getvalue()))
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), len(pickle.load(buf)), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print(type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, "data.pkl")
with open(path, "wb") as fh:
    p = pickle.Pickler(fh, 2)
    shared = ["shared"]
    p.dump(shared)
    p.dump(shared)
    p.clear_memo()
    p.dump(shared)
with open(path, "rb") as fh:
    raw = fh.read()
print(raw)
with open(path, "rb") as fh:
    u = pickle.Unpickler(fh)
    print(u.load(), u.load(), u.load())
os.remove(path)
os.rmdir(d)

# persistent ids
class DB:
    rows = {1: "row one", 2: "row two"}


class Ref:
    def __init__(self, key):
        self.key = key


class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("row", obj.key) if isinstance(obj, Ref) else None


class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return DB.rows[key]


for proto in (0, 2, 4):
    out = io.BytesIO()
    if proto == 0:
        class TextPickler(pickle.Pickler):
            def persistent_id(self, obj):
                return "row%d" % obj.key if isinstance(obj, Ref) else None
        TextPickler(out, proto).dump([Ref(1), "x"])
        print(out.getvalue())

        class TextUnpickler(pickle.Unpickler):
            def persistent_load(self, pid):
                return DB.rows[int(pid[3:])]
        print(TextUnpickler(io.BytesIO(out.getvalue())).load())
        continue
    MyPickler(out, proto).dump([Ref(1), Ref(2), "x"])
    print(out.getvalue())
    print(MyUnpickler(io.BytesIO(out.getvalue())).load())

# dispatch_table and reducer_override on a Pickler
class Money:
    def __init__(self, cents):
        self.cents = cents


def as_cents(m):
    return Money, (m.cents,)


out = io.BytesIO()
pk = pickle.Pickler(out)
pk.dispatch_table = {Money: as_cents}
pk.dump(Money(250))
print(out.getvalue(), pickle.loads(out.getvalue()).cents)


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Money):
            return int, (obj.cents,)
        return NotImplemented


out = io.BytesIO()
Overriding(out).dump([Money(7), 8])
print(pickle.loads(out.getvalue()))
try:
    pickle.Pickler(object())
except TypeError as e:
    print(type(e).__name__, e)
