"""Dutch texts of the response import: Forms exports, read against stored, waves, replacing."""

NL = {
    "Chose ways": "Kozen manieren",
    "Ranked them": "Op volgorde gezet",
    "Share of all the ways chosen (%)": "Aandeel van alle gekozen manieren (%)",
    "How do people solve a problem when they don't know something? (all choices)": (
        "Hoe lossen mensen een probleem op als ze iets niet weten? (alle keuzes)"
    ),
    "What people do when they don't know something, per team: every way they chose "
    "counts. Answers from a Forms export ({unranked} of {answered}) were ticked without "
    "putting them in order, so there is no first choice. Many people who mainly try things "
    "out themselves and learn from nobody (\u201clearn alone\u201d) can be a sign that good "
    "practice does not reach them.": (
        "Wat mensen doen als ze iets niet weten, per team: elke gekozen manier telt. "
        "Antwoorden uit een Forms-export ({unranked} van {answered}) zijn aangevinkt zonder "
        "volgorde, dus er is geen eerste keus. Veel mensen die vooral zelf dingen uitproberen "
        "en van niemand leren (\u201cleren alleen\u201d) kan een teken zijn dat goede werkwijzen "
        "hen niet bereiken."
    ),
    # the command line
    "Read in the file and stored:": "Gelezen in het bestand en opgeslagen:",
    "Rows where not everything read is stored, and why:": (
        "Rijen waarvan niet alles wat gelezen is wordt opgeslagen, en waarom:"
    ),
    "Split over the waves by the answer time:": "Verdeeld over de metingen op antwoordtijd:",
    "Wave: {wave}.": "Meting: {wave}.",
    "Answers that would replace an earlier answer:": (
        "Antwoorden die een eerder antwoord zouden vervangen:"
    ),
    "{count} of them would replace an earlier answer of the same person (that needs "
    "--replace): {names}": (
        "{count} daarvan zouden een eerder antwoord van dezelfde persoon vervangen (daarvoor "
        "is --replace nodig): {names}"
    ),
    '"{way}" is not a way to solve a problem. Use colleague, manager, documentation, '
    "internet, ai, trial_error, training or other.": (
        '"{way}" is geen manier om een probleem op te lossen. Gebruik colleague, manager, '
        "documentation, internet, ai, trial_error, training of other."
    ),
    "TEXT=WAY": "TEKST=MANIER",
    "say which way to solve a problem an answer option of your own form means, e.g. "
    '--option "Ik vraag het een collega=colleague" (remembered for the project)': (
        "zeg welke manier om een probleem op te lossen een antwoordoptie van je eigen "
        'formulier betekent, bijv. --option "Ik vraag het een collega=colleague" (wordt '
        "onthouden voor het project)"
    ),
    "let answers in the file replace earlier answers of the same people": (
        "laat antwoorden in het bestand eerdere antwoorden van dezelfde mensen vervangen"
    ),
    # responses: refusing, replacing, row by row
    "This file looks like a staff list (columns {columns}), not answers to the survey: it "
    "has no column with colleagues, ways to solve a problem or training. Nothing was "
    "imported. A staff list is imported under Staff list (kennisnet roster).": (
        "Dit bestand lijkt op een personeelslijst (kolommen {columns}), niet op antwoorden op "
        "de vragenlijst: er is geen kolom met collega's, manieren om een probleem op te lossen "
        "of training. Er is niets ingelezen. Een personeelslijst lees je in bij "
        "Personeelslijst (kennisnet roster)."
    ),
    "This file has no column with answers (colleagues, ways to solve a problem, training), "
    "so it is not a response file. Nothing was imported. Its columns are: {columns}. If a "
    'column does hold answers, map it with --map "<column>=source" (or channels, '
    "training).": (
        "Dit bestand heeft geen kolom met antwoorden (collega's, manieren om een probleem op "
        "te lossen, training), dus het is geen antwoordbestand. Er is niets ingelezen. De "
        "kolommen zijn: {columns}. Staan er toch antwoorden in een kolom, wijs die dan aan "
        'met --map "<kolom>=source" (of channels, training).'
    ),
    "Row {row}: this person also answered in row {first}; the later answer (row {row}) is "
    "used, row {first} is not imported.": (
        "Rij {row}: deze persoon antwoordde ook in rij {first}; het latere antwoord (rij "
        "{row}) wordt gebruikt, rij {first} wordt niet ingelezen."
    ),
    "The answer times do not say whether they are day-month or month-day; they were read "
    "as day-month. Check the split over the waves below.": (
        "Aan de antwoordtijden is niet te zien of het dag-maand of maand-dag is; ze zijn "
        "gelezen als dag-maand. Controleer de verdeling over de metingen hieronder."
    ),
    'The answer "{text}" ({count}×) is not worded as in the questionnaire; it was read as '
    '"{channel}" by its words. If that is wrong, say what it means: --option '
    '"{text}=<way>" (remembered for this project).': (
        'Het antwoord "{text}" ({count}×) is anders verwoord dan in de vragenlijst; het is '
        'op grond van de woorden gelezen als "{channel}". Klopt dat niet, zeg dan wat het '
        'betekent: --option "{text}=<manier>" (wordt onthouden voor dit project).'
    ),
    "The responses were not imported: 1 problem must be fixed first.": (
        "De antwoorden zijn niet ingelezen: los eerst 1 probleem op."
    ),
    "The responses were not imported: {count} problems must be fixed first.": (
        "De antwoorden zijn niet ingelezen: los eerst {count} problemen op."
    ),
    "Nothing was imported: 1 answer in this file would replace an earlier answer of the "
    "same person ({names}). Import again with --replace if that is what you want.": (
        "Er is niets ingelezen: 1 antwoord in dit bestand zou een eerder antwoord van "
        "dezelfde persoon vervangen ({names}). Lees opnieuw in met --replace als je dat wilt."
    ),
    "Nothing was imported: {count} answers in this file would replace an earlier answer of "
    "the same people ({names}). Import again with --replace if that is what you want.": (
        "Er is niets ingelezen: {count} antwoorden in dit bestand zouden een eerder antwoord "
        "van dezelfde mensen vervangen ({names}). Lees opnieuw in met --replace als je dat "
        "wilt."
    ),
    'Row {row}: "{name}" was set aside earlier (a name decision); this row is not imported.': (
        'Rij {row}: "{name}" is eerder terzijde gelegd (een besluit over de naam); deze rij '
        "wordt niet ingelezen."
    ),
    'Row {row}: "{value}" is not a date and time; the import time is used.': (
        'Rij {row}: "{value}" is geen datum en tijd; het tijdstip van inlezen wordt gebruikt.'
    ),
    'Row {row}: "{name}" was set aside earlier (a name decision); left out.': (
        'Rij {row}: "{name}" is eerder terzijde gelegd (een besluit over de naam); weggelaten.'
    ),
    'Row {row}: "{value}" is not one of the listed ways; stored as "other".': (
        'Rij {row}: "{value}" staat niet in de lijst met manieren; opgeslagen als "Anders".'
    ),
    'Row {row}: "{value}" means the same way as an earlier choice; counted once.': (
        'Rij {row}: "{value}" is dezelfde manier als een eerdere keuze; één keer geteld.'
    ),
    "Row {row}: more than 3 ways were ranked; the first 3 are used, {left} is left out.": (
        "Rij {row}: er zijn meer dan 3 manieren op volgorde gezet; de eerste 3 worden "
        "gebruikt, {left} valt weg."
    ),
    # responses/report.py
    "Ways to solve a problem chosen": "Gekozen manieren om een probleem op te lossen",
    "Training answers": "Antwoorden over training",
    "{what}: {read} read, {stored} stored": "{what}: {read} gelezen, {stored} opgeslagen",
    "Ways chosen in a Forms export are stored as chosen, without order: none of them "
    "counts as a first choice.": (
        "Manieren uit een Forms-export worden opgeslagen zoals ze zijn aangevinkt, zonder "
        "volgorde: geen ervan telt als eerste keus."
    ),
    "Row {row}: not everything in this row is stored.": (
        "Rij {row}: niet alles in deze rij wordt opgeslagen."
    ),
    "{wave}: 1 answer": "{wave}: 1 antwoord",
    "{wave}: {count} answers": "{wave}: {count} antwoorden",
    "Row {row}: {name} already answered in {wave}.": (
        "Rij {row}: {name} heeft al geantwoord in {wave}."
    ),
    # the app's import dialog
    "1 problem must be fixed before importing. Choose the right field for a column, or "
    "fix the file and open it again.": (
        "Nog 1 probleem op te lossen. Kies het goede veld voor een kolom, of verbeter het "
        "bestand en open het opnieuw."
    ),
    "{count} problems must be fixed before importing. Choose the right field for a column, "
    "or fix the file and open it again.": (
        "Nog {count} problemen op te lossen. Kies het goede veld voor een kolom, of verbeter "
        "het bestand en open het opnieuw."
    ),
    "Ready: 1 answer will be imported.": "Klaar: 1 antwoord wordt geïmporteerd.",
    "Ready: {count} answers will be imported.": "Klaar: {count} antwoorden worden geïmporteerd.",
    "1 column is not imported; choose a field if it holds answers.": (
        "1 kolom wordt niet geïmporteerd; kies een veld als er antwoorden in staan."
    ),
    "{count} columns are not imported; choose a field if they hold answers.": (
        "{count} kolommen worden niet geïmporteerd; kies een veld als er antwoorden in staan."
    ),
    "1 name did not match the staff list exactly; you choose who is meant after the import.": (
        "1 naam past niet precies bij de personeelslijst; na het importeren kies je wie er "
        "bedoeld is."
    ),
    "{names} names did not match the staff list exactly; you choose who is meant after "
    "the import.": (
        "{names} namen passen niet precies bij de personeelslijst; na het importeren kies je "
        "wie er bedoeld is."
    ),
    "Answer options that are not worded as in the questionnaire. Check what each one "
    "means; your choice is remembered for this project.": (
        "Antwoordopties die anders verwoord zijn dan in de vragenlijst. Controleer wat elke "
        "optie betekent; je keuze wordt onthouden voor dit project."
    ),
    "Answer option in the file": "Antwoordoptie in het bestand",
    "Times": "Aantal keer",
    "Means": "Betekent",
    "Replace earlier answers?": "Eerdere antwoorden vervangen?",
    "The answer time (kept)": "De antwoordtijd (bewaard)",
    "answer time": "antwoordtijd",
    "Forms export": "Forms-export",
    "The numbers behind the chart: per team, how many people use each way first (or, when "
    "answers from a Forms export have no order, how many chose each way).": (
        "De getallen achter de grafiek: per team hoeveel mensen elke manier als eerste "
        "gebruiken (of, als antwoorden uit een Forms-export geen volgorde hebben, hoeveel "
        "mensen elke manier kozen)."
    ),
    "1 answer in this file replaces an earlier answer of the same person.": (
        "1 antwoord in dit bestand vervangt een eerder antwoord van dezelfde persoon."
    ),
    "{count} answers in this file replace an earlier answer of the same people.": (
        "{count} antwoorden in dit bestand vervangen een eerder antwoord van dezelfde mensen."
    ),
    "The earlier answers are kept in the file but no longer count. Is this the right "
    "file? If not, cancel: nothing is imported.": (
        "De eerdere antwoorden blijven in het bestand maar tellen niet meer mee. Is dit het "
        "goede bestand? Zo niet, kies Annuleren: er wordt niets ingelezen."
    ),
    "Replace and import": "Vervangen en importeren",
    "1 answer imported from {format}.": "1 antwoord geïmporteerd uit {format}.",
    "{added} answers imported from {format}.": "{added} antwoorden geïmporteerd uit {format}.",
    "Per wave (by the answer time):": "Per meting (op antwoordtijd):",
    "1 was already imported before.": "1 was al eerder geïmporteerd.",
    "1 replaced an earlier answer of the same person.": (
        "1 verving een eerder antwoord van dezelfde persoon."
    ),
    "1 answer replaces an earlier answer; you are asked before importing.": (
        "1 antwoord vervangt een eerder antwoord; voor het importeren vragen we of dat klopt."
    ),
    "{count} answers replace an earlier answer; you are asked before importing.": (
        "{count} antwoorden vervangen een eerder antwoord; voor het importeren vragen we of dat "
        "klopt."
    ),
    "1 name needs a decision.": "1 naam vraagt om een besluit.",
    "{count} names need a decision.": "{count} namen vragen om een besluit.",
    'Column "{column}" was not read: Kennisnet does not know which question it is. If it '
    'holds answers, say so with --map "{column}=source 1" (or channels, training, …).': (
        'De kolom "{column}" is niet gelezen: Kennisnet weet niet welke vraag het is. Staan '
        'er antwoorden in, zeg dat dan met --map "{column}=source 1" (of channels, training, …).'
    ),
    "1 answer in this file is already in the project, read the same way: it is not stored again.": (
        "1 antwoord in dit bestand staat al in het project, op dezelfde manier gelezen: het "
        "wordt niet nog eens opgeslagen."
    ),
    "{count} answers in this file are already in the project, read the same way: they are "
    "not stored again.": (
        "{count} antwoorden in dit bestand staan al in het project, op dezelfde manier "
        "gelezen: ze worden niet nog eens opgeslagen."
    ),
    "put every answer in this wave (name or number); default: the current wave, and a Forms "
    "export over several waves is split by its answer times": (
        "zet elk antwoord in deze meting (naam of nummer); standaard: de huidige meting, en "
        "een Forms-export over meerdere metingen wordt verdeeld op de tijd van antwoorden"
    ),
    "--report and --wave are for response files. A kiosk rescue file says on screen what it "
    "imports, and its answers keep the wave they were given in.": (
        "--report en --wave zijn voor antwoordbestanden. Een reddingsbestand van de kiosk "
        "zegt op het scherm wat het inleest, en de antwoorden blijven in de meting waarin ze "
        "zijn gegeven."
    ),
}
