"""Dutch texts for reading spreadsheets and CSV files (kennisnet.tabular)."""

NL = {
    # What a file turned out to be
    "This file is {kind}, not a spreadsheet. "
    "Choose the Excel file (.xlsx) or CSV file with the data.": (
        "Dit bestand is {kind}, geen spreadsheet. "
        "Kies het Excel-bestand (.xlsx) of CSV-bestand met de gegevens."
    ),
    "a PNG image": "een PNG-afbeelding",
    "a JPEG image": "een JPEG-afbeelding",
    "a GIF image": "een GIF-afbeelding",
    "a PDF document": "een PDF-document",
    "an RTF document": "een RTF-document",
    "a compressed (gzip) file": "een ingepakt bestand (gzip)",
    "a RAR archive": "een RAR-archief",
    "a 7-Zip archive": "een 7-Zip-archief",
    "a zip archive": "een zip-bestand",
    "a text document (such as Word)": "een tekstdocument (zoals Word)",
    "a presentation (such as PowerPoint)": "een presentatie (zoals PowerPoint)",
    "a web page (HTML)": "een webpagina (HTML)",
    "an XML file": "een XML-bestand",
    "This file is an old .xls workbook or a password-protected file. "
    "Save it in Excel as .xlsx without a password (or as CSV) and try again.": (
        "Dit is een oud .xls-bestand of een bestand met een wachtwoord. "
        "Sla het in Excel op als .xlsx zonder wachtwoord (of als CSV) en probeer het opnieuw."
    ),
    "This file is a binary Excel workbook (.xlsb). "
    "Save it in Excel as .xlsx or CSV and try again.": (
        "Dit is een binair Excel-bestand (.xlsb). "
        "Sla het in Excel op als .xlsx of CSV en probeer het opnieuw."
    ),
    "This file is an OpenDocument spreadsheet (.ods). "
    "Save it as .xlsx or CSV (for example in LibreOffice) and try again.": (
        "Dit is een OpenDocument-spreadsheet (.ods). "
        "Sla het op als .xlsx of CSV (bijvoorbeeld in LibreOffice) en probeer het opnieuw."
    ),
    "This file is an Excel 2003 XML spreadsheet. Save it in Excel as .xlsx or CSV and try again.": (
        "Dit is een Excel 2003 XML-spreadsheet. "
        "Sla het in Excel op als .xlsx of CSV en probeer het opnieuw."
    ),
    "This Excel file is damaged or incomplete; perhaps it was not copied or downloaded "
    "completely. Open it in Excel and save it again, or ask for a new copy.": (
        "Dit Excel-bestand is beschadigd of niet compleet. Misschien is het niet helemaal "
        "gekopieerd of gedownload. Open het in Excel en sla het opnieuw op, "
        "of vraag om een nieuwe kopie."
    ),
    "This file is a damaged zip archive, not a spreadsheet. "
    "Choose the Excel file (.xlsx) or CSV file with the data.": (
        "Dit is een beschadigd zip-bestand, geen spreadsheet. "
        "Kies het Excel-bestand (.xlsx) of CSV-bestand met de gegevens."
    ),
    "This file does not contain readable text, so it is not a CSV file. "
    "Choose the Excel file (.xlsx) or CSV file with the data.": (
        "Dit bestand bevat geen leesbare tekst, dus het is geen CSV-bestand. "
        "Kies het Excel-bestand (.xlsx) of CSV-bestand met de gegevens."
    ),
    # Opening the file
    '"{name}" is a folder, not a file.': '"{name}" is een map, geen bestand.',
    'The file "{name}" is empty (0 bytes).': 'Het bestand "{name}" is leeg (0 bytes).',
    'The file "{name}" is too large ({size} MB; the limit is {limit} MB).': (
        'Het bestand "{name}" is te groot ({size} MB; de grens is {limit} MB).'
    ),
    'The file "{name}" was not found. Check where it is and try again.': (
        'Het bestand "{name}" is niet gevonden. Kijk waar het staat en probeer het opnieuw.'
    ),
    'The file "{name}" cannot be opened. It may be open in another program; '
    "close it there and try again.": (
        'Het bestand "{name}" kan niet worden geopend. Misschien is het open in een ander '
        "programma. Sluit het daar en probeer het opnieuw."
    ),
    "The file has more than {limit} rows. That is more than Kennisnet can read; "
    "split the file or remove rows that are not needed.": (
        "Het bestand heeft meer dan {limit} rijen. Dat is meer dan Kennisnet kan lezen. "
        "Splits het bestand of haal rijen weg die niet nodig zijn."
    ),
    "No header row was found in the first {count} rows of {where}. "
    "Check that the file has a row with the column names, "
    "such as the ones in the example file.": (
        "In de eerste {count} rijen van {where} staat geen rij met kolomnamen. "
        "Controleer of het bestand een rij met kolomnamen heeft, "
        "zoals in het voorbeeldbestand."
    ),
    "the file": "het bestand",
    "any sheet of the workbook": "de werkbladen in het bestand",
    "The file contains no data; all rows are empty.": (
        "Het bestand bevat geen gegevens; alle rijen zijn leeg."
    ),
    "The workbook contains no data; all visible sheets are empty.": (
        "Het bestand bevat geen gegevens; alle zichtbare werkbladen zijn leeg."
    ),
    # CSV
    "CSV, {encoding}, separated by tabs": "CSV, {encoding}, gescheiden door tabs",
    'CSV, {encoding}, separator "{separator}"': 'CSV, {encoding}, scheidingsteken "{separator}"',
    "The file is not saved as UTF-8, so it was read as Windows-1252. "
    "Check that letters such as é and ë look right.": (
        "Het bestand is niet opgeslagen als UTF-8 en is daarom gelezen als Windows-1252. "
        "Controleer of letters als é en ë goed worden getoond."
    ),
    'Some characters in the file could not be read; they were replaced by "�".': (
        'Sommige tekens in het bestand konden niet worden gelezen. Ze zijn vervangen door "�".'
    ),
    'The CSV file cannot be read near row {row}. Check that every quote character (") is closed.': (
        "Het CSV-bestand kan niet worden gelezen rond rij {row}. "
        'Controleer of elk aanhalingsteken (") ook weer wordt gesloten.'
    ),
    'A quote character (") in row {row} is not closed, so the rest of the file '
    "was read as one cell. Correct the file and try again.": (
        'Een aanhalingsteken (") in rij {row} wordt niet gesloten. Daardoor is de rest van het '
        "bestand als één cel gelezen. Verbeter het bestand en probeer het opnieuw."
    ),
    # Excel workbooks
    'sheet "{sheet}"': 'werkblad "{sheet}"',
    'Sheet "{sheet}" is hidden in Excel and was skipped.': (
        'Werkblad "{sheet}" is verborgen in Excel en is overgeslagen.'
    ),
    "The sheet contains formulas ({count} cells); the values last calculated by Excel were used.": (
        "Het werkblad bevat formules ({count} cellen). "
        "De waarden die Excel het laatst heeft berekend, zijn gebruikt."
    ),
    'Row {row}, column "{column}": a formula without a computed value. '
    "Open the file in Excel, save it, and try again.": (
        'Rij {row}, kolom "{column}": een formule zonder berekende waarde. '
        "Open het bestand in Excel, sla het op en probeer het opnieuw."
    ),
    'Row {row}, column "{column}": the cell shows the error {error}. '
    "Correct it in Excel and try again.": (
        'Rij {row}, kolom "{column}": de cel toont de fout {error}. '
        "Verbeter dit in Excel en probeer het opnieuw."
    ),
    'Rows {first}–{last} of column "{column}" were merged; '
    'the value "{value}" was used for each row.': (
        'Rij {first} t/m {last} van kolom "{column}" waren samengevoegd. '
        'De waarde "{value}" is voor elke rij gebruikt.'
    ),
    'Cells {cells} were merged; the value "{value}" was used for each cell.': (
        'Cellen {cells} waren samengevoegd. De waarde "{value}" is voor elke cel gebruikt.'
    ),
    "Row {row} is hidden in Excel but contains data; it was read anyway.": (
        "Rij {row} is verborgen in Excel, maar bevat gegevens. De rij is toch gelezen."
    ),
    "Rows {rows} are hidden in Excel but contain data; they were read anyway.": (
        "Rijen {rows} zijn verborgen in Excel, maar bevatten gegevens. Ze zijn toch gelezen."
    ),
    'Column "{column}" is hidden in Excel but contains data; it was read anyway.': (
        'Kolom "{column}" is verborgen in Excel, maar bevat gegevens. De kolom is toch gelezen.'
    ),
}
