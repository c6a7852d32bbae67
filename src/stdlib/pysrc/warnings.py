"""Warning control: warn, warn_explicit, the filters (filterwarnings,
simplefilter, resetwarnings), showwarning/formatwarning and
catch_warnings.  Written for Pyrite from the documented 3.11 behaviour.

The caller's location comes from the private native `_callerinfo`
module (Pyrite has no frame objects).  Message and module patterns are
regular expressions when the `re` module is available; without it only
patterns free of regex syntax are accepted (matched literally)."""

import sys
import _callerinfo

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_REGEX_CHARS = set(".^$*+?{}[]\\|()")


class _Pattern:
    """A compiled message/module pattern (re.match semantics)."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._fold = ignore_case
        self._regex = None
        if _REGEX_CHARS.intersection(text.replace("\\Z", "")):
            try:
                import re
            except ImportError:
                raise NotImplementedError(
                    "warnings filter patterns with regular expression syntax need the re module")
            self._regex = re.compile(text, re.I if ignore_case else 0)

    def match(self, s):
        if self._regex is not None:
            return self._regex.match(s) is not None
        literal = self.pattern
        exact = literal.endswith("\\Z")
        if exact:
            literal = literal[:-2]
        if self._fold:
            literal, s = literal.lower(), s.lower()
        return s == literal if exact else s.startswith(literal)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self._fold) == (other.pattern, other._fold)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        flags = ", re.IGNORECASE" if self._fold else ""
        return f"re.compile({self.pattern!r}{flags})"


filters = []
defaultaction = "default"
onceregistry = {}
_version = [1]


def _filters_mutated():
    _version[0] += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `action` for warnings whose text starts with the
    `message` pattern, of class `category`, raised in modules matching
    `module`, at line `lineno` (0 = any)."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    msg_pat = _Pattern(message, True) if message else None
    mod_pat = _Pattern(module + "\\Z", False) if module else None
    _add_filter((action, msg_pat, category, mod_pat, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message and module."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the default ones included)."""
    filters[:] = []
    _filters_mutated()


def _read_line(filename, lineno):
    try:
        with open(filename) as fh:
            for number, text in enumerate(fh, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: `file:line: Category: message` and
    the source line."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _read_line(filename, lineno)
    if line:
        text += "  " + line.strip() + "\n"
    return text


def _default_showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _default_showwarning
_showwarning_orig = showwarning


def _showwarnmsg_impl(msg):
    _default_showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    if msg.source is not None:
        # A warning about an object (e.g. a coroutine never awaited): CPython
        # adds where it was allocated, or this hint when it cannot tell.
        file = msg.file if msg.file is not None else sys.stderr
        if file is not None:
            try:
                file.write(f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n")
            except OSError:
                pass


def _showwarnmsg(msg):
    # A user replacement of showwarning wins over the record hook.
    module = sys.modules[__name__]
    custom = module.showwarning
    if custom is not _showwarning_orig:
        if not callable(custom):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        custom(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    module._showwarnmsg_impl(msg)


class WarningMessage:
    """One recorded warning (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning with an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:len(module) - 3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _version[0]:
        registry.clear()
        registry["version"] = _version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg_pat, cat, mod_pat, ln in filters:
        if ((msg_pat is None or msg_pat.match(text)) and issubclass(category, cat)
                and (mod_pat is None or mod_pat.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {action}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (shown on stderr, ignored or raised as the filters
    say), attributed to the caller `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    site = _callerinfo.location(stacklevel)
    if site is None:
        globals_ = sys.__dict__
        filename, lineno = "sys", 1
    else:
        filename, lineno, globals_, _ = site
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on
    exit; with record=True, `with` binds a list collecting the warnings."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


# The filters of a release build of CPython 3.11 without -W options.
simplefilter("ignore", ResourceWarning)
simplefilter("ignore", ImportWarning)
simplefilter("ignore", PendingDeprecationWarning)
simplefilter("ignore", DeprecationWarning)
filterwarnings("default", category=DeprecationWarning, module="__main__")


# -W options and PYTHONWARNINGS (in sys.warnoptions, the later winning):
# "action:message:category:module:lineno", every field optional.
def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(text):
            return name
    raise ValueError(f"invalid action: {text!r}")


def _option_category(text):
    if not text:
        return Warning
    if "." in text:
        module_name, _, attr = text.rpartition(".")
        try:
            found = getattr(__import__(module_name, None, None, [attr]), attr)
        except (ImportError, AttributeError):
            raise ValueError(f"invalid module name: {module_name!r}") from None
    else:
        import builtins
        found = getattr(builtins, text, None)
        if found is None:
            raise ValueError(f"unknown warning category: {text!r}")
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise ValueError(f"invalid warning category: {text!r}")
    return found


def _literal_pattern(text):
    if _REGEX_CHARS.intersection(text):
        import re
        return re.escape(text)
    return text


def _apply_option(option):
    fields = [f.strip() for f in option.split(":")]
    if len(fields) > 5:
        raise ValueError(f"too many fields (max 5): {option!r}")
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _option_action(action)
    category = _option_category(category)
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = -1
        if number < 0:
            raise ValueError(f"invalid lineno {lineno!r}")
    else:
        number = 0
    filterwarnings(action, _literal_pattern(message), category, _literal_pattern(module), number)


def _apply_options(options):
    for option in options:
        try:
            _apply_option(option)
        except ValueError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_apply_options(getattr(sys, "warnoptions", ()))
