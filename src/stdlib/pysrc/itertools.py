# The `itertools` module (CPython 3.11 semantics), run by src/stdlib/itertools.rs.

_MAXSIZE = 9223372036854775807
_marker = object()


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__') or hasattr(t, '__complex__')


def _ssize(v):
    # PyNumber_AsSsize_t with errors mapped to -1 (as islice does)
    try:
        i = v.__index__() if not isinstance(v, int) else int(v)
    except Exception:
        return -1
    if i > _MAXSIZE or i < -_MAXSIZE - 1:
        return -1
    return i


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


def _noargs(name, args, kwargs, lo, hi, names=()):
    pass


class count:
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        r = self._cnt
        self._cnt = r + self._step
        return r

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, self._step)

    def __reduce__(self):
        return (type(self), (self._cnt, self._step))


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._idx = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
            self._idx = 0
        if not self._saved:
            raise StopIteration
        x = self._saved[self._idx]
        self._idx += 1
        if self._idx >= len(self._saved):
            self._idx = 0
        return x


class repeat:
    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % (len(args) + len(kwargs)))
        if 'object' in kwargs:
            if args:
                raise TypeError("argument for repeat() given by name ('object') and position (1)")
            obj = kwargs.pop('object')
        elif args:
            obj = args[0]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = None
        if len(args) > 1:
            if 'times' in kwargs:
                raise TypeError("argument for repeat() given by name ('times') and position (2)")
            times = args[1]
        elif 'times' in kwargs:
            times = kwargs.pop('times')
        for k in kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
        self._obj = obj
        if times is None:
            self._cnt = -1
        else:
            n = _index(times)
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._cnt)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        if self._total is _marker:
            self._total = val
        elif self._func is None:
            self._total = self._total + val
        else:
            self._total = self._func(self._total, val)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            for x in self._active:
                return x
            self._active = None
        raise StopIteration


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._done:
                return x
            if not self._pred(x):
                self._done = True
                return x


class takewhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stop = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable, /):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        f = self._f
        while True:
            x = next(self._it)
            ok = x if (f is None or f is bool) else f(x)
            if not ok:
                return x


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            else:
                a, b = self._tgtkey, self._currkey
                if not (a is b or a == b):
                    break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._currgrouper = g
        return (self._currkey, g)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _marker:
            gbo._step()
        a, b = self._tgtkey, gbo._currkey
        if not (a is b or a == b):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _marker
        return r


class islice:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        seq = args[0]
        start, stop, step = 0, -1, 1
        msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if n == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(msg)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(msg)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if n == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class pairwise:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _marker:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _marker
            raise
        r = (self._old, new)
        self._old = new
        return r


class starmap:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('starmap() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('starmap expected 2 arguments, got %d' % len(args))
        self._f = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._f(*args)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._it = self._it
        t._link = self._link
        return t


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee(it)
    result = [first]
    for i in range(1, n):
        result.append(it.__copy__() if first is it else first.__copy__())
    return tuple(result)


class zip_longest:
    def __init__(self, *args, fillvalue=None):
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done or not self._its:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                v = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._done = True
                    raise
                self._its[i] = None
                v = self._fill
            result.append(v)
        return tuple(result)


class _genwrap:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


def _product_gen(pools):
    if any(len(p) == 0 for p in pools):
        return
    n = len(pools)
    idx = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][idx[k]] for k in range(n))


class product(_genwrap):
    def __init__(self, *args, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * repeat
        self._g = _product_gen(pools)


def _perm_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_genwrap):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _index(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._g = _perm_gen(pool, r)


def _comb_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def _comb_args(name, args, kwargs):
    n = len(args) + len(kwargs)
    if n > 2:
        raise TypeError('%s() takes at most 2 arguments (%d given)' % (name, n))
    vals = list(args)
    for i, k in enumerate(('iterable', 'r')):
        if k in kwargs:
            if i < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, k, i + 1))
            vals.append(kwargs.pop(k))
        elif i >= len(vals):
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, k, i + 1))
    for k in kwargs:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, k))
    pool = tuple(vals[0])
    r = _index(vals[1])
    if r < 0:
        raise ValueError('r must be non-negative')
    return pool, r


class combinations(_genwrap):
    def __init__(self, *args, **kwargs):
        pool, r = _comb_args('combinations', args, kwargs)
        self._g = _comb_gen(pool, r)


class combinations_with_replacement(_genwrap):
    def __init__(self, *args, **kwargs):
        pool, r = _comb_args('combinations_with_replacement', args, kwargs)
        self._g = _cwr_gen(pool, r)


del _genwrap
