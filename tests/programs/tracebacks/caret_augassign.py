# `+=` on a free variable never bound: the carets mark the target only.
def counter():
    count = 0

    def bump():
        count += 1
        return count
    return bump


print("made")
counter()()
