# return, break and continue interacting with finally
def return_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
print(return_in_try())
def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"
print(finally_overrides())
def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception discarded by return in finally"
print(finally_swallows_exception())
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x, "in finally")
print(return_value_evaluated_first())
def mutable_return():
    data = [1]
    try:
        return data
    finally:
        data.append("added in finally")
print(mutable_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("finally on", i)
print("broke at", i)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break in finally discarded exception " + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(while_finally())
def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return_finally())
