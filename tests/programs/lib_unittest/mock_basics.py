# unittest.mock: Mock/MagicMock return values, side effects, call recording, patch as decorator and context manager.
import os
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel


m = Mock(return_value=42)
print(m(1, key="v"), m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m("again")
print(m.call_args_list, m.mock_calls)
m.assert_called_with("again")
m.assert_any_call(1, key="v")
try:
    m.assert_called_once()
except AssertionError as e:
    print("AssertionError:", str(e).split(".")[0])
try:
    m.assert_called_with("other")
except AssertionError as e:
    print("AssertionError:", str(e).splitlines()[0])
m.reset_mock()
print(m.call_count, m.called)

api = Mock()
api.fetch.return_value = {"status": 200}
api.fetch.side_effect = None
print(api.fetch("/x"), api.fetch.call_args, api.method_calls, api.other.attr.deep.call_count)
api.save.side_effect = [1, 2, ValueError("third call fails")]
print(api.save(), api.save())
try:
    api.save()
except ValueError as e:
    print("ValueError:", e)
api.compute.side_effect = lambda x: x * 2
print(api.compute(21), api.mock_calls[-1] == call.compute(21))

strict = Mock(spec=["known"])
print(type(strict.known()).__name__, hasattr(strict, "unknown"))
try:
    strict.unknown
except AttributeError as e:
    print("AttributeError:", e)

mm = MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.side_effect = lambda k: k.upper()
print(len(mm), mm["key"], bool(mm), list(mm), mm.__enter__() is mm.__enter__.return_value, int(mm))
with mm as ctx:
    pass
print(mm.__exit__.called, mm.__enter__.call_count)
print(sentinel.token is sentinel.token, sentinel.token)


def read_config(path):
    if not os.path.exists(path):
        return "missing"
    return "present"


with patch("os.path.exists", return_value=True) as fake:
    print(read_config("/nowhere"), fake.call_args)
print(read_config("/definitely/not/here"))


@patch("os.getcwd", return_value="/patched")
@patch("os.getpid")
def show(getpid, getcwd):
    getpid.return_value = 1234
    return os.getcwd(), os.getpid(), getcwd.call_count


print(show())


class Service:
    def value(self):
        return "real"


with patch.object(Service, "value", return_value="fake"):
    print(Service().value())
print(Service().value())
with patch.dict(os.environ, {"TERN_MOCK_VAR": "1"}):
    print(os.environ["TERN_MOCK_VAR"])
print("TERN_MOCK_VAR" in os.environ)

auto = mock.create_autospec(Service)
inst = auto()
inst.value()
try:
    inst.value(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(auto.call_count, inst.value.call_count)
m2 = Mock()
m2(1)
m2(2)
m2.assert_has_calls([call(1), call(2)])
try:
    m2.assert_not_called()
except AssertionError as e:
    print("AssertionError:", str(e).split(".")[0])
print(mock.ANY == 5, call(1, mock.ANY) == call(1, "x"))
