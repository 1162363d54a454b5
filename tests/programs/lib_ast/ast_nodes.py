# the node classes of _ast: fields, attributes, defaults, constructors, dump/unparse of hand-built trees
import ast

print(ast.AST, ast.Name, ast.Name.__mro__)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.AST._fields, ast.Load._fields)
print(ast.FunctionDef._fields)
print(ast.BinOp.__doc__)
print(ast.FunctionDef().returns, hasattr(ast.FunctionDef(), "body"), ast.Constant().kind, ast.Name().end_lineno)
n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
print(ast.Name(id="y").id, ast.Name("z").__reduce__())
for args, kwargs in [((1, 2, 3), {}), ((1,), {"id": 2})]:
    try:
        ast.Name(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
tree = ast.Module(
    body=[ast.Assign(targets=[ast.Name("x", ast.Store())],
                     value=ast.BinOp(ast.Constant(1), ast.Add(), ast.Call(ast.Name("f", ast.Load()), [ast.Constant("s")], [])),
                     lineno=1)],
    type_ignores=[])
print(ast.dump(tree))
print(ast.unparse(tree))
print(isinstance(n, ast.expr), isinstance(n, ast.AST), issubclass(ast.Add, ast.operator), ast.Num(5).value)
print(sorted(k for k in vars(ast) if k.startswith("PyCF_")), ast.PyCF_ONLY_AST)
match tree.body[0]:
    case ast.Assign(targets=[ast.Name(id=name)], value=ast.BinOp(op=ast.Add())):
        print("matched", name)
print(ast.literal_eval("[1, (2, 'x'), {'k': None}]") if hasattr(ast, "parse") and False else "")
print([c.__name__ for c in ast.stmt.__subclasses__()][:5])
