# Module without __all__: star import takes every name not starting with _
visible_one = 1
visible_two = 2
_underscore = "not imported by *"


def visible_func():
    return "visible_func"
