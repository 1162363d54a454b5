# finally with return / break / continue, and exceptions crossing them
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(ret_in_finally())

def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def ret_value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(ret_value_kept())

def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())

def loop_return_finally():
    for i in range(3):
        try:
            if i == 1:
                return "returned at %d" % i
        finally:
            print("finally", i)
print(loop_return_finally())

def while_break_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
            continue
        finally:
            print("while finally", n)
    return n
print(while_break_finally())

def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    finally:
        print("finally after except")
print(except_then_finally())

def raise_in_except():
    try:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("from handler")
        finally:
            print("inner finally runs")
    except ValueError as e:
        print("outer caught", e, "context", repr(e.__context__))
raise_in_except()

def finally_exception_replaces():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except Exception as e:
        return type(e).__name__, repr(e.__context__)
print(finally_exception_replaces())

def else_clause(fail):
    try:
        if fail:
            raise RuntimeError("x")
    except RuntimeError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", fail)
print(else_clause(True), else_clause(False))

# exception variable is unbound after the handler
def unbound_after():
    try:
        raise ValueError()
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound_after()

# handled exception restored after nested handler
import sys
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

# bare raise re-raises current
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        try:
            raise
        except TypeError as e:
            return str(e)
print(reraiser())

# break out of with inside loop
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None); return False
for i in range(3):
    with CM(i):
        if i == 1:
            break
        continue
def with_return():
    with CM("r") as c:
        return c.name
print(with_return())
