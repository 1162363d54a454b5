# Uncaught TypeError from calling a method with a missing argument
class Shape:
    def __init__(self, name):
        self.name = name

    def scaled(self, factor, offset):
        return factor * 2 + offset

def build():
    s = Shape("sq")
    print("built", s.name)
    print(s.scaled(2, 1))
    print(s.scaled(offset=0, factor=5))
    return s.scaled(3)

try:
    Shape()
except TypeError as e:
    print("caught:", e)
build()
print("not reached")
