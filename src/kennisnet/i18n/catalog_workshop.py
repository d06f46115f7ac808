"""Dutch texts for workshop mode (the projector screen)."""

NL: dict[str, str] = {
    "Choose a project file for the workshop.": "Kies een projectbestand voor de workshop.",
    "Our knowledge network": "Ons kennisnetwerk",
    "Risk clusters: where bad habits may spread": (
        "Risicogroepen: waar verkeerde gewoontes zich kunnen verspreiden"
    ),
    "What if someone leaves?": "Wat als iemand vertrekt?",
    "Training advice and actions": "Trainingsadvies en acties",
    "{respondents} of {roster} colleagues answered the survey ({percent}%).": (
        "{respondents} van de {roster} collega's vulden de vragenlijst in ({percent}%)."
    ),
    "Each dot is a colleague; a line means that one learns from the other.": (
        "Elke stip is een collega; een lijn betekent dat de een van de ander leert."
    ),
    "Colours show {count} clusters: colleagues who mostly learn from each other.": (
        "De kleuren tonen {count} groepen: collega's die vooral van elkaar leren."
    ),
    "Bigger dots: more colleagues learn from this person.": (
        "Grotere stip: meer collega's leren van deze persoon."
    ),
    "No formal training, yet many learn from them (red ring): {names}": (
        "Geen formele training, maar velen leren van hen (rode ring): {names}"
    ),
    "{count} small risk clusters are not shown (fewer than 5 people).": (
        "{count} kleine risicogroepen worden niet getoond (minder dan 5 mensen)."
    ),
    "Green: formally trained. Orange: no formal training. Grey: unknown.": (
        "Groen: formeel getraind. Oranje: geen formele training. Grijs: onbekend."
    ),
    "Choose one or more colleagues below to see what would change.": (
        "Kies hieronder een of meer collega's om te zien wat er verandert."
    ),
    "If {names} left:": "Als {names} vertrekt:",
    "Orange ring: colleagues who would be affected.": (
        "Oranje ring: collega's die er last van krijgen."
    ),
    "Would be affected": "Krijgt er last van",
    "Train first (in this order)": "Eerst trainen (in deze volgorde)",
    "Action: give formal training to key knowledge holders without it: {names}.": (
        "Actie: geef kennishouders zonder formele training een training: {names}."
    ),
    "Action: spread the questions now going to {names}: who else can help?": (
        "Actie: verdeel de vragen die nu naar {names} gaan: wie kan nog meer helpen?"
    ),
    "Action: make sure {name} is not the only route to trained knowledge for {count} colleagues.": (
        "Actie: zorg dat {name} niet de enige weg naar getrainde kennis is voor {count} collega's."
    ),
    "Action: {count} colleagues learn alone; invite them to learn with a colleague.": (
        "Actie: {count} collega's leren alleen; nodig hen uit om samen met een collega te leren."
    ),
    "Nobody has this code.": "Niemand heeft deze code.",
    "Found: {code} (purple ring)": "Gevonden: {code} (paarse ring)",
    "Calculating…": "Bezig met rekenen…",
    "The calculation failed: {error}": "Het rekenen is mislukt: {error}",
    "Show names (N)": "Toon namen (N)",
    "Show codes (N)": "Toon codes (N)",
    "Found by personal code": "Gevonden met persoonlijke code",
    "Workshop — {project}": "Workshop — {project}",
    "← Previous": "← Vorige",
    "Next →": "Volgende →",
    "Leave (Esc)": "Stoppen (Esc)",
    "Find yourself — your code:": "Vind jezelf — jouw code:",
    "Leaves": "Vertrekt",
    "Nobody leaves": "Niemand vertrekt",
    "Type a name or code": "Typ een naam of code",
}
