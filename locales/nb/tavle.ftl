# Tavle på bokmål: de faste ordene i utskriftene og på kommandolinjen.
# Samme nøkler som locales/nn/tavle.ftl (en test passer på det).

## Felles for utskriftene

printed-on = Skrevet ut { $date }
page-of = side { $page } av { $total }
continued = { $title } (forts.)
forts = (forts.)
due-on = { -due } { $date }
row-label = Rad { $n }
total = Totalt
months-count = { $n ->
    [1] 1 måned
   *[other] { $n } måneder
}
basis-workdays = basert på dagsverk
basis-monthly-mean = snitt av måneder
absence-ytd = Sykefravær hittil i år
no-figures-yet = ingen tall ennå
no-figures = ingen tall
target = Mål: { $pct }
target-not-set = Mål: ikke satt
target-short = Mål { $pct }
target-in-brackets = (mål { $pct })
over-target = over målet
under-target = under målet
on-target = på målet
so-far-this-year = Hittil i år
presence = Nærvær { $pct }

## Status

status-not-started = Ikke startet
status-in-progress = Pågår
status-done = Fullført
status-ongoing = Løpende
status-paused = På vent
status-dropped = Avbrutt

## Tiltakstype (basistiltak: struktur, kultur og prosesser; persontiltak: personer; prosjekttiltak: organisert som prosjekt) og innsats

measure-kind-basis = Basistiltak
measure-kind-person = Persontiltak
measure-kind-project = Prosjekttiltak
measure-level-promoting = Helsefremmende
measure-level-preventive = Forebyggende
measure-level-repairing = Reparerende

## Forbedringstavlen

board-default-title = Forbedringstavle
col-goal = { -goal(case: "upper") }
col-ideas = { -ideas(case: "upper") }
col-measure = { -measure(case: "upper") }
col-owner = { -owner(case: "upper") }
col-when = { -when(case: "upper") }?
col-status = { -status(case: "upper") }
col-result = { -result(case: "upper") }
overdue-badge = FORSINKET
main-goal = Hovedmål
focus = Med fokus på verdiene: { $focus }
board-empty = Tavlen har ingen tiltak ennå.

## Prosjekt nærvær

plan-heading = Prosjekt nærvær { $year }
plan-situation = Situasjonsbeskrivelse
plan-q-december = Hvilken sykefravær % har vi des { $last }?
plan-q-average = Hvilken sykefravær % har vi i gjsn { $last }?
plan-q-now = Hvordan er situasjonen akkurat nå?
plan-q-why = Hvorfor skal vi forandre/utvikle/endre?
plan-actions = Handlinger
plan-q-what = Hva trenger vi å gjøre?
plan-q-how = Hvordan skal vi gjøre det?
plan-q-who = Hvem skal gjøre det?
plan-milestones = Delmål
plan-q-milestones = Hvilke milepeler viser at vi er på rett vei?
plan-q-progress = Delmål som viser progresjon på vei mot ønsket situasjon
plan-desired = Ønsket situasjon ila { $year }
plan-q-desired = Hvordan har vi det ila { $year } når målet er nådd?
plan-q-obstacles = Hvilke hindringer må vi forberede oss på?
plan-target = Mål sykefravær % { $year }
plan-q-target = Hvilket mål er realistisk å oppnå i { $year }?
plan-not-filled = Ikke fylt inn.
plan-not-given = ikke oppgitt
plan-december = Sykefravær desember { $year }: { $pct }
plan-average = Gjennomsnitt { $year }: { $pct }
plan-why = Hvorfor endre:
plan-obstacles = Hindringer vi må forberede oss på:
milestone-due = frist { $date }
milestone-reached = nådd { $date }

## Workshop

workshop-title = Workshop – { $unit } { $year }
workshop-heading = Hvordan står det til hos oss?
question-works-well = Hva gjør vi som fungerer bra i dag?
question-do-better = Hva kan vi gjøre bedre eller annerledes?
question-proposals = Hvilke konkrete forslag til forbedringer har vi?
cards-title = Innspill fra workshopen
cards-running = { cards-title } – { $unit } { $year }
votes = { $n ->
    [1] 1 stemme
   *[other] { $n } stemmer
}
card-became-row = → Ble til rad { $n } på tavla
cards-none = Ingen innspill.

## Årsrapport

report-title = Årsrapport { $year } – { $unit }
report-subtitle = Forbedringstavle og Prosjekt nærvær
report-main-goal = Hovedmål: { $goal }
report-whole-year = Hele året { $year } (status ved årets slutt)
report-as-of = Tall og status per { $date } ({ $n } av 12 måneder er begynt)
report-section-absence = Sykefravær
report-section-measures = Tiltak måned for måned
report-section-reached = Hva vi oppnådde
report-section-counts = Antall per status
report-end-of-year = Ved årets slutt
report-col-month = Måned
report-col-absence = Fravær
report-col-lost-days = Tapte dagsverk
report-col-basis = Grunnlag
report-gap = Avstand til målet
report-presence = Nærvær hittil i år
report-chart-months = Fravær per måned
report-col-measure = Mål og tiltak
report-col-owner = { -owner }
report-col-status-now = Status nå
report-no-measures = Tavlen har ingen tiltak.
report-kinds = Tiltak etter type: { $counts }
report-levels = Tiltak etter innsats: { $counts }
# One type or innsats with its count, as «Basistiltak 3».
report-count-part = { $label } { $n }
report-kind-none = uten type { $n }
report-level-none = uten innsats { $n }
report-empty-cell = Tom rute: måneden er ikke begynt
report-before-cell = Strek: før tiltaket kom på tavlen
report-reached-summary = { $done } av { $measures } tiltak fullført · { $reached } av { $milestones } delmål nådd
report-results = Resultater
report-no-results = Ingen resultater er skrevet inn ennå.
report-plan-milestones = Delmål i Prosjekt nærvær
report-no-milestones = Planen har ingen delmål.
report-col-goal = { -goal }
report-col-result = { -result }
report-col-milestone = Delmål
report-col-due = { -due }
report-col-reached = Nådd
report-not-reached = Ikke nådd
report-no-text = (uten tekst)

## Oversikt over enheter

rollup-title = Oversikt over enheter { $year }
rollup-subtitle = Sykefravær og tiltak per enhet · { $through } · { $n } { $n ->
        [one] enhet
       *[other] enheter
    }
rollup-none = Ingen enheter for { $year }.
rollup-skipped = Hoppet over ({ $n }): { $files }
rollup-masked = skjult (under { $fte } årsverk)
rollup-no-days = ingen dagsverk
rollup-chart = Sykefravær hittil i år mot målet, per enhet
rollup-chart-target = Enhetens mål (totalen: målene vektet med avtalte dagsverk)
rollup-col-unit = Enhet
rollup-col-ytd = Hittil i år
rollup-col-target = Mål
rollup-col-gap = Avstand (pp)
rollup-col-presence = Nærvær
rollup-col-last-3 = Siste 3 mnd
rollup-col-missing = Mangler
rollup-col-measures = Tiltak
rollup-col-overdue = Forsinket
rollup-col-milestones = Delmål nådd
rollup-col-changed = Sist endret
rollup-value-target = { $pct } (mål { $target })
rollup-through = Fraværstall til og med { $month } { $year }
rollup-no-through = Ingen fraværstall ennå
rollup-ytd-mean = { $pct } (snitt av mnd.)
rollup-note-total = Totalt = Σ tapte dagsverk / Σ avtalte dagsverk for { $n } { $n ->
        [one] enhet
       *[other] enheter
    } med dagsverk (aldri et snitt av prosenter); målet i totalen er vektet på samme måte.
rollup-note-percent-only = { $n } { $n ->
        [one] enhet har
       *[other] enheter har
    } bare prosenter og er ikke med i totalen; deres «hittil i år» er snittet av månedene. En enhet med prosent alene for noen måneder regnes på samme måte.
rollup-note-masked = Skjult: enheter under { $fte } årsverk vises ikke med fravær, for ikke å peke ut enkeltpersoner; de er med i totalen. Størrelsen er antall årsverk lederen har oppgitt på tavlen; der det mangler, anslått fra avtalte dagsverk / virkedager uten { $months } (ferien, da avtalte dagsverk faller uten at enheten er mindre).
rollup-note-filter = Utvalg: enheter med «{ $filter }» i navnet ({ $n } andre er ikke vist).
direction-up = ↑ stiger
direction-flat = → stabil
direction-down = ↓ synker

## tavle show

overdue = Forsinket
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
field-situation = Situasjonen nå
field-why = Hvorfor endre
field-desired = Ønsket situasjon
field-obstacles = Hindringer
show-target = Mål sykefravær: { $pct } (nærvær { $presence })
show-target-not-set = Mål sykefravær: ikke satt
show-ytd = Sykefravær hittil i år: { $pct } ({ $basis }, { $months }) · nærvær { $presence }
show-gap = { $points } mot målet
show-ytd-none = Sykefravær hittil i år: ingen fraværstall ennå
show-measures = Tiltak ({ $n })
show-overdue = { $n } forsinket per { $date }
show-no-rows = Ingen rader ennå.
show-row-id = (rad-id { $id })
show-history = Statushistorikk:
show-plan-average = Sykefravær snitt { $year }: { $pct }
milestone-not-reached = ikke nådd
show-absence = Fraværstall
show-days-lost = { $lost } av { $agreed } dagsverk tapt
show-self-certified = (egenmeldt { $n })
show-small-unit = liten enhet: tallet kan peke ut enkeltpersoner
show-inputs = Innspill fra workshop ({ $n })
show-to-row = → rad { $n }
show-due = { -due }: { $date }

## Seriediagrammet i årsrapporten og på tavla (issue 25)

print-trend-heading = Seriediagram: sykefravær måned for måned
print-trend-intro = Hver prikk er én måneds sykefravær, fra alle tavlene for { $unit } i filen ({ $n } { $n ->
        [one] måned
       *[other] måneder
    }). Medianlinjen deler månedene i to like store halvdeler. Et signal betyr at endringen neppe er tilfeldig (Anhøj-reglene): flere måneder på rad på samme side av medianen enn ventet, eller for få kryssinger av medianen. Måneder som ligger akkurat på medianen, teller ikke.
print-trend-median = Median { $median }
print-trend-legend-points = Sykefravær per måned
print-trend-legend-run = Den lange serien
print-trend-legend-started = Tiltak startet
print-trend-legend-finished = Tiltak fullført
print-legend-tags = Under { -measure(case: "upper") }: { -kind } · { -level } (basistiltak: struktur, kultur og prosesser · persontiltak: personer · prosjekttiltak: organisert som et prosjekt)
print-trend-key-heading = Tiltakene på diagrammet
print-trend-key-started = startet { $month }
print-trend-key-finished = fullført { $month }
print-trend-short-none = Ingen signal: variasjonen ser tilfeldig ut
print-trend-short-below = Signal: { $n } måneder på rad under medianen
print-trend-short-above = Signal: { $n } måneder på rad over medianen
print-trend-short-crossings = Signal: bare { $n } { $n ->
        [one] kryssing
       *[other] kryssinger
    } av medianen
print-trend-short-too-few = For få måneder til en vurdering ennå ({ $n } av { $min })
print-board-trend-line = Median { $median } · { $verdict }

## Trakten i oversikten over enheter (issue 25)

rollup-funnel-heading = Traktdiagram: høyere eller lavere enn tilfeldig variasjon?
rollup-funnel-how = Hver prikk er en enhet: sykefraværet hittil i år mot hvor mange avtalte dagsverk det bygger på. Midtlinjen er fraværet for alle enhetene samlet, { $centre } (Σ tapte / Σ avtalte dagsverk). Kurvene er grensene for tilfeldig variasjon for en enhet av den størrelsen: 95 % (stiplet) og 99,8 % (heltrukket); små enheter varierer mer, derfor er trakten vid til venstre. En enhet utenfor 99,8 %-grensen er merket som høyere eller lavere enn tilfeldig variasjon; de andre er innenfor, selv om de står øverst på en liste. Grensene er p̄ ± z·√(φ·p̄(1 − p̄)/n), gjort bredere for overspredning: φ = { $phi } (Spiegelhalter 2005).
rollup-funnel-x = Avtalte dagsverk hittil i år
rollup-funnel-centre = Alle enhetene { $pct }
rollup-funnel-95 = 95 %-grense
rollup-funnel-998 = 99,8 %-grense
rollup-funnel-col-nr = Nr.
rollup-funnel-col-days = Avtalte dagsverk
rollup-funnel-col-pct = Fravær
rollup-funnel-col-limits = 99,8 %-grenser
rollup-funnel-col-flag = Vurdering
rollup-funnel-limits = { $lower } – { $upper }
rollup-funnel-not-drawn = { $n } { $n ->
        [one] enhet er
       *[other] enheter er
    } ikke tegnet: under { $fte } årsverk (skjult) eller bare prosenter uten dagsverk. De skjulte teller likevel med i midtlinjen og φ.
rollup-funnel-none = Ingen enheter har avtalte og tapte dagsverk, så trakten kan ikke tegnes.

## Referat fra tavlemøtet

minutes-heading = Referat fra tavlemøtet
minutes-title = Referat fra tavlemøtet { $date } – { $unit }
minutes-absence = Fravær
minutes-absence-line = Hittil i år { $ytd }, målet er { $target } ({ $gap }).
minutes-absence-no-target = Hittil i år { $ytd }. Tavla har ikke noe mål for fraværet.
minutes-absence-none = Ingen fraværstall ennå.
minutes-changed = Endret i møtet
minutes-changed-none = Ingen tiltak fikk ny status i møtet.
minutes-tasks = Hvem gjør hva innen når
minutes-tasks-none = Ingen åpne tiltak.
minutes-ideas = Nye idéer med flest stemmer
minutes-ideas-none = Ingen nye idéer fra workshopen.
minutes-col-measure = { -measure }
minutes-col-owner = Ansvarlig
minutes-col-change = Endring
minutes-col-when = { -when }
minutes-col-status = { -status }

field-sector = Sektor
field-staff = Antall årsverk
