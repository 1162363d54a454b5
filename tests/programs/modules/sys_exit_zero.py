import sys

print('exit with None is success')
try:
    sys.exit()
except SystemExit as e:
    print('caught', type(e).__name__, repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', repr(e.code))
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught', repr(e.code), str(e))
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print('caught', repr(e.code))
try:
    raise SystemExit(7)
except SystemExit as e:
    print('caught raise', e.code)
try:
    sys.exit(2)
except Exception:
    print('not reached: SystemExit is not an Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__, issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(4)
    finally:
        print('finally runs on sys.exit')
except SystemExit as e:
    print('outer caught', e.code)
sys.exit(None)
