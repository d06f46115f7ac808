"""Reading files from outside: staff lists (``importing.roster``) and answers
(``importing.responses``: the template, Microsoft and Google Forms, kiosk rescue files).

Both read a file into a plan first (what would be stored, with every problem named), so
the app and the command line can show it before anything changes in the project.
"""
