# An inventory tool: dataclasses in, JSON out and back, with a summary.
import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from decimal import Decimal

class Category(Enum):
    TOOL = "tool"
    PART = "part"
    FOOD = "food"

@dataclass(order=True)
class Item:
    sku: str
    name: str
    category: Category
    price_cents: int
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price_cents * self.qty

def encode(o):
    if isinstance(o, Category):
        return o.value
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

items = []
for i in range(40):
    cat = list(Category)[i % 3]
    items.append(Item(sku=f"S{i:04d}", name=f"item-{i}", category=cat,
                      price_cents=(i * 137) % 5000 + 99, qty=(i * 7) % 13,
                      tags=["sale"] if i % 4 == 0 else []))
doc = {"version": 2, "items": [asdict(it) for it in items], "total": Decimal("12.50")}
text = json.dumps(doc, default=encode, sort_keys=True, indent=2)
print(len(text), text[:120].replace("\n", "|"))
compact = json.dumps(doc, default=encode, separators=(",", ":"))
print(len(compact), compact[-80:])
back = json.loads(text)
restored = [Item(**{**d, "category": Category(d["category"])}) for d in back["items"]]
print(restored == items, restored[5])
by_cat = {}
for it in restored:
    by_cat.setdefault(it.category.name, []).append(it.value())
print({k: (len(v), sum(v)) for k, v in sorted(by_cat.items())})
print(max(restored).sku, min(restored, key=Item.value).sku, sorted(restored)[:2] == sorted(items)[:2])
try:
    json.dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.loads('{"a": [1, 2,]}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
