# Caret lines under the failing part of a traceback's source lines: a call
# spanning its line has none, a method call inside a larger line gets ^,
# and a binary operator gets ~ with ^ under the operator.
class Account:
    def __init__(self, total):
        self.total = total

    def share(self, people):
        print("sharing", self.total)
        return (self.total) // people + 0


def report(accounts):
    return [a.share(len(accounts) - 2) for a in accounts]


print("start")
report([Account(10), Account(20)])
