"""Dutch texts for the project file, the imports, merging, the template and the command line."""

NL = {
    # store/: the project file
    "Wave 1": "Meting 1",
    "The folder {folder} does not exist.": "De map {folder} bestaat niet.",
    "the disk is full": "de schijf is vol",
    "the file is read-only": "het bestand is alleen-lezen",
    "the file or the disk is not available": "het bestand of de schijf is niet beschikbaar",
    "There is no project file at {path}.": "Er staat geen projectbestand op {path}.",
    "{path} already exists. Choose another name, or remove the old file first.": (
        "{path} bestaat al. Kies een andere naam, of verwijder eerst het oude bestand."
    ),
    "{path} was made with a newer version of Kennisnet (file format {version}; this version "
    "reads up to {supported}). Update Kennisnet to open it. The file has not been changed.": (
        "{path} is gemaakt met een nieuwere versie van Kennisnet (bestandsversie {version}; "
        "deze versie kan tot en met {supported} lezen). Werk Kennisnet bij om het te openen. "
        "Het bestand is niet veranderd."
    ),
    "{path} is open in another Kennisnet window or program. Close it there first, "
    "then try again.": (
        "{path} is open in een ander venster van Kennisnet of in een ander programma. "
        "Sluit het daar eerst en probeer het dan opnieuw."
    ),
    "Kennisnet cannot write to {path} (the file or its folder is read-only). Copy the project "
    "to a folder where you may save files.": (
        "Kennisnet kan niet opslaan in {path} (het bestand of de map is alleen-lezen). "
        "Kopieer het project naar een map waarin je bestanden mag opslaan."
    ),
    "Kennisnet could not save to {path}: {reason}. Nothing was changed in the file.": (
        "Kennisnet kon niet opslaan in {path}: {reason}. Er is niets in het bestand veranderd."
    ),
    "something else": "iets anders",
    "{path} is a folder, not a project file.": "{path} is een map, geen projectbestand.",
    "{path} is empty (0 bytes). It is not a Kennisnet project file.": (
        "{path} is leeg (0 bytes). Het is geen projectbestand van Kennisnet."
    ),
    "{path} is not a Kennisnet project file (it looks like {kind}).": (
        "{path} is geen projectbestand van Kennisnet (het lijkt op {kind})."
    ),
    "{path} is a database of another program, not a Kennisnet project. It has not been changed.": (
        "{path} is een database van een ander programma, geen project van Kennisnet. "
        "Het bestand is niet veranderd."
    ),
    "{path} is damaged (incomplete or corrupted) and cannot be opened. It has not been "
    "changed. Use a backup copy, or ask for help and keep this file.": (
        "{path} is beschadigd (onvolledig of kapot) en kan niet worden geopend. Het bestand is "
        "niet veranderd. Gebruik een reservekopie, of vraag om hulp en bewaar dit bestand."
    ),
    "Removed person {n}": "Verwijderde persoon {n}",
    "{name} has already answered in this wave.": "{name} heeft in deze meting al geantwoord.",
    "This project has no wave {wave}.": "Dit project heeft geen meting {wave}.",
    # roster/: the staff list
    "Name": "Naam",
    "First name": "Voornaam",
    "Name prefix (tussenvoegsel)": "Tussenvoegsel",
    "Last name": "Achternaam",
    "Department": "Afdeling",
    "Team": "Team",
    "Role": "Functie",
    "Employee number": "Personeelsnummer",
    "Email": "E-mailadres",
    "Trained": "Getraind",
    "Training": "Training",
    "Start date": "Datum in dienst",
    'There is no roster field "{field}". Known fields: {fields}.': (
        'De personeelslijst heeft geen veld "{field}". Bekende velden: {fields}.'
    ),
    "Row {row}: the name is empty.": "Rij {row}: de naam is leeg.",
    'Row {row}: "{value}" in the column "{column}" is not understood. Use ja/nee, yes/no, 1/0 '
    "or x, or leave it empty when unknown.": (
        'Rij {row}: "{value}" in de kolom "{column}" is niet duidelijk. Gebruik ja/nee, yes/no, '
        "1/0 of x, of laat het vak leeg als het niet bekend is."
    ),
    "Row {row}: employee number {number} is also used in row {first}.": (
        "Rij {row}: personeelsnummer {number} staat ook in rij {first}."
    ),
    'Row {row}: "{name}" appears twice (also in row {first}) without employee numbers to tell '
    "them apart. Remove the double row, or add employee numbers.": (
        'Rij {row}: "{name}" staat er twee keer in (ook in rij {first}), zonder '
        "personeelsnummers om ze uit elkaar te houden. Haal de dubbele rij weg, of vul "
        "personeelsnummers in."
    ),
    "The roster has no people in it.": "Er staan geen mensen op de personeelslijst.",
    'The file has no column "{column}". Its columns are: {columns}.': (
        'Het bestand heeft geen kolom "{column}". De kolommen zijn: {columns}.'
    ),
    # responses/: importing answers
    '"{target}" is not a response field. Use respondent, source, source N, frequency N, '
    "topic N, channels, training, training_which, training_when, more_sources or ignore.": (
        '"{target}" is geen veld voor antwoorden. Gebruik respondent, source, source N, '
        "frequency N, topic N, channels, training, training_which, training_when, more_sources "
        "of ignore."
    ),
    "Row {row}: there are answers but no respondent.": (
        "Rij {row}: er staan antwoorden, maar geen respondent."
    ),
    'Row {row}: "{value}" is not an answer to the training question. Use ja/nee/weet niet or '
    "yes/no/don't know.": (
        'Rij {row}: "{value}" is geen antwoord op de vraag over training. Gebruik ja/nee/weet '
        "niet of yes/no/don't know."
    ),
    'Row {row}: "{value}" is not a frequency. Use dagelijks, wekelijks, maandelijks or minder '
    "vaak (daily, weekly, monthly, less).": (
        'Rij {row}: "{value}" is geen frequentie. Gebruik dagelijks, wekelijks, maandelijks of '
        "minder vaak (daily, weekly, monthly, less)."
    ),
    "Row {row}: the respondent named themselves; left out.": (
        "Rij {row}: de respondent noemde zichzelf; dat is weggelaten."
    ),
    'Row {row}: "{name}" is named twice; counted once.': (
        'Rij {row}: "{name}" is twee keer genoemd; één keer geteld.'
    ),
    'No column says who answered. Map one with --map "<column>=respondent". '
    "The columns are: {columns}.": (
        "Er is geen kolom die zegt wie de vragenlijst invulde. Wijs er een aan met "
        '--map "<kolom>=respondent". De kolommen zijn: {columns}.'
    ),
    "The file has no responses in it.": "Er staan geen antwoorden in het bestand.",
    # responses/template.py: the response template
    "Responses": "Antwoorden",
    "Instructions": "Uitleg",
    "How to fill in this template": "Zo vul je dit sjabloon in",
    "The ways to solve a problem (for the column Channels):": (
        "De manieren om een probleem op te lossen (voor de kolom Kanalen):"
    ),
    "One row per person who answered. Only the column Respondent is required.": (
        "Eén rij per persoon die de vragenlijst invulde. Alleen de kolom Respondent is verplicht."
    ),
    "Respondent: the name or employee number of the person who answered.": (
        "Respondent: de naam of het personeelsnummer van de persoon die de vragenlijst invulde."
    ),
    "Source 1 to 5: the colleagues this person learns the most from (name or employee "
    "number). Add columns Source 6, Frequency 6 and so on if you need more.": (
        "Bron 1 tot en met 5: de collega's van wie deze persoon het meest leert (naam of "
        "personeelsnummer). Heb je er meer nodig? Voeg dan kolommen Bron 6, Frequentie 6 "
        "enzovoort toe."
    ),
    "Frequency: daily, weekly, monthly or less often. Empty counts as less often.": (
        "Frequentie: dagelijks, wekelijks, maandelijks of minder vaak. Leeg telt als minder vaak."
    ),
    "Channels: how this person solves a problem when they don't know something; up to 3, "
    "most used first, separated by ;": (
        "Kanalen: hoe deze persoon een probleem oplost als hij of zij iets niet weet; "
        "hoogstens 3, de meest gebruikte eerst, gescheiden door ;"
    ),
    "Formal training: yes, no or don't know.": "Formele training: ja, nee of weet niet.",
    "More sources: yes if the person said there are more people they learn from.": (
        "Meer bronnen: ja als de persoon zei dat er nog meer mensen zijn van wie hij of zij leert."
    ),
    "Names are matched to the staff list; names that do not match one person are shown "
    "to you to decide. Nothing is guessed.": (
        "Namen worden vergeleken met de personeelslijst. Namen die niet bij één persoon passen, "
        "krijg je te zien, zodat je zelf beslist. Er wordt niets gegokt."
    ),
    # merge.py: merging project files of several laptops
    "{file} is this project itself; skipped.": "{file} is dit project zelf; overgeslagen.",
    "The questionnaire in {file} differs from this project's; its answers were merged "
    "all the same.": (
        "De vragenlijst in {file} is anders dan die van dit project; de antwoorden zijn toch "
        "samengevoegd."
    ),
    "{name} answered on more than one laptop; the answer submitted last counts.": (
        "{name} heeft op meer dan één laptop geantwoord; het laatst ingestuurde antwoord telt."
    ),
    # cli/__init__.py and launcher.py
    "Kiosk mode": "De kioskmodus",
    "The app window": "Het programmavenster",
    "(the log could not be written)": "(het logbestand kon niet worden geschreven)",
    "kennisnet: {message}": "kennisnet: {message}",
    "kennisnet: the file {file} does not exist.": "kennisnet: het bestand {file} bestaat niet.",
    "kennisnet: no permission to use {file}.": (
        "kennisnet: je hebt geen toestemming om {file} te gebruiken."
    ),
    "kennisnet: stopped.": "kennisnet: gestopt.",
    "kennisnet: something unexpected went wrong. Nothing was half-saved. "
    "The details are in {log}.": (
        "kennisnet: er ging iets onverwachts mis. Er is niets half opgeslagen. "
        "De details staan in {log}."
    ),
    # cli/parser.py: argparse's own words
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulptekst en stop",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "expected one argument": "verwacht één argument",
    "expected at least one argument": "verwacht minstens één argument",
    # cli/parser.py: commands and help texts
    "Kennisnet maps how people in an organisation learn from each other. "
    "Without a command it starts the app.": (
        "Kennisnet laat zien hoe mensen in een organisatie van elkaar leren. "
        "Zonder opdracht start het programma."
    ),
    "language of the messages (default: the system's)": (
        "taal van de meldingen (standaard: die van het systeem)"
    ),
    "COMMAND": "OPDRACHT",
    "FILE": "BESTAND",
    "FIELD=COLUMN": "VELD=KOLOM",
    "COLUMN=FIELD": "KOLOM=VELD",
    "open the built-in demo project (a copy in your own folder)": (
        "open het ingebouwde demoproject (een kopie in je eigen map)"
    ),
    "start again from a fresh copy": "begin opnieuw met een nieuwe kopie",
    "where to put the demo copy (a .kennisnet file)": (
        "waar de kopie van de demo moet komen (een .kennisnet-bestand)"
    ),
    "create a new project from a roster (staff list)": (
        "maak een nieuw project van een personeelslijst"
    ),
    "the new project file (.kennisnet)": "het nieuwe projectbestand (.kennisnet)",
    "the staff list (.xlsx or .csv)": "de personeelslijst (.xlsx of .csv)",
    "the project's name (default: the file name)": (
        "de naam van het project (standaard: de bestandsnaam)"
    ),
    'say which column holds a field, e.g. --column name="Volledige naam"': (
        'geef aan in welke kolom een veld staat, bijvoorbeeld --column name="Volledige naam"'
    ),
    "update a project's roster from a new staff list": (
        "werk de personeelslijst van een project bij met een nieuwe lijst"
    ),
    "the project file (.kennisnet)": "het projectbestand (.kennisnet)",
    "import responses (template, Microsoft Forms or Google Forms, or answers the "
    "kiosk could not save)": (
        "lees antwoorden in (sjabloon, Microsoft Forms of Google Forms, of antwoorden die de "
        "kiosk niet kon opslaan)"
    ),
    "the responses (.xlsx or .csv)": "de antwoorden (.xlsx of .csv)",
    "the kind of file (default: recognised from its columns)": (
        "het soort bestand (standaard: herkend aan de kolommen)"
    ),
    'say what a column holds, e.g. --map "Wie ben je?=respondent" or --map "Collega 2=source 2"': (
        'geef aan wat er in een kolom staat, bijvoorbeeld --map "Wie ben je?=respondent" of '
        '--map "Collega 2=source 2"'
    ),
    "check the file and show what would happen": (
        "controleer het bestand en laat zien wat er zou gebeuren"
    ),
    "also write every problem to this CSV file": "schrijf ook elk probleem naar dit CSV-bestand",
    "decide about names that did not match the roster": (
        "beslis over namen die niet bij de personeelslijst passen"
    ),
    "the name as it was written": "de naam zoals die is geschreven",
    "the roster person it means": "de persoon op de personeelslijst die bedoeld is",
    "someone not on the roster (kept apart)": (
        "iemand die niet op de personeelslijst staat (apart gehouden)"
    ),
    "ignore this name": "negeer deze naam",
    "write a decisions sheet (CSV) to fill in": "maak een beslissingenlijst (CSV) om in te vullen",
    "apply a filled-in decisions sheet (CSV)": "verwerk een ingevulde beslissingenlijst (CSV)",
    "merge the responses of other laptops' project files": (
        "voeg de antwoorden uit de projectbestanden van andere laptops samen"
    ),
    "the other project files": "de andere projectbestanden",
    "show a project's roster, responses and names to resolve": (
        "toon de personeelslijst, de antwoorden en de namen waarover je nog moet beslissen"
    ),
    "write the response template to fill in": "sla het antwoordsjabloon op om in te vullen",
    "where to write it (.xlsx or .csv)": "waar het moet komen (.xlsx of .csv)",
    "analyse a project: knowledge holders, risk clusters, advice": (
        "analyseer een project: kennishouders, risicogroepen, advies"
    ),
    "machine-readable output (JSON)": "uitvoer voor andere programma's (JSON)",
    "which wave (name or number; default: the current one)": (
        "welke meting (naam of nummer; standaard: de huidige)"
    ),
    "export to Excel, PNG, SVG, PDF, GraphML or GEXF": (
        "exporteer naar Excel, PNG, SVG, PDF, GraphML of GEXF"
    ),
    "codes instead of names": "codes in plaats van namen",
    "start the survey in kiosk mode on this laptop": (
        "start de vragenlijst in kioskmodus op deze laptop"
    ),
    # cli/commands.py and cli/output.py: what the commands say
    '"{item}" should look like {what}.': '"{item}" moet eruitzien als {what}.',
    "{message} No project was created.": "{message} Er is geen project gemaakt.",
    "Created {path} with {count} people from {roster} ({description}).": (
        "{path} is gemaakt met {count} mensen uit {roster} ({description})."
    ),
    "Next: collect answers with the kiosk, or import them: kennisnet import {path} FILE": (
        "Volgende stap: verzamel antwoorden met de kiosk, of lees ze in: "
        "kennisnet import {path} BESTAND"
    ),
    "Roster updated: {added} added, {updated} changed, {unchanged} unchanged.": (
        "Personeelslijst bijgewerkt: {added} toegevoegd, {updated} gewijzigd, "
        "{unchanged} ongewijzigd."
    ),
    "{count} people in the project are not in the new file; they were kept with their "
    "answers: {names}": (
        "{count} mensen in het project staan niet in het nieuwe bestand; ze zijn bewaard, "
        "met hun antwoorden: {names}"
    ),
    "Row": "Rij",
    "Column": "Kolom",
    "Severity": "Ernst",
    "Problem": "Probleem",
    "error": "fout",
    "warning": "waarschuwing",
    "Read as: {format}.": "Gelezen als: {format}.",
    "Read as: {format} ({description}).": "Gelezen als: {format} ({description}).",
    "Dry run: {count} responses would be imported; nothing was changed.": (
        "Alleen gecontroleerd: {count} antwoorden zouden worden ingelezen. Er is niets veranderd."
    ),
    "Imported {added} responses ({replaced} replace an earlier answer; {already} were "
    "already in the project).": (
        "{added} antwoorden ingelezen ({replaced} vervangen een eerder antwoord; {already} "
        "stonden al in het project)."
    ),
    "Imported 1 response ({replaced} replace an earlier answer; {already} were "
    "already in the project).": (
        "1 antwoord ingelezen ({replaced} vervangt een eerder antwoord; {already} "
        "stonden al in het project)."
    ),
    "Columns used:": "Gebruikte kolommen:",
    "Written": "Geschreven",
    "Times": "Aantal keer",
    "Suggestions": "Suggesties",
    "Decision": "Beslissing",
    'Wrote {count} names to {file}. In the column "Decision" write the roster name, '
    '"extern" (not on the roster) or "weg" (ignore), then run: '
    "kennisnet resolve {project} --file {file}": (
        '{count} namen opgeslagen in {file}. Zet in de kolom "Beslissing" de naam op de '
        'personeelslijst, "extern" (niet op de personeelslijst) of "weg" (negeren). '
        "Voer daarna uit: kennisnet resolve {project} --file {file}"
    ),
    "There are no names left to resolve.": "Er zijn geen namen meer waarover je moet beslissen.",
    "{count} names still need a decision:": "Over {count} namen moet je nog beslissen:",
    '  "{name}" ({times}×)': '  "{name}" ({times}×)',
    "maybe: {names}": "misschien: {names}",
    'Decide with: kennisnet resolve {project} "NAME" --as "ROSTER NAME" '
    "(or --external, or --drop), or all at once with --write and --file.": (
        'Beslis met: kennisnet resolve {project} "NAAM" --as "NAAM OP DE PERSONEELSLIJST" '
        "(of --external, of --drop), of alles tegelijk met --write en --file."
    ),
    '"{name}" does not point to one person on the roster.': (
        '"{name}" wijst niet naar één persoon op de personeelslijst.'
    ),
    "Did you mean: {names}?": "Bedoel je: {names}?",
    "Say what the name means: --as, --external or --drop.": (
        "Geef aan wat de naam betekent: --as, --external of --drop."
    ),
    "{count} answers updated.": "{count} antwoorden bijgewerkt.",
    "{file} is not a decisions sheet written by --write.": (
        "{file} is geen beslissingenlijst die met --write is gemaakt."
    ),
    'Row {row}: "{decision}" is not one person on the roster.': (
        'Rij {row}: "{decision}" is niet één persoon op de personeelslijst.'
    ),
    "No decisions were applied; fix the rows above first.": (
        "Er zijn geen beslissingen verwerkt. Verbeter eerst de rijen hierboven."
    ),
    "{count} decisions applied; {changed} answers updated.": (
        "{count} beslissingen verwerkt; {changed} antwoorden bijgewerkt."
    ),
    "Merged {files} file(s): {added} new responses, {already} were already here.": (
        "{files} bestand(en) samengevoegd: {added} nieuwe antwoorden, {already} waren er al."
    ),
    "{count} names were not on this roster and wait for a decision (kennisnet resolve): {names}": (
        "{count} namen staan niet op deze personeelslijst en wachten op je beslissing "
        "(kennisnet resolve): {names}"
    ),
    "People on the roster: {count}": "Mensen op de personeelslijst: {count}",
    "Names to resolve: {count} (kennisnet resolve {project})": (
        "Namen waarover je nog moet beslissen: {count} (kennisnet resolve {project})"
    ),
    "Give the template a name ending in .xlsx or .csv.": (
        "Geef het sjabloon een naam die eindigt op .xlsx of .csv."
    ),
    "Wrote the response template to {file}.": "Het antwoordsjabloon is opgeslagen in {file}.",
    "{what} is not available in this version of Kennisnet yet.": (
        "{what} is nog niet beschikbaar in deze versie van Kennisnet."
    ),
    "This project has no wave {wave}. Its waves: {names}.": (
        "Dit project heeft geen meting {wave}. De metingen zijn: {names}."
    ),
    "The demo project is at {path}.": "Het demoproject staat in {path}.",
    "Problems ({count}):": "Problemen ({count}):",
    "Notes ({count}):": "Opmerkingen ({count}):",
    "… and {count} more (use --report FILE to see them all).": (
        "… en nog {count} (gebruik --report BESTAND om ze allemaal te zien)."
    ),
    "Responses: {answered} of {total} ({rate:.0%}); the target is 80%.": (
        "Respons: {answered} van {total} ({rate:.0%}); het doel is 80%."
    ),
    "below 80%": "onder 80%",
    "(no department)": "(geen afdeling)",
    "{count} names did not match one person on the roster; they wait for your decision "
    "and are not counted until then:": (
        "{count} namen passen niet bij één persoon op de personeelslijst. Ze wachten op je "
        "beslissing en tellen tot dan niet mee:"
    ),
    '  Row {row}: "{name}" could be: {options}': '  Rij {row}: "{name}" kan zijn: {options}',
    '  Row {row}: "{name}" is not on the roster (maybe: {options})': (
        '  Rij {row}: "{name}" staat niet op de personeelslijst (misschien: {options})'
    ),
    '  Row {row}: "{name}" is not on the roster': (
        '  Rij {row}: "{name}" staat niet op de personeelslijst'
    ),
    "Decide with: kennisnet resolve {project}": "Beslis met: kennisnet resolve {project}",
    "a PNG image": "een PNG-afbeelding",
    "a JPEG image": "een JPEG-afbeelding",
    "a PDF document": "een PDF-document",
    "a zip file or Office document": "een zipbestand of Office-document",
    "an old Office document": "een oud Office-document",
    "the Kennisnet template": "het Kennisnet-sjabloon",
    "use this settings file (for kiosk laptops and tests)": (
        "gebruik dit instellingenbestand (voor kiosklaptops en tests)"
    ),
    "There are no backup copies of this project yet.": (
        "Er zijn nog geen reservekopieën van dit project."
    ),
    "Backup copies (newest first); made each time the project is opened for changes:": (
        "Reservekopieën (nieuwste eerst); er wordt er een gemaakt telkens als het project "
        "wordt geopend om iets te wijzigen:"
    ),
    "Put one back with: kennisnet restore {project} NUMBER": (
        "Zet er een terug met: kennisnet restore {project} NUMMER"
    ),
    "There are no backup copies of this project.": "Er zijn geen reservekopieën van dit project.",
    "Choose a copy from 1 to {count} (see kennisnet backups).": (
        "Kies een kopie van 1 tot en met {count} (zie kennisnet backups)."
    ),
    "Restored the copy of {when}. The state before the restore was saved as a new backup copy.": (
        "De kopie van {when} is teruggezet. Hoe het project was vóór het terugzetten, is "
        "bewaard als nieuwe reservekopie."
    ),
    "list the backup copies of a project": "toon de reservekopieën van een project",
    "put a backup copy back in place of the project": (
        "zet een reservekopie terug in plaats van het project"
    ),
    "the number of the copy in the list (default: the newest)": (
        "het nummer van de kopie in de lijst (standaard: de nieuwste)"
    ),
    "The backup could not be restored to {path}: {reason}": (
        "De reservekopie kon niet worden teruggezet naar {path}: {reason}"
    ),
    "The backup {path} is damaged and was not restored.": (
        "De reservekopie {path} is beschadigd en is niet teruggezet."
    ),
    # responses/rescue.py: the answers a kiosk could not save
    "{file} is damaged and cannot be imported ({detail}). Nothing was imported.": (
        "{file} is beschadigd en kan niet worden geïmporteerd ({detail}). Er is niets geïmporteerd."
    ),
    "{file} does not exist.": "{file} bestaat niet.",
    "{file} cannot be read: {reason}": "{file} kan niet worden gelezen: {reason}",
    "incomplete or changed": "onvolledig of veranderd",
    "{file} is not a kiosk rescue file of Kennisnet.": (
        "{file} is geen reservebestand van de Kennisnet-kiosk."
    ),
    "{file} was made with a newer version of Kennisnet. Update Kennisnet to import it.": (
        "{file} is gemaakt met een nieuwere versie van Kennisnet. Werk Kennisnet bij om het "
        "te importeren."
    ),
    "parts are missing": "er ontbreken delen",
    "answer {number} is not readable": "antwoord {number} is niet leesbaar",
    "{file} holds answers for another project ({name}), not for {project}. Nothing was imported.": (
        "{file} bevat antwoorden voor een ander project ({name}), niet voor {project}. "
        "Er is niets geïmporteerd."
    ),
    "a wave is missing": "er ontbreekt een meting",
    "{added} answer(s) from the kiosk rescue file stored in the project.": (
        "{added} antwoord(en) uit het reservebestand van de kiosk opgeslagen in het project."
    ),
    "{count} were already in the project and were skipped.": (
        "{count} stonden al in het project en zijn overgeslagen."
    ),
    "{count} replaced an earlier answer of the same person.": (
        "{count} vervangen een eerder antwoord van dezelfde persoon."
    ),
    "{count} were older than an answer the same person gave later; the later answer counts.": (
        "{count} waren ouder dan een antwoord dat dezelfde persoon later gaf; het latere "
        "antwoord telt."
    ),
    "Left out, because they are no longer on the staff list: {names}.": (
        "Weggelaten, omdat ze niet meer op de personeelslijst staan: {names}."
    ),
    "{count} colleague(s) named are no longer on the staff list and were left out.": (
        "{count} genoemde collega('s) staan niet meer op de personeelslijst en zijn weggelaten."
    ),
    "list the waves of a project, or start a new one": (
        "toon de metingen van een project, of begin een nieuwe"
    ),
    "NAME": "NAAM",
    "start a new wave (a repeat of the survey)": (
        "begin een nieuwe meting (de vragenlijst opnieuw)"
    ),
    "compare two waves: who now reaches trained knowledge, and more": (
        "vergelijk twee metingen: wie nu getrainde kennis bereikt, en meer"
    ),
    "the earlier wave (name or number)": "de eerdere meting (naam of nummer)",
    "the later wave (name or number)": "de latere meting (naam of nummer)",
    'Wave {number} "{name}" has started. The earlier answers stay; everyone can '
    "answer again, and the kiosk and imports now fill this wave.": (
        'Meting {number} "{name}" is begonnen. De eerdere antwoorden blijven bewaard; '
        "iedereen kan opnieuw antwoorden, en de kiosk en het inlezen vullen nu deze meting."
    ),
    "Waves of {name}:": "Metingen van {name}:",
    "current": "huidige",
    "  {number}. {name} (from {date}): {answered} of {roster} answered": (
        "  {number}. {name} (vanaf {date}): {answered} van de {roster} hebben geantwoord"
    ),
    "A wave needs a name.": "Een meting heeft een naam nodig.",
    'There is already a wave called "{name}".': 'Er is al een meting met de naam "{name}".',
    'The answers of the wave "{wave}" in {file} were added as a '
    "wave of their own; this project's current wave did not change.": (
        'De antwoorden van de meting "{wave}" in {file} zijn toegevoegd als een eigen '
        "meting; de huidige meting van dit project is niet veranderd."
    ),
}
