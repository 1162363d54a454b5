print("start")
total = 1abc + 2
