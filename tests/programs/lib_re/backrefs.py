# Backreferences, named references and conditional groups.
import re

print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.search(r'\b(\w+) \1\b', 'this is is a test').group())
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())
print(re.match(r'(a)|\1', 'x'))
print(re.match(r'(a)?\1', 'aa'), re.match(r'(a)?\1', 'b'))
print(re.match(r'(?:(a)|b)\1', 'aa'), re.match(r'(?:(a)|b)\1', 'bb'))
print(re.match(r'(a*)\1', 'aaaa').groups())
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(?i)(é)\1', 'éÉ'))
print(re.match(r'(?i)(ß)\1', 'ßẞ'))
print(re.match(r'(?a)(?i)(k)\1', 'kK'), re.match(r'(?i)(k)\1', 'k\u212a'))
print(re.match(r'(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10', '01234567899'))
print(re.match(r'(a)\01', 'a\x01'))

# Conditional groups: (?(id)yes|no).
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(s, m.groups() if m else None)
p = re.compile(r'(?P<open>\()?\d+(?(open)\))')
print(p.fullmatch('(12)'), p.fullmatch('12'), p.fullmatch('(12'))
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))
print(re.match(r'(?:(a)|b)(?(1)c|d)', 'bd').span())

# Bad references.
for pat in [r'(a)\2', r'\1(a)', r'(?P=nope)', r'(?P<a>x)(?P<a>y)', r'(?(2)a|b)', r'(?(x)a|b)', r'(a)(?(1)a|b|c)', r'(?P<1>a)', r'(?P<a-b>x)', r'(a\1)']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print('error:', pat, '->', e)
