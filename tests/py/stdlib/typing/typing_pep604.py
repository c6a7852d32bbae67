import typing
from dataclasses import dataclass, fields
from typing import List, Optional, Union, get_args, get_origin


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(int | None, int | str, str | int | float, int | int, list[int] | None)
print(type(int | str).__name__, type(int | str).__module__, (int | str).__args__)
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) | bytes, int | (str | None), None | int)
print(Union[int | str, None], Optional[int | str], Union[int, str] == Union[int | str])
print(get_args(int | str), get_origin(int | str).__name__)
print(int | List[int], List[int] | None)
show(lambda: int | 3)
show(lambda: int | "str")
show(lambda: isinstance(3, int | list[int]))


class Node:
    pass


print(Node | None, int | Node)


@dataclass
class Rec:
    name: str | None = None
    size: int | float = 0


print(Rec(), Rec("a", 1.5), [f.type for f in fields(Rec)])


def f(x: int | None = None) -> str | bytes:
    return str(x)


print(typing.get_type_hints(f))
