print("café")
ÿş garbage €
