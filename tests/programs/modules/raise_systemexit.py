print('raising SystemExit with a non-int, non-str code')
raise SystemExit([1, 2])
