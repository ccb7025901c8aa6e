# Tavle på nynorsk: ui. Same nøklar som locales/nb/ui.ftl (ein test passar på det).
# Orda i ui/index.html (data-t og data-t-attr); texts.js fyller dei inn ved start.

## Felles: kolonnar, knappar og ord som går igjen på fleire skjermar

ui-col-unit = Eining
ui-col-year = År
ui-col-measures = Tiltak
ui-col-measure = { -measure }
ui-col-status = { -status }
ui-col-open = Opne
ui-col-goal = { -goal }
ui-col-ideas = { -ideas }
ui-col-owner = { -owner }
ui-col-when = { -when }?
ui-col-result = { -result }
ui-col-due = { -due }
ui-main-goal = Hovudmål
ui-focus = Fokus
ui-target-absence = Mål sjukefråvær
ui-absence-ytd = Sjukefråvær hittil i år
ui-absence = Fråværstal
ui-plan = Prosjekt nærvær
ui-review = Månadsgjennomgang
ui-deadlines = Fristar
ui-ws = Workshop
ui-rollup = Oversikt over einingar
ui-actions = Handlingar
ui-overdue = Forseinka
ui-optional = (valfritt)
ui-percent = Prosent
ui-agreed-days = Avtalte dagsverk
ui-lost-days = Tapte dagsverk
ui-print = Skriv ut …
ui-back = ← Tilbake
ui-back-to-board = ← Tilbake til tavla
ui-cancel = Avbryt
ui-close = Lukk
ui-create-board = Lag tavla
ui-shared-folder = Delt mappe
ui-pick-folder = Vel mappe …
ui-date = Dato
ui-date-placeholder = dd.mm.åååå
ui-unit-example = Til dømes Heimesjukepleia
ui-backups = Tryggingskopiar
ui-about = Om Tavle
ui-key-ctrl-n = Ctrl+N
ui-key-ctrl-p = Ctrl+P

## Topplinja og banneret for filer som berre kan lesast

ui-top-large-title = Stor tekst for prosjektor
ui-top-large = Storskjerm
ui-top-backups = Tryggingskopiar …
ui-top-close-file = Lukk fil
ui-ro-restore = Hent tilbake denne kopien
ui-ro-back = Tilbake til fila
ui-ro-save-as = Lagre som …

## Startskjermen

ui-start-title = Forbetringstavler for nærvær
ui-start-intro = Éi fil held alle tavlene til eininga. Alt du skriv, blir lagra med ein gong.
ui-start-new-file = Ny fil …
ui-start-open-file = Opne fil …
ui-start-open-example = Opne eksempel
ui-start-rollup = Oversikt over einingar …
ui-start-rollup-help = for HR og styringsgruppa: alle tavlene som er delte i ei felles mappe.
ui-lang = Målform
ui-lang-help = Bokmål eller nynorsk: skjermane, meldingane og utskriftene.
ui-lang-nb = Bokmål
ui-lang-nn = Nynorsk
ui-start-recent = Nyleg brukt

## Tavlene i fila

ui-list-title = Tavler i fila
ui-list-new-board = Ny tavle …
ui-list-from-last-year = Ny tavle frå tavla i fjor …
ui-list-import-excel = Importer frå Excel …
ui-list-empty = Fila har ingen tavler enno. Vel «Ny tavle» for å lage den første.

## Tavla (redigering)

ui-ed-all-boards = ← Alle tavler
ui-ed-edit-board = Endre tavla …
ui-ed-followup-label = Oppfølging gjennom året
ui-ed-share = Del med HR …
ui-ed-new-row = + Ny rad
ui-ed-filter-all = Alle
ui-ed-filter-choice = { -kind } / { -level }
ui-ed-search = Søk
ui-ed-search-placeholder = Søk i tavla
ui-ed-export-excel = Eksporter til Excel …
ui-ed-col-move-delete = Flytt og slett
ui-ed-no-rows = Tavla har ingen rader enno. Vel «+ Ny rad» (Ctrl+N).
ui-ed-no-match = Ingen rader passar til filteret.
ui-ed-keys = Enter: neste rad · Shift+Enter: ny linje i cella · Alt+↑/↓: flytt rad · Ctrl+N: ny rad · Ctrl+P: skriv ut · Ctrl+Z: angre slettinga

## Fråværstal

ui-abs-col-month = Månad
ui-abs-col-self-certified = Eigenmelde dagsverk
ui-abs-col-absence = Fråvær
ui-abs-help = Skriv anten prosenten, eller avtalte og tapte dagsverk (dagsverk erstattar ein prosent, og omvendt). Tala blir lagra når du går vidare · Enter: neste månad · Tøm ei rad for å fjerne månaden.
ui-abs-key-figures = Nøkkeltal
ui-abs-presence-ytd = Nærvær hittil i år
ui-abs-distance = Avstand til målet
ui-abs-chart-label = Sjukefråvær per månad mot målet
ui-abs-legend-under = På eller under målet
ui-abs-legend-over = Over målet
ui-abs-legend-few = Få dagsverk
ui-abs-legend-target = Mål
ui-trend-title = Seriediagram
ui-trend-legend-point = Månad
ui-trend-legend-run = Serien som gir signal
ui-trend-legend-median = Median
ui-trend-legend-baseline = Grunnlag for medianen
ui-trend-legend-started = Tiltak starta
ui-trend-legend-finished = Tiltak fullført
ui-trend-baseline-before = Frys medianen på dei første
ui-trend-baseline-after = månadene
ui-trend-freeze = Frys medianen
ui-trend-unfreeze = Bruk alle månadene
ui-trend-markers = Tiltak i diagrammet
ui-trend-table = Tala i diagrammet
ui-trend-col-side = Mot medianen
ui-trend-help = Piltastane flyttar mellom månadene i diagrammet · Frys medianen på månadene før tiltaka starta, så ser du om fråværet har endra seg sidan · Grunnlaget blir hugsa på denne maskina, for denne fila og eininga.
ui-funnel-title = Traktdiagram: høgare eller lågare enn tilfeldig variasjon?
ui-funnel-legend-unit = Eining (større prikk: fleire dagsverk)
ui-funnel-legend-flagged = Utanfor trakta
ui-funnel-legend-centre = Alle einingane samla
ui-funnel-legend-95 = 95 %-grense
ui-funnel-legend-998 = 99,8 %-grense
ui-funnel-help = Piltastane flyttar mellom einingane i diagrammet.

## Prosjekt nærvær

ui-plan-situation = Situasjonsskildring
ui-plan-december = Sjukefråvær i desember i fjor (%)
ui-plan-december-example = Til dømes 11,2
ui-plan-average = Gjennomsnittleg sjukefråvær i fjor (%)
ui-plan-average-example = Til dømes 10,4
ui-plan-now = Korleis er situasjonen akkurat no?
ui-plan-why = Kvifor skal vi forandre, utvikle, endre?
ui-plan-actions-what = Kva treng vi å gjere?
ui-plan-actions-how = Korleis skal vi gjere det?
ui-plan-actions-who = Kven skal gjere det?
ui-plan-milestones = Delmål
ui-plan-milestones-which = Kva for milepålar viser at vi er på rett veg?
ui-plan-milestones-progress = Delmål som viser framgang på veg mot ønskt situasjon
ui-plan-new-milestone = + Nytt delmål
ui-plan-desired = Ønskt situasjon
ui-plan-desired-question = Korleis har vi det når målet er nådd?
ui-plan-obstacles = Kva for hindringar må vi førebu oss på?
ui-plan-target-title = Mål sjukefråvær %
ui-plan-target-question = Kva for mål er realistisk å nå i år?
ui-plan-target-where = Målet blir sett i «Endre tavla …».
ui-plan-help = Alt blir lagra medan du skriv. Skriv ut planen med «Skriv ut …».

## Månadsgjennomgang

ui-rev-last-changed = Sist endra
ui-rev-status-keys = (tast 1–6)
ui-rev-note = Notat for denne månaden
ui-rev-note-help = (valfritt, kjem i statushistorikken)
ui-rev-previous = ← Førre
ui-rev-skip = Hopp over
ui-rev-save-next = Lagre og neste (Ctrl+Enter)
ui-rev-done = Alle aktive tiltak er gått gjennom
ui-rev-figures-for = Fråværstal for
ui-rev-or = eller
ui-rev-self-certified = Eigenmelde
ui-rev-save-figures = Lagre tala (Enter)
ui-rev-print-board = Skriv ut tavla …
ui-rev-back-to-board = Tilbake til tavla

## Fristar

ui-dl-days-before = Vis òg fristar dei neste
ui-dl-days-after = dagane

## Workshop

ui-ws-merge = Slå saman
ui-ws-to-board = Til tavla …
ui-ws-help = Skriv kva som blir sagt om arbeidet, aldri helseopplysningar om einskildpersonar.
ui-ws-keys = Enter: legg til · Alt+1/2/3: gå til spørsmålet · På eit innspel: + / − stemme, mellomrom vel, T til tavla, Enter endre, Delete slett, Alt+↑/↓ flytt · Ctrl+Z: angre

## Oversikt over einingar, og tavla til éi eining

ui-ov-folder-placeholder = Mappa leiarane deler tavlene i (nettverksdisk, OneDrive, SharePoint)
ui-ov-show = Vis oversikt
ui-ov-filter = Vis einingar med dette i namnet
ui-ov-filter-placeholder = Til dømes Omsorg
ui-ov-skipped = Hoppa over
ui-ov-help = Filene blir berre lesne: Tavle skriv ingenting i den delte mappa · Klikk på ei kolonneoverskrift for å sortere (igjen for motsett veg) · Ctrl+P: skriv ut
ui-unit-back = ← Tilbake til oversikten
ui-unit-read-only = Berre lesing
ui-unit-empty = Tavla har ingen tiltak.
ui-unit-keys = Esc: tilbake til oversikten

## Dialog: ny tavle / endre tavla

ui-bf-title-new = Ny tavle
ui-bf-focus = Fokus / verdiar
ui-bf-focus-example = Til dømes trykklaust og trykksikkert
ui-bf-target = Mål sjukefråvær (%)
ui-bf-target-example = Til dømes 7 eller 6,5

## Dialog: ny tavle frå tavla i fjor

ui-ly-title = Ny tavle frå tavla i fjor
ui-ly-explain = Eining, hovudmål, fokus og mål for sjukefråvær blir kopierte, og tiltaka som ikkje er fullførte eller avbrotne, blir med (som «Ikkje starta»).
ui-ly-from = Frå tavle
ui-ly-year = For året

## Dialog: endre status

ui-st-title = Endre status
ui-st-note = Notat (valfritt)
ui-st-note-example = Til dømes: Første møte halde
ui-st-keys = Enter eller Ctrl+Enter lagrar · Shift+Enter gir ny linje i notatet
ui-st-save = Lagre status

## Dialog: skriv ut

ui-pr-title = Skriv ut
ui-pr-what = Kva vil du skrive ut?
ui-pr-board = Forbetringstavla
ui-pr-workshop = Innspel frå workshopen
ui-pr-workshop-blank = Arbeidsark til workshop (blankt)
ui-pr-report = Årsrapport
ui-pr-paper = Papir
ui-pr-a3 = A3 liggjande
ui-pr-a4 = A4
ui-pr-explain = Tavle lagrar ein PDF der du vel, og opnar han i PDF-lesaren. Skriv ut derifrå.
ui-pr-save = Lagre PDF …

## Dialog: frå workshopen til tavla

ui-tb-title = Til tavla
ui-tb-explain = Innspela blir «Idear» i ei ny rad nedst på tavla:
ui-tb-ideas-label = Innspela som blir Idear
ui-tb-when-example = Til dømes Frå mars
ui-tb-keys = Enter eller Ctrl+Enter legg rada til · Shift+Enter gir ny linje
ui-tb-add = Legg til på tavla

## Dialog: importer frå Excel

ui-ei-title = Importer frå Excel
ui-ei-unit-missing = Reknearket seier ikkje kva for eining.
ui-ei-year-example = Til dømes 2025
ui-ei-year-missing = Reknearket seier ikkje kva for år.
ui-ei-columns = Kolonnar:
ui-ei-unknown = Ukjende kolonnar, ikkje importerte:
ui-ei-skipped = Hoppa over, verken { -goal } eller { -measure }:
ui-ei-col-sheet = Ark
ui-ei-col-row = Rad
ui-ei-col-column = Kolonne
ui-ei-col-content = Innhald
ui-ei-col-action = Kva Tavle gjer
ui-ei-explain = Ingenting er lagra enno. Tavla blir ei ny tavle i fila; ein tryggingskopi av fila finst frå ho vart opna.
ui-ei-import = Importer

## Dialog: del med HR

ui-sh-title = Del med HR
ui-sh-folder-placeholder = Mappa de deler med HR
ui-sh-explain = Tavle lagrar ein heil kopi av tavla i mappa, med eining og år i filnamnet. Deler du igjen, blir den førre kopien erstatta. Kopien har berre det som står på tavla: tal for heile eininga, aldri helseopplysningar om einskildpersonar.
ui-sh-share = Del

## Dialog: rett ei statusendring

ui-fix-title = Rett statusendring
ui-fix-note = Notat
ui-fix-explain = Historikken blir sortert etter dato igjen når du lagrar. Enter eller Ctrl+Enter lagrar · Shift+Enter gir ny linje.
ui-fix-save = Lagre rettinga

## Dialog: tryggingskopiar

ui-bk-explain = Tavle tek ein kopi av fila når ho blir opna og før ein import, i mappa «backups» ved sida av fila. Dei ti nyaste blir tekne vare på, og éin per dag i to veker og éin per månad i eitt år.
ui-bk-col-taken = Teken
ui-bk-col-boards = Tavler
ui-bk-col-rows = Rader
ui-bk-none = Ingen tryggingskopiar enno.

## Dialog: Tavle starta igjen med ei anna fil

ui-again-title = Opne ei anna fil?
ui-again-rest-saved = Alt anna du har skrive, er lagra i fila.
ui-again-stay = Bli her
ui-again-open = Opne den andre fila

## Dialog: om Tavle

ui-about-text = Forbetringstavler for nærvær. Alt blir lagra på denne maskinen; ingenting blir sendt over nettet.
ui-about-file = Fila
ui-about-settings = Innstillingar
ui-about-licence = Lisens

## Veggen (tavle-app --vegg, «Vis på veggen»)

ui-wall-label = Tavla på veggen
ui-wall-show = Vis på veggen
ui-wall-leave = Tilbake (Esc)
ui-wall-previous = Førre side
ui-wall-next = Neste side
ui-wall-pause = Pause (P)
ui-wall-play = Bla vidare (P)
ui-wall-page = Side { $n } av { $of }: { $name }
ui-wall-updated = Sist oppdatert { $time }
ui-wall-missing = Sist oppdatert { $time } — finn ikkje fila no, prøver igjen
ui-wall-board = Tavla
ui-wall-board-part = Tavla ({ $n } av { $of })
ui-wall-absence = Sjukefråvær
ui-wall-due = Fristar
ui-wall-ideas = Idear
ui-wall-no-rows = Tavla har ingen tiltak enno.
ui-wall-no-due = Ingen tiltak er forseinka, og ingen har frist dei neste 14 dagane.
ui-wall-no-ideas = Ingen nye idear frå workshopen.
ui-wall-overdue = forseinka
ui-wall-col-goal = { -goal }
ui-wall-col-measure = { -measure }
ui-wall-col-owner = { -owner }
ui-wall-col-when = { -when }
ui-wall-col-status = { -status }
ui-wall-ytd = hittil i år
ui-wall-target = mål
ui-wall-median = median { $pct } %
ui-wall-chart-label = Seriediagram over { $n } månader med sjukefråvær.
ui-wall-votes = { $n ->
        [one] 1 stemme
       *[other] { $n } stemmer
    }
ui-wall-due-title = Forseinka, og frist dei neste 14 dagane
ui-wall-ideas-title = Idear frå workshopen som ikkje er på tavla enno
ui-wall-marker-started = tiltak starta
ui-wall-marker-finished = tiltak fullført
ui-wall-no-file = Inga fil er vald. Vel fila med tavla som skal visast på veggen, til dømes ei delt tavle i HR-mappa.
ui-wall-pick = Vel fil …

## Tavlemøtet (ui/meeting.js)

ui-meeting-open = Tavlemøte
ui-meeting-label = Tavlemøtet
ui-meeting-title = Tavlemøte – { $unit } { $year }
ui-meeting-back = Tilbake til tavla (Esc)
ui-meeting-agenda = Dagsorden, 15 minutt
ui-meeting-agenda-item = { $n }. { $title } ({ $minutes } min)
ui-meeting-part-absence = Fråvær
ui-meeting-part-overdue = Forseinka tiltak
ui-meeting-part-due = Fristar dei neste 14 dagane
ui-meeting-part-ideas = Nye idéar
ui-meeting-part-heading = { $n }. { $title }
ui-meeting-part-started = Del { $n } av { $of }: { $title }, { $minutes } minutt.
ui-meeting-progress = Tid brukt av denne delen
ui-meeting-left = { $time } att
ui-meeting-over = { $time } over tida
ui-meeting-pause = Pause (P)
ui-meeting-resume = Hald fram (P)
ui-meeting-paused = Tida står still.
ui-meeting-running = Tida går att.
ui-meeting-one-minute = Eitt minutt att av denne delen.
ui-meeting-time-up = Tida for «{ $title }» er brukt opp.
ui-meeting-previous = ‹ Førre del
ui-meeting-next = Neste del ›
ui-meeting-minutes = Lag referat (PDF)
ui-meeting-minutes-file = Referat tavlemøte { $unit } { $date }
ui-meeting-no-overdue = Ingen tiltak er forseinka.
ui-meeting-no-due = Ingen tiltak har frist dei neste 14 dagane.
ui-meeting-no-figures = Ingen fråværstal enno.
ui-meeting-status-of = Status for { $measure }
ui-meeting-change = Endre status
ui-meeting-note = Endra i tavlemøtet
ui-meeting-changed = «{ $measure }»: { $from } → { $to }.

## Importer frå Excel: koplingar, og Slett tavle

ui-ei-map-title = Kolonnar og statusord Tavle ikkje kjenner
ui-ei-map-explain = Tavle hoppar ikkje over innhald og gjettar ikkje på status. Vel kva kvar av dei er; importen kan gjerast når alle er valde.
ui-col-delete = Slett
ui-del-explain = Ein tryggingskopi av fila blir teken før tavla blir sletta, så ho kan hentast tilbake under Tryggingskopiar.

ui-bf-sector = Sektor
ui-bf-sector-example = Til dømes Helse og omsorg
ui-bf-staff = Tal på årsverk
ui-bf-staff-example = Til dømes 12,5
ui-sh-withdraw = Trekk tilbake
ui-ov-sector = Sektor
ui-ov-sector-all = Alle sektorar
