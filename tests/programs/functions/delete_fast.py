# `del` of a local: the value dropped at once, UnboundLocalError when unset, in every tier.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(k):
    x = D(k)
    del x
    print("after del", k)
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    if k % 2:
        y = 1
    try:
        del y
        print("deleted y")
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        raise ValueError(k)
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
for k in range(4):
    f(k)
