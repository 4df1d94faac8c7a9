<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: enter a number</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: choose one</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: enter a value</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: {value} is outside the range the model was validated on ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— not entered —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Checking model packages…</source>
        <translation>Checking model packages…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n model package verified</numerusform>
            <numerusform>%n model packages verified</numerusform>
        </translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>The model packages could not be checked: {error}</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Model facts</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>No model chosen.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Version {version}, signed by {signer}</translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} to train the model, {test} to test it)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Time horizon:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>How common:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} of the patients studied</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patients:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Intended use:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Intended users:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Decision support:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>What it predicts</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Do not use</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>How well it works</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>The data it learned from</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (95% CI {low} to {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} patients not used for training, {events} with the outcome</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>slope {slope}, intercept {intercept} (ideal: 1 and 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 is perfect)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Tested on:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discrimination (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibration:</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Brier score:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Specificity</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} at the threshold of {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>How it was tested:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>With outcome</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (95% CI) or note</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Results in subgroups</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Model packages</source>
        <translation>Model packages</translation>
    </message>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Refused: {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Demonstration - not for clinical use</source>
        <translation>Demonstration - not for clinical use</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Explanation chart</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>No explanation to show yet.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Average risk (all patients)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n other factor</numerusform>
            <numerusform>%n other factors</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>This patient&apos;s risk</translation>
    </message>
    <message>
        <source>{label} = {value}</source>
        <translation>{label} = {value}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{value}{percent}</source>
        <translation>{value}{percent}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} points</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
</context>
<context>
    <name>_Banner</name>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Demonstration — not for clinical use</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>This package is signed with the public demonstration key. Do not use its output for any patient.</translation>
    </message>
</context>
</TS>
