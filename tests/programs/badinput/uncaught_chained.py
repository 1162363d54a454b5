def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError('missing key: ' + k)


print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')
