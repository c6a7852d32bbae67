# Attribute, store and method sites that see more classes than a site keeps
# entries for (megamorphic: the site gives up specializing for a while and
# runs the generic path), then fewer again, with classes changing under
# them. Results must not depend on which path ran.

classes = []
for k in range(8):
    def make(k):
        class K:
            def __init__(self, v):
                self.v = v
                for j in range(k):
                    setattr(self, "pad%d" % j, j)
                self.w = k

            def get(self):
                return self.v + self.w

        K.__name__ = "K%d" % k
        return K

    classes.append(make(k))


def churn(objs, rounds):
    s = 0
    for _ in range(rounds):
        for o in objs:
            s += o.v + o.get()
            o.v = o.v + 1
    return s


objs = [c(i) for i, c in enumerate(classes)]
print(churn(objs, 300))
print([o.v for o in objs])

# Back to two classes: the sites specialize again.
print(churn(objs[:2] * 4, 300))

# A class changed while the sites are generic or specialized again.
orig = classes[3].get
classes[3].get = lambda self: -1000
print(churn(objs, 50))
classes[5].v = property(lambda self: 5, lambda self, v: None)
print(churn(objs, 50))
del classes[5].v
print(churn(objs, 50))
classes[3].get = orig
print(churn(objs[2:5], 300))
objs[6].__class__ = classes[1]
print(churn(objs, 50), [type(o).__name__ for o in objs])
