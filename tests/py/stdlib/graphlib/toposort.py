from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch")
ts.add("test", "build")
ts.add("fetch")
print(list(ts.static_order()))

deps = {"pkg%d" % i: ["pkg%d" % j for j in range(i) if (i * j) % 3 == 1] for i in range(12)}
print(list(TopologicalSorter(deps).static_order()))

ts = TopologicalSorter({2: [1], 3: [1], 4: [2, 3]})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    for n in ready:
        ts.done(n)
print(rounds, bool(ts))

for g in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [2], 2: [3], 3: [2], 4: [1]},
          {"x": ["x"]}, {"a": ["b", "c"], "c": ["d"], "d": ["a"], "b": []}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))

ts = TopologicalSorter({1: [0]})
for call in (lambda: ts.get_ready(), lambda: ts.is_active(), lambda: ts.done(1)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
ts.prepare()
for call in (lambda: ts.prepare(), lambda: ts.add(5), lambda: ts.done(7), lambda: ts.done(1)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(ts.get_ready())
ts.done(0)
try:
    ts.done(0)
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done(1)
print(ts.is_active(), TopologicalSorter[int])
