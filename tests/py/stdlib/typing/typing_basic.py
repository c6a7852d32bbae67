import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Sequence, Mapping, TypeVar, Generic, NamedTuple,
                    TypedDict, Protocol, Literal, Final, ClassVar, cast, overload,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, runtime_checkable,
                    Annotated, NewType, Type)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(Any, Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, int])
print(Tuple[int, ...], Tuple[int, str], Tuple[()], Set[bytes], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, List[int]])
print(Literal[1, "a", None], Final[int], ClassVar[Dict[str, int]], Type[int])
print(List, Dict, Optional, Union, Callable, typing.Iterable, Annotated[int, "meta", 3])
print(List[Optional[Dict[str, Tuple[int, ...]]]])
print(Optional[Union[int, str]], Union[int], Union[int, int, str], Union[Union[int, str], float])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(List[int] == List[str], hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(int))
print(get_args(Dict[str, int]), get_args(Union[int, None]), get_args(Callable[[int], str]), get_args(int))
print(get_origin(Literal[1]) is Literal, get_args(Literal[1, 2]), get_args(Annotated[int, "x"]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, List), isinstance(3, List))
show(lambda: isinstance([], List[int]))
show(lambda: isinstance(3, Any))
show(lambda: Union[()])
show(lambda: Dict[int])
show(lambda: List[int, str])
show(lambda: Optional[int, str])
show(lambda: Any())
show(lambda: List[int]([1, 2]))
print(typing.Deque[int]([1, 2]), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
print(cast(int, "not an int"), cast("List[int]", 5), TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
N = TypeVar("N", int, float)
print(T, K, V_co, N, T.__name__, K.__bound__, N.__constraints__)
print(List[T], Dict[K, T], List[T][int], Dict[str, List[T]][float])
show(lambda: TypeVar("X", int))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box[int](5).item, Box.__parameters__, Box[int].__origin__ is Box)
print(Box[int](5).__orig_class__, Generic[T], Box.__mro__)
show(lambda: Box[int, str])
show(lambda: Generic[int])


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)


class Point(NamedTuple):
    x: int = 0
    y: int = 0
    label: str = ""

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p.x, p[1], len(p), p._fields, p._field_defaults, Point())
print(p._asdict(), p._replace(label="p"), Point._make([1, 2, "m"]), isinstance(p, tuple))
print(p == (3, -4, ""), Point.__annotations__, tuple(p), Point.__name__)
x, y, _ = p
print(x, y)
show(lambda: p._replace(z=1))
show(lambda: setattr(p, "x", 5))


class Emp(NamedTuple):
    name: str
    id: int


print(Emp("a", 1), Emp(name="b", id=2))
show(lambda: Emp("a"))
Emp2 = NamedTuple("Emp2", [("name", str), ("id", int)])
print(Emp2("c", 3), Emp2._fields)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__))
print(Movie.__total__, Movie2.__total__, sorted(Movie2.__annotations__))
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), sorted(Point2D.__required_keys__))
show(lambda: isinstance(m, Movie))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class Proto(Protocol):
    def go(self):
        ...


print(isinstance(Resource(), Closable), isinstance(3, Closable), issubclass(Resource, Closable))
show(lambda: isinstance(Resource(), Proto))
show(lambda: Proto())


class Impl(Proto):
    def go(self):
        return "went"


print(Impl().go())


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overload(x: int) -> int:
    ...


show(lambda: only_overload(1))


class Conf:
    name: str
    size: "int"
    tags: Optional[List[str]] = None
    limit: ClassVar[int] = 3


class SubConf(Conf):
    extra: "Dict[str, Conf]"


print(get_type_hints(Conf))
print(get_type_hints(SubConf))


def func(a: int, b: "str" = "x", c: None = None) -> Optional["Conf"]:
    return None


print(get_type_hints(func))
print(get_type_hints(Annotated))  if False else None
print(get_type_hints(lambda: 0))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(typing.Text is str, typing.AnyStr, typing.NoReturn, typing.Hashable)
