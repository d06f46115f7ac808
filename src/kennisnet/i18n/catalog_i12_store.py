"""Dutch texts of the project file's reliability work: opening, backups, erasure."""

NL: dict[str, str] = {
    "kennisnet: warning: {message}": "kennisnet: let op: {message}",
    "Someone else on the roster is also called {name}, so the check below looks for the "
    "employee number and e-mail address only.": (
        "Iemand anders op de personeelslijst heet ook {name}, dus de controle hieronder "
        "zoekt alleen naar het personeelsnummer en het e-mailadres."
    ),
    "Check: a byte search for the name, employee number and e-mail in:": (
        "Controle: byte voor byte gezocht naar de naam, het personeelsnummer en het e-mailadres in:"
    ),
    "FOUND": "GEVONDEN",
    "not found": "niet gevonden",
    "A trace was still found in {count} of the files above. Keep them away from others and "
    "ask for help.": (
        "In {count} van de bestanden hierboven is nog een spoor gevonden. Houd ze bij anderen "
        "weg en vraag om hulp."
    ),
    "Say whom to erase: a name or an employee number.": (
        "Zeg wie je wilt wissen: een naam of een personeelsnummer."
    ),
    'No one on the roster of {project} is called "{person}" or has that employee number. '
    "Nothing was changed.": (
        'Niemand op de personeelslijst van {project} heet "{person}" of heeft dat '
        "personeelsnummer. Er is niets veranderd."
    ),
    'More than one person is called "{person}": {names}. Give the employee number instead. '
    "Nothing was changed.": (
        'Meer dan één persoon heet "{person}": {names}. Geef in plaats daarvan het '
        "personeelsnummer. Er is niets veranderd."
    ),
    "Erasing cannot be undone, so it asks for confirmation, and there is no one to ask here. "
    "Pass --yes to erase without asking. Nothing was changed.": (
        "Wissen kan niet ongedaan worden gemaakt, dus er wordt om bevestiging gevraagd, en "
        "hier is niemand om het aan te vragen. Geef --yes mee om zonder vragen te wissen. "
        "Er is niets veranderd."
    ),
    "This removes {name} and every trace of them from {project} and from all its backup "
    "copies: their answers, their name in other people's answers (they become an anonymous "
    "person) and every mention in free text. It cannot be undone.": (
        "Dit verwijdert {name} en elk spoor van deze persoon uit {project} en uit alle "
        "reservekopieën: de eigen antwoorden, de naam in antwoorden van anderen (die wordt "
        "een anonieme persoon) en elke vermelding in vrije tekst. Dit kan niet ongedaan "
        "worden gemaakt."
    ),
    "Erase? Type yes to go on: ": "Wissen? Typ ja om door te gaan: ",
    "Nothing was erased.": "Er is niets gewist.",
    "Erased {name}.": "{name} is gewist.",
    "  Answers removed: {count}": "  Antwoorden verwijderd: {count}",
    "  Ties now pointing to an anonymous person: {count}": (
        "  Verbindingen die nu naar een anonieme persoon wijzen: {count}"
    ),
    "  Mentions in free text replaced: {count}": "  Vermeldingen in vrije tekst vervangen: {count}",
    "  Backup copies erased as well: {count}": "  Reservekopieën ook gewist: {count}",
    "remove a person and every trace of them (also from the backup copies)": (
        "een persoon en elk spoor van die persoon verwijderen (ook uit de reservekopieën)"
    ),
    "the person's name or employee number": "de naam of het personeelsnummer van de persoon",
    "do not ask for confirmation": "niet om bevestiging vragen",
    "The changes to {path} are saved, but in the journal file beside it ({journal}) because "
    "the disk is full. Keep both files together; they are combined the next time the project "
    "is opened with enough free space.": (
        "De wijzigingen in {path} zijn bewaard, maar in het logbestand ernaast ({journal}), "
        "omdat de schijf vol is. Houd beide bestanden bij elkaar; ze worden samengevoegd als "
        "het project weer wordt geopend met genoeg vrije ruimte."
    ),
    "Removed person": "Verwijderde persoon",
    "No backup copy could be made in {folder}: {reason}. Your work goes on without it; free "
    "some space there to get backups again.": (
        "Er kon geen reservekopie worden gemaakt in {folder}: {reason}. Je kunt gewoon verder "
        "werken; maak daar ruimte vrij om weer reservekopieën te krijgen."
    ),
    "Kennisnet could not read {path}: {reason}. The file has not been changed; nothing in it "
    "is lost.": (
        "Kennisnet kon {path} niet lezen: {reason}. Het bestand is niet veranderd; er is niets "
        "uit verloren gegaan."
    ),
    "Not completely erased": "Niet helemaal gewist",
    "A trace was still found in the files below. Keep them away from others and ask for help.": (
        "In de bestanden hieronder is nog een spoor gevonden. Houd ze bij anderen weg en vraag "
        "om hulp."
    ),
    "{name} has been removed and erased from the project and its backup copies.": (
        "{name} is verwijderd en gewist uit het project en de reservekopieën."
    ),
    "{count} people have been removed and erased from the project and its backup copies.": (
        "{count} personen zijn verwijderd en gewist uit het project en de reservekopieën."
    ),
    "Checked byte by byte: no trace left in the project, its journal or any backup copy.": (
        "Byte voor byte gecontroleerd: geen spoor meer in het project, het logbestand of een "
        "reservekopie."
    ),
    "No backup copy": "Geen reservekopie",
    "Their own answers are deleted. Where colleagues named them, the tie stays but becomes "
    "anonymous (no name), and every mention in free text is removed. This is done in the "
    "project file and in every backup copy. This cannot be undone.": (
        "Hun eigen antwoorden worden verwijderd. Waar collega's hen noemden, blijft de lijn "
        "bestaan maar zonder naam, en elke vermelding in vrije tekst wordt weggehaald. Dat "
        "gebeurt in het projectbestand en in elke reservekopie. Dit kan niet ongedaan worden "
        "gemaakt."
    ),
    "Saved in the journal file": "Bewaard in het logbestand",
    "The backup copy {file} was damaged, so the erasure could not be checked in it; it has "
    "been removed.": (
        "De reservekopie {file} was beschadigd, dus het wissen kon daarin niet worden "
        "gecontroleerd; ze is verwijderd."
    ),
}
