NAME = "sib"
