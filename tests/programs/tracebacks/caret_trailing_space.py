# Trailing whitespace stays on the printed source line; carets count
# characters, not bytes.
def greet(name):
    return "héllo wörld " + name + 5   


print(greet("é"))   
