<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field} : saisissez un nombre</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field} : choisissez une valeur</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field} : saisissez une valeur</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field} : {value} est en dehors de l’intervalle sur lequel le modèle a été validé ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Valeurs du patient</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Facteurs, du plus important au moins important</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Modèle {id} version {version}, paquet {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Pas encore enregistrée : cette page n’est pas l’enregistrement du journal d’audit.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time} UTC.</source>
        <translation>{decision}. Motif : {reason}. Enregistrement d’audit {seq} ({uuid}), {time} UTC.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Fiche de cas Kuona</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Enregistrer le cas en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Choisissez un paquet de modèle vérifié dans la liste.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>E&amp;xpliquer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>No&amp;uveau patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Enregistrer ce cas en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Enregistrer ce cas en PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Valeurs du patient</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Résultat et décision</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Choisissez d’abord : accepter, accepter en partie ou passer outre.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Indiquez un motif lorsque vous acceptez en partie le résultat ou passez outre.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>Votre propre estimation, enregistrée avant l’affichage : {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time} UTC).</source>
        <translation>✔ Décision enregistrée dans le journal d’audit sous le numéro {seq} ({time} UTC).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>Vous pourrez enregistrer votre décision une fois le résultat affiché.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;Accepter le résultat du modèle</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>L’accepter en &amp;partie</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>Passer &amp;outre selon mon propre jugement</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choisir un motif —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>R&amp;emarque (facultatif)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>Identifia&amp;nt du patient (facultatif, conservé uniquement sous forme de code)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>Enregi&amp;strer la décision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Résultat du modèle accepté</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Accepté en partie</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>Passé outre</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>Mon jugement clinique diffère</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>Le contexte du patient (antécédents, examen) diffère</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Le modèle ne tient pas compte d’informations importantes</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>Le patient relève d’une limite indiquée</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>Une valeur est en dehors de l’intervalle validé</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>La préférence du patient</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Autre (précisez dans la remarque)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>D’abord votre jugement</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Avant de voir le résultat du modèle : à quel niveau estimez-vous le risque de ce patient ?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>Risque fai&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>Risque &amp;moyen</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Risque é&amp;levé</translation>
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
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>Vérification des paquets de modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n paquet de modèle vérifié</numerusform>
            <numerusform>%n paquets de modèles vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>%n refusé (voir la liste)</numerusform>
            <numerusform>%n refusés (voir la liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Les paquets de modèles n’ont pas pu être vérifiés : {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>Comment lire une explication</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Enregistrer le cas en PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Imprimer le cas…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Demander mon propre jugement avant d’afficher le modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Aucun modèle choisi.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Version {version}, signée par {signer}</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Certaines parties de cette fiche de modèle ne sont pas disponibles dans votre langue ; elles sont affichées en anglais (%n texte).</numerusform>
            <numerusform>Certaines parties de cette fiche de modèle ne sont pas disponibles dans votre langue ; elles sont affichées en anglais (%n textes).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} pour entraîner le modèle, {test} pour le tester)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue prédite :</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Horizon temporel :</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} des patients étudiés</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population :</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Contexte de soins :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patients :</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Utilisation prévue :</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Utilisateurs prévus :</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Aide à la décision :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Ce qu’il prédit</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Ne pas utiliser</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>Les données d’apprentissage</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (IC à 95 % : {low} à {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} patients non utilisés pour l’entraînement, dont {events} avec l’issue</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>pente {slope}, ordonnée à l’origine {intercept} (idéal : 1 et 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 = parfait)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Testé sur :</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discrimination (AUC) :</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibration :</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Score de Brier :</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} au seuil de {threshold} :</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>Méthode d’évaluation :</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>Avec l’issue</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (IC à 95 %) ou remarque</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Résultats par sous-groupe</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Model packages</source>
        <translation>Paquets de modèles</translation>
    </message>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Refusé : {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Démonstration — pas pour un usage clinique</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Choisissez un modèle pour commencer.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Saisissez les valeurs du patient, puis appuyez sur Expliquer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Calcul de l’explication…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>Le résultat du modèle reste masqué tant que vous n’avez pas donné votre propre estimation.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>L’explication n’a pas pu être calculée ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risque de ce patient</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Principaux facteurs pour ce patient</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Probabilité estimée de « {outcome} » pour ce patient</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Score du modèle (log-odds) pour « {outcome} »</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Sortie du modèle pour « {outcome} »</translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>Environ %n patient sur 100 comme celui-ci l’aurait.</numerusform>
            <numerusform>Environ %n patients sur 100 comme celui-ci l’auraient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Moyenne des patients de référence : {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>Au niveau ou au-dessus du seuil du modèle ({threshold}).</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>En dessous du seuil du modèle ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>Fiabilité : la fiche du modèle n’indique aucune performance testée ; à interpréter avec prudence.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>Fiabilité : sur {n} patients testés, le modèle a classé un patient ayant l’issue au-dessus d’un patient sans l’issue dans {share} des cas (AUC {auc}, IC à 95 % : {low} à {high}). C’est une estimation fondée sur des patients passés, pas un diagnostic.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} {value} n’a presque rien changé.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} {value} a augmenté le risque de {points} points de pourcentage.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} {value} a diminué le risque de {points} points de pourcentage.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} {value} a augmenté le score de {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} {value} a diminué le score de {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} points, approximatif)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, approximatif)</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} est en dehors de l’intervalle sur lequel le modèle a été validé ({range}) : ce patient ne fait pas partie de la population sur laquelle il a été testé, le risque peut donc être faux.</translation>
    </message>
    <message>
        <source>{feature} was not entered: the model filled it in as it was trained to, which makes the risk less certain.</source>
        <translation>{feature} n’a pas été renseigné : le modèle l’a complété comme il a appris à le faire, ce qui rend le risque moins certain.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>Cette explication est approximative : le modèle a trop d’entrées pour la calculer exactement. Chaque facteur indique sa marge d’erreur.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Avertissement : {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>Comment lire ceci : le graphique part du risque moyen des patients de référence et ajoute l’effet de chaque facteur, vers le haut ou vers le bas, jusqu’au risque de ce patient. La taille d’un facteur indique de combien il a déplacé le résultat du modèle ; elle ne dit pas qu’il cause la maladie, ni ce qui se passerait s’il changeait. Vérifiez les limites avant de vous y fier ; votre jugement clinique décide.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Modèle de démonstration : n’utilisez ce résultat pour aucun patient.</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Graphique de l’explication</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>Aucune explication à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Risque moyen (tous les patients)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n autre facteur</numerusform>
            <numerusform>%n autres facteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risque de ce patient</translation>
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
        <translation>{value}&#xa0;{percent}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value}&#xa0;points</translation>
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
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Démonstration — pas pour un usage clinique</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>Ce paquet est signé avec la clé publique de démonstration. N’utilisez ses résultats pour aucun patient.</translation>
    </message>
</context>
</TS>
