# Uncaught UnboundLocalError from a closure that assigns the captured name
def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment

def make_good_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

def run():
    good = make_good_counter()
    print("good counter:", good(), good())
    inc = make_counter()
    print("counter made")
    return inc()

print("start")
run()
print("not reached")
