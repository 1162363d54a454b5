# split, findall and finditer.
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', 2), re.split(r',', 'a,b,c,d', maxsplit=1))
print(re.split(r',', 'a,b', -1), re.split(r',', ''), re.split(r'x*', 'abc'))
print(re.split(r'\b', 'hi there'), re.split(r'(?=b)', 'abab'), re.split(r'^', 'a\nb', flags=re.M))
print(re.split(r'', 'abc'), re.split(r'(x*)', 'axxb'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.compile(r'\d').split('a1b2c3', 2))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\d)', '123456'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'a*', 'baaa'), re.findall(r'', 'ab'))
print(re.findall(r'(?:a|(b))+', 'abab'))
print(re.findall(r'\bf\w+', 'which foot or hand fell fastest'))
print(re.findall(r'(\w+)=(\d+)', 'x=1 y=22 z=abc'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2), p.findall('abcdef', 2, 4), p.findall('abcdef', endpos=3))

it = re.finditer(r'\d+', 'a12b345c6')
print(type(it).__name__)
for m in it:
    print(m.group(), m.span())
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.groups() for m in re.finditer(r'(a)(b)?', 'ab a')])
print([m.span() for m in re.compile(r'\w').finditer('abcdef', 1, 4)])

s = re.compile(r'\d').scanner('a1b2')
print(s.search().group(), s.search().group(), s.search())
s = re.compile(r'\d').scanner('12a3')
print(s.match().group(), s.match().group(), s.match(), s.match())
print(s.pattern.pattern)
