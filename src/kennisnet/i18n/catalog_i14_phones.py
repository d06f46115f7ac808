"""Dutch texts for answering on phones: the phone page, the poster, the cards, the command."""

NL = {
    # -- the command -----------------------------------------------------------------
    "{count} answers of {roster} people ({share}%; target 80%).": (
        "{count} antwoorden van {roster} mensen ({share}%; doel 80%)."
    ),
    "1 answer of {roster} people ({share}%; target 80%).": (
        "1 antwoord van {roster} mensen ({share}%; doel 80%)."
    ),
    "ADDRESS": "ADRES",
    "the laptop's address on the network the phones use (default: its Wi-Fi or cable "
    "address; for a hotspot give the hotspot's address)": (
        "het adres van de laptop op het netwerk dat de telefoons gebruiken (standaard: het "
        "wifi- of kabeladres; geef bij een hotspot het adres van de hotspot)"
    ),
    "the port to listen on (default: {port}; 0 = any free port)": (
        "de poort waarop Kennisnet luistert (standaard: {port}; 0 = een vrije poort)"
    ),
    "personal codes: each person types the one-time code on their card": (
        "persoonlijke codes: iedereen typt de eenmalige code van zijn of haar kaartje"
    ),
    "also write an A4 poster with the QR code (PDF)": (
        "schrijf ook een A4-poster met de QR-code (PDF)"
    ),
    "write A4 sheets of personal code cards (PDF) and stop": (
        "schrijf A4-vellen met kaartjes met persoonlijke codes (PDF) en stop"
    ),
    "list whose personal code was used (not what they answered) and stop": (
        "laat zien wiens persoonlijke code is gebruikt (niet wat iemand antwoordde) en stop"
    ),
    "write over an existing poster or cards file": (
        "vervang een bestaand poster- of kaartjesbestand"
    ),
    "The port must be a number from 0 to 65535.": "De poort moet een getal van 0 tot 65535 zijn.",
    "Phones can answer at {address}. Stop with Ctrl+C.": (
        "Telefoons kunnen antwoorden op {address}. Stoppen met Ctrl+C."
    ),
    "Stopped. Every answer that was confirmed is in the project file.": (
        "Gestopt. Elk antwoord dat is bevestigd, staat in het projectbestand."
    ),
    "{used} of {total} codes used.": "{used} van {total} codes gebruikt.",
    "1 card written to {file}.": "1 kaartje geschreven naar {file}.",
    "{count} cards written to {file}.": "{count} kaartjes geschreven naar {file}.",
    "This wave has no personal codes yet. Print the cards first with kennisnet phones "
    "PROJECT --cards FILE.pdf.": (
        "Deze ronde heeft nog geen persoonlijke codes. Druk eerst de kaartjes af met "
        "kennisnet phones PROJECT --cards BESTAND.pdf."
    ),
    "No personal codes have been made for this wave.": (
        "Voor deze ronde zijn geen persoonlijke codes gemaakt."
    ),
    "used {at}": "gebruikt {at}",
    "not used": "niet gebruikt",
    "collect answers on phones over this laptop's own network": (
        "verzamel antwoorden op telefoons via het eigen netwerk van deze laptop"
    ),
    "Kennisnet listens on one network only. Give the laptop's address on the network the "
    "phones use, not {host}.": (
        "Kennisnet luistert op één netwerk. Geef het adres van de laptop op het netwerk dat "
        "de telefoons gebruiken, niet {host}."
    ),
    "This laptop is not on a network. Connect it to Wi-Fi or start its mobile hotspot, then "
    "give its address with --host.": (
        "Deze laptop zit niet op een netwerk. Verbind hem met wifi of zet de mobiele hotspot "
        "aan, en geef dan het adres met --host."
    ),
    '"{host}" is not an address of this laptop. Give its IP address, for example 192.168.137.1.': (
        '"{host}" is geen adres van deze laptop. Geef het IP-adres, bijvoorbeeld 192.168.137.1.'
    ),
    "Kennisnet cannot listen on {host}: {reason}. Is this an address of this laptop?": (
        "Kennisnet kan niet luisteren op {host}: {reason}. Is dit een adres van deze laptop?"
    ),
    "Port {port} is already in use on this laptop. Choose another with --port, for example "
    "--port {other}.": (
        "Poort {port} is al in gebruik op deze laptop. Kies een andere met --port, "
        "bijvoorbeeld --port {other}."
    ),
    "There are no people on the roster to make cards for.": (
        "Er staan geen mensen op de personeelslijst om kaartjes voor te maken."
    ),
    "phone": "telefoon",
    # -- the poster and the cards --------------------------------------------------------
    "Answer the survey on your phone": "Vul de vragenlijst in op je telefoon",
    "Scan the QR code with your phone's camera, on this room's Wi-Fi network. It takes "
    "about 3 minutes.": (
        "Scan de QR-code met de camera van je telefoon, op het wifi-netwerk van deze ruimte. "
        "Het duurt ongeveer 3 minuten."
    ),
    "Camera not working? Type this address:": "Werkt de camera niet? Typ dit adres:",
    "Your answers go only to HR's laptop, never to the internet.": (
        "Je antwoorden gaan alleen naar de laptop van HR, nooit naar internet."
    ),
    "Your personal code": "Je persoonlijke code",
    "Scan the QR code on the poster and type this code. It works once.": (
        "Scan de QR-code op de poster en typ deze code. De code werkt één keer."
    ),
    # -- the phone page ----------------------------------------------------------------
    "Survey: learning from each other": "Vragenlijst: leren van elkaar",
    "Sending your answers…": "Je antwoorden worden verstuurd…",
    "Step {step} of {steps}": "Stap {step} van {steps}",
    "Type at least 2 letters of a name": "Typ minstens 2 letters van een naam",
    "No one found. Check the spelling or type less.": (
        "Niemand gevonden. Kijk of de naam goed gespeld is, of typ minder."
    ),
    "1 person found.": "1 persoon gevonden.",
    "{count} people found.": "{count} mensen gevonden.",
    "Too many searches at once. Wait a moment and type again.": (
        "Te veel zoekopdrachten tegelijk. Wacht even en typ opnieuw."
    ),
    "You are:": "Jij bent:",
    "Choose someone else": "Kies iemand anders",
    "Choose your name from the list first.": "Kies eerst je naam uit de lijst.",
    "Type the code on your card (for example ABCDE-FGH23).": (
        "Typ de code van je kaartje (bijvoorbeeld ABCDE-FGH23)."
    ),
    "Check my code": "Controleer mijn code",
    "This code belongs to {name}.": "Deze code hoort bij {name}.",
    "This code is not known. Check the letters and numbers on your card.": (
        "Deze code kennen we niet. Kijk nog eens naar de letters en cijfers op je kaartje."
    ),
    "This code has already been used. Ask the HR adviser for help.": (
        "Deze code is al gebruikt. Vraag de HR-adviseur om hulp."
    ),
    "Check your code first.": "Controleer eerst je code.",
    "The people you chose": "De mensen die je koos",
    "You have not chosen anyone yet.": "Je hebt nog niemand gekozen.",
    "How often do you learn from {name}?": "Hoe vaak leer je van {name}?",
    "Name of someone who is not on the list": "Naam van iemand die niet in de lijst staat",
    "That is a lot of people. Only add more if they really matter.": (
        "Dat zijn veel mensen. Voeg alleen meer toe als ze echt belangrijk zijn."
    ),
    "You have chosen as many as you can. Untick one to choose another.": (
        "Je hebt er zoveel gekozen als kan. Haal een vinkje weg om een andere te kiezen."
    ),
    "number {rank}": "nummer {rank}",
    "What else?": "Wat anders?",
    "You do not take part": "Je doet niet mee",
    "Nothing has been stored. Thank you for your time.": (
        "Er is niets opgeslagen. Bedankt voor je tijd."
    ),
    "Your earlier answers are saved. Do you want to change them? Ask the HR adviser.": (
        "Je eerdere antwoorden zijn bewaard. Wil je ze veranderen? Vraag het de HR-adviseur."
    ),
    "Not sent yet": "Nog niet verstuurd",
    "Your answers are kept on this phone. Check that you are still on the right Wi-Fi "
    "network and try again.": (
        "Je antwoorden blijven op deze telefoon bewaard. Kijk of je nog op het goede "
        "wifi-netwerk zit en probeer het opnieuw."
    ),
    "Try again": "Probeer opnieuw",
    "Trying again…": "Opnieuw proberen…",
    "This survey address is not valid": "Dit adres van de vragenlijst klopt niet",
    "The survey may have stopped, or the address is not complete. Scan the QR code on the "
    "poster again.": (
        "Misschien is de vragenlijst gestopt, of is het adres niet compleet. Scan de QR-code "
        "op de poster opnieuw."
    ),
    "Your answers have been saved on the HR laptop. You can close this page.": (
        "Je antwoorden zijn bewaard op de laptop van HR. Je kunt deze pagina sluiten."
    ),
}
