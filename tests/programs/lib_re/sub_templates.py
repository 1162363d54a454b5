# sub and subn: literal replacements, templates, functions, counts.
import re

print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home sue@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(re.sub(r'x', '\\\\', 'axb'))
print(re.sub(r'(a)', r'\1\1\01', 'a'))
print(re.sub(r'(a)', r'\101', 'a'))
print(re.sub(r'(a)', r'\g<1>0', 'a'))
print(re.subn(r'a', 'b', 'banana'), re.subn(r'a', 'b', 'banana', 2), re.subn(r'z', 'b', 'banana'))
print(re.sub(r'a', 'b', 'banana', count=1))
print(re.sub(r'', '-', 'abc'), re.sub(r'x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?=b)', '^', 'abab'))
print(re.sub(r'a|(b)', r'[\1]', 'ab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w)?', lambda m: m.group(2) or '_', 'abc'))
print(re.sub(r'a', lambda m: None, 'banana'))
print(re.subn(r'n', lambda m: m.re.pattern, 'banana'))
p = re.compile(r'o')
print(p.sub('0', 'foo boo', 1), p.subn(repl='0', string='foo'), p.sub(string='xo', repl='y'))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', -3))
print(re.sub(r'(a)(b)?', r'\2', 'a'))
print(re.sub('é', 'e', 'café crème'), re.sub('[☃]', '*', 'x☃y'))

class Upper(str):
    pass
print(type(re.sub('a', 'b', Upper('xyz'))).__name__, type(re.sub('a', 'b', Upper('xaz'))).__name__)

# Errors in templates and replacements.
for repl in [r'\2', r'\g<2>', r'\g<x>', r'\g<', r'\g<1', r'\g<-1>', r'\q', r'\g<a b>', '\\', r'\777']:
    try:
        print(repr(re.sub(r'(a)', repl, 'a')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [lambda m: 5, lambda m: b'x', 3]:
    try:
        print(repr(re.sub(r'a', repl, 'banana')))
    except TypeError as e:
        print('TypeError', e)

# Match.expand uses the same templates.
m = re.match(r'(?P<first>\w+) (\w+)', 'Ada Lovelace')
print(m.expand(r'\2, \g<first>'), m.expand(r'[\g<0>]'))
try:
    m.expand(r'\3')
except re.error as e:
    print('error:', e)
