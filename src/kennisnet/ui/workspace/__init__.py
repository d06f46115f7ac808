"""The HR workspace: start screen, new-project wizard, roster, questionnaire, responses.

``launch.launch_workspace`` opens the main window (``window.MainWindow``). Each
page lives in its own module; long work (imports, merges) runs through
``kennisnet.ui.tasks.run_task`` while a progress dialog keeps the window responsive.
"""
