# A call over several lines: the traceback shows its first line, with
# carets from the start of the call to that line's end.
def parse(text):
    return 1 + int(text,
                   10)


print(parse("12"))
print(parse("x"))
