big = list(range(100000))
print(len(big), big[-1], sum(big), big[50000], big[::25000])
big.reverse()
print(big[:3], big[-3:])
big.sort()
print(big[:3], big.index(99999), big.count(5))
sq = [i * i for i in range(1000)]
print(sq[999], len(sq), sq[::200])
del big[10:]
print(big)
many = [0] * 10000
many[5000] = 1
print(many.index(1), many.count(0), len(many))
s = []
for i in range(1000):
    s.insert(0, i)
print(s[:5], s[-5:])
print(sorted([(i * 7919) % 1000 for i in range(20)]))
print(list(range(10 ** 6))[-2:])
nested = [[i] * i for i in range(5)]
print(nested)
