from _circ2_a import A
