"""Dutch texts for the output guard, the CLI's error lines and --force (issue 12)."""

NL: dict[str, str] = {
    # The output guard (kennisnet.outputs)
    "{path} is a folder; give a file name.": "{path} is een map; geef een bestandsnaam.",
    "{path} is a Kennisnet project: Kennisnet never writes an export or report over a "
    "project. Nothing was written; choose another file name.": (
        "{path} is een Kennisnet-project: Kennisnet schrijft nooit een export of verslag over "
        "een project heen. Er is niets geschreven; kies een andere bestandsnaam."
    ),
    "{path} belongs to the project {project}: Kennisnet never writes over it. Nothing was "
    "written; choose another file name.": (
        "{path} hoort bij het project {project}: Kennisnet schrijft daar nooit overheen. Er is "
        "niets geschreven; kies een andere bestandsnaam."
    ),
    "Names ending in {suffix} are for projects; give the file {path} another ending. "
    "Nothing was written.": (
        "Namen die eindigen op {suffix} zijn voor projecten; geef het bestand {path} een "
        "andere extensie. Er is niets geschreven."
    ),
    "{path} already exists. Nothing was written. Choose another name, or add --force to "
    "replace it.": (
        "{path} bestaat al. Er is niets geschreven. Kies een andere naam, of voeg --force toe "
        "om het te vervangen."
    ),
    "{path} is named twice; give each file its own name.": (
        "{path} staat er twee keer; geef elk bestand een eigen naam."
    ),
    # The demo copy
    "{path} is a Kennisnet project, not a copy of the demo: the demo never replaces a "
    "project. Nothing was changed; choose another --path.": (
        "{path} is een Kennisnet-project, geen kopie van de demo: de demo vervangt nooit een "
        "project. Er is niets veranderd; kies een ander --path."
    ),
    # The command line's error lines
    "kennisnet: the file name {file} is too long for this computer. Choose a shorter name; "
    "nothing was changed.": (
        "kennisnet: de bestandsnaam {file} is te lang voor deze computer. Kies een kortere "
        "naam; er is niets veranderd."
    ),
    "kennisnet: the disk is full. Make room and try again. Nothing was written.": (
        "kennisnet: de schijf is vol. Maak ruimte en probeer het opnieuw. Er is niets geschreven."
    ),
    "kennisnet: {file} is a folder, not a file.": "kennisnet: {file} is een map, geen bestand.",
    "kennisnet: the file is nested too deeply to be read; it is not a file Kennisnet made, "
    "or it is damaged. Nothing was changed. The details are in {log}.": (
        "kennisnet: het bestand is te diep genest om te lezen; het is geen bestand van "
        "Kennisnet, of het is beschadigd. Er is niets veranderd. De details staan in {log}."
    ),
    "Wrote every problem to {file}.": "Alle problemen staan in {file}.",
    # --force
    "replace another file at --path (a project is never replaced, except an earlier demo "
    "copy with --fresh)": (
        "vervang een ander bestand op --path (een project wordt nooit vervangen, behalve een "
        "eerdere democopie met --fresh)"
    ),
    "replace the --report file if it exists (a project file is never replaced)": (
        "vervang het --report-bestand als het al bestaat (een projectbestand nooit)"
    ),
    "replace the --write file if it exists (a project file is never replaced)": (
        "vervang het --write-bestand als het al bestaat (een projectbestand nooit)"
    ),
    "replace the file if it exists (a project file is never replaced)": (
        "vervang het bestand als het al bestaat (een projectbestand nooit)"
    ),
    "replace files that exist (a project file is never replaced)": (
        "vervang bestanden die al bestaan (een projectbestand nooit)"
    ),
    # The app's export dialog
    "Not written onto a project": "Niet over een project geschreven",
    "{file} is a Kennisnet project.": "{file} is een Kennisnet-project.",
    "Kennisnet never writes an export over a project file. Nothing was written; choose "
    "another file name or folder.": (
        "Kennisnet schrijft een export nooit over een projectbestand heen. Er is niets "
        "geschreven; kies een andere bestandsnaam of map."
    ),
}
