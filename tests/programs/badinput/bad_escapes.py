# Bad escapes in string and bytes literals
cases = ['x = "\\N{foo}"', 'x = "ab\\x4"', 'x = "\\u12"', 'x = "é\\N{nope}"', 'x = "\\N{"', 'x = b"\\x4"', 'x = "\\U0001"', "x = 'abc\\x4z'"]
for s in cases:
    try:
        compile(s, "s", "exec")
        print(s, "ok")
    except SyntaxError as e:
        print(s, "->", e.msg)
