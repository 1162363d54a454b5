# User-defined exception classes: args, attributes, custom __str__
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return self.field + ": " + self.message
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
try:
    raise AppError("plain", 42)
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise ValidationError("email", "missing @")
except AppError as e:
    print(str(e), "|", repr(e), "|", e.args, e.field)
try:
    raise CodeError(404)
except AppError as e:
    print(repr(str(e)), repr(e), e.args, e.code)
print(str(WithRepr("x")), repr(WithRepr("x")))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
print([c.__name__ for c in ValidationError.__mro__])
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), Empty().args)
print(repr(Empty(None)), str(Empty(None)))
print(repr(Empty("")), repr(str(Empty(""))))
e = AppError("a", "b")
e.args = ("replaced",)
print(e, e.args)
e.extra = "attribute"
print(e.extra)
class Retryable(Exception):
    retries = 3
try:
    raise Retryable
except Retryable as r:
    print(r.retries, repr(r))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as te:
    print(type(te).__name__, te)
try:
    raise "string"
except TypeError as te:
    print(type(te).__name__, te)
class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("both")
except AttributeError as mb:
    print("caught as AttributeError", type(mb).__name__, str(mb))
print(isinstance(MultiBase(), LookupError))
