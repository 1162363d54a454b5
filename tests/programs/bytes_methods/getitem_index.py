# Indexing bytes and bytearrays: negative, out of range, bools, huge ints,
# and an __index__ that empties the bytearray before the length is read.
b = bytearray(b"hello"); y = b"world"
print(b[0], b[-1], b[4], y[-5], y[2])
for k in (5, -6, 10**20):
    try: print(b[k])
    except IndexError as e: print("IE", e)
    try: print(y[k])
    except IndexError as e: print("IE", e)
print(b[True], y[False])
class I:
    def __index__(self):
        b.clear(); return 0
try: print(b[I()])
except IndexError as e: print("IE", e)
