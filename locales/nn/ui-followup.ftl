# Tavle på nynorsk: ui-followup. Same nøklar som locales/nb/ui-followup.ftl (ein test passar på det).
# Skjermane for oppfølginga gjennom året: Fråværstal (ui/absence.js), Prosjekt nærvær (ui/plan.js),
# Månadsgjennomgang (ui/review.js), Fristar (ui/deadlines.js) og Excel (ui/sheets.js).

## Felles

fu-not-saved-reason = Ikkje lagra: { $reason }
fu-not-saved-retry = Ikkje lagra. Prøv igjen.
fu-error-retry = Noko gjekk gale. Prøv igjen.
fu-overdue = Forseinka

## Fråværstal

fu-absence-title = Fråværstal · { $title }
fu-absence-field-pct = prosent
fu-absence-field-agreed = avtalte dagsverk
fu-absence-field-lost = tapte dagsverk
fu-absence-field-self-certified = eigenmelde dagsverk
# Namnet på feltet for skjermlesaren: «Januar, avtalte dagsverk».
fu-absence-cell = { $month }, { $field }
# Forbokstavane til månadene under stolpane i grafen, januar til desember, med mellomrom mellom.
fu-absence-month-letters = J F M A M J J A S O N D
fu-absence-pct-replaces-days = Prosenten erstattar dagsverka for { $month } når du går vidare.
fu-absence-days-replace-pct = Dagsverka erstattar prosenten for { $month } når du går vidare.
fu-absence-unsaved = Ikkje lagra: { $months }. Rett tala (sjå under månaden), eller vel «Tilbake» ein gong til for å gå utan å lagre dei. Det som er lagra frå før, blir verande.
fu-absence-basis-question = Med prosent for { $month } blir «hittil i år» eit snitt av månadene ({ $mean }), ikkje tapte delt på avtalte dagsverk ({ $days }) som resten av året. Skriv dagsverka for { $month }, eller lagre prosenten likevel.
fu-absence-basis-type-days = Skriv dagsverk for { $month }
fu-absence-basis-keep-pct = Lagre prosenten likevel
fu-absence-target-unset = ikkje sett
fu-absence-small-month = Få dagsverk: prosenten kan peike ut éin person
fu-absence-small-months = Få avtalte dagsverk (under 100, færre enn rundt fem årsverk) i { $months }. Ved så få tilsette kan ein prosent peike ut éin person: ver varsam med å vise tala.
fu-trend-title = Seriediagram for { $unit }, alle år i fila
fu-trend-median = Median { $median }
fu-trend-baseline = Grunnlag
fu-trend-point-above = { $month }: { $pct }, over medianen
fu-trend-point-below = { $month }: { $pct }, under medianen
fu-trend-point-on = { $month }: { $pct }, på medianen
fu-trend-in-run = i serien som gir signal
fu-trend-marker = { $month }, { $kind }: { $measure }
fu-trend-no-points = Ingen månader har tal enno. Skriv inn fråværstal, så blir diagrammet teikna.
fu-trend-frozen = Medianen er frosen på dei første { $n } månadene.
fu-trend-unfrozen = Medianen er av alle månadene igjen.
fu-trend-n-missing = Skriv kor mange av dei første månadene medianen skal byggje på.

## Prosjekt nærvær

fu-plan-title = Prosjekt nærvær · { $title }
fu-plan-december = Sjukefråvær i desember { $year } (%)
fu-plan-average = Gjennomsnittleg sjukefråvær i { $year } (%)
fu-plan-desired = Ønskt situasjon i løpet av { $year }
fu-plan-desired-question = Korleis har vi det i løpet av { $year } når målet er nådd?
fu-plan-target-title = Mål sjukefråvær % { $year }
fu-plan-target-question = Kva for eit mål er realistisk å nå i { $year }?
fu-plan-target-unset = Ikkje sett
fu-plan-milestone-placeholder = Til dømes: Faghjul på plass
fu-plan-milestone = Delmål
fu-plan-milestone-due = { -due }
fu-plan-date-placeholder = dd.mm.åååå
fu-plan-milestone-reached = Nådd
fu-plan-milestone-reached-on = Dagen delmålet vart nådd
fu-plan-milestone-reached-on-title = dd.mm.åååå: i dag når du kryssar av, eller dagen det vart nådd
fu-plan-milestone-remove = Fjern delmålet
# Felta slik dei blir nemnde når planen er endra ein annan stad samtidig.
fu-plan-field-december = Sjukefråvær i desember
fu-plan-field-average = Gjennomsnittleg sjukefråvær
fu-plan-field-situation = Situasjonsskildring
fu-plan-field-why = Kvifor endre
fu-plan-field-actions = Handlingar
fu-plan-field-desired = Ønskt situasjon
fu-plan-field-obstacles = Hindringar
fu-plan-clash = { $field }: «{ $text }»
fu-plan-clash-empty = (tomt)
fu-plan-conflict = { $reason } Den andre staden skreiv { $clashes }. Teksten din står i skjemaet og blir lagra når du skriv vidare.
fu-plan-pdf-name = { $title } - prosjekt nærvær.pdf

## Månadsgjennomgang

fu-review-title = Månadsgjennomgang · { $title }
fu-review-progress = Tiltak { $i } av { $n }
fu-review-row = Rad { $n }
fu-review-due = · Frist { $date }
fu-review-no-changes = Ingen endringar enno
fu-review-end-progress = Slutt: { $done } av { $n } gått gjennom
fu-review-all-done = Alle aktive tiltak er gått gjennom
fu-review-end = Slutt på gjennomgangen
fu-review-count-done = { $done } av { $n } tiltak gått gjennom
fu-review-count-skipped = { $n } hoppa over
fu-review-count-changed = { $n } endra
fu-review-changes-saved = Endringane er lagra.
fu-review-no-active = Tavla har ingen aktive tiltak (alle er fullførte eller avbrotne).
fu-review-saved = Lagra.
fu-review-saved-ytd = Lagra. Sjukefråvær hittil i år: { $ytd } ({ $basis }).
fu-review-saved-ytd-gap = Lagra. Sjukefråvær hittil i år: { $ytd } ({ $basis }), { $gap }.

## Fristar

fu-deadlines-none-within = Ingen tiltak er forseinka eller har frist dei neste { $days } dagane.
fu-deadlines-none-overdue = Ingen tiltak er forseinka.
fu-deadlines-open-board = Opne tavla

## Excel

fu-sheets-exported = Excel-fila er lagra som «{ $path }».
fu-sheets-source-tavle = «{ $file }» er ei arbeidsbok frå Tavle og blir lesen tilbake nøyaktig.
fu-sheets-source-sheet = «{ $file }»: arket «{ $sheet }», overskriftene står på rad { $row }.
fu-sheets-skipped-row = rad { $row }
fu-sheets-all-read = Alle cellene kunne lesast.
fu-sheets-problems = Celler som ikkje kunne lesast ({ $n })
fu-sheets-extra-months = { $n } månader med fråværstal
fu-sheets-extra-milestones = { $n } delmål
fu-sheets-extra-inputs = { $n } innspel frå workshopen
fu-sheets-rows-title = Radene slik dei blir på tavla ({ $n })
fu-sheets-rows-title-extra = Radene slik dei blir på tavla ({ $n }) · og { $extra }
fu-sheets-more-rows = … og { $n } rader til.
fu-sheets-import-rows = { $n ->
    [one] Importer 1 rad
   *[other] Importer { $n } rader
}
fu-sheets-unit-missing = Skriv kva for ei eining tavla gjeld, til dømes «Heimesjukepleia».
fu-sheets-year-missing = Skriv året tavla gjeld med fire siffer, til dømes { $year }.
fu-sheets-imported = Tavla er importert frå «{ $file }».

## Importer frå Excel: kvar importen hamnar, og koplingar

fu-sheets-target-new = Blir ei ny tavle i fila.
fu-sheets-target-copy = Blir ein eigen kopi, ei ny tavle ved sida av.
fu-sheets-target-update = Oppdaterer tavla { $unit } { $year } som arbeidsboka vart eksportert frå: { $changed } endra, { $added } nye, { $missing } finst ikkje lenger i arket.
fu-sheets-target-exists = Fila har alt ei tavle for { $unit } { $year }. Tavle lagar ikkje ei tavle til for same eining og år utan at du vel det.
fu-sheets-remove-missing = Fjern { $n ->
    [one] rada
   *[other] dei { $n } radene
} som ikkje lenger er i arket (elles blir dei behaldne)
fu-sheets-as-new = Lag ein eigen kopi som ny tavle i staden
fu-sheets-explain-update = Ingenting er lagra enno. Ein status som er endra i arket, blir ei linje i historikken datert i dag med merknaden «Endra i Excel». Ein tryggingskopi av fila blir teken først.
fu-sheets-update-board = Oppdater tavla
fu-sheets-updated = { $unit } { $year } er oppdatert frå Excel: { $changed } endra, { $added } nye, { $removed } fjerna.
fu-sheets-read = Ark lese: { $sheets }
fu-sheets-left = ikkje lese: { $sheets }
fu-sheets-map-column = Kolonne { $column } «{ $header }» ({ $values }):
fu-sheets-map-column-no-header = Kolonne { $column } utan overskrift ({ $values }):
fu-sheets-map-pick-field = Vel felt …
fu-sheets-map-leave-out = La kolonnen vere ute
fu-sheets-map-status = Statusordet «{ $word }» ({ $cells }):
fu-sheets-map-pick-status = Vel status …
