# logging for Pyrite, written from the documented behaviour of CPython 3.11's
# `logging` package: levels, loggers arranged in a dotted-name hierarchy under
# the root logger, records, formatters with the '%', '{' and '$' styles,
# filters, handlers (stream, file, null, the last-resort stderr handler),
# adapters, and the module-level helpers that configure the root logger on
# first use.  Pyrite runs one thread, so handler locks are trivial.

import sys
import os
import io
import time
import traceback
import string as _string_mod

__all__ = ('BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler '
           'Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET '
           'NullHandler StreamHandler WARN WARNING addLevelName basicConfig '
           'captureWarnings critical debug disable error exception fatal '
           'getLevelName getLogger getLoggerClass info log makeLogRecord '
           'setLoggerClass shutdown warn warning getLogRecordFactory '
           'setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping').split()

raiseExceptions = True
logThreads = logMultiprocessing = logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _lvl, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                  (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _levelToName[_lvl] = _nm
    _nameToLevel[_nm] = _lvl
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
del _lvl, _nm

# Frames whose code comes from this source are logging's own and are
# skipped when looking for the caller of a logging call.
_srcfile = sys._getframe(0).f_code.co_filename
_startTime = time.time()
_MAIN_THREAD_IDENT = 1


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    found = _levelToName.get(level)
    if found is not None:
        return found
    found = _nameToLevel.get(level)
    if found is not None:
        return found
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName.update({level: levelName})
    _nameToLevel.update({levelName: level})


def _checkLevel(level):
    if type(level) is str or isinstance(level, str):
        try:
            return _nameToLevel[level]
        except KeyError:
            raise ValueError("Unknown level: %r" % level) from None
    if not isinstance(level, int):
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return level


def _is_mapping(obj):
    import collections.abc as abcs
    return isinstance(obj, abcs.Mapping)


# ---------------------------------------------------------------- records

def _place(pathname):
    # (filename, module) for a record's pathname.
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord(object):
    """One logged event: the message, its arguments and where it came from."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        if args and len(args) == 1 and args[0] and _is_mapping(args[0]):
            args = args[0]
        where = _place(pathname)
        vars(self).update(
            name=name, msg=msg, args=args, levelname=getLevelName(level),
            levelno=level, pathname=pathname, filename=where[0], module=where[1],
            exc_info=exc_info, exc_text=None, stack_info=sinfo, lineno=lineno,
            funcName=func, created=now, msecs=int((now % 1) * 1000) + 0.0,
            relativeCreated=(now - _startTime) * 1000,
            thread=_MAIN_THREAD_IDENT if logThreads else None,
            threadName='MainThread' if logThreads else None,
            processName='MainProcess' if logMultiprocessing else None,
            process=os.getpid() if logProcesses else None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_factories = [LogRecord]


def setLogRecordFactory(factory):
    _factories[0] = factory


def getLogRecordFactory():
    return _factories[0]


def makeLogRecord(dict):
    record = _factories[0](None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- formatting

_DEFAULTS = {'%': '%(message)s', '{': '{message}', '$': '${message}'}
_TIME_MARKS = {'%': ('%(asctime)',), '{': ('{asctime',), '$': ('$asctime', '${asctime}')}


def _percent_field_ok(text, at):
    # Is there a complete '%(key)<flags><width><.prec><conv>' at text[at:]?
    close = text.find(')', at + 2)
    key = text[at + 2:close] if close >= 0 else ''
    if not key or not key.replace('_', 'a').isalnum():
        return False
    rest = text[close + 1:].lstrip('#0+ -')
    rest = rest.lstrip('0123456789*')
    if rest.startswith('.'):
        rest = rest[1:].lstrip('0123456789*')
    return rest[:1] != '' and rest[0] in 'diouxefgcrsa%'


def _template_names(text):
    # The placeholders of a string.Template, or ValueError for a bad '$'.
    found = set()
    pieces = text.split('$$')
    for piece in pieces:
        at = piece.find('$')
        while at >= 0:
            tail = piece[at + 1:]
            if tail.startswith('{') and '}' in tail and tail[1:tail.index('}')].isidentifier():
                found.add(tail[1:tail.index('}')])
            else:
                word = ''
                for ch in tail:
                    if not (ch.isalnum() or ch == '_'):
                        break
                    word += ch
                if not word.isidentifier():
                    raise ValueError("invalid format: bare '$' not allowed")
                found.add(word)
            at = piece.find('$', at + 1)
    return found


class _Style(object):
    # One of the three format styles a Formatter can use.
    def __init__(self, kind, fmt, defaults):
        self.kind = kind
        self._fmt = fmt or _DEFAULTS[kind]
        self._defaults = defaults

    def usesTime(self):
        return any(mark in self._fmt for mark in _TIME_MARKS[self.kind])

    def validate(self):
        fmt = self._fmt
        if self.kind == '%':
            spots = [i for i in range(len(fmt)) if fmt.startswith('%(', i)]
            if not any(_percent_field_ok(fmt, i) for i in spots):
                raise ValueError("Invalid format '%s' for '%s' style" % (fmt, '%'))
        elif self.kind == '$':
            if not _template_names(fmt):
                raise ValueError('invalid format: no fields')
        else:
            self._check_braces(fmt)

    def _check_braces(self, fmt):
        try:
            parsed = list(_string_mod.Formatter().parse(fmt))
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        fields = [p for p in parsed if p[1] is not None]
        named = 0
        for _, field, _, conv in fields:
            if not field:
                continue
            head = field.split('.')[0].split('[')[0]
            if not head or not head.replace('_', 'a').isalnum():
                raise ValueError('invalid field name/expression: %r' % field)
            if conv and conv not in 'rsa':
                raise ValueError('invalid conversion: %r' % conv)
            named += 1
        if not named:
            raise ValueError('invalid format: no fields')

    def format(self, record):
        values = record.__dict__
        if self._defaults:
            values = {**self._defaults, **values}
        try:
            if self.kind == '%':
                return self._fmt % values
            if self.kind == '{':
                return self._fmt.format(**values)
            return _string_mod.Template(self._fmt).substitute(**values)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_BASIC = {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}',
          '$': '${levelname}:${name}:${message}'}


def _check_style(style):
    if style not in _BASIC:
        raise ValueError('Style must be one of: %s' % ','.join(_BASIC))


class Formatter(object):
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        _check_style(style)
        self._style = _Style(style, fmt, defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        sink = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sink)
        text = sink.getvalue()
        return text[:-1] if text[-1:] == '\n' else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        parts = [self.formatMessage(record)]
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            parts.append(record.exc_text)
        if record.stack_info:
            parts.append(self.formatStack(record.stack_info))
        text = parts[0]
        for extra in parts[1:]:
            text += extra if text.endswith('\n') else '\n' + extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter(object):
    """Lets through records of the logger `name` and its descendants."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        mine = self.name
        return not mine or record.name == mine or record.name.startswith(mine + '.')


class Filterer(object):
    """Something holding a list of filters (loggers and handlers)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if all(f is not filter and f != filter for f in self.filters):
            self.filters += [filter]

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass

    def filter(self, record):
        for f in self.filters:
            test = f.filter if hasattr(f, 'filter') else f
            if not test(record):
                return False
        return True


# ---------------------------------------------------------------- handlers

_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Sends records somewhere; subclasses define `emit`."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name = self.formatter = None
        self.level = _checkLevel(level)
        self._closed = False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # Pyrite runs one thread: the handler lock is never contended.
    def createLock(self):
        self.lock = None

    def acquire(self):
        return None

    def release(self):
        return None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        chosen = self.formatter if self.formatter else _defaultFormatter
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        verdict = self.filter(record)
        if verdict:
            self.emit(record)
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        return None

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        sink = sys.stderr
        if not raiseExceptions or not sink:
            return
        kind, err, tb = sys.exc_info()
        try:
            sink.write('--- Logging error ---\n')
            traceback.print_exception(kind, err, tb, None, sink)
            sink.write('Call stack:\n')
            outer = _outside_frame()
            if outer is None:
                sink.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            else:
                sink.write(_stack_text(outer))
            try:
                text = 'Message: %r\nArguments: %s\n' % (record.msg, record.args)
            except RecursionError:
                raise
            except Exception:
                text = ('Unable to print the message and arguments - possible '
                        'formatting error.\nUse the traceback above to help find the error.\n')
            sink.write(text)
        except OSError:
            pass
        finally:
            kind = err = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records, each followed by `terminator`, to a stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream if stream is not None else sys.stderr

    def flush(self):
        target = self.stream
        if target and hasattr(target, "flush"):
            target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        old = self.stream
        if old is stream:
            return None
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (at once or when first used)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.errors, self.delay = mode, errors, delay
        self.encoding = 'locale' if encoding is None and 'b' not in mode else encoding
        self._builtin_open = open
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        if 'b' in self.mode:
            return self._builtin_open(self.baseFilename, self.mode)
        enc = self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=None if enc == 'locale' else enc,
                                  errors=self.errors)

    def close(self):
        target, self.stream = self.stream, None
        try:
            if target is not None:
                try:
                    if hasattr(target, 'flush'):
                        target.flush()
                finally:
                    if hasattr(target, 'close'):
                        target.close()
        finally:
            Handler.close(self)

    def emit(self, record):
        # A closed 'w' handler must not truncate its file again.
        if self.stream is None and not (self.mode == 'w' and self._closed):
            self.stream = self._open()
        if self.stream is None:
            return
        StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """A handler that does nothing (for libraries that must not print)."""

    def handle(self, record):
        return None

    def emit(self, record):
        return None


class _StderrHandler(StreamHandler):
    # Used when a record finds no handler at all: writes the bare message
    # to whatever sys.stderr is when the record arrives.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


# ---------------------------------------------------------------- loggers

class PlaceHolder(object):
    """Stands in the logger table for a dotted name no one has asked for yet."""

    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys([alogger])

    def append(self, alogger):
        self.loggerMap.setdefault(alogger)


_classes = {'logger': None}


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    _check_logger_class(klass)
    _classes['logger'] = klass


def getLoggerClass():
    return _classes['logger']


class Manager(object):
    """Holds the loggers by name and keeps their parent links right."""

    def __init__(self, rootnode):
        self.root, self.disable = rootnode, 0
        self.loggerDict = {}
        self.emittedNoHandlerWarning = False
        self.loggerClass = self.logRecordFactory = None

    def getLogger(self, name):
        if type(name) is not str and not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        entry = self.loggerDict.get(name)
        if entry is None or isinstance(entry, PlaceHolder):
            entry = (self.loggerClass or _classes['logger'])(name)
            entry.manager = self
            self.loggerDict[name] = entry
            self._link(entry)
        return entry

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link(self, made):
        # Parent: the nearest existing logger among the dotted prefixes;
        # prefixes that have no logger get a placeholder.
        parts = made.name.split('.')
        parent = self.root
        for size in range(len(parts) - 1, 0, -1):
            prefix = '.'.join(parts[:size])
            entry = self.loggerDict.setdefault(prefix, PlaceHolder(made))
            if isinstance(entry, PlaceHolder):
                entry.append(made)
                continue
            parent = entry
            break
        made.parent = parent
        # Descendants that were hanging from an ancestor now hang from us.
        below = made.name + '.'
        for other in self.loggerDict.values():
            if isinstance(other, PlaceHolder) or not other.name.startswith(below):
                continue
            if not other.parent.name.startswith(below):
                other.parent = made

    def _clear_cache(self):
        everyone = [self.root] + list(self.loggerDict.values())
        for entry in everyone:
            if not isinstance(entry, PlaceHolder):
                entry._cache.clear()


def _stack_text(frame):
    # traceback.print_stack's text for the stack ending at `frame`.
    entries = []
    while frame is not None:
        entries.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, None))
        frame = frame.f_back
    entries.reverse()
    return ''.join(traceback.format_list(traceback.StackSummary.from_list(entries)))


def _outside_frame():
    # The innermost frame that is not logging's own code.
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == _srcfile:
        frame = frame.f_back
    return frame


def _caller(stack_info, stacklevel):
    # The first frame outside this module, `stacklevel - 1` frames further out
    # (or the outermost one).
    frame = _outside_frame()
    for _ in range(stacklevel - 1):
        if frame is None or frame.f_back is None:
            break
        frame = frame.f_back
    if frame is None:
        return "(unknown file)", 0, "(unknown function)", None
    sinfo = None
    if stack_info:
        sinfo = 'Stack (most recent call last):\n' + _stack_text(frame)
        sinfo = sinfo[:-1] if sinfo.endswith('\n') else sinfo
    return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, sinfo


class Logger(Filterer):
    """A named channel for log messages."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.handlers, self.disabled, self._cache = [], False, {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def _at(self, level, msg, args, kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._at(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._at(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._at(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self._at(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._at(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self._at(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        self._at(CRITICAL, msg, args, kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            self._at(level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        return _caller(stack_info, stacklevel)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        made = _factories[0](name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or ()):
            if key == "message" or key == "asctime" or key in vars(made):
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            vars(made)[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = type(exc_info), exc_info, exc_info.__traceback__
            elif type(exc_info) is not tuple and not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, where[0], where[1], msg, args,
                                    exc_info, where[2], extra, where[3]))

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def addHandler(self, hdlr):
        if all(h is not hdlr for h in self.handlers):
            self.handlers += [hdlr]

    def removeHandler(self, hdlr):
        self.handlers = [h for h in self.handlers if h is not hdlr]

    def _chain(self):
        # This logger and the ancestors its records propagate to.
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for target in node.handlers:
                seen += 1
                if target.level <= record.levelno:
                    target.handle(record)
        if seen:
            return
        fallback = lastResort
        if fallback:
            if fallback.level <= record.levelno:
                fallback.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node is not None and not node.level:
            node = node.parent
        return NOTSET if node is None else node.level

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            verdict = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._cache[level] = verdict
            return verdict

    def getChild(self, suffix):
        full = suffix if self is self.root else '%s.%s' % (self.name, suffix)
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_classes['logger'] = Logger


def _deprecated_warn(what):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % what,
                  DeprecationWarning, 3)


class LoggerAdapter(object):
    """Wraps a logger to add context (`extra`) to every call."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        kwargs.update(extra=self.extra)
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self._relay(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._relay(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._relay(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self._relay(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._relay(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self._relay(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        self._relay(CRITICAL, msg, args, kwargs)

    def log(self, level, msg, *args, **kwargs):
        self._relay(level, msg, args, kwargs)

    def _relay(self, level, msg, args, kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------- module level

def basicConfig(**kwargs):
    options = dict(kwargs)
    if options.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    given = options.pop('handlers', None)
    has_target = 'stream' in options or 'filename' in options
    if given is not None and has_target:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if given is None and 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if given is None:
        path = options.pop('filename', None)
        mode = options.pop('filemode', 'a')
        enc = options.pop('encoding', None)
        errs = options.pop('errors', 'backslashreplace')
        stream = options.pop('stream', None)
        if path:
            given = [FileHandler(path, mode, encoding=enc,
                                 errors=None if 'b' in mode else errs)]
        else:
            given = [StreamHandler(stream)]
    style = options.pop('style', '%')
    _check_style(style)
    shared = Formatter(options.pop('format', _BASIC[style]), options.pop('datefmt', None), style)
    for h in given:
        if h.formatter is None:
            h.setFormatter(shared)
        root.addHandler(h)
    level = options.pop('level', None)
    if level is not None:
        root.setLevel(level)
    for ignored in ('filemode', 'encoding', 'errors'):
        options.pop(ignored, None)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _on_root(level, msg, args, kwargs):
    # The module-level helpers: configure the root logger on first use.
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def critical(msg, *args, **kwargs):
    _on_root(CRITICAL, msg, args, kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _on_root(ERROR, msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs['exc_info'] = exc_info
    _on_root(ERROR, msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _on_root(WARNING, msg, args, kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    _on_root(WARNING, msg, args, kwargs)


def info(msg, *args, **kwargs):
    _on_root(INFO, msg, args, kwargs)


def debug(msg, *args, **kwargs):
    _on_root(DEBUG, msg, args, kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=None):
    targets = list(_handlerList if handlerList is None else handlerList)
    for h in targets[::-1]:
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            continue
        except Exception:
            if raiseExceptions:
                raise


_saved_showwarning = []


def _showwarning(message, category, filename, lineno, file=None, line=None):
    import warnings
    if file is not None:
        for original in _saved_showwarning:
            original(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", str(text))


def captureWarnings(capture):
    import warnings
    if capture and not _saved_showwarning:
        _saved_showwarning.append(warnings.showwarning)
        warnings.showwarning = _showwarning
    elif not capture and _saved_showwarning:
        warnings.showwarning = _saved_showwarning.pop()


def currentframe():
    return sys._getframe(1)
