"""Dutch texts for the results dashboard (graph, first look, tables, channels, what-if)."""

NL = {
    # Tabs and table intros
    "Knowledge network": "Kennisnetwerk",
    "People": "Mensen",
    "Clusters": "Groepen",
    "Gatekeepers": "Poortwachters",
    "Training advice": "Trainingsadvies",
    "Channels": "Kanalen",
    "Response": "Respons",
    "Everyone with their figures, most learners first. Click a row to find the person in the "
    "network; point at a column title for what it means.": (
        "Iedereen met de cijfers, met de meeste leerders bovenaan. Klik op een regel om de "
        "persoon in het netwerk te zien; wijs een kolomtitel aan voor de uitleg."
    ),
    "Groups of colleagues who mostly learn from each other. Risk clusters have no trained "
    "colleague within reach: bad habits may spread there.": (
        "Groepen collega's die vooral van elkaar leren. Een risicogroep heeft geen getrainde "
        "collega dichtbij: daar kunnen verkeerde gewoontes zich verspreiden."
    ),
    "People others depend on: if they left, colleagues would lose every route to trained "
    "knowledge, or the only person they learn from.": (
        "Mensen van wie anderen afhangen: als zij vertrekken, raken collega's elke route naar "
        "getrainde kennis kwijt, of de enige persoon van wie ze leren."
    ),
    "Whom to train first so that as many colleagues as possible can reach a trained colleague "
    "within two steps, in this order.": (
        "Wie je het eerst traint, in deze volgorde, zodat zo veel mogelijk collega's binnen "
        "twee stappen een getrainde collega bereiken."
    ),
    "How many people answered per department. Under 80%: bridge scores are unreliable there; "
    "under 65%: treat all results with caution.": (
        "Hoeveel mensen per afdeling hebben geantwoord. Onder 80%: brugscores zijn daar niet "
        "betrouwbaar; onder 65%: wees voorzichtig met alle uitkomsten."
    ),
    # Busy, errors
    "Working out the knowledge network…": "Het kennisnetwerk wordt uitgerekend…",
    "Drawing the network": "Het netwerk tekenen",
    "Working…": "Bezig…",
    "Stopping…": "Stoppen…",
    "Cancel": "Annuleren",
    "Analyse again": "Opnieuw analyseren",
    "The analysis was stopped. Nothing was changed.": (
        "De analyse is gestopt. Er is niets veranderd."
    ),
    "The analysis could not be done. The details are in the log.": (
        "De analyse kon niet worden gedaan. De details staan in het logbestand."
    ),
    # Toolbar
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "Fit (F)": "Passend (F)",
    "Show the whole network": "Het hele netwerk tonen",
    "Show everyone again": "Weer iedereen tonen",
    "What if … leaves?": "Wat als … vertrekt?",
    "Pick one or more people and see what changes if they leave.": (
        "Kies een of meer mensen en zie wat er verandert als zij vertrekken."
    ),
    "Workshop": "Workshop",
    "Show the results full screen for a team session": (
        "De uitkomsten schermvullend tonen voor een teambijeenkomst"
    ),
    "Show clusters": "Groepen tonen",
    "Show people": "Mensen tonen",
    "Show each cluster as one dot (easier to read in large organisations)": (
        "Elke groep als één stip tonen (beter leesbaar in grote organisaties)"
    ),
    "Show every person as a dot": "Elke persoon als stip tonen",
    # Side panel
    "Find a person": "Iemand zoeken",
    "Type a name and press Enter": "Typ een naam en druk op Enter",
    "Nobody called “{text}” was found.": "Niemand gevonden met de naam “{text}”.",
    "Colour the dots by": "Kleur de stippen naar",
    "Formal training": "Formele training",
    "Cluster (who learns from whom)": "Groep (wie van wie leert)",
    "Show one department": "Eén afdeling tonen",
    "All departments": "Alle afdelingen",
    "{department} ({percent}% answered)": "{department} ({percent}% geantwoord)",
    "Click a dot to see that person's figures, whom they learn from and who learns from them. "
    "Scroll to zoom, drag to move, F to fit.": (
        "Klik op een stip voor de cijfers van die persoon, van wie hij of zij leert en wie "
        "van hem of haar leert. Scroll om te zoomen, sleep om te verschuiven, F om alles te "
        "tonen."
    ),
    # Legend
    "Had formal training": "Formeel getraind",
    "No formal training": "Geen formele training",
    "Training unknown": "Training onbekend",
    "Other departments": "Andere afdelingen",
    "Department unknown": "Afdeling onbekend",
    "department unknown": "afdeling onbekend",
    "Cluster {number} ({size}, mostly {department})": (
        "Groep {number} ({size}, vooral {department})"
    ),
    "Smaller or other clusters": "Kleinere of andere groepen",
    "Bigger dot: more colleagues learn from this person": (
        "Grotere stip: meer collega's leren van deze persoon"
    ),
    "Arrow: from learner to the person they learn from": (
        "Pijl: van de leerder naar de persoon van wie hij of zij leert"
    ),
    "Red ring: key knowledge holder without formal training": (
        "Rode ring: kennishouder zonder formele training"
    ),
    "Open dot: did not fill in the survey": "Open stip: heeft de vragenlijst niet ingevuld",
    "Red area: risk cluster (bad habits may spread)": (
        "Rood vlak: risicogroep (verkeerde gewoontes kunnen zich verspreiden)"
    ),
    "Grey cross: leaves in this what-if": "Grijs kruis: vertrekt in deze wat-als",
    "Purple ring: loses the route to trained knowledge": (
        "Paarse ring: raakt de route naar getrainde kennis kwijt"
    ),
    "Risk cluster (bad habits may spread)": (
        "Risicogroep (verkeerde gewoontes kunnen zich verspreiden)"
    ),
    "Cluster of 3 or more people": "Groep van 3 of meer mensen",
    "Cluster of 1 or 2 people": "Groep van 1 of 2 mensen",
    "Bigger dot: more people in the cluster": "Grotere stip: meer mensen in de groep",
    "Thicker line: more ties between two clusters": (
        "Dikkere lijn: meer banden tussen twee groepen"
    ),
    # Graph
    "Risk cluster {number}": "Risicogroep {number}",
    "{department} · {size}": "{department} · {size}",
    "Click for details": "Klik voor details",
    "Cluster {number}: {size} people": "Groep {number}: {size} mensen",
    "Click to see these people": "Klik om deze mensen te zien",
    "Did not fill in the survey": "Heeft de vragenlijst niet ingevuld",
    # Tables
    "Filter: type a name, department or number": "Filter: typ een naam, afdeling of getal",
    "{count} rows": "{count} regels",
    "{shown} of {count} rows": "{shown} van {count} regels",
    "unknown": "onbekend",
    "no route": "geen route",
    "{percent}%": "{percent}%",
    "Learners": "Leerders",
    "Weighted": "Gewogen",
    "Key holder": "Kennishouder",
    "Habit spreader": "Verspreider van gewoontes",
    "Steps to trained": "Stappen naar getraind",
    "Gatekeeper for": "Poortwachter voor",
    "Only source for": "Enige bron voor",
    "Influence": "Invloed",
    "Bridge score": "Brugscore",
    "Cluster": "Groep",
    "Overloaded": "Overbelast",
    "Learns alone": "Leert alleen",
    "Answered": "Ingevuld",
    "Risk": "Risico",
    "Mostly from": "Vooral uit",
    "Share of that department": "Deel van die afdeling",
    "Cannot reach trained": "Bereikt geen getrainde",
    "What it means": "Wat het betekent",
    "Order": "Volgorde",
    "Person to train": "Te trainen",
    "Extra people reached": "Extra mensen bereikt",
    "Reached after this step": "Bereikt na deze stap",
    "On the staff list": "Op de personeelslijst",
    "Response rate": "Respons",
    "Everyone": "Iedereen",
    "Team unknown": "Team onbekend",
    "The team, or the department when the team is unknown.": (
        "Het team, of de afdeling als het team onbekend is."
    ),
    "Only {percent}% answered, so this score is unreliable here.": (
        "Maar {percent}% heeft geantwoord, dus deze score is hier niet betrouwbaar."
    ),
    # Person card
    "Learners, weighted by how often": "Leerders, gewogen naar hoe vaak",
    "Learns from": "Leert van",
    "Steps to a trained colleague": "Stappen naar een getrainde collega",
    "Influence score": "Invloedsscore",
    "did not answer": "niet geantwoord",
    "and {count} more": "en nog {count}",
    "nobody": "niemand",
    "Key knowledge holder": "Kennishouder",
    "Gatekeeper": "Poortwachter",
    "Show only their network": "Alleen hun netwerk tonen",
    "What if they leave?": "Wat als deze persoon vertrekt?",
    "Learns from ({count})": "Leert van ({count})",
    "Learn from them ({count})": "Leren van deze persoon ({count})",
    "Only {percent}% answered in {department}: this person may have more learners than shown.": (
        "Maar {percent}% heeft geantwoord in {department}: deze persoon heeft misschien meer "
        "leerders dan hier staat."
    ),
    # Cluster card
    "Cluster {number}": "Groep {number}",
    "Risk cluster": "Risicogroep",
    "Cannot reach a trained colleague": "Bereikt geen getrainde collega",
    "Show these people": "Deze mensen tonen",
    # Channels
    "{name} ({count} answered)": "{name} ({count} geantwoord)",
    "{count} learn alone": "{count} leren alleen",
    "1 learns alone": "1 leert alleen",
    "Share of people who answered (%)": "Deel van de mensen die antwoordden (%)",
    "How do people solve a problem when they don't know something? (first choice)": (
        "Hoe lossen mensen een probleem op als ze iets niet weten? (eerste keus)"
    ),
    "What people do first when they don't know something, per team. Many people who mainly "
    "try things out themselves and learn from nobody (“learn alone”) can be a sign that good "
    "practice does not reach them.": (
        "Wat mensen als eerste doen als ze iets niet weten, per team. Veel mensen die vooral "
        "zelf dingen uitproberen en van niemand leren (“leren alleen”), kan een teken zijn dat "
        "de goede werkwijze hen niet bereikt."
    ),
    "The chart shows the {shown} teams with the most answers; the table below has all {count}.": (
        "De grafiek toont de {shown} teams met de meeste antwoorden; de tabel eronder heeft "
        "ze alle {count}."
    ),
    # What if
    "Undo last step": "Laatste stap terug",
    "Back to today": "Terug naar nu",
    "Tick the people who leave. Everything is worked out again without them; you can undo "
    "it afterwards.": (
        "Vink de mensen aan die vertrekken. Alles wordt opnieuw uitgerekend zonder hen; je "
        "kunt het daarna weer terugdraaien."
    ),
    "Search a name or department": "Zoek een naam of afdeling",
    "{name} — {department} ({count} learners)": "{name} — {department} ({count} leerders)",
    "Work it out": "Uitrekenen",
    "What if {names} leave?": "Wat als {names} vertrekken?",
    "{names} and {last}": "{names} en {last}",
    "What if {name} leaves?": "Wat als {name} vertrekt?",
    "Affected (purple ring in the graph):": "Geraakt (paarse ring in het netwerk):",
    # First look
    "What-if: the figures below compare today with the situation without them.": (
        "Wat-als: de cijfers hieronder vergelijken nu met de situatie zonder hen."
    ),
    "What to look at first — click a box to see it in the graph.": (
        "Waar je eerst naar kijkt — klik op een vak om het in het netwerk te zien."
    ),
    "Only {percent}% of the staff answered. Treat all results with caution.": (
        "Maar {percent}% van de medewerkers heeft geantwoord. Wees voorzichtig met alle uitkomsten."
    ),
    "Only {percent}% answered in {department} — treat the bridge scores there with care.": (
        "Maar {percent}% heeft geantwoord in {department} — wees voorzichtig met de "
        "brugscores daar."
    ),
    "Only {percent}% answered in {department} (and under 80% in {count} more departments) — "
    "treat the bridge scores there with care.": (
        "Maar {percent}% heeft geantwoord in {department} (en onder 80% in nog {count} "
        "afdelingen) — wees voorzichtig met de brugscores daar."
    ),
    "Only {percent}% of the staff answered (less than 80%): bridge scores are unreliable.": (
        "Maar {percent}% van de medewerkers heeft geantwoord (minder dan 80%): brugscores "
        "zijn niet betrouwbaar."
    ),
    "Show fewer notes": "Minder meldingen tonen",
    "{count} more notes": "Nog {count} meldingen",
    "1 more note": "Nog 1 melding",
    "Habit spreaders": "Verspreiders van gewoontes",
    "{name} ({count} learners) never had formal training.": (
        "{name} ({count} leerders) heeft nooit een formele training gehad."
    ),
    "And {count} more.": "En nog {count}.",
    "No key knowledge holder is known to lack training.": (
        "Van geen enkele kennishouder is bekend dat de training ontbreekt."
    ),
    "Risk clusters": "Risicogroepen",
    "{count} people in groups where bad habits may spread.": (
        "{count} mensen in groepen waar verkeerde gewoontes zich kunnen verspreiden."
    ),
    "Every group has trained colleagues nearby.": "Elke groep heeft getrainde collega's dichtbij.",
    "{count} colleagues would lose every route to trained knowledge without {name}.": (
        "{count} collega's raken zonder {name} elke route naar getrainde kennis kwijt."
    ),
    "Nobody is the only route to trained knowledge.": (
        "Niemand is de enige route naar getrainde kennis."
    ),
    "Reach trained knowledge": "Bereiken getrainde kennis",
    "of {population} reach a trained colleague within {within}.": (
        "van de {population} bereiken binnen {within} een getrainde collega."
    ),
    "Training {count} people: {after}.": "Als je {count} mensen traint: {after}.",
    "{respondents} of {roster} people filled in the survey.": (
        "{respondents} van de {roster} mensen hebben de vragenlijst ingevuld."
    ),
}
