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
    <name>MainWindow</name>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Checking model packages…</source>
        <translation>Vérification des paquets de modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n paquet de modèle vérifié</numerusform>
            <numerusform>%n paquets de modèles vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Les paquets de modèles n’ont pas pu être vérifiés : {error}</translation>
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
        <source>Demonstration - not for clinical use</source>
        <translation>Démonstration - pas pour un usage clinique</translation>
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
