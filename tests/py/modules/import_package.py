# Packages: __init__.py, submodules, relative imports, attribute access on the package.
import shapes
print(shapes.circle_area(1), shapes.square.area(3), shapes.registry)
from shapes import square
from shapes.circle import area
print(square is shapes.square, area(2), square.compare(2))
import shapes.sub
print(shapes.sub.both(1), shapes.sub.__name__, shapes.circle.__name__)
import shapes.sub as s2
print(s2 is shapes.sub, sorted(k for k in vars(shapes) if not k.startswith("__")))
