# graphlib for Pyrite: TopologicalSorter, written from the documented
# behaviour of CPython 3.11's graphlib (including the order in which ready
# nodes are handed out and the cycle CycleError reports).

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the cycle."""


class _Node:
    __slots__ = ("waiting_on", "followers", "node")

    def __init__(self, node):
        self.node = node
        # How many predecessors are not done yet (or _PASSED_OUT/_FINISHED).
        self.waiting_on = 0
        self.followers = []


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _entry(self, node):
        entry = self._nodes.get(node)
        if entry is None:
            entry = self._nodes[node] = _Node(node)
        return entry

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.waiting_on += len(predecessors)
        for pred in predecessors:
            self._entry(pred).followers.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, e in self._nodes.items() if e.waiting_on == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        handed = tuple(self._ready)
        for node in handed:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._out += len(handed)
        return handed

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            entry = self._nodes.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if entry.waiting_on != _PASSED_OUT:
                if entry.waiting_on >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if entry.waiting_on == _FINISHED:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {entry.waiting_on}")
            entry.waiting_on = _FINISHED
            for follower in entry.followers:
                after = self._nodes[follower]
                after.waiting_on -= 1
                if after.waiting_on == 0:
                    self._ready.append(follower)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first over successors, nodes and successors in insertion
        # order; the first edge back into the current path closes the cycle.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].followers)]
            visited.add(start)
            while iters:
                step = next(iters[-1], _END)
                if step is _END:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if step in on_path:
                    return path[on_path[step]:] + [step]
                if step in visited:
                    continue
                visited.add(step)
                on_path[step] = len(path)
                path.append(step)
                iters.append(iter(self._nodes[step].followers))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


_END = object()
