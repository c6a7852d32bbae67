import logging

for lvl in (0, 10, 20, 30, 40, 50, 5, 99):
    print(lvl, logging.getLevelName(lvl))
for name in ("DEBUG", "INFO", "WARN", "WARNING", "FATAL", "CRITICAL", "NOPE"):
    print(name, logging.getLevelName(name))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.WARN, logging.FATAL, logging.NOTSET)

log = logging.getLogger("lv")
log.setLevel("INFO")
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(10), log.isEnabledFor(20))
for bad in ("LOUD", 1.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log.setLevel(logging.NOTSET)
print(log.getEffectiveLevel())
logging.disable(logging.WARNING)
print(log.isEnabledFor(30), log.isEnabledFor(40))
logging.disable(logging.NOTSET)
print(log.isEnabledFor(30))
