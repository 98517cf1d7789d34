<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the problem or statement it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prioritise these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive leading indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the action will be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish (dansk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle being evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the action happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What effect was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9 of 10 meetings had wellbeing on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from cycle {c} (no. {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from cycle {c}, where it was action no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried to cycle {c} (no. {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished in cycle {c}: carried forward to cycle {next} as action no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the actions of which cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle {n} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry unfinished actions forward to cycle {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned or in progress, not yet carried: they become planned actions of the next cycle.</source>
        <translation>
            <numerusform>%n planned or in progress, not yet carried: it becomes a planned action of the next cycle.</numerusform>
            <numerusform>%n planned or in progress, not yet carried: they become planned actions of the next cycle.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no proactive leading indicator chosen in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried forward to cycle {c}: see them in steps 3 and 4.</source>
        <translation>
            <numerusform>%n action carried forward to cycle {c}: see it in steps 3 and 4.</numerusform>
            <numerusform>%n actions carried forward to cycle {c}: see them in steps 3 and 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to carry forward from this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured values of the proactive leading indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect answers for the latest round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the latest round (only one without answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline and follow-up side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more round(s) …</source>
        <translation>
            <numerusform>… %n more round …</numerusform>
            <numerusform>… %n more rounds …</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (baseline): the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the average; in brackets, the change since {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not shown yet: showing it now would let someone work out the latest answers by comparing it with figures already shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fewer than the minimum group size of %n;</source>
        <translation>
            <numerusform>fewer than the minimum group size of %n;</numerusform>
            <numerusform>fewer than the minimum group size of %n;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed.</source>
        <translation>
            <numerusform>%n more needed.</numerusform>
            <numerusform>%n more needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect answers (participant entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} ({kind}, %n answer(s))</source>
        <translation>
            <numerusform>{name} ({kind}, %n answer)</numerusform>
            <numerusform>{name} ({kind}, %n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet: the baseline is collected in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each follow-up round shows its average and, in brackets, the change since “{name}”, worked out from the averages before rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statements (overall average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table shows the baseline and the latest %n follow-up round(s).</source>
        <translation>
            <numerusform>The table shows the baseline and the latest follow-up round.</numerusform>
            <numerusform>The table shows the baseline and the latest %n follow-up rounds.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Collect answers for “{name}” (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect answers for the round “{name}” (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It waits for %n more answer(s).</source>
        <translation>
            <numerusform>It waits for %n more answer.</numerusform>
            <numerusform>It waits for %n more answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is not shown: %n answer(s),</source>
        <translation>
            <numerusform>“{name}” is not shown: %n answer,</numerusform>
            <numerusform>“{name}” is not shown: %n answers,</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison needs a follow-up round with enough answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the round “{name}”, which nobody has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the baseline in step 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the follow-up round a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round named “{name}” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round “{name}” started with the same ten statements and groups as “{previous}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or F5 to collect its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – very hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements, lowest average first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the answers 1-5: large values mean people see it differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards ticked in step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy and unhealthy working conditions (prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the healthy and unhealthy working conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy and unhealthy working conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No round has enough answers to be shown yet (at least %n are needed).</source>
        <translation>
            <numerusform>No round has enough answers to be shown yet (at least %n is needed).</numerusform>
            <numerusform>No round has enough answers to be shown yet (at least %n are needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round “{round}”, %n answer(s). Lowest average first.</source>
        <translation>
            <numerusform>Round “{round}”, %n answer. Lowest average first.</numerusform>
            <numerusform>Round “{round}”, %n answers. Lowest average first.</numerusform>
        </translation>
    </message>
    <message>
        <source>(high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazards were ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not a statement number (1-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and opportunities, in priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease + cost of ignoring (each 1-5), as the ranking adds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by: a possible solution first (yes, unknown, no), then ease + cost of ignoring (highest first), then dot votes. Alt+Up / Alt+Down places a problem by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by scores again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the problem or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked statement numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5, 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the statement numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a possible solution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How easy is the solution to implement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of ignoring the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease %1 + cost of ignoring %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazards were ticked in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? Its actions stay in the plan, without a linked problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.vzw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open workshop itself. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with a copy of this workshop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist (any more). It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named “%1” already exists. It was not overwritten; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes), so it is not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a workshop file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file “%1” is damaged and cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of vzworkshop (file format %2; this version reads up to %3). Update vzworkshop to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open, in another vzworkshop window or program. Close it there first, then open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be changed (the file or its folder is read-only). Copy it to a folder where you can save, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to “%1” could not be saved (%2). What was saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older version of vzworkshop and must be upgraded to open it here. A copy of the file as it is now is kept as “%2”. Upgrade it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know now; everything can be changed later under Workshop &gt; Details. Next you choose where to save the workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n more answer(s).</source>
        <translation>
            <numerusform>Waiting for %n more answer.</numerusform>
            <numerusform>Waiting for %n more answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} {value}, at {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {value}, between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the team&apos;s members. At least half should be employees from outside management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least half of the team are employees from outside management (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than half of the team are employees from outside management (%1 of %2); the method asks for at least half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker representative is on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker representative on the team yet; workers&apos; representatives should be consulted and involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several departments are represented (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members from different departments and levels make a stronger team (departments so far: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender balance: women %1, men %2, other %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s gender balance is uneven (women %1, men %2, other %3); the method asks for attention to gender balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank &amp;questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tallies (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;backup (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shareable workshop (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the workshop agreed, step by step, with the results of each round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions: what, who, by when and their status, on landscape pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten statements to answer on paper, with the workshop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for the notice board: the group&apos;s average and the top priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme of the workshop day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many gave each answer, per round, group and statement, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole workshop, also groups too small to show: a private backup to keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop without small groups&apos; figures or facilitator notes, safe to pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (any more); choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has that name; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: the folder “%2” cannot be written to (no permission, or it is read-only). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”
in the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant entry not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so the participants&apos; answers could not be saved. Use File &gt; Save a copy as… to make a copy you can work on, and open the copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so the change was not saved. Use File &gt; Save a copy as… to work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk or USB stick is still there and has free space, then try again. File &gt; Save a copy as… can keep the workshop somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder it is in cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only: %1. Changes cannot be saved. Use File &gt; Save a copy as… to work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the workshop to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from paper questionnaires or an online survey can be added to a round. Type the paper answers into a spreadsheet: one row per questionnaire, a header row with the columns q1 to q10 (and optionally a column “group” for the department), each cell 0 to 5 as ticked (0 = don&apos;t know), an empty cell when the question was skipped. Save it as CSV (semicolon or comma separated); Excel&apos;s “CSV UTF-8” works. The file is checked completely before anything is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file with the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per item in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round to add the answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put all answers in one &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group for all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new round&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups: all answers go into the round as one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group with fewer than %1 answers is not shown on its own (anonymity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new round a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round named “%1” exists already: choose it above, or give the new round another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the round “{name}”? Nobody has answered in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agreed levels and notes are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n answer(s). A round with answers is never deleted.</source>
        <translation>
            <numerusform>“{name}” has %n answer. A round with answers is never deleted.</numerusform>
            <numerusform>“{name}” has %n answers. A round with answers is never deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda is empty: add its blocks under View &gt; Agenda and timer (Ctrl+0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App icon: a staircase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Vision Zero workshop on psychosocial wellbeing on one laptop, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence, sources and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software under the MIT licence: you may use, copy, change and share it. It comes without any warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop follows the ISSA Vision Zero guide. The statements, the maturity staircase and the checklists are quoted from these sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF reports use the DejaVu fonts (Bitstream Vera licence; DejaVu changes are in the public domain). The licence text comes with the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1, Qt %2 and Qt for Python (PySide6) %3 under the GNU LGPL version 3, ReportLab (BSD licence) and sqlite-utils (Apache licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method and its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Plan the workshop in time boxes and keep time in the room. Enter on a block makes it the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the agenda from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected block up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected block down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+↑/↓ or drag to reorder; Enter makes a block the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total planned: %1 h %2 min (%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2 min) from the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its recorded time (%1) is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n block(s) of this agenda with the template “%1”? Their titles, notes and recorded times are removed.</source>
        <translation>
            <numerusform>Replace the %n block of this agenda with the template “%1”? Its title, notes and recorded time are removed.</numerusform>
            <numerusform>Replace the %n blocks of this agenda with the template “%1”? Their titles, notes and recorded times are removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DK</source>
        <comment>short for &quot;don&apos;t know&quot; under a bar</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen round (only one without answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a round nobody has answered in can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from a paper or online survey (a CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start participant entry (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start participant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results on the projector &amp;until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the results on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live on the projector: the round&apos;s final results may then have to wait for more answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed levels and discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial hazards (ISO 45003)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do and say in this block (only you see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the block belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step (welcome, break, close …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>e.g. the director and the management team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who from management committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What management decided: support, resources, time for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the commitment date to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the commitment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-environment team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to the team (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team gender balance (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on the psychosocial working environment: members from different departments and levels, with worker representatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for the team only, to check the balance. Nothing like this is ever asked of participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from this step for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members: %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the working-environment team?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <source>Discuss each statement and agree on where you are together: the agreed level (&quot;samlet vurdering&quot;) may differ from the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you entered before this has been saved: you can carry on, or close and reopen the workshop if something looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, please send the log file to whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the log file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Compare rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did we learn, and what do we take into the next cycle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Lessons and next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect answers for the latest round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts to print (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Facilitator&apos;s notes per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for you: never shown on the projector or to participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare, say and watch for in step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use last folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last folder used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use last folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Show or hide the method&apos;s guidance for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s guidance for this step (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s guidance and questions for this step (Space shows or hides it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardChecklist</name>
    <message>
        <source>Psychosocial hazards from ISO 45003. Tick those that are relevant in your workplace and note why; they can be linked to problems in step 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardRow</name>
    <message>
        <source>Why {hazard} is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this relevant here?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintList</name>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To consider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementPage</name>
    <message>
        <source>Overview of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Enter adds the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions yet: add them in step 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): {parts}.</source>
        <translation>
            <numerusform>%n action: {parts}.</numerusform>
            <numerusform>%n actions: {parts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (due date passed, not done)</source>
        <translation>
            <numerusform>%n overdue (due date passed, not done)</numerusform>
            <numerusform>%n overdue (due date passed, not done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n without an owner</numerusform>
            <numerusform>%n without an owner</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected progress note?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDiscussion</name>
    <message>
        <source>Agreed level for statement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion notes for statement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the group say? Examples, disagreements, ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1-5, or 0 for &quot;Don&apos;t know&quot;. Backspace goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next statement without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for one group.
Or one department per line, e.g.
Home care
Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups let you compare departments. A group&apos;s results are shown only when it has enough answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a round called &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;{name}&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <source>Participant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the laptop to the next participant.
Press Enter to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are anonymous: they are added to the group&apos;s totals only when you submit, and nobody can see what you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group (department) do you belong to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press its number or touch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved: {problem}. Please call the facilitator; your answers are kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answers have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End participant entry?

Facilitator: press Enter to end, Esc to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and delete the answers given so far?

Press Enter to delete them, Esc to continue answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step&apos;s page is coming soon. Its guidance is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritisePage</name>
    <message>
        <source>Prioritise or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Evidence and priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term goals of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do we want to be in two to three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources for the plan as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action “{what}” with its progress notes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left of the current agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round has been started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{answers}. The average waits for %n more answer(s), so no one&apos;s own answers can be worked out by comparing it with figures shown before.</source>
        <translation>
            <numerusform>{answers}. The average waits for one more answer, so no one&apos;s own answers can be worked out by comparing it with figures shown before.</numerusform>
            <numerusform>{answers}. The average waits for %n more answers, so no one&apos;s own answers can be worked out by comparing it with figures shown before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {value} from the first {shown}. It moves again after %n more answer(s), so no one&apos;s own answers can be worked out.</source>
        <translation>
            <numerusform>Average {value} from the first {shown}. It moves again after one more answer, so no one&apos;s own answers can be worked out.</numerusform>
            <numerusform>Average {value} from the first {shown}. It moves again after %n more answers, so no one&apos;s own answers can be worked out.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} so far. {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers}. Nobody has placed us on the staircase yet (all said &quot;don&apos;t know&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average {value} from {answers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Print blank questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten statements with the answer scale, to fill in on paper and enter afterwards. No workshop is needed; save the PDF and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the questionnaire as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Show results for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort statements by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resu&amp;lts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution (1-5, don&apos;t know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread is the standard deviation of the 1-5 answers: the larger it is, the more people disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n answer(s))</source>
        <translation>
            <numerusform>{name} (%n answer)</numerusform>
            <numerusform>{name} (%n answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{answers}. The results wait for %n more answer(s), so that no one&apos;s answers can be worked out by comparing them with the results shown before.</source>
        <translation>
            <numerusform>{answers}. The results wait for %n more answer, so that no one&apos;s answers can be worked out by comparing them with the results shown before.</numerusform>
            <numerusform>{answers}. The results wait for %n more answers, so that no one&apos;s answers can be worked out by comparing them with the results shown before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{answers}. Results are shown from %n answers on.</source>
        <translation>
            <numerusform>{answers}. Results are shown from %n answer on.</numerusform>
            <numerusform>{answers}. Results are shown from %n answers on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results of this group are {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The results of this group are withheld: fewer than %n answers, or they could be worked out from the other groups.</source>
        <translation>
            <numerusform>The results of this group are withheld: fewer than %n answer, or they could be worked out from the other groups.</numerusform>
            <numerusform>The results of this group are withheld: fewer than %n answers, or they could be worked out from the other groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld (protects a smaller group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld (comparison with earlier results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld so that a smaller group&apos;s answers cannot be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld so that no one&apos;s answers can be worked out by comparing with the results shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>withheld (fewer than %n answers)</source>
        <translation>
            <numerusform>withheld (fewer than %n answer)</numerusform>
            <numerusform>withheld (fewer than %n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: withheld to protect anonymity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round yet. Start one with &quot;New round&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to submit. Use Change (or Backspace) to correct an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the last statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ More answers below: press End or the Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer to statement {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: a screen other than this window&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum group size for new workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for &amp;workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for &amp;exports (PDF, CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s figures are shown only when at least this many have answered. Each workshop keeps its own value; this is what new workshops start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and saving workshops starts in this folder. Without one, in the folder last used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are proposed in this folder. Without one, beside the workshop file, or in the folder last chosen for that workshop&apos;s exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector window opens on this screen. Automatic picks a screen other than the one this window is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaircaseChart</name>
    <message>
        <source>Maturity staircase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No average shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a workshop and choose where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample workshop to look around in; nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected workshop here; the file is not deleted (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops you open or create appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print blank questionnaire...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the ten statements to answer on paper; no workshop needed (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run a workshop with this app (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, folders, projector screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Vision Zero workshop on psychosocial wellbeing, step by step. Everything stays in one workshop file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file no longer exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepNotesView</name>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other data did you look at? E.g. workplace assessment (APV), sickness absence, staff turnover, wellbeing surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys, or press Ctrl+1 to Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s agenda and the room&apos;s timer (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (Ctrl+%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSpent</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give the current block %1 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is done. Enter on a block opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block to the agenda to use the timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min planned. %2 gives 5 more minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left of %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, %1 min in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start: %1 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (planned %2, %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current block %1 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next block (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this block and start the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left of the current block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the block&apos;s time used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Organisation (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Testby Kommune, Home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Workshop on wellbeing at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the method&apos;s statements, steps and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum group size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s answers are shown only when at least this many have answered (2-20). This protects anonymity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the organisation; it appears on the minutes and reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import answers from a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda and timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timer on &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent workshops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
