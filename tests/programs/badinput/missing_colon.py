print("this line never runs")
if True
    print(1)
