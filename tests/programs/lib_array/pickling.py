# Pickling arrays at every protocol (needs pickle, which imports re).
import pickle
from array import array as A

a = A('i', [1, 2, 3])
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(a, proto))
    print(proto, r, r == a, type(r).__name__)
for c in 'bBuhHiIlLqQfd':
    x = A(c, 'ab' if c == 'u' else [1, 2])
    print(c, pickle.loads(pickle.dumps(x)))
