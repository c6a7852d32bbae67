"""Formatting and printing of exceptions and stacks in CPython's text
format: print_exc, format_exc, format_exception, print_exception,
format_exception_only, extract_tb, format_tb, print_tb, format_list,
extract_stack, format_stack, print_stack, walk_tb, FrameSummary and
StackSummary.  Written for Pyrite from the documented 3.11 behaviour.

Traceback objects give their file, function and instruction position
through the `_co_filename`/`_co_name`/`_positions` getters; the
`^^^^`/`~~^~~` marker lines come from `_callerinfo.caret_line`, the code
the interpreter's own printer uses."""

import sys
import _callerinfo

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_tb", "walk_stack"]

_SAME_LINE_LIMIT = 3
_NOT_GIVEN = object()


def _source_line(filename, lineno):
    # Through linecache, as CPython: sources registered in linecache.cache
    # (timeit's generated code, say) show their lines too.
    import linecache
    return linecache.getline(filename, lineno).rstrip("\r\n")


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _as_tuple(self):
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other):
        if type(other) is tuple:
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return self._as_tuple()[:3] == other._as_tuple()[:3] and self.locals == other.locals

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    """A list of FrameSummary objects, with format()."""

    @classmethod
    def from_list(klass, a_list):
        out = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                out.append(item)
            else:
                filename, lineno, name, line = item
                out.append(FrameSummary(filename, lineno, name, line=line))
        return out

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = []
        for item in frame_gen:
            if len(item) == 2:
                # (frame, lineno) pairs, as walk_tb and walk_stack give.
                where, n = item
                item = (where.f_code.co_filename, n, where.f_code.co_name)
            f, n, name, *pos = item
            end_lineno, colno, end_colno = pos[0][1:] if pos else (None, None, None)
            entries.append(FrameSummary(f, n, name, lookup_line=lookup_lines,
                                        end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        return klass(_apply_limit(entries, limit))

    def format_frame_summary(self, frame_summary):
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        if frame_summary.line:
            text += f"    {frame_summary.line}\n"
            marks = _callerinfo.caret_line(frame_summary._original_line, frame_summary.lineno,
                                           frame_summary.end_lineno, frame_summary.colno,
                                           frame_summary.end_colno)
            if marks is not None:
                text += marks + "\n"
        return text

    def format(self):
        out = []
        previous = None
        repeats = 0
        for entry in self:
            here = (entry.filename, entry.lineno, entry.name)
            if here == previous:
                repeats += 1
                if repeats >= _SAME_LINE_LIMIT:
                    continue
            else:
                if repeats >= _SAME_LINE_LIMIT:
                    out.append(_repeat_note(repeats - _SAME_LINE_LIMIT + 1))
                previous = here
                repeats = 0
            out.append(self.format_frame_summary(entry))
        if repeats >= _SAME_LINE_LIMIT:
            out.append(_repeat_note(repeats - _SAME_LINE_LIMIT + 1))
        return out


def _repeat_note(count):
    plural = "s" if count > 1 else ""
    return f"  [Previous line repeated {count} more time{plural}]\n"


def _apply_limit(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def walk_tb(tb):
    """Yields (frame, lineno) per traceback entry, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    found = []
    while tb is not None:
        found.append((tb._co_filename, tb.tb_lineno, tb._co_name, tb._positions))
        tb = tb.tb_next
    return found


def extract_tb(tb, limit=None):
    """The entries of traceback `tb` as a StackSummary."""
    return StackSummary.extract(_tb_entries(tb), limit=limit)


def format_list(extracted_list):
    """Formats (filename, lineno, name, line) entries as CPython prints
    them."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def format_tb(tb, limit=None):
    summary = extract_tb(tb, limit)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    _write_all(format_tb(tb, limit), file)


def _write_all(lines, file):
    out = sys.stderr if file is None else file
    for chunk in lines:
        out.write(chunk)


def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)


def _stack_entries(skip):
    found = []
    depth = skip
    while True:
        site = _callerinfo.location(depth)
        if site is None:
            break
        filename, lineno, _, name = site
        found.append((filename, lineno, name))
        depth += 1
    found.reverse()
    return found


def extract_stack(f=None, limit=None):
    """The calling stack (outermost first) as a StackSummary."""
    if f is not None:
        raise NotImplementedError("extract_stack(f): Pyrite has no frame objects")
    entries = _stack_entries(2)
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
        return StackSummary.extract(entries)
    return StackSummary.extract(entries)


def format_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("format_stack(f): Pyrite has no frame objects")
    entries = _stack_entries(2)
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return format_list(StackSummary.extract(entries))


def print_stack(f=None, limit=None, file=None):
    if f is not None:
        raise NotImplementedError("print_stack(f): Pyrite has no frame objects")
    entries = _stack_entries(2)
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    print_list(StackSummary.extract(entries), file=file)


def _type_label(etype):
    label = getattr(etype, "__qualname__", None) or etype.__name__
    module = getattr(etype, "__module__", None)
    if module not in ("__main__", "builtins", None):
        label = f"{module}.{label}"
    return label


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def _syntax_error_lines(value, label):
    lines = []
    filename = value.filename or "<string>"
    lineno = value.lineno
    if lineno is not None:
        lines.append(f'  File "{filename}", line {lineno}\n')
    text = value.text
    if text is not None:
        stripped = text.rstrip("\n")
        body = stripped.lstrip(" \n\f\t")
        lost = len(stripped) - len(body)
        lines.append(f"    {body}\n")
        if value.offset is not None:
            start = value.offset
            end = value.end_offset if value.end_offset not in (None, 0) else start
            if end == start or end is None:
                end = start + 1
            start -= lost + 1
            end -= lost + 1
            if start >= 0:
                lines.append("    " + " " * start + "^" * max(end - start, 1) + "\n")
    msg = value.msg or "<no detail available>"
    lines.append(f"{label}: {msg}\n")
    return lines


def format_exception_only(exc, /, value=_NOT_GIVEN):
    """The last lines of a traceback: `Type: message` (and the notes)."""
    if value is _NOT_GIVEN:
        value = exc
        etype = type(exc) if exc is not None else None
    else:
        etype = exc
    if value is None and etype is None:
        return ["NoneType: None\n"]
    if etype is None:
        etype = type(value)
    label = _type_label(etype)
    if value is None:
        return [label + "\n"]
    if isinstance(value, SyntaxError):
        lines = _syntax_error_lines(value, label)
    else:
        text = _safe_str(value)
        lines = [f"{label}: {text}\n" if text else f"{label}\n"]
    notes = getattr(value, "__notes__", None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            lines.append(f"{_safe_str(notes)}\n")
        else:
            for note in notes:
                lines.append(f"{_safe_str(note) if not isinstance(note, str) else note}\n")
    return lines


class _Nesting:
    """Where formatting stands inside exception groups: the nesting level
    (each level indents two columns and adds a `| ` margin), whether the
    innermost open box still needs its closing rule, and the limits."""

    def __init__(self, width=15, depth=10):
        self.level = 0
        self.close_pending = False
        self.width = width
        self.depth = depth

    def mark(self, chunks, margin="|"):
        """`chunks` with the current margin before each of their lines."""
        if self.level == 0:
            return list(chunks)
        lead = "  " * self.level + margin + " "
        return ["".join(lead + piece for piece in chunk.splitlines(True)) for chunk in chunks]


_CAUSE_NOTE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_NOTE = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _linked(value, chain, seen):
    """The (exception, note) that is printed before `value`, or None."""
    if not chain:
        return None
    cause = value.__cause__
    if cause is not None:
        return (cause, _CAUSE_NOTE) if id(cause) not in seen else None
    context = value.__context__
    if context is None or value.__suppress_context__ or id(context) in seen:
        return None
    return context, _CONTEXT_NOTE


def _format_chain(value, tb, limit, chain, seen, nest=None, frames=None):
    # `frames`: a StackSummary shown instead of `tb`'s frames (a
    # TracebackException whose `stack` was replaced).
    if nest is None:
        nest = _Nesting()
    seen.add(id(value))
    out = []
    link = _linked(value, chain, seen)
    if link is not None:
        earlier, note = link
        pending = nest.close_pending
        out += _format_chain(earlier, earlier.__traceback__, limit, chain, seen, nest)
        nest.close_pending = pending
        out += nest.mark([note])
    if isinstance(value, BaseExceptionGroup):
        out += _format_group(value, tb, limit, chain, seen, nest)
        return out
    if frames is not None:
        if frames:
            out += nest.mark(["Traceback (most recent call last):\n"])
            out += nest.mark(frames.format())
    elif tb is not None:
        out += nest.mark(["Traceback (most recent call last):\n"])
        out += nest.mark(format_tb(tb, limit=limit))
    out += nest.mark(format_exception_only(value))
    return out


def _format_group(group, tb, limit, chain, seen, nest):
    if nest.level > nest.depth:
        return nest.mark([f"... (max_group_depth is {nest.depth})\n"])
    outermost = nest.level == 0
    if outermost:
        nest.level = 1
    out = []
    if tb is not None:
        out += nest.mark(["Exception Group Traceback (most recent call last):\n"], "+" if outermost else "|")
        out += nest.mark(format_tb(tb, limit=limit))
    out += nest.mark(format_exception_only(group))
    members = group.exceptions
    count = len(members)
    shown = count if count <= nest.width else nest.width + 1
    nest.close_pending = False
    for pos in range(shown):
        final = pos == shown - 1
        if final:
            nest.close_pending = True
        elided = pos >= nest.width
        label = "..." if elided else str(pos + 1)
        opener = "+-" if pos == 0 else "  "
        out.append("  " * nest.level + opener + f"+---------------- {label} ----------------\n")
        nest.level += 1
        if elided:
            extra = count - nest.width
            out += nest.mark([f"and {extra} more exception{'s' if extra > 1 else ''}\n"])
        else:
            member = members[pos]
            out += _format_chain(member, member.__traceback__, limit, chain, seen, nest)
        if final and nest.close_pending:
            out.append("  " * nest.level + "+------------------------------------\n")
            nest.close_pending = False
        nest.level -= 1
    if outermost:
        nest.level = 0
    return out


def _unpack(exc, value, tb):
    if value is _NOT_GIVEN and tb is _NOT_GIVEN:
        if exc is None:
            return None, None
        return exc, exc.__traceback__
    if (value is _NOT_GIVEN) != (tb is _NOT_GIVEN):
        raise ValueError("Both or neither of value and tb must be given")
    if tb is None and value is not None:
        tb = None
    return value, tb


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, chain=True):
    """The lines print_exception would write."""
    value, tb = _unpack(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, file=None, chain=True):
    """Prints an exception with its traceback and chain (to stderr)."""
    _write_all(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    _, current, _ = sys.exc_info()
    return "".join(format_exception(current, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (to stderr)."""
    _, current, _ = sys.exc_info()
    print_exception(current, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    last = getattr(sys, "last_value", None)
    if last is None:
        raise ValueError("no last exception")
    print_exception(last, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


def walk_stack(f):
    raise NotImplementedError("walk_stack: Pyrite has no frame objects")


class TracebackException:
    """An exception captured for later formatting (a subset of CPython's:
    from_exception, format, format_exception_only, stack, exc_type,
    __cause__/__context__ chains)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self._value = exc_value
        self._limit = limit
        self._stack = extract_tb(exc_traceback, limit=limit)
        self._stack_replaced = False
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.__cause__ = self._wrap(getattr(exc_value, "__cause__", None), seen)
        self.__context__ = self._wrap(getattr(exc_value, "__context__", None), seen)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [self._wrap(member, seen) or TracebackException(
                type(member), member, member.__traceback__, limit=limit, _seen=set())
                for member in exc_value.exceptions]
        else:
            self.exceptions = None
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @property
    def stack(self):
        return self._stack

    @stack.setter
    def stack(self, frames):
        # A replaced stack (unittest drops its own frames) is what format shows.
        self._stack = frames
        self._stack_replaced = True

    def _wrap(self, exc, seen):
        if exc is None or id(exc) in seen:
            return None
        return TracebackException(type(exc), exc, exc.__traceback__, limit=self._limit,
                                  max_group_width=self.max_group_width,
                                  max_group_depth=self.max_group_depth, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format_exception_only(self):
        yield from format_exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        value = self._value
        if value is None:
            yield "NoneType: None\n"
            return
        nest = _Nesting(self.max_group_width, self.max_group_depth)
        frames = self._stack if self._stack_replaced else None
        yield from _format_chain(value, value.__traceback__, self._limit, chain, set(), nest, frames)

    def print(self, *, file=None, chain=True):
        _write_all(self.format(chain=chain), file)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._value is other._value
        return NotImplemented

    def __str__(self):
        return _safe_str(self._value)
