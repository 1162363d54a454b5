# Sub-package initialiser
print("executing _pkg.inner/__init__, __package__ =", __package__)
