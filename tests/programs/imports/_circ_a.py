# Circular import, part A: imports B at the top, B imports A back
print("start _circ_a")
import _circ_b

A_VALUE = "a value"


def a_func():
    return "a_func sees " + _circ_b.B_VALUE


def a_calls_b():
    return _circ_b.b_func()


print("end _circ_a")
