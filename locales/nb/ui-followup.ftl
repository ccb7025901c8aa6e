# Tavle på bokmål: ui-followup. Samme nøkler som locales/nn/ui-followup.ftl (en test passer på det).
# Skjermene for årets oppfølging: Fraværstall (ui/absence.js), Prosjekt nærvær (ui/plan.js),
# Månedsgjennomgang (ui/review.js), Frister (ui/deadlines.js) og Excel (ui/sheets.js).

## Felles

fu-not-saved-reason = Ikke lagret: { $reason }
fu-not-saved-retry = Ikke lagret. Prøv igjen.
fu-error-retry = Noe gikk galt. Prøv igjen.
fu-overdue = Forsinket

## Fraværstall

fu-absence-title = Fraværstall · { $title }
fu-absence-field-pct = prosent
fu-absence-field-agreed = avtalte dagsverk
fu-absence-field-lost = tapte dagsverk
fu-absence-field-self-certified = egenmeldte dagsverk
# Feltets navn for skjermleseren: «Januar, avtalte dagsverk».
fu-absence-cell = { $month }, { $field }
# Forbokstavene til månedene under stolpene i grafen, januar til desember, med mellomrom mellom.
fu-absence-month-letters = J F M A M J J A S O N D
fu-absence-pct-replaces-days = Prosenten erstatter dagsverkene for { $month } når du går videre.
fu-absence-days-replace-pct = Dagsverkene erstatter prosenten for { $month } når du går videre.
fu-absence-unsaved = Ikke lagret: { $months }. Rett tallene (se under måneden), eller velg «Tilbake» en gang til for å gå uten å lagre dem. Det som er lagret fra før, beholdes.
fu-absence-basis-question = Med prosent for { $month } blir «hittil i år» et snitt av månedene ({ $mean }), ikke tapte delt på avtalte dagsverk ({ $days }) som resten av året. Skriv dagsverkene for { $month }, eller lagre prosenten likevel.
fu-absence-basis-type-days = Skriv dagsverk for { $month }
fu-absence-basis-keep-pct = Lagre prosenten likevel
fu-absence-target-unset = ikke satt
fu-absence-small-month = Få dagsverk: prosenten kan peke ut én person
fu-absence-small-months = Få avtalte dagsverk (under 100, færre enn rundt fem årsverk) i { $months }. Ved så få ansatte kan en prosent peke ut én person: vær varsom med å vise tallene.
fu-trend-title = Seriediagram for { $unit }, alle år i filen
fu-trend-median = Median { $median }
fu-trend-baseline = Grunnlag
fu-trend-point-above = { $month }: { $pct }, over medianen
fu-trend-point-below = { $month }: { $pct }, under medianen
fu-trend-point-on = { $month }: { $pct }, på medianen
fu-trend-in-run = i serien som gir signal
fu-trend-marker = { $month }, { $kind }: { $measure }
fu-trend-no-points = Ingen måneder har tall ennå. Skriv inn fraværstall, så tegnes diagrammet.
fu-trend-frozen = Medianen er frosset på de første { $n } månedene.
fu-trend-unfrozen = Medianen er av alle månedene igjen.
fu-trend-n-missing = Skriv hvor mange av de første månedene medianen skal bygge på.

## Prosjekt nærvær

fu-plan-title = Prosjekt nærvær · { $title }
fu-plan-december = Sykefravær i desember { $year } (%)
fu-plan-average = Gjennomsnittlig sykefravær i { $year } (%)
fu-plan-desired = Ønsket situasjon i løpet av { $year }
fu-plan-desired-question = Hvordan har vi det i løpet av { $year } når målet er nådd?
fu-plan-target-title = Mål sykefravær % { $year }
fu-plan-target-question = Hvilket mål er realistisk å oppnå i { $year }?
fu-plan-target-unset = Ikke satt
fu-plan-milestone-placeholder = For eksempel: Faghjul på plass
fu-plan-milestone = Delmål
fu-plan-milestone-due = { -due }
fu-plan-date-placeholder = dd.mm.åååå
fu-plan-milestone-reached = Nådd
fu-plan-milestone-reached-on = Dagen delmålet ble nådd
fu-plan-milestone-reached-on-title = dd.mm.åååå: i dag når du krysser av, eller dagen det ble nådd
fu-plan-milestone-remove = Fjern delmålet
# Feltene slik de nevnes når planen er endret et annet sted samtidig.
fu-plan-field-december = Sykefravær i desember
fu-plan-field-average = Gjennomsnittlig sykefravær
fu-plan-field-situation = Situasjonsbeskrivelse
fu-plan-field-why = Hvorfor endre
fu-plan-field-actions = Handlinger
fu-plan-field-desired = Ønsket situasjon
fu-plan-field-obstacles = Hindringer
fu-plan-clash = { $field }: «{ $text }»
fu-plan-clash-empty = (tomt)
fu-plan-conflict = { $reason } Det andre stedet skrev { $clashes }. Din tekst står i skjemaet og lagres når du skriver videre.
fu-plan-pdf-name = { $title } - prosjekt nærvær.pdf

## Månedsgjennomgang

fu-review-title = Månedsgjennomgang · { $title }
fu-review-progress = Tiltak { $i } av { $n }
fu-review-row = Rad { $n }
fu-review-due = · Frist { $date }
fu-review-no-changes = Ingen endringer ennå
fu-review-end-progress = Slutt: { $done } av { $n } gått gjennom
fu-review-all-done = Alle aktive tiltak er gått gjennom
fu-review-end = Slutt på gjennomgangen
fu-review-count-done = { $done } av { $n } tiltak gått gjennom
fu-review-count-skipped = { $n } hoppet over
fu-review-count-changed = { $n } endret
fu-review-changes-saved = Endringene er lagret.
fu-review-no-active = Tavlen har ingen aktive tiltak (alle er fullført eller avbrutt).
fu-review-saved = Lagret.
fu-review-saved-ytd = Lagret. Sykefravær hittil i år: { $ytd } ({ $basis }).
fu-review-saved-ytd-gap = Lagret. Sykefravær hittil i år: { $ytd } ({ $basis }), { $gap }.

## Frister

fu-deadlines-none-within = Ingen tiltak er forsinket eller har frist de neste { $days } dagene.
fu-deadlines-none-overdue = Ingen tiltak er forsinket.
fu-deadlines-open-board = Åpne tavlen

## Excel

fu-sheets-exported = Excel-filen er lagret som «{ $path }».
fu-sheets-source-tavle = «{ $file }» er en arbeidsbok fra Tavle og leses tilbake nøyaktig.
fu-sheets-source-sheet = «{ $file }»: arket «{ $sheet }», overskriftene står på rad { $row }.
fu-sheets-skipped-row = rad { $row }
fu-sheets-all-read = Alle cellene kunne leses.
fu-sheets-problems = Celler som ikke kunne leses ({ $n })
fu-sheets-extra-months = { $n } måneder med fraværstall
fu-sheets-extra-milestones = { $n } delmål
fu-sheets-extra-inputs = { $n } innspill fra workshopen
fu-sheets-rows-title = Radene slik de blir på tavlen ({ $n })
fu-sheets-rows-title-extra = Radene slik de blir på tavlen ({ $n }) · og { $extra }
fu-sheets-more-rows = … og { $n } rader til.
fu-sheets-import-rows = { $n ->
    [one] Importer 1 rad
   *[other] Importer { $n } rader
}
fu-sheets-unit-missing = Skriv hvilken enhet tavlen gjelder, for eksempel «Hjemmesykepleien».
fu-sheets-year-missing = Skriv året tavlen gjelder med fire sifre, for eksempel { $year }.
fu-sheets-imported = Tavlen er importert fra «{ $file }».

## Importer fra Excel: hvor importen havner, og koblinger

fu-sheets-target-new = Blir en ny tavle i filen.
fu-sheets-target-copy = Blir en egen kopi, en ny tavle ved siden av.
fu-sheets-target-update = Oppdaterer tavlen { $unit } { $year } som arbeidsboken ble eksportert fra: { $changed } endret, { $added } nye, { $missing } finnes ikke lenger i arket.
fu-sheets-target-exists = Filen har allerede en tavle for { $unit } { $year }. Tavle lager ikke en tavle til for samme enhet og år uten at du velger det.
fu-sheets-remove-missing = Fjern { $n ->
    [one] raden
   *[other] de { $n } radene
} som ikke lenger er i arket (ellers beholdes de)
fu-sheets-as-new = Lag en egen kopi som ny tavle i stedet
fu-sheets-explain-update = Ingenting er lagret ennå. En status som er endret i arket, blir en linje i historikken datert i dag med merknaden «Endret i Excel». En sikkerhetskopi av filen tas først.
fu-sheets-update-board = Oppdater tavlen
fu-sheets-updated = { $unit } { $year } er oppdatert fra Excel: { $changed } endret, { $added } nye, { $removed } fjernet.
fu-sheets-read = Ark lest: { $sheets }
fu-sheets-left = ikke lest: { $sheets }
fu-sheets-map-column = Kolonne { $column } «{ $header }» ({ $values }):
fu-sheets-map-column-no-header = Kolonne { $column } uten overskrift ({ $values }):
fu-sheets-map-pick-field = Velg felt …
fu-sheets-map-leave-out = La kolonnen være ute
fu-sheets-map-status = Statusordet «{ $word }» ({ $cells }):
fu-sheets-map-pick-status = Velg status …
