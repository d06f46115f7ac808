"""Dutch texts for the analysis: sentences, warnings, explanations and the summary."""

NL = {
    # Steps
    "one step": "één stap",
    "two steps": "twee stappen",
    "three steps": "drie stappen",
    "{steps} steps": "{steps} stappen",
    # Cluster sentences
    "{count} of {size} people in this cluster cannot reach a trained colleague within {within}.": (
        "{count} van de {size} mensen in deze groep kunnen binnen {within} "
        "geen getrainde collega bereiken."
    ),
    "This person can reach a trained colleague within {within}.": (
        "Deze persoon kan binnen {within} een getrainde collega bereiken."
    ),
    "This person cannot reach a trained colleague within {within}.": (
        "Deze persoon kan binnen {within} geen getrainde collega bereiken."
    ),
    "Nobody in this cluster of {size} people has had formal training; {count} of them "
    "cannot reach a trained colleague within {within}.": (
        "Niemand in deze groep van {size} mensen heeft een formele training gehad; "
        "{count} van hen kunnen binnen {within} geen getrainde collega bereiken."
    ),
    "Nobody in this cluster of {size} people has had formal training; all of them can "
    "still reach a trained colleague outside it within {within}.": (
        "Niemand in deze groep van {size} mensen heeft een formele training gehad; "
        "wel kunnen ze allemaal binnen {within} een getrainde collega buiten de groep bereiken."
    ),
    "All {size} people in this cluster can reach a trained colleague within {within}.": (
        "Alle {size} mensen in deze groep kunnen binnen {within} een getrainde collega bereiken."
    ),
    # Progress
    "Building the knowledge network": "Het kennisnetwerk opbouwen",
    "Finding key knowledge holders": "Kennishouders zoeken",
    "Finding bridges between groups": "Bruggen tussen groepen zoeken",
    "Finding clusters": "Groepen zoeken",
    "Tracing routes to trained knowledge": "Routes naar getrainde kennis nagaan",
    "Working out the training advice": "Het trainingsadvies bepalen",
    "Counting channels and response rates": "Kanalen en respons tellen",
    "Analysis complete": "Analyse klaar",
    "The analysis was cancelled.": "De analyse is afgebroken.",
    # Explanations
    "The number of this person in the project.": "Het nummer van deze persoon in het project.",
    "The name as it is on the staff list.": "De naam zoals die op de personeelslijst staat.",
    "The employee number from the staff list, if there is one.": (
        "Het personeelsnummer van de personeelslijst, als dat er is."
    ),
    "The department from the staff list.": "De afdeling van de personeelslijst.",
    "The team from the staff list.": "Het team van de personeelslijst.",
    "The job title from the staff list.": "De functie van de personeelslijst.",
    "Whether this person had formal training for their work: from HR's records, otherwise "
    "their own answer. Unknown never counts as trained.": (
        "Of deze persoon een formele training voor het werk heeft gehad: volgens HR, anders "
        "volgens het eigen antwoord. Onbekend telt nooit als getraind."
    ),
    "Whether this person filled in the survey. If not, we do not know whom they learn from.": (
        "Of deze persoon de vragenlijst heeft ingevuld. Zo niet, dan weten we niet van wie "
        "deze persoon leert."
    ),
    "Someone who was named but is not on the staff list.": (
        "Iemand die genoemd is, maar niet op de personeelslijst staat."
    ),
    "How many colleagues this person named as people they learn from.": (
        "Hoeveel collega's deze persoon noemde als mensen van wie hij of zij leert."
    ),
    "How many colleagues say they learn from this person.": (
        "Hoeveel collega's zeggen dat ze van deze persoon leren."
    ),
    "Like the number of learners, but counting how often: daily counts 4, weekly 3, monthly "
    "2, less often 1.": (
        "Zoals het aantal leerders, maar ook hoe vaak: dagelijks telt 4, wekelijks 3, "
        "maandelijks 2, minder vaak 1."
    ),
    "Influence score: high when many people learn from this person, especially people whom "
    "others learn from too. All scores add up to 1.": (
        "Invloedsscore: hoog als veel mensen van deze persoon leren, vooral mensen van wie "
        "anderen ook weer leren. Alle scores samen zijn 1."
    ),
    "Bridge score (0 to 1): how often this person lies on the shortest route between two "
    "colleagues. Unreliable when fewer than 80% answered.": (
        "Brugscore (0 tot 1): hoe vaak deze persoon op de kortste route tussen twee collega's "
        "ligt. Niet betrouwbaar als minder dan 80% heeft geantwoord."
    ),
    "The group of colleagues who mostly learn from each other.": (
        "De groep collega's die vooral van elkaar leren."
    ),
    "How many steps (I learn from someone, who learns from someone…) it takes this person "
    "to reach a trained colleague. 0 = trained themselves; empty = no route at all.": (
        "Hoeveel stappen (ik leer van iemand, die leert van iemand…) deze persoon nodig heeft "
        "om bij een getrainde collega te komen. 0 = zelf getraind; leeg = helemaal geen route."
    ),
    "Whether this person reaches a trained colleague within {within}.": (
        "Of deze persoon binnen {within} een getrainde collega bereikt."
    ),
    "How many colleagues would lose every route to trained knowledge if this person left.": (
        "Hoeveel collega's elke route naar getrainde kennis kwijtraken als deze persoon vertrekt."
    ),
    "How many colleagues named this person as the only one they learn from.": (
        "Hoeveel collega's deze persoon noemden als de enige van wie ze leren."
    ),
    "A key knowledge holder: among the {top}% of people most often named as a source, with "
    "at least {min_learners} learners.": (
        "Een kennishouder: hoort bij de {top}% mensen die het vaakst genoemd worden, met "
        "minstens {min_learners} leerders."
    ),
    "A key knowledge holder who never had formal training: many learn from someone who never "
    "got the base, so wrong habits may spread.": (
        "Een kennishouder zonder formele training: veel mensen leren van iemand die de basis "
        "nooit heeft gekregen, dus verkeerde gewoontes kunnen zich verspreiden."
    ),
    "{threshold} or more colleagues learn from this person, so they may become a bottleneck.": (
        "{threshold} of meer collega's leren van deze persoon, dus deze persoon kan overbelast "
        "raken."
    ),
    "Named nobody to learn from and solves problems mainly by trial and error or on their "
    "own (internet, AI assistant).": (
        "Noemde niemand om van te leren en lost problemen vooral op door zelf uit te proberen "
        "of alleen (internet, AI-assistent)."
    ),
    "How many colleagues named this person who is not on the staff list.": (
        "Hoeveel collega's deze persoon noemden die niet op de personeelslijst staat."
    ),
    "The people in this cluster.": "De mensen in deze groep.",
    "How many people are in this cluster.": "Hoeveel mensen er in deze groep zitten.",
    "How many people of each department are in this cluster.": (
        "Hoeveel mensen van elke afdeling in deze groep zitten."
    ),
    "The department most people in this cluster belong to.": (
        "De afdeling waar de meeste mensen in deze groep bij horen."
    ),
    "The share of this cluster that belongs to its main department. Low means the cluster "
    "crosses departments.": (
        "Het deel van deze groep dat bij de grootste afdeling hoort. Laag betekent: de groep "
        "gaat over afdelingen heen."
    ),
    "How many people in this cluster had formal training.": (
        "Hoeveel mensen in deze groep een formele training hebben gehad."
    ),
    "The share of people in this cluster who had formal training.": (
        "Het deel van de mensen in deze groep dat een formele training heeft gehad."
    ),
    "How many people in this cluster cannot reach a trained colleague within {within}.": (
        "Hoeveel mensen in deze groep binnen {within} geen getrainde collega kunnen bereiken."
    ),
    "The share of people in this cluster who cannot reach a trained colleague within {within}.": (
        "Het deel van de mensen in deze groep dat binnen {within} geen getrainde collega kan "
        "bereiken."
    ),
    "A risk cluster: 3 or more people, and nobody is trained or at least half cannot reach "
    "a trained colleague within {within}. Bad habits may spread here.": (
        "Een risicogroep: 3 of meer mensen, en niemand is getraind of minstens de helft kan "
        "binnen {within} geen getrainde collega bereiken. Hier kunnen verkeerde gewoontes "
        "zich verspreiden."
    ),
    "What the figures of this cluster mean, in one sentence.": (
        "Wat de cijfers van deze groep betekenen, in één zin."
    ),
    "The order in which to train these people.": "De volgorde waarin je deze mensen traint.",
    "How many more colleagues reach a trained colleague within {within} once this person is "
    "trained (on top of the people before them in the list).": (
        "Hoeveel collega's er extra binnen {within} een getrainde collega bereiken als deze "
        "persoon getraind is (bovenop de mensen die eerder in de lijst staan)."
    ),
    "How many people reach a trained colleague within {within} today.": (
        "Hoeveel mensen nu binnen {within} een getrainde collega bereiken."
    ),
    "How many people would reach a trained colleague within {within} after the advised training.": (
        "Hoeveel mensen binnen {within} een getrainde collega bereiken na de geadviseerde training."
    ),
    "How many people were counted.": "Hoeveel mensen er zijn meegeteld.",
    "How many people mentioned this way at all (first, second or third).": (
        "Hoeveel mensen dit hebben genoemd (als eerste, tweede of derde)."
    ),
    "How many people filled in the survey.": "Hoeveel mensen de vragenlijst hebben ingevuld.",
    "The share of people on the staff list who filled in the survey. Under 80%: bridge "
    "scores are unreliable; under 65%: treat all results with caution.": (
        "Het deel van de mensen op de personeelslijst dat de vragenlijst heeft ingevuld. "
        "Onder 80%: brugscores zijn niet betrouwbaar; onder 65%: wees voorzichtig met alle "
        "uitkomsten."
    ),
    "How many people are on the staff list.": "Hoeveel mensen er op de personeelslijst staan.",
    # Warnings
    "The staff list is empty, so there is nothing to analyse.": (
        "De personeelslijst is leeg, dus er valt niets te analyseren."
    ),
    "Nobody has answered the survey yet, so there are no results to show.": (
        "Nog niemand heeft de vragenlijst ingevuld, dus er zijn nog geen uitkomsten."
    ),
    "Only {percent}% of the staff answered the survey. Treat all results with caution.": (
        "Maar {percent}% van de medewerkers heeft de vragenlijst ingevuld. Wees voorzichtig "
        "met alle uitkomsten."
    ),
    "Only {percent}% of the staff answered (less than 80%), so the bridge scores "
    "(betweenness) are unreliable.": (
        "Maar {percent}% van de medewerkers heeft geantwoord (minder dan 80%), dus de "
        "brugscores zijn niet betrouwbaar."
    ),
    "Fewer than 80% answered in: {departments}.": (
        "Minder dan 80% heeft geantwoord bij: {departments}."
    ),
    "Nobody is recorded as trained, so nobody can reach trained knowledge. Check the "
    "training column of the staff list.": (
        "Niemand staat als getraind geregistreerd, dus niemand kan getrainde kennis bereiken. "
        "Controleer de kolom over training in de personeelslijst."
    ),
    "For 1 key knowledge holder we do not know whether they had formal training. Please check.": (
        "Van 1 kennishouder weten we niet of er een formele training is gevolgd. "
        "Controleer dit even."
    ),
    "For {count} key knowledge holders we do not know whether they had formal training. "
    "Please check.": (
        "Van {count} kennishouders weten we niet of ze een formele training hebben gevolgd. "
        "Controleer dit even."
    ),
    "1 name in the answers is not yet matched to the staff list and is left out.": (
        "1 naam in de antwoorden is nog niet aan de personeelslijst gekoppeld en telt niet mee."
    ),
    "{count} names in the answers are not yet matched to the staff list and are left out.": (
        "{count} namen in de antwoorden zijn nog niet aan de personeelslijst gekoppeld en "
        "tellen niet mee."
    ),
    "1 nomination points to nobody in this project and was ignored.": (
        "1 genoemde naam hoort bij niemand in dit project en is overgeslagen."
    ),
    "{count} nominations point to nobody in this project and were ignored.": (
        "{count} genoemde namen horen bij niemand in dit project en zijn overgeslagen."
    ),
    "1 person who was named is not on the staff list; they are shown apart and not counted "
    "in the figures.": (
        "1 genoemde persoon staat niet op de personeelslijst; deze persoon staat apart en telt "
        "niet mee in de cijfers."
    ),
    "{count} people who were named are not on the staff list; they are shown apart and not "
    "counted in the figures.": (
        "{count} genoemde mensen staan niet op de personeelslijst; ze staan apart en tellen "
        "niet mee in de cijfers."
    ),
    # Summary
    "asking a colleague": "een collega vragen",
    "asking their manager": "de leidinggevende vragen",
    "manuals, procedures or intranet": "handleidingen, procedures of intranet",
    "searching the internet": "op internet zoeken",
    "an AI assistant": "een AI-assistent",
    "trial and error": "zelf uitproberen",
    "what they learned in a training": "wat ze in een training hebben geleerd",
    "another way": "op een andere manier",
    "formally trained": "formeel getraind",
    "no formal training": "geen formele training",
    "training unknown": "training onbekend",
    "no department known": "geen afdeling bekend",
    "{names} and {count} more": "{names} en nog {count} anderen",
    "1 colleague learns from this person": "1 collega leert van deze persoon",
    "{count} colleagues learn from this person": "{count} collega's leren van deze persoon",
    "Knowledge network — {wave}": "Kennisnetwerk — {wave}",
    "{respondents} of {roster} people on the staff list answered the survey ({percent}%).": (
        "{respondents} van de {roster} mensen op de personeelslijst hebben de vragenlijst "
        "ingevuld ({percent}%)."
    ),
    "Please note:": "Let op:",
    "Key knowledge holders (colleagues who are asked most often):": (
        "Kennishouders (collega's die het vaakst om raad gevraagd worden):"
    ),
    "None: nobody is named often enough.": "Geen: niemand wordt vaak genoeg genoemd.",
    "Possible habit spreaders (key knowledge holders without formal training, so wrong "
    "habits may spread): {names}": (
        "Mogelijke verspreiders van gewoontes (kennishouders zonder formele training, dus "
        "verkeerde gewoontes kunnen zich verspreiden): {names}"
    ),
    "Possibly overloaded ({threshold} or more colleagues learn from them): {names}": (
        "Mogelijk overbelast ({threshold} of meer collega's leren van hen): {names}"
    ),
    "Clusters where bad habits may spread:": (
        "Groepen waar verkeerde gewoontes zich kunnen verspreiden:"
    ),
    "None found.": "Geen gevonden.",
    "Cluster {id} (mostly {department}): {sentence}": (
        "Groep {id} (vooral {department}): {sentence}"
    ),
    "Gatekeepers (the only route to trained knowledge for others):": (
        "Poortwachters (de enige route naar getrainde kennis voor anderen):"
    ),
    "If {name} left, 1 colleague would lose their only route to trained knowledge.": (
        "Als {name} vertrekt, raakt 1 collega de enige route naar getrainde kennis kwijt."
    ),
    "If {name} left, {count} colleagues would lose their only route to trained knowledge.": (
        "Als {name} vertrekt, raken {count} collega's hun enige route naar getrainde kennis kwijt."
    ),
    "Now {reached} of {population} people can reach a trained colleague within {within}.": (
        "Nu kunnen {reached} van de {population} mensen binnen {within} een getrainde collega "
        "bereiken."
    ),
    "Train these people first:": "Train deze mensen eerst:",
    "1 more person reaches trained knowledge": "1 persoon extra bereikt getrainde kennis",
    "{count} more people reach trained knowledge": (
        "{count} mensen extra bereiken getrainde kennis"
    ),
    "After this training {reached} of {population} people can reach a trained colleague "
    "within {within}.": (
        "Na deze training kunnen {reached} van de {population} mensen binnen {within} een "
        "getrainde collega bereiken."
    ),
    "Learn alone (named nobody and mostly use trial and error): {names}": (
        "Leren alleen (noemden niemand en proberen vooral zelf uit): {names}"
    ),
    "How people solve something they don't know (first choice):": (
        "Hoe mensen iets oplossen wat ze niet weten (eerste keus):"
    ),
    # Waves
    "1 person can now reach a trained colleague within {within}.": (
        "1 persoon kan nu binnen {within} een getrainde collega bereiken."
    ),
    "{count} people can now reach a trained colleague within {within}.": (
        "{count} mensen kunnen nu binnen {within} een getrainde collega bereiken."
    ),
    "1 person can no longer reach a trained colleague within {within}.": (
        "1 persoon kan niet meer binnen {within} een getrainde collega bereiken."
    ),
    "{count} people can no longer reach a trained colleague within {within}.": (
        "{count} mensen kunnen niet meer binnen {within} een getrainde collega bereiken."
    ),
    "Nobody's route to trained knowledge has changed.": (
        "Bij niemand is de route naar getrainde kennis veranderd."
    ),
    "1 risk cluster is no longer at risk.": "1 risicogroep is geen risicogroep meer.",
    "{count} risk clusters are no longer at risk.": (
        "{count} risicogroepen zijn geen risicogroep meer."
    ),
    "1 new risk cluster has appeared.": "Er is 1 nieuwe risicogroep.",
    "{count} new risk clusters have appeared.": "Er zijn {count} nieuwe risicogroepen.",
    "1 person is now a key knowledge holder.": "1 persoon is nu kennishouder.",
    "{count} people are now key knowledge holders.": "{count} mensen zijn nu kennishouder.",
    "1 person is no longer a key knowledge holder.": "1 persoon is geen kennishouder meer.",
    "{count} people are no longer key knowledge holders.": (
        "{count} mensen zijn geen kennishouder meer."
    ),
    # What if
    "1 colleague would lose every route to trained knowledge.": (
        "1 collega zou elke route naar getrainde kennis kwijtraken."
    ),
    "{count} colleagues would lose every route to trained knowledge.": (
        "{count} collega's zouden elke route naar getrainde kennis kwijtraken."
    ),
    "1 colleague could no longer reach a trained colleague within {within}.": (
        "1 collega zou binnen {within} geen getrainde collega meer kunnen bereiken."
    ),
    "{count} colleagues could no longer reach a trained colleague within {within}.": (
        "{count} collega's zouden binnen {within} geen getrainde collega meer kunnen bereiken."
    ),
    "1 colleague would have nobody left to learn from.": (
        "1 collega zou niemand meer hebben om van te leren."
    ),
    "{count} colleagues would have nobody left to learn from.": (
        "{count} collega's zouden niemand meer hebben om van te leren."
    ),
    "1 new risk cluster would appear.": "Er zou 1 nieuwe risicogroep ontstaan.",
    "{count} new risk clusters would appear.": "Er zouden {count} nieuwe risicogroepen ontstaan.",
    "1 colleague would become a key knowledge holder.": "1 collega zou kennishouder worden.",
    "{count} colleagues would become key knowledge holders.": (
        "{count} collega's zouden kennishouder worden."
    ),
    "Nobody else would lose their route to trained knowledge.": (
        "Verder raakt niemand de route naar getrainde kennis kwijt."
    ),
    # channels chosen without order (Forms exports)
    "How many people use this way first when they don't know something. Only answers "
    "given in order count (kiosk, template); answers from a Forms export were chosen "
    "without order and have no first choice (empty when nobody ranked).": (
        "Hoeveel mensen dit als eerste doen als ze iets niet weten. Alleen antwoorden met een "
        "volgorde tellen mee (kiosk, sjabloon); antwoorden uit een Forms-export zijn zonder "
        "volgorde aangevinkt en hebben geen eerste keus (leeg als niemand een volgorde gaf)."
    ),
    "How many people chose at least one way to solve a problem.": (
        "Hoeveel mensen minstens één manier kozen om een probleem op te lossen."
    ),
    "How many of them put their ways in order (kiosk, template). Forms answers are "
    "chosen without order.": (
        "Hoeveel van hen hun manieren op volgorde zetten (kiosk, sjabloon). Antwoorden uit "
        "Forms zijn zonder volgorde aangevinkt."
    ),
    "How people solve something they don't know (every way they chose; answers from a "
    "Forms export have no order):": (
        "Hoe mensen iets oplossen wat ze niet weten (elke gekozen manier; antwoorden uit een "
        "Forms-export hebben geen volgorde):"
    ),
}
