# raise ... from ...: the traceback shows both; the last line is the outer exception.
class ConfigError(Exception):
    pass

def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError(f"missing key {e}") from e

print(load({"port": 80}))
load({})
