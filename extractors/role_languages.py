"""Titles written in Romance languages, which go on in lower case after a link word
("Analista de datos", "Charg\u00e9 de mission"), and how to tell such mail."""

from __future__ import annotations

import re

from extractors.lexicon import words
from extractors.role_words import foreign_head, has_title_word, head_first

# A field that goes on with "for": "Research Fellow in Machine Learning for Medicine",
# "Postdoctoral Appointee - AI for Science" (after a title word it is whom the job is for:
# "Data Engineer for Acme").
_FOR_TAIL = re.compile(r" for (?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|and|&)){0,3}(?![\w-])")
# Titles in Romance languages go on in lower case after a link word: "Analista de datos",
# "Ing\u00e9nieur de recherche en calcul scientifique", "Addetto alle vendite", "Charg\u00e9 de
# mission"; up to three links, then one adjective.
_LINKS = (
    r"(?:de|da|do|di|du|des|del|della|dello|dei|degli|delle|en|em|et|y|e|i|la|le|les|el|"
    r"al|alle|au|aux|\u00e0|na|no)"
)
_STOP = (
    r"(?:para|pour|per|con|avec|que|qui|with|for|and|at|in|on|to|the|our|your|sur|chez|bei|"
    r"dans|um|im|am|zum|zur|f\u00fcr|who|which|that|is|are|was|will|has|have|est|sont|sera|"
    # the verbs and adverbs that follow a title in a sentence: "Brand Manager ha pasado",
    # "... se cerr\u00f3", "... ya fue cubierta", "... no ha sido", "... n\u00e3o foi"
    r"se|ya|ha|han|hemos|fue|fueron|es|son|sido|ser\u00e1|est\u00e1|foi|foram|tem|j\u00e1|"
    r"n\u00e3o|\u00e9|\u00e8|non|ne|a|o|y|e|"
    # "... Backend III chegou aqui", "... Sr avan\u00e7ou de etapa", "... S\u00eanior seguir\u00e1
    # com", "... e pelo tempo", "... t\u00e1 em an\u00e1lise", "... lleg\u00f3", "... por"
    r"chegou|aqui|aqu\u00ed|avan\u00e7ou|avanz\u00f3|seguir\u00e1|segue|sigue|lleg\u00f3|"
    r"t\u00e1|pelo|pela|pelos|pelas|por|ou|"
    # the pronouns, verbs and nouns of the sentence a title stands in, never its words:
    # "Product Designer e sua candidatura", "UX Designer teve muitas", "Analyste paie lors",
    # "Responsable Technique Produit et vous en remercions", "UX Designer da empresa"
    r"vous|nous|elle|ils|elles|sua|seu|suas|seus|meu|minha|nosso|nossa|teve|tive|gostei|"
    r"gostaria|gostamos|anunciada|anunciado|publicada|publicado|empresa|lors|soit|vient|prend|"
    r"temps|si\u00e8ge|presso|"
    # "... au sein d'AGL" (within AGL): where the job is, never its title
    r"sein|"
    # Turkish post words after the title ("X ilan\u0131na ba\u015fvurunuz", "X pozisyonu
    # i\u00e7in"), read as its lower-case adjective where the mail is taken for a Romance one
    r"ilan\w*|pozisyon\w*|ba\u015fvuru\w*)"
)
_ADJECTIVE = (
    r"(?: (?!" + _LINKS + r"\b|" + _STOP + r"\b|[\w'-]*\u00e9e?s?\b)[a-z\u00df-\u00ff][\w'-]*"
    r"(?:\([a-z\u00e0-\u00ff]{1,5}\))?)"
)
# Polish titles go on after "ds." ("do spraw", for the matters of) with the field, in any
# case: "Specjalista ds. Planowania Transportu", "Specjalista ds. test\u00f3w oprogramowania";
# up to three words ("i", "oraz": and), never the sentence's prepositions that follow.
_POLISH_STOP = r"(?!(?:w|we|z|ze|dla|do|od|na|lub|jest|zosta\u0142a?)\b)"
_POLISH_FIELD = (
    r" ds\. " + _POLISH_STOP + r"[^\W\d_][\w'-]*(?: " + _POLISH_STOP + r"[^\W\d_][\w'-]*){0,2}"
)
# A title's other gender after "ou" (Canadian French writes both): "Conseill\u00e8re ou
# conseiller en gestion des talents", "Technicienne ou technicien en r\u00e9mun\u00e9ration"
_DOUBLET = r"(?: ou (?!" + _LINKS + r"\b|" + _STOP + r"\b)[a-z\u00df-\u00ff][\w'-]*)?"
_FOREIGN_TAIL = re.compile(
    _POLISH_FIELD
    + r"|"
    + _DOUBLET
    + _ADJECTIVE
    + r"?(?: (?:"
    + _LINKS
    + r" |d'|l')(?!"
    + _LINKS
    + r"\b|"
    + _STOP
    + r"\b)[^\W\d_][\w'-]*){0,3}"
    + _ADJECTIVE
    + r"?(?: \((?i:[mwfdhx](?:\s*/\s*[mwfdhx\u017e]){1,2})\))?"
)
# South Slavic titles go on after the head in lower case with its field, in the genitive
# or after "za" (for): "Konstrukter izpu\u0161nih sistemov (m/\u017e)", "Voditelj/ica operacija
# incoming turizma", "Direktor/ica prodaje i marketinga", "In\u017eenir za industrializacijo"
# (Slovenian, Croatian, Serbian); up to three words and a bracket, never the sentence's
# verbs, pronouns and prepositions that follow a title ("je", "pri", "koji", "vas" ...).
_SLAVIC_STOP = (
    r"(?:je|su|sta|so|bo|bi|bil|bila|ste|smo|sem|sam|se|si|da|ne|ni|nije|na|u|v|pri|kod|"
    r"od|do|s|sa|z|iz|po|o|ob|pod|nad|ki|koji|koja|koje|kot|kao|vas|vam|nas|te|ti|to|ta|"
    r"tvoja|va\u0161a|va\u0161o|na\u0161|na\u0161a|ali|ili|a|tudi|tako\u0111er|ter|\u017ee|"
    r"za|i|in|oglas\w*|prijav\w*|razgovor\w*|podjetj\w*|kompanij\w*|tvrtk\w*)(?![\w-])"
)
_SLAVIC_WORD = r"(?!" + _SLAVIC_STOP + r")[a-z\u010d\u0107\u0111\u0161\u017e][\w-]*(?:/[a-z]{1,3})?"
_SLAVIC_TAIL = re.compile(
    r"(?:/[a-z]{1,3})?(?: " + _SLAVIC_WORD + r"| (?:za|i|in) " + _SLAVIC_WORD + r"){0,3}"
    r"(?: \([^()\n]{1,40}\))?"
)
# Where a subject can hold such a title in plain ASCII: a link word between two words.
SUBJECT_LINK = re.compile(r" (?:de|da|do|di|du|des|del|della|en|em|al|alle|au) [a-z]")
_LINK_WORDS = words("de da do di du des del della dello dei degli delle en em et al au aux")
# Words only a mail in French, Spanish, Portuguese or Italian writes: there an English title
# goes on in lower case too ("Designer produit senior", "Designer UX senior").
_ROMANCE_WORDS = (
    " votre ",
    " vous ",
    " nous ",
    "merci ",
    " candidature",
    " usted",
    " gracias",
    " voc\u00ea",
    "obrigad",
    "grazie",
    " sua ",
    " su postulaci",
)
# Words of Spanish and Portuguese mail written without accents.
_IBERIAN_WORDS = (
    " candidatura",
    " solicitud",
    " hola",
    " gracias",
    " obrigad",
    " para la ",
    " para el ",
    " para a ",
    " de la ",
    " usted",
)


# A letter of the Latin alphabets beyond ASCII (\u00e9, \u00df, \u0142 ...), or the marks only
# Spanish and French write (\u00bf, \u00a1, \u00ab, \u00bb).
# (and Thai, whose word for a post leads a title written in Latin letters: role_patterns)
ACCENTED = re.compile(r"[\u00c0-\u024f\u00bf\u00a1\u00ab\u00bb\u0e00-\u0e7f]")


def iberian(lowered: str) -> bool:
    """Whether a (lower-case) text is written in Spanish or Portuguese, even without accents."""
    return any(word in lowered for word in _IBERIAN_WORDS)


# Words only Dutch mail writes (it is written in ASCII): "het", "een", "uw", "bij", "voor".
_DUTCH_WORDS = (
    " het ",
    " een ",
    " uw ",
    " jouw ",
    " bij ",
    " voor ",
    " niet ",
    " graag",
    "bedankt",
    "sollicit",
    "vacature",
    "groet",
    " op de ",
    " van de ",
    " naar de ",
)


def dutch(lowered: str) -> bool:
    """Whether a (lower-case) text is written in Dutch (read in its first 1,000 characters:
    the subject and the greeting say it)."""
    head = lowered[:1000]
    return any(word in head for word in _DUTCH_WORDS)


def romance(lowered: str) -> bool:
    """Whether a (lower-case) text is written in a Romance language."""
    return any(word in lowered for word in _ROMANCE_WORDS)


def role_text(match: re.Match, text: str, romance: bool = False) -> str:
    raw = match.group("role")
    end = match.end("role")
    head, _, last = raw.rpartition(" ")
    if text.startswith(" ", end):
        if head and last in _LINK_WORDS:
            # "Charg\u00e9 de" of "Charg\u00e9 de mission": the title's words stopped at a link
            raw, end = head, end - len(last) - 1
            last = raw.rpartition(" ")[2]
        if head_first(last):
            tail = _SLAVIC_TAIL.match(text, end)
            if tail and tail.group(0):
                return raw + tail.group(0)
        elif foreign_head(last) or romance and has_title_word(raw):
            tail = _FOREIGN_TAIL.match(text, end)
            if tail and tail.group(0):
                return raw + tail.group(0)
    if (
        text.startswith(" for ", end)
        and (" in " in raw or " - " in raw)
        and not has_title_word(last)
    ):
        tail = _FOR_TAIL.match(text, end)
        if tail:
            return raw + tail.group(0)
    return raw


_SUBJECT_PART = re.compile(
    r"(?:^|[-\u2013|:/]\s*)(?P<word>[^\W\d_][\w'*-]*(?:\([a-z\u00e0-\u00ff]{1,5}\))?)"
)


def foreign_subject_titles(subject: str, romance: bool = False) -> list[tuple[int, str]]:
    """Titles of other languages in a subject, written in sentence case: a part of it that
    starts with a title word and goes on in lower case after a link word ("Postulaci\u00f3n:
    Analista de datos", "Candidature - Charg\u00e9 de mission")."""
    found = []
    for part in _SUBJECT_PART.finditer(subject):
        word = part.group("word")
        if not word[:1].isupper() or not (
            head_first(word) or foreign_head(word) or romance and has_title_word(word)
        ):
            continue
        start = part.start("word")
        tail = (_SLAVIC_TAIL if head_first(word) else _FOREIGN_TAIL).match(
            subject, part.end("word")
        )
        if tail and tail.group(0):
            found.append((start, subject[start : tail.end()]))
    return found
