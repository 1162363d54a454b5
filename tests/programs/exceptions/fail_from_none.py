# Uncaught exception raised with `from None`: the context is hidden
class Settings:
    def __init__(self, values):
        self._values = values

    def get(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError("no setting named " + repr(name)) from None

s = Settings({"debug": True})
print(sorted(s._values))
print(s.get("debug"))
try:
    s.get("x")
except AttributeError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__)
print(s.get("verbose"))
print("not reached")
