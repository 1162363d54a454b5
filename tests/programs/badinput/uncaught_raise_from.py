def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('conversion failed') from e


print(convert('12'))
convert('x')
