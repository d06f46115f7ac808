"""The phone server over real HTTP on loopback: what exists, what is refused, what is stored."""

from __future__ import annotations

import re
import threading
from typing import Any

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.phones.limits import DEFAULT_RATES, Rate, RateLimiter
from kennisnet.phones.session import PhoneSession
from kennisnet.store import Project


def test_only_the_token_opens_the_survey(project: Project, serve: Any, phone_for: Any) -> None:
    session = PhoneSession(project)
    server = serve(session)
    phone = phone_for(server)
    assert phone.page().status == 200
    wrong = session.token[:-2] + ("xx" if not session.token.endswith("xx") else "yy")
    for path in (
        f"/s/{wrong}/",
        f"/s/{wrong}/api/search?q=anne",
        f"/s/{wrong}/static/phone.js",
    ):
        reply = phone.request("GET", path)
        assert reply.status == 403, path
        assert b"Anne" not in reply.body
    reply = phone.request(
        "POST", f"/s/{wrong}/api/submit", b"{}", {"Content-Type": "application/json"}
    )
    assert reply.status == 403
    # A typed address without its last slash still leads to the survey.
    short = phone.request("GET", phone.base.rstrip("/"))
    assert (short.status, short.headers["location"]) == (308, phone.base)
    assert phone.request("GET", f"/s/{wrong}").status == 403
    for path in ("/", "/s/", "/static/phone.js", "/s/api/search?q=an", "/phones.kennisnet"):
        assert phone.request("GET", path).status == 404, path
    # Only the two known static files exist: no listing, no way out of the folder.
    assert phone.request("GET", f"{phone.base}static/").status == 404
    assert phone.request("GET", f"{phone.base}static/page.html").status == 404
    assert phone.request("GET", f"{phone.base}static/..%2fpage.html").status == 404
    assert project.response_count() == 0


def test_every_answer_has_security_headers(project: Project, serve: Any, phone_for: Any) -> None:
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    for reply in (phone.page(), phone.search("an"), phone.request("GET", "/nothing")):
        csp = reply.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["referrer-policy"] == "no-referrer"
        assert reply.headers["cache-control"] == "no-store"
        assert "server" not in reply.headers


def test_the_page_loads_nothing_from_outside(project: Project, serve: Any, phone_for: Any) -> None:
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    texts = [
        phone.page("nl").body.decode(),
        phone.page("en").body.decode(),
        phone.request("GET", f"{phone.base}static/phone.css").body.decode(),
        phone.request("GET", f"{phone.base}static/phone.js").body.decode(),
    ]
    for text in texts:
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", text)
        assert "@import" not in text and "url(" not in text
        assert "fonts.googleapis" not in text and "cdn" not in text.lower()
    for page in texts[:2]:
        ids = re.findall(r'\bid="([^"]+)"', page)
        assert len(ids) == len(set(ids)), "an id used twice"
        labelled = set(re.findall(r'<label for="([^"]+)"', page))
        inputs = set(re.findall(r'<input[^>]*\bid="([^"]+)"', page))
        assert inputs <= labelled, inputs - labelled  # every field has a label
    assert '<html lang="nl">' in texts[0] and "Ik doe mee" in texts[0]
    assert '<html lang="en">' in texts[1] and "I take part" in texts[1]


def test_search_sends_at_most_ten_matches_for_two_letters(
    project: Project, serve: Any, phone_for: Any
) -> None:
    for i in range(25):
        project.add_person(name=f"Anton Test{i:02d}", department="Groot")
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    assert phone.search("a").json() == {"people": []}
    assert phone.search("").json() == {"people": []}
    found = phone.search("an").json()["people"]
    assert len(found) == 10
    for person in found:
        assert set(person) == {"ref", "name", "department"}
    names = [p["name"] for p in phone.search("de vries").json()["people"]]
    assert names == ["Anne de Vries"]
    # The employee number is never searchable from a phone.
    assert phone.search("E1").json() == {"people": []}


def test_search_is_rate_limited(project: Project, serve: Any, phone_for: Any) -> None:
    frozen = RateLimiter(clock=lambda: 100.0)  # no refill: exactly the burst is allowed
    server = serve(PhoneSession(project, limiter=frozen))
    phone = phone_for(server)
    burst = int(frozen.rates["search"].burst)
    statuses = [phone.search("an").status for _ in range(burst + 3)]
    assert statuses == [200] * burst + [429] * 3


def test_an_answer_is_stored_once_even_when_sent_again(
    project: Project, serve: Any, phone_for: Any, refs: dict[str, str], make_answer: Any
) -> None:
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    data = make_answer(
        refs["Bram Jansen"],
        lang="nl",
        sources=[
            {"ref": refs["Anne de Vries"], "name": "x", "frequency": "daily", "topic": "pompen"},
            {"ref": None, "name": "Kees van Buiten", "frequency": "monthly", "topic": ""},
        ],
        more=True,
        channels=["manager", "other"],
        channel_other="de buurman",
        training="yes",
        training_which="VCA",
        training_when="2024",
    )
    first = phone.post("submit", data)
    assert (first.status, first.json()) == (200, {"status": "saved"})
    again = phone.post("submit", data)  # the phone never heard the first reply
    assert (again.status, again.json()) == (200, {"status": "saved"})
    assert project.response_count() == 1
    (stored,) = project.snapshot().responses
    people = {p.id: p.name for p in project.people()}
    assert people[stored.respondent_id] == "Bram Jansen"
    assert stored.uuid == data["id"]
    assert [(people[n.source_id], n.frequency, n.topic) for n in stored.nominations] == [
        ("Anne de Vries", Frequency.DAILY, "pompen")
    ]
    assert [p.written for p in project.pending_names()] == ["Kees van Buiten"]
    assert stored.more_sources is True
    assert stored.channels == (Channel.MANAGER, Channel.OTHER)
    assert stored.channel_other == "de buurman"
    assert stored.training is TrainingAnswer.YES
    assert (stored.training_which, stored.training_when) == ("VCA", "2024")
    assert stored.language == "nl"
    origin = project.query("SELECT origin FROM responses")[0]["origin"]
    assert origin == "phone"


def test_a_second_answer_of_the_same_person_is_refused(
    project: Project, serve: Any, phone_for: Any, refs: dict[str, str], make_answer: Any
) -> None:
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    assert phone.post("submit", make_answer(refs["Eva Mulder"])).json() == {"status": "saved"}
    second = phone.post("submit", make_answer(refs["Eva Mulder"], training="yes"))
    assert second.json() == {"status": "already_answered"}
    (stored,) = project.snapshot().responses
    assert stored.training is TrainingAnswer.NO


def test_writes_need_the_page_token_json_and_the_same_origin(
    project: Project, serve: Any, phone_for: Any, refs: dict[str, str], make_answer: Any
) -> None:
    server = serve(PhoneSession(project))
    phone = phone_for(server)
    data = make_answer(refs["Anne de Vries"])
    assert phone.post("submit", data, {"X-Kennisnet-CSRF": "forged"}).status == 400
    assert phone.post("submit", data, {"Content-Type": "text/plain"}).status == 400
    assert phone.post("submit", data, {"Origin": "http://evil.example"}).status == 400
    own = f"http://{phone.host}:{phone.port}"
    assert phone.post("submit", data, {"Origin": own}).json() == {"status": "saved"}


def test_broken_and_oversized_submissions_store_nothing(
    project: Project, serve: Any, phone_for: Any, refs: dict[str, str], make_answer: Any
) -> None:
    rates = dict(DEFAULT_RATES, submit=Rate(burst=100, per_second=1))
    server = serve(PhoneSession(project, limiter=RateLimiter(rates)))
    phone = phone_for(server)
    me = refs["Chantal Smit"]
    broken = [
        make_answer(me, id="not-a-uuid"),
        make_answer(me, consent=False),
        make_answer(me, lang="de"),
        make_answer("no-such-person"),
        make_answer(me, channels=["colleague", "manager", "internet", "ai"]),
        make_answer(me, channels=["colleague", "colleague"]),
        make_answer(me, channels=["teleport"]),
        make_answer(me, training="maybe"),
        make_answer(me, sources=[{"ref": "nobody", "frequency": "daily"}]),
        make_answer(me, sources=[{"ref": refs["Bram Jansen"], "frequency": "hourly"}]),
        make_answer(me, training="yes", training_which="x" * 5000),
    ]
    for data in broken:
        assert phone.post("submit", data).status == 400, data
    big = make_answer(me, training="yes", training_which="x" * 70_000)
    assert phone.post("submit", big).status == 413
    raw = phone.request(
        "POST",
        f"{phone.base}api/submit",
        b"{not json",
        {"Content-Type": "application/json", "X-Kennisnet-CSRF": phone.csrf},
    )
    assert raw.status == 400
    assert project.response_count() == 0


def test_kiosk_and_phones_save_into_one_project_at_the_same_time(
    project: Project, serve: Any, phone_for: Any, make_answer: Any
) -> None:
    from kennisnet.session.kiosk_saving import Answers, ResponseSaver

    for i in range(40):
        project.add_person(name=f"Kiosk Person{i:02d}", department="K")
        project.add_person(name=f"Phone Person{i:02d}", department="P")
    people = project.people()
    kiosk_people = [p for p in people if p.name.startswith("Kiosk")]
    phone_people = [p for p in people if p.name.startswith("Phone")]
    server = serve(PhoneSession(project))
    saver = ResponseSaver(project)
    results: dict[str, list[Any]] = {"kiosk": [], "phone": []}

    def kiosk() -> None:
        for person in kiosk_people:
            draft = Answers(respondent=person, channels=[Channel.COLLEAGUE]).draft(language="nl")
            results["kiosk"].append(saver.save(draft, name=person.name))

    def phones(source: str, share: list[Any]) -> None:
        phone = phone_for(server, source)
        for person in share:
            results["phone"].append(phone.post("submit", make_answer(person.uid)).json())

    threads = [threading.Thread(target=kiosk)] + [
        threading.Thread(target=phones, args=(f"127.0.0.{2 + i}", phone_people[i::4]))
        for i in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["kiosk"] == [True] * 40
    assert results["phone"] == [{"status": "saved"}] * 40
    assert saver.pending == []
    assert project.response_count() == 80
    origins = project.query("SELECT origin, count(*) AS n FROM responses GROUP BY origin")
    assert {r["origin"]: r["n"] for r in origins} == {"kiosk": 40, "phone": 40}


def test_answers_arriving_together_are_committed_together_each_on_its_own(
    project: Project, make_answer: Any
) -> None:
    from kennisnet.phones.session import Invalid

    for i in range(30):
        project.add_person(name=f"Crowd Person{i:02d}", department="C")
    crowd = [p for p in project.people() if p.name.startswith("Crowd")]
    session = PhoneSession(project)
    twice = make_answer(crowd[0].uid)
    submissions = [make_answer(p.uid) for p in crowd[1:]] + [
        twice,
        dict(twice),  # the same answer sent again at the same moment
        make_answer(crowd[1].uid),  # a second, different answer of someone in the crowd
        make_answer("nobody"),  # broken: refused without touching the others
    ]
    results: list[str] = []
    gate = threading.Barrier(len(submissions))

    def send(data: dict[str, Any]) -> None:
        gate.wait()
        try:
            results.append(session.submit(data).status)
        except Invalid:
            results.append("invalid")

    threads = [threading.Thread(target=send, args=(d,)) for d in submissions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == sorted(["saved"] * 31 + ["already_answered", "invalid"])
    assert project.response_count() == 30
    assert session.counters.saved == 30
    assert session.counters.repeated == 1
    stored = {r.respondent_id for r in project.snapshot().responses}
    assert stored == {p.id for p in crowd}
