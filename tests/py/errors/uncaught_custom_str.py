# Custom exception with a __str__ and a module-qualified name on the last line.
class Invalid(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field, self.value = field, value
    def __str__(self):
        return f"{self.field} cannot be {self.value!r}"

for v in (1, 2, -3):
    print("checking", v)
    if v < 0:
        raise Invalid("size", v)
