"""A Markdown-to-HTML converter built on the re module: blocks, inline spans, a table of contents."""
import html
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator


class Block(Enum):
    HEADING = "h"
    PARAGRAPH = "p"
    CODE = "pre"
    QUOTE = "blockquote"
    LIST = "list"
    RULE = "hr"
    TABLE = "table"


@dataclass
class Node:
    kind: Block
    lines: list = field(default_factory=list)
    level: int = 0
    ordered: bool = False
    lang: str = ""


HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
FENCE_RE = re.compile(r"^```\s*(?P<lang>[\w+-]*)\s*$")
RULE_RE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
ITEM_RE = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|\d+[.)])\s+(?P<text>.*)$")
QUOTE_RE = re.compile(r"^>\s?(?P<text>.*)$")
TABLE_SEP_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")

INLINE_RULES = [
    ("code", re.compile(r"`([^`]+)`")),
    ("image", re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"(?P<title>[^\"]*)\")?\)")),
    ("link", re.compile(r"\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]+)\)")),
    ("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    ("em", re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])")),
    ("strike", re.compile(r"~~(.+?)~~")),
    ("autolink", re.compile(r"<(https?://[^>]+)>")),
]


def split_blocks(text: str) -> Iterator[Node]:
    lines = text.expandtabs(4).split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if m := FENCE_RE.match(line):
            node = Node(Block.CODE, lang=m["lang"])
            i += 1
            while i < len(lines) and not FENCE_RE.match(lines[i]):
                node.lines.append(lines[i])
                i += 1
            i += 1
            yield node
        elif m := HEADING_RE.match(line):
            yield Node(Block.HEADING, [m["text"]], level=len(m["hashes"]))
            i += 1
        elif RULE_RE.match(line):
            yield Node(Block.RULE)
            i += 1
        elif QUOTE_RE.match(line):
            node = Node(Block.QUOTE)
            while i < len(lines) and (m := QUOTE_RE.match(lines[i])):
                node.lines.append(m["text"])
                i += 1
            yield node
        elif m := ITEM_RE.match(line):
            node = Node(Block.LIST, ordered=m["marker"][0].isdigit())
            while i < len(lines) and (ITEM_RE.match(lines[i]) or lines[i].startswith("  ") and lines[i].strip()):
                node.lines.append(lines[i])
                i += 1
            yield node
        elif "|" in line and i + 1 < len(lines) and TABLE_SEP_RE.match(lines[i + 1].strip()):
            node = Node(Block.TABLE, [line, lines[i + 1]])
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                node.lines.append(lines[i])
                i += 1
            yield node
        else:
            node = Node(Block.PARAGRAPH)
            while i < len(lines) and lines[i].strip() and not (
                HEADING_RE.match(lines[i]) or FENCE_RE.match(lines[i]) or QUOTE_RE.match(lines[i]) or RULE_RE.match(lines[i])
            ):
                node.lines.append(lines[i].lstrip())
                i += 1
            yield node


def slugify(text: str, seen: dict) -> str:
    slug = re.sub(r"[^\w\s-]", "", text.lower())
    slug = re.sub(r"[\s_-]+", "-", slug).strip("-") or "section"
    n = seen.get(slug, 0)
    seen[slug] = n + 1
    return slug if n == 0 else f"{slug}-{n}"


class Renderer:
    def __init__(self):
        self.toc = []
        self.slugs = {}
        self.counts = {}

    def inline(self, text: str) -> str:
        # Code spans are cut out first so their contents are not formatted.
        stash = []

        def keep(html_text: str) -> str:
            stash.append(html_text)
            return f"\x00{len(stash) - 1}\x00"

        text = INLINE_RULES[0][1].sub(lambda m: keep(f"<code>{html.escape(m[1])}</code>"), text)
        text = INLINE_RULES[-1][1].sub(lambda m: keep(self.span("autolink", m)), text)
        text = html.escape(text, quote=False)
        for name, rx in INLINE_RULES[1:-1]:
            text = rx.sub(lambda m, name=name: self.span(name, m), text)
        return re.sub(r"\x00(\d+)\x00", lambda m: stash[int(m[1])], text)

    def span(self, name: str, m: re.Match) -> str:
        self.counts[name] = self.counts.get(name, 0) + 1
        if name == "image":
            title = f' title="{m["title"]}"' if m["title"] else ""
            return f'<img src="{m["src"]}" alt="{m["alt"]}"{title}>'
        if name == "link":
            return f'<a href="{m["href"]}">{m["text"]}</a>'
        if name == "strong":
            return f"<strong>{m[2]}</strong>"
        if name == "em":
            return f"<em>{m[2]}</em>"
        if name == "strike":
            return f"<del>{m[1]}</del>"
        if name == "autolink":
            return f'<a href="{m[1]}">{m[1]}</a>'
        raise ValueError(name)

    def render_list(self, lines: list, ordered: bool) -> list:
        out = ["<ol>" if ordered else "<ul>"]
        items = []
        for line in lines:
            m = ITEM_RE.match(line)
            if m and len(m["indent"]) < 2:
                items.append([m["text"]])
            elif items:
                items[-1].append(line[2:])
        for item in items:
            head, rest = item[0], item[1:]
            checkbox = re.match(r"\[( |x)\]\s+", head)
            if checkbox:
                mark = "checked " if checkbox[1] == "x" else ""
                head = f'<input type="checkbox" {mark}disabled> ' + head[checkbox.end():]
                out.append(f"  <li>{self.inline_keep_html(head)}")
            else:
                out.append(f"  <li>{self.inline(head)}")
            if rest:
                sub = ITEM_RE.match(rest[0])
                out.extend("    " + l for l in self.render_list(rest, bool(sub and sub["marker"][0].isdigit())))
            out[-1] += "</li>" if not rest else ""
            if rest:
                out.append("  </li>")
        out.append("</ol>" if ordered else "</ul>")
        return out

    def inline_keep_html(self, text: str) -> str:
        prefix, sep, rest = text.partition("> ")
        return prefix + sep + self.inline(rest)

    def render_table(self, lines: list) -> list:
        def cells(line):
            return [c.strip() for c in line.strip().strip("|").split("|")]

        aligns = []
        for spec in cells(lines[1]):
            left, right = spec.startswith(":"), spec.endswith(":")
            aligns.append("center" if left and right else "right" if right else "left" if left else None)
        out = ["<table>", "  <tr>" + "".join(f"<th>{self.inline(c)}</th>" for c in cells(lines[0])) + "</tr>"]
        for row in lines[2:]:
            tds = []
            for c, a in zip(cells(row), aligns):
                attr = f' style="text-align:{a}"' if a else ""
                tds.append(f"<td{attr}>{self.inline(c)}</td>")
            out.append("  <tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
        return out

    def render(self, text: str) -> str:
        out = []
        for node in split_blocks(text):
            if node.kind is Block.HEADING:
                slug = slugify(node.lines[0], self.slugs)
                self.toc.append((node.level, node.lines[0], slug))
                out.append(f'<h{node.level} id="{slug}">{self.inline(node.lines[0])}</h{node.level}>')
            elif node.kind is Block.PARAGRAPH:
                body = "\n".join(node.lines)
                body = re.sub(r" {2,}\n|\\\n", "<br>\n", self.inline(body))
                out.append(f"<p>{body}</p>")
            elif node.kind is Block.CODE:
                cls = f' class="language-{node.lang}"' if node.lang else ""
                out.append(f"<pre><code{cls}>" + html.escape("\n".join(node.lines)) + "</code></pre>")
            elif node.kind is Block.QUOTE:
                inner = Renderer().render("\n".join(node.lines))
                out.append("<blockquote>\n" + inner + "\n</blockquote>")
            elif node.kind is Block.RULE:
                out.append("<hr>")
            elif node.kind is Block.LIST:
                out.extend(self.render_list(node.lines, node.ordered))
            elif node.kind is Block.TABLE:
                out.extend(self.render_table(node.lines))
        return "\n".join(out)

    def toc_html(self) -> str:
        base = min((lvl for lvl, _, _ in self.toc), default=1)
        return "\n".join(f'{"  " * (lvl - base)}- <a href="#{slug}">{title}</a>' for lvl, title, slug in self.toc)


DOCUMENT = r"""
# Tern: *a* Python in Rust

Tern runs **real** Python programs. See [the docs](https://example.org/docs) or <https://example.org>.
It handles `a < b && c > d` in code spans, and escapes <b>tags</b> & ampersands.

## Features ##

- Fast **bytecode** interpreter
- A _garbage_ collector with ~~no~~ cycles
  - nested item one
  - nested item two
- [x] done item
- [ ] open item

1. First step
2. Second step with `code`
3) Third step

## Features

> Quoted text with *emphasis*.
> Second quoted line
>
> # Quoted heading

```python
def f(x):
    return x < 10 and "<tag>"
```

***

| Name | Count | Ratio |
|:-----|------:|:-----:|
| apples | 3 | 0.5 |
| **pears** | 12 | 1.25 |

Line with hard break  
next line, and a back\
slash break. Snake_case_words stay put, as does 2*3*4.

![logo](img/logo.png "The logo") and ![alt only](x.png)

### Deep *heading* with `code`!
Final paragraph.
"""


def main():
    r = Renderer()
    page = r.render(DOCUMENT)
    print(page)
    print("---- table of contents ----")
    print(r.toc_html())
    print("---- statistics ----")
    print("spans:", ", ".join(f"{k}={v}" for k, v in sorted(r.counts.items())))
    tags = re.findall(r"<(\w+)[\s>]", page)
    tally = {}
    for t in tags:
        tally[t] = tally.get(t, 0) + 1
    print("tags:", sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
    print("blocks:", [n.kind.name for n in split_blocks(DOCUMENT)])
    print("words:", len(re.findall(r"\b[A-Za-z]+\b", re.sub(r"<[^>]+>", " ", page))))
    print("---- small cases ----")
    for src in ["*a* **b** ***c***", "a*b*c", "__init__ and _x_", "[x](y) [bad](no close", "`*not em*`", "5 > 3 & 2 < 4",
                "####### seven", "#no space", "- - -", "1986\\. A year"]:
        print(f"{src!r:28} -> {Renderer().render(src)!r}")
    print("---- slugs ----")
    seen = {}
    for t in ["Hello World", "Hello World", "hello-world", "  Mixed_Case  & Symbols!! ", "???", "Ünïcödé"]:
        print(repr(t), "->", slugify(t, seen))
    print("---- regex helpers ----")
    print(re.split(r"\s*\|\s*", "a | b|c  |  d"))
    print(re.escape("1.5*[x]"), bool(re.fullmatch(r"\d+(\.\d+)?", "3.14")), bool(re.fullmatch(r"\d+", "3.14")))
    m = HEADING_RE.match("### Title ###")
    print(m.groupdict(), m.span("text"), m.start(), m.end())
    print([m.group(0) for m in re.finditer(r"\*\*?[^*]+\*\*?", "*a* and **b**")])
    print(re.subn(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "make title case words"))


if __name__ == "__main__":
    main()
