"""Dutch for the kiosk PIN rules, the redo session and bounded reading (issue 12)."""

NL = {
    # -- PIN -------------------------------------------------------------------------
    "Employees cannot leave the kiosk. With this PIN you can: see the response "
    "rate, let someone answer again, and leave the kiosk. Use 4 to 8 digits that "
    "are not easy to guess (not 0000, 1234 or a year). "
    "The PIN is not saved: you choose one each time you start the kiosk.": (
        "Medewerkers kunnen de kiosk niet verlaten. Met deze pincode kun je: de respons "
        "bekijken, iemand opnieuw laten invullen en de kiosk verlaten. Gebruik 4 tot 8 "
        "cijfers die niet makkelijk te raden zijn (niet 0000, 1234 of een jaartal). De "
        "pincode wordt niet bewaard: je kiest er elke keer een als je de kiosk start."
    ),
    "One digit repeated (like 0000) is the first PIN anyone tries.": (
        "Steeds hetzelfde cijfer (zoals 0000) is de eerste pincode die iedereen probeert."
    ),
    "Digits in a row (like 1234, 4321 or 2468) are easy to guess.": (
        "Cijfers op een rij (zoals 1234, 4321 of 2468) zijn makkelijk te raden."
    ),
    "A repeated pattern (like 1212 or 1122) is easy to guess.": (
        "Een herhaald patroon (zoals 1212 of 1122) is makkelijk te raden."
    ),
    "This PIN looks like a year (like 1985 or 2024): easy to guess.": (
        "Deze pincode lijkt op een jaartal (zoals 1985 of 2024): makkelijk te raden."
    ),
    "This is one of the most used PINs: easy to guess.": (
        "Dit is een van de meest gebruikte pincodes: makkelijk te raden."
    ),
    "Choose another PIN.": "Kies een andere pincode.",
    "Too many wrong tries. Wait {minutes} minutes.": (
        "Te vaak een verkeerde pincode. Wacht {minutes} minuten."
    ),
    "Too many wrong tries. Wait 1 second.": "Te vaak een verkeerde pincode. Wacht 1 seconde.",
    "Since the HR menu was last opened, a wrong PIN was typed 1 time. If that was "
    "not you, someone tried to open the HR menu.": (
        "Sinds het HR-menu voor het laatst open was, is 1 keer een verkeerde pincode "
        "getypt. Was jij dat niet, dan heeft iemand geprobeerd het HR-menu te openen."
    ),
    "Since the HR menu was last opened, a wrong PIN was typed {count} times. If that "
    "was not you, someone tried to open the HR menu.": (
        "Sinds het HR-menu voor het laatst open was, is {count} keer een verkeerde pincode "
        "getypt. Was jij dat niet, dan heeft iemand geprobeerd het HR-menu te openen."
    ),
}
NL.update(
    {
        # -- bounded reading ---------------------------------------------------------
        "Kennisnet does not read this Excel file: {reason} Copy only the table you need "
        "into a new workbook, save it and try again.": (
            "Kennisnet leest dit Excel-bestand niet: {reason} Kopieer alleen de tabel die je "
            "nodig hebt naar een nieuwe werkmap, sla die op en probeer het opnieuw."
        ),
        "a part of it ({part}) unpacks to {size} MB; at most {limit} MB is read.": (
            "een deel ervan ({part}) is uitgepakt {size} MB; er wordt hoogstens {limit} MB gelezen."
        ),
        "it unpacks to {size} MB; at most {limit} MB is read.": (
            "het is uitgepakt {size} MB; er wordt hoogstens {limit} MB gelezen."
        ),
        'sheet "{sheet}" has more than {limit} merged ranges, links or other extras.': (
            'blad "{sheet}" heeft meer dan {limit} samengevoegde cellen, koppelingen of '
            "andere extra's."
        ),
        "it has more than {limit} filled cells.": "het heeft meer dan {limit} gevulde cellen.",
        "its rows and merged cells span more than {limit} cells.": (
            "de rijen en samengevoegde cellen beslaan meer dan {limit} cellen."
        ),
        "Row {row} of the file has more than {limit} columns. That is more than "
        "Kennisnet can read; check that the file is a table.": (
            "Rij {row} van het bestand heeft meer dan {limit} kolommen. Dat is meer dan "
            "Kennisnet kan lezen; controleer of het bestand een tabel is."
        ),
        "The file has more than {limit} cells. That is more than Kennisnet can read; "
        "split the file or remove columns that are not needed.": (
            "Het bestand heeft meer dan {limit} cellen. Dat is meer dan Kennisnet kan lezen; "
            "splits het bestand of verwijder kolommen die niet nodig zijn."
        ),
        "A cell near row {row} of the CSV file is longer than {limit} characters. "
        'Check that every quote character (") is closed.': (
            "Een cel rond rij {row} van het CSV-bestand is langer dan {limit} tekens. "
            'Controleer of elk aanhalingsteken (") gesloten is.'
        ),
    }
)
NL.update(
    {
        # -- after a crash -----------------------------------------------------------
        "Kennisnet stopped unexpectedly": "Kennisnet is onverwacht gestopt",
        "Kennisnet stopped unexpectedly the last time (started {when}). Answers that "
        "were saved are safe in the project file; check the last thing you did.": (
            "Kennisnet is de vorige keer onverwacht gestopt (gestart {when}). Antwoorden die "
            "waren opgeslagen, staan veilig in het projectbestand; controleer wat je het "
            "laatst deed."
        ),
        "What happened was written to {log} and {crash}. If it happens again, please "
        "send these files to your support contact.": (
            "Wat er gebeurde, staat in {log} en {crash}. Gebeurt het opnieuw, stuur deze "
            "bestanden dan naar je contactpersoon voor ondersteuning."
        ),
    }
)
