# Uncaught user-defined exception with a custom __str__, raised from a method
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return "cannot withdraw %d, balance is %d" % (self.amount, self.balance)

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

def pay_all(account, bills):
    for bill in bills:
        print("paid", bill, "left", account.withdraw(bill))

pay_all(Account(100), [30, 50, 40])
