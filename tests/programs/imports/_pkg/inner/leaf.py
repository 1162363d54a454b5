# Leaf module in the sub-package
LEAF = "leaf in " + __name__
