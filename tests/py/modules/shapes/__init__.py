"""A package used by import_package.py."""
print("shapes/__init__ running, __name__ =", __name__, "__package__ =", __package__)
from .circle import area as circle_area
from . import square
registry = ["circle", "square"]
