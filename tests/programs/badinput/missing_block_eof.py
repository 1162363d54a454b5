print("defining")

def later():
    # body never written
