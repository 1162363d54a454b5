# %-formatting of bytes and bytearray.
print(b'%s %d %5.2f %r %a %c %c %x %%' % (b'x', 3, 1.5, b'q', 'é', 65, b'z', 255))
print(b'%(x)s-%(y)d' % {b'x': b'X', b'y': 7}, bytearray(b'<%s>') % b'in', b'%b' % bytearray(b'ba'), b'%-6s|%6s' % (b'l', b'r'))
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(b'%s' % HasBytes(), b'%i %u' % (1, 2), b'%#x %#o %05d %+.3e' % (255, 8, -42, 12345.678))
for f, a in [(b'%s', 'str'), (b'%d', 'x'), (b'%i', 'x'), (b'%c', 256), (b'%c', b'ab'), (b'%c', 1.5), (b'%x', 1.5), (b'%q', 1), (b'%f', 'x'),
             (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'x', ()), (b'%(a)s', b'x')]:
    try:
        print(f % a)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(f, type(e).__name__, e)
