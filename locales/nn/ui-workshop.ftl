# Tavle på nynorsk: ui-workshop. Same nøklar som locales/nb/ui-workshop.ftl (ein test passar på det).
# Workshop (ui/workshop.js), Del med HR og Oversikt over einingar (ui/rollup.js).

## Workshop

ws-title = Workshop · { $name }
ws-pdf-name = { $name } - innspel frå workshopen.pdf
ws-count = { $n } innspel
ws-to-board = Til tavla …
ws-to-board-n = Til tavla ({ $n }) …
ws-select-hint = Vel innspel med mellomrom eller avkryssing
ws-selected = { $n } innspel valt
ws-votes = { $n ->
    [one] 1 stemme
   *[other] { $n } stemmer
}
ws-select-card = Vel innspelet
ws-vote-down = Ta bort ei stemme (−)
ws-vote-up = Gi ei stemme (+)
ws-move-up = Flytt opp (Alt+↑)
ws-move-down = Flytt ned (Alt+↓)
ws-edit = Endre
ws-edit-title = Endre teksten (Enter)
ws-delete = Slett
ws-delete-title = Slett innspelet (Delete)
# Under kortet: rada på tavla innspelet vart til.
ws-row-link = → Rad { $n }: { $goal }
ws-edit-label = Endre innspelet
ws-empty-card = Innspelet kan ikkje vere tomt. Vil du fjerne det, vel «Slett» (Delete).
ws-edit-conflict = { $reason } Teksten du skreiv: «{ $text }». Trykk Enter på kortet for å skrive han inn igjen.
ws-deleted = Innspel sletta
ws-undo = Angre (Ctrl+Z)
ws-merged = Innspela er slått saman
ws-restored = Innspelet er tilbake
ws-unmerged = Innspela er skilde igjen
ws-selection-gone = Innspela som var valde, finst ikkje lenger. Vel innspel på nytt.
ws-row-added = Rad { $n } er lagd til på tavla.
ws-added = Rada er lagd til på tavla.
ws-error-retry = Noko gjekk gale. Prøv igjen.
ws-timer-start = Start
ws-timer-stop = Stopp
ws-time-up = Tida er ute
ws-field-placeholder = Skriv det som blir sagt, og trykk Enter
ws-field-label = Nytt innspel: { $question }
ws-cards-label = Innspel: { $question }
ws-timer-minutes-label = Minutt på tidtakaren
ws-timer-minutes = { $m } min
ws-timer-title = Tidtakar for spørsmålet

## Del med HR

ws-share-what = Tavla «{ $title }» blir delt som éi fil i mappa de deler med HR.
ws-share-no-folder = Skriv eller vel mappa de deler med HR.
ws-shared = Delt med HR: { $unit } { $year } er lagra som «{ $path }».
ws-shared-replaced = Delt med HR: { $unit } { $year } er lagra som «{ $path }». Den førre delinga er erstatta.
ws-pick-share-folder = Vel mappa de deler med HR

## Oversikt over einingar

ws-col-unit = Eining
ws-col-ytd = Hittil i år
ws-col-target = Mål
ws-col-gap = Avstand (pp)
ws-col-presence = Nærvær
ws-col-direction = Siste 3 mnd
ws-col-missing = Manglar
ws-col-measures = Tiltak
ws-col-overdue = Forseinka
ws-col-milestones = Delmål nådde
ws-col-changed = Sist endra
ws-col-funnel = Mot tilfeldig variasjon
ws-funnel-masked = { $n } { $n ->
        [one] eining
       *[other] einingar
    } under 5 årsverk er med i midtlinja, men blir ikkje viste som prikkar.
ws-funnel-none = Ingen einingar her har avtalte og tapte dagsverk, så traktdiagrammet kan ikkje teiknast.
ws-funnel-axis-x = Avtalte dagsverk hittil i år
ws-funnel-axis-y = Sjukefråvær
ws-no-figures = ingen tal
ws-ytd-mean = { $pct } (snitt av mnd.)
ws-overview-no-folder = Skriv eller vel mappa de deler med HR, og vel «Vis oversikt».
ws-reading-folder = Les mappa …
ws-overview-title = Oversikt over einingar { $year }
ws-overview-status = { $n } { $n ->
        [one] eining
       *[other] einingar
    } · { $through }
ws-sort-by = Sorter etter { $column }
ws-open = Opne
ws-open-unit = Opne tavla til { $unit } (berre lesing)
ws-masked-title = Under 5 årsverk: fråværet blir ikkje vist, for ikkje å peike ut einskildpersonar. Det er med i totalen.
ws-total = Totalt
ws-no-units-filter = Ingen einingar har «{ $filter }» i namnet.
ws-no-units-year = Ingen einingar har tavle for { $year }.
ws-skipped-title = Hoppa over ({ $n })
ws-no-absence-yet = ingen fråværstal enno
ws-through = fråværstal til og med { $month } { $year }
# Månadene, januar til desember, med mellomrom mellom.
ws-month-names = januar februar mars april mai juni juli august september oktober november desember
ws-note-total = Totalt er Σ tapte dagsverk / Σ avtalte dagsverk for { $n } { $n ->
        [one] eining
       *[other] einingar
    } med dagsverk, aldri eit snitt av prosentar; målet i totalen er vekta på same måte.
ws-note-without-days = { $n } { $n ->
        [one] eining har
       *[other] einingar har
    } berre prosentar og er ikkje med i totalen; «hittil i år» er då snittet av månadene.
ws-note-masked = «skjult»: einingar under 5 årsverk blir ikkje viste med fråvær, for ikkje å peike ut einskildpersonar. Dei er med i totalen. Storleiken er talet på årsverk leiaren har gitt på tavla; der det manglar, rekna ut frå avtalte dagsverk utan juli (ferien).
ws-note-filter = Viser einingar med «{ $filter }» i namnet ({ $n } andre er ikkje viste).
ws-overview-pdf-name = Oversikt over einingar { $year }.pdf
ws-pdf-saved = PDF-en er lagra som «{ $path }» og opna i PDF-lesaren. Skriv ut derifrå.
ws-pick-rollup-folder = Vel den delte mappa med tavlene
ws-unit-file = Frå «{ $file }», sist endra { $changed }. Berre lesing: endringar gjer leiaren i si eiga fil og deler på nytt.
ws-unknown = ukjend
ws-unit-masked = skjult (under 5 årsverk)
ws-due = { -due } { $date }
ws-withdrawn = Trekt tilbake: { $unit } { $year } er fjerna frå den delte mappa.
ws-sector-total = Sektor { $sector }
ws-sector-none = Utan sektor
ws-note-sectors = Sektorlinjene er Σ tapte / Σ avtalte dagsverk for einingane i sektoren; sektoren er den på tavla, elles namnet på undermappa.
ws-no-units-sector = Ingen einingar i sektoren «{ $sector }».
