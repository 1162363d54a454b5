groups = {}
key = ['a', 'b']
groups[key] = 1
