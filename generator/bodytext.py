"""A document's body rendered back to plain text, block by block.

Used to check that parsing loses nothing (every Han character of the source is in the text) and
by later stages that publish the body as text. Tables are rendered from their printed rows (cells
joined by tabs), page furniture included, so that the text is the whole of what was printed.
"""

from __future__ import annotations

from .model import Block, Document


def block_text(block: Block) -> str:
    if block.rows is not None:
        return "\n".join("\t".join(row) for row in block.rows)
    if block.kind == "attachment" and block.marker:
        return f"{block.marker}\n{block.text}" if block.text else block.marker
    return block.text


def document_text(doc: Document) -> str:
    return "\n\n".join(block_text(b) for b in doc.blocks if block_text(b))
