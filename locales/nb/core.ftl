# Tavle på bokmål: core. Samme nøkler som locales/nn/core.ftl (en test passer på det).

## Feilmeldinger fra kjernen (src/error.rs)

core-not-a-tavle-file = «{ $path }» er ikke en Tavle-fil, eller den er skadet ({ $detail }). Filen er ikke endret. Velg en annen fil, eller hent en kopi fra mappen «backups» ved siden av filen.
core-too-new = «{ $path }» er laget med en nyere versjon av Tavle (filversjon { $found }, denne versjonen forstår opp til { $supported }). Filen er ikke endret. Oppdater Tavle for å åpne den.
core-io = Kunne ikke bruke «{ $path }»: { $reason }
core-read-only = «{ $path }» kan bare leses, så endringen er ikke lagret. Du kan lese, skrive ut og eksportere; for å endre, lagre tavlen som en ny fil eller be om skrivetilgang til filen.
core-vanished = Filen «{ $path }» finnes ikke lenger der den ble åpnet (flyttet, slettet, eller minnepinnen er tatt ut). Endringen er ikke lagret. Lagre tavlen et annet sted med «Lagre som …», eller sett filen tilbake og åpne den igjen.
core-print-failed = Utskriften kunne ikke lages: { $reason }
core-io-not-found = mappen eller filen finnes ikke. Sjekk navnet, eller lag mappen først.
core-io-permission = du har ikke lov til å skrive eller lese der. Velg en annen mappe, for eksempel i hjemmemappen din, eller be om tilgang.
core-io-is-dir = det er en mappe, ikke en fil. Skriv et filnavn i mappen, for eksempel «mappe/tavle.pdf».
core-io-not-dir = en del av stien er en fil, ikke en mappe. Sjekk stien.
core-io-exists = filen finnes allerede. Velg et annet navn.
core-io-full = disken er full. Frigjør plass og prøv igjen.
core-io-read-only = stedet kan bare leses (for eksempel en skrivebeskyttet minnepinne). Velg en annen mappe.
core-io-busy = filen er i bruk av et annet program. Lukk det og prøv igjen.
core-io-broken-pipe = mottakeren sluttet å lese.
core-io-other = lesing eller skriving feilet. Sjekk at stedet finnes og at det er plass på disken, og prøv igjen.
core-io-name-too-long = navnet er for langt for filsystemet. Velg et kortere filnavn, eller en mappe med kortere sti.
core-io-link-loop = stien går i ring gjennom symbolske lenker (en lenke som peker på seg selv eller på en annen som peker tilbake). Rett lenken, eller velg en annen mappe.
core-db-busy = Filen er i bruk av et annet program (kanskje Tavle i et annet vindu, eller en annen «tavle»-kommando) og kunne ikke låses. Ingen endring er lagret. Lukk det andre programmet, eller vent litt, og prøv igjen.
core-db-full = Disken er full. Ingen endring er lagret. Frigjør plass og prøv igjen.
core-db-io = Lese- eller skrivefeil på disken. Ingen endring er lagret; sjekk disken og prøv igjen.
core-db-corrupt = Filen er skadet. Ingen endring er lagret; hent tilbake en sikkerhetskopi (Sikkerhetskopier …).
core-db-read-only = Filen kan bare leses (skrivebeskyttet). Ingen endring er lagret. Lagre en kopi et sted du kan skrive, eller be om tilgang.
core-db-cannot-open = Filen kunne ikke åpnes for skriving (mangler tilgang, eller mappen finnes ikke). Ingen endring er lagret.
core-db-other = Databasefeil: { $error }. Ingen endring er lagret; prøv igjen.
core-db-read-busy = Filen er i bruk av et annet program (kanskje Tavle i et annet vindu, eller en annen «tavle»-kommando) som skriver til den akkurat nå, så den kunne ikke leses. Vent litt og prøv igjen, eller lukk det andre programmet.
core-db-read-full = Disken er full. Frigjør plass og prøv igjen.
core-db-read-io = Lese- eller skrivefeil på disken. Sjekk disken og prøv igjen.
core-db-read-corrupt = Filen er skadet. Hent tilbake en sikkerhetskopi (Sikkerhetskopier …).
core-db-read-read-only = Filen eller stedet kan bare leses (skrivebeskyttet). Lagre en kopi et sted du kan skrive, eller be om tilgang.
core-db-read-cannot-open = Filen kunne ikke åpnes (mangler tilgang, eller mappen finnes ikke). Sjekk navn og mappe, eller be om tilgang.
core-db-read-other = Databasefeil: { $error }. Prøv igjen.
core-input-not-found = Finner ikke { $what } «{ $path }». Sjekk navnet og mappen.
core-damaged = «{ $path }» er skadet ({ $detail }). Filen er ikke endret.
core-damaged-backup = { $head } Den nyeste gode sikkerhetskopien er «{ $backup }». Hent den tilbake med «Sikkerhetskopier …» i Tavle, eller med `tavle restore "{ $path }" --from "{ $backup }"`.
core-damaged-no-backup = { $head } Det finnes ingen god sikkerhetskopi av den i mappen «backups» ved siden av filen; spør IT om en kopi fra deres sikkerhetskopiering.
core-unknown-lang = Ukjent språk «{ $value }». Velg nb (bokmål) eller nn (nynorsk).

## Reglene for tavla (src/model)

core-year-out-of-range = Året { $year } er utenfor det Tavle godtar. Skriv et år mellom { $first } og { $last }.
core-date-out-of-range = { $what }: datoen { $date } er utenfor det Tavle godtar. Bruk en dato fra år { $first } til { $last }.
core-pct-out-of-range = { $what } må være en prosent mellom 0 og 100, fikk { $value }.
core-text-too-long = { $what } er for lang ({ $n } tegn). Største lengde er { $max } tegn; kort ned teksten.
core-month-not-in-year = Måneden { $month } hører ikke til tavlens år { $year }. Før fraværet på tavlen for { $other }.
core-date-invalid = «{ $value }» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD (2025-03-15) eller DD.MM.ÅÅÅÅ (15.03.2025).
core-not-a-number = { $what }: «{ $value }» er ikke et tall. Skriv for eksempel 9,1 eller 420.
core-not-a-year = «{ $value }» er ikke et årstall. Skriv året med fire sifre, for eksempel 2025.
core-month-invalid = «{ $value }» er ikke en gyldig måned. Skriv måneden som ÅÅÅÅ-MM, for eksempel 2025-03.
core-absence-of-month = Sykefravær for { $month }
core-absence-self-certified-alone = { $month }: egenmeldte dagsverk kan bare oppgis sammen med avtalte og tapte dagsverk.
core-absence-agreed-positive = { $month }: avtalte dagsverk må være større enn 0 (fikk { $value }).
core-absence-lost-range = { $month }: tapte dagsverk må være mellom 0 og avtalte dagsverk ({ $agreed }), fikk { $value }.
core-absence-self-certified-range = { $month }: egenmeldte dagsverk må være mellom 0 og tapte dagsverk ({ $lost }), fikk { $value }.
core-absence-both = { $month }: oppgi enten prosent eller avtalte og tapte dagsverk, ikke begge.
core-absence-none = { $month }: mangler tall. Oppgi prosent, eller avtalte og tapte dagsverk.
core-absence-need-both = { $month }: oppgi både avtalte og tapte dagsverk.
core-month-pct = { $month }, prosent
core-month-agreed = { $month }, avtalte dagsverk
core-month-lost = { $month }, tapte dagsverk
core-month-self-certified = { $month }, egenmeldte dagsverk
core-month-kept-days = { $lost } av { $agreed } dagsverk ({ $pct })
core-month-kept = { $problem } Lagret for måneden er fortsatt { $kept }; det er det som regnes med.
core-month-not-kept = { $problem } Måneden er ikke lagret og regnes ikke med.
core-board-unit-missing = Tavlen mangler enhet. Skriv navnet på enheten, for eksempel «Hjemmesykepleien».
core-field-title = Tittel
core-field-unit = Enhet
core-field-main-goal = Hovedmål
core-field-focus = Fokus
core-field-target = Mål sykefravær
core-row-place = Rad { $n }
core-month-twice = Måneden { $month } står flere ganger i fraværstallene. Hver måned kan bare stå én gang.
core-input-empty = Innspill nr. { $n } er tomt. Skriv hva som ble sagt, eller ta det ut av filen.
core-input-number = Innspill nr. { $n }
core-input-row-missing = Innspill nr. { $n } viser til rad { $row }, men tavlen har bare { $rows } rader.
core-row-empty = { $place } mangler både mål og tiltak. Skriv inn minst ett av dem.
core-history-entry = { $place }, statushistorikk nr. { $n }
core-history-order = { $place }: statushistorikken må stå i datorekkefølge, eldste først.
core-history-last = { $place }: status er «{ $status }», men siste endring i historikken er «{ $last }». De må være like.
# Redigeringen viser avvisningen ved feltet Frist, uten feltets navn.
core-due-invalid-value = «{ $value }» er ikke en gyldig dato. Skriv den som dd.mm.åååå, for eksempel 28.02.2025.
core-due-invalid = { -due }: { core-due-invalid-value }
core-field-unknown-word = { $field }: «{ $value }» er ikke et av valgene. Skriv ett av disse: { $choices }.
core-plan-december = Sykefravær i desember i fjor
core-plan-average = Gjennomsnittlig sykefravær i fjor
core-plan-situation = Situasjonsbeskrivelse
core-plan-why = Hvorfor endre
core-plan-actions = Handlinger
core-plan-desired = Ønsket situasjon
core-plan-obstacles = Hindringer
core-milestone-empty = Delmål nr. { $n } mangler tekst. Skriv hva delmålet er, eller fjern det.
core-milestone-number = Delmål nr. { $n }
core-milestone-due-invalid = Delmål nr. { $n }, frist: { $reason }
core-milestone-reached-invalid = Delmål nr. { $n }, nådd: { $reason }
core-milestone-reached-future = Delmål nr. { $n }: datoen det ble nådd, { $date }, er etter i dag ({ $today }). Skriv dagens dato eller dagen det ble nådd.
core-milestone-reached-before-year = Delmål nr. { $n }: datoen det ble nådd, { $date }, er før tavlens år { $year }. Skriv en dato fra 01.01.{ $year }.
core-status-unknown = Ukjent status «{ $value }». Bruk en av: { $codes }.
core-status-date-future = Datoen { $date } er etter i dag ({ $today }). En statusendring føres når den har skjedd: skriv dagens dato eller en dag før.
core-status-date-before-year = Datoen { $date } er før tavlens år { $year }. Statushistorikken forteller året tavlen følger, så datoen må være 01.01.{ $year } eller senere.

## Fraværstall (src/stats.rs)

core-basis-note = Noen måneder har bare prosent, uten dagsverk. Da er hittil i år snittet av månedenes prosenter: hver måned teller likt, uansett hvor mange dagsverk den hadde. Skriv avtalte og tapte dagsverk for alle månedene, så regnes tapte delt på avtalte dagsverk.

## Utskrift (src/print)

core-print-unknown-what = Ukjent utskrift «{ $value }». Velg board (tavlen), plan (Prosjekt nærvær), workshop (innspillene), workshop_blank (tomt workshop-ark), report (årsrapport) eller minutes (referat fra tavlemøtet).
core-print-unknown-paper = Ukjent papirstørrelse «{ $value }». Velg a3 eller a4.
core-print-not-pdf = Utskriften må lagres som en PDF-fil, med et navn som slutter på .pdf (ikke «{ $path }»).
core-print-font-unreadable = den innebygde skriften kunne ikke leses
core-print-font-named = skriften { $name } kunne ikke leses ({ $error })
core-print-pdf-unwritable = PDF-en kunne ikke skrives ({ $error })
core-print-pdf-empty = PDF-en ble tom
core-print-lost-of-agreed = { $lost } av { $agreed }
core-print-small-unit-note = * Under 100 avtalte dagsverk i måneden: tallet kan peke på enkeltpersoner. Del det med omtanke.

## Del med HR (src/publish.rs)

core-snapshot-unnamed = Enhet
core-publish-not-a-folder = «{ $path }» er en fil, ikke en mappe. Velg mappen dere deler med HR.
core-publish-no-folder = Fant ikke mappen «{ $path }». Sjekk at nettverksdisken eller OneDrive-mappen er tilgjengelig, eller velg en annen mappe.
core-publish-taken = I mappen ligger det allerede en fil «{ $path }» ({ $what }). Den er ikke endret. Gi enheten et navn som skiller den fra den andre, eller be HR flytte filen.
core-publish-taken-newer = laget med en nyere versjon av Tavle
core-publish-taken-not-shared = den er ikke en deling fra Tavle
core-publish-taken-other-unit = den er enheten «{ $unit }» { $year }
core-publish-taken-boards = den har { $n } tavler
core-publish-no-board = Fant ingen tavle med id { $id }. Se `tavle list FILE` for tavlene i filen.
core-publish-own-file = «{ $path }» er selve tavlefilen din. Velg en annen mappe å dele i enn mappen filen ligger i.
core-publish-rename-failed = { $error }. Den forrige delingen er ikke endret; er filen åpen hos noen (på Windows)? Prøv igjen om litt
core-publish-no-boards = Filen har ingen tavler å dele. Lag en tavle først.

## Skjermene sett fra kjernen (src/view, src/about.rs)

core-rollup-unit-gone = Fant ikke tavlen i «{ $path }». Vis oversikten på nytt.
core-last-file-gone = Sist brukte fil «{ $path }» finnes ikke lenger. Åpne en annen fil eller lag en ny.
core-example-missing = Eksempeltavlen er ikke med i denne utgaven av Tavle. Lag en ny fil i stedet.
core-font-licence = Skriften i utskriftene er DejaVu Sans, med fri lisens (Bitstream Vera og Arev).

## Appen (src-tauri)

core-app-no-file = Ingen fil er åpen. Åpne en fil eller lag en ny først.
core-app-no-file-short = Ingen fil er åpen.
core-app-no-backup-open = Ingen sikkerhetskopi er åpen.
core-app-no-overview = Ingen oversikt er åpen. Velg mappen dere deler, og «Vis oversikt».
core-app-only-printed-pdf = Bare PDF-en som nettopp ble skrevet ut, kan åpnes herfra. Skriv ut på nytt.
core-app-no-pdf-viewer = Fant ikke et program som kan vise PDF-en ({ $error }). Filen er lagret som «{ $path }»; åpne den selv for å skrive ut.
core-pick-open-title = Åpne Tavle-fil
core-pick-tavle-filter = Tavle-fil
core-pick-new-title = Lag ny Tavle-fil
core-pick-pdf-title = Lagre PDF for utskrift
core-pick-xlsx-title = Eksporter til Excel
core-pick-pdf-filter = PDF
core-pick-xlsx-filter = Excel-arbeidsbok
core-pick-unknown-kind = Ukjent filtype «{ $kind }» i lagringsdialogen.
core-pick-sheet-title = Importer fra Excel
core-pick-sheet-filter = Regneark
core-app-not-local = Tavle kan bare åpne filer på denne maskinen, ikke «{ $text }». Lagre filen her først, og åpne den derfra.
core-app-error = Feil: { $error }
core-app-cannot-start = Tavle kunne ikke starte: { $error }
core-app-usage =
    Bruk: tavle-app [FIL.tavle]
          tavle-app --vegg FIL.tavle [--interval SEKUNDER]

    Starter Tavle. Med en fil åpnes den (og lages hvis den ikke finnes); uten fil åpnes
    den sist brukte filen. Kjører Tavle allerede, kommer vinduet fram og åpner filen der.

      --vegg      vis tavla på veggen: fullskjerm, bare lesing, sidene blar av seg selv
      --interval  sekunder per side på veggen (standard 20)
      --version   vis versjonen
      --help      vis denne hjelpen

## Seriediagram (tavle trend, Fraværstall, årsrapporten, A3-tavla)

core-trend-no-unit = Fant ingen tavle for enheten «{ $unit }» i filen. Enhetene i filen: { $units }. Skriv navnet slik det står der.
core-trend-two-boards = Filen har to tavler for { $unit } { $year }, så det er ikke klart hvilke fraværstall som gjelder. Slett den ene eller rett enhet eller år på den, og prøv igjen.
core-trend-too-few = Ingen vurdering ennå: { $n } { $n ->
        [one] måned
       *[other] måneder
    } ligger over eller under medianen, og reglene trenger minst { $min }.
core-trend-no-signal = Ingen signal: variasjonen ser tilfeldig ut.
core-trend-shift-below = Signal: { $n } måneder på rad under medianen — fraværet har gått ned. Regel: lange serier (flere enn { $limit } på rad på samme side er et signal).
core-trend-shift-above = Signal: { $n } måneder på rad over medianen — fraværet har gått opp. Regel: lange serier (flere enn { $limit } på rad på samme side er et signal).
core-trend-crossings = Signal: kurven krysser medianen bare { $n } { $n ->
        [one] gang
       *[other] ganger
    } — fraværet har endret seg mer enn tilfeldig. Regel: få kryssinger (færre enn { $limit } er et signal).
core-trend-text-title = Seriediagram for { $unit }: { $n } { $n ->
        [one] måned
       *[other] måneder
    } med fraværstall
core-trend-text-median = Median: { $median } ({ $basis })
core-trend-text-all-points = av alle punktene
core-trend-text-baseline = av de første { $n } månedene, frosset som grunnlag
core-trend-text-above = over
core-trend-text-below = under
core-trend-text-on = på medianen
core-trend-text-counts = Nyttige punkter (ikke på medianen): { $useful }. Lengste serie: { $run } (signal over { $run_limit }). Kryssinger: { $crossings } (signal under { $crossings_limit }).
core-trend-text-markers = Tiltak på tavla:
core-trend-started = startet
core-trend-finished = fullført
core-trend-csv-month = Måned
core-trend-csv-pct = Sykefravær (%)
core-trend-csv-median = Median (%)
core-trend-csv-side = Side av medianen
core-trend-summary = { $title }, fra { $first } til { $last }. Median: { $median } ({ $basis }). { $verdict }
core-trend-summary-empty = { $title }. Ingen måneder har tall ennå.
core-trend-bad-baseline = Grunnlaget for medianen må være fra 1 til { $months } måneder (så mange måneder har enheten tall for), ikke { $n }. Skriv et tall i det området, eller bruk alle månedene.
## Når -o ville skrevet over noe (src/output.rs, check_replaceable)

core-out-tavle-name = «{ $path }» ender på .tavle: det navnet er for Tavle-filer, og en eksport, en utskrift eller en oversikt lagres aldri under det. Ingenting er endret. Velg et navn som ender på .{ $ending }.
core-out-database = «{ $path }» finnes allerede og er en database (kanskje en Tavle-fil under et annet navn), så den skrives ikke over. Ingenting er endret. Velg et annet filnavn.
core-out-other-kind = «{ $path }» finnes allerede og er ikke { $kind }, så den skrives ikke over. Ingenting er endret. Velg et annet filnavn, eller flytt filen bort først hvis den skal erstattes.
core-out-kind-pdf = en PDF-fil
core-out-kind-csv = en CSV- eller tekstfil
core-out-kind-xlsx = en Excel-arbeidsbok (.xlsx)
core-out-kind-json = en JSON-fil
core-out-kind-text = en tekstfil

## Veggen (tavle-app --vegg)

core-wall-no-board = «{ $path }» har ingen tavle å vise på veggen. Velg en fil med en tavle, for eksempel en delt tavle i HR-mappen.
core-wall-interval = «{ $value }» er ikke et antall sekunder. Skriv et helt tall fra { $min } til { $max }, for eksempel --interval 20.
core-wall-no-open-file = Ingen fil er åpen. Åpne filen med tavla du vil vise på veggen.
core-wall-full-screen-failed = Vinduet kunne ikke settes i fullskjerm ({ $error }). Veggen vises i vinduet slik det er.
core-field-sector = Sektor
core-field-staff = Antall årsverk
core-staff-out-of-range = Antall årsverk må være et tall over 0 og høyst { $max }, fikk { $value }. Skriv hvor mange årsverk enheten har, for eksempel 12,5.
core-identity-bad = Tavlens identitet må være bokstaver, tall og bindestrek (høyst 64 tegn). Fjern feltet «identity» fra fila, så får tavlen en ny.
core-publish-same-name = En annen tavle for «{ $unit }» { $year } er allerede delt i mappen («{ $path }»), fra en annen enhet eller en annen fil. Den er ikke endret, og denne tavlen er ikke delt. Gi enheten et navn som skiller den fra den andre, for eksempel «{ $unit } Nord» (`tavle board FIL --board ID --unit "{ $unit } Nord"` eller «Endre tavlen …»), og del igjen.
core-withdraw-nothing = Fant ingen deling av { $unit } { $year } i mappen «{ $path }». Ingenting er fjernet. Sjekk at det er mappen tavlen ble delt i.
