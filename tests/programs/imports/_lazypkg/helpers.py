print("load helpers", __name__, __package__)
def helper(): return "helped"
