# global declarations let functions rebind module-level names
count = 0
def increment():
    global count
    count += 1
    return count
print(increment(), increment(), count)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = "local"
    return count
print(shadow(), count)
def create_new():
    global brand_new
    brand_new = "created inside function"
create_new()
print(brand_new)
def nested():
    def inner():
        global count
        count = 100
    inner()
    return count
print(nested(), count)
x = "module x"
def outer():
    x = "outer x"
    def inner():
        global x
        return x
    return inner()
print(outer())
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
lst = []
def mutate():
    lst.append("no global needed to mutate")
mutate()
print(lst)
def loop_global():
    global i
    for i in range(3):
        pass
loop_global()
print(i)
class C:
    global from_class
    from_class = "set in class body"
print(from_class)
def uses_after():
    global result
    total = 0
    for k in range(5):
        total += k
    result = total
uses_after()
print(result)
