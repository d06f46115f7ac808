"""Dutch texts shared by every screen (crash dialog, common words)."""

NL = {
    "Kennisnet ran into a problem": "Kennisnet liep tegen een probleem aan",
    "Something went wrong that Kennisnet did not expect. Answers that were saved "
    "are safe in the project file.": (
        "Er ging iets mis wat Kennisnet niet verwachtte. Antwoorden die al waren opgeslagen, "
        "staan veilig in het projectbestand."
    ),
    "The details were written to {log}. Please send this file to your support contact.": (
        "De details staan in {log}. Stuur dit bestand naar je contactpersoon voor ondersteuning."
    ),
}
