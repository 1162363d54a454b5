# Uncaught exception raised inside an except block: implicit chaining
def cleanup(resource):
    print("cleaning up", resource)
    raise RuntimeError("cleanup failed for " + resource)

def process(resource):
    try:
        print("processing", resource)
        return {"a": 1}[resource]
    except KeyError:
        cleanup(resource)

print(process("a"))
print(process("a") + 1)
try:
    process("z")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
process("b")
print("not reached")
