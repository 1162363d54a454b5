# Greedy, lazy and possessive repetition; atomic groups.
import re

s = '<a><b><c>'
print(re.match(r'<.*>', s).group(), re.match(r'<.*?>', s).group())
print(re.findall(r'<.+?>', s), re.findall(r'<[^>]*>', s))
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group())
print(re.match(r'a{2}', 'aaaa').group(), re.match(r'a{,2}', 'aaaa').group(), re.match(r'a{2,}', 'aaaa').group())
print(re.match(r'a{0}b', 'ab'), re.match(r'a{0}b', 'b'))
print(re.match(r'x{1,3}?y', 'xxxy').group())
print(re.match(r'a{,}', 'a{,}').group(), re.match(r'a{x}', 'a{x}').group())
print(re.match(r'(ab)*', 'ababab').span(), re.match(r'(ab)*?', 'ababab').span())
print(re.match(r'(ab)+?c', 'ababc').groups())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())

# Possessive quantifiers never give back.
print(re.match(r'a*+a', 'aaaa'))
print(re.match(r'a++b', 'aaab'))
print(re.match(r'a?+a', 'a'))
print(re.match(r'a{1,3}+a', 'aaaa').group())
print(re.match(r'(?:ab)*+ab', 'abab'))
print(re.match(r'(?:ab)*+c', 'ababc').group())
print(re.match(r'(ae)*+a', 'aea').groups())
print(re.match(r'(e?){2,4}+a', 'eeea').groups())
print(re.match(r'()*+a', 'a').groups())
print(re.search(r'x*+', 'axx').span(), re.search(r'x++', 'axx').span())
print(re.match(r'^(\w){1,3}+$', 'abc').group(1))
print(re.fullmatch(r'(?:ab?c)++', 'acabc'), re.match(r'(?:ab?c)++', 'aca').span())

# Atomic groups.
print(re.match(r'(?>a*)a', 'aaa'))
print(re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(?>ab|a)c', 'abc'))
print(re.match(r'(?>(?:.(?!D))+)', 'ABCDE').span())
print(re.match(r'(?>(\w+))\s', 'word rest').groups())
print(re.findall(r'(?>\d+)(?!\.)', '12 3.5 77'))

# Nested repeats and zero-width iterations.
print(re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a*)+', 'aaa').groups())
print(re.match(r'(a*)*?b', 'aab').groups())
print(re.match(r'(?:a?)*?c', 'aac').span())
print(re.match(r'((a)|b)*', 'ab').groups())
print(re.match(r'(a|b)*?c', 'abc').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.findall(r'(a?)*', 'aa'))
print(re.match(r'(?:x|y|z){3,}', 'xyzzy').span())
print(re.match(r'(?:(\d)|[a-z])+?!', 'a1b2!').groups())
print(re.match(r'\d{2,4}?\d', '123456').group())

# Nothing to repeat / bad ranges come from the parser.
for pat in ['*a', 'a**', 'a{2,1}', '(?:)*', 'a{99999999999}']:
    try:
        print(re.compile(pat))
    except re.error as e:
        print('error:', e)
    except OverflowError as e:
        print('OverflowError:', e)
