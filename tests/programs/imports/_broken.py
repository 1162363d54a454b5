# Module whose import fails part-way through
print("executing _broken (attempt)")
PARTIAL = "defined before the error"
raise ValueError("_broken cannot be imported")
