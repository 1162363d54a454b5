import sys

total = 0
names = []
for line in sys.stdin:
    name, value = line.split()
    names.append(name)
    total += int(value)
print(names, total)
print(list(sys.stdin))
