"""Dutch texts for comparing waves (issue 19): the basis, the changes, the report."""

from __future__ import annotations

NL = {
    # analysis/waves.py: the basis and the changes
    "{wave} has no answers yet.": "{wave} heeft nog geen antwoorden.",
    "Only {rate}% answered in {wave}; the waves can be compared when at least {minimum}% "
    "answered in both.": (
        "In {wave} heeft maar {rate}% geantwoord; je kunt de metingen vergelijken als in "
        "allebei minstens {minimum}% heeft geantwoord."
    ),
    "Nobody answered in both waves.": "Niemand heeft in allebei de metingen geantwoord.",
    "{wave}: {answered} of {people} people answered ({rate}%).": (
        "{wave}: {answered} van de {people} mensen hebben geantwoord ({rate}%)."
    ),
    "1 person answered both times.": "1 persoon heeft beide keren geantwoord.",
    "{count} people answered both times.": "{count} mensen hebben beide keren geantwoord.",
    "1 person joined the staff list between the waves.": (
        "1 persoon is tussen de metingen op de personeelslijst gekomen."
    ),
    "{count} people joined the staff list between the waves.": (
        "{count} mensen zijn tussen de metingen op de personeelslijst gekomen."
    ),
    "1 person left the staff list between the waves.": (
        "1 persoon is tussen de metingen van de personeelslijst verdwenen."
    ),
    "{count} people left the staff list between the waves.": (
        "{count} mensen zijn tussen de metingen van de personeelslijst verdwenen."
    ),
    "1 person answered in {wave} but not (yet) in {later}.": (
        "1 persoon heeft in {wave} geantwoord, maar (nog) niet in {later}."
    ),
    "{count} people answered in {wave} but not (yet) in {later}.": (
        "{count} mensen hebben in {wave} geantwoord, maar (nog) niet in {later}."
    ),
    "Of the one person who answered both times:": "Van de ene persoon die beide keren antwoordde:",
    "Of the {count} people who answered both times:": (
        "Van de {count} mensen die beide keren antwoordden:"
    ),
    "1 person is now the only route to trained knowledge for others.": (
        "1 persoon is nu voor anderen de enige weg naar getrainde kennis."
    ),
    "{count} people are now the only route to trained knowledge for others.": (
        "{count} mensen zijn nu voor anderen de enige weg naar getrainde kennis."
    ),
    "1 person is no longer the only route to trained knowledge for others.": (
        "1 persoon is voor anderen niet meer de enige weg naar getrainde kennis."
    ),
    "{count} people are no longer the only route to trained knowledge for others.": (
        "{count} mensen zijn voor anderen niet meer de enige weg naar getrainde kennis."
    ),
    # analysis/waves_report.py: the report the app shows and the CLI prints
    "These waves cannot be compared yet: the changes would not tell the truth. "
    "Only the response is shown.": (
        "Deze metingen zijn nog niet te vergelijken: de veranderingen zouden een vertekend "
        "beeld geven. Je ziet alleen de respons."
    ),
    "From {before} to {after}": "Van {before} naar {after}",
    "Fewer than 80% answered in {wave}. Routes through people who did not answer "
    "both times cannot be seen, so a change may be missing or look bigger than it is.": (
        "In {wave} heeft minder dan 80% geantwoord. Routes via mensen die niet beide keren "
        "hebben geantwoord zijn niet te zien; daardoor kan een verandering ontbreken of "
        "groter lijken dan ze is."
    ),
    "now trained": "nu getraind",
    "Can now reach a trained colleague ({count})": (
        "Kan nu een getrainde collega bereiken ({count})"
    ),
    "Can no longer reach a trained colleague ({count})": (
        "Kan geen getrainde collega meer bereiken ({count})"
    ),
    "No longer a risk cluster ({count})": "Geen risicogroep meer ({count})",
    "New risk clusters ({count})": "Nieuwe risicogroepen ({count})",
    "Still a risk cluster ({count})": "Nog steeds een risicogroep ({count})",
    "New key knowledge holders ({count})": "Nieuwe kennishouders ({count})",
    "No longer a key knowledge holder ({count})": "Geen kennishouder meer ({count})",
    "Now the only route to trained knowledge for others ({count})": (
        "Nu voor anderen de enige weg naar getrainde kennis ({count})"
    ),
    "No longer the only route to trained knowledge for others ({count})": (
        "Niet meer voor anderen de enige weg naar getrainde kennis ({count})"
    ),
    "Answered in {wave} but not (yet) in {later}: not part of the changes ({count})": (
        "Geantwoord in {wave}, maar (nog) niet in {later}: niet meegeteld in de "
        "veranderingen ({count})"
    ),
    "Answered in {later} but not in {wave}: not part of the changes ({count})": (
        "Geantwoord in {later}, maar niet in {wave}: niet meegeteld in de veranderingen ({count})"
    ),
    "Joined the staff list ({count})": "Nieuw op de personeelslijst ({count})",
    "Left the staff list ({count})": "Niet meer op de personeelslijst ({count})",
    "Before: {sentence}": "Eerst: {sentence}",
    "Now: {sentence}": "Nu: {sentence}",
    "{size} people, mostly {department}: {names}": "{size} mensen, vooral {department}: {names}",
    "{size} people: {names}": "{size} mensen: {names}",
    # cli/parser.py, cli/wave_cmd.py
    "PERCENT": "PROCENT",
    "the response needed in both waves before changes are shown (default: 65, "
    "the level under which all results are to be treated with caution)": (
        "de respons die in beide metingen nodig is voordat veranderingen worden getoond "
        "(standaard: 65, het niveau waaronder je alle uitkomsten met voorzichtigheid bekijkt)"
    ),
    "--min-response is a percentage from 1 to 100, not {value}.": (
        "--min-response is een percentage van 1 tot en met 100, niet {value}."
    ),
    "machine-readable output (JSON, schema kennisnet.compare/1)": (
        "uitvoer voor andere programma's (JSON, schema kennisnet.compare/1)"
    ),
}
