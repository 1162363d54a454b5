# The _ast node classes behind Lib's ast.py: fields, attributes, constructors,
# dump/unparse/visitors over hand-built trees.
import ast

print(ast.AST, ast.AST._fields, ast.AST._attributes, ast.AST.__module__)
for cls in [ast.Module, ast.FunctionDef, ast.Name, ast.Constant, ast.arguments, ast.arg, ast.keyword,
            ast.comprehension, ast.ExceptHandler, ast.MatchAs, ast.TypeIgnore, ast.Load, ast.Add, ast.expr]:
    print(cls.__name__, cls.__mro__[1].__name__, cls._fields, cls._attributes, cls.__match_args__)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.If, ast.stmt), isinstance(ast.Load(), ast.expr_context))

n = ast.Name("x", ast.Load(), lineno=3, col_offset=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(ast.Constant(5).kind, ast.Return().value, ast.ImportFrom("m", []).level)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
for bad in [lambda: ast.Name(1, 2, 3), lambda: ast.Pass(1), lambda: ast.Constant(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
n2 = ast.Name(id="y", ctx=ast.Store(), extra=1)
print(n2.id, n2.extra, sorted(vars(n2)))

tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b", ast.Name("int", ast.Load()))],
                               vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[ast.Constant(1)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
            decorator_list=[],
        ),
        ast.Assign(targets=[ast.Name("r", ast.Store())],
                   value=ast.Call(ast.Name("add", ast.Load()), [ast.Constant(2)], [ast.keyword("b", ast.Constant(3))])),
        ast.If(ast.Compare(ast.Name("r", ast.Load()), [ast.Gt()], [ast.Constant(4)]),
               [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.JoinedStr([ast.Constant("r="), ast.FormattedValue(ast.Name("r", ast.Load()), -1)])], []))],
               []),
    ],
    type_ignores=[],
)
print(ast.dump(tree))
print(ast.dump(tree.body[1], indent=2))
ast.fix_missing_locations(tree)
print(tree.body[0].lineno, tree.body[2].test.end_col_offset)
print(ast.unparse(tree))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names)


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "r":
            return ast.Name("result", node.ctx)
        return node


print(ast.unparse(Renamer().visit(tree)))
print([type(x).__name__ for x in ast.walk(tree)][:8])
print(list(ast.iter_fields(ast.BinOp(ast.Constant(1), ast.Sub(), ast.Constant(2)))) [1][0])
fixed = ast.fix_missing_locations(ast.Expression(ast.Constant(1)))
print(fixed.body.lineno, fixed.body.col_offset)
print(type(ast.Num(1)).__name__, isinstance(ast.Constant("s"), ast.Str))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
match ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)):
    case ast.BinOp(ast.Constant(x), ast.Add(), right):
        print("matched", x, type(right).__name__)
import copy
d = copy.deepcopy(tree.body[1])
print(ast.dump(d) == ast.dump(tree.body[1]), d is not tree.body[1])
