"""A module with a docstring."""
print("executing _documented")
VALUE = 1
