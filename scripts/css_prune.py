"""Drops the rules of a stylesheet that no page can use, as PurgeCSS does, in Python.

Material's stylesheet (137 KB, 23 KB compressed) styles every feature Material has: search,
tabs, code, annotations, dark mode and more. Our pages use a fraction. After the build,
`prune` keeps a selector only if every class, id, element and attribute it names appears in
some page (or in what site.js adds to a page), then drops the custom properties nothing refers
to any more. Pseudo-classes (:hover, :checked, :not(...)) are set aside, never used to
drop a rule, so what the reader does with a page keeps its styles.

Written here because no maintained Python library does this (PurgeCSS is a Node tool, and this
project ships no Node in its build). The CSS reader is small on purpose: it reads what Material's
minified file holds (rules, @media/@supports blocks, @keyframes, @font-face, @page, @charset),
and keeps anything it does not understand as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Elements and attributes that assets/javascripts/site.js puts into pages (search results, the video player,
# the "may be out of date" notice).
SCRIPT_ADDED_HTML = (
    '<ol class="search-results__list"><li><a href=""></a><p><mark></mark></p></li></ol>'
    '<iframe src="" title="" allow="" allowfullscreen tabindex="0"></iframe>'
    '<aside class="page-notice page-notice--overdue" role="note"><p></p></aside>'
)
# At-rules whose block holds rules to prune; other at-rules with a block are kept whole (or dropped when unused).
GROUPING_AT_RULES = ("media", "supports", "layer", "container", "document")

# Possessive (++, *+): runs of plain characters at once, and no backtracking on an unclosed tag or quote.
TAG_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']++|\"[^\"]*\"|'[^']*')*+)>")
ATTRIBUTE_RE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
VAR_USE_RE = re.compile(r"var\(\s*(--[A-Za-z0-9_-]+)")
CUSTOM_PROPERTY_RE = re.compile(r"^\s*(--[A-Za-z0-9_-]+)\s*:")
# A compound selector's parts: element, #id, .class, [attribute op value], and pseudo-classes/elements.
SELECTOR_PART_RE = re.compile(
    r"""(?P<class>\.(?:\\.|[\w-])+)|(?P<id>\#(?:\\.|[\w-])+)|(?P<tag>(?<![\w-])[a-zA-Z][\w-]*|\*)"""
    r"""|(?P<attr>\[\s*(?P<name>[\w:-]+)\s*(?:(?P<op>[~|^$*]?=)\s*(?P<value>"[^"]*"|'[^']*'|[^\]\s]+)\s*(?:[is]\s*)?)?\])"""
)


@dataclass
class Tokens:
    """What the pages contain, as a selector sees it."""

    tags: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    values: set[tuple[str, str]] = field(default_factory=set)  # (attribute, value) and (attribute, each word)

    def add_html(self, *pages: str) -> None:
        start_tags = set()
        for html in pages:
            start_tags.update(TAG_RE.findall(html))  # pages share most of their tags: read each kind once
        for name, attributes in start_tags:
            self.tags.add(name.lower())
            for attribute, *quoted in ATTRIBUTE_RE.findall(attributes):
                attribute = attribute.lower()
                value = next((part for part in quoted if part), "")
                self.attributes.add(attribute)
                self.values.add((attribute, value))
                for word in value.split():
                    self.values.add((attribute, word))
                if attribute == "class":
                    self.classes.update(value.split())
                elif attribute == "id":
                    self.ids.add(value)


def page_tokens(pages: list[str]) -> Tokens:
    tokens = Tokens()
    tokens.add_html(*pages, SCRIPT_ADDED_HTML)
    return tokens


# --- Reading CSS -----------------------------------------------------------------------------------

@dataclass
class Rule:
    prelude: str                   # a selector list, or an at-rule such as "@media screen"
    body: str | None               # declarations, or None for a block of rules / a statement
    children: list["Rule"] | None = None

    def css(self) -> str:
        if self.children is not None:
            return f"{self.prelude}{{{''.join(child.css() for child in self.children)}}}"
        if self.body is None:
            return f"{self.prelude};"
        return f"{self.prelude}{{{self.body}}}"


def _scan(text: str, start: int, stops: str) -> int:
    """The index of the first character in `stops` at nesting depth 0, outside strings and comments."""
    depth, index, length = 0, start, len(text)
    while index < length:
        char = text[index]
        if char in "\"'":
            index = text.find(char, index + 1)
            if index < 0:
                return length
        elif text.startswith("/*", index):
            index = text.find("*/", index + 2)
            if index < 0:
                return length
            index += 1
        elif depth <= 0 and char in stops:
            return index
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        index += 1
    return length


def parse(css: str) -> list[Rule]:
    rules, index, length = [], 0, len(css)
    while index < length:
        stop = _scan(css, index, "{;}")
        prelude = css[index:stop].strip()
        if stop >= length or css[stop] == "}":
            index = stop + 1
            continue
        if css[stop] == ";":
            if prelude:
                rules.append(Rule(prelude, None))
            index = stop + 1
            continue
        if _at_rule_name(prelude) in GROUPING_AT_RULES:
            end = _block_end(css, stop)
            rules.append(Rule(prelude, None, parse(css[stop + 1:end])))
        else:
            end = _block_end(css, stop)
            rules.append(Rule(prelude, css[stop + 1:end]))
        index = end + 1
    return rules


def _block_end(css: str, open_brace: int) -> int:
    """The index of the brace that closes the block opened at `open_brace`."""
    depth, index = 0, open_brace
    while index < len(css):
        index = _scan(css, index, "{}")
        if index >= len(css):
            return index
        depth += 1 if css[index] == "{" else -1
        if depth == 0:
            return index
        index += 1
    return index


def _at_rule_name(prelude: str) -> str | None:
    match = re.match(r"@([\w-]+)", prelude)
    return match.group(1).lower() if match else None


def split_top_level(text: str, separator: str) -> list[str]:
    parts, index = [], 0
    while index <= len(text):
        stop = _scan(text, index, separator)
        parts.append(text[index:stop])
        index = stop + 1
    return parts


# --- Deciding -----------------------------------------------------------------------------------

def _without_pseudo(selector: str) -> str:
    """The selector with every pseudo-class and pseudo-element (and their arguments) taken out."""
    out, index = [], 0
    while index < len(selector):
        char = selector[index]
        if char == "\\":
            out.append(selector[index:index + 2])
            index += 2
            continue
        if char == "[":
            stop = _scan(selector, index + 1, "]")
            out.append(selector[index:stop + 1])
            index = stop + 1
            continue
        if char == ":":
            index += 1
            while index < len(selector) and (selector[index] in ":-_" or selector[index].isalnum()):
                index += 1
            if index < len(selector) and selector[index] == "(":
                index = _scan(selector, index + 1, ")") + 1
            out.append(" " if not out or out[-1] in " >+~" else "")
            continue
        out.append(char)
        index += 1
    return "".join(out)


def selector_used(selector: str, tokens: Tokens) -> bool:
    """Could this selector match some element? Only if everything it names is in some page."""
    for match in SELECTOR_PART_RE.finditer(_without_pseudo(selector)):
        if match.group("class"):
            if _unescape(match.group("class")[1:]) not in tokens.classes:
                return False
        elif match.group("id"):
            if _unescape(match.group("id")[1:]) not in tokens.ids:
                return False
        elif match.group("tag"):
            if match.group("tag") != "*" and match.group("tag").lower() not in tokens.tags:
                return False
        elif match.group("attr"):
            name = match.group("name").lower()
            if name not in tokens.attributes:
                return False
            if match.group("op") in ("=", "~=") and (name, match.group("value").strip("\"'")) not in tokens.values:
                return False
    return True


def _unescape(name: str) -> str:
    return re.sub(r"\\(.)", r"\1", name)


def prune_rules(rules: list[Rule], tokens: Tokens) -> list[Rule]:
    kept = []
    for rule in rules:
        if rule.children is not None:
            children = prune_rules(rule.children, tokens)
            if children:
                kept.append(Rule(rule.prelude, None, children))
        elif rule.prelude.startswith("@"):
            kept.append(rule)
        else:
            selectors = [s for s in split_top_level(rule.prelude, ",") if selector_used(s, tokens)]
            if selectors:
                kept.append(Rule(",".join(selectors), rule.body))
    return kept


def _declaration_blocks(rules: list[Rule]):
    for rule in rules:
        if rule.children is not None:
            yield from _declaration_blocks(rule.children)
        elif rule.body is not None and _at_rule_name(rule.prelude) != "keyframes":
            yield rule


def drop_unused_custom_properties(rules: list[Rule], also_used_by: str = "") -> list[Rule]:
    """Remove `--name: value` declarations that no var(--name) refers to, until none is left to remove."""
    while True:
        used = set(VAR_USE_RE.findall(also_used_by))
        for rule in _declaration_blocks(rules):
            used.update(VAR_USE_RE.findall(rule.body))
        removed = False
        for rule in _declaration_blocks(rules):
            declarations = split_top_level(rule.body, ";")
            keep = [d for d in declarations
                    if not (m := CUSTOM_PROPERTY_RE.match(d)) or m.group(1) in used]
            if len(keep) != len(declarations):
                removed = True
                rule.body = ";".join(d for d in keep if d.strip())
        if not removed:
            return _drop_empty(rules)


def _drop_empty(rules: list[Rule]) -> list[Rule]:
    kept = []
    for rule in rules:
        if rule.children is not None:
            rule.children = _drop_empty(rule.children)
            if rule.children:
                kept.append(rule)
        elif rule.body is None or rule.body.strip() or rule.prelude.startswith("@"):
            kept.append(rule)
    return kept


def drop_unused_keyframes(rules: list[Rule]) -> list[Rule]:
    text = " ".join(rule.body for rule in _declaration_blocks(rules))
    kept = []
    for rule in rules:
        if _at_rule_name(rule.prelude) == "keyframes":
            name = rule.prelude.split(None, 1)[-1].strip()
            if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                continue
        if rule.children is not None:
            rule.children = drop_unused_keyframes(rule.children)
        kept.append(rule)
    return kept


def prune(css: str, pages: list[str], *, other_css: str = "") -> str:
    """`css` with only what `pages` can use; `other_css` (the site's own sheet) may use its custom properties."""
    tokens = page_tokens(pages)
    rules = prune_rules(parse(css), tokens)
    inline_styles = " ".join(value for attribute, value in tokens.values if attribute == "style")
    rules = drop_unused_custom_properties(rules, also_used_by=other_css + inline_styles)
    rules = drop_unused_keyframes(rules)
    return "".join(rule.css() for rule in rules)
