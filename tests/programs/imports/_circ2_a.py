import _circ2_b
A = "a"
