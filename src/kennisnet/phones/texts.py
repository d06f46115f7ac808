"""The words on the phone page: the questionnaire as HR configured it, plus the page's own.

The page's own words are marked here (Dutch in the catalog), so that the translation
test sees them; the template and the script only show what they are given.
"""

from __future__ import annotations

from collections.abc import Mapping

from kennisnet.i18n import N_, tr
from kennisnet.model import Frequency, TrainingAnswer
from kennisnet.questionnaire import FREQUENCY_LABELS, TRAINING_LABELS, Questionnaire

PAGE_TEXTS: Mapping[str, str] = {
    "page_title": N_("Survey: learning from each other"),
    "next": N_("Next"),
    "back": N_("Back"),
    "send": N_("Send my answers"),
    "sending": N_("Sending your answers…"),
    "step_of": N_("Step {step} of {steps}"),
    "search_label": N_("Type at least 2 letters of a name"),
    "search_none": N_("No one found. Check the spelling or type less."),
    "search_count_one": N_("1 person found."),
    "search_count_many": N_("{count} people found."),
    "search_wait": N_("Too many searches at once. Wait a moment and type again."),
    "you_are": N_("You are:"),
    "change": N_("Choose someone else"),
    "pick_yourself": N_("Choose your name from the list first."),
    "code_title": N_("Your personal code"),
    "code_help": N_("Type the code on your card (for example ABCDE-FGH23)."),
    "code_label": N_("Personal code"),
    "code_check": N_("Check my code"),
    "code_ok": N_("This code belongs to {name}."),
    "code_unknown": N_("This code is not known. Check the letters and numbers on your card."),
    "code_used": N_("This code has already been used. Ask the HR adviser for help."),
    "code_first": N_("Check your code first."),
    "chosen_sources": N_("The people you chose"),
    "no_sources": N_("You have not chosen anyone yet."),
    "how_often": N_("How often do you learn from {name}?"),
    "remove": N_("Remove {name}"),
    "add_written": N_("Add"),
    "written_label": N_("Name of someone who is not on the list"),
    "soft_cap": N_("That is a lot of people. Only add more if they really matter."),
    "channels_full": N_("You have chosen as many as you can. Untick one to choose another."),
    "rank": N_("number {rank}"),
    "channel_other_label": N_("What else?"),
    "declined_title": N_("You do not take part"),
    "declined_body": N_("Nothing has been stored. Thank you for your time."),
    "start_again": N_("Back to the start"),
    "already_title": N_("You have already filled in the survey"),
    "already_body": N_(
        "Your earlier answers are saved. Do you want to change them? Ask the HR adviser."
    ),
    "failed_title": N_("Not sent yet"),
    "failed_body": N_(
        "Your answers are kept on this phone. Check that you are still on the right Wi-Fi "
        "network and try again."
    ),
    "try_again": N_("Try again"),
    "retrying": N_("Trying again…"),
    "denied_title": N_("This survey address is not valid"),
    "denied_body": N_(
        "The survey may have stopped, or the address is not complete. Scan the QR code on "
        "the poster again."
    ),
}


def page_texts(questionnaire: Questionnaire, lang: str) -> dict[str, object]:
    """Every text the phone page shows, in one language."""
    out: dict[str, object] = {key: tr(text, lang=lang) for key, text in PAGE_TEXTS.items()}
    # The other language, named in itself.
    out["language_switch"] = "English" if lang == "nl" else "Nederlands"
    for key in (
        "consent_title",
        "consent_body",
        "consent_yes",
        "consent_no",
        "who_title",
        "who_help",
        "sources_title",
        "sources_help",
        "sources_more",
        "sources_not_on_list",
        "sources_topic",
        "channels_title",
        "channels_help",
        "training_title",
        "training_which",
        "training_when",
        "thanks_title",
    ):
        out[key] = questionnaire.text(key, lang)
    out["thanks_body"] = tr(
        "Your answers have been saved on the HR laptop. You can close this page.", lang=lang
    )
    out["frequencies"] = [[f.value, tr(FREQUENCY_LABELS[f], lang=lang)] for f in Frequency]
    out["training_answers"] = [[t.value, tr(TRAINING_LABELS[t], lang=lang)] for t in TrainingAnswer]
    out["channels"] = [
        [c.value, questionnaire.channel_label(c, lang)] for c in questionnaire.channels
    ]
    out["max_channels"] = questionnaire.max_channels
    out["soft_cap_count"] = questionnaire.soft_cap
    return out
