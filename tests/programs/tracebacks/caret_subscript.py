# A subscript that fails inside a larger expression: ~ under the value,
# ^ under the brackets and key.
prices = {"apple": 3, "pear": 4}


def total(items):
    return sum([prices[name] * 2 for name in items]) + prices["plum"]


print(total(["apple"]))
print(total(["pear", "kiwi"]))
