print("shapes.square imported as", __name__)
from .circle import area as _circle_area

def area(s):
    return s * s

def compare(s):
    return "square" if area(s) > _circle_area(s / 2) else "circle"
