# An uncaught exception with a context chain, raised from nested calls inside a class: CPython's stderr report.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount


def process(account, amounts):
    for a in amounts:
        try:
            account.withdraw(a)
        except ValueError:
            log = {}
            log["errors"] += 1  # KeyError while handling the ValueError
        print("withdrew", a, "left", account.balance)


process(Account(100), [30, 50, 40])
