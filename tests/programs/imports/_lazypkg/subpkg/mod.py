from .. import CONST
from ..helpers import helper as h
from . import sibling
value = (CONST, h(), sibling.NAME)
