# Assignment anywhere in a function makes a name local for the whole function
x = 10
def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(reads_then_assigns())
def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
augmented()
def conditional(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(conditional(True))
print(conditional(False))
def loop_var_never_bound():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return str(e)
print(loop_var_never_bound())
def closure_before_assign():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = "now bound"
    return inner()
print(closure_before_assign())
def deleted():
    w = 1
    del w
    try:
        w
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
def except_var():
    try:
        raise ValueError("boom")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(except_var())
print(issubclass(UnboundLocalError, NameError))
def import_is_assignment():
    try:
        print(math.pi)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    import math
    return round(math.pi, 3)
print(import_is_assignment())
def def_is_assignment():
    try:
        helper()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    def helper():
        return "helper"
    return helper()
print(def_is_assignment())
