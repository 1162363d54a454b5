"""A text adventure: a world of rooms and items, driven by commands read from standard input."""
from __future__ import annotations

import shlex
import sys
import textwrap
from dataclasses import dataclass, field
from enum import Enum


class Direction(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"
    UP = "u"
    DOWN = "d"

    @property
    def opposite(self) -> Direction:
        pairs = {"n": "s", "s": "n", "e": "w", "w": "e", "u": "d", "d": "u"}
        return Direction(pairs[self.value])

    @classmethod
    def parse(cls, word: str) -> Direction:
        word = word.lower()
        for d in cls:
            if word in (d.value, d.name.lower()):
                return d
        raise GameError(f"'{word}' is not a direction.")


class GameError(Exception):
    pass


@dataclass
class Item:
    name: str
    description: str
    portable: bool = True
    weight: int = 1
    points: int = 0
    aliases: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        return word == self.name or word in self.aliases


@dataclass
class Room:
    key: str
    title: str
    description: str
    exits: dict[Direction, str] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    locked: dict[Direction, str] = field(default_factory=dict)
    dark: bool = False
    visited: bool = False

    def find(self, word: str) -> Item | None:
        return next((i for i in self.items if i.matches(word)), None)


@dataclass
class Player:
    location: str
    inventory: list[Item] = field(default_factory=list)
    moves: int = 0
    score: int = 0
    capacity: int = 6

    @property
    def load(self) -> int:
        return sum(i.weight for i in self.inventory)

    def has(self, word: str) -> Item | None:
        return next((i for i in self.inventory if i.matches(word)), None)


def build_world() -> dict[str, Room]:
    rooms = [
        Room("hall", "Great Hall", "A draughty hall with a high vaulted ceiling. Tapestries of forgotten battles line the walls."),
        Room("kitchen", "Kitchen", "Pots hang from hooks. Something smells of old bread."),
        Room("cellar", "Cellar", "Damp stone steps lead down into the cold.", dark=True),
        Room("library", "Library", "Shelves of crumbling books reach up into the gloom."),
        Room("tower", "Tower Top", "Wind howls around the battlements. You can see for miles."),
        Room("vault", "Vault", "A small room lined with iron. It glitters."),
    ]
    world = {r.key: r for r in rooms}

    def link(a: str, d: Direction, b: str) -> None:
        world[a].exits[d] = b
        world[b].exits[d.opposite] = a

    link("hall", Direction.NORTH, "library")
    link("hall", Direction.EAST, "kitchen")
    link("kitchen", Direction.DOWN, "cellar")
    link("library", Direction.UP, "tower")
    link("cellar", Direction.EAST, "vault")
    world["library"].locked[Direction.UP] = "brass key"
    world["cellar"].locked[Direction.EAST] = "iron key"
    world["hall"].items.append(Item("lamp", "An oil lamp, unlit.", aliases=("lantern",)))
    world["hall"].items.append(Item("tapestry", "Far too big to carry.", portable=False))
    world["kitchen"].items.append(Item("bread", "A stale loaf.", points=1))
    world["kitchen"].items.append(Item("brass key", "A small brass key.", aliases=("brass",)))
    world["library"].items.append(Item("book", "A heavy book titled 'On Keys'.", weight=4, points=2, aliases=("tome",)))
    world["tower"].items.append(Item("iron key", "A rusty iron key.", aliases=("iron",)))
    world["vault"].items.append(Item("crown", "A jewelled crown.", weight=2, points=10))
    world["vault"].items.append(Item("coins", "A pile of gold coins.", weight=3, points=5, aliases=("gold",)))
    return world


class Game:
    VERBS = {}

    def __init__(self):
        self.world = build_world()
        self.player = Player("hall")
        self.lamp_lit = False
        self.finished = False
        self.log: list[str] = []

    @classmethod
    def verb(cls, *names):
        def register(fn):
            for n in names:
                cls.VERBS[n] = fn
            return fn
        return register

    @property
    def room(self) -> Room:
        return self.world[self.player.location]

    def say(self, text: str) -> None:
        for para in text.split("\n"):
            print(textwrap.fill(para, width=60) if para else "")

    def can_see(self) -> bool:
        return not self.room.dark or (self.lamp_lit and self.player.has("lamp") is not None)

    def describe(self, full: bool = False) -> None:
        room = self.room
        if not self.can_see():
            self.say("It is pitch dark. You might be eaten by a grue.")
            return
        self.say(f"== {room.title} ==")
        if full or not room.visited:
            self.say(room.description)
        if room.items:
            self.say("You see: " + ", ".join(i.name for i in room.items) + ".")
        exits = sorted(d.name.lower() for d in room.exits)
        self.say("Exits: " + " ".join(exits))
        room.visited = True

    def handle(self, line: str) -> None:
        try:
            words = shlex.split(line.lower())
        except ValueError as e:
            raise GameError(f"I couldn't parse that ({e}).")
        words = [w for w in words if w not in ("the", "a", "an", "to")]
        if not words:
            raise GameError("Say something.")
        verb, args = words[0], words[1:]
        if verb in [d.value for d in Direction] or verb in [d.name.lower() for d in Direction]:
            verb, args = "go", [verb]
        action = self.VERBS.get(verb)
        if action is None:
            raise GameError(f"I don't know how to '{verb}'.")
        self.player.moves += 1
        action(self, " ".join(args))


@Game.verb("look", "l")
def look(game: Game, arg: str) -> None:
    if not arg:
        game.describe(full=True)
        return
    item = game.player.has(arg) or (game.room.find(arg) if game.can_see() else None)
    if item is None:
        raise GameError(f"There is no {arg} here.")
    game.say(item.description)


@Game.verb("go", "walk")
def go(game: Game, arg: str) -> None:
    d = Direction.parse(arg)
    room = game.room
    if d not in room.exits:
        raise GameError("You can't go that way.")
    if d in room.locked:
        key = room.locked[d]
        if not game.player.has(key):
            raise GameError(f"The way {d.name.lower()} is locked. You need the {key}.")
        game.say(f"You unlock the way with the {key}.")
        del room.locked[d]
    game.player.location = room.exits[d]
    game.describe()


@Game.verb("take", "get")
def take(game: Game, arg: str) -> None:
    if not game.can_see():
        raise GameError("You fumble around in the dark.")
    if arg == "all":
        for item in [i for i in game.room.items if i.portable]:
            take(game, item.name)
        return
    item = game.room.find(arg)
    if item is None:
        raise GameError(f"There is no {arg} here.")
    if not item.portable:
        raise GameError(f"The {item.name} won't budge.")
    if game.player.load + item.weight > game.player.capacity:
        raise GameError(f"The {item.name} is too heavy with everything else you carry.")
    game.room.items.remove(item)
    game.player.inventory.append(item)
    game.player.score += item.points
    game.say(f"Taken: {item.name}." + (f" (+{item.points})" if item.points else ""))


@Game.verb("drop")
def drop(game: Game, arg: str) -> None:
    item = game.player.has(arg)
    if item is None:
        raise GameError(f"You aren't carrying any {arg}.")
    game.player.inventory.remove(item)
    game.room.items.append(item)
    game.say(f"Dropped: {item.name}.")


@Game.verb("inventory", "i", "inv")
def inventory(game: Game, arg: str) -> None:
    inv = game.player.inventory
    if not inv:
        game.say("You are empty-handed.")
        return
    for item in sorted(inv, key=lambda i: i.name):
        game.say(f"  {item.name:<10} weight {item.weight}")
    game.say(f"  load {game.player.load}/{game.player.capacity}")


@Game.verb("light")
def light(game: Game, arg: str) -> None:
    if arg not in ("lamp", "lantern") or not game.player.has("lamp"):
        raise GameError("You have nothing to light.")
    if game.lamp_lit:
        raise GameError("It is already lit.")
    game.lamp_lit = True
    game.say("The lamp flickers into life.")
    if game.room.dark:
        game.describe()


@Game.verb("eat")
def eat(game: Game, arg: str) -> None:
    item = game.player.has(arg)
    if item is None or item.name != "bread":
        raise GameError("That's not edible." if item else f"You have no {arg}.")
    game.player.inventory.remove(item)
    game.say("You eat the stale bread. Delicious, in its way.")


@Game.verb("score")
def score(game: Game, arg: str) -> None:
    game.say(f"Score: {game.player.score} in {game.player.moves} moves.")


@Game.verb("quit", "q")
def quit_game(game: Game, arg: str) -> None:
    game.finished = True
    game.say("Goodbye.")


def main() -> int:
    game = Game()
    game.say("Welcome to the Castle. Type commands; 'quit' to stop.")
    game.describe()
    errors = 0
    while not game.finished:
        try:
            line = input("> ")
        except EOFError:
            print()
            game.say("(end of input)")
            break
        print(line)
        if line.strip().startswith("#"):
            continue
        try:
            game.handle(line)
        except GameError as e:
            errors += 1
            game.say(str(e))
        if game.player.has("crown") and game.player.location == "hall":
            game.say("You carry the crown into the Great Hall. You win!")
            game.finished = True
    p = game.player
    visited = sorted(r.title for r in game.world.values() if r.visited)
    print(f"Final score {p.score}, moves {p.moves}, errors {errors}.")
    print("Visited:", ", ".join(visited))
    print("Carrying:", sorted(i.name for i in p.inventory))
    print("Verbs known:", len(Game.VERBS), "aliases", sorted(Game.VERBS)[:6])
    return 0 if game.finished else 3


if __name__ == "__main__":
    sys.exit(main())
