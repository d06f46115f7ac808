"""Dutch texts of the staff-list import: columns by content, names built and checked, preview."""

NL = {
    # command line
    "The first people as stored (name | department | trained):": (
        "De eerste mensen zoals ze zijn opgeslagen (naam | afdeling | getraind):"
    ),
    "row {row}": "rij {row}",
    "1 name does not look right (see the notes above); correct it in the file.": (
        "1 naam ziet er niet goed uit (zie de opmerkingen hierboven); verbeter die in het bestand."
    ),
    "{count} names do not look right (see the notes above); correct them in the file.": (
        "{count} namen zien er niet goed uit (zie de opmerkingen hierboven); verbeter ze in het "
        "bestand."
    ),
    # columns
    'The column "{column}" holds {kind} (for example {examples}), not names or employee '
    "numbers; it was not used.": (
        'In de kolom "{column}" staan {kind} (bijvoorbeeld {examples}), geen namen of '
        "personeelsnummers; die kolom is niet gebruikt."
    ),
    'The column "{column}" holds {kind} (for example {examples}), not names; it was not '
    "used for the names.": (
        'In de kolom "{column}" staan {kind} (bijvoorbeeld {examples}), geen namen; die kolom '
        "is niet voor de namen gebruikt."
    ),
    'The column "{column}" holds {kind} (for example {examples}), not names. Choose the '
    "column with the names, or the columns with the first name and the last name.": (
        'In de kolom "{column}" staan {kind} (bijvoorbeeld {examples}), geen namen. Kies de '
        "kolom met de namen, of de kolommen met de voornaam en de achternaam."
    ),
    'The column "{column}" does not hold dates.': 'In de kolom "{column}" staan geen datums.',
    "numbers": "nummers",
    "codes": "codes",
    "e-mail addresses": "e-mailadressen",
    "dates": "datums",
    "yes/no values": "ja/nee-waarden",
    "names": "namen",
    "initials": "voorletters",
    "other values": "andere waarden",
    # fields
    "Given names (official)": "Voornamen (officieel)",
    "Initials": "Voorletters",
    "Partner's last name": "Achternaam partner",
    "Partner's name prefix": "Voorvoegsel partner",
    "Name usage (naamgebruik)": "Naamgebruik",
    "Also known as": "Ook bekend als",
    # rows
    'No column with names was found. Name a column "Naam" or "Name" (or use "Voornaam" or '
    '"Roepnaam" with "Achternaam"), or say which column holds the names. The columns are: '
    "{columns}.": (
        'Er is geen kolom met namen gevonden. Noem een kolom "Naam" of "Name" (of gebruik '
        '"Voornaam" of "Roepnaam" met "Achternaam"), of geef aan in welke kolom de namen '
        "staan. De kolommen zijn: {columns}."
    ),
    'Row {row}: "{value}" in the column "{column}" is not understood. Use E (own name), P '
    "(partner's name), V (partner's name, then own) or N (own name, then partner's), or the "
    "words.": (
        'Rij {row}: "{value}" in de kolom "{column}" wordt niet begrepen. Gebruik E (eigen '
        "naam), P (naam partner), V (naam partner gevolgd door eigen naam) of N (eigen naam "
        "gevolgd door naam partner), of die woorden."
    ),
    "Row {row}: invisible characters (such as zero-width spaces or text-direction marks) were "
    'removed from the name "{name}".': (
        "Rij {row}: onzichtbare tekens (zoals spaties zonder breedte of tekens voor de "
        'schrijfrichting) zijn uit de naam "{name}" gehaald.'
    ),
    'Row {row}: in the name "{name}" a letter was lost (shown as "?" or "�"); the file was '
    "probably saved in an encoding without that letter. Correct the name, or export the list "
    "as UTF-8 (or .xlsx) and check again. Answers that spell the name in full still find this "
    "person.": (
        'Rij {row}: in de naam "{name}" is een letter verloren gegaan (te zien als "?" of "�"); '
        "het bestand is waarschijnlijk opgeslagen in een codering zonder die letter. Verbeter "
        "de naam, of exporteer de lijst als UTF-8 (of .xlsx) en controleer opnieuw. Antwoorden "
        "met de volledige naam vinden deze persoon nog steeds."
    ),
    'Row {row}: the name "{name}" looks garbled (such as "Ã©" for "é"): the file was '
    "probably saved as UTF-8 and read as another encoding. Export the list again as UTF-8 or "
    ".xlsx.": (
        'Rij {row}: de naam "{name}" ziet er verminkt uit (zoals "Ã©" voor "é"): het bestand is '
        "waarschijnlijk als UTF-8 opgeslagen en in een andere codering gelezen. Exporteer de "
        "lijst opnieuw als UTF-8 of .xlsx."
    ),
    "Row {row}: the name holds only invisible characters (such as a zero-width space).": (
        "Rij {row}: de naam bestaat alleen uit onzichtbare tekens (zoals een spatie zonder "
        "breedte)."
    ),
    'Row {row}: "{name}" is an e-mail address, not a name. Put the name in the name column '
    "(e-mail addresses belong in the column E-mail).": (
        'Rij {row}: "{name}" is een e-mailadres, geen naam. Zet de naam in de kolom met namen '
        "(e-mailadressen horen in de kolom E-mail)."
    ),
    'Row {row}: "{name}" is a date, not a name.': 'Rij {row}: "{name}" is een datum, geen naam.',
    'Row {row}: "{name}" is a number or code, not a name. Check that the right column is used '
    "for the names.": (
        'Rij {row}: "{name}" is een nummer of code, geen naam. Controleer of de goede kolom '
        "voor de namen is gebruikt."
    ),
    'Row {row}: "{name}" is not a name (it has no letters).': (
        'Rij {row}: "{name}" is geen naam (er staan geen letters in).'
    ),
    "The roster was not imported: 1 problem must be fixed first.": (
        "De personeelslijst is niet ingelezen: los eerst 1 probleem op."
    ),
    "The roster was not imported: {count} problems must be fixed first.": (
        "De personeelslijst is niet ingelezen: los eerst {count} problemen op."
    ),
    # preview
    "1 name does not look right; check it below before you go on.": (
        "1 naam ziet er niet goed uit; bekijk die hieronder voordat je verdergaat."
    ),
    "{count} names do not look right; check them below before you go on.": (
        "{count} namen zien er niet goed uit; bekijk ze hieronder voordat je verdergaat."
    ),
    # workbooks
    'Sheet "{sheet}" is hidden in Excel; it was read because no visible sheet has the column '
    "names.": (
        'Tabblad "{sheet}" is verborgen in Excel; het is toch gelezen omdat geen zichtbaar '
        "tabblad de kolomnamen heeft."
    ),
    'The workbook has more sheets with data; sheet "{sheet}" was read, not: {others}.': (
        'De werkmap heeft meer tabbladen met gegevens; tabblad "{sheet}" is gelezen, niet: '
        "{others}."
    ),
    # wizard
    "{file}: check that each field uses the right column, and look at the first people below "
    "as they will be stored.": (
        "{file}: controleer of elk veld de goede kolom gebruikt, en bekijk hieronder de eerste "
        "mensen zoals ze worden opgeslagen."
    ),
    "1 problem must be fixed before you can go on. Choose another column above, or fix the "
    "file in Excel, save it, and click Check again.": (
        "Nog 1 probleem op te lossen. Kies hierboven een andere kolom, of verbeter het bestand "
        "in Excel, sla het op en klik op Opnieuw controleren."
    ),
    "{count} problems must be fixed before you can go on. Choose another column above, or "
    "fix the file in Excel, save it, and click Check again.": (
        "Nog {count} problemen op te lossen. Kies hierboven een andere kolom, of verbeter het "
        "bestand in Excel, sla het op en klik op Opnieuw controleren."
    ),
    "Ready: {sentence}": "Klaar: {sentence}",
    "First people as they will be stored": "Eerste mensen zoals ze worden opgeslagen",
    "Problems and notes ({count})": "Problemen en opmerkingen ({count})",
    "No problems": "Geen problemen",
    "1 person will be imported.": "1 persoon wordt geïmporteerd.",
    "{count} people will be imported.": "{count} mensen worden geïmporteerd.",
    "This name does not look right: see Problems.": (
        "Deze naam ziet er niet goed uit: zie Problemen."
    ),
    "Staff exports of AFAS, Youforce, Nmbrs, Loket.nl, HR2day, SuccessFactors, Workday and "
    "Personio as they are: Roepnaam, Voorvoegsel, Achternaam, Naamgebruik, Medewerker (the "
    "employee number) …": (
        "Personeelsexports van AFAS, Youforce, Nmbrs, Loket.nl, HR2day, SuccessFactors, Workday "
        "en Personio zoals ze zijn: Roepnaam, Voorvoegsel, Achternaam, Naamgebruik, Medewerker "
        "(het personeelsnummer) …"
    ),
}
