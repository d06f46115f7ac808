"""Dutch texts of the HR workspace (start screen, wizard, roster, questionnaire, responses)."""

NL = {
    # common.py
    "All files (*)": "Alle bestanden (*)",
    "Cancel": "Annuleren",
    "Please wait": "Even geduld",
    "Kennisnet projects (*.kennisnet)": "Kennisnet-projecten (*.kennisnet)",
    "CSV files (*.csv *.txt)": "CSV-bestanden (*.csv *.txt)",
    "Error": "Fout",
    "Note": "Let op",
    "What is wrong": "Wat is er mis",
    "whole file": "hele bestand",
    "Excel workbooks (*.xlsx *.xlsm)": "Excel-werkmappen (*.xlsx *.xlsm)",
    "Spreadsheets (*.xlsx *.xlsm *.csv *.txt)": "Spreadsheets (*.xlsx *.xlsm *.csv *.txt)",
    # dialogs.py
    "Laptops merged": "Laptops samengevoegd",
    "Close": "Sluiten",
    "Settings": "Instellingen",
    "Language": "Taal",
    "Overloaded: someone with at least this many learners": (
        "Overbelast: iemand van wie minstens zoveel mensen leren"
    ),
    "A colleague that this many people learn from may become a bottleneck. "
    "The results mark them as overloaded.": (
        "Een collega van wie zoveel mensen leren, kan een knelpunt worden. "
        "De resultaten noemen die persoon overbelast."
    ),
    "Training advice: how many people to suggest": "Trainingsadvies: hoeveel mensen voorstellen",
    "How many untrained colleagues the training advice suggests training first.": (
        "Hoeveel niet-getrainde collega's het trainingsadvies als eerste voorstelt."
    ),
    "Changes apply at once. The results are recalculated.": (
        "Wijzigingen gelden meteen. De resultaten worden opnieuw berekend."
    ),
    "The log file is at {log}.": "Het logbestand staat in {log}.",
    "<b>{added}</b> new answer(s) added from {files} file(s).": (
        "<b>{added}</b> nieuwe antwoorden toegevoegd uit {files} bestand(en)."
    ),
    "Check names now": "Namen nu controleren",
    "{count} answer(s) were already in this project and were skipped.": (
        "{count} antwoorden stonden al in dit project en zijn overgeslagen."
    ),
    "Answered on more than one laptop": "Op meer dan één laptop ingevuld",
    "{count} name(s) now need a decision: choose who is meant.": (
        "{count} namen hebben nu een besluit nodig: kies wie er bedoeld is."
    ),
    "Everything stays on this computer, in the project file. Nothing is sent anywhere.": (
        "Alles blijft op deze computer, in het projectbestand. Er wordt niets verstuurd."
    ),
    "Not found on this project's staff list": "Niet gevonden op de personeelslijst van dit project",
    "Kennisnet shows how colleagues learn from each other in your organisation.": (
        "Kennisnet laat zien hoe collega's in je organisatie van elkaar leren."
    ),
    # names.py
    "Check names": "Namen controleren",
    "These names in the answers did not match exactly one person on the staff list. "
    "Kennisnet never guesses: choose who is meant. Until then, the tie is left out of "
    "the results.": (
        "Deze namen in de antwoorden passen niet bij precies één persoon op de "
        "personeelslijst. Kennisnet gokt nooit: kies wie er bedoeld is. Tot die tijd telt "
        "de naam niet mee in de resultaten."
    ),
    "Names to check": "Namen om te controleren",
    "This is someone on the staff list:": "Dit is iemand op de personeelslijst:",
    "Type part of a name…": "Typ een deel van een naam…",
    "Someone not on the staff list (for example a supplier)": (
        "Iemand die niet op de personeelslijst staat (bijvoorbeeld een leverancier)"
    ),
    "Kept as a person of their own in the network, left out of the figures.": (
        "Blijft als aparte persoon in het netwerk, maar telt niet mee in de cijfers."
    ),
    "Ignore this name": "Deze naam negeren",
    "The name is removed from the answers.": "De naam wordt uit de antwoorden gehaald.",
    "This name was given as the person who answered. If it is not someone on the "
    "staff list, or you ignore it, that answer is removed.": (
        "Deze naam is opgegeven als de persoon die de vragen invulde. Is het niemand van de "
        "personeelslijst, of negeer je de naam, dan wordt dat antwoord verwijderd."
    ),
    "Apply": "Toepassen",
    "{name}  ({times}×)": "{name}  ({times}×)",
    "{count} name(s) left to check.": "Nog {count} namen te controleren.",
    "All names are checked. The results are up to date.": (
        "Alle namen zijn gecontroleerd. De resultaten zijn bijgewerkt."
    ),
    "named {count}× as a colleague someone learns from": (
        "{count}× genoemd als collega van wie iemand leert"
    ),
    "given {count}× as the person who answered": "{count}× opgegeven als de persoon die invulde",
    "Written as: {spellings}.": "Geschreven als: {spellings}.",
    "Suggested: {person}": "Voorstel: {person}",
    "Not saved": "Niet opgeslagen",
    "The decision could not be saved.": "Het besluit kon niet worden opgeslagen.",
    # overview.py
    "Staff list": "Personeelslijst",
    "Questionnaire": "Vragenlijst",
    "Start kiosk on this laptop": "Kiosk starten op deze laptop",
    "Import responses…": "Antwoorden importeren…",
    "Merge laptops…": "Laptops samenvoegen…",
    "Resolve names…": "Namen controleren…",
    "Show the results": "Resultaten bekijken",
    "Collect answers": "Antwoorden verzamelen",
    "Check names and look at the results": "Namen controleren en resultaten bekijken",
    "Wave: {wave}. {answered} of {people} people have answered.": (
        "Meting: {wave}. {answered} van de {people} mensen hebben de vragen ingevuld."
    ),
    "Check the texts in Dutch and English before the first colleague answers.": (
        "Controleer de teksten in het Nederlands en Engels voordat de eerste collega invult."
    ),
    "No answers yet. Put a laptop in the canteen with the kiosk, or import answers "
    "from Microsoft Forms, Google Forms or the Kennisnet template.": (
        "Nog geen antwoorden. Zet een laptop met de kiosk in de kantine, of importeer "
        "antwoorden uit Microsoft Forms, Google Forms of het Kennisnet-sjabloon."
    ),
    "{count} name(s) in the answers could not be matched to the staff list. "
    "Decide who is meant before you draw conclusions.": (
        "{count} namen in de antwoorden passen niet bij de personeelslijst. "
        "Kies wie er bedoeld is voordat je conclusies trekt."
    ),
    "Every name in the answers is matched. The results are ready to read.": (
        "Alle namen in de antwoorden zijn gekoppeld. De resultaten zijn klaar."
    ),
    "{count} people on the staff list.": "{count} mensen op de personeelslijst.",
    "There is no one on the staff list yet. Import it or add people.": (
        "Er staat nog niemand op de personeelslijst. Importeer de lijst of voeg mensen toe."
    ),
    "Response {rate}%: aim for at least 80% so that the results are reliable. "
    "{low} department(s) are below 80%.": (
        "Respons {rate}%: streef naar minstens 80%, dan zijn de resultaten betrouwbaar. "
        "{low} afdeling(en) zitten onder 80%."
    ),
    "Response {rate}%: enough for reliable results.": (
        "Respons {rate}%: genoeg voor betrouwbare resultaten."
    ),
    # questionnaire.py
    "Welcome and consent": "Welkom en toestemming",
    "From whom do you learn?": "Van wie leer je?",
    "How do you solve a problem?": "Hoe los je een probleem op?",
    "Formal training": "Formele training",
    "Thank you": "Bedankt",
    "Ways to solve a problem (the answer options)": (
        "Manieren om een probleem op te lossen (de antwoorden)"
    ),
    "Untick a way to leave it out of the survey. Respondents choose up to 3.": (
        "Vink een manier uit om die weg te laten. Wie invult, kiest er hoogstens 3."
    ),
    "Limits": "Grenzen",
    "Gentle limit on the number of colleagues": "Zachte grens voor het aantal collega's",
    "no limit": "geen grens",
    "After this many colleagues the kiosk says that the most important ones are "
    "enough. It never stops anyone.": (
        "Na zoveel collega's zegt de kiosk dat de belangrijkste genoeg zijn. "
        "Niemand wordt tegengehouden."
    ),
    "Start over after this many seconds without input": (
        "Opnieuw beginnen na zoveel seconden zonder invoer"
    ),
    "These are the texts colleagues see in the kiosk, in Dutch and English. "
    "Click a text to see its page in the preview.": (
        "Dit zijn de teksten die collega's in de kiosk zien, in het Nederlands en Engels. "
        "Klik op een tekst om de pagina in het voorbeeld te zien."
    ),
    "Save changes": "Wijzigingen opslaan",
    "Undo changes": "Wijzigingen ongedaan maken",
    "Title": "Titel",
    "Consent text": "Toestemmingstekst",
    "Button: take part": "Knop: meedoen",
    "Button: do not take part": "Knop: niet meedoen",
    "Question": "Vraag",
    "Help text": "Uitleg",
    "Checkbox: more people": "Vinkje: meer mensen",
    "Button: someone not on the list": "Knop: iemand die niet op de lijst staat",
    "Field: about what": "Veld: waarover",
    "Field: which training": "Veld: welke training",
    "Field: when": "Veld: wanneer",
    "Text": "Tekst",
    "Use": "Gebruiken",
    "seconds": "seconden",
    "Preview": "Voorbeeld",
    "Changes not saved yet": "Wijzigingen nog niet opgeslagen",
    # response_import.py
    "— not imported —": "— niet importeren —",
    "Who answered (name or employee number)": "Wie invulde (naam of personeelsnummer)",
    "Colleagues, several names in one cell": "Collega's, meerdere namen in één cel",
    "How they solve problems (up to 3)": "Hoe ze problemen oplossen (hoogstens 3)",
    "Kennisnet could not tell which column holds the names. Check the row with "
    "the column names, then choose the column for Name.": (
        "Kennisnet kon niet zien in welke kolom de namen staan. Controleer de rij met de "
        "kolomnamen en kies dan de kolom voor Naam."
    ),
    "Response {rate}%: enough overall, but {low} department(s) are below 80%; "
    "their results are less reliable.": (
        "Respons {rate}%: genoeg in totaal, maar {low} afdeling(en) zitten onder 80%; "
        "hun resultaten zijn minder betrouwbaar."
    ),
    "Formal training (yes/no/don't know)": "Formele training (ja/nee/weet niet)",
    "Which training": "Welke training",
    "When trained": "Wanneer getraind",
    "There are more people they learn from": "Er zijn meer mensen van wie ze leren",
    "Checking the file…": "Het bestand wordt gecontroleerd…",
    "Reading {file}…": "{file} wordt gelezen…",
    "Import responses": "Antwoorden importeren",
    "This file cannot be imported.": "Dit bestand kan niet worden geïmporteerd.",
    "Importing the answers…": "De antwoorden worden geïmporteerd…",
    "Nothing was imported.": "Er is niets geïmporteerd.",
    "Import responses from {file}": "Antwoorden importeren uit {file}",
    "The file looks like:": "Het bestand lijkt op:",
    "Check which question each column holds. Kennisnet guessed from the column "
    "names; change a field where the guess is wrong. Nothing is saved until you "
    "click Import.": (
        "Controleer welke vraag in elke kolom staat. Kennisnet heeft dit geraden uit de "
        "kolomnamen; kies een ander veld waar het niet klopt. Er wordt niets opgeslagen "
        "tot je op Importeren klikt."
    ),
    "Import": "Importeren",
    "Colleague {n}": "Collega {n}",
    "How often, colleague {n}": "Hoe vaak, collega {n}",
    "About what, colleague {n}": "Waarover, collega {n}",
    "Column in the file": "Kolom in het bestand",
    "First answer": "Eerste antwoord",
    "Read as": "Lezen als",
    "(no header)": "(geen kolomnaam)",
    # responses.py
    "kiosk": "kiosk",
    "import": "import",
    "other laptop": "andere laptop",
    "Respondent": "Respondent",
    "Answered on": "Ingevuld op",
    "Laptop": "Laptop",
    "Came from": "Afkomstig van",
    "Colleagues named": "Collega's genoemd",
    "{department}: {answered} of {people} answered ({rate}%)": (
        "{department}: {answered} van de {people} ingevuld ({rate}%)"
    ),
    "target 80%": "doel 80%",
    "{answered} of {people} people answered ({rate}%)": (
        "{answered} van de {people} mensen hebben ingevuld ({rate}%)"
    ),
    "Resolve {count} names…": "{count} namen controleren…",
    "From the Kennisnet template, Microsoft Forms or Google Forms (Ctrl+I).": (
        "Uit het Kennisnet-sjabloon, Microsoft Forms of Google Forms (Ctrl+I)."
    ),
    "Add the answers collected on other laptops.": (
        "Voeg de antwoorden toe die op andere laptops zijn verzameld."
    ),
    "Save the template…": "Sjabloon opslaan…",
    "An empty spreadsheet for answers collected on paper or by e-mail.": (
        "Een leeg rekenblad voor antwoorden die op papier of per e-mail zijn verzameld."
    ),
    "Response per department": "Respons per afdeling",
    "Answers": "Antwoorden",
    "Find…": "Zoeken…",
    "Under 65%: treat all results with caution. Collect more answers if you can.": (
        "Onder 65%: wees voorzichtig met alle resultaten. Verzamel meer antwoorden als het kan."
    ),
    "{name} (name to check)": "{name} (naam controleren)",
    "Under 80%: who connects groups (brokers) is not reliable yet. "
    "Aim for 80% in every department.": (
        "Onder 80%: wie groepen met elkaar verbindt, is nog niet betrouwbaar. "
        "Streef naar 80% in elke afdeling."
    ),
    # roster.py
    "Answered": "Ingevuld",
    "unknown": "onbekend",
    "Remove {name} and erase every trace of them?": (
        "{name} verwijderen en alle gegevens van deze persoon wissen?"
    ),
    "Remove these {count} people and erase every trace of them? {names}": (
        "Deze {count} mensen verwijderen en al hun gegevens wissen? {names}"
    ),
    "Remove and erase": "Verwijderen en wissen",
    "The change could not be saved.": "De wijziging kon niet worden opgeslagen.",
    "Formal training for their current work, from the HR records. Unknown never "
    "counts as trained; then the person's own answer in the survey is used.": (
        "Formele training voor het huidige werk, volgens de HR-gegevens. Onbekend telt nooit "
        "als getraind; dan geldt het eigen antwoord in de vragenlijst."
    ),
    "Add a person": "Persoon toevoegen",
    "Add": "Toevoegen",
    "Find a person, department or role… (Ctrl+F)": (
        "Zoek een persoon, afdeling of functie… (Ctrl+F)"
    ),
    "Add a person…": "Persoon toevoegen…",
    "Mark as trained": "Markeer als getraind",
    "Mark as not trained": "Markeer als niet getraind",
    "Remove and erase…": "Verwijderen en wissen…",
    "Remove the selected people and every trace of them from the project.": (
        "Verwijder de gekozen mensen en al hun gegevens uit het project."
    ),
    "Double-click a cell to change it; changes are saved at once. Select several "
    "people to mark them as trained together.": (
        "Dubbelklik op een cel om die te wijzigen; wijzigingen worden meteen opgeslagen. "
        "Kies meerdere mensen om ze samen als getraind te markeren."
    ),
    "{count} people": "{count} mensen",
    "{shown} of {count} people": "{shown} van {count} mensen",
    "not yet": "nog niet",
    # start.py
    "Welcome to Kennisnet": "Welkom bij Kennisnet",
    "Open the demo": "Demo openen",
    "A finished example survey of an installation company, to look around safely.": (
        "Een afgeronde voorbeeldmeting van een installatiebedrijf, om rustig rond te kijken."
    ),
    "Start a new survey": "Nieuwe meting starten",
    "Create a project and import your staff list (Ctrl+N).": (
        "Maak een project en importeer je personeelslijst (Ctrl+N)."
    ),
    "Open a project…": "Project openen…",
    "Open a .kennisnet project file (Ctrl+O).": "Open een .kennisnet-projectbestand (Ctrl+O).",
    "Recent projects": "Recente projecten",
    "Projects you open appear here.": "Projecten die je opent, komen hier te staan.",
    "{name} (not found: {folder})": "{name} (niet gevonden: {folder})",
    "Discuss the results in a team workshop and export them to Excel and slides.": (
        "Bespreek de resultaten in een teamworkshop en zet ze in Excel en in dia's."
    ),
    "See who the knowledge holders are, and where people have no trained colleague.": (
        "Zie wie de kennishouders zijn, en waar mensen geen getrainde collega hebben."
    ),
    "Import your staff list and let colleagues answer a 3-minute survey on a laptop.": (
        "Importeer je personeelslijst en laat collega's op een laptop een vragenlijst "
        "van 3 minuten invullen."
    ),
    # window.py
    "The results dashboard is not available in this version yet.": (
        "Het resultatenoverzicht is in deze versie nog niet beschikbaar."
    ),
    "Kennisnet — {name}": "Kennisnet — {name}",
    "Open a project": "Project openen",
    "Removed": "Verwijderd",
    "Merge the answers of other laptops": "Antwoorden van andere laptops samenvoegen",
    "Merging the answers…": "De antwoorden worden samengevoegd…",
    "Merge laptops": "Laptops samenvoegen",
    "The files were not merged.": "De bestanden zijn niet samengevoegd.",
    "Save the response template": "Antwoordsjabloon opslaan",
    "Template saved": "Sjabloon opgeslagen",
    "The template is saved as {file}.": "Het sjabloon is opgeslagen als {file}.",
    "Log file": "Logbestand",
    "Send it to your support contact when something went wrong.": (
        "Stuur het naar je contactpersoon voor ondersteuning als er iets misging."
    ),
    "Open the folder": "Map openen",
    "&File": "&Bestand",
    "&View": "B&eeld",
    "&Settings": "&Instellingen",
    "&Help": "&Help",
    "Overview": "Overzicht",
    "Results": "Resultaten",
    "No recent projects": "Geen recente projecten",
    "Unsaved changes": "Niet-opgeslagen wijzigingen",
    "The questionnaire has changes that are not saved.": (
        "De vragenlijst heeft wijzigingen die nog niet zijn opgeslagen."
    ),
    "Save them before closing?": "Eerst opslaan?",
    "Save": "Opslaan",
    "{count} were already imported before.": "{count} waren al eerder geïmporteerd.",
    "{count} replaced an earlier answer of the same person.": (
        "{count} vervangen een eerder antwoord van dezelfde persoon."
    ),
    "Responses imported": "Antwoorden geïmporteerd",
    "responses.xlsx": "antwoorden.xlsx",
    "About Kennisnet": "Over Kennisnet",
    "New survey…": "Nieuwe meting…",
    "Check names…": "Namen controleren…",
    "Save the response template…": "Antwoordsjabloon opslaan…",
    "Close the project": "Project sluiten",
    "Quit": "Afsluiten",
    "Recalculate the results": "Resultaten opnieuw berekenen",
    "Save the questionnaire": "Vragenlijst opslaan",
    "Settings…": "Instellingen…",
    "Where is the log file?": "Waar staat het logbestand?",
    "The project cannot be opened": "Het project kan niet worden geopend",
    "The demo cannot be opened": "De demo kan niet worden geopend",
    "The template could not be saved.": "Het sjabloon kon niet worden opgeslagen.",
    "Kiosk": "Kiosk",
    "The kiosk is not available in this version yet.": (
        "De kiosk is in deze versie nog niet beschikbaar."
    ),
    "{count} name(s) need a decision.": "{count} namen hebben een besluit nodig.",
    # wizard.py
    "Where to save the project": "Waar het project wordt opgeslagen",
    "Give the project a name, for example the organisation and the season.": (
        "Geef het project een naam, bijvoorbeeld de organisatie en het seizoen."
    ),
    "Choose a folder that exists.": "Kies een map die bestaat.",
    "{file} already exists in this folder. Choose another name.": (
        "{file} bestaat al in deze map. Kies een andere naam."
    ),
    "A new survey": "Een nieuwe meting",
    "Give the project a name and choose where to save it.": (
        "Geef het project een naam en kies waar je het opslaat."
    ),
    "For example: Zorggroep West, spring 2027": "Bijvoorbeeld: Zorggroep West, voorjaar 2027",
    "Folder": "Map",
    "Choose…": "Kiezen…",
    "Choose the staff list": "Personeelslijst kiezen",
    "Import the list of employees from Excel or a CSV file.": (
        "Importeer de lijst met medewerkers uit Excel of een CSV-bestand."
    ),
    "Choose the staff list…": "Personeelslijst kiezen…",
    "I will add people by hand later": "Ik voeg later zelf mensen toe",
    "Check the columns": "Kolommen controleren",
    "Kennisnet read the staff list. Problems are listed row by row; nothing is saved yet.": (
        "Kennisnet heeft de personeelslijst gelezen. Problemen staan per rij hieronder; "
        "er is nog niets opgeslagen."
    ),
    "Check again": "Opnieuw controleren",
    "Row {row}: {cells}": "Rij {row}: {cells}",
    "The column names are in:": "De kolomnamen staan in:",
    "Read the file again, for example after you fixed it in Excel.": (
        "Lees het bestand opnieuw, bijvoorbeeld nadat je het in Excel hebt verbeterd."
    ),
    "Check the questionnaire": "Vragenlijst controleren",
    "These are the standard questions, in Dutch and English.": (
        "Dit zijn de standaardvragen, in het Nederlands en Engels."
    ),
    "Most organisations keep them as they are. You can change the texts now or later "
    "under Questionnaire, where a preview shows what colleagues will see.": (
        "De meeste organisaties houden ze zo. Je kunt de teksten nu aanpassen of later onder "
        "Vragenlijst, waar een voorbeeld laat zien wat collega's te zien krijgen."
    ),
    "Ready": "Klaar",
    "Click Create project to save it.": "Klik op Project maken om het op te slaan.",
    "{count} people from {file}.": "{count} mensen uit {file}.",
    "No staff list yet: add people under Staff list.": (
        "Nog geen personeelslijst: voeg mensen toe onder Personeelslijst."
    ),
    "Creating the project…": "Het project wordt gemaakt…",
    "The project was not created": "Het project is niet gemaakt",
    "New survey": "Nieuwe meting",
    "Next >": "Volgende >",
    "< Back": "< Terug",
    "Create project": "Project maken",
    "The project is saved as {path}": "Het project wordt opgeslagen als {path}",
    "No file chosen yet.": "Nog geen bestand gekozen.",
    "— not in the file —": "— niet in het bestand —",
    "Other columns are kept. You check the columns on the next page.": (
        "Andere kolommen worden bewaard. Op de volgende pagina controleer je de kolommen."
    ),
    "Next: collect answers with the kiosk on a laptop, or import them from Forms.": (
        "Daarna: verzamel antwoorden met de kiosk op een laptop, of importeer ze uit Forms."
    ),
    "<b>Getraind</b>: ja / nee / empty when unknown (from the HR records)": (
        "<b>Getraind</b>: ja / nee / leeg als het onbekend is (uit de HR-gegevens)"
    ),
    "Afdeling, Team, Functie, Personeelsnummer, E-mail": (
        "Afdeling, Team, Functie, Personeelsnummer, E-mail"
    ),
    "Project: <b>{name}</b>": "Project: <b>{name}</b>",
    "<b>Naam</b> (or Voornaam and Achternaam) — required": (
        "<b>Naam</b> (of Voornaam en Achternaam) — verplicht"
    ),
    "One row per person. Kennisnet recognises these columns (Dutch or English):": (
        "Eén rij per persoon. Kennisnet herkent deze kolommen (Nederlands of Engels):"
    ),
    # export.py, file_actions.py: File → Export…
    "Export…": "Exporteren…",
    "Export": "Exporteren",
    "Export the results": "De resultaten exporteren",
    "What to write": "Wat wil je maken?",
    "Excel workbook (.xlsx) — every figure, for the HR file": (
        "Excel-werkmap (.xlsx) — alle cijfers, voor het HR-dossier"
    ),
    "Picture (.png) — for slides and reports": "Afbeelding (.png) — voor dia's en rapporten",
    "Picture to edit (.svg)": "Afbeelding om te bewerken (.svg)",
    "PDF (.pdf) — to print": "PDF (.pdf) — om af te drukken",
    "GraphML (.graphml) — for network programs": "GraphML (.graphml) — voor netwerkprogramma's",
    "GEXF (.gexf) — for Gephi": "GEXF (.gexf) — voor Gephi",
    "Personal code list (.csv) — each person's code, with names": (
        "Lijst met persoonlijke codes (.csv) — de code van iedereen, met namen"
    ),
    "Slide 16:9 (1920 × 1080 pixels)": "Dia 16:9 (1920 × 1080 pixels)",
    "A4 (300 dpi)": "A4 (300 dpi)",
    "A3 (300 dpi)": "A3 (300 dpi)",
    "Picture size (PNG, SVG, PDF)": "Formaat afbeelding (PNG, SVG, PDF)",
    "Portrait": "Staand",
    "Landscape": "Liggend",
    "Language of the files": "Taal van de bestanden",
    "Pseudonymise: codes instead of names; groups under 5 people hidden": (
        "Pseudonimiseren: codes in plaats van namen; groepen van minder dan 5 mensen verborgen"
    ),
    "File name": "Bestandsnaam",
    "{name} - personal codes": "{name} - persoonlijke codes",
    "Give each colleague only their own code (see the guide).": (
        "Geef iedere collega alleen de eigen code (zie de handleiding)."
    ),
    "Choose at least one file.": "Kies minstens één bestand.",
    "Type a file name.": "Typ een bestandsnaam.",
    "Kennisnet writes: {files}": "Kennisnet maakt: {files}",
    "Choose a folder for the export": "Kies een map voor de export",
    "Replace files?": "Bestanden vervangen?",
    "These files already exist in {folder}:": "Deze bestanden staan al in {folder}:",
    "Replace them with the new export?": "Wil je ze vervangen door de nieuwe export?",
    "Replace": "Vervangen",
    "Writing the export…": "De export wordt gemaakt…",
    "Nothing was exported.": "Er is niets geëxporteerd.",
    "The disk is full. Make room or choose another folder.": (
        "De schijf is vol. Maak ruimte vrij of kies een andere map."
    ),
    "Kennisnet may not write in {folder}. Choose another folder.": (
        "Kennisnet mag niet schrijven in {folder}. Kies een andere map."
    ),
    "{folder} is not a folder. Choose another folder.": (
        "{folder} is geen map. Kies een andere map."
    ),
    "The files could not be written to {folder}: {reason}": (
        "De bestanden konden niet worden opgeslagen in {folder}: {reason}"
    ),
    "{size} bytes": "{size} bytes",
    "{size} kB": "{size} kB",
    "{size} MB": "{size} MB",
    "{count} file(s) written to {folder}:": "{count} bestand(en) opgeslagen in {folder}:",
    "Names are replaced by codes; groups under 5 people are hidden.": (
        "Namen zijn vervangen door codes; groepen van minder dan 5 mensen zijn verborgen."
    ),
    "These files contain names: keep them as confidential as the project.": (
        "Deze bestanden bevatten namen: ga er net zo vertrouwelijk mee om als met het project."
    ),
    # backups.py, file_actions.py: File → Restore a backup…
    "Restore a backup…": "Reservekopie terugzetten…",
    "Open backup folder": "Map met reservekopieën openen",
    "Restore a backup copy": "Een reservekopie terugzetten",
    "Kennisnet made a copy of {project} each time it was opened; the newest 10 are kept. "
    "The newest copy is how the project was when you opened it this time.": (
        "Kennisnet maakte een kopie van {project} telkens als het werd geopend; de nieuwste "
        "10 worden bewaard. De nieuwste kopie is het project zoals het was toen je het deze "
        "keer opende."
    ),
    "Made on": "Gemaakt op",
    "Size": "Grootte",
    "{when} (when you opened the project)": "{when} (toen je het project opende)",
    "Restoring puts the project back as it was then: answers and changes made later are "
    "no longer in it. Before that, Kennisnet saves the current state as one more copy, so "
    "you can go back.": (
        "Terugzetten maakt het project weer zoals het toen was: antwoorden en wijzigingen "
        "van later staan er dan niet meer in. Kennisnet bewaart eerst hoe het project nu is "
        "als nog een kopie, zodat je terug kunt."
    ),
    "Open the backup folder": "Map met reservekopieën openen",
    "Restore this copy…": "Deze kopie terugzetten…",
    "Put back the copy of {when}?": "De kopie van {when} terugzetten?",
    "The project goes back to how it was then. Kennisnet first saves the current state as "
    "a new backup copy, so nothing is lost.": (
        "Het project wordt weer zoals het toen was. Kennisnet bewaart eerst hoe het nu is "
        "als nieuwe reservekopie, zodat er niets verloren gaat."
    ),
    "Restore": "Terugzetten",
    "There are no backup copies of this project yet.": (
        "Er zijn nog geen reservekopieën van dit project."
    ),
    "Nothing was restored: no copy of the current state could be made.": (
        "Er is niets teruggezet: er kon geen kopie worden gemaakt van hoe het project nu is."
    ),
    "The copy was not restored; the project is as it was.": (
        "De kopie is niet teruggezet; het project is zoals het was."
    ),
    "Backup copy restored": "Reservekopie teruggezet",
    "The copy of {when} is back.": "De kopie van {when} is teruggezet.",
    "The state before the restore was saved as a new backup copy.": (
        "Hoe het project was vóór het terugzetten, is bewaard als nieuwe reservekopie."
    ),
    # kiosk_answers.py, file_actions.py: kiosk answers that were not saved
    "Import kiosk answers that were not saved…": (
        "Kioskantwoorden importeren die niet zijn opgeslagen…"
    ),
    "Import kiosk answers that were not saved": (
        "Kioskantwoorden importeren die niet zijn opgeslagen"
    ),
    "Import kiosk answers": "Kioskantwoorden importeren",
    "Kiosk rescue files (*.json)": "Reservebestanden van de kiosk (*.json)",
    "Kiosk answers that were not saved": "Kioskantwoorden die niet zijn opgeslagen",
    "A kiosk on this laptop could not save {count} answer(s) for this project. It kept "
    "them in a rescue file:": (
        "Een kiosk op deze laptop kon {count} antwoord(en) voor dit project niet opslaan. De "
        "kiosk heeft ze bewaard in een reservebestand:"
    ),
    "Import them now. Answers that are already in the project are skipped, so importing "
    "twice does no harm.": (
        "Importeer ze nu. Antwoorden die al in het project staan, worden overgeslagen. Twee "
        "keer importeren kan dus geen kwaad."
    ),
    "Import these answers": "Deze antwoorden importeren",
    "Import the kept answers…": "Bewaarde antwoorden importeren…",
    "Choose another file…": "Een ander bestand kiezen…",
    "The answers were not imported.": "De antwoorden zijn niet geïmporteerd.",
    "The rescue file is no longer needed and was removed.": (
        "Het reservebestand is niet meer nodig en is verwijderd."
    ),
    "Kiosk answers imported": "Kioskantwoorden geïmporteerd",
    "A kiosk on this laptop could not save {count} answer(s). They are kept safely; "
    "import them into the project.": (
        "Een kiosk op deze laptop kon {count} antwoord(en) niet opslaan. Ze zijn veilig "
        "bewaard; importeer ze in het project."
    ),
    # dialogs.py: About
    "Licence of Kennisnet: {licence}": "Licentie van Kennisnet: {licence}",
    "Backup copies of your projects are in {folder}.": (
        "De reservekopieën van je projecten staan in {folder}."
    ),
    "Libraries included in Kennisnet": "Bibliotheken die in Kennisnet zitten",
    "Library": "Bibliotheek",
    "Version": "Versie",
    "Licence": "Licentie",
    "PySide6 and Qt are used under the GNU LGPL version 3. The licence texts are in the "
    "folders of the libraries.": (
        "PySide6 en Qt worden gebruikt onder de GNU LGPL versie 3. De licentieteksten staan "
        "in de mappen van de bibliotheken."
    ),
    # waves.py, compare.py, window_waves.py, window_results.py: repeating the survey
    "Wave {number}": "Meting {number}",
    "&Waves": "&Metingen",
    "Start the next wave…": "Volgende meting starten…",
    "Start the next wave": "Volgende meting starten",
    "Compare waves…": "Metingen vergelijken…",
    "Compare waves": "Metingen vergelijken",
    "Repeat the survey": "De meting herhalen",
    "This is wave {number} of {count}. The answers of the earlier waves are kept: "
    "compare them to see what changed, for example after a training programme.": (
        "Dit is meting {number} van {count}. De antwoorden van de eerdere metingen blijven "
        "bewaard: vergelijk ze om te zien wat er veranderd is, bijvoorbeeld na een training."
    ),
    "After a training programme, run the survey again and compare the two waves. "
    "The answers of {wave} stay in the project.": (
        "Doe na een training de meting nog een keer en vergelijk de twee metingen. "
        "De antwoorden van {wave} blijven in het project."
    ),
    "Wave: {wave}": "Meting: {wave}",
    "the answers of earlier waves are kept; see them on the Results tab.": (
        "de antwoorden van eerdere metingen blijven bewaard; je ziet ze bij Resultaten."
    ),
    "Run the survey again, for example after a training programme. "
    "Then you can see what has changed.": (
        "Doe de meting nog een keer, bijvoorbeeld na een training. Dan zie je wat er veranderd is."
    ),
    "{count} people answered in {wave}. Their answers stay in the project: you can "
    "still look at them and compare them with the new wave.": (
        "In {wave} hebben {count} mensen geantwoord. Hun antwoorden blijven in het project: "
        "je kunt ze nog bekijken en vergelijken met de nieuwe meting."
    ),
    "Everyone can answer again, also people who already answered in {wave}.": (
        "Iedereen kan opnieuw meedoen, ook wie in {wave} al antwoord heeft gegeven."
    ),
    "From now on, answers from the kiosk and from imports go into the new wave. "
    "Answers from other laptops go into the wave with the same name.": (
        "Vanaf nu komen antwoorden uit de kiosk en uit een import in de nieuwe meting. "
        "Antwoorden van andere laptops komen in de meting met dezelfde naam."
    ),
    "The questionnaire stays the same. Who is trained is kept as it is now for the "
    "earlier waves: mark people trained after a training, and only the new wave "
    "counts them as trained, so the comparison shows what the training changed.": (
        "De vragenlijst blijft hetzelfde. Wie getraind is, wordt voor de eerdere metingen "
        "bewaard zoals het nu is: geef je na een training mensen aan als getraind, dan telt "
        "alleen de nieuwe meting hen als getraind. Zo laat de vergelijking zien wat de "
        "training heeft veranderd."
    ),
    "Name of the new wave": "Naam van de nieuwe meting",
    "For example the month, or what happened before it.": (
        "Bijvoorbeeld de maand, of wat er vlak daarvoor gebeurde."
    ),
    "Start the wave": "Meting starten",
    "Give the new wave a name.": "Geef de nieuwe meting een naam.",
    "There is already a wave with this name. Choose another name.": (
        "Er is al een meting met deze naam. Kies een andere naam."
    ),
    "The new wave was not started.": "De nieuwe meting is niet gestart.",
    "Wave:": "Meting:",
    "{wave} (current)": "{wave} (huidige)",
    "Which wave of the survey the results show.": "Van welke meting je de resultaten ziet.",
    "You are looking at an earlier wave. New answers go into {wave}.": (
        "Je kijkt naar een eerdere meting. Nieuwe antwoorden komen in {wave}."
    ),
    "See what changed between two waves.": "Bekijk wat er veranderd is tussen twee metingen.",
    "Start a second wave first; then you can compare them.": (
        "Start eerst een tweede meting; daarna kun je ze vergelijken."
    ),
    "Before:": "Eerst:",
    "After:": "Daarna:",
    "Stop": "Stoppen",
    "Compare again": "Opnieuw vergelijken",
    "Copy text": "Tekst kopiëren",
    "Analysing both waves…": "Beide metingen worden geanalyseerd…",
    "Reading the answers of {wave}": "De antwoorden van {wave} lezen",
    "The comparison was stopped.": "Het vergelijken is gestopt.",
    "The waves could not be compared. The details are in the log.": (
        "De metingen konden niet worden vergeleken. De details staan in het logbestand."
    ),
    "Choose two different waves.": "Kies twee verschillende metingen.",
    "The text is copied. Paste it into a report or an e-mail.": (
        "De tekst is gekopieerd. Plak hem in een verslag of een e-mail."
    ),
    "Response": "Respons",
}
