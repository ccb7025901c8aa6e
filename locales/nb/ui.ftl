# Tavle på bokmål: ui. Samme nøkler som locales/nn/ui.ftl (en test passer på det).
# Ordene i ui/index.html (data-t og data-t-attr); texts.js fyller dem inn ved start.

## Felles: kolonner, knapper og ord som går igjen på flere skjermer

ui-col-unit = Enhet
ui-col-year = År
ui-col-measures = Tiltak
ui-col-measure = { -measure }
ui-col-status = { -status }
ui-col-open = Åpne
ui-col-goal = { -goal }
ui-col-ideas = { -ideas }
ui-col-owner = { -owner }
ui-col-when = { -when }?
ui-col-result = { -result }
ui-col-due = { -due }
ui-main-goal = Hovedmål
ui-focus = Fokus
ui-target-absence = Mål sykefravær
ui-absence-ytd = Sykefravær hittil i år
ui-absence = Fraværstall
ui-plan = Prosjekt nærvær
ui-review = Månedsgjennomgang
ui-deadlines = Frister
ui-ws = Workshop
ui-rollup = Oversikt over enheter
ui-actions = Handlinger
ui-overdue = Forsinket
ui-optional = (valgfritt)
ui-percent = Prosent
ui-agreed-days = Avtalte dagsverk
ui-lost-days = Tapte dagsverk
ui-print = Skriv ut …
ui-back = ← Tilbake
ui-back-to-board = ← Tilbake til tavlen
ui-cancel = Avbryt
ui-close = Lukk
ui-create-board = Lag tavlen
ui-shared-folder = Delt mappe
ui-pick-folder = Velg mappe …
ui-date = Dato
ui-date-placeholder = dd.mm.åååå
ui-unit-example = For eksempel Hjemmesykepleien
ui-backups = Sikkerhetskopier
ui-about = Om Tavle
ui-key-ctrl-n = Ctrl+N
ui-key-ctrl-p = Ctrl+P

## Topplinjen og banneret for filer som bare kan leses

ui-top-large-title = Stor tekst for prosjektor
ui-top-large = Storskjerm
ui-top-backups = Sikkerhetskopier …
ui-top-close-file = Lukk fil
ui-ro-restore = Hent tilbake denne kopien
ui-ro-back = Tilbake til filen
ui-ro-save-as = Lagre som …

## Startskjermen

ui-start-title = Forbedringstavler for nærvær
ui-start-intro = Én fil holder alle tavlene til enheten. Alt du skriver lagres med en gang.
ui-start-new-file = Ny fil …
ui-start-open-file = Åpne fil …
ui-start-open-example = Åpne eksempel
ui-start-rollup = Oversikt over enheter …
ui-start-rollup-help = for HR og styringsgruppen: alle tavlene som er delt i en felles mappe.
ui-lang = Målform
ui-lang-help = Bokmål eller nynorsk: skjermene, meldingene og utskriftene.
ui-lang-nb = Bokmål
ui-lang-nn = Nynorsk
ui-start-recent = Nylig brukt

## Tavlene i filen

ui-list-title = Tavler i filen
ui-list-new-board = Ny tavle …
ui-list-from-last-year = Ny tavle fra fjorårets …
ui-list-import-excel = Importer fra Excel …
ui-list-empty = Filen har ingen tavler ennå. Velg «Ny tavle» for å lage den første.

## Tavlen (redigering)

ui-ed-all-boards = ← Alle tavler
ui-ed-edit-board = Endre tavlen …
ui-ed-followup-label = Oppfølging gjennom året
ui-ed-share = Del med HR …
ui-ed-new-row = + Ny rad
ui-ed-filter-all = Alle
ui-ed-filter-choice = { -kind } / { -level }
ui-ed-search = Søk
ui-ed-search-placeholder = Søk i tavlen
ui-ed-export-excel = Eksporter til Excel …
ui-ed-col-move-delete = Flytt og slett
ui-ed-no-rows = Tavlen har ingen rader ennå. Velg «+ Ny rad» (Ctrl+N).
ui-ed-no-match = Ingen rader passer filteret.
ui-ed-keys = Enter: neste rad · Shift+Enter: ny linje i cellen · Alt+↑/↓: flytt rad · Ctrl+N: ny rad · Ctrl+P: skriv ut · Ctrl+Z: angre sletting

## Fraværstall

ui-abs-col-month = Måned
ui-abs-col-self-certified = Egenmeldte dagsverk
ui-abs-col-absence = Fravær
ui-abs-help = Skriv enten prosenten, eller avtalte og tapte dagsverk (dagsverk erstatter en prosent, og omvendt). Tallene lagres når du går videre · Enter: neste måned · Tøm en rad for å fjerne måneden.
ui-abs-key-figures = Nøkkeltall
ui-abs-presence-ytd = Nærvær hittil i år
ui-abs-distance = Avstand til målet
ui-abs-chart-label = Sykefravær per måned mot målet
ui-abs-legend-under = På eller under målet
ui-abs-legend-over = Over målet
ui-abs-legend-few = Få dagsverk
ui-abs-legend-target = Mål
ui-trend-title = Seriediagram
ui-trend-legend-point = Måned
ui-trend-legend-run = Serien som gir signal
ui-trend-legend-median = Median
ui-trend-legend-baseline = Grunnlag for medianen
ui-trend-legend-started = Tiltak startet
ui-trend-legend-finished = Tiltak fullført
ui-trend-baseline-before = Frys medianen på de første
ui-trend-baseline-after = månedene
ui-trend-freeze = Frys medianen
ui-trend-unfreeze = Bruk alle månedene
ui-trend-markers = Tiltak i diagrammet
ui-trend-table = Tallene i diagrammet
ui-trend-col-side = Mot medianen
ui-trend-help = Piltastene flytter mellom månedene i diagrammet · Frys medianen på månedene før tiltakene startet, så ser du om fraværet har endret seg siden · Grunnlaget huskes på denne maskinen, for denne filen og enheten.
ui-funnel-title = Traktdiagram: høyere eller lavere enn tilfeldig variasjon?
ui-funnel-legend-unit = Enhet (større prikk: flere dagsverk)
ui-funnel-legend-flagged = Utenfor trakten
ui-funnel-legend-centre = Alle enhetene samlet
ui-funnel-legend-95 = 95 %-grense
ui-funnel-legend-998 = 99,8 %-grense
ui-funnel-help = Piltastene flytter mellom enhetene i diagrammet.

## Prosjekt nærvær

ui-plan-situation = Situasjonsbeskrivelse
ui-plan-december = Sykefravær i desember i fjor (%)
ui-plan-december-example = For eksempel 11,2
ui-plan-average = Gjennomsnittlig sykefravær i fjor (%)
ui-plan-average-example = For eksempel 10,4
ui-plan-now = Hvordan er situasjonen akkurat nå?
ui-plan-why = Hvorfor skal vi forandre, utvikle, endre?
ui-plan-actions-what = Hva trenger vi å gjøre?
ui-plan-actions-how = Hvordan skal vi gjøre det?
ui-plan-actions-who = Hvem skal gjøre det?
ui-plan-milestones = Delmål
ui-plan-milestones-which = Hvilke milepeler viser at vi er på rett vei?
ui-plan-milestones-progress = Delmål som viser progresjon på vei mot ønsket situasjon
ui-plan-new-milestone = + Nytt delmål
ui-plan-desired = Ønsket situasjon
ui-plan-desired-question = Hvordan har vi det når målet er nådd?
ui-plan-obstacles = Hvilke hindringer må vi forberede oss på?
ui-plan-target-title = Mål sykefravær %
ui-plan-target-question = Hvilket mål er realistisk å oppnå i år?
ui-plan-target-where = Målet settes i «Endre tavlen …».
ui-plan-help = Alt lagres mens du skriver. Skriv ut planen med «Skriv ut …».

## Månedsgjennomgang

ui-rev-last-changed = Sist endret
ui-rev-status-keys = (tast 1–6)
ui-rev-note = Notat for denne måneden
ui-rev-note-help = (valgfritt, kommer i statushistorikken)
ui-rev-previous = ← Forrige
ui-rev-skip = Hopp over
ui-rev-save-next = Lagre og neste (Ctrl+Enter)
ui-rev-done = Alle aktive tiltak er gått gjennom
ui-rev-figures-for = Fraværstall for
ui-rev-or = eller
ui-rev-self-certified = Egenmeldte
ui-rev-save-figures = Lagre tallene (Enter)
ui-rev-print-board = Skriv ut tavlen …
ui-rev-back-to-board = Tilbake til tavlen

## Frister

ui-dl-days-before = Vis også frister de neste
ui-dl-days-after = dagene

## Workshop

ui-ws-merge = Slå sammen
ui-ws-to-board = Til tavla …
ui-ws-help = Skriv hva som blir sagt om arbeidet, aldri helseopplysninger om enkeltpersoner.
ui-ws-keys = Enter: legg til · Alt+1/2/3: gå til spørsmålet · På et innspill: + / − stemme, mellomrom velg, T til tavla, Enter endre, Delete slett, Alt+↑/↓ flytt · Ctrl+Z: angre

## Oversikt over enheter, og én enhets tavle

ui-ov-folder-placeholder = Mappen lederne deler tavlene i (nettverksdisk, OneDrive, SharePoint)
ui-ov-show = Vis oversikt
ui-ov-filter = Vis enheter med dette i navnet
ui-ov-filter-placeholder = For eksempel Omsorg
ui-ov-skipped = Hoppet over
ui-ov-help = Filene leses bare: Tavle skriver ingenting i den delte mappen · Klikk en kolonneoverskrift for å sortere (igjen for motsatt vei) · Ctrl+P: skriv ut
ui-unit-back = ← Tilbake til oversikten
ui-unit-read-only = Bare lesing
ui-unit-empty = Tavlen har ingen tiltak.
ui-unit-keys = Esc: tilbake til oversikten

## Dialog: ny tavle / endre tavlen

ui-bf-title-new = Ny tavle
ui-bf-focus = Fokus / verdier
ui-bf-focus-example = For eksempel trykkløst og trykksikkert
ui-bf-target = Mål sykefravær (%)
ui-bf-target-example = For eksempel 7 eller 6,5

## Dialog: ny tavle fra fjorårets

ui-ly-title = Ny tavle fra fjorårets
ui-ly-explain = Enhet, hovedmål, fokus og mål sykefravær kopieres, og tiltakene som ikke er fullført eller avbrutt, blir med (som «Ikke startet»).
ui-ly-from = Fra tavle
ui-ly-year = For året

## Dialog: endre status

ui-st-title = Endre status
ui-st-note = Notat (valgfritt)
ui-st-note-example = For eksempel: Første møte holdt
ui-st-keys = Enter eller Ctrl+Enter lagrer · Shift+Enter gir ny linje i notatet
ui-st-save = Lagre status

## Dialog: skriv ut

ui-pr-title = Skriv ut
ui-pr-what = Hva vil du skrive ut?
ui-pr-board = Forbedringstavlen
ui-pr-workshop = Innspill fra workshopen
ui-pr-workshop-blank = Arbeidsark til workshop (blankt)
ui-pr-report = Årsrapport
ui-pr-paper = Papir
ui-pr-a3 = A3 liggende
ui-pr-a4 = A4
ui-pr-explain = Tavle lagrer en PDF der du velger, og åpner den i PDF-leseren. Skriv ut derfra.
ui-pr-save = Lagre PDF …

## Dialog: fra workshopen til tavla

ui-tb-title = Til tavla
ui-tb-explain = Innspillene blir «Ideer» i en ny rad nederst på tavla:
ui-tb-ideas-label = Innspillene som blir Ideer
ui-tb-when-example = For eksempel Fra mars
ui-tb-keys = Enter eller Ctrl+Enter legger raden til · Shift+Enter gir ny linje
ui-tb-add = Legg til på tavla

## Dialog: importer fra Excel

ui-ei-title = Importer fra Excel
ui-ei-unit-missing = Regnearket sier ikke hvilken enhet.
ui-ei-year-example = For eksempel 2025
ui-ei-year-missing = Regnearket sier ikke hvilket år.
ui-ei-columns = Kolonner:
ui-ei-unknown = Ukjente kolonner, ikke importert:
ui-ei-skipped = Hoppet over, verken { -goal } eller { -measure }:
ui-ei-col-sheet = Ark
ui-ei-col-row = Rad
ui-ei-col-column = Kolonne
ui-ei-col-content = Innhold
ui-ei-col-action = Hva Tavle gjør
ui-ei-explain = Ingenting er lagret ennå. Tavlen blir en ny tavle i filen; en sikkerhetskopi av filen finnes fra den ble åpnet.
ui-ei-import = Importer

## Dialog: del med HR

ui-sh-title = Del med HR
ui-sh-folder-placeholder = Mappen dere deler med HR
ui-sh-explain = Tavle lagrer en hel kopi av tavlen i mappen, med enhet og år i filnavnet. Deler du igjen, erstattes den forrige kopien. Kopien har bare det som står på tavlen: tall for hele enheten, aldri helseopplysninger om enkeltpersoner.
ui-sh-share = Del

## Dialog: rett en statusendring

ui-fix-title = Rett statusendring
ui-fix-note = Notat
ui-fix-explain = Historikken sorteres etter dato igjen når du lagrer. Enter eller Ctrl+Enter lagrer · Shift+Enter gir ny linje.
ui-fix-save = Lagre rettelsen

## Dialog: sikkerhetskopier

ui-bk-explain = Tavle tar en kopi av filen når den åpnes og før en import, i mappen «backups» ved siden av filen. De ti nyeste beholdes, og én per dag i to uker og én per måned i et år.
ui-bk-col-taken = Tatt
ui-bk-col-boards = Tavler
ui-bk-col-rows = Rader
ui-bk-none = Ingen sikkerhetskopier ennå.

## Dialog: Tavle startet igjen med en annen fil

ui-again-title = Åpne en annen fil?
ui-again-rest-saved = Alt annet du har skrevet, er lagret i filen.
ui-again-stay = Bli her
ui-again-open = Åpne den andre filen

## Dialog: om Tavle

ui-about-text = Forbedringstavler for nærvær. Alt lagres på denne maskinen; ingenting sendes over nettet.
ui-about-file = Filen
ui-about-settings = Innstillinger
ui-about-licence = Lisens

## Veggen (tavle-app --vegg, «Vis på veggen»)

ui-wall-label = Tavla på veggen
ui-wall-show = Vis på veggen
ui-wall-leave = Tilbake (Esc)
ui-wall-previous = Forrige side
ui-wall-next = Neste side
ui-wall-pause = Pause (P)
ui-wall-play = Bla videre (P)
ui-wall-page = Side { $n } av { $of }: { $name }
ui-wall-updated = Sist oppdatert { $time }
ui-wall-missing = Sist oppdatert { $time } — finner ikke filen nå, prøver igjen
ui-wall-board = Tavla
ui-wall-board-part = Tavla ({ $n } av { $of })
ui-wall-absence = Sykefravær
ui-wall-due = Frister
ui-wall-ideas = Idéer
ui-wall-no-rows = Tavla har ingen tiltak ennå.
ui-wall-no-due = Ingen tiltak er forsinket, og ingen har frist de neste 14 dagene.
ui-wall-no-ideas = Ingen nye idéer fra workshopen.
ui-wall-overdue = forsinket
ui-wall-col-goal = { -goal }
ui-wall-col-measure = { -measure }
ui-wall-col-owner = { -owner }
ui-wall-col-when = { -when }
ui-wall-col-status = { -status }
ui-wall-ytd = hittil i år
ui-wall-target = mål
ui-wall-median = median { $pct } %
ui-wall-chart-label = Seriediagram over { $n } måneder med sykefravær.
ui-wall-votes = { $n ->
        [one] 1 stemme
       *[other] { $n } stemmer
    }
ui-wall-due-title = Forsinket, og frist de neste 14 dagene
ui-wall-ideas-title = Idéer fra workshopen som ikke er på tavla ennå
ui-wall-marker-started = tiltak startet
ui-wall-marker-finished = tiltak fullført
ui-wall-no-file = Ingen fil er valgt. Velg fila med tavla som skal vises på veggen, for eksempel en delt tavle i HR-mappen.
ui-wall-pick = Velg fil …

## Tavlemøtet (ui/meeting.js)

ui-meeting-open = Tavlemøte
ui-meeting-label = Tavlemøtet
ui-meeting-title = Tavlemøte – { $unit } { $year }
ui-meeting-back = Tilbake til tavla (Esc)
ui-meeting-agenda = Dagsorden, 15 minutter
ui-meeting-agenda-item = { $n }. { $title } ({ $minutes } min)
ui-meeting-part-absence = Fravær
ui-meeting-part-overdue = Forsinkede tiltak
ui-meeting-part-due = Frister de neste 14 dagene
ui-meeting-part-ideas = Nye idéer
ui-meeting-part-heading = { $n }. { $title }
ui-meeting-part-started = Del { $n } av { $of }: { $title }, { $minutes } minutter.
ui-meeting-progress = Tid brukt av denne delen
ui-meeting-left = { $time } igjen
ui-meeting-over = { $time } over tiden
ui-meeting-pause = Pause (P)
ui-meeting-resume = Fortsett (P)
ui-meeting-paused = Tiden står stille.
ui-meeting-running = Tiden går igjen.
ui-meeting-one-minute = Ett minutt igjen av denne delen.
ui-meeting-time-up = Tiden for «{ $title }» er brukt opp.
ui-meeting-previous = ‹ Forrige del
ui-meeting-next = Neste del ›
ui-meeting-minutes = Lag referat (PDF)
ui-meeting-minutes-file = Referat tavlemøte { $unit } { $date }
ui-meeting-no-overdue = Ingen tiltak er forsinket.
ui-meeting-no-due = Ingen tiltak har frist de neste 14 dagene.
ui-meeting-no-figures = Ingen fraværstall ennå.
ui-meeting-status-of = Status for { $measure }
ui-meeting-change = Endre status
ui-meeting-note = Endret i tavlemøtet
ui-meeting-changed = «{ $measure }»: { $from } → { $to }.

## Importer fra Excel: koblinger, og Slett tavle

ui-ei-map-title = Kolonner og statusord Tavle ikke kjenner
ui-ei-map-explain = Tavle hopper ikke over innhold og gjetter ikke på status. Velg hva hver av dem er; importen kan gjøres når alle er valgt.
ui-col-delete = Slett
ui-del-explain = En sikkerhetskopi av filen tas før tavlen slettes, så den kan hentes tilbake under Sikkerhetskopier.

ui-bf-sector = Sektor
ui-bf-sector-example = For eksempel Helse og omsorg
ui-bf-staff = Antall årsverk
ui-bf-staff-example = For eksempel 12,5
ui-sh-withdraw = Trekk tilbake
ui-ov-sector = Sektor
ui-ov-sector-all = Alle sektorer
