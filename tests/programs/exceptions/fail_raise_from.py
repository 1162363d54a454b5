# Uncaught exception with an explicit cause: both tracebacks are shown
class ConfigError(Exception):
    pass

def read_port(settings):
    return int(settings["port"])

def load(settings):
    try:
        return read_port(settings)
    except (KeyError, ValueError) as exc:
        raise ConfigError("invalid port setting") from exc

print(load({"port": "8080"}))
try:
    load({})
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print(load({"port": "eighty"}))
print("not reached")
