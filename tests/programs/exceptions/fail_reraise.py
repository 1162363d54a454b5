# Uncaught exception re-raised with a bare raise after logging
def fetch(key, table):
    return table[key]

def fetch_logged(key, table):
    try:
        return fetch(key, table)
    except LookupError as e:
        print("lookup failed:", repr(e))
        raise

table = {"x": 1}
print(fetch("x", table))
print(fetch_logged("x", table))
try:
    fetch_logged("q", table)
except KeyError as e:
    print("caught re-raised:", e)
print(fetch_logged("y", table))
print("not reached")
