# An attribute whose name is on a later line than its object: the
# location moves to the name (CPython's update_start_location_to_match_attr).
class Box:
    pass


def open_box(b):
    return (b
            .lid.colour)


print(open_box.__name__)
open_box(Box())
