# Tavle på nynorsk: dei faste orda i utskriftene og på kommandolinja.
# Same nøklar som locales/nb/tavle.ftl (ein test passar på det).

## Felles for utskriftene

printed-on = Skrive ut { $date }
page-of = side { $page } av { $total }
continued = { $title } (forts.)
forts = (forts.)
due-on = { -due } { $date }
row-label = Rad { $n }
total = Totalt
months-count = { $n ->
    [1] 1 månad
   *[other] { $n } månader
}
basis-workdays = basert på dagsverk
basis-monthly-mean = snitt av månader
absence-ytd = Sjukefråvær hittil i år
no-figures-yet = ingen tal enno
no-figures = ingen tal
target = Mål: { $pct }
target-not-set = Mål: ikkje sett
target-short = Mål { $pct }
target-in-brackets = (mål { $pct })
over-target = over målet
under-target = under målet
on-target = på målet
so-far-this-year = Hittil i år
presence = Nærvær { $pct }

## Status

status-not-started = Ikkje starta
status-in-progress = Pågår
status-done = Fullført
status-ongoing = Løpande
status-paused = På vent
status-dropped = Avbrote

## Tiltakstype (basistiltak: struktur, kultur og prosesser; persontiltak: personer; prosjekttiltak: organisert som prosjekt) og innsats

measure-kind-basis = Basistiltak
measure-kind-person = Persontiltak
measure-kind-project = Prosjekttiltak
measure-level-promoting = Helsefremjande
measure-level-preventive = Førebyggjande
measure-level-repairing = Reparerande

## Forbetringstavla

board-default-title = Forbetringstavle
col-goal = { -goal(case: "upper") }
col-ideas = { -ideas(case: "upper") }
col-measure = { -measure(case: "upper") }
col-owner = { -owner(case: "upper") }
col-when = { -when(case: "upper") }?
col-status = { -status(case: "upper") }
col-result = { -result(case: "upper") }
overdue-badge = FORSEINKA
main-goal = Hovudmål
focus = Med fokus på verdiane: { $focus }
board-empty = Tavla har ingen tiltak enno.

## Prosjekt nærvær

plan-heading = Prosjekt nærvær { $year }
plan-situation = Situasjonsskildring
plan-q-december = Kva sjukefråvær % har vi des { $last }?
plan-q-average = Kva sjukefråvær % har vi i snitt { $last }?
plan-q-now = Korleis er situasjonen akkurat no?
plan-q-why = Kvifor skal vi forandre/utvikle/endre?
plan-actions = Handlingar
plan-q-what = Kva treng vi å gjere?
plan-q-how = Korleis skal vi gjere det?
plan-q-who = Kven skal gjere det?
plan-milestones = Delmål
plan-q-milestones = Kva milepælar viser at vi er på rett veg?
plan-q-progress = Delmål som viser framgang på vegen mot ønskt situasjon
plan-desired = Ønskt situasjon ila { $year }
plan-q-desired = Korleis har vi det ila { $year } når målet er nådd?
plan-q-obstacles = Kva hindringar må vi førebu oss på?
plan-target = Mål sjukefråvær % { $year }
plan-q-target = Kva mål er realistisk å nå i { $year }?
plan-not-filled = Ikkje fylt inn.
plan-not-given = ikkje oppgitt
plan-december = Sjukefråvær desember { $year }: { $pct }
plan-average = Gjennomsnitt { $year }: { $pct }
plan-why = Kvifor endre:
plan-obstacles = Hindringar vi må førebu oss på:
milestone-due = frist { $date }
milestone-reached = nådd { $date }

## Workshop

workshop-title = Workshop – { $unit } { $year }
workshop-heading = Korleis står det til hos oss?
question-works-well = Kva gjer vi som fungerer bra i dag?
question-do-better = Kva kan vi gjere betre eller annleis?
question-proposals = Kva konkrete forslag til forbetringar har vi?
cards-title = Innspel frå workshopen
cards-running = { cards-title } – { $unit } { $year }
votes = { $n ->
    [1] 1 stemme
   *[other] { $n } stemmer
}
card-became-row = → Vart til rad { $n } på tavla
cards-none = Ingen innspel.

## Årsrapport

report-title = Årsrapport { $year } – { $unit }
report-subtitle = Forbetringstavle og Prosjekt nærvær
report-main-goal = Hovudmål: { $goal }
report-whole-year = Heile året { $year } (status ved slutten av året)
report-as-of = Tal og status per { $date } ({ $n } av 12 månader er byrja)
report-section-absence = Sjukefråvær
report-section-measures = Tiltak månad for månad
report-section-reached = Kva vi nådde
report-section-counts = Tal per status
report-end-of-year = Ved årsslutt
report-col-month = Månad
report-col-absence = Fråvær
report-col-lost-days = Tapte dagsverk
report-col-basis = Grunnlag
report-gap = Avstand til målet
report-presence = Nærvær hittil i år
report-chart-months = Fråvær per månad
report-col-measure = Mål og tiltak
report-col-owner = { -owner }
report-col-status-now = Status no
report-no-measures = Tavla har ingen tiltak.
report-kinds = Tiltak etter type: { $counts }
report-levels = Tiltak etter innsats: { $counts }
# Ein type eller ei innsats med talet sitt, som «Basistiltak 3».
report-count-part = { $label } { $n }
report-kind-none = utan type { $n }
report-level-none = utan innsats { $n }
report-empty-cell = Tom rute: månaden har ikkje byrja
report-before-cell = Strek: før tiltaket kom på tavla
report-reached-summary = { $done } av { $measures } tiltak fullførte · { $reached } av { $milestones } delmål nådde
report-results = Resultat
report-no-results = Ingen resultat er skrivne inn enno.
report-plan-milestones = Delmål i Prosjekt nærvær
report-no-milestones = Planen har ingen delmål.
report-col-goal = { -goal }
report-col-result = { -result }
report-col-milestone = Delmål
report-col-due = { -due }
report-col-reached = Nådd
report-not-reached = Ikkje nådd
report-no-text = (utan tekst)

## Oversikt over einingar

rollup-title = Oversikt over einingar { $year }
rollup-subtitle = Sjukefråvær og tiltak per eining · { $through } · { $n } { $n ->
        [one] eining
       *[other] einingar
    }
rollup-none = Ingen einingar for { $year }.
rollup-skipped = Hoppa over ({ $n }): { $files }
rollup-masked = skjult (under { $fte } årsverk)
rollup-no-days = ingen dagsverk
rollup-chart = Sjukefråvær hittil i år mot målet, per eining
rollup-chart-target = Målet til eininga (totalen: måla vekta med avtalte dagsverk)
rollup-col-unit = Eining
rollup-col-ytd = Hittil i år
rollup-col-target = Mål
rollup-col-gap = Avstand (pp)
rollup-col-presence = Nærvær
rollup-col-last-3 = Siste 3 mnd
rollup-col-missing = Manglar
rollup-col-measures = Tiltak
rollup-col-overdue = Forseinka
rollup-col-milestones = Delmål nådde
rollup-col-changed = Sist endra
rollup-value-target = { $pct } (mål { $target })
rollup-through = Fråværstal til og med { $month } { $year }
rollup-no-through = Ingen fråværstal enno
rollup-ytd-mean = { $pct } (snitt av mnd.)
rollup-note-total = Totalt = Σ tapte dagsverk / Σ avtalte dagsverk for { $n } { $n ->
        [one] eining
       *[other] einingar
    } med dagsverk (aldri eit snitt av prosentar); målet i totalen er vekta på same måte.
rollup-note-percent-only = { $n } { $n ->
        [one] eining har
       *[other] einingar har
    } berre prosentar og er ikkje med i totalen; «hittil i år» for dei er snittet av månadene. Ei eining med prosent åleine for nokre månader blir rekna på same måte.
rollup-note-masked = Skjult: einingar under { $fte } årsverk blir ikkje viste med fråvær, for ikkje å peike ut einskildpersonar; dei er med i totalen. Storleiken er talet på årsverk leiaren har gitt på tavla; der det manglar, rekna ut frå avtalte dagsverk / yrkedagar utan { $months } (ferien, då avtalte dagsverk fell utan at eininga er mindre).
rollup-note-filter = Utval: einingar med «{ $filter }» i namnet ({ $n } andre er ikkje viste).
direction-up = ↑ stig
direction-flat = → stabil
direction-down = ↓ søkk

## tavle show

overdue = Forseinka
field-focus = Fokus
field-goal = { -goal }
field-ideas = { -ideas }
field-measure = { -measure }
field-owner = { -owner }
field-when = { -when }?
field-status = { -status }
field-result = { -result }
field-kind = { -kind }
field-level = { -level }
field-due = { -due }
field-situation = Situasjonen no
field-why = Kvifor endre
field-desired = Ønskt situasjon
field-obstacles = Hindringar
show-target = Mål sjukefråvær: { $pct } (nærvær { $presence })
show-target-not-set = Mål sjukefråvær: ikkje sett
show-ytd = Sjukefråvær hittil i år: { $pct } ({ $basis }, { $months }) · nærvær { $presence }
show-gap = { $points } mot målet
show-ytd-none = Sjukefråvær hittil i år: ingen fråværstal enno
show-measures = Tiltak ({ $n })
show-overdue = { $n } forseinka per { $date }
show-no-rows = Ingen rader enno.
show-row-id = (rad-id { $id })
show-history = Statushistorikk:
show-plan-average = Sjukefråvær snitt { $year }: { $pct }
milestone-not-reached = ikkje nådd
show-absence = Fråværstal
show-days-lost = { $lost } av { $agreed } dagsverk tapte
show-self-certified = (eigenmeldt { $n })
show-small-unit = lita eining: talet kan peike ut einskildpersonar
show-inputs = Innspel frå workshop ({ $n })
show-to-row = → rad { $n }
show-due = { -due }: { $date }

## Seriediagrammet i årsrapporten og på tavla (issue 25)

print-trend-heading = Seriediagram: sjukefråvær månad for månad
print-trend-intro = Kvar prikk er sjukefråværet for éin månad, frå alle tavlene for { $unit } i fila ({ $n } { $n ->
        [one] månad
       *[other] månader
    }). Medianlinja deler månadene i to like store halvdelar. Eit signal tyder på at endringa neppe er tilfeldig (Anhøj-reglane): fleire månader på rad på same side av medianen enn venta, eller for få kryssingar av medianen. Månader som ligg akkurat på medianen, tel ikkje.
print-trend-median = Median { $median }
print-trend-legend-points = Sjukefråvær per månad
print-trend-legend-run = Den lange serien
print-trend-legend-started = Tiltak starta
print-trend-legend-finished = Tiltak fullført
print-legend-tags = Under { -measure(case: "upper") }: { -kind } · { -level } (basistiltak: struktur, kultur og prosessar · persontiltak: personar · prosjekttiltak: organisert som eit prosjekt)
print-trend-key-heading = Tiltaka på diagrammet
print-trend-key-started = starta { $month }
print-trend-key-finished = fullført { $month }
print-trend-short-none = Ingen signal: variasjonen ser tilfeldig ut
print-trend-short-below = Signal: { $n } månader på rad under medianen
print-trend-short-above = Signal: { $n } månader på rad over medianen
print-trend-short-crossings = Signal: berre { $n } { $n ->
        [one] kryssing
       *[other] kryssingar
    } av medianen
print-trend-short-too-few = For få månader til ei vurdering enno ({ $n } av { $min })
print-board-trend-line = Median { $median } · { $verdict }

## Trakta i oversikta over einingar (issue 25)

rollup-funnel-heading = Traktdiagram: høgare eller lågare enn tilfeldig variasjon?
rollup-funnel-how = Kvar prikk er ei eining: sjukefråværet hittil i år mot kor mange avtalte dagsverk det byggjer på. Midtlinja er fråværet for alle einingane samla, { $centre } (Σ tapte / Σ avtalte dagsverk). Kurvene er grensene for tilfeldig variasjon for ei eining av den storleiken: 95 % (stipla) og 99,8 % (heiltrekt); små einingar varierer meir, difor er trakta vid til venstre. Ei eining utanfor 99,8 %-grensa er merkt som høgare eller lågare enn tilfeldig variasjon; dei andre er innanfor, sjølv om dei står øvst på ei liste. Grensene er p̄ ± z·√(φ·p̄(1 − p̄)/n), gjorde breiare for overspreiing: φ = { $phi } (Spiegelhalter 2005).
rollup-funnel-x = Avtalte dagsverk hittil i år
rollup-funnel-centre = Alle einingane { $pct }
rollup-funnel-95 = 95 %-grense
rollup-funnel-998 = 99,8 %-grense
rollup-funnel-col-nr = Nr.
rollup-funnel-col-days = Avtalte dagsverk
rollup-funnel-col-pct = Fråvær
rollup-funnel-col-limits = 99,8 %-grenser
rollup-funnel-col-flag = Vurdering
rollup-funnel-limits = { $lower } – { $upper }
rollup-funnel-not-drawn = { $n } { $n ->
        [one] eining er
       *[other] einingar er
    } ikkje teikna: under { $fte } årsverk (skjult) eller berre prosentar utan dagsverk. Dei skjulte tel likevel med i midtlinja og φ.
rollup-funnel-none = Ingen einingar har avtalte og tapte dagsverk, så trakta kan ikkje teiknast.

## Referat frå tavlemøtet

minutes-heading = Referat frå tavlemøtet
minutes-title = Referat frå tavlemøtet { $date } – { $unit }
minutes-absence = Fråvær
minutes-absence-line = Hittil i år { $ytd }, målet er { $target } ({ $gap }).
minutes-absence-no-target = Hittil i år { $ytd }. Tavla har ikkje noko mål for fråværet.
minutes-absence-none = Ingen fråværstal enno.
minutes-changed = Endra i møtet
minutes-changed-none = Ingen tiltak fekk ny status i møtet.
minutes-tasks = Kven gjer kva innan når
minutes-tasks-none = Ingen opne tiltak.
minutes-ideas = Nye idéar med flest røyster
minutes-ideas-none = Ingen nye idéar frå workshopen.
minutes-col-measure = { -measure }
minutes-col-owner = Ansvarleg
minutes-col-change = Endring
minutes-col-when = { -when }
minutes-col-status = { -status }

field-sector = Sektor
field-staff = Tal på årsverk
