# Uncaught AssertionError with a message, raised from a method
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        assert amount > 0, "amount must be positive"
        assert amount <= self.balance, "insufficient funds: " + str(self.balance)
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)

acct = Account(100)
print("start balance", acct.balance)
assert acct.balance == 100, "never shown"
try:
    acct.withdraw(-5)
except AssertionError as e:
    print("caught:", e)
for amt in [30, 50, 40]:
    acct.withdraw(amt)
print("not reached")
