"""What public-service titles carry after the title itself: UN, World Bank and US federal
grades and series, announcement numbers, the office, agency or institution."""

from __future__ import annotations

import re

# A tail that names the institution: ", Department of Education", "(University of X)".
INSTITUTION_TAIL = re.compile(
    # (a "School of Nursing" or a "Faculty of X" can be part of a university post's title)
    r"(?:,\s+|\s+\(|\s+[-\u2013]\s+)(?:[A-Z][\w.'-]*\s+){0,3}(?:Department|Dept\.?|University|Ministry|"
    r"Institute|Bureau|Commission|Departamento|Departament|D\u00e9partement|Universidad|"
    r"Universit\u00e9|Universit\u00e0|Universit\u00e4t|Ministerio|Minist\u00e8re)"
    r"\s+(?:of|for|de|di|du|des|d'|f\u00fcr)\s?[^()]*\)?$"
)
# A grade of the UN, the World Bank or a public service after the title: ", P3", ", P-4,
# Economic Commission", ", Grade GF", ", Grade 9".
GRADE_TAIL = re.compile(
    r",\s*(?:(?:P|D|G|GS|NO|FS)-?\d{1,2}|Grade\s+[A-Z0-9]{1,4})\b(?![-/\u2013]\d).*$"
    # a US federal series and grade, with or without a comma: "Program Analyst, GS-0343-12/13,
    # Food and Nutrition Service", "Management Analyst GS-0343-13"
    r"|,?\s+(?:GS|GG|GM|WG|WS|ZP|NH|NT)-\d{4}-\d{1,2}(?:/\d{1,2})?\b.*$"
    # an announcement number after a comma, and the agency after it: "Program Analyst,
    # HHS-ACF-DE-25-1299811, Administration for Children and Families"
    r"|,\s+(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){2,}\b.*$"
)
FEDERAL_GRADE = re.compile(r"\b(?:GS|GG|GM|WG|WS|ZP|NH|NT)-\d{4}-\d{1,2}(?:/\d{1,2})?\s*$")
# The office or agency in brackets after a title: "Management Analyst (VHA Office of
# Integrated Veteran Care)", "Policy Analyst (Environmental Protection Agency)", "Survey
# Statistician (U.S. Census Bureau)", "POLICY ANALYST II (MAYOR'S OFFICE)"; "(Policy)" stays.
OFFICE_TAIL = re.compile(
    r"\s+\((?!(?i:back|front)\b)[^()]*(?:\b(?i:office of)\b[^()]*|"
    r"[\w.'\u2019-]+\s+(?i:office|agency|bureau|administration|department|commission|ministry|"
    r"council|authority))\)$"
)
