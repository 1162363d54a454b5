import sys

for i in range(3):
    print('line', i)
sys.stdout.write('partial line without newline')
print(undefined_variable)
