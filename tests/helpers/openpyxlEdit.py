"""Opens an .xlsx with openpyxl, writes the cells listed as JSON on stdin and saves it, as a script
filling the template would. Strings stay strings (openpyxl writes them as inline strings), a string
starting with "=" is a formula (openpyxl saves it without a calculated value), numbers stay numbers.

Usage: python3 openpyxlEdit.py IN.xlsx OUT.xlsx < '[{"sheet": "Profiili", "cell": "B5", "value": "Kunta"}]'
"""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
for edit in json.load(sys.stdin):
    workbook[edit["sheet"]][edit["cell"]] = edit["value"]
workbook.save(sys.argv[2])
