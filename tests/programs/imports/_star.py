# Module with __all__ to test star imports
__all__ = ["public_a", "_listed_private"]

public_a = "a"
public_b = "b (not in __all__)"
_listed_private = "private but listed in __all__"
_hidden = "hidden"
