vals = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), ((),), ((), ()),
        (1.5,), (0.5, -0.5), (1, 1.0), (True, False), (10 ** 20,), (-2,), (1, -1), ((((1,),),),),
        tuple(range(10)), tuple(range(100)), (2 ** 61 - 1,), (1.0, (2.0, (3.0,))), (frozenset({1, 2}),), (None,) * 0]
for v in vals:
    print(v, hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)), hash((-1,)) == hash((-2,)))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), hash(tuple(range(5))) == hash((0, 1, 2, 3, 4)))
