"""Dutch texts for the exports (Excel, pictures, Gephi files, code lists) and `kennisnet export`."""

NL: dict[str, str] = {
    # Command line
    "--{option} needs a file name, not a folder: {path}": (
        "--{option} heeft een bestandsnaam nodig, geen map: {path}"
    ),
    "Say which files to write, for example: --xlsx results.xlsx --png network.png "
    "(also --svg, --pdf, --graphml, --gexf, --codes).": (
        "Geef aan welke bestanden je wilt maken, bijvoorbeeld: --xlsx resultaten.xlsx "
        "--png netwerk.png (ook --svg, --pdf, --graphml, --gexf, --codes)."
    ),
    "--codes lists names, so it cannot be combined with --pseudonymize. "
    "Write the code list in a separate command.": (
        "--codes bevat namen en kan dus niet samen met --pseudonymize. "
        "Maak de codelijst met een aparte opdracht."
    ),
    "Analysing the answers": "De antwoorden worden geanalyseerd",
    "Written: {path}": "Gemaakt: {path}",
    "the Excel workbook to write (.xlsx)": "het Excel-bestand dat gemaakt wordt (.xlsx)",
    "the network picture to write (.png)": "de netwerkafbeelding die gemaakt wordt (.png)",
    "the network picture as SVG": "de netwerkafbeelding als SVG",
    "the network picture as PDF": "de netwerkafbeelding als PDF",
    "the network for Gephi and other tools (GraphML)": (
        "het netwerk voor Gephi en andere programma's (GraphML)"
    ),
    "the network for Gephi (GEXF)": "het netwerk voor Gephi (GEXF)",
    "a list of names with their personal codes (CSV), to hand out": (
        "een lijst met namen en hun persoonlijke code (CSV), om uit te delen"
    ),
    "size of the picture: a 16:9 slide (1920x1080) or A4/A3 at 300 dpi": (
        "formaat van de afbeelding: een 16:9-dia (1920x1080) of A4/A3 op 300 dpi"
    ),
    "language of the exported files (default: the language of the messages)": (
        "taal van de bestanden (standaard: de taal van de meldingen)"
    ),
    "Workshop mode": "De workshopmodus",
    "show the results full screen for a team workshop": (
        "toon de resultaten schermvullend voor een teamworkshop"
    ),
    # Progress
    "Placing people in the picture": "Mensen worden in de afbeelding geplaatst",
    "Drawing the PNG picture": "De PNG-afbeelding wordt getekend",
    "Drawing the SVG picture": "De SVG-afbeelding wordt getekend",
    "Drawing the PDF": "De PDF wordt getekend",
    "Writing the Excel workbook": "Het Excel-bestand wordt geschreven",
    "Writing the GraphML file": "Het GraphML-bestand wordt geschreven",
    "Writing the GEXF file": "Het GEXF-bestand wordt geschreven",
    "Writing the code list": "De codelijst wordt geschreven",
    "Export finished": "Klaar met exporteren",
    "Nothing to export: choose at least one file.": (
        "Er is niets te exporteren: kies minstens één bestand."
    ),
    "The code list shows names, so it cannot be part of a pseudonymised export.": (
        "De codelijst bevat namen en kan dus niet in een export met codes."
    ),
    "The export was cancelled.": "Het exporteren is gestopt.",
    # Picture
    "Knowledge network — {project}": "Kennisnetwerk — {project}",
    "{wave} · {respondents} of {roster} people answered ({percent}%)": (
        "{wave} · {respondents} van de {roster} mensen deden mee ({percent}%)"
    ),
    "Made with Kennisnet on {date}": "Gemaakt met Kennisnet op {date}",
    "names replaced by codes; figures about groups under 5 people hidden": (
        "namen vervangen door codes; cijfers over groepen kleiner dan 5 mensen verborgen"
    ),
    "{respondents} of {roster} people answered ({percent}%)": (
        "{respondents} van de {roster} mensen deden mee ({percent}%)"
    ),
    "{count} key knowledge holders": "{count} kennishouders",
    "{count} risk clusters where bad habits may spread": (
        "{count} risicogroepen waar verkeerde gewoontes zich kunnen verspreiden"
    ),
    "{reached} of {population} reach a trained colleague within {within}": (
        "{reached} van de {population} bereiken binnen {within} een getrainde collega"
    ),
    "After the advised training: {reached} of {population}": (
        "Na de geadviseerde training: {reached} van de {population}"
    ),
    "Fewer than 80% answered: bridge scores are unreliable": (
        "Minder dan 80% deed mee: brugscores zijn onbetrouwbaar"
    ),
    "Risk cluster {id}": "Risicogroep {id}",
    "Formally trained": "Formeel getraind",
    "Cluster {id}: mostly {department}": "Groep {id}: vooral {department}",
    "Cluster {id}": "Groep {id}",
    "Other small clusters": "Andere kleine groepen",
    "Dark ring: formally trained": "Donkere ring: formeel getraind",
    "Line: learns from (the arrow points to the source)": (
        "Lijn: leert van (de pijl wijst naar de bron)"
    ),
    "Line: one of them learns from the other": "Lijn: de een leert van de ander",
    "Risk cluster: bad habits may spread": (
        "Risicogroep: verkeerde gewoontes kunnen zich verspreiden"
    ),
    "How to read this": "Zo lees je de afbeelding",
    "Key figures": "Belangrijkste cijfers",
    # Pseudonymised
    "hidden (fewer than 5 people)": "verborgen (minder dan 5 mensen)",
    "(small department, hidden)": "(kleine afdeling, verborgen)",
    "Figures hidden: this group has fewer than 5 people.": (
        "Cijfers verborgen: deze groep heeft minder dan 5 mensen."
    ),
    # Workbook: sheets
    "Summary": "Samenvatting",
    "Ties": "Bronnen",
    "Network picture": "Netwerkafbeelding",
    "Personal codes": "Persoonlijke codes",
    # Workbook: summary
    "Project": "Project",
    "Wave": "Meting",
    "Exported on": "Gemaakt op",
    "People on the staff list": "Mensen op de personeelslijst",
    "Answered the survey": "Vulde de vragenlijst in",
    "Key knowledge holders": "Kennishouders",
    "Reach a trained colleague within {within}": "Bereiken binnen {within} een getrainde collega",
    "{reached} of {population} now; {after} after the advised training": (
        "nu {reached} van de {population}; {after} na de geadviseerde training"
    ),
    "Names": "Namen",
    "replaced by codes": "vervangen door codes",
    "shown (confidential)": "zichtbaar (vertrouwelijk)",
    "What the analysis found": "Wat de analyse laat zien",
    "Explanation of terms": "Uitleg van de begrippen",
    "Privacy": "Privacy",
    "Names are replaced by codes. Figures about groups of fewer than 5 people are hidden.": (
        "Namen zijn vervangen door codes. Cijfers over groepen van minder dan 5 mensen "
        "zijn verborgen."
    ),
    "This workbook contains names: keep it confidential (it is not anonymous). "
    "Share the pseudonymised export when names are not needed.": (
        "Dit bestand bevat namen: houd het vertrouwelijk (het is niet anoniem). "
        "Deel de export met codes als namen niet nodig zijn."
    ),
    "The knowledge network (the same picture as the PNG)": (
        "Het kennisnetwerk (dezelfde afbeelding als de PNG)"
    ),
    # Workbook: headers
    "Number": "Nummer",
    "Code": "Code",
    "Job title": "Functie",
    "Not on staff list": "Niet op personeelslijst",
    "Sources named": "Genoemde bronnen",
    "Learners (weighted)": "Leerders (gewogen)",
    "Influence (PageRank)": "Invloed (PageRank)",
    "Steps to trained colleague": "Stappen tot getrainde collega",
    "Reaches trained colleague": "Bereikt getrainde collega",
    "Possible habit spreader": "Mogelijke verspreider van gewoontes",
    "Possibly overloaded": "Mogelijk overbelast",
    "Unknown": "Onbekend",
    "Yes": "Ja",
    "No": "Nee",
    "Learner": "Leerder",
    "Learner's department": "Afdeling leerder",
    "Learns from": "Leert van",
    "Source's department": "Afdeling bron",
    "Weight": "Gewicht",
    "How often": "Hoe vaak",
    "The person who learns from someone.": "De persoon die van iemand leert.",
    "The person they learn from (the source).": "De persoon van wie zij leren (de bron).",
    "How often: daily counts 4, weekly 3, monthly 2, less often 1.": (
        "Hoe vaak: dagelijks telt 4, wekelijks 3, maandelijks 2, minder vaak 1."
    ),
    "How often they learn from this person.": "Hoe vaak zij van deze persoon leren.",
    "Risk cluster": "Risicogroep",
    "Main department": "Belangrijkste afdeling",
    "Share main department": "Aandeel belangrijkste afdeling",
    "Trained": "Getraind",
    "Share trained": "Aandeel getraind",
    "Cannot reach trained": "Bereikt geen getrainde",
    "Share cannot reach": "Aandeel dat niet bereikt",
    "In one sentence": "In één zin",
    "Departments": "Afdelingen",
    "Members": "Leden",
    "(no department)": "(geen afdeling)",
    "What it means": "Wat het betekent",
    "If {name} left, 1 colleague would lose their only route to trained knowledge.": (
        "Als {name} vertrekt, raakt 1 collega de enige route naar getrainde kennis kwijt."
    ),
    "If {name} left, {count} colleagues would lose their only route to trained knowledge.": (
        "Als {name} vertrekt, raken {count} collega's hun enige route naar getrainde kennis kwijt."
    ),
    "{name} is the only source for {count} colleague(s), but they can still reach "
    "trained knowledge another way.": (
        "{name} is de enige bron voor {count} collega('s), maar zij kunnen getrainde kennis "
        "nog via een andere weg bereiken."
    ),
    "Order": "Volgorde",
    "Extra people reached": "Extra mensen bereikt",
    "Reached after this step": "Bereikt na deze stap",
    "How many people reach a trained colleague after this step.": (
        "Hoeveel mensen na deze stap een getrainde collega bereiken."
    ),
    "No team or department": "Geen team of afdeling",
    "Team or department": "Team of afdeling",
    "Kind of group": "Soort groep",
    "Respondents": "Deelnemers",
    "First: {way}": "Eerst: {way}",
    "Any: {way}": "Ook: {way}",
    "Learn alone": "Leren alleen",
    "(no team or department)": "(geen team of afdeling)",
    "On staff list": "Op personeelslijst",
    "Answered": "Ingevuld",
    "Below 80%": "Onder 80%",
    "Personal code": "Persoonlijke code",
    "The code that stands for this person in pseudonymised exports and in the "
    "workshop. Give each person only their own code.": (
        "De code die voor deze persoon staat in exports met codes en in de workshop. "
        "Geef iedereen alleen de eigen code."
    ),
}
