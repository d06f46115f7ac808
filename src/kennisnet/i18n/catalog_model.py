"""Dutch texts for the shared vocabulary (frequencies, channels, training answers)."""

NL = {
    "daily": "dagelijks",
    "weekly": "wekelijks",
    "monthly": "maandelijks",
    "less often": "minder vaak",
    "Ask a colleague": "Een collega vragen",
    "Ask my manager": "Mijn leidinggevende vragen",
    "Look it up in manuals, procedures or the intranet": (
        "Opzoeken in handleidingen, procedures of op intranet"
    ),
    "Search the internet": "Op internet zoeken",
    "Ask an AI assistant": "Een AI-assistent vragen",
    "Try it myself (trial and error)": "Zelf uitproberen (vallen en opstaan)",
    "Use what I learned in a training or course": (
        "Gebruiken wat ik in een training of cursus heb geleerd"
    ),
    "Other": "Anders",
    "yes": "ja",
    "no": "nee",
    "don't know": "weet niet",
}

NL.update(
    {
        "Welcome": "Welkom",
        "With this short survey we want to learn how colleagues learn from each other "
        "in their work. It takes about 3 minutes.\n\n"
        "Your answers are confidential, but not anonymous: you choose your name, so that we "
        "can draw the network. Only the HR advisers running this survey see your answers. "
        "In reports and workshops we show the network, never your individual answers, and "
        "we can hide names.\n\n"
        "Taking part is voluntary. If you choose not to take part, nothing is stored.": (
            "Met deze korte vragenlijst willen we zien hoe collega's van elkaar leren in hun "
            "werk. Het duurt ongeveer 3 minuten.\n\n"
            "Je antwoorden zijn vertrouwelijk, maar niet anoniem: je kiest je eigen naam, zodat "
            "we het netwerk kunnen tekenen. Alleen de HR-adviseurs die dit onderzoek doen, zien "
            "je antwoorden. In rapporten en workshops laten we het netwerk zien, nooit jouw "
            "losse antwoorden, en we kunnen namen verbergen.\n\n"
            "Meedoen is vrijwillig. Doe je niet mee, dan wordt er niets opgeslagen."
        ),
        "I take part": "Ik doe mee",
        "I do not take part": "Ik doe niet mee",
        "Who are you?": "Wie ben jij?",
        "Type part of your name and choose yourself from the list.": (
            "Typ een deel van je naam en kies jezelf in de lijst."
        ),
        "From whom do you learn the most in your work?": "Van wie leer je het meest in je werk?",
        "Think of the last 3 months. Type part of a name and choose the colleague. "
        "For each person, say how often you learn from them.": (
            "Denk aan de laatste 3 maanden. Typ een deel van een naam en kies de collega. "
            "Zeg per persoon hoe vaak je van hem of haar leert."
        ),
        "There are more people I learn from": "Er zijn nog meer mensen van wie ik leer",
        "Someone who is not on the list": "Iemand die niet in de lijst staat",
        "About what? (optional)": "Waarover? (mag je overslaan)",
        "How do you solve a problem when you don't know something?": (
            "Hoe los je een probleem op als je iets niet weet?"
        ),
        "Choose up to 3, the one you use most first.": (
            "Kies er maximaal 3, de manier die je het meest gebruikt eerst."
        ),
        "Did you have formal training or a course for your current work?": (
            "Heb je een formele opleiding of cursus gehad voor je huidige werk?"
        ),
        "Which training or course?": "Welke opleiding of cursus?",
        "When (about)?": "Wanneer (ongeveer)?",
        "Thank you!": "Bedankt!",
        "Your answers have been saved. The next colleague can start.": (
            "Je antwoorden zijn opgeslagen. De volgende collega kan beginnen."
        ),
    }
)
