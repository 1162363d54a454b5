# Exceptions flowing through with statements
class Tracked:
    def __init__(self, name, log, swallow=()):
        self.name, self.log, self.swallow = name, log, swallow
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit " + self.name + " " + (et.__name__ if et else "ok"))
        return et is not None and issubclass(et, self.swallow)
log = []
try:
    with Tracked("a", log), Tracked("b", log, swallow=(KeyError,)):
        raise KeyError("k")
except KeyError:
    log.append("never")
print(log)
log = []
try:
    with Tracked("a", log, swallow=(ValueError,)):
        with Tracked("b", log):
            raise ValueError("v")
    log.append("after with")
except ValueError:
    log.append("never")
print(log)
log = []
try:
    with Tracked("only", log):
        raise TypeError("t")
except TypeError as e:
    log.append("caught " + str(e))
print(log)
def in_function():
    log = []
    with Tracked("f", log):
        try:
            raise IndexError("i")
        except IndexError:
            log.append("handled inside body")
    return log
print(in_function())
class ExitSees:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__, str(ev), type(tb).__name__) if et else None
        return True
cm = ExitSees()
with cm:
    raise LookupError("seen by exit")
print(cm.seen)
with cm:
    pass
print(cm.seen)
class ExitReplaces:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise RuntimeError("replaced") from ev
try:
    with ExitReplaces():
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def gen_with():
    log = []
    with Tracked("g", log):
        yield log
    log.append("after with in generator")
g = gen_with()
l = next(g)
print(l)
try:
    next(g)
except StopIteration:
    print(l)
