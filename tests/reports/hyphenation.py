"""A check shared by the tests of the reports' text: a word is divided between lines only with a hyphen."""

from __future__ import annotations


def assert_divided_with_hyphens(words: list[str], lines: list[str]) -> None:
    """`lines` hold `words` in order, each whole or divided over lines; a line that ends inside a word ends with
    a hyphen between two letters (or divides it where it is not between letters, as after a hyphen or in
    "3,5"), or
    a line narrower than a letter and a hyphen holds a letter alone."""
    expected = iter(words)
    rest = ""  # what is left of the word being read
    for number, line in enumerate(lines):
        tokens = line.split()
        for j, token in enumerate(tokens):
            if not rest:
                rest = next(expected)
            if token == rest:
                rest = ""
                continue
            assert j == len(tokens) - 1, f"line {number}: {token!r} of {rest!r} is not at the line's end"
            if rest.startswith(token) and (len(token) == 1 or not (token[-1].isalpha()
                                                                   and rest[len(token)].isalpha())):
                rest = rest[len(token):]  # where there are no two letters to join, or no room for a hyphen
                continue
            head = token[:-1]
            assert token.endswith("-") and head and rest.startswith(head), (
                f"line {number} ends in the middle of {rest!r} without a hyphen: {line!r}")
            assert head[-1].isalpha() and rest[len(head)].isalpha()
            rest = rest[len(head):]
    assert not rest and next(expected, None) is None, "words left over"
