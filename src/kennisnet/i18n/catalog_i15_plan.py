"""Dutch texts of the learning plan (core, CLI, workbook sheets, indicators)."""

NL: dict[str, str] = {
    # -- forms, findings, statuses
    "Job shadowing": "Meelopen",
    "Mentoring and coaching": "Mentoring en coaching",
    "Project participation": "Meedoen in een project",
    "Peer learning": "Collegiaal leren",
    "Stretch assignment": "Uitdagende opdracht",
    "Reflection and feedback": "Reflectie en feedback",
    "Onboarding buddy": "Inwerkbuddy",
    "Gatekeeper or only source": "Poortwachter of enige bron",
    "New employee": "Nieuwe collega",
    "High-risk work": "Werk met hoge risico's",
    "HR's own action": "Eigen actie van HR",
    "Proposed": "Voorgesteld",
    "Accepted": "Aangenomen",
    "Rejected": "Afgewezen",
    # -- names in sentences
    "1 other": "1 ander",
    "{count} others": "{count} anderen",
    "{first} and {last}": "{first} en {last}",
    "(no description yet)": "(nog geen omschrijving)",
    "(removed person)": "(verwijderde persoon)",
    # -- proposal sentences
    "{count} colleague learns from {person}, who has had no formal training for this work. "
    "Train {person} formally first, so that what others pick up from this key knowledge "
    "holder rests on a sound base.": "{count} collega leert van {person}, die voor dit werk "
    "geen formele training heeft gehad. Train {person} eerst formeel, zodat wat anderen van "
    "deze sleutelpersoon overnemen op een goede basis rust.",
    "{count} colleagues learn from {person}, who has had no formal training for this work. "
    "Train {person} formally first, so that what others pick up from this key knowledge "
    "holder rests on a sound base.": "{count} collega's leren van {person}, die voor dit werk "
    "geen formele training heeft gehad. Train {person} eerst formeel, zodat wat anderen van "
    "deze sleutelpersoon overnemen op een goede basis rust.",
    "{learners} learns high-risk work from {person}, who has no formal training on record. "
    "Give {person} formal instruction first; until then, let {learners} learn this work from "
    "a trained colleague.": "{learners} leert werk met hoge risico's van {person}, van wie geen "
    "formele training bekend is. Geef {person} eerst formele instructie; laat {learners} dit "
    "werk tot die tijd leren van een getrainde collega.",
    "{learners} learn high-risk work from {person}, who has no formal training on record. "
    "Give {person} formal instruction first; until then, let {learners} learn this work from "
    "a trained colleague.": "{learners} leren werk met hoge risico's van {person}, van wie geen "
    "formele training bekend is. Geef {person} eerst formele instructie; laat {learners} dit "
    "werk tot die tijd leren van een getrainde collega.",
    "Work as {what} is high-risk. {people} has no formal training on record: give formal "
    "instruction before this work is learned on the job, whatever the network shows.": "Werk "
    "als {what} heeft hoge risico's. Van {people} is geen formele training bekend: geef eerst "
    "formele instructie, voordat dit werk in de praktijk wordt geleerd — wat het netwerk ook "
    "laat zien.",
    "Work as {what} is high-risk. {people} have no formal training on record: give them "
    "formal instruction before they learn this work on the job, whatever the network "
    "shows.": "Werk als {what} heeft hoge risico's. Van {people} is geen formele training "
    "bekend: geef hun eerst formele instructie, voordat ze dit werk in de praktijk leren — wat "
    "het netwerk ook laat zien.",
    "The work in {what} is high-risk. {people} has no formal training on record: give formal "
    "instruction before this work is learned on the job, whatever the network shows.": "Het "
    "werk bij {what} heeft hoge risico's. Van {people} is geen formele training bekend: geef "
    "eerst formele instructie, voordat dit werk in de praktijk wordt geleerd — wat het netwerk "
    "ook laat zien.",
    "The work in {what} is high-risk. {people} have no formal training on record: give them "
    "formal instruction before they learn this work on the job, whatever the network "
    "shows.": "Het werk bij {what} heeft hoge risico's. Van {people} is geen formele training "
    "bekend: geef hun eerst formele instructie, voordat ze dit werk in de praktijk leren — wat "
    "het netwerk ook laat zien.",
    "Cluster {cluster}: {unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps, so they may be copying each other's habits. Start with formal training "
    "for {people}: the training advice names this person because then the most colleagues "
    "reach trained knowledge.": "Groep {cluster}: {unreached} van de {size} mensen bereiken "
    "binnen {steps} stappen geen getrainde collega, dus ze nemen misschien elkaars gewoontes "
    "over. Begin met formele training voor {people}: het trainingsadvies noemt deze persoon, "
    "omdat dan de meeste collega's getrainde kennis bereiken.",
    "Cluster {cluster}: {unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps, so they may be copying each other's habits. Start with formal training "
    "for {people}: the training advice names them because then the most colleagues reach "
    "trained knowledge.": "Groep {cluster}: {unreached} van de {size} mensen bereiken binnen "
    "{steps} stappen geen getrainde collega, dus ze nemen misschien elkaars gewoontes over. "
    "Begin met formele training voor {people}: het trainingsadvies noemt hen, omdat dan de "
    "meeste collega's getrainde kennis bereiken.",
    "Cluster {cluster}: {unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps, so they may be copying each other's habits. Start with formal training "
    "for {people}: this is the colleague the others in the cluster learn from most, so the "
    "right base spreads from there.": "Groep {cluster}: {unreached} van de {size} mensen "
    "bereiken binnen {steps} stappen geen getrainde collega, dus ze nemen misschien elkaars "
    "gewoontes over. Begin met formele training voor {people}: van deze collega leren de "
    "anderen in de groep het meest, dus vandaar verspreidt de goede basis zich.",
    "Cluster {cluster}: {trained} already has more learners than one person can handle well. "
    "Train {people} formally as well, so that the colleagues in this cluster have a second "
    "trained person to learn from.": "Groep {cluster}: {trained} heeft al meer leerders dan één "
    "persoon goed aankan. Train ook {people} formeel, zodat de collega's in deze groep een "
    "tweede getrainde persoon hebben om van te leren.",
    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps): after the formal training of {trained}, let {people} learn on the job "
    "from a trained colleague close by who is not overloaded — job shadowing or mentoring "
    "with {partners}.": "Groep {cluster} ({unreached} van de {size} mensen bereiken binnen "
    "{steps} stappen geen getrainde collega): laat {people} na de formele training van "
    "{trained} in de praktijk leren van een getrainde collega dichtbij die niet overbelast is "
    "— meelopen of mentoring bij {partners}.",
    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps): let {people} learn on the job from a trained colleague close by who is "
    "not overloaded — job shadowing or mentoring with {partners}.": "Groep {cluster} "
    "({unreached} van de {size} mensen bereiken binnen {steps} stappen geen getrainde "
    "collega): laat {people} in de praktijk leren van een getrainde collega dichtbij die niet "
    "overbelast is — meelopen of mentoring bij {partners}.",
    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps): after the formal training of {partners}, let {people} learn on the job "
    "from them by job shadowing or mentoring; there is no other trained colleague close by "
    "who is not overloaded.": "Groep {cluster} ({unreached} van de {size} mensen bereiken "
    "binnen {steps} stappen geen getrainde collega): laat {people} na de formele training van "
    "{partners} met hen meelopen of door hen begeleiden (mentoring); dichtbij is geen andere "
    "getrainde collega die niet overbelast is.",
    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained colleague within "
    "{steps} steps): let {people} learn on the job only after formal training; there is no "
    "trained colleague close by who is not overloaded to shadow yet.": "Groep {cluster} "
    "({unreached} van de {size} mensen bereiken binnen {steps} stappen geen getrainde "
    "collega): laat {people} pas na formele training in de praktijk leren; er is dichtbij nog "
    "geen getrainde collega die niet overbelast is om mee te lopen.",
    "{person} is new (started {date}). Onboarding buddy: {partners} — trained, not "
    "overloaded and in the same team.": "{person} is nieuw (in dienst sinds {date}). "
    "Inwerkbuddy: {partners} — getraind, niet overbelast en in hetzelfde team.",
    "{person} is new (started {date}). Onboarding buddy: {partners} — trained, not "
    "overloaded and in the same department.": "{person} is nieuw (in dienst sinds {date}). "
    "Inwerkbuddy: {partners} — getraind, niet overbelast en op dezelfde afdeling.",
    "{person} is new (started {date}). Onboarding buddy: {partners} — trained and not "
    "overloaded, but from elsewhere: nobody in the newcomer's own team or department is "
    "trained and available.": "{person} is nieuw (in dienst sinds {date}). Inwerkbuddy: "
    "{partners} — getraind en niet overbelast, maar van elders: in het eigen team en op de "
    "eigen afdeling is niemand getraind en beschikbaar.",
    "{partners} is new (started {date}), but no trained colleague who is not overloaded is "
    "free to be an onboarding buddy. Train a buddy first — for example {people} — and then "
    "pair them with {partners}.": "{partners} is nieuw (in dienst sinds {date}), maar er is "
    "geen getrainde collega vrij die niet overbelast is om inwerkbuddy te zijn. Train eerst "
    "een buddy — bijvoorbeeld {people} — en koppel die daarna aan {partners}.",
    "{partners} is new (started {date}), but no trained colleague who is not overloaded is "
    "free to be an onboarding buddy. Train a colleague from the team first and then pair "
    "them with {partners}.": "{partners} is nieuw (in dienst sinds {date}), maar er is geen "
    "getrainde collega vrij die niet overbelast is om inwerkbuddy te zijn. Train eerst een "
    "collega uit het team en koppel die daarna aan {partners}.",
    "{person} is the only route to trained knowledge for one colleague. Let {person} mentor "
    "a second colleague — for example {partners} — so that the knowledge no longer hangs on "
    "one person.": "{person} is voor één collega de enige weg naar getrainde kennis. Laat "
    "{person} een tweede collega begeleiden als mentor — bijvoorbeeld {partners} — zodat de "
    "kennis niet meer van één persoon afhangt.",
    "{person} is the only route to trained knowledge for {count} colleagues. Let {person} "
    "mentor a second colleague — for example {partners} — so that the knowledge no longer "
    "hangs on one person.": "{person} is voor {count} collega's de enige weg naar getrainde "
    "kennis. Laat {person} een tweede collega begeleiden als mentor — bijvoorbeeld "
    "{partners} — zodat de kennis niet meer van één persoon afhangt.",
    "{person} is the only route to trained knowledge for one colleague. Let {person} mentor "
    "a second colleague from the team, so that the knowledge no longer hangs on one "
    "person.": "{person} is voor één collega de enige weg naar getrainde kennis. Laat "
    "{person} een tweede collega uit het team begeleiden als mentor, zodat de kennis niet "
    "meer van één persoon afhangt.",
    "{person} is the only route to trained knowledge for {count} colleagues. Let {person} "
    "mentor a second colleague from the team, so that the knowledge no longer hangs on one "
    "person.": "{person} is voor {count} collega's de enige weg naar getrainde kennis. Laat "
    "{person} een tweede collega uit het team begeleiden als mentor, zodat de kennis niet "
    "meer van één persoon afhangt.",
    "{count} colleagues name {person} as their only source. Let {person} mentor a second "
    "colleague — for example {partners} — so that the knowledge no longer hangs on one "
    "person.": "{count} collega's noemen {person} als hun enige bron. Laat {person} een "
    "tweede collega begeleiden als mentor — bijvoorbeeld {partners} — zodat de kennis niet "
    "meer van één persoon afhangt.",
    "{count} colleagues name {person} as their only source. Let {person} mentor a second "
    "colleague from the team, so that the knowledge no longer hangs on one person.": "{count} "
    "collega's noemen {person} als hun enige bron. Laat {person} een tweede collega uit het "
    "team begeleiden als mentor, zodat de kennis niet meer van één persoon afhangt.",
    "{count} colleagues learn from {person} — more than one person can handle well. Share "
    "the load: {partners} are trained, close by and could take on some of these learners. "
    "Bring the learners together in peer learning sessions too, so that they also learn from "
    "each other.": "{count} collega's leren van {person} — meer dan één persoon goed aankan. "
    "Verdeel de last: {partners} zijn getraind, zitten dichtbij en kunnen een deel van deze "
    "leerders overnemen. Breng de leerders ook samen in sessies voor collegiaal leren, zodat "
    "ze ook van elkaar leren.",
    "{count} colleagues learn from {person} — more than one person can handle well. Share "
    "the load: {partners} is trained, close by and could take on some of these learners. "
    "Bring the learners together in peer learning sessions too, so that they also learn from "
    "each other.": "{count} collega's leren van {person} — meer dan één persoon goed aankan. "
    "Verdeel de last: {partners} is getraind, zit dichtbij en kan een deel van deze leerders "
    "overnemen. Breng de leerders ook samen in sessies voor collegiaal leren, zodat ze ook "
    "van elkaar leren.",
    "{count} colleagues learn from {person} — more than one person can handle well. No "
    "trained colleague close by is free yet: after their formal training (step 1), let "
    "{partners} take on some of these learners, and bring the learners together in peer "
    "learning sessions, so that they also learn from each other.": "{count} collega's leren "
    "van {person} — meer dan één persoon goed aankan. Dichtbij is nog geen getrainde collega "
    "vrij: laat {partners} na hun formele training (stap 1) een deel van deze leerders "
    "overnemen, en breng de leerders samen in sessies voor collegiaal leren, zodat ze ook van "
    "elkaar leren.",
    "{count} colleagues learn from {person} — more than one person can handle well. No other "
    "trained colleague close by is free to take on learners, so train one (see the training "
    "advice) and bring the learners together in peer learning sessions, so that they also "
    "learn from each other.": "{count} collega's leren van {person} — meer dan één persoon "
    "goed aankan. Dichtbij is geen andere getrainde collega vrij om leerders over te nemen: "
    "train er een (zie het trainingsadvies) en breng de leerders samen in sessies voor "
    "collegiaal leren, zodat ze ook van elkaar leren.",
    "{person} names nobody to learn from and mostly solves problems by trial and error. Pair "
    "{person} with a trained colleague for peer learning or as a buddy — for example "
    "{partners} — so that {person} does not have to work everything out alone.": "{person} "
    "noemt niemand van wie hij of zij leert en lost problemen vooral op door zelf te proberen. "
    "Koppel {person} aan een getrainde collega om samen te leren of als buddy — bijvoorbeeld "
    "{partners} — zodat {person} niet alles alleen hoeft uit te zoeken.",
    "{person} names nobody to learn from and mostly solves problems by trial and error. Bring "
    "{person} into peer learning with colleagues from the team, so that {person} does not "
    "have to work everything out alone.": "{person} noemt niemand van wie hij of zij leert en "
    "lost problemen vooral op door zelf te proberen. Laat {person} meedoen aan collegiaal "
    "leren met collega's uit het team, zodat {person} niet alles alleen hoeft uit te zoeken.",
    # -- store
    "The number of months cannot be negative.": "Het aantal maanden kan niet negatief zijn.",
    "A buddy takes at least one newcomer.": "Een buddy neemt minstens één nieuwe collega.",
    "Say which role or department is high-risk.": "Zeg welke functie of afdeling hoge "
    "risico's heeft.",
    "Describe the action in a sentence.": "Beschrijf de actie in een zin.",
    '"{text}" is not a date; write it as 2026-11-30.': '"{text}" is geen datum; schrijf '
    "hem als 2026-11-30.",
    # -- command line
    "the learning plan: formal training first, then learning on the job; your decisions": "het "
    "leerplan: eerst formele training, dan leren in de praktijk; je besluiten",
    "N": "N",
    "ACTION": "ACTIE",
    "ACTION=NAME": "ACTIE=NAAM",
    "ACTION=DATE": "ACTIE=DATUM",
    "ACTION=TEXT": "ACTIE=TEKST",
    "ACTION=VALUE": "ACTIE=WAARDE",
    "KIND=VALUE": "SOORT=WAARDE",
    "TEXT": "TEKST",
    "accept an action (its number in the plan, or its key)": "een actie aannemen (het nummer "
    "in het plan, of de sleutel)",
    "reject an action": "een actie afwijzen",
    "mark an action done": "een actie als klaar markeren",
    "forget your decision: the action is proposed again (or your own is removed)": "je besluit "
    "vergeten: de actie is weer een voorstel (of je eigen actie verdwijnt)",
    "who takes care of an action, e.g. --owner 3=Petra": "wie een actie oppakt, bijvoorbeeld "
    "--owner 3=Petra",
    "when an action is planned, e.g. --due 3=2026-12-01": "wanneer een actie gepland is, "
    "bijvoorbeeld --due 3=2026-12-01",
    "your own wording for an action": "je eigen omschrijving van een actie",
    "add your own action (with --form)": "een eigen actie toevoegen (met --form)",
    "the form of learning of your own action": "de leervorm van je eigen actie",
    'mark high-risk work, e.g. --high-risk role=Monteur or --high-risk department="Service & '
    'Onderhoud"': "werk met hoge risico's markeren, bijvoorbeeld --high-risk role=Monteur of "
    '--high-risk department="Service & Onderhoud"',
    "no longer mark this role or department as high-risk work": "deze functie of afdeling niet "
    "meer markeren als werk met hoge risico's",
    "a newcomer started at most this many months before the wave (default 6)": "een nieuwe "
    "collega is hoogstens zoveel maanden voor de meting begonnen (standaard 6)",
    "at most this many newcomers per onboarding buddy (default 2)": "hoogstens zoveel nieuwe "
    "collega's per inwerkbuddy (standaard 2)",
    "--form goes with --add (your own action).": "--form hoort bij --add (je eigen actie).",
    '"{kind}" is not role or department.': '"{kind}" is geen role of department.',
    'Marked as high-risk work: {kind} "{value}".': "Gemarkeerd als werk met hoge risico's: "
    '{kind} "{value}".',
    'No longer high-risk work: {kind} "{value}".': "Niet meer gemarkeerd als werk met hoge "
    'risico\'s: {kind} "{value}".',
    "Plan settings saved.": "Instellingen van het plan bewaard.",
    'The plan has no action "{ref}". Use a number from the list (1 to {count}) or an '
    "action's key.": 'Het plan heeft geen actie "{ref}". Gebruik een nummer uit de lijst (1 '
    "tot en met {count}) of de sleutel van een actie.",
    "Action {key}: {status}.": "Actie {key}: {status}.",
    "Action {key}: changed.": "Actie {key}: gewijzigd.",
    "Action {key}: back to the proposal.": "Actie {key}: weer het voorstel.",
    "Say which form of learning with --form.": "Zeg met --form welke leervorm het is.",
    "Your own action {key} was added.": "Je eigen actie {key} is toegevoegd.",
    "Learning plan — {project} — {wave}": "Leerplan — {project} — {wave}",
    "The analysis finds nothing that needs an action in this wave.": "De analyse vindt in deze "
    "meting niets dat om een actie vraagt.",
    "Step 1 — formal training first": "Stap 1 — eerst formele training",
    "Step 2 — then learning on the job": "Stap 2 — dan leren in de praktijk",
    "status: {status}": "status: {status}",
    "owner: {owner}": "eigenaar: {owner}",
    "planned: {date}": "gepland: {date}",
    "done on {date}": "klaar op {date}",
    "no longer found by the analysis": "niet meer gevonden door de analyse",
    "Onboarding buddies:": "Inwerkbuddy's:",
    "The start date of 1 person could not be read; they are not counted as new.": "De datum "
    "in dienst van 1 persoon is niet te lezen; die telt niet als nieuw.",
    "The start dates of {count} people could not be read; they are not counted as new.": "De "
    "datum in dienst van {count} mensen is niet te lezen; zij tellen niet als nieuw.",
    "Decide with: kennisnet plan {project} --accept 1 --reject 2 --done 3": "Besluit met: "
    "kennisnet plan {project} --accept 1 --reject 2 --done 3",
    # -- indicators and the workbook
    "also show the indicators of success across the waves, and what became of the previous "
    "wave's plan": "toon ook de indicatoren van succes over de metingen, en wat er van het plan "
    "van de vorige meting is geworden",
    "write the indicators' trend chart (.png)": "schrijf de trendgrafiek van de indicatoren (.png)",
    "Reach a trained colleague within 2 steps": "Bereikt binnen 2 stappen een getrainde collega",
    "Newcomers connected to a trained colleague": "Nieuwe collega's verbonden met een getrainde "
    "collega",
    "Ties inside teams per person": "Verbindingen binnen teams per persoon",
    "Ties across departments": "Verbindingen tussen afdelingen",
    "Possible habit spreaders": "Mogelijke verspreiders van gewoontes",
    "Learners per overloaded source": "Leerders per overbelaste bron",
    "Indicators across the waves (waves without answers are left out):": "Indicatoren over de "
    "metingen (metingen zonder antwoorden zijn weggelaten):",
    "What became of the plan of {wave}:": "Wat er van het plan van {wave} is geworden:",
    "No action of that plan was accepted or marked done.": "Geen actie van dat plan is "
    "aangenomen of als klaar gemarkeerd.",
    "done": "klaar",
    "accepted, not done yet": "aangenomen, nog niet klaar",
    "{form} for {people} ({done}): trained {tb} → {ta} of {count}; reach trained knowledge "
    "{rb} → {ra} of {count}": "{form} voor {people} ({done}): getraind {tb} → {ta} van "
    "{count}; bereikt getrainde kennis {rb} → {ra} van {count}",
    "Share of the people on the staff list; trained people count as reached.": "Aandeel van "
    "de mensen op de personeelslijst; getrainde mensen tellen als bereikt.",
    "Newcomers": "Nieuwe collega's",
    "Started at most the set number of months before the wave.": "Hoogstens het ingestelde "
    "aantal maanden voor de meting begonnen.",
    "Newcomers who are trained or name a trained colleague as a source.": "Nieuwe collega's "
    "die getraind zijn of een getrainde collega als bron noemen.",
    "Learner-source ties within one team (or department) per person.": "Verbindingen "
    "leerder-bron binnen één team (of afdeling) per persoon.",
    "The learners of the overloaded sources divided by their number.": "De leerders van de "
    "overbelaste bronnen gedeeld door hun aantal.",
    "Plan": "Plan",
    "Indicators": "Indicatoren",
    "Step": "Stap",
    "1 = formal training first; 2 = then learning on the job.": "1 = eerst formele training; "
    "2 = dan leren in de praktijk.",
    "Form of learning": "Leervorm",
    "Finding": "Bevinding",
    "What in the analysis the action answers.": "Waar in de analyse de actie op antwoordt.",
    "For": "Voor",
    "The people the action is for.": "De mensen voor wie de actie is.",
    "With": "Met",
    "The people who help: a trained colleague, a buddy, a mentee.": "De mensen die helpen: "
    "een getrainde collega, een buddy, wie begeleid wordt.",
    "Why": "Waarom",
    "The reason in a plain sentence (or your own wording).": "De reden in een gewone zin (of "
    "je eigen woorden).",
    "Status": "Status",
    "Owner": "Eigenaar",
    "Planned": "Gepland",
    "Done on": "Klaar op",
    "Key": "Sleutel",
    "Stable name of the action, e.g. for kennisnet plan --accept.": "Vaste naam van de actie, "
    "bijvoorbeeld voor kennisnet plan --accept.",
    "Shares (%)": "Aandelen (%)",
    "Counts": "Aantallen",
    "Per person / per source": "Per persoon / per bron",
    "Indicators across the waves": "Indicatoren over de metingen",
}
