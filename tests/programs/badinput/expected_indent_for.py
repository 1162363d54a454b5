def f():
    return 1

for i in range(3):

# comment only
print(i)
