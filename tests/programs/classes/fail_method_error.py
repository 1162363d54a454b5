# Uncaught AttributeError raised from a method called by another method
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0}

    def count(self, name):
        return self.items[name]

    def restock(self, name, n):
        self.items[name] = self.count(name) + n
        self.log_change(name)

    def summary(self):
        return sorted(self.items.items())

inv = Inventory()
print(inv.summary())
inv.items["plum"] = 1
print(inv.count("plum"))
inv.restock("pear", 5)
print("not reached")
