<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>What will be done</source>
        <translation>Hvad skal der gøres</translation>
    </message>
    <message>
        <source>The action, in a few words</source>
        <translation>Handlingen med få ord</translation>
    </message>
    <message>
        <source>Why: the problem or statement it answers</source>
        <translation>Hvorfor: det problem eller udsagn, den svarer på</translation>
    </message>
    <message>
        <source>Linked problem</source>
        <translation>Tilknyttet problem</translation>
    </message>
    <message>
        <source>(prioritise these)</source>
        <translation>(prioritér disse)</translation>
    </message>
    <message>
        <source>Prevention level</source>
        <translation>Forebyggelsesniveau</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>Owner: who is responsible</source>
        <translation>Ansvarlig: hvem står for det</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Proactive leading indicator</source>
        <translation>Proaktivt mål</translation>
    </message>
    <message>
        <source>How the action will be evaluated</source>
        <translation>Hvordan handlingen skal evalueres</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Evalueringsmetode</translation>
    </message>
    <message>
        <source>No linked problem</source>
        <translation>Intet tilknyttet problem</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Ikke evalueret endnu</translation>
    </message>
    <message>
        <source>Yes, it happened</source>
        <translation>Ja, den blev gennemført</translation>
    </message>
    <message>
        <source>No, it did not happen</source>
        <translation>Nej, den blev ikke gennemført</translation>
    </message>
    <message>
        <source>Danish (dansk)</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk (English)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Trin %1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Cycle being evaluated</source>
        <translation>Cyklus, der evalueres</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Happened?</source>
        <translation>Gennemført?</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Actions of the cycle</source>
        <translation>Cyklussens handlinger</translation>
    </message>
    <message>
        <source>Did the action happen?</source>
        <translation>Blev handlingen gennemført?</translation>
    </message>
    <message>
        <source>What effect was seen</source>
        <translation>Hvilken effekt sås</translation>
    </message>
    <message>
        <source>e.g. 9 of 10 meetings had wellbeing on the agenda</source>
        <translation>fx havde 9 ud af 10 møder trivsel på dagsordenen</translation>
    </message>
    <message>
        <source>Did it happen?</source>
        <translation>Blev den gennemført?</translation>
    </message>
    <message>
        <source>Effect seen</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cyklus</translation>
    </message>
    <message>
        <source>from cycle {c} (no. {n})</source>
        <translation>overført fra cyklus {c} (nr. {n})</translation>
    </message>
    <message>
        <source>Carried forward from cycle {c}, where it was action no. {n}</source>
        <translation>Overført fra cyklus {c}, hvor den var handling nr. {n}</translation>
    </message>
    <message>
        <source>carried to cycle {c} (no. {n})</source>
        <translation>overført til cyklus {c} (nr. {n})</translation>
    </message>
    <message>
        <source>Not finished in cycle {c}: carried forward to cycle {next} as action no. {n}</source>
        <translation>Ikke færdig i cyklus {c}: overført til cyklus {next} som handling nr. {n}</translation>
    </message>
    <message>
        <source>Show the actions of which cycle</source>
        <translation>Vis handlingerne fra hvilken cyklus</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>C&amp;yklus</translation>
    </message>
    <message>
        <source>Cycle {n}</source>
        <translation>Cyklus {n}</translation>
    </message>
    <message>
        <source>Cycle {n} (current)</source>
        <translation>Cyklus {n} (nuværende)</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Alle cykler</translation>
    </message>
    <message>
        <source>Carry unfinished actions forward to cycle {n}</source>
        <translation>Overfør ufærdige handlinger til cyklus {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n planned or in progress, not yet carried: they become planned actions of the next cycle.</source>
        <translation>
            <numerusform>%n er planlagt eller i gang og ikke overført endnu: den bliver en planlagt handling i næste cyklus.</numerusform>
            <numerusform>%n er planlagt eller i gang og ikke overført endnu: de bliver planlagte handlinger i næste cyklus.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no proactive leading indicator chosen in the plan)</source>
        <translation>(intet proaktivt mål valgt i planen)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried forward to cycle {c}: see them in steps 3 and 4.</source>
        <translation>
            <numerusform>%n handling er overført til cyklus {c}: se den i trin 3 og 4.</numerusform>
            <numerusform>%n handlinger er overført til cyklus {c}: se dem i trin 3 og 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to carry forward from this cycle.</source>
        <translation>Der er intet at overføre fra denne cyklus.</translation>
    </message>
    <message>
        <source>Measured values of the proactive leading indicator</source>
        <translation>Målte værdier for det proaktive mål</translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation>Målte værdier</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(ikke beskrevet endnu)</translation>
    </message>
    <message>
        <source>No action chosen</source>
        <translation>Ingen handling valgt</translation>
    </message>
    <message>
        <source>Name of the follow-up round</source>
        <translation>Navn på opfølgningsrunden</translation>
    </message>
    <message>
        <source>Start follow-up round</source>
        <translation>Start opfølgningsrunde</translation>
    </message>
    <message>
        <source>Collect answers for the latest round</source>
        <translation>Indsaml svar til den seneste runde</translation>
    </message>
    <message>
        <source>Delete the latest round (only one without answers)</source>
        <translation>Slet den seneste runde (kun en runde uden svar)</translation>
    </message>
    <message>
        <source>Message about the follow-up round</source>
        <translation>Besked om opfølgningsrunden</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Comparison of the rounds</source>
        <translation>Sammenligning af runderne</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Baseline and follow-up side by side</source>
        <translation>Nulpunktsmåling og opfølgning side om side</translation>
    </message>
    <message numerus="yes">
        <source>… %n more round(s) …</source>
        <translation>
            <numerusform>… %n runde mere …</numerusform>
            <numerusform>… %n runder mere …</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (baseline): the average</source>
        <translation>{name} (nulpunktsmåling): gennemsnittet</translation>
    </message>
    <message>
        <source>{name}: the average; in brackets, the change since {baseline}</source>
        <translation>{name}: gennemsnittet; i parentes ændringen siden {baseline}</translation>
    </message>
    <message>
        <source>“{name}” is not shown yet: showing it now would let someone work out the latest answers by comparing it with figures already shown.</source>
        <translation>“{name}” vises ikke endnu: hvis den blev vist nu, kunne man regne de seneste svar ud ved at sammenligne med tal, der allerede er vist.</translation>
    </message>
    <message numerus="yes">
        <source>fewer than the minimum group size of %n;</source>
        <translation>
            <numerusform>færre end mindste gruppestørrelse på %n;</numerusform>
            <numerusform>færre end mindste gruppestørrelse på %n;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed.</source>
        <translation>
            <numerusform>der mangler %n mere.</numerusform>
            <numerusform>der mangler %n mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start follow-up round</source>
        <translation>&amp;Start opfølgningsrunde</translation>
    </message>
    <message>
        <source>&amp;Collect answers (participant entry)</source>
        <translation>&amp;Indsaml svar (deltagerne svarer)</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>S&amp;let runde…</translation>
    </message>
    <message>
        <source>&amp;New follow-up round</source>
        <translation>&amp;Ny opfølgningsrunde</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({kind}, %n answer(s))</source>
        <translation>
            <numerusform>{name} ({kind}, %n svar)</numerusform>
            <numerusform>{name} ({kind}, %n svar)</numerusform>
        </translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nulpunktsmåling</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <source>No rounds yet: the baseline is collected in step 2.</source>
        <translation>Ingen runder endnu: nulpunktsmålingen indsamles i trin 2.</translation>
    </message>
    <message>
        <source>Each follow-up round shows its average and, in brackets, the change since “{name}”, worked out from the averages before rounding.</source>
        <translation>Hver opfølgningsrunde viser sit gennemsnit og i parentes ændringen siden “{name}”, regnet af gennemsnittene før afrunding.</translation>
    </message>
    <message>
        <source>All statements (overall average)</source>
        <translation>Alle udsagn (samlet gennemsnit)</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the baseline and the latest %n follow-up round(s).</source>
        <translation>
            <numerusform>Tabellen viser nulpunktsmålingen og den seneste opfølgningsrunde.</numerusform>
            <numerusform>Tabellen viser nulpunktsmålingen og de seneste %n opfølgningsrunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Collect answers for “{name}” (F5)</source>
        <translation>&amp;Indsaml svar til “{name}” (F5)</translation>
    </message>
    <message>
        <source>&amp;Delete “{name}”…</source>
        <translation>S&amp;let “{name}”…</translation>
    </message>
    <message>
        <source>Collect answers for the round “{name}” (F5)</source>
        <translation>Indsaml svar til runden “{name}” (F5)</translation>
    </message>
    <message numerus="yes">
        <source>It waits for %n more answer(s).</source>
        <translation>
            <numerusform>Den venter på %n svar mere.</numerusform>
            <numerusform>Den venter på %n svar mere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is not shown: %n answer(s),</source>
        <translation>
            <numerusform>“{name}” vises ikke: %n svar,</numerusform>
            <numerusform>“{name}” vises ikke: %n svar,</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison needs a follow-up round with enough answers.</source>
        <translation>Sammenligningen kræver en opfølgningsrunde med nok svar.</translation>
    </message>
    <message>
        <source>Delete the round “{name}”, which nobody has answered</source>
        <translation>Slet runden “{name}”, som ingen har svaret i</translation>
    </message>
    <message>
        <source>Collect the baseline in step 2 first.</source>
        <translation>Indsaml først nulpunktsmålingen i trin 2.</translation>
    </message>
    <message>
        <source>Give the follow-up round a name.</source>
        <translation>Giv opfølgningsrunden et navn.</translation>
    </message>
    <message>
        <source>A round named “{name}” already exists; choose another name.</source>
        <translation>Der findes allerede en runde med navnet “{name}”; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Round “{name}” started with the same ten statements and groups as “{previous}”.</source>
        <translation>Runden “{name}” er startet med de samme ti udsagn og grupper som “{previous}”.</translation>
    </message>
    <message>
        <source>Press Enter or F5 to collect its answers.</source>
        <translation>Tryk Enter eller F5 for at indsamle dens svar.</translation>
    </message>
    <message>
        <source>Round “{name}” deleted.</source>
        <translation>Runden “{name}” er slettet.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>1 – very hard</source>
        <translation>1 – meget svær</translation>
    </message>
    <message>
        <source>5 – very easy</source>
        <translation>5 – meget let</translation>
    </message>
    <message>
        <source>1 – small</source>
        <translation>1 – lille</translation>
    </message>
    <message>
        <source>5 – very large</source>
        <translation>5 – meget stor</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kort sigt</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Mellemlangt sigt</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Langt sigt</translation>
    </message>
    <message>
        <source>Results of the assessment</source>
        <translation>Vurderingens resultater</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Samlet vurdering</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Statements, lowest average first</source>
        <translation>Udsagn, laveste gennemsnit først</translation>
    </message>
    <message>
        <source>Standard deviation of the answers 1-5: large values mean people see it differently</source>
        <translation>Standardafvigelsen for svarene 1-5: store værdier betyder, at folk ser forskelligt på det</translation>
    </message>
    <message>
        <source>Hazards ticked in step 2</source>
        <translation>Farer, der blev markeret i trin 2</translation>
    </message>
    <message>
        <source>Healthy and unhealthy working conditions (prompts)</source>
        <translation>Sunde og usunde arbejdsforhold (inspiration)</translation>
    </message>
    <message>
        <source>Show the healthy and unhealthy working conditions</source>
        <translation>Vis de sunde og usunde arbejdsforhold</translation>
    </message>
    <message>
        <source>Healthy and unhealthy working conditions</source>
        <translation>Sunde og usunde arbejdsforhold</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sundt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Usundt</translation>
    </message>
    <message numerus="yes">
        <source>No round has enough answers to be shown yet (at least %n are needed).</source>
        <translation>
            <numerusform>Ingen runde har endnu svar nok til at blive vist (der skal mindst %n til).</numerusform>
            <numerusform>Ingen runde har endnu svar nok til at blive vist (der skal mindst %n til).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round “{round}”, %n answer(s). Lowest average first.</source>
        <translation>
            <numerusform>Runde “{round}”, %n svar. Laveste gennemsnit først.</numerusform>
            <numerusform>Runde “{round}”, %n svar. Laveste gennemsnit først.</numerusform>
        </translation>
    </message>
    <message>
        <source>(high)</source>
        <translation>(høj)</translation>
    </message>
    <message>
        <source>No hazards were ticked.</source>
        <translation>Der blev ikke markeret nogen farer.</translation>
    </message>
    <message>
        <source>“{part}” is not a statement number (1-10).</source>
        <translation>“{part}” er ikke et udsagnsnummer (1-10).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Problem or opportunity</source>
        <translation>Problem eller mulighed</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Solution?</source>
        <translation>Løsning?</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Problems and opportunities, in priority order</source>
        <translation>Problemer og muligheder i prioriteret rækkefølge</translation>
    </message>
    <message>
        <source>Ease + cost of ignoring (each 1-5), as the ranking adds them</source>
        <translation>Lethed + omkostning ved at lade være (hver 1-5), lagt sammen som i prioriteringen</translation>
    </message>
    <message>
        <source>Ranked by: a possible solution first (yes, unknown, no), then ease + cost of ignoring (highest first), then dot votes. Alt+Up / Alt+Down places a problem by hand.</source>
        <translation>Prioriteret efter: først om der findes en mulig løsning (ja, ved ikke, nej), så lethed + omkostning ved at lade være (højeste først), så prikstemmer. Alt+Op / Alt+Ned flytter et problem manuelt.</translation>
    </message>
    <message>
        <source>New problem (Ctrl+N)</source>
        <translation>Nyt problem (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Rank by scores again</source>
        <translation>Prioritér efter point igen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Problem title</source>
        <translation>Problemets titel</translation>
    </message>
    <message>
        <source>A short name for the problem or opportunity</source>
        <translation>Et kort navn for problemet eller muligheden</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Beskrivelse af problemet</translation>
    </message>
    <message>
        <source>Linked statement numbers</source>
        <translation>Tilknyttede udsagnsnumre</translation>
    </message>
    <message>
        <source>e.g. 5, 8</source>
        <translation>fx 5, 8</translation>
    </message>
    <message>
        <source>Problem with the statement numbers</source>
        <translation>Fejl i udsagnsnumrene</translation>
    </message>
    <message>
        <source>Linked hazards</source>
        <translation>Tilknyttede farer</translation>
    </message>
    <message>
        <source>Is there a possible solution?</source>
        <translation>Findes der en mulig løsning?</translation>
    </message>
    <message>
        <source>How easy is the solution to implement?</source>
        <translation>Hvor let er løsningen at gennemføre?</translation>
    </message>
    <message>
        <source>Cost of ignoring the problem</source>
        <translation>Omkostning ved at lade problemet være</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Prikstemmer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Farer</translation>
    </message>
    <message>
        <source>Problems and opportunities</source>
        <translation>Problemer og muligheder</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(manuelt)</translation>
    </message>
    <message>
        <source>Statements: %1</source>
        <translation>Udsagn: %1</translation>
    </message>
    <message>
        <source>Ease %1 + cost of ignoring %2</source>
        <translation>Lethed %1 + omkostning ved at lade være %2</translation>
    </message>
    <message>
        <source>No hazards were ticked in step 2.</source>
        <translation>Der blev ikke markeret nogen farer i trin 2.</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Slet problem</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its actions stay in the plan, without a linked problem.</source>
        <translation>Slet “{title}”? Problemets handlinger bliver i planen, uden tilknyttet problem.</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Gem den nye workshop som</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Filen findes allerede</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Workshoppen kan ikke oprettes</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2.</source>
        <translation>“%1” kan ikke oprettes: %2.</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Demo-workshop</translation>
    </message>
    <message>
        <source>Workshop files (*.vzw);;All files (*)</source>
        <translation>Workshopfiler (*.vzw);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Gem en kopi</translation>
    </message>
    <message>
        <source>“%1” is the open workshop itself. Choose another name for the copy.</source>
        <translation>“%1” er selve den åbne workshop. Vælg et andet navn til kopien.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with a copy of this workshop?</source>
        <translation>“%1” findes allerede. Vil du erstatte den med en kopi af denne workshop?</translation>
    </message>
    <message>
        <source>The file “%1” does not exist (any more). It may have been moved, renamed or deleted.</source>
        <translation>Filen “%1” findes ikke (længere). Den kan være flyttet, omdøbt eller slettet.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists. It was not overwritten; choose another name.</source>
        <translation>Der findes allerede en fil med navnet “%1”. Den er ikke blevet overskrevet; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes), so it is not a workshop file.</source>
        <translation>Filen “%1” er tom (0 byte), så den er ikke en workshopfil.</translation>
    </message>
    <message>
        <source>“%1” is not a workshop file: %2.</source>
        <translation>“%1” er ikke en workshopfil: %2.</translation>
    </message>
    <message>
        <source>The workshop file “%1” is damaged and cannot be read. %2</source>
        <translation>Workshopfilen “%1” er beskadiget og kan ikke læses. %2</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of vzworkshop (file format %2; this version reads up to %3). Update vzworkshop to open it.</source>
        <translation>“%1” er lavet med en nyere version af vzworkshop (filformat %2; denne version kan læse op til %3). Opdatér vzworkshop for at åbne den.</translation>
    </message>
    <message>
        <source>“%1” is already open, in another vzworkshop window or program. Close it there first, then open it here.</source>
        <translation>“%1” er allerede åben i et andet vzworkshop-vindue eller program. Luk den dér først, og åbn den så her.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed (the file or its folder is read-only). Copy it to a folder where you can save, then open the copy.</source>
        <translation>“%1” kan ikke ændres (filen eller mappen er skrivebeskyttet). Kopiér den til en mappe, hvor du kan gemme, og åbn så kopien.</translation>
    </message>
    <message>
        <source>A change to “%1” could not be saved (%2). What was saved before is intact.</source>
        <translation>En ændring i “%1” kunne ikke gemmes (%2). Det, der blev gemt tidligere, er uændret.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>Workshoppen er allerede åben</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Workshoppen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Upgrade workshop file</source>
        <translation>Opgradér workshopfilen</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of vzworkshop and must be upgraded to open it here. A copy of the file as it is now is kept as “%2”. Upgrade it?</source>
        <translation>“%1” er lavet med en ældre version af vzworkshop og skal opgraderes for at kunne åbnes her. En kopi af filen, som den er nu, gemmes som “%2”. Vil du opgradere den?</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation>“%1” kan ikke åbnes: %2.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Fill in what you know now; everything can be changed later under Workshop &gt; Details. Next you choose where to save the workshop file.</source>
        <translation>Udfyld det, du ved nu; alt kan ændres senere under Workshop &gt; Oplysninger. Bagefter vælger du, hvor workshopfilen skal gemmes.</translation>
    </message>
    <message>
        <source>Continue...</source>
        <translation>Fortsæt…</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Oplysninger om workshoppen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n more answer(s).</source>
        <translation>
            <numerusform>Venter på %n svar mere.</numerusform>
            <numerusform>Venter på %n svar mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} {value}, at {level}</source>
        <translation>{label} {value}, på {level}</translation>
    </message>
    <message>
        <source>{label} {value}, between {low} and {high}</source>
        <translation>{label} {value}, mellem {low} og {high}</translation>
    </message>
    <message>
        <source>Add the team&apos;s members. At least half should be employees from outside management.</source>
        <translation>Tilføj gruppens medlemmer. Mindst halvdelen bør være medarbejdere uden for ledelsen.</translation>
    </message>
    <message>
        <source>At least half of the team are employees from outside management (%1 of %2).</source>
        <translation>Mindst halvdelen af gruppen er medarbejdere uden for ledelsen (%1 af %2).</translation>
    </message>
    <message>
        <source>Fewer than half of the team are employees from outside management (%1 of %2); the method asks for at least half.</source>
        <translation>Under halvdelen af gruppen er medarbejdere uden for ledelsen (%1 af %2); metoden lægger op til mindst halvdelen.</translation>
    </message>
    <message>
        <source>A worker representative is on the team.</source>
        <translation>Der er en arbejdsmiljørepræsentant i gruppen.</translation>
    </message>
    <message>
        <source>No worker representative on the team yet; workers&apos; representatives should be consulted and involved.</source>
        <translation>Der er endnu ingen arbejdsmiljørepræsentant i gruppen; medarbejdernes repræsentanter bør høres og inddrages.</translation>
    </message>
    <message>
        <source>Several departments are represented (%1).</source>
        <translation>Flere afdelinger er repræsenteret (%1).</translation>
    </message>
    <message>
        <source>Members from different departments and levels make a stronger team (departments so far: %1).</source>
        <translation>Medlemmer fra forskellige afdelinger og niveauer giver en stærkere gruppe (afdelinger indtil nu: %1).</translation>
    </message>
    <message>
        <source>Gender balance: women %1, men %2, other %3.</source>
        <translation>Kønsfordeling: kvinder %1, mænd %2, andet %3.</translation>
    </message>
    <message>
        <source>The team&apos;s gender balance is uneven (women %1, men %2, other %3); the method asks for attention to gender balance.</source>
        <translation>Gruppens kønsfordeling er skæv (kvinder %1, mænd %2, andet %3); metoden lægger op til opmærksomhed på kønsbalancen.</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <source>Blank &amp;questionnaire</source>
        <translation>Tomt &amp;spørgeskema</translation>
    </message>
    <message>
        <source>&amp;Results handout</source>
        <translation>Res&amp;ultatark</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Tallies (CSV)</source>
        <translation>&amp;Optællinger (CSV)</translation>
    </message>
    <message>
        <source>Workshop &amp;backup (JSON)</source>
        <translation>Workshop-&amp;backup (JSON)</translation>
    </message>
    <message>
        <source>&amp;Shareable workshop (JSON)</source>
        <translation>&amp;Workshop til deling (JSON)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Optællinger</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Til deling</translation>
    </message>
    <message>
        <source>Everything the workshop agreed, step by step, with the results of each round.</source>
        <translation>Alt hvad workshoppen nåede frem til, trin for trin, med resultaterne af hver runde.</translation>
    </message>
    <message>
        <source>The actions: what, who, by when and their status, on landscape pages.</source>
        <translation>Handlingerne: hvad, hvem, hvornår og status, på liggende sider.</translation>
    </message>
    <message>
        <source>The ten statements to answer on paper, with the workshop&apos;s name.</source>
        <translation>De ti udsagn til besvarelse på papir, med workshoppens navn.</translation>
    </message>
    <message>
        <source>One page for the notice board: the group&apos;s average and the top priorities.</source>
        <translation>Én side til opslagstavlen: gruppens gennemsnit og de vigtigste prioriteter.</translation>
    </message>
    <message>
        <source>The programme of the workshop day.</source>
        <translation>Programmet for workshopdagen.</translation>
    </message>
    <message>
        <source>How many gave each answer, per round, group and statement, for a spreadsheet.</source>
        <translation>Hvor mange der gav hvert svar, pr. runde, gruppe og udsagn, til et regneark.</translation>
    </message>
    <message>
        <source>The whole workshop, also groups too small to show: a private backup to keep safe.</source>
        <translation>Hele workshoppen, også grupper der er for små til at blive vist: en privat sikkerhedskopi, som skal opbevares sikkert.</translation>
    </message>
    <message>
        <source>The workshop without small groups&apos; figures or facilitator notes, safe to pass on.</source>
        <translation>Workshoppen uden små gruppers tal og uden facilitatorens noter; kan trygt gives videre.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (any more); choose another folder</source>
        <translation>mappen “%1” findes ikke (længere); vælg en anden mappe</translation>
    </message>
    <message>
        <source>a folder has that name; give a file name</source>
        <translation>en mappe har det navn; angiv et filnavn</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2.</source>
        <translation>“%1” blev ikke gemt: %2.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the folder “%2” cannot be written to (no permission, or it is read-only). Choose another folder.</source>
        <translation>“%1” blev ikke gemt: der kan ikke skrives i mappen “%2” (ingen tilladelse, eller den er skrivebeskyttet). Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: %3.</source>
        <translation>“%1” blev ikke gemt i “%2”: %3.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Gemmer %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 er gemt</translation>
    </message>
    <message>
        <source>“%1”
in the folder %2</source>
        <translation>“%1”
i mappen %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Åbn den eksporterede fil</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Vis den eksporterede fil i dens mappe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Participant entry not possible</source>
        <translation>Deltagerne kan ikke svare</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so the participants&apos; answers could not be saved. Use File &gt; Save a copy as… to make a copy you can work on, and open the copy first.</source>
        <translation>Workshoppen er åbnet skrivebeskyttet, så deltagernes svar ville ikke kunne gemmes. Brug Filer &gt; Gem en kopi som… til at lave en kopi, du kan arbejde i, og åbn kopien først.</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so the change was not saved. Use File &gt; Save a copy as… to work on a copy.</source>
        <translation>Workshoppen er åbnet skrivebeskyttet, så ændringen blev ikke gemt. Brug Filer &gt; Gem en kopi som… for at arbejde videre i en kopi.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Check that the disk or USB stick is still there and has free space, then try again. File &gt; Save a copy as… can keep the workshop somewhere else.</source>
        <translation>Kontrollér, at disken eller USB-nøglen stadig er tilsluttet og har ledig plads, og prøv igen. Med Filer &gt; Gem en kopi som… kan du gemme workshoppen et andet sted.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the folder it is in cannot be written to</source>
        <translation>der kan ikke skrives til mappen, den ligger i</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>den blev åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>der kan ikke skrives til filen</translation>
    </message>
    <message>
        <source>This workshop is open read-only: %1. Changes cannot be saved. Use File &gt; Save a copy as… to work on a copy.</source>
        <translation>Workshoppen er åbnet skrivebeskyttet: %1. Ændringer kan ikke gemmes. Brug Filer &gt; Gem en kopi som… for at arbejde videre i en kopi.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Read-only workshop</source>
        <translation>Skrivebeskyttet workshop</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Gem en kopi…</translation>
    </message>
    <message>
        <source>Save a copy of the workshop to work on</source>
        <translation>Gem en kopi af workshoppen, som du kan arbejde videre i</translation>
    </message>
    <message>
        <source>Answers from paper questionnaires or an online survey can be added to a round. Type the paper answers into a spreadsheet: one row per questionnaire, a header row with the columns q1 to q10 (and optionally a column “group” for the department), each cell 0 to 5 as ticked (0 = don&apos;t know), an empty cell when the question was skipped. Save it as CSV (semicolon or comma separated); Excel&apos;s “CSV UTF-8” works. The file is checked completely before anything is added.</source>
        <translation>Svar fra papirskemaer eller en onlineundersøgelse kan lægges ind i en runde. Skriv papirsvarene ind i et regneark: én række pr. skema, en overskriftsrække med kolonnerne q1 til q10 (og evt. en kolonne “gruppe” eller “afdeling”), i hver celle 0 til 5 som afkrydset (0 = ved ikke), en tom celle når spørgsmålet er sprunget over. Gem som CSV (semikolon- eller kommasepareret); Excels “CSV UTF-8” virker. Hele filen kontrolleres, før noget bliver lagt ind.</translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation>Importér svar fra en fil</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Ingen fil valgt endnu</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Valgt fil</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Choose the CSV file with the answers</source>
        <translation>Vælg CSV-filen med svarene</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Hvad filen indeholder</translation>
    </message>
    <message>
        <source>Answers per item in the file</source>
        <translation>Svar pr. udsagn i filen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Answered (1–5)</source>
        <translation>Besvaret (1–5)</translation>
    </message>
    <message>
        <source>Don&apos;t know (0)</source>
        <translation>Ved ikke (0)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <source>Round to add the answers to</source>
        <translation>Runden, svarene lægges ind i</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Ny runde</translation>
    </message>
    <message>
        <source>Name of the new round</source>
        <translation>Navn på den nye runde</translation>
    </message>
    <message>
        <source>Put all answers in one &amp;group:</source>
        <translation>Læg alle svar i én &amp;gruppe:</translation>
    </message>
    <message>
        <source>Group for all answers</source>
        <translation>Gruppe for alle svar</translation>
    </message>
    <message>
        <source>e.g. Home care</source>
        <translation>f.eks. Hjemmeplejen</translation>
    </message>
    <message>
        <source>Problem with the new round&apos;s name</source>
        <translation>Problem med den nye rundes navn</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>New round&apos;s &amp;name:</source>
        <translation>Den nye rundes &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Import the answers</source>
        <translation>Importér svarene</translation>
    </message>
    <message>
        <source>Choose the answers file</source>
        <translation>Vælg filen med svar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation>“%1” kan ikke importeres: %2.</translation>
    </message>
    <message>
        <source>Respondents in the file: %1</source>
        <translation>Besvarelser i filen: %1</translation>
    </message>
    <message>
        <source>no group (%1)</source>
        <translation>ingen gruppe (%1)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupper: %1</translation>
    </message>
    <message>
        <source>No groups: all answers go into the round as one group.</source>
        <translation>Ingen grupper: alle svar lægges ind i runden som én gruppe.</translation>
    </message>
    <message>
        <source>A group with fewer than %1 answers is not shown on its own (anonymity).</source>
        <translation>En gruppe med færre end %1 svar vises ikke for sig selv (anonymitet).</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Kolonner der ses bort fra: %1</translation>
    </message>
    <message>
        <source>Give the new round a name.</source>
        <translation>Giv den nye runde et navn.</translation>
    </message>
    <message>
        <source>A round named “%1” exists already: choose it above, or give the new round another name.</source>
        <translation>Der findes allerede en runde med navnet “%1”: vælg den ovenfor, eller giv den nye runde et andet navn.</translation>
    </message>
    <message>
        <source>The answers were not imported: %1</source>
        <translation>Svarene blev ikke importeret: %1</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Trin %1 · %2</translation>
    </message>
    <message>
        <source>Delete the round “{name}”? Nobody has answered in it.</source>
        <translation>Slet runden “{name}”? Ingen har svaret i den.</translation>
    </message>
    <message>
        <source>Its agreed levels and notes are deleted with it.</source>
        <translation>Dens samlede vurderinger og noter slettes sammen med den.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Slet runde</translation>
    </message>
    <message>
        <source>Round not deleted</source>
        <translation>Runden blev ikke slettet</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n answer(s). A round with answers is never deleted.</source>
        <translation>
            <numerusform>“{name}” har %n svar. En runde med svar slettes aldrig.</numerusform>
            <numerusform>“{name}” har %n svar. En runde med svar slettes aldrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda is empty: add its blocks under View &gt; Agenda and timer (Ctrl+0).</source>
        <translation>Dagsordenen er tom: tilføj dens punkter under Vis &gt; Dagsorden og tidtagning (Ctrl+0).</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation>“%1” kan ikke gemmes: %2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>App icon: a staircase</source>
        <translation>Programikon: en trappe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Run a Vision Zero workshop on psychosocial wellbeing on one laptop, offline.</source>
        <translation>Afhold en Vision Zero-workshop om psykisk arbejdsmiljø og trivsel på én bærbar computer, uden internet.</translation>
    </message>
    <message>
        <source>Licence, sources and credits</source>
        <translation>Licens, kilder og tak</translation>
    </message>
    <message>
        <source>This program is free software under the MIT licence: you may use, copy, change and share it. It comes without any warranty.</source>
        <translation>Programmet er fri software under MIT-licensen: du må bruge, kopiere, ændre og dele det. Det leveres uden nogen form for garanti.</translation>
    </message>
    <message>
        <source>The workshop follows the ISSA Vision Zero guide. The statements, the maturity staircase and the checklists are quoted from these sources:</source>
        <translation>Workshoppen følger ISSA’s Vision Zero-vejledning. Udsagnene, modenhedstrappen og tjeklisterne er citeret fra disse kilder:</translation>
    </message>
    <message>
        <source>The PDF reports use the DejaVu fonts (Bitstream Vera licence; DejaVu changes are in the public domain). The licence text comes with the app:</source>
        <translation>PDF-rapporterne bruger DejaVu-skrifttyperne (Bitstream Vera-licens; DejaVus ændringer er i det offentlige domæne). Licensteksten følger med programmet:</translation>
    </message>
    <message>
        <source>Python %1, Qt %2 and Qt for Python (PySide6) %3 under the GNU LGPL version 3, ReportLab (BSD licence) and sqlite-utils (Apache licence).</source>
        <translation>Python %1, Qt %2 og Qt for Python (PySide6) %3 under GNU LGPL version 3, ReportLab (BSD-licens) og sqlite-utils (Apache-licens).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>The method and its sources</source>
        <translation>Metoden og dens kilder</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Skrifttyper</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Bygget med</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logfil</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Plan the workshop in time boxes and keep time in the room. Enter on a block makes it the current one.</source>
        <translation>Planlæg workshoppen i tidsbidder, og hold tiden i lokalet. Enter på et punkt gør det til det aktuelle.</translation>
    </message>
    <message>
        <source>Start ti&amp;me</source>
        <translation>&amp;Starttidspunkt</translation>
    </message>
    <message>
        <source>Start time of the workshop</source>
        <translation>Workshoppens starttidspunkt</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Brug skabelon</translation>
    </message>
    <message>
        <source>Fill the agenda from the template</source>
        <translation>Udfyld dagsordenen fra skabelonen</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Tilføj (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Tilføj et punkt efter det valgte</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Fjern (Del)</translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation>Fjern det valgte punkt</translation>
    </message>
    <message>
        <source>Up (Alt+↑)</source>
        <translation>Op (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the selected block up</source>
        <translation>Flyt det valgte punkt op</translation>
    </message>
    <message>
        <source>Down (Alt+↓)</source>
        <translation>Ned (Alt+↓)</translation>
    </message>
    <message>
        <source>Move the selected block down</source>
        <translation>Flyt det valgte punkt ned</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Dagsordenens punkter</translation>
    </message>
    <message>
        <source>Alt+↑/↓ or drag to reorder; Enter makes a block the current one</source>
        <translation>Alt+↑/↓ eller træk for at flytte; Enter gør et punkt til det aktuelle</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>%1, %2, %3 min planned</source>
        <translation>%1, %2, %3 min. planlagt</translation>
    </message>
    <message>
        <source>Current block: %1</source>
        <translation>Aktuelt punkt: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>Total planned: %1 h %2 min (%3–%4)</source>
        <translation>Planlagt i alt: %1 t %2 min. (%3–%4)</translation>
    </message>
    <message>
        <source>Actual so far: %1</source>
        <translation>Faktisk indtil nu: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Ændringen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nyt punkt</translation>
    </message>
    <message>
        <source>Remove “%1” (%2 min) from the agenda?</source>
        <translation>Fjern “%1” (%2 min.) fra dagsordenen?</translation>
    </message>
    <message>
        <source>Its recorded time (%1) is removed too.</source>
        <translation>Den registrerede tid (%1) fjernes også.</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n block(s) of this agenda with the template “%1”? Their titles, notes and recorded times are removed.</source>
        <translation>
            <numerusform>Erstat dagsordenens %n punkt med skabelonen “%1”? Dets titel, noter og registrerede tid fjernes.</numerusform>
            <numerusform>Erstat dagsordenens %n punkter med skabelonen “%1”? Deres titler, noter og registrerede tider fjernes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstat</translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>{value}: {count}</source>
        <translation>{value}: {count}</translation>
    </message>
    <message>
        <source>Don&apos;t know: {count}</source>
        <translation>Ved ikke: {count}</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ved ikke</translation>
    </message>
    <message>
        <source>DK</source>
        <comment>short for &quot;don&apos;t know&quot; under a bar</comment>
        <translation>v.i.</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde…</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Ny runde</translation>
    </message>
    <message>
        <source>Delete round…</source>
        <translation>Slet runde…</translation>
    </message>
    <message>
        <source>Delete the chosen round (only one without answers)</source>
        <translation>Slet den valgte runde (kun en runde uden svar)</translation>
    </message>
    <message>
        <source>Only a round nobody has answered in can be deleted</source>
        <translation>Kun en runde, som ingen har svaret i, kan slettes</translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation>Importér svar fra en fil</translation>
    </message>
    <message>
        <source>Import answers from a paper or online survey (a CSV file)</source>
        <translation>Importér svar fra papirskemaer eller en onlineundersøgelse (en CSV-fil)</translation>
    </message>
    <message>
        <source>Start participant entry (F5)</source>
        <translation>Lad deltagerne svare (F5)</translation>
    </message>
    <message>
        <source>Start participant entry</source>
        <translation>Lad deltagerne svare</translation>
    </message>
    <message>
        <source>Answers in this round</source>
        <translation>Svar i denne runde</translation>
    </message>
    <message>
        <source>Open the projector window</source>
        <translation>Åbn projektorvinduet</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importér svar…</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projektorvindue</translation>
    </message>
    <message>
        <source>Hide results on the projector &amp;until revealed</source>
        <translation>Sk&amp;jul resultaterne på projektoren, indtil de afsløres</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>&amp;Afslør</translation>
    </message>
    <message>
        <source>Reveal the results on the projector</source>
        <translation>Vis resultaterne på projektoren</translation>
    </message>
    <message>
        <source>Live on the projector: the round&apos;s final results may then have to wait for more answers.</source>
        <translation>Live på projektoren: rundens endelige resultater kan så komme til at vente på flere svar.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Agreed levels and discussion</source>
        <translation>Samlet vurdering og drøftelse</translation>
    </message>
    <message>
        <source>Data sources and notes</source>
        <translation>Datakilder og noter</translation>
    </message>
    <message>
        <source>Psychosocial hazards (ISO 45003)</source>
        <translation>Psykosociale farer (ISO 45003)</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Data and notes</source>
        <translation>Data og noter</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Farer</translation>
    </message>
    <message>
        <source>Round not added</source>
        <translation>Runden blev ikke oprettet</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Indstillingen er ikke gemt</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Selected block</source>
        <translation>Valgt punkt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>T&amp;rin</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planlagt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>What to do and say in this block (only you see this)</source>
        <translation>Hvad du skal gøre og sige under dette punkt (kun du ser det)</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Punktets titel</translation>
    </message>
    <message>
        <source>Step the block belongs to</source>
        <translation>Det trin, punktet hører til</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planlagte minutter</translation>
    </message>
    <message>
        <source>Notes for the block</source>
        <translation>Noter til punktet</translation>
    </message>
    <message>
        <source>No step (welcome, break, close …)</source>
        <translation>Intet trin (velkomst, pause, afslutning …)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Trin %1: %2</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>e.g. the director and the management team</source>
        <translation>fx direktøren og direktionen</translation>
    </message>
    <message>
        <source>Who from management committed</source>
        <translation>Hvem fra ledelsen har givet tilsagn</translation>
    </message>
    <message>
        <source>What management decided: support, resources, time for the team</source>
        <translation>Hvad ledelsen besluttede: opbakning, ressourcer, tid til gruppen</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Hvad blev besluttet</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Date of the commitment</source>
        <translation>Dato for ledelsens tilsagn</translation>
    </message>
    <message>
        <source>Leadership commitment</source>
        <translation>Lederengagement</translation>
    </message>
    <message>
        <source>Committed by:</source>
        <translation>Tilsagn fra:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Set the commitment date to today</source>
        <translation>Sæt datoen for ledelsens tilsagn til i dag</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Clear the commitment date</source>
        <translation>Ryd datoen for ledelsens tilsagn</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Worker representative</source>
        <translation>Arbejdsmiljørepræsentant</translation>
    </message>
    <message>
        <source>Working-environment team</source>
        <translation>Arbejdsmiljøgruppe</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>Add a member to the team (Ctrl+N)</source>
        <translation>Tilføj et medlem til gruppen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Fjern medlem</translation>
    </message>
    <message>
        <source>Remove the selected member (Del)</source>
        <translation>Fjern det valgte medlem (Del)</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Tilføj gruppemedlem</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Fjern gruppemedlem</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinder</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mænd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Team gender balance (optional):</source>
        <translation>Gruppens kønsfordeling (valgfrit):</translation>
    </message>
    <message>
        <source>Who works on the psychosocial working environment: members from different departments and levels, with worker representatives.</source>
        <translation>Hvem arbejder med det psykiske arbejdsmiljø: medlemmer fra forskellige afdelinger og niveauer, med arbejdsmiljørepræsentanter.</translation>
    </message>
    <message>
        <source>Counts for the team only, to check the balance. Nothing like this is ever asked of participants.</source>
        <translation>Tal kun for gruppen, så I kan tjekke balancen. Deltagerne bliver aldrig spurgt om noget lignende.</translation>
    </message>
    <message>
        <source>Notes for step 1</source>
        <translation>Noter til trin 1</translation>
    </message>
    <message>
        <source>Notes from this step for the minutes</source>
        <translation>Noter fra dette trin til referatet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Team members: %1 (optional)</source>
        <translation>Gruppemedlemmer: %1 (valgfrit)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>dette medlem</translation>
    </message>
    <message>
        <source>Remove %1 from the working-environment team?</source>
        <translation>Fjern %1 fra arbejdsmiljøgruppen?</translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <source>Discuss each statement and agree on where you are together: the agreed level (&quot;samlet vurdering&quot;) may differ from the average.</source>
        <translation>Drøft hvert udsagn, og bliv enige om, hvor I står sammen: den samlede vurdering kan godt afvige fra gennemsnittet.</translation>
    </message>
    <message>
        <source>Average: {value}</source>
        <translation>Gennemsnit: {value}</translation>
    </message>
    <message>
        <source>Average: not shown</source>
        <translation>Gennemsnit: vises ikke</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you entered before this has been saved: you can carry on, or close and reopen the workshop if something looks wrong.</source>
        <translation>Der skete en uventet fejl. Det, du har indtastet indtil nu, er gemt: du kan fortsætte, eller lukke og åbne workshoppen igen, hvis noget ser forkert ud.</translation>
    </message>
    <message>
        <source>The details are in the log file:</source>
        <translation>Detaljerne står i logfilen:</translation>
    </message>
    <message>
        <source>If it happens again, please send the log file to whoever supports the app.</source>
        <translation>Hvis det sker igen, så send logfilen til den, der yder support på programmet.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åbn mappen med logfilen</translation>
    </message>
    <message>
        <source>Open the folder with the log file</source>
        <translation>Åbn mappen med logfilen</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate</source>
        <translation>Evaluér</translation>
    </message>
    <message>
        <source>1. Compare rounds</source>
        <translation>1. Sammenlign runder</translation>
    </message>
    <message>
        <source>2. Actions</source>
        <translation>2. Handlinger</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erfaringer</translation>
    </message>
    <message>
        <source>What goes into the next cycle</source>
        <translation>Det tager vi med i næste cyklus</translation>
    </message>
    <message>
        <source>Into the next cycle</source>
        <translation>Til næste cyklus</translation>
    </message>
    <message>
        <source>What did we learn, and what do we take into the next cycle?</source>
        <translation>Hvad har vi lært, og hvad tager vi med i næste cyklus?</translation>
    </message>
    <message>
        <source>3. Lessons and next cycle</source>
        <translation>3. Erfaringer og næste cyklus</translation>
    </message>
    <message>
        <source>Collect answers for the latest round</source>
        <translation>Indsaml svar til den seneste runde</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>What do you want to save?</source>
        <translation>Hvad vil du gemme?</translation>
    </message>
    <message>
        <source>Handouts to print (PDF)</source>
        <translation>Materialer til udskrift (PDF)</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Datafiler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Vælg hvor der skal gemmes</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>Gem %1 som</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Facilitator&apos;s notes per step</source>
        <translation>Facilitatorens noter pr. trin</translation>
    </message>
    <message>
        <source>Only for you: never shown on the projector or to participants.</source>
        <translation>Kun til dig: vises aldrig på projektoren eller for deltagerne.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes for step %1</source>
        <translation>Facilitatorens noter til trin %1</translation>
    </message>
    <message>
        <source>What to prepare, say and watch for in step %1</source>
        <translation>Hvad du skal forberede, sige og holde øje med i trin %1</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Use last folder</source>
        <translation>Brug seneste mappe</translation>
    </message>
    <message>
        <source>The last folder used</source>
        <translation>Den senest brugte mappe</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Vælg: %1</translation>
    </message>
    <message>
        <source>Use last folder: %1</source>
        <translation>Brug seneste mappe: %1</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Vælg en mappe</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Show or hide the method&apos;s guidance for this step</source>
        <translation>Vis eller skjul metodens vejledning til dette trin</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Spørgsmål at stille:</translation>
    </message>
    <message>
        <source>The method&apos;s guidance for this step (arrow keys scroll it)</source>
        <translation>Metodens vejledning til dette trin (piletasterne ruller den)</translation>
    </message>
    <message>
        <source>Guidance: %1</source>
        <translation>Vejledning: %1</translation>
    </message>
    <message>
        <source>The method&apos;s guidance and questions for this step (Space shows or hides it)</source>
        <translation>Metodens vejledning og spørgsmål til dette trin (mellemrum viser eller skjuler den)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>The user guide could not be read: %1</source>
        <translation>Brugervejledningen kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>HazardChecklist</name>
    <message>
        <source>Psychosocial hazards from ISO 45003. Tick those that are relevant in your workplace and note why; they can be linked to problems in step 3.</source>
        <translation>Psykosociale farer fra ISO 45003. Markér dem, der er relevante på jeres arbejdsplads, og notér hvorfor; de kan knyttes til problemer i trin 3.</translation>
    </message>
</context>
<context>
    <name>HazardRow</name>
    <message>
        <source>Why {hazard} is relevant</source>
        <translation>Hvorfor {hazard} er relevant</translation>
    </message>
    <message>
        <source>Why is this relevant here?</source>
        <translation>Hvorfor er det relevant her?</translation>
    </message>
</context>
<context>
    <name>HintList</name>
    <message>
        <source>Fine</source>
        <translation>I orden</translation>
    </message>
    <message>
        <source>To consider</source>
        <translation>Overvej</translation>
    </message>
</context>
<context>
    <name>ImplementPage</name>
    <message>
        <source>Overview of the actions</source>
        <translation>Overblik over handlingerne</translation>
    </message>
    <message>
        <source>Actions that need attention</source>
        <translation>Handlinger, der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Planens handlinger</translation>
    </message>
    <message>
        <source>Owner: who is responsible</source>
        <translation>Ansvarlig: hvem står for det</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Hvad stod i vejen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Statusnote</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Statusnoter</translation>
    </message>
    <message>
        <source>Date of the new note</source>
        <translation>Dato for den nye note</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Ny statusnote</translation>
    </message>
    <message>
        <source>What happened? Enter adds the note</source>
        <translation>Hvad er der sket? Enter tilføjer noten</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarlig</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(ikke beskrevet endnu)</translation>
    </message>
    <message>
        <source>The plan has no actions yet: add them in step 3.</source>
        <translation>Planen har endnu ingen handlinger: tilføj dem i trin 3.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): {parts}.</source>
        <translation>
            <numerusform>%n handling: {parts}.</numerusform>
            <numerusform>%n handlinger: {parts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle {n}:</source>
        <translation>Cyklus {n}:</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (due date passed, not done)</source>
        <translation>
            <numerusform>%n overskredet (fristen er passeret, ikke gennemført)</numerusform>
            <numerusform>%n overskredne (fristen er passeret, ikke gennemført)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n uden ansvarlig</numerusform>
            <numerusform>%n uden ansvarlig</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: </source>
        <translation>Kræver opmærksomhed: </translation>
    </message>
    <message>
        <source>No action chosen</source>
        <translation>Ingen handling valgt</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <source>Delete the selected progress note?</source>
        <translation>Slet den valgte statusnote?</translation>
    </message>
</context>
<context>
    <name>ItemDiscussion</name>
    <message>
        <source>Agreed level for statement {n}</source>
        <translation>Samlet vurdering af udsagn {n}</translation>
    </message>
    <message>
        <source>Discussion notes for statement {n}</source>
        <translation>Noter fra drøftelsen af udsagn {n}</translation>
    </message>
    <message>
        <source>What did the group say? Examples, disagreements, ideas</source>
        <translation>Hvad sagde gruppen? Eksempler, uenigheder, idéer</translation>
    </message>
    <message>
        <source>Agreed level:</source>
        <translation>Samlet vurdering:</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ikke besluttet endnu</translation>
    </message>
    <message>
        <source>0 – Don&apos;t know</source>
        <translation>0 – Ved ikke</translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Press 1-5, or 0 for &quot;Don&apos;t know&quot;. Backspace goes back.</source>
        <translation>Tryk 1-5, eller 0 for &quot;Ved ikke&quot;. Backspace går tilbage.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Tilbage til det forrige udsagn</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next statement without answering</source>
        <translation>Næste udsagn uden at svare</translation>
    </message>
    <message>
        <source>Statement {n} of {count}</source>
        <translation>Udsagn {n} af {count}</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Ny runde</translation>
    </message>
    <message>
        <source>Kind of round</source>
        <translation>Type runde</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulpunktsmåling</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>Rundens navn</translation>
    </message>
    <message>
        <source>Groups, one per line</source>
        <translation>Grupper, én pr. linje</translation>
    </message>
    <message>
        <source>Leave empty for one group.
Or one department per line, e.g.
Home care
Kitchen</source>
        <translation>Lad feltet stå tomt for én samlet gruppe.
Eller én afdeling pr. linje, fx
Hjemmeplejen
Køkkenet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>Groups let you compare departments. A group&apos;s results are shown only when it has enough answers.</source>
        <translation>Med grupper kan I sammenligne afdelinger. En gruppes resultater vises kun, når den har svar nok.</translation>
    </message>
    <message>
        <source>The round needs a name.</source>
        <translation>Runden skal have et navn.</translation>
    </message>
    <message>
        <source>There is already a round called &quot;{name}&quot;.</source>
        <translation>Der findes allerede en runde, der hedder &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>The group &quot;{name}&quot; is listed twice.</source>
        <translation>Gruppen &quot;{name}&quot; står der to gange.</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <source>Participant entry</source>
        <translation>Deltagerbesvarelse</translation>
    </message>
    <message>
        <source>Pass the laptop to the next participant.
Press Enter to start.</source>
        <translation>Giv computeren videre til den næste deltager.
Tryk Enter for at begynde.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begynd</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Begynd at svare</translation>
    </message>
    <message>
        <source>Your answers are anonymous: they are added to the group&apos;s totals only when you submit, and nobody can see what you answered.</source>
        <translation>Dine svar er anonyme: de lægges først til gruppens samlede tal, når du afleverer, og ingen kan se, hvad du har svaret.</translation>
    </message>
    <message>
        <source>Which group (department) do you belong to?</source>
        <translation>Hvilken gruppe (afdeling) hører du til?</translation>
    </message>
    <message>
        <source>Press its number or touch it.</source>
        <translation>Tryk på tallet, eller rør ved gruppen på skærmen.</translation>
    </message>
    <message>
        <source>Group {name}</source>
        <translation>Gruppe {name}</translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation>Ja (Enter)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, go back (Esc)</source>
        <translation>Nej, gå tilbage (Esc)</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nej, gå tilbage</translation>
    </message>
    <message>
        <source>Your answers could not be saved: {problem}. Please call the facilitator; your answers are kept until then.</source>
        <translation>Dine svar kunne ikke gemmes: {problem}. Kald på facilitatoren; dine svar bliver bevaret så længe.</translation>
    </message>
    <message>
        <source>Thank you! Your answers have been saved.</source>
        <translation>Tak! Dine svar er gemt.</translation>
    </message>
    <message>
        <source>End participant entry?

Facilitator: press Enter to end, Esc to stay.</source>
        <translation>Afslut deltagernes besvarelse?

Facilitator: tryk Enter for at afslutte, Esc for at blive.</translation>
    </message>
    <message>
        <source>Stop and delete the answers given so far?

Press Enter to delete them, Esc to continue answering.</source>
        <translation>Stop og slet de svar, du har givet indtil nu?

Tryk Enter for at slette dem, Esc for at svare videre.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step&apos;s page is coming soon. Its guidance is shown above.</source>
        <translation>Siden til dette trin kommer snart. Vejledningen til trinnet står ovenfor.</translation>
    </message>
</context>
<context>
    <name>PrioritisePage</name>
    <message>
        <source>Prioritise or plan</source>
        <translation>Prioritér eller planlæg</translation>
    </message>
    <message>
        <source>1. Evidence and priorities</source>
        <translation>1. Grundlag og prioriteter</translation>
    </message>
    <message>
        <source>Show actions for</source>
        <translation>Vis handlinger for</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Planens handlinger</translation>
    </message>
    <message>
        <source>New action (Ctrl+N)</source>
        <translation>Ny handling (Ctrl+N)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny handling</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Slet handling</translation>
    </message>
    <message>
        <source>Long-term goals of the plan</source>
        <translation>Planens langsigtede mål</translation>
    </message>
    <message>
        <source>Where do we want to be in two to three years?</source>
        <translation>Hvor vil vi være om to til tre år?</translation>
    </message>
    <message>
        <source>Resources for the plan as a whole</source>
        <translation>Ressourcer til planen som helhed</translation>
    </message>
    <message>
        <source>Actions for</source>
        <translation>Handlinger for</translation>
    </message>
    <message>
        <source>Long-term goals</source>
        <translation>Langsigtede mål</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>Planen som helhed</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Valgt handling</translation>
    </message>
    <message>
        <source>2. Action plan</source>
        <translation>2. Handlingsplan</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(ikke beskrevet endnu)</translation>
    </message>
    <message>
        <source>Delete the action “{what}” with its progress notes?</source>
        <translation>Slet handlingen “{what}” og dens statusnoter?</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Time left of the current agenda block</source>
        <translation>Tid tilbage af det aktuelle dagsordenspunkt</translation>
    </message>
    <message>
        <source>No round has been started yet</source>
        <translation>Der er endnu ikke startet nogen runde</translation>
    </message>
    <message>
        <source>{answers} so far</source>
        <translation>{answers} indtil nu</translation>
    </message>
    <message numerus="yes">
        <source>{answers}. The average waits for %n more answer(s), so no one&apos;s own answers can be worked out by comparing it with figures shown before.</source>
        <translation>
            <numerusform>{answers}. Gennemsnittet venter på ét svar mere, så ingens egne svar kan regnes ud ved at sammenligne med tal, der er vist før.</numerusform>
            <numerusform>{answers}. Gennemsnittet venter på %n svar mere, så ingens egne svar kan regnes ud ved at sammenligne med tal, der er vist før.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {value} from the first {shown}. It moves again after %n more answer(s), so no one&apos;s own answers can be worked out.</source>
        <translation>
            <numerusform>Gennemsnit {value} ud fra de første {shown}. Det flytter sig igen efter ét svar mere, så ingen enkeltpersons svar kan regnes ud.</numerusform>
            <numerusform>Gennemsnit {value} ud fra de første {shown}. Det flytter sig igen efter %n svar mere, så ingen enkeltpersons svar kan regnes ud.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} so far. {waiting}</source>
        <translation>{answers} indtil nu. {waiting}</translation>
    </message>
    <message>
        <source>{answers}. Nobody has placed us on the staircase yet (all said &quot;don&apos;t know&quot;).</source>
        <translation>{answers}. Ingen har endnu placeret os på trappen (alle har svaret &quot;ved ikke&quot;).</translation>
    </message>
    <message>
        <source>Average {value} from {answers}</source>
        <translation>Gennemsnit {value} ud fra {answers}</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Print blank questionnaire</source>
        <translation>Udskriv tomt spørgeskema</translation>
    </message>
    <message>
        <source>Language of the questionnaire</source>
        <translation>Spørgeskemaets sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The ten statements with the answer scale, to fill in on paper and enter afterwards. No workshop is needed; save the PDF and print it.</source>
        <translation>De ti udsagn med svarskalaen, til at udfylde på papir og indtaste bagefter. Der skal ikke bruges nogen workshop; gem PDF-filen og udskriv den.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Vælg hvor der skal gemmes</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Tomt spørgeskema</translation>
    </message>
    <message>
        <source>Save the questionnaire as</source>
        <translation>Gem spørgeskemaet som</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Show results for</source>
        <translation>Vis resultater for</translation>
    </message>
    <message>
        <source>Sort statements by</source>
        <translation>Sortér udsagn efter</translation>
    </message>
    <message>
        <source>Statement order</source>
        <translation>Udsagnenes rækkefølge</translation>
    </message>
    <message>
        <source>Average, lowest first</source>
        <translation>Gennemsnit, laveste først</translation>
    </message>
    <message>
        <source>Disagreement, largest first</source>
        <translation>Uenighed, største først</translation>
    </message>
    <message>
        <source>Show resu&amp;lts for:</source>
        <translation>Vis resu&amp;ltater for:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>S&amp;ortér efter:</translation>
    </message>
    <message>
        <source>Results per statement</source>
        <translation>Resultater pr. udsagn</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Distribution (1-5, don&apos;t know)</source>
        <translation>Fordeling (1-5, ved ikke)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>Spread is the standard deviation of the 1-5 answers: the larger it is, the more people disagree.</source>
        <translation>Spredningen er standardafvigelsen for svarene 1-5: jo større den er, jo mere uenige er folk.</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle deltagere</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n answer(s))</source>
        <translation>
            <numerusform>{name} (%n svar)</numerusform>
            <numerusform>{name} (%n svar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{answers}. The results wait for %n more answer(s), so that no one&apos;s answers can be worked out by comparing them with the results shown before.</source>
        <translation>
            <numerusform>{answers}. Resultaterne venter på %n svar mere, så ingens svar kan udledes ved at sammenligne med de resultater, der er vist før.</numerusform>
            <numerusform>{answers}. Resultaterne venter på %n svar mere, så ingens svar kan udledes ved at sammenligne med de resultater, der er vist før.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{answers}. Results are shown from %n answers on.</source>
        <translation>
            <numerusform>{answers}. Resultaterne vises fra %n svar.</numerusform>
            <numerusform>{answers}. Resultaterne vises fra %n svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results of this group are {why}.</source>
        <translation>Resultaterne for denne gruppe er {why}.</translation>
    </message>
    <message numerus="yes">
        <source>The results of this group are withheld: fewer than %n answers, or they could be worked out from the other groups.</source>
        <translation>
            <numerusform>Gruppens resultater er tilbageholdt: færre end %n svar, eller de kunne regnes ud fra de andre grupper.</numerusform>
            <numerusform>Gruppens resultater er tilbageholdt: færre end %n svar, eller de kunne regnes ud fra de andre grupper.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld (protects a smaller group)</source>
        <translation>tilbageholdt (beskytter en mindre gruppe)</translation>
    </message>
    <message>
        <source>withheld (comparison with earlier results)</source>
        <translation>tilbageholdt (sammenligning med tidligere resultater)</translation>
    </message>
    <message>
        <source>withheld so that a smaller group&apos;s answers cannot be worked out</source>
        <translation>tilbageholdt, så en mindre gruppes svar ikke kan regnes ud</translation>
    </message>
    <message>
        <source>withheld so that no one&apos;s answers can be worked out by comparing with the results shown before</source>
        <translation>tilbageholdt, så ingens svar kan regnes ud ved at sammenligne med de resultater, der er vist før</translation>
    </message>
    <message numerus="yes">
        <source>withheld (fewer than %n answers)</source>
        <translation>
            <numerusform>tilbageholdt (færre end %n svar)</numerusform>
            <numerusform>tilbageholdt (færre end %n svar)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: withheld to protect anonymity.</source>
        <translation>{name}: tilbageholdt for at beskytte anonymiteten.</translation>
    </message>
    <message>
        <source>No round yet. Start one with &quot;New round&quot;.</source>
        <translation>Ingen runde endnu. Start en med &quot;Ny runde&quot;.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Tjek dine svar</translation>
    </message>
    <message>
        <source>Press Enter to submit. Use Change (or Backspace) to correct an answer.</source>
        <translation>Tryk Enter for at aflevere. Brug Ret (eller Backspace) for at rette et svar.</translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation>Aflevér mine svar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Back to the last statement</source>
        <translation>Tilbage til det sidste udsagn</translation>
    </message>
    <message>
        <source>↓ More answers below: press End or the Down arrow</source>
        <translation>↓ Flere svar nedenfor: tryk End eller pil ned</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Change the answer to statement {n}</source>
        <translation>Ret svaret på udsagn {n}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Screen %1</source>
        <translation>Skærm %1</translation>
    </message>
    <message>
        <source>Automatic: a screen other than this window&apos;s</source>
        <translation>Automatisk: en anden skærm end den, dette vindue er på</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (ikke tilsluttet)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Sprog i programmet:</translation>
    </message>
    <message>
        <source>&amp;Minimum group size for new workshops:</source>
        <translation>&amp;Mindste gruppestørrelse for nye workshops:</translation>
    </message>
    <message>
        <source>Folder for &amp;workshops:</source>
        <translation>Mappe til &amp;workshops:</translation>
    </message>
    <message>
        <source>Folder for &amp;exports (PDF, CSV):</source>
        <translation>Mappe til &amp;eksport (PDF, CSV):</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>&amp;Projektorskærm:</translation>
    </message>
    <message>
        <source>Beside the workshop file</source>
        <translation>Ved siden af workshopfilen</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> svar</translation>
    </message>
    <message>
        <source>A group&apos;s figures are shown only when at least this many have answered. Each workshop keeps its own value; this is what new workshops start with.</source>
        <translation>En gruppes tal vises kun, når mindst så mange har svaret. Hver workshop har sin egen værdi; dette er den, nye workshops starter med.</translation>
    </message>
    <message>
        <source>Opening and saving workshops starts in this folder. Without one, in the folder last used.</source>
        <translation>Åbn og gem workshops starter i denne mappe. Uden en mappe: i den senest brugte mappe.</translation>
    </message>
    <message>
        <source>Exports are proposed in this folder. Without one, beside the workshop file, or in the folder last chosen for that workshop&apos;s exports.</source>
        <translation>Eksporter foreslås i denne mappe. Uden en mappe: ved siden af workshopfilen eller i den mappe, der sidst blev valgt til den workshops eksport.</translation>
    </message>
    <message>
        <source>The projector window opens on this screen. Automatic picks a screen other than the one this window is on.</source>
        <translation>Projektorvinduet åbnes på denne skærm. Automatisk vælger en anden skærm end den, dette vindue er på.</translation>
    </message>
    <message>
        <source>Changes are saved at once.</source>
        <translation>Ændringer gemmes med det samme.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>StaircaseChart</name>
    <message>
        <source>Maturity staircase</source>
        <translation>Modenhedstrappe</translation>
    </message>
    <message>
        <source>No average shown yet</source>
        <translation>Der vises endnu intet gennemsnit</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Tidligere runde</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Set up a workshop and choose where to save it</source>
        <translation>Opret en workshop, og vælg hvor den skal gemmes</translation>
    </message>
    <message>
        <source>Open a workshop...</source>
        <translation>Åbn en workshop…</translation>
    </message>
    <message>
        <source>Continue with a saved file</source>
        <translation>Fortsæt med en gemt fil</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prøv demoen</translation>
    </message>
    <message>
        <source>A sample workshop to look around in; nothing is kept</source>
        <translation>En eksempelworkshop at se sig omkring i; intet bliver gemt</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Forget the selected workshop here; the file is not deleted (Del)</source>
        <translation>Glem den valgte workshop her; selve filen slettes ikke (Del)</translation>
    </message>
    <message>
        <source>Workshops you open or create appear here.</source>
        <translation>Workshops, du åbner eller opretter, vises her.</translation>
    </message>
    <message>
        <source>Print blank questionnaire...</source>
        <translation>Udskriv tomt spørgeskema…</translation>
    </message>
    <message>
        <source>A PDF of the ten statements to answer on paper; no workshop needed (Ctrl+P)</source>
        <translation>En PDF med de ti udsagn til besvarelse på papir; kræver ingen workshop (Ctrl+P)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>How to run a workshop with this app (F1)</source>
        <translation>Sådan afholder du en workshop med programmet (F1)</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>Language, folders, projector screen</source>
        <translation>Sprog, mapper, projektorskærm</translation>
    </message>
    <message>
        <source>Run a Vision Zero workshop on psychosocial wellbeing, step by step. Everything stays in one workshop file on this computer.</source>
        <translation>Afhold en Vision Zero-workshop om psykisk arbejdsmiljø og trivsel, trin for trin. Alt bliver i én workshopfil på denne computer.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (mangler)</translation>
    </message>
    <message>
        <source>This file no longer exists at %1</source>
        <translation>Filen findes ikke længere i %1</translation>
    </message>
</context>
<context>
    <name>StepNotesView</name>
    <message>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <source>Which other data did you look at? E.g. workplace assessment (APV), sickness absence, staff turnover, wellbeing surveys</source>
        <translation>Hvilke andre data har I set på? Fx APV, sygefravær, personaleomsætning, trivselsmålinger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Notes from the assessment</source>
        <translation>Noter fra vurderingen</translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation>&amp;Datakilder</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;ter</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps of the workshop</source>
        <translation>Workshoppens trin</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys, or press Ctrl+1 to Ctrl+5</source>
        <translation>Vælg et trin med piletasterne, eller tryk Ctrl+1 til Ctrl+5</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Dagsorden og tidtagning</translation>
    </message>
    <message>
        <source>The day&apos;s agenda and the room&apos;s timer (Ctrl+0)</source>
        <translation>Dagens dagsorden og rummets tidtagning (Ctrl+0)</translation>
    </message>
    <message>
        <source>worked on</source>
        <translation>arbejdet med</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke påbegyndt</translation>
    </message>
    <message>
        <source>Step %1 (Ctrl+%1), %2</source>
        <translation>Trin %1 (Ctrl+%1), %2</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Trin %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>TimeSpent</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sek.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min.</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>&amp;Start eller sæt tidtagningen på pause</translation>
    </message>
    <message>
        <source>&amp;Give the current block %1 more minutes</source>
        <translation>&amp;Giv det aktuelle punkt %1 minutter mere</translation>
    </message>
    <message>
        <source>&amp;Next agenda block</source>
        <translation>&amp;Næste punkt på dagsordenen</translation>
    </message>
    <message>
        <source>The agenda is done. Enter on a block opens it again.</source>
        <translation>Dagsordenen er gennemført. Enter på et punkt åbner det igen.</translation>
    </message>
    <message>
        <source>Add a block to the agenda to use the timer.</source>
        <translation>Tilføj et punkt til dagsordenen for at bruge tidtagningen.</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over tiden</translation>
    </message>
    <message>
        <source>%1 min planned. %2 gives 5 more minutes.</source>
        <translation>%1 min. planlagt. %2 giver 5 minutter mere.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>På pause.</translation>
    </message>
    <message>
        <source>left of %1 min</source>
        <translation>tilbage af %1 min.</translation>
    </message>
    <message>
        <source>Paused, %1 min in all</source>
        <translation>På pause, %1 min. i alt</translation>
    </message>
    <message>
        <source>Ready to start: %1 min planned</source>
        <translation>Klar til start: %1 min. planlagt</translation>
    </message>
    <message>
        <source>This is the last block.</source>
        <translation>Dette er det sidste punkt.</translation>
    </message>
    <message>
        <source>Next: %1 (planned %2, %3 min)</source>
        <translation>Næste: %1 (planlagt %2, %3 min.)</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pause (%1)</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Start (%1)</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Sæt tidtagningen på pause</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Start tidtagningen</translation>
    </message>
    <message>
        <source>+%1 min (%2)</source>
        <translation>+%1 min. (%2)</translation>
    </message>
    <message>
        <source>Give the current block %1 more minutes</source>
        <translation>Giv det aktuelle punkt %1 minutter mere</translation>
    </message>
    <message>
        <source>Next block (%1)</source>
        <translation>Næste punkt (%1)</translation>
    </message>
    <message>
        <source>Finish this block and start the next</source>
        <translation>Afslut dette punkt, og start det næste</translation>
    </message>
    <message>
        <source>Time left of the current block</source>
        <translation>Tid tilbage af det aktuelle punkt</translation>
    </message>
    <message>
        <source>Share of the block&apos;s time used</source>
        <translation>Brugt andel af punktets tid</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Organisation (required)</source>
        <translation>Organisation (skal udfyldes)</translation>
    </message>
    <message>
        <source>e.g. Testby Kommune, Home care</source>
        <translation>fx Testby Kommune, Hjemmeplejen</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Workshoppens titel</translation>
    </message>
    <message>
        <source>e.g. Workshop on wellbeing at work</source>
        <translation>fx Workshop om trivsel på arbejdspladsen</translation>
    </message>
    <message>
        <source>Date of the workshop</source>
        <translation>Workshoppens dato</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Workshoppens sprog</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation>Mindste gruppestørrelse</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The language of the method&apos;s statements, steps and reports.</source>
        <translation>Sproget i metodens udsagn, trin og rapporter.</translation>
    </message>
    <message>
        <source>&amp;Minimum group size:</source>
        <translation>&amp;Mindste gruppestørrelse:</translation>
    </message>
    <message>
        <source>A group&apos;s answers are shown only when at least this many have answered (2-20). This protects anonymity.</source>
        <translation>En gruppes svar vises kun, når mindst så mange har svaret (2-20). Det beskytter anonymiteten.</translation>
    </message>
    <message>
        <source>Please name the organisation; it appears on the minutes and reports.</source>
        <translation>Angiv organisationens navn; det står på referatet og rapporterne.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New workshop...</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Details...</source>
        <translation>&amp;Oplysninger…</translation>
    </message>
    <message>
        <source>&amp;Import answers from a file...</source>
        <translation>&amp;Importér svar fra en fil…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>&amp;Agenda and timer</source>
        <translation>&amp;Dagsorden og tidtagning</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projektorvindue</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Tidtagning</translation>
    </message>
    <message>
        <source>Show timer on &amp;projector</source>
        <translation>Vis tiden på p&amp;rojektoren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Om %1</translation>
    </message>
    <message>
        <source>(no recent workshops)</source>
        <translation>(ingen seneste workshops)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Gemt en kopi som %1</translation>
    </message>
</context>
</TS>
