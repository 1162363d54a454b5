# Circular import, part B: A is only partially initialised while B runs
print("start _circ_b")
import _circ_a

print("in _circ_b, _circ_a has A_VALUE yet:", hasattr(_circ_a, "A_VALUE"))
B_VALUE = "b value"


def b_func():
    return "b_func sees " + _circ_a.A_VALUE


print("end _circ_b")
