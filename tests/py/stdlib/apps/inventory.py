"""An inventory tool: dataclasses + enum + typing + abc + contextlib."""

import warnings
from abc import ABC, abstractmethod
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, Flag, IntEnum, auto, unique
from typing import Dict, Iterator, List, NamedTuple, Optional


@unique
class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"

    @property
    def label(self) -> str:
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Tag(Flag):
    FRAGILE = auto()
    HEAVY = auto()
    OUTDOOR = auto()
    PERISHABLE = auto()


class Money(NamedTuple):
    cents: int

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def times(self, n: int) -> "Money":
        return Money(self.cents * n)


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: Money
    quantity: int = 0
    tags: Tag = Tag(0)
    priority: Priority = Priority.NORMAL
    history: List[int] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.quantity < 0:
            raise ValueError(f"negative quantity for {self.sku}")
        self.sort_key = (self.category.value, self.sku)

    @property
    def value(self) -> Money:
        return self.price.times(self.quantity)


class InsufficientStock(Exception):
    def __init__(self, sku: str, wanted: int, have: int):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


class Store(ABC):
    @abstractmethod
    def get(self, sku: str) -> Item:
        ...

    @abstractmethod
    def put(self, item: Item) -> None:
        ...

    @abstractmethod
    def __iter__(self) -> Iterator[Item]:
        ...


class MemoryStore(Store):
    def __init__(self):
        self._items: Dict[str, Item] = {}

    def get(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise LookupError(f"unknown sku {sku!r}") from None

    def put(self, item):
        self._items[item.sku] = item

    def __iter__(self):
        return iter(sorted(self._items.values()))


@dataclass
class Inventory:
    store: Store
    log: List[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.store.put(item)
        self.log.append(f"add {item.sku}")

    def receive(self, sku: str, n: int) -> None:
        item = self.store.get(sku)
        item.history.append(n)
        self.store.put(replace(item, quantity=item.quantity + n, history=item.history))
        self.log.append(f"receive {sku} {n}")

    def ship(self, sku: str, n: int) -> None:
        item = self.store.get(sku)
        if n > item.quantity:
            raise InsufficientStock(sku, n, item.quantity)
        if item.quantity - n < 2:
            warnings.warn(f"{sku} is running low", stacklevel=2)
        item.history.append(-n)
        item.quantity -= n
        self.log.append(f"ship {sku} {n}")

    def total(self, category: Optional[Category] = None) -> Money:
        result = Money(0)
        for item in self.store:
            if category is None or item.category is category:
                result = result + item.value
        return result

    def by_tag(self, tag: Tag) -> List[str]:
        return [i.sku for i in self.store if tag in i.tags]


@contextmanager
def transaction(inv: Inventory):
    snapshot = {i.sku: i.quantity for i in inv.store}
    try:
        yield inv
    except InsufficientStock as e:
        for sku, qty in snapshot.items():
            inv.store.get(sku).quantity = qty
        inv.log.append(f"rollback ({e})")


inv = Inventory(MemoryStore())
inv.add(Item("T-100", "Hammer", Category.TOOLS, Money(1599), 10, Tag.HEAVY, Priority.HIGH))
inv.add(Item("G-200", "Hose", Category.GARDEN, Money(2450), 3, Tag.OUTDOOR))
inv.add(Item("K-300", "Glasses", Category.KITCHEN, Money(899), 24, Tag.FRAGILE | Tag.HEAVY))
inv.add(Item("G-201", "Seeds", Category.GARDEN, Money(199), 100, Tag.OUTDOOR | Tag.PERISHABLE,
             Priority.LOW))

for item in inv.store:
    print(f"{item.sku:6} {item.name:8} {item.category.label:8} {str(item.price):>7} "
          f"x{item.quantity:<4} {item.priority.name:6} {item.tags}")
print("total", inv.total(), "garden", inv.total(Category.GARDEN))
print("heavy", inv.by_tag(Tag.HEAVY), "outdoor", inv.by_tag(Tag.OUTDOOR))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inv.receive("T-100", 5)
    inv.ship("G-200", 2)
    with transaction(inv):
        inv.ship("K-300", 4)
        inv.ship("G-201", 500)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(inv.store.get("K-300").quantity, inv.store.get("T-100").quantity, inv.log[-3:])

with suppress(LookupError):
    inv.receive("NOPE", 1)
    print("not reached")
try:
    Item("X", "Bad", Category.TOOLS, Money(1), -1)
except ValueError as e:
    print("ValueError", e)
try:
    Store()
except TypeError as e:
    print("TypeError", e)

hammer = inv.store.get("T-100")
print(hammer)
print(asdict(hammer)["price"], asdict(hammer)["category"], hammer.history)
print(sorted(Priority), max(i.priority for i in inv.store), Priority.HIGH > Priority.LOW)
print(Category("garden"), Category["TOOLS"].label, [c.name for c in Category])
print(Tag.HEAVY | Tag.FRAGILE, Tag(5), list(Tag.FRAGILE | Tag.OUTDOOR), ~Tag.HEAVY)
report = {c.name: sum(i.quantity for i in inv.store if i.category is c) for c in Category}
print(report)
