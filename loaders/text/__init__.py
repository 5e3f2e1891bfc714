"""The shared Japanese text toolkit every genre parser uses.

errors (DocumentError), normalize (width folding, cells, bullets, lines with offsets),
numerals, fiscal_year, amounts, quantities, policy_codes, document_text (bytes → text),
names (units, facilities, nicknames, search tokens via SudachiPy).
"""
