# Tavle på bokmål: ui-workshop. Samme nøkler som locales/nn/ui-workshop.ftl (en test passer på det).
# Workshop (ui/workshop.js), Del med HR og Oversikt over enheter (ui/rollup.js).

## Workshop

ws-title = Workshop · { $name }
ws-pdf-name = { $name } - innspill fra workshopen.pdf
ws-count = { $n } innspill
ws-to-board = Til tavla …
ws-to-board-n = Til tavla ({ $n }) …
ws-select-hint = Velg innspill med mellomrom eller avkrysning
ws-selected = { $n } innspill valgt
ws-votes = { $n ->
    [one] 1 stemme
   *[other] { $n } stemmer
}
ws-select-card = Velg innspillet
ws-vote-down = Ta bort en stemme (−)
ws-vote-up = Gi en stemme (+)
ws-move-up = Flytt opp (Alt+↑)
ws-move-down = Flytt ned (Alt+↓)
ws-edit = Endre
ws-edit-title = Endre teksten (Enter)
ws-delete = Slett
ws-delete-title = Slett innspillet (Delete)
# Under kortet: raden på tavla innspillet ble til.
ws-row-link = → Rad { $n }: { $goal }
ws-edit-label = Endre innspillet
ws-empty-card = Innspillet kan ikke være tomt. Vil du fjerne det, velg «Slett» (Delete).
ws-edit-conflict = { $reason } Teksten du skrev: «{ $text }». Trykk Enter på kortet for å skrive den inn igjen.
ws-deleted = Innspill slettet
ws-undo = Angre (Ctrl+Z)
ws-merged = Innspillene er slått sammen
ws-restored = Innspillet er tilbake
ws-unmerged = Innspillene er skilt igjen
ws-selection-gone = Innspillene som var valgt, finnes ikke lenger. Velg innspill på nytt.
ws-row-added = Rad { $n } er lagt til på tavla.
ws-added = Raden er lagt til på tavla.
ws-error-retry = Noe gikk galt. Prøv igjen.
ws-timer-start = Start
ws-timer-stop = Stopp
ws-time-up = Tiden er ute
ws-field-placeholder = Skriv det som blir sagt, og trykk Enter
ws-field-label = Nytt innspill: { $question }
ws-cards-label = Innspill: { $question }
ws-timer-minutes-label = Minutter på tidtakeren
ws-timer-minutes = { $m } min
ws-timer-title = Tidtaker for spørsmålet

## Del med HR

ws-share-what = Tavlen «{ $title }» deles som én fil i mappen dere deler med HR.
ws-share-no-folder = Skriv eller velg mappen dere deler med HR.
ws-shared = Delt med HR: { $unit } { $year } er lagret som «{ $path }».
ws-shared-replaced = Delt med HR: { $unit } { $year } er lagret som «{ $path }». Den forrige delingen er erstattet.
ws-pick-share-folder = Velg mappen dere deler med HR

## Oversikt over enheter

ws-col-unit = Enhet
ws-col-ytd = Hittil i år
ws-col-target = Mål
ws-col-gap = Avstand (pp)
ws-col-presence = Nærvær
ws-col-direction = Siste 3 mnd
ws-col-missing = Mangler
ws-col-measures = Tiltak
ws-col-overdue = Forsinket
ws-col-milestones = Delmål nådd
ws-col-changed = Sist endret
ws-col-funnel = Mot tilfeldig variasjon
ws-funnel-masked = { $n } { $n ->
        [one] enhet
       *[other] enheter
    } under 5 årsverk er med i midtlinjen, men vises ikke som prikker.
ws-funnel-none = Ingen enheter her har avtalte og tapte dagsverk, så traktdiagrammet kan ikke tegnes.
ws-funnel-axis-x = Avtalte dagsverk hittil i år
ws-funnel-axis-y = Sykefravær
ws-no-figures = ingen tall
ws-ytd-mean = { $pct } (snitt av mnd.)
ws-overview-no-folder = Skriv eller velg mappen dere deler med HR, og velg «Vis oversikt».
ws-reading-folder = Leser mappen …
ws-overview-title = Oversikt over enheter { $year }
ws-overview-status = { $n } { $n ->
        [one] enhet
       *[other] enheter
    } · { $through }
ws-sort-by = Sorter etter { $column }
ws-open = Åpne
ws-open-unit = Åpne tavlen til { $unit } (bare lesing)
ws-masked-title = Under 5 årsverk: fraværet vises ikke, for ikke å peke ut enkeltpersoner. Det er med i totalen.
ws-total = Totalt
ws-no-units-filter = Ingen enheter har «{ $filter }» i navnet.
ws-no-units-year = Ingen enheter har tavle for { $year }.
ws-skipped-title = Hoppet over ({ $n })
ws-no-absence-yet = ingen fraværstall ennå
ws-through = fraværstall til og med { $month } { $year }
# Månedene, januar til desember, med mellomrom mellom.
ws-month-names = januar februar mars april mai juni juli august september oktober november desember
ws-note-total = Totalt er Σ tapte dagsverk / Σ avtalte dagsverk for { $n } { $n ->
        [one] enhet
       *[other] enheter
    } med dagsverk, aldri et snitt av prosenter; målet i totalen er vektet på samme måte.
ws-note-without-days = { $n } { $n ->
        [one] enhet har
       *[other] enheter har
    } bare prosenter og er ikke med i totalen; «hittil i år» er da snittet av månedene.
ws-note-masked = «skjult»: enheter under 5 årsverk vises ikke med fravær, for ikke å peke ut enkeltpersoner. De er med i totalen. Størrelsen er antall årsverk lederen har oppgitt på tavlen; der det mangler, anslått fra avtalte dagsverk uten juli (ferien).
ws-note-filter = Viser enheter med «{ $filter }» i navnet ({ $n } andre er ikke vist).
ws-overview-pdf-name = Oversikt over enheter { $year }.pdf
ws-pdf-saved = PDF-en er lagret som «{ $path }» og åpnet i PDF-leseren. Skriv ut derfra.
ws-pick-rollup-folder = Velg den delte mappen med tavlene
ws-unit-file = Fra «{ $file }», sist endret { $changed }. Bare lesing: endringer gjør lederen i sin egen fil og deler på nytt.
ws-unknown = ukjent
ws-unit-masked = skjult (under 5 årsverk)
ws-due = { -due } { $date }
ws-withdrawn = Trukket tilbake: { $unit } { $year } er fjernet fra den delte mappen.
ws-sector-total = Sektor { $sector }
ws-sector-none = Uten sektor
ws-note-sectors = Sektorlinjene er Σ tapte / Σ avtalte dagsverk for enhetene i sektoren; sektoren er den på tavlen, ellers navnet på undermappen.
ws-no-units-sector = Ingen enheter i sektoren «{ $sector }».
