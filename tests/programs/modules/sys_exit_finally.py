import sys


def cleanup():
    try:
        print('working')
        sys.exit(5)
    finally:
        print('cleanup in finally')


cleanup()
