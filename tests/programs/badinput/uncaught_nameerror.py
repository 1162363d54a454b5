def greet(name):
    message = 'Hello, ' + name
    return mesage


print(greet('world'))
