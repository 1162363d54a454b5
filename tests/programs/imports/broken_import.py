# A module whose import raises is not cached; importing again re-executes it
import sys
try:
    import _broken
except ValueError as e:
    print("first attempt:", type(e).__name__, e)
print("_broken" in sys.modules)
try:
    import _broken
except ValueError as e:
    print("second attempt:", e)
try:
    from _broken import PARTIAL
except ValueError as e:
    print("from-import attempt:", e)
try:
    _broken
except NameError as e:
    print(type(e).__name__, e)
try:
    PARTIAL
except NameError as e:
    print(type(e).__name__, e)
print("_broken" in sys.modules, "program continues")
