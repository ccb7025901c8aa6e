# Tavle på nynorsk: core. Same nøklar som locales/nb/core.ftl (ein test passar på det).

## Feilmeldingar frå kjernen (src/error.rs)

core-not-a-tavle-file = «{ $path }» er ikkje ei Tavle-fil, eller ho er skadd ({ $detail }). Fila er ikkje endra. Vel ei anna fil, eller hent ein kopi frå mappa «backups» ved sida av fila.
core-too-new = «{ $path }» er laga med ein nyare versjon av Tavle (filversjon { $found }, denne versjonen forstår opp til { $supported }). Fila er ikkje endra. Oppdater Tavle for å opne ho.
core-io = Kunne ikkje bruke «{ $path }»: { $reason }
core-read-only = «{ $path }» kan berre lesast, så endringa er ikkje lagra. Du kan lese, skrive ut og eksportere; for å endre, lagre tavla som ei ny fil eller be om skrivetilgang til fila.
core-vanished = Fila «{ $path }» finst ikkje lenger der ho vart opna (flytta, sletta, eller minnepinnen er teken ut). Endringa er ikkje lagra. Lagre tavla ein annan stad med «Lagre som …», eller set fila tilbake og opne ho igjen.
core-print-failed = Utskrifta kunne ikkje lagast: { $reason }
core-io-not-found = mappa eller fila finst ikkje. Sjekk namnet, eller lag mappa først.
core-io-permission = du har ikkje lov til å skrive eller lese der. Vel ei anna mappe, til dømes i heimemappa di, eller be om tilgang.
core-io-is-dir = det er ei mappe, ikkje ei fil. Skriv eit filnamn i mappa, til dømes «mappe/tavle.pdf».
core-io-not-dir = ein del av stien er ei fil, ikkje ei mappe. Sjekk stien.
core-io-exists = fila finst allereie. Vel eit anna namn.
core-io-full = disken er full. Frigjer plass og prøv igjen.
core-io-read-only = staden kan berre lesast (til dømes ein skriveverna minnepinne). Vel ei anna mappe.
core-io-busy = fila er i bruk av eit anna program. Lukk det og prøv igjen.
core-io-broken-pipe = mottakaren slutta å lese.
core-io-other = lesing eller skriving feila. Sjekk at staden finst og at det er plass på disken, og prøv igjen.
core-io-name-too-long = namnet er for langt for filsystemet. Vel eit kortare filnamn, eller ei mappe med kortare sti.
core-io-link-loop = stien går i ring gjennom symbolske lenker (ei lenke som peikar på seg sjølv eller på ei anna som peikar tilbake). Rett lenka, eller vel ei anna mappe.
core-db-busy = Fila er i bruk av eit anna program (kanskje Tavle i eit anna vindauge, eller ein annan «tavle»-kommando) og kunne ikkje låsast. Inga endring er lagra. Lukk det andre programmet, eller vent litt, og prøv igjen.
core-db-full = Disken er full. Inga endring er lagra. Frigjer plass og prøv igjen.
core-db-io = Lese- eller skrivefeil på disken. Inga endring er lagra; sjekk disken og prøv igjen.
core-db-corrupt = Fila er skadd. Inga endring er lagra; hent tilbake ein tryggingskopi (Tryggingskopiar …).
core-db-read-only = Fila kan berre lesast (skriveverna). Inga endring er lagra. Lagre ein kopi ein stad du kan skrive, eller be om tilgang.
core-db-cannot-open = Fila kunne ikkje opnast for skriving (manglar tilgang, eller mappa finst ikkje). Inga endring er lagra.
core-db-other = Databasefeil: { $error }. Inga endring er lagra; prøv igjen.
core-db-read-busy = Fila er i bruk av eit anna program (kanskje Tavle i eit anna vindauge, eller ein annan «tavle»-kommando) som skriv til ho akkurat no, så ho kunne ikkje lesast. Vent litt og prøv igjen, eller lukk det andre programmet.
core-db-read-full = Disken er full. Frigjer plass og prøv igjen.
core-db-read-io = Lese- eller skrivefeil på disken. Sjekk disken og prøv igjen.
core-db-read-corrupt = Fila er skadd. Hent tilbake ein tryggingskopi (Tryggingskopiar …).
core-db-read-read-only = Fila eller staden kan berre lesast (skriveverna). Lagre ein kopi ein stad du kan skrive, eller be om tilgang.
core-db-read-cannot-open = Fila kunne ikkje opnast (manglar tilgang, eller mappa finst ikkje). Sjekk namn og mappe, eller be om tilgang.
core-db-read-other = Databasefeil: { $error }. Prøv igjen.
core-input-not-found = Finn ikkje { $what } «{ $path }». Sjekk namnet og mappa.
core-damaged = «{ $path }» er skadd ({ $detail }). Fila er ikkje endra.
core-damaged-backup = { $head } Den nyaste gode tryggingskopien er «{ $backup }». Hent han tilbake med «Tryggingskopiar …» i Tavle, eller med `tavle restore "{ $path }" --from "{ $backup }"`.
core-damaged-no-backup = { $head } Det finst ingen god tryggingskopi av fila i mappa «backups» ved sida av ho; spør IT om ein kopi frå tryggingskopieringa deira.
core-unknown-lang = Ukjend språk «{ $value }». Vel nb (bokmål) eller nn (nynorsk).

## Reglane for tavla (src/model)

core-year-out-of-range = Året { $year } er utanfor det Tavle godtek. Skriv eit år mellom { $first } og { $last }.
core-date-out-of-range = { $what }: datoen { $date } er utanfor det Tavle godtek. Bruk ein dato frå år { $first } til { $last }.
core-pct-out-of-range = { $what } må vere ein prosent mellom 0 og 100, fekk { $value }.
core-text-too-long = { $what } er for lang ({ $n } teikn). Største lengd er { $max } teikn; kort ned teksten.
core-month-not-in-year = Månaden { $month } høyrer ikkje til året på tavla, { $year }. Før fråværet på tavla for { $other }.
core-date-invalid = «{ $value }» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD (2025-03-15) eller DD.MM.ÅÅÅÅ (15.03.2025).
core-not-a-number = { $what }: «{ $value }» er ikkje eit tal. Skriv til dømes 9,1 eller 420.
core-not-a-year = «{ $value }» er ikkje eit årstal. Skriv året med fire siffer, til dømes 2025.
core-month-invalid = «{ $value }» er ikkje ein gyldig månad. Skriv månaden som ÅÅÅÅ-MM, til dømes 2025-03.
core-absence-of-month = Sjukefråvær for { $month }
core-absence-self-certified-alone = { $month }: eigenmelde dagsverk kan berre førast opp saman med avtalte og tapte dagsverk.
core-absence-agreed-positive = { $month }: avtalte dagsverk må vere større enn 0 (fekk { $value }).
core-absence-lost-range = { $month }: tapte dagsverk må vere mellom 0 og avtalte dagsverk ({ $agreed }), fekk { $value }.
core-absence-self-certified-range = { $month }: eigenmelde dagsverk må vere mellom 0 og tapte dagsverk ({ $lost }), fekk { $value }.
core-absence-both = { $month }: oppgje anten prosent eller avtalte og tapte dagsverk, ikkje begge.
core-absence-none = { $month }: manglar tal. Oppgje prosent, eller avtalte og tapte dagsverk.
core-absence-need-both = { $month }: oppgje både avtalte og tapte dagsverk.
core-month-pct = { $month }, prosent
core-month-agreed = { $month }, avtalte dagsverk
core-month-lost = { $month }, tapte dagsverk
core-month-self-certified = { $month }, eigenmelde dagsverk
core-month-kept-days = { $lost } av { $agreed } dagsverk ({ $pct })
core-month-kept = { $problem } Lagra for månaden er framleis { $kept }; det er det som blir rekna med.
core-month-not-kept = { $problem } Månaden er ikkje lagra og blir ikkje rekna med.
core-board-unit-missing = Tavla manglar eining. Skriv namnet på eininga, til dømes «Heimesjukepleia».
core-field-title = Tittel
core-field-unit = Eining
core-field-main-goal = Hovudmål
core-field-focus = Fokus
core-field-target = Mål sjukefråvær
core-row-place = Rad { $n }
core-month-twice = Månaden { $month } står fleire gonger i fråværstala. Kvar månad kan berre stå éin gong.
core-input-empty = Innspel nr. { $n } er tomt. Skriv kva som vart sagt, eller ta det ut av fila.
core-input-number = Innspel nr. { $n }
core-input-row-missing = Innspel nr. { $n } viser til rad { $row }, men tavla har berre { $rows } rader.
core-row-empty = { $place } manglar både mål og tiltak. Skriv inn minst eitt av dei.
core-history-entry = { $place }, statushistorikk nr. { $n }
core-history-order = { $place }: statushistorikken må stå i datorekkjefølgje, eldste først.
core-history-last = { $place }: status er «{ $status }», men siste endring i historikken er «{ $last }». Dei må vere like.
# Redigeringa viser avvisinga ved feltet Frist, utan namnet på feltet.
core-due-invalid-value = «{ $value }» er ikkje ein gyldig dato. Skriv han som dd.mm.åååå, til dømes 28.02.2025.
core-due-invalid = { -due }: { core-due-invalid-value }
core-field-unknown-word = { $field }: «{ $value }» er ikkje eitt av vala. Skriv eitt av desse: { $choices }.
core-plan-december = Sjukefråvær i desember i fjor
core-plan-average = Gjennomsnittleg sjukefråvær i fjor
core-plan-situation = Situasjonsskildring
core-plan-why = Kvifor endre
core-plan-actions = Handlingar
core-plan-desired = Ønskt situasjon
core-plan-obstacles = Hindringar
core-milestone-empty = Delmål nr. { $n } manglar tekst. Skriv kva delmålet er, eller fjern det.
core-milestone-number = Delmål nr. { $n }
core-milestone-due-invalid = Delmål nr. { $n }, frist: { $reason }
core-milestone-reached-invalid = Delmål nr. { $n }, nådd: { $reason }
core-milestone-reached-future = Delmål nr. { $n }: datoen det vart nådd, { $date }, er etter i dag ({ $today }). Skriv datoen i dag eller dagen det vart nådd.
core-milestone-reached-before-year = Delmål nr. { $n }: datoen det vart nådd, { $date }, er før året til tavla, { $year }. Skriv ein dato frå 01.01.{ $year }.
core-status-unknown = Ukjend status «{ $value }». Bruk ein av: { $codes }.
core-status-date-future = Datoen { $date } er etter i dag ({ $today }). Ei statusendring blir ført når ho har skjedd: skriv datoen i dag eller ein dag før.
core-status-date-before-year = Datoen { $date } er før året til tavla, { $year }. Statushistorikken fortel kva år tavla følgjer, så datoen må vere 01.01.{ $year } eller seinare.

## Fråværstal (src/stats.rs)

core-basis-note = Nokre månader har berre prosent, utan dagsverk. Då er hittil i år snittet av prosentane for månadene: kvar månad tel likt, same kor mange dagsverk han hadde. Skriv avtalte og tapte dagsverk for alle månadene, så blir det rekna som tapte delt på avtalte dagsverk.

## Utskrift (src/print)

core-print-unknown-what = Ukjend utskrift «{ $value }». Vel board (tavla), plan (Prosjekt nærvær), workshop (innspela), workshop_blank (tomt workshop-ark), report (årsrapport) eller minutes (referat frå tavlemøtet).
core-print-unknown-paper = Ukjend papirstorleik «{ $value }». Vel a3 eller a4.
core-print-not-pdf = Utskrifta må lagrast som ei PDF-fil, med eit namn som sluttar på .pdf (ikkje «{ $path }»).
core-print-font-unreadable = den innebygde skrifta kunne ikkje lesast
core-print-font-named = skrifta { $name } kunne ikkje lesast ({ $error })
core-print-pdf-unwritable = PDF-en kunne ikkje skrivast ({ $error })
core-print-pdf-empty = PDF-en vart tom
core-print-lost-of-agreed = { $lost } av { $agreed }
core-print-small-unit-note = * Under 100 avtalte dagsverk i månaden: talet kan peike på enkeltpersonar. Del det med omtanke.

## Del med HR (src/publish.rs)

core-snapshot-unnamed = Eining
core-publish-not-a-folder = «{ $path }» er ei fil, ikkje ei mappe. Vel mappa de deler med HR.
core-publish-no-folder = Fann ikkje mappa «{ $path }». Sjekk at nettverksdisken eller OneDrive-mappa er tilgjengeleg, eller vel ei anna mappe.
core-publish-taken = I mappa ligg det allereie ei fil «{ $path }» ({ $what }). Ho er ikkje endra. Gje eininga eit namn som skil ho frå den andre, eller be HR flytte fila.
core-publish-taken-newer = laga med ein nyare versjon av Tavle
core-publish-taken-not-shared = ho er ikkje ei deling frå Tavle
core-publish-taken-other-unit = ho er eininga «{ $unit }» { $year }
core-publish-taken-boards = ho har { $n } tavler
core-publish-no-board = Fann inga tavle med id { $id }. Sjå `tavle list FILE` for tavlene i fila.
core-publish-own-file = «{ $path }» er sjølve tavlefila di. Vel ei anna mappe å dele i enn mappa fila ligg i.
core-publish-rename-failed = { $error }. Den førre delinga er ikkje endra; er fila open hos nokon (på Windows)? Prøv igjen om litt
core-publish-no-boards = Fila har ingen tavler å dele. Lag ei tavle først.

## Skjermane sett frå kjernen (src/view, src/about.rs)

core-rollup-unit-gone = Fann ikkje tavla i «{ $path }». Vis oversikta på nytt.
core-last-file-gone = Sist brukte fil «{ $path }» finst ikkje lenger. Opne ei anna fil eller lag ei ny.
core-example-missing = Eksempeltavla er ikkje med i denne utgåva av Tavle. Lag ei ny fil i staden.
core-font-licence = Skrifta i utskriftene er DejaVu Sans, med fri lisens (Bitstream Vera og Arev).

## Appen (src-tauri)

core-app-no-file = Inga fil er open. Opne ei fil eller lag ei ny først.
core-app-no-file-short = Inga fil er open.
core-app-no-backup-open = Ingen tryggingskopi er open.
core-app-no-overview = Inga oversikt er open. Vel mappa de deler, og «Vis oversikt».
core-app-only-printed-pdf = Berre PDF-en som nett vart skriven ut, kan opnast herifrå. Skriv ut på nytt.
core-app-no-pdf-viewer = Fann ikkje eit program som kan vise PDF-en ({ $error }). Fila er lagra som «{ $path }»; opne ho sjølv for å skrive ut.
core-pick-open-title = Opne Tavle-fil
core-pick-tavle-filter = Tavle-fil
core-pick-new-title = Lag ny Tavle-fil
core-pick-pdf-title = Lagre PDF for utskrift
core-pick-xlsx-title = Eksporter til Excel
core-pick-pdf-filter = PDF
core-pick-xlsx-filter = Excel-arbeidsbok
core-pick-unknown-kind = Ukjend filtype «{ $kind }» i lagringsdialogen.
core-pick-sheet-title = Importer frå Excel
core-pick-sheet-filter = Rekneark
core-app-not-local = Tavle kan berre opne filer på denne maskina, ikkje «{ $text }». Lagre fila her først, og opne ho derifrå.
core-app-error = Feil: { $error }
core-app-cannot-start = Tavle kunne ikkje starte: { $error }
core-app-usage =
    Bruk: tavle-app [FIL.tavle]
          tavle-app --vegg FIL.tavle [--interval SEKUND]

    Startar Tavle. Med ei fil blir ho opna (og laga viss ho ikkje finst); utan fil blir
    den sist brukte fila opna. Køyrer Tavle allereie, kjem vindauget fram og opnar fila der.

      --vegg      vis tavla på veggen: fullskjerm, berre lesing, sidene blar av seg sjølve
      --interval  sekund per side på veggen (standard 20)
      --version   vis versjonen
      --help      vis denne hjelpa

## Seriediagram (tavle trend, Fråværstal, årsrapporten, A3-tavla)

core-trend-no-unit = Fann inga tavle for eininga «{ $unit }» i fila. Einingane i fila: { $units }. Skriv namnet slik det står der.
core-trend-two-boards = Fila har to tavler for { $unit } { $year }, så det er ikkje klart kva fråværstal som gjeld. Slett den eine eller rett eining eller år på henne, og prøv igjen.
core-trend-too-few = Inga vurdering enno: { $n } { $n ->
        [one] månad
       *[other] månader
    } ligg over eller under medianen, og reglane treng minst { $min }.
core-trend-no-signal = Ingen signal: variasjonen ser tilfeldig ut.
core-trend-shift-below = Signal: { $n } månader på rad under medianen — fråværet har gått ned. Regel: lange seriar (fleire enn { $limit } på rad på same side er eit signal).
core-trend-shift-above = Signal: { $n } månader på rad over medianen — fråværet har gått opp. Regel: lange seriar (fleire enn { $limit } på rad på same side er eit signal).
core-trend-crossings = Signal: kurva kryssar medianen berre { $n } { $n ->
        [one] gong
       *[other] gonger
    } — fråværet har endra seg meir enn tilfeldig. Regel: få kryssingar (færre enn { $limit } er eit signal).
core-trend-text-title = Seriediagram for { $unit }: { $n } { $n ->
        [one] månad
       *[other] månader
    } med fråværstal
core-trend-text-median = Median: { $median } ({ $basis })
core-trend-text-all-points = av alle punkta
core-trend-text-baseline = av dei første { $n } månadene, frose som grunnlag
core-trend-text-above = over
core-trend-text-below = under
core-trend-text-on = på medianen
core-trend-text-counts = Nyttige punkt (ikkje på medianen): { $useful }. Lengste serie: { $run } (signal over { $run_limit }). Kryssingar: { $crossings } (signal under { $crossings_limit }).
core-trend-text-markers = Tiltak på tavla:
core-trend-started = starta
core-trend-finished = fullført
core-trend-csv-month = Månad
core-trend-csv-pct = Sjukefråvær (%)
core-trend-csv-median = Median (%)
core-trend-csv-side = Side av medianen
core-trend-summary = { $title }, frå { $first } til { $last }. Median: { $median } ({ $basis }). { $verdict }
core-trend-summary-empty = { $title }. Ingen månader har tal enno.
core-trend-bad-baseline = Grunnlaget for medianen må vere frå 1 til { $months } månader (så mange månader har eininga tal for), ikkje { $n }. Skriv eit tal i det området, eller bruk alle månadene.
## Når -o ville skrive over noko (src/output.rs, check_replaceable)

core-out-tavle-name = «{ $path }» sluttar på .tavle: det namnet er for Tavle-filer, og ein eksport, ei utskrift eller ei oversikt blir aldri lagra under det. Ingenting er endra. Vel eit namn som sluttar på .{ $ending }.
core-out-database = «{ $path }» finst allereie og er ein database (kanskje ei Tavle-fil under eit anna namn), så fila blir ikkje skriven over. Ingenting er endra. Vel eit anna filnamn.
core-out-other-kind = «{ $path }» finst allereie og er ikkje { $kind }, så fila blir ikkje skriven over. Ingenting er endra. Vel eit anna filnamn, eller flytt fila bort først dersom ho skal bytast ut.
core-out-kind-pdf = ei PDF-fil
core-out-kind-csv = ei CSV- eller tekstfil
core-out-kind-xlsx = ei Excel-arbeidsbok (.xlsx)
core-out-kind-json = ei JSON-fil
core-out-kind-text = ei tekstfil

## Veggen (tavle-app --vegg)

core-wall-no-board = «{ $path }» har inga tavle å vise på veggen. Vel ei fil med ei tavle, til dømes ei delt tavle i HR-mappa.
core-wall-interval = «{ $value }» er ikkje eit tal på sekund. Skriv eit heilt tal frå { $min } til { $max }, til dømes --interval 20.
core-wall-no-open-file = Inga fil er open. Opne fila med tavla du vil vise på veggen.
core-wall-full-screen-failed = Vindauget kunne ikkje setjast i fullskjerm ({ $error }). Veggen blir vist i vindauget slik det er.
core-field-sector = Sektor
core-field-staff = Tal på årsverk
core-staff-out-of-range = Tal på årsverk må vere eit tal over 0 og høgst { $max }, fekk { $value }. Skriv kor mange årsverk eininga har, til dømes 12,5.
core-identity-bad = Identiteten til tavla må vere bokstavar, tal og bindestrek (høgst 64 teikn). Fjern feltet «identity» frå fila, så får tavla ein ny.
core-publish-same-name = Ei anna tavle for «{ $unit }» { $year } er alt delt i mappa («{ $path }»), frå ei anna eining eller ei anna fil. Ho er ikkje endra, og denne tavla er ikkje delt. Gi eininga eit namn som skil henne frå den andre, til dømes «{ $unit } Nord» (`tavle board FIL --board ID --unit "{ $unit } Nord"` eller «Endre tavla …»), og del på nytt.
core-withdraw-nothing = Fann inga deling av { $unit } { $year } i mappa «{ $path }». Ingenting er fjerna. Sjekk at det er mappa tavla vart delt i.
