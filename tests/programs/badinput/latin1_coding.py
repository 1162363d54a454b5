# -*- coding: latin-1 -*-
s = "café naïve Ångström ÿ"
print(s, len(s))
print(s.upper())
print([hex(ord(c)) for c in s if ord(c) > 127])
print(s.encode("utf-8"))
# commentaire: é à ç
