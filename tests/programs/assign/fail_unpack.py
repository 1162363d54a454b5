# Uncaught unpacking ValueError raised inside a loop in a function
def parse(lines):
    out = {}
    for line in lines:
        key, value = line.split("=")
        out[key] = value
        print("parsed", key, value)
    return out

def load():
    return parse(["a=1", "b=2", "c=3=4"])

first, second = "ab"
print(first, second)
(x, y), z = (1, 2), 3
print(x, y, z)
print(parse(["k=v"]))
print("loading")
load()
print("not reached")
