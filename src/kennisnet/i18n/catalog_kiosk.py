"""Dutch texts of the kiosk (plain Dutch, B1; "je" for respondents)."""

NL = {
    # -- every page --------------------------------------------------------------
    "Step {step} of {total}": "Stap {step} van {total}",
    "Back": "Terug",
    "Next": "Volgende",
    "Kennisnet survey": "Kennisnet-vragenlijst",
    "For the HR adviser (Ctrl+Shift+H)": "Voor de HR-adviseur (Ctrl+Shift+H)",
    "Consent": "Toestemming",
    # -- who are you -------------------------------------------------------------
    "Type part of your name": "Typ een deel van je naam",
    "No one on the list matches this. Check the spelling, or type only a part "
    "of your first name or surname.": (
        "Niemand in de lijst past hierbij. Kijk of het goed gespeld is, of typ alleen een "
        "deel van je voornaam of achternaam."
    ),
    "Use the arrow keys and Enter, or tap a name.": (
        "Gebruik de pijltjestoetsen en Enter, of tik op een naam."
    ),
    "You chose: {name}": "Je koos: {name}",
    "Not you? Type your name again.": "Ben jij dit niet? Typ je naam opnieuw.",
    # -- sources -----------------------------------------------------------------
    "Type part of a colleague's name": "Typ een deel van de naam van een collega",
    "No one on the list matches this. Check the spelling, or add the person "
    "below as someone who is not on the list.": (
        "Niemand in de lijst past hierbij. Kijk of het goed gespeld is, of zet de persoon "
        "hieronder erbij als iemand die niet in de lijst staat."
    ),
    "Add": "Toevoegen",
    "Remove {name}": "{name} weghalen",
    "not on the list": "niet in de lijst",
    "You chose 1 person": "Je koos 1 persoon",
    "You chose {count} people": "Je koos {count} personen",
    "No one chosen yet. The people you choose appear here.": (
        "Je hebt nog niemand gekozen. De mensen die je kiest, komen hier te staan."
    ),
    "You chose {count} people. That is fine. Do think first of the people you "
    "learn the most from.": (
        "Je koos {count} personen. Dat mag. Denk wel eerst aan de mensen van wie je het "
        "meest leert."
    ),
    # -- channels ------------------------------------------------------------------
    "Tap what you do first, then what you do next.": (
        "Tik eerst op wat je het eerst doet, dan op wat je daarna doet."
    ),
    "You chose {count} of at most {most}. The numbers show your order.": (
        "Je koos er {count} van de {most}. De cijfers laten je volgorde zien."
    ),
    "You chose {count}, the most there can be. Tap a choice again to take it out.": (
        "Je koos er {count}, meer kan niet. Tik nog een keer op een keuze om die weg te halen."
    ),
    "What else do you do? (optional)": "Wat doe je nog meer? (mag je overslaan)",
    "Start over": "Opnieuw kiezen",
    # -- training ------------------------------------------------------------------
    "For example a course, a training, an apprenticeship or a diploma.": (
        "Bijvoorbeeld een cursus, een training, een opleiding of een diploma."
    ),
    "Send my answers": "Verstuur mijn antwoorden",
    # -- thanks and notices ----------------------------------------------------------
    "Done": "Klaar",
    "That is fine": "Dat is goed",
    "You do not take part. Nothing has been stored. Thank you for your time.": (
        "Je doet niet mee. Er is niets opgeslagen. Bedankt voor je tijd."
    ),
    "You have already filled in the survey": "Je hebt de vragenlijst al ingevuld",
    "Your earlier answers are saved. Do you want to change them? Ask the HR "
    "adviser: they can let you fill in the survey again. Your new answers then "
    "replace the earlier ones.": (
        "Je antwoorden van eerder zijn opgeslagen. Wil je ze veranderen? Vraag het aan de "
        "HR-adviseur: die kan je de vragenlijst opnieuw laten invullen. Je nieuwe antwoorden "
        "komen dan in de plaats van de oude."
    ),
    "Back to the start": "Terug naar het begin",
    "HR adviser: let me answer again": "HR-adviseur: laat mij opnieuw invullen",
    "Your answers are kept": "Je antwoorden zijn bewaard",
    "Your answers could not be written to the project file just now. They are "
    "kept safely on this laptop, so nothing is lost. Please ask the HR adviser "
    "to come to the laptop.": (
        "Je antwoorden konden net niet in het projectbestand worden gezet. Ze zijn veilig "
        "bewaard op deze laptop, er gaat dus niets verloren. Wil je de HR-adviseur vragen "
        "om naar de laptop te komen?"
    ),
    # -- idle ------------------------------------------------------------------------
    "Are you still there?": "Ben je er nog?",
    "The survey starts again in {seconds} seconds for the next colleague. "
    "What you filled in will then not be saved.": (
        "Over {seconds} seconden begint de vragenlijst opnieuw voor de volgende collega. "
        "Wat je hebt ingevuld, wordt dan niet opgeslagen."
    ),
    "Yes, I am still here": "Ja, ik ben er nog",
    # -- PIN -------------------------------------------------------------------------
    "Start the kiosk": "Kiosk starten",
    "Choose an HR PIN for this kiosk": "Kies een HR-pincode voor deze kiosk",
    "PIN": "Pincode",
    "The same PIN again": "Nog een keer dezelfde pincode",
    "Cancel": "Annuleren",
    "The PIN must have 4 to 8 digits.": "De pincode moet 4 tot 8 cijfers hebben.",
    "The two PINs are not the same. Type them again.": (
        "De twee pincodes zijn niet hetzelfde. Typ ze opnieuw."
    ),
    "For the HR adviser": "Voor de HR-adviseur",
    "For the HR adviser. Employees do not see this screen.": (
        "Voor de HR-adviseur. Medewerkers zien dit scherm niet."
    ),
    "Type the HR PIN to open the HR menu.": "Typ de HR-pincode om het HR-menu te openen.",
    "That PIN is not right. Try again.": "Deze pincode klopt niet. Probeer het opnieuw.",
    "Too many wrong tries. Wait {seconds} seconds.": (
        "Te vaak een verkeerde pincode. Wacht {seconds} seconden."
    ),
    "Back to the survey": "Terug naar de vragenlijst",
    "Open": "Openen",
    "OK": "OK",
    "Delete a digit": "Cijfer wissen",
    # -- HR menu -----------------------------------------------------------------------
    "HR menu": "HR-menu",
    "Response rate per department": "Respons per afdeling",
    "Let someone answer again": "Iemand opnieuw laten invullen",
    "Try saving again": "Opnieuw proberen op te slaan",
    "Save them to a rescue file": "In een reservebestand zetten",
    "Leave the kiosk": "Kiosk verlaten",
    "1 answer could not be saved yet. It is kept on this laptop.": (
        "1 antwoord kon nog niet worden opgeslagen. Het is bewaard op deze laptop."
    ),
    "{count} answers could not be saved yet. They are kept on this laptop.": (
        "{count} antwoorden konden nog niet worden opgeslagen. Ze zijn bewaard op deze laptop."
    ),
    "{responded} of {roster} people have answered ({rate}).": (
        "{responded} van de {roster} mensen hebben geantwoord ({rate})."
    ),
    "{count} more are needed for 80%.": "Voor 80% zijn er nog {count} nodig.",
    "The response rate cannot be read from the project file right now.": (
        "De respons kan nu niet uit het projectbestand worden gelezen."
    ),
    "{saved} saved; {left} still cannot be saved ({reason}). They stay kept.": (
        "{saved} opgeslagen; {left} kan nog steeds niet worden opgeslagen ({reason}). "
        "Die blijven bewaard."
    ),
    "All kept answers are now saved in the project file ({count}).": (
        "Alle bewaarde antwoorden staan nu in het projectbestand ({count})."
    ),
    "The rescue file could not be written either. The answers stay kept in "
    "this kiosk: do not leave it; try saving again later.": (
        "Ook het reservebestand kon niet worden gemaakt. De antwoorden blijven bewaard in "
        "deze kiosk: verlaat de kiosk niet en probeer later opnieuw op te slaan."
    ),
    "The kept answers are in {path}. When the kiosk starts again on this "
    "project, it tries to save them again.": (
        "De bewaarde antwoorden staan in {path}. Als de kiosk weer start met dit project, "
        "probeert die ze opnieuw op te slaan."
    ),
    "Some answers are not saved yet and the rescue file could not be written. "
    "Leaving now would lose them: try saving again first.": (
        "Sommige antwoorden zijn nog niet opgeslagen en het reservebestand kon niet worden "
        "gemaakt. Als je nu weggaat, ben je ze kwijt: probeer eerst opnieuw op te slaan."
    ),
    "the project file is no longer there": "het projectbestand is er niet meer",
    # -- redo --------------------------------------------------------------------------
    "Type part of the name": "Typ een deel van de naam",
    "No one on the list matches this.": "Niemand in de lijst past hierbij.",
    "Choose the person. They can then fill in the survey again; their new "
    "answers replace the earlier ones.": (
        "Kies de persoon. Die kan de vragenlijst dan opnieuw invullen; de nieuwe antwoorden "
        "komen in de plaats van de oude."
    ),
    "{name} can now fill in the survey again. The new answers replace the earlier ones.": (
        "{name} kan de vragenlijst nu opnieuw invullen. De nieuwe antwoorden komen in de "
        "plaats van de oude."
    ),
    "{name} has not answered yet and can simply fill in the survey.": (
        "{name} heeft nog niet geantwoord en kan de vragenlijst gewoon invullen."
    ),
    "Back to the HR menu": "Terug naar het HR-menu",
    # -- response rate -------------------------------------------------------------------
    "Response rate": "Respons",
    "On the list": "In de lijst",
    "Answered": "Ingevuld",
    "Still needed for 80%": "Nog nodig voor 80%",
    "reached": "gehaald",
    "All departments": "Alle afdelingen",
    "1 more answer is needed to reach the 80% target.": (
        "Er is nog 1 antwoord nodig om de 80% te halen."
    ),
    "{count} more answers are needed to reach the 80% target.": (
        "Er zijn nog {count} antwoorden nodig om de 80% te halen."
    ),
    "The 80% target is reached.": "De 80% is gehaald.",
    "Below 80% the figures on who connects teams are not reliable; below 65% "
    "treat all results with caution. Aim for 80% in every department.": (
        "Onder 80% zijn de cijfers over wie teams met elkaar verbindt niet betrouwbaar; "
        "onder 65% moet je met alle uitkomsten voorzichtig zijn. Probeer in elke afdeling "
        "80% te halen."
    ),
    # -- starting ------------------------------------------------------------------------
    "Open a project for the kiosk": "Project openen voor de kiosk",
    "Kennisnet projects (*{suffix})": "Kennisnet-projecten (*{suffix})",
    "The kiosk cannot start": "De kiosk kan niet starten",
    "This project has no staff list yet. Import the staff list first.": (
        "Dit project heeft nog geen personeelslijst. Lees eerst de personeelslijst in."
    ),
}
