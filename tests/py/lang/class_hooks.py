# __init_subclass__, metaclasses, __class_getitem__, __getattr__ and __getattribute__.
class Plugin:
    registry = []
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)

class Audio(Plugin, kind="audio"):
    pass
class Video(Plugin):
    pass
print(Plugin.registry, Audio.kind, Video.kind)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        ns["fields"] = sorted(k for k in ns if not k.startswith("_"))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __len__(cls):
        return len(cls.fields)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Model(metaclass=Meta):
    b = 1
    a = 2
    def __init__(self, v):
        self.v = v
m = Model(7)
print(m.v, Model.created_by, Model.fields, len(Model), repr(Model), type(Model).__name__)
class Child(Model):
    c = 3
print(type(Child) is Meta, Child.fields)

Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().get(), Dyn.__mro__[-1].__name__)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
lz = Lazy()
print(lz.real, lz.auto_hello, getattr(lz, "missing", "default"), hasattr(lz, "nope"))

class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def hello(self):
        return "hi"
sp = Spy()
sp.val = 21
print(sp.val, sp.hello(), sp.log)
del sp.val
print(sp.log, hasattr(sp, "val"))

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Gen[int], list[int], dict[str, list[int]])

class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
print(Ordered.__qualname__, Ordered.__module__, Model.__init__.__qualname__)
