# Lookahead and lookbehind assertions, positive and negative.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\w+(?!,)\b', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or $45, not 50'))
print(re.sub(r'(?<=[a-z])(?=[A-Z])', '_', 'camelCaseName'))
print(re.search(r'(?<=ab)c', 'abc').span(), re.search(r'(?<=ab)c', 'xbc'))
print(re.match(r'(?=(\w+))\w', 'hello').groups())
print(re.match(r'(?!(x))\w', 'hello').groups())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?<!(a))b', 'cb').groups())
print(re.match(r'(?=a)b', 'ab'), re.match(r'(?!a)\w', 'ab'), re.match(r'(?!a)\w', 'ba'))
print(re.findall(r'(?<![a-z])\d', 'a1 2 b3'))
print(re.findall(r'(?<=\b)\w', 'ab cd'))
print(re.search(r'(?<=a|b)c', 'bc').span())
print(re.search(r'(?<=^)a', 'ba'), re.search(r'(?<=^b)a', 'ba'))
print(re.findall(r'\d+(?=(?:\d{3})+$)', '1234567'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567890'))
# Lookarounds at the edges of pos/endpos.
p = re.compile(r'(?<=a)b')
print(p.search('ab', 1), p.match('ab', 1))
p = re.compile(r'a(?=b)')
print(p.search('ab', 0, 1))
# Lookbehind needs a fixed width.
for pat in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!x*)y', r'(?<=(?P<g>a))(?<=(?P=g))b']:
    try:
        print(re.compile(pat).pattern)
    except re.error as e:
        print('error:', e)
# Group references inside lookbehind.
print(re.match(r'(a)b(?<=\1b)', 'ab'))
