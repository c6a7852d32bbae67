from .. import circle
from ..square import area as sq_area
print("shapes.sub imported, parent package", __package__.rpartition(".")[0])

def both(x):
    return circle.area(x), sq_area(x)
