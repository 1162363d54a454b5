# Syntax errors specific to except*
for src in ["try:\n  pass\nexcept* ValueError:\n  return", "for x in y:\n  try:\n    pass\n  except* ValueError:\n    break",
            "try:\n  pass\nexcept* ValueError:\n  for x in y:\n    break", "try:\n  pass\nexcept*:\n  pass", "try:\n  pass\nexcept* ValueError:\n  pass\nexcept KeyError:\n  pass",
            "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1"]:
    try:
        compile(src, "s.py", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
for src in ["try:\n  pass\nexcept ValueError:\n  pass\nexcept* KeyError:\n  pass"]:
    try:
        compile(src, "s.py", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
