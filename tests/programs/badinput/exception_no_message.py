print('before')
raise RuntimeError
