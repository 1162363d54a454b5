# try statements nested inside except, else and finally blocks
def parse_all(items):
    results = []
    for it in items:
        try:
            results.append(int(it))
        except ValueError:
            try:
                results.append(float(it))
            except ValueError:
                results.append(None)
    return results
print(parse_all(["1", "2.5", "x", "-3", "1e3"]))
def handler_fails():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as e:
            return "inner handled " + str(e) + ", context " + repr(e.__context__)
print(handler_fails())
def cleanup_fails():
    log = []
    try:
        try:
            log.append("work")
            raise IOError("disk")
        finally:
            log.append("cleanup")
            try:
                raise RuntimeError("cleanup problem")
            except RuntimeError:
                log.append("cleanup problem handled")
    except IOError as e:
        log.append("outer caught " + str(e))
    return log
print(cleanup_fails())
def deep(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except ValueError as e:
    print("caught", e)
def else_with_try():
    try:
        value = 10
    except Exception:
        return "never"
    else:
        try:
            return value / 0
        except ZeroDivisionError:
            return "else-block try caught division"
print(else_with_try())
def three_levels():
    out = []
    try:
        try:
            try:
                raise IndexError("deep")
            except KeyError:
                out.append("wrong handler")
        except IndexError as e:
            out.append("level 2 got " + str(e))
            raise TypeError("converted")
    except TypeError as e:
        out.append("level 1 got " + str(e))
    return out
print(three_levels())
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise
    finally:
        print("finally sees propagation")
except ValueError as e:
    print("re-raised through finally:", e)
