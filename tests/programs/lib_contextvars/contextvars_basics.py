# contextvars: ContextVar get/set/reset, tokens, copy_context and Context.run.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get('fallback'), type(v).__name__, ContextVar[int])
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is w)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
for bad in [lambda: v.reset(t2), lambda: w.reset(t), lambda: v.reset('x'), lambda: ContextVar(1), lambda: Context(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
v.reset(t)
print(v.get())

ctx = copy_context()
print(v in ctx, len(ctx), ctx.get(v, 'absent'))
v.set(10)
w.set('dub')
ctx2 = copy_context()
print(ctx2[v], ctx2.get(w), sorted(x.name for x in ctx2), len(ctx2), v in ctx, sorted(map(repr, ctx2.values())))
def work(a, b=0):
    v.set(a + b)
    return v.get(), w.get('none')
print(ctx.run(work, 5, b=1), v.get(), ctx[v], ctx2.run(v.get))
def nested():
    return ctx.run(lambda: 1)
try:
    ctx.run(nested)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' at 0x')[0])
try:
    ctx[1]
except TypeError as e:
    print('TypeError', e)
try:
    Context()[v]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
c3 = ctx.copy()
print(c3[v], len(Context()), list(Context().items()), dict(c3.items()) == dict(ctx.items()))
print(contextvars.__all__ if hasattr(contextvars, '__all__') else '')
