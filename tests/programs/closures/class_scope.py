# Class bodies are not enclosing scopes for the functions defined inside them
x = "global"
class A:
    x = "class attr"
    def method(self):
        return x
    def method_self(self):
        return self.x
    y = x + " reused in class body"
print(A().method(), "|", A().method_self(), "|", A.y)
def outer():
    z = "outer local"
    class B:
        z = "class z"
        def get(self):
            return z
        w = z
    return B().get(), B.w
print(outer())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(C.doubled, C.total)
class D:
    n = 5
    try:
        vals = [n * i for i in range(3)]
    except NameError as e:
        vals = "NameError: " + str(e)
print(D.vals)
class E:
    n = 3
    vals = [i for i in range(n)]
print(E.vals)
def f():
    v = "function local"
    class F:
        v = "class v"
        def m(self):
            return v
        lam = lambda self: v
    return F().m(), F().lam()
print(f())
class G:
    counter = 0
    def bump(self):
        try:
            counter += 1
        except UnboundLocalError as e:
            return type(e).__name__
    def bump_ok(self):
        G.counter += 1
        return G.counter
print(G().bump(), G().bump_ok(), G().bump_ok())
class H:
    a = 1
    b = a + 1
    a = 10
    c = a + b
print(H.a, H.b, H.c)
