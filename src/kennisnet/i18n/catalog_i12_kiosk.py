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
