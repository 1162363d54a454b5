# Nested functions three levels deep reading and writing enclosing variables
def level1(a):
    b = a * 2
    def level2(c):
        d = c + b
        def level3(e):
            return a, b, c, d, e
        return level3
    return level2
print(level1(1)(10)(100))
f2 = level1(5)
f3a = f2(1)
f3b = f2(2)
print(f3a("x"), f3b("y"))
def outer():
    log = []
    def middle(tag):
        count = 0
        def inner():
            nonlocal count
            count += 1
            log.append(tag + str(count))
            return count
        return inner
    i1 = middle("p")
    i2 = middle("q")
    i1()
    i1()
    i2()
    i1()
    return log
print(outer())
def chain():
    x = 0
    def m():
        def n():
            def o():
                nonlocal x
                x += 1000
                return x
            return o()
        return n()
    m()
    m()
    return x
print(chain())
def skip_levels():
    secret = "from level 1"
    def l2():
        def l3():
            def l4():
                return secret
            return l4
        return l3
    return l2()()()
print(skip_levels())
def shadows():
    v = 1
    def l2():
        v = 2
        def l3():
            return v
        return l3()
    return v, l2()
print(shadows())
def param_capture(x):
    def l2(y):
        def l3(z):
            return x + y + z
        return l3
    return l2
print(param_capture(1)(2)(3), param_capture("a")("b")("c"))
