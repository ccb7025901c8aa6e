# Tavle på bokmål: cli. Samme nøkler som locales/nn/cli.ftl (en test passer på det).
#
# Kommandolinjen (src/bin/tavle): hjelpen (tavle --help, tavle KOMMANDO --help), meldingene
# når kommandoen må rettes, og kommandolinjens egne feilmeldinger og svar.
# Kommandonavn, valg (--board), formatnavn (csv, pdf) og eksempler på filnavn oversettes ikke.

## Hjelpen: rammen

# Foran bruksmåten: «Bruk: tavle …».
cli-help-usage = Bruk
cli-help-commands = Kommandoer
cli-help-arguments = Argumenter
cli-help-options = Valg
cli-about =
    Tavle: forbedringstavler for nærvær på kommandolinjen.
    Arbeider på en .tavle-fil som kan holde mange tavler.
cli-usage = tavle KOMMANDO FIL [VALG]
cli-after-help =
    Skriv «tavle KOMMANDO --help» for hjelp til en kommando.
    Feil gir kode 2 når noe i kommandoen eller dataene må rettes, og 1 ved andre feil.
cli-arg-help = Vis denne hjelpen
cli-arg-version = Vis versjonen
cli-arg-lang = Språket i meldingene, utskriftene og eksportene: nb (bokmål) eller nn (nynorsk). Uten valget: nn når LC_ALL, LC_MESSAGES eller LANG begynner med nn, ellers nb

## Hjelpen: navn på verdier (<FIL>, <ÅR> …); de samme ordene står i bruksmåtene under.

cli-value-command = KOMMANDO
cli-value-file = FIL
cli-value-id = ID
cli-value-lang = SPRÅK
cli-value-copy = KOPI
cli-value-folder = MAPPE
cli-value-inputs = MAPPE|FIL
cli-value-year = ÅR
cli-value-format = FORMAT
cli-value-out = UT
cli-value-column = KOLONNE
cli-value-prefix = DEL
cli-value-sector = SEKTOR
cli-value-fte = ÅRSVERK
cli-value-kind = TYPE
cli-value-level = INNSATS
cli-value-unit = ENHET
cli-value-board-file = TAVLE
cli-value-what = HVA
cli-value-paper = PAPIR
cli-value-status = STATUS
cli-value-date = DATO
cli-value-text = TEKST
cli-value-change = ENDRING
cli-value-month = ÅÅÅÅ-MM
cli-value-percent = P
cli-value-day-works = D
cli-value-days = DAGER

## Hjelpen: argumenter flere kommandoer har

cli-arg-file = .tavle-filen
cli-arg-board = Id for tavlen (se «tavle list»)
cli-arg-row = Rad-id for tiltaket (se «tavle show»)

## tavle import

cli-import-about = Legg til en tavle fra en tavlefil (JSON) eller et regneark (.xlsx, .xls, .ods, .csv), eller oppdater tavlen en arbeidsbok fra Tavle ble eksportert fra; skriver ut tavlens id
cli-import-usage = tavle import FIL TAVLE.json|.xlsx|.xls|.ods|.csv [--unit ENHET] [--year ÅR] [--sheet ARK] [--column OVERSKRIFT=FELT]... [--status ORD=STATUS]... [--as-new] [--remove-missing] [--preview]
cli-import-after-help =
    FIL lages hvis den ikke finnes. En sikkerhetskopi tas før importen.
    En arbeidsbok eksportert fra Tavle oppdaterer tavlen den kom fra: radene kjennes igjen på en skjult
    kolonne, så rader som er slettet, lagt til eller sortert i Excel eller LibreOffice, treffer riktig.
    Rapporten sier «n endret, n nye, n finnes ikke lenger i arket»; rader som ikke lenger er i arket,
    beholdes (--remove-missing fjerner dem). En status endret i arket blir en linje i historikken,
    datert i dag, med merknaden «Endret i Excel». --as-new lager en egen kopi i stedet.
    I et eget regneark finner Tavle overskriftsraden ({ -goal }, { -ideas }, { -measure }, { -owner }, { -when }?/{ -due }, { -status },
    Resultat, også vanlige varianter). En kolonne med innhold som ikke hører til et felt, eller et
    statusord som ikke er en av de seks, stopper importen til du sier hva den er (--column, --status).
    Et ark med måneder og sykefravær (prosent, eller avtalte og tapte dagsverk) blir tavlens fraværstall.
    Har filen alt en tavle for samme enhet og år, importeres ingenting uten --as-new.
    Ingenting skrives hvis overskriftsraden ikke finnes eller noe i filen må rettes.
    Eksempel: tavle import enhet.tavle examples/hjemmesykepleien-2025.json
    Eksempel: tavle import enhet.tavle tiltak.xlsx --unit "Hjemmesykepleien" --year 2025 --preview
    Eksempel: tavle import enhet.tavle tiltak.xlsx --column "Hva skal vi gjøre=Tiltak" --column "Kommentar=-" --status "Grønn=Pågår"
cli-import-file = .tavle-filen tavlen skal inn i (lages hvis den ikke finnes)
cli-import-board = Tavlefilen (JSON; - leser fra standard inn) eller regnearket (.xlsx, .xls, .ods, .csv) som skal importeres
cli-import-unit = Enheten tavlen gjelder, når regnearket ikke sier det (eller for å bruke et annet navn)
cli-import-year = Året tavlen gjelder, når regnearket ikke sier det
cli-import-preview = Bare vis hva som ville blitt importert (rapporten og radene); ingenting skrives

## tavle export

cli-export-about = Skriv en tavle som JSON, CSV (for Excel) eller Excel-arbeidsbok (.xlsx)
cli-export-usage = tavle export FIL --board ID --format json|csv|xlsx [-o UT]
cli-export-after-help =
    Uten -o (eller med -o -) skrives eksporten til standard ut (xlsx krever -o når det er en skjerm).
    xlsx: arkene Tavle (A3 liggende, statusliste), Fravær, Prosjekt nærvær og Innspill; kan importeres igjen.
    Eksempel: tavle export enhet.tavle --board 1 --format csv -o tiltak.csv
    Eksempel: tavle export enhet.tavle --board 1 --format xlsx -o tavle.xlsx
cli-export-format = Format: json (hele tavlen), csv (radene, for Excel) eller xlsx (hele tavlen som Excel-arbeidsbok)
cli-export-out = Filen eksporten skrives til; med -o - eller uten -o skrives den til standard ut

## tavle list, tavle show

cli-list-about = Vis tavlene i filen: id, enhet, år, antall rader og status
cli-list-usage = tavle list FIL
cli-show-about = Vis en tavle som tekst: mål, fravær hittil i år, alle rader, plan og fraværstall
cli-show-usage = tavle show FIL --board ID

## tavle print

cli-print-about = Lag en PDF for utskrift: tavlen, Prosjekt nærvær, innspill fra workshopen (eller tomt workshop-ark), årsrapport eller referat fra tavlemøtet
cli-print-usage = tavle print FIL --board ID --what board|plan|workshop|report|minutes [--blank] [--paper a3|a4] [--lang nb|nn] [--on DATO] -o UT
cli-print-after-help =
    workshop skriver ut innspillene fra workshopen, gruppert etter spørsmål, med stemmer;
    med --blank (eller når tavlen ikke har innspill) et tomt arbeidsark til workshopen.
    Eksempel: tavle print enhet.tavle --board 1 --what board --paper a3 -o tavle.pdf
    Eksempel: tavle print enhet.tavle --board 1 --what workshop --blank -o arbeidsark.pdf
    Eksempel: tavle print enhet.tavle --board 1 --what minutes -o referat.pdf
cli-print-what = Hva som skal skrives ut: board (tavlen), plan (Prosjekt nærvær), workshop (innspillene fra workshopen), report (årsrapport) eller minutes (referat fra tavlemøtet: det som ble endret den dagen, hvem gjør hva innen når)
cli-print-blank = Bare med --what workshop: skriv ut det tomme arbeidsarket (spørsmålene og en tom tavle) i stedet for innspillene
cli-print-paper = Papirformat: a3 eller a4. Uten valget: A3 for tavle og workshop-ark, A4 for plan, årsrapport og referat
cli-print-lang = Språket i utskriften: nb (bokmål) eller nn (nynorsk). Uten valget: som «tavle --lang», ellers nn når LC_ALL, LC_MESSAGES eller LANG begynner med nn, ellers nb
cli-print-on = Dagen utskriften gjelder, DD.MM.ÅÅÅÅ: møtedagen i referatet, datoen i bunnteksten. Uten valget: i dag
cli-print-out = PDF-filen som skal lages (navnet bør ende på .pdf); med -o - skrives PDF-en til standard ut

## tavle status, tavle history

cli-status-about = Endre status på et tiltak (raden får en ny linje i statushistorikken)
cli-status-usage = tavle status FIL --row ID --to STATUS [--on DATO] [--note TEKST]
cli-status-after-help =
    Rad-id står i «tavle show».
    Eksempel: tavle status enhet.tavle --row 3 --to pågår --on 20.01.2025 --note "Første møte holdt"
cli-status-to = Ny status: not_started (Ikke startet), in_progress (Pågår), done (Fullført), ongoing (Løpende), paused (På vent) eller dropped (Avbrutt). Det norske ordet går også
cli-status-on = Datoen endringen gjelder fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag
cli-status-note = En kort merknad til endringen
cli-row-about = Vis eller endre tiltakstype og innsats for et tiltak
cli-row-usage = tavle row FIL --row ID [--kind TYPE] [--level INNSATS]
cli-row-after-help =
    Det som ikke gis, blir stående; uten --kind og --level vises bare det raden har. En tom tekst («--kind ""») fjerner valget.
    Ordene kan skrives på bokmål eller nynorsk, med store eller små bokstaver.
    Eksempel: tavle row enhet.tavle --row 3 --kind basistiltak --level forebyggende
cli-row-kind = Tiltakstype: Basistiltak (rettet mot arbeidsplassens struktur, kultur og prosesser), Persontiltak (rettet mot personer) eller Prosjekttiltak (organisert som et prosjekt)
cli-row-level = Innsats: Helsefremmende, Forebyggende eller Reparerende
cli-row-choices = Rad-id { $row }: { -kind } { $kind }, { -level } { $level }.
cli-row-chosen = «{ $word }»
cli-row-not-chosen = ikke valgt
cli-history-about = Vis statushistorikken til et tiltak med id for hver endring; rett eller fjern en endring
cli-history-usage = tavle history FIL --row ID [--fix ENDRING --on DATO [--note TEKST] | --remove ENDRING]
cli-history-after-help =
    Uten --fix eller --remove vises historikken med id-ene.
    Eksempel: tavle history enhet.tavle --row 3
    Eksempel: tavle history enhet.tavle --row 3 --fix 12 --on 20.01.2025 --note "Første møte holdt"
    Eksempel: tavle history enhet.tavle --row 3 --remove 12
cli-history-fix = Rett endringen med denne id-en: ny dato med --on, nytt notat med --note
cli-history-remove = Fjern endringen med denne id-en (for eksempel en endring ført med feil dato)
cli-history-on = Med --fix: den riktige datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)
cli-history-note = Med --fix: det nye notatet (uten valget beholdes notatet)

## tavle absence, tavle due

cli-absence-about = Legg inn fraværstall for en måned: prosent, eller avtalte og tapte dagsverk
cli-absence-usage = tavle absence FIL --board ID --month ÅÅÅÅ-MM (--pct P | --agreed D --lost D [--self-certified D])
cli-absence-after-help =
    Tall kan skrives med komma eller punktum: 9,1 eller 9.1.
    Eksempel: tavle absence enhet.tavle --board 1 --month 2025-03 --agreed 430 --lost 35,2
cli-absence-month = Måneden, skrevet ÅÅÅÅ-MM (for eksempel 2025-03). Må høre til tavlens år
cli-absence-pct = Sykefravær i prosent for måneden (0–100)
cli-absence-agreed = Avtalte dagsverk i måneden
cli-absence-lost = Tapte dagsverk (sykefravær) i måneden
cli-absence-self-certified = Egenmeldte dagsverk, en del av de tapte
cli-due-about = Vis tiltak som er forsinket, og med --within dem som har frist snart, i alle tavler
cli-due-usage = tavle due FIL [--on DATO] [--within DAGER]
cli-due-after-help = Forsinket: fristen er passert mens tiltaket er «Ikke startet» eller «Pågår».
cli-due-on = Dagen det gjelder (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag
cli-due-within = Vis også tiltak med frist innen så mange dager

## tavle backups, tavle restore, tavle publish

cli-backups-about = Vis sikkerhetskopiene av filen: når de ble tatt, antall tavler og rader
cli-backups-usage = tavle backups FIL
cli-backups-after-help = Kopiene ligger i mappen «backups» ved siden av filen. Hent en tilbake med «tavle restore».
cli-restore-about = Hent tilbake en sikkerhetskopi; filen slik den er nå kopieres til «backups» først
cli-restore-usage = tavle restore FIL --from KOPI
cli-restore-after-help = Eksempel: tavle restore enhet.tavle --from backups/enhet-20251203-091500-123.tavle
cli-restore-file = .tavle-filen som skal få innholdet tilbake
cli-restore-from = Sikkerhetskopien som skal hentes tilbake (se «tavle backups FIL»)
cli-publish-about = Del en tavle med HR: en hel kopi (øyeblikksbilde) i en delt mappe, én fil per enhet og år
cli-publish-usage = tavle publish FIL --to MAPPE [--board ID] [--withdraw]
cli-publish-after-help =
    Filen får navn etter enhet og år («Hjemmesykepleien 2025.tavle») og skrives ferdig under et
    midlertidig navn før den erstatter forrige deling, så HR aldri ser en halv fil.
    Uten --board deles hver tavle i filen, hver i sin fil.
    Eksempel: tavle publish enhet.tavle --to /mnt/felles/nærvær --board 1
cli-publish-file = .tavle-filen med tavlen
cli-publish-to = Mappen dere deler med HR (nettverksdisk, OneDrive- eller SharePoint-mappe)
cli-publish-withdraw = Trekk tilbake: fjern tavlens deling fra mappen (funnet på tavlens identitet, uansett hva enheten heter nå) i stedet for å dele
cli-publish-board = Id for tavlen (se «tavle list»); uten valget deles alle tavlene i filen

## tavle rollup

cli-rollup-about = Oversikt over enheter: alle delte tavler for ett år, én linje per enhet og en total
cli-rollup-usage = tavle rollup MAPPE|FIL... [--year ÅR] [--format text|csv|xlsx|pdf|json] [-o UT] [--sort KOLONNE] [--reverse] [--filter DEL] [--sector SEKTOR] [--lang nb|nn]
cli-rollup-after-help =
    Filene leses bare; ingenting skrives i mappen. Totalen er Σ tapte / Σ avtalte dagsverk, aldri et
    snitt av prosenter. Enheter under 5 årsverk vises uten fravær, men er med i totalen. Mapper ett nivå ned leses også (en mappe per sektor); «backups» og skjulte mapper hoppes over.
    Filer som ikke kan leses, står under «Hoppet over» på standard feil (kode 0); kode 2 bare når ingenting kunne leses.
    Eksempel: tavle rollup /mnt/felles/nærvær --year 2025 --format pdf -o oversikt.pdf
cli-rollup-inputs = Mapper med delte .tavle-filer, eller filer
cli-rollup-year = Året som vises; uten valget: i år, eller det nyeste året i filene
cli-rollup-format = Format: text (skjermen), csv (for Excel), xlsx, pdf (A4 liggende, for styringsgruppen) eller json (med traktdiagrammet, for andre program)
cli-rollup-out = Filen oversikten skrives til; må gis for xlsx og pdf
cli-rollup-sort = Sorter etter kolonnen: enhet, fravær, mål, avstand, nærvær, retning, mangler, tiltak, forsinket, delmål eller endret. Uten valget: lengst over målet først
cli-rollup-lang = Språket i PDF-en: nb (bokmål) eller nn (nynorsk). Uten valget: som «tavle --lang», ellers nn når LANG begynner med nn
cli-rollup-sector = Bare enhetene i denne sektoren (sektoren på tavlen, ellers navnet på undermappen)
cli-rollup-reverse = Snu rekkefølgen (tallkolonner sorteres ellers størst først, enhet A–Å)
cli-rollup-filter = Bare enheter der navnet inneholder dette (store og små bokstaver og - – — regnes likt)

## Når kommandoen må rettes (clap sin feil, sagt med våre ord). $arg er valget slik clap
## viser det («--board <ID>»); $commands er kommandonavnene.

cli-usage-error = Feil i kommandoen: { $message }
cli-usage-see-help = Se «{ $command } --help».
cli-usage-no-command = kommando mangler. Bruk en av: { $commands }.
cli-usage-invalid-value-because = ugyldig verdi for { $arg }: { $reason }
cli-usage-value-missing = { $arg } mangler en verdi.
cli-usage-invalid-value = ugyldig verdi «{ $value }» for { $arg }.
cli-usage-invalid-value-choices = ugyldig verdi «{ $value }» for { $arg }. Bruk en av: { $valid }.
cli-usage-unknown-arg = ukjent valg eller argument «{ $arg }».
# Etter cli-usage-unknown-arg og cli-usage-unknown-command, med et mellomrom foran.
cli-usage-did-you-mean = Mente du «{ $suggestion }»?
cli-usage-unknown-command = ukjent kommando «{ $command }». Bruk en av: { $commands }.
cli-usage-absence-figures-missing = mangler tall for måneden: oppgi --pct, eller --agreed og --lost.
cli-usage-missing = mangler { $arg }.
cli-usage-given-twice = { $arg } er gitt mer enn én gang.
cli-usage-conflict = { $arg } kan ikke brukes sammen med { $other }.
cli-usage-conflict-others = { $arg } kan ikke brukes sammen med de andre valgene.
cli-usage-too-many-values = for mange verdier for { $arg }: «{ $value }».
cli-usage-wrong-number-of-values = feil antall verdier for { $arg }.
cli-usage-not-utf8 = et argument er ikke gyldig UTF-8-tekst.

## Verdier som ikke kan leses (vises etter cli-usage-invalid-value-because)

cli-format-unknown = Ukjent format «{ $value }». Bruk text, csv, xlsx, pdf eller json.
cli-lang-unknown = Ukjent språk «{ $value }». Velg nb (bokmål) eller nn (nynorsk).
cli-board-id-invalid = «{ $value }» er ikke en tavle-id. Bruk tallet fra «tavle list», for eksempel 1.
cli-row-id-invalid = «{ $value }» er ikke en rad-id. Bruk tallet fra «tavle show», for eksempel 3.
cli-change-id-invalid = «{ $value }» er ikke en id for en endring. Bruk tallet fra «tavle history FIL --row ID», for eksempel 12.
cli-number-invalid = «{ $value }» er ikke et tall. Skriv for eksempel 9,1 eller 420.
cli-year-invalid = «{ $value }» er ikke et årstall Tavle godtar. Skriv året med fire sifre, for eksempel 2025.
cli-days-invalid = «{ $value }» er ikke et antall dager. Skriv et helt tall, for eksempel 14.

## Feil og svar fra kommandoene

# Foran hver feil en kommando gir (kjernens melding i $message).
cli-error = Feil: { $message }
# Det en åpning av filen ikke stanset for (en sikkerhetskopi som ikke kunne skrives).
cli-warning = Advarsel: { $warning }
# Navnet på standard ut i en feil ved skriving dit.
cli-stdout = <standard ut>
cli-file-not-found = Finner ikke filen «{ $file }». Sjekk navnet og mappen, eller lag filen med «tavle import { $file } TAVLE.json».
cli-board-file-not-found = Finner ikke tavlefilen «{ $file }». Sjekk navnet og mappen.
cli-backups-not-found = Finner ikke filen «{ $file }» eller sikkerhetskopier av den. Sjekk navnet og mappen.
cli-import-swapped = Argumentene ser ut til å stå i feil rekkefølge: .tavle-filen (FIL) skal stå først, tavlefilen som importeres (TAVLE.json) sist. Skriv: tavle import { $board_file } { $file }
cli-import-unit-year-only-sheets = --unit og --year gjelder bare regneark (.xlsx, .xls, .ods, .csv); en tavlefil (JSON) har enhet og år selv.
cli-preview-nothing-imported = Ingenting er importert (--preview).
cli-preview-board-file-ok = Tavlefilen er i orden: { $unit } { $year }, { $rows } rader. Ingenting er importert (--preview).
cli-out-is-folder = -o «{ $out }» er en mappe. Skriv et filnavn i mappen, for eksempel «{ $example }».
cli-out-is-board-file = -o «{ $out }» er selve tavlefilen; den ville blitt overskrevet. Velg et annet filnavn for utdata.
cli-export-xlsx-to-screen = En Excel-fil kan ikke vises på skjermen. Oppgi filen den skal lagres i: -o tavle.xlsx
cli-export-saved = Eksporten er lagret i «{ $file }».
cli-print-blank-needs-workshop = --blank gjelder bare --what workshop (det tomme arbeidsarket til workshopen). Ta bort --blank, eller skriv --what workshop.
cli-print-saved = Utskriften er lagret i «{ $file }».
cli-row-not-found = Fant ingen rad med id { $row }.
cli-absence-figures-needed = Oppgi --pct, eller både --agreed og --lost. Se «tavle absence --help».
cli-rollup-needs-file = xlsx og pdf må skrives til en fil: legg til -o UT (for eksempel -o oversikt.pdf).
cli-rollup-saved = Oversikten over { $count } { $count ->
        [one] enhet
       *[other] enheter
    } er lagret i «{ $file }».

## tavle trend

cli-trend-about = Vis seriediagrammet for en enhet: fraværet måned for måned fra alle enhetens tavler i filen, med median og Anhøj-reglene (signal eller tilfeldig variasjon)
cli-trend-usage = tavle trend FIL --unit ENHET [--baseline N] [--format text|csv|json]
cli-trend-after-help = Signal: en serie på samme side av medianen som er lengre enn round(log2 n) + 3, eller færre kryssinger av medianen enn 5-persentilen i Binomial(n − 1, ½); n er punktene som ikke ligger på medianen. Under 10 slike punkter gis ingen vurdering.
cli-trend-unit = Enheten, slik den heter på tavlene (store og små bokstaver spiller ingen rolle)
cli-trend-baseline = Ta medianen av de første N månedene (et frosset grunnlag) i stedet for av alle
cli-trend-format = text (standard), csv for regneark eller json for andre program
cli-trend-format-unknown = Ukjent format «{ $value }». Bruk text, csv eller json.
cli-trend-baseline-invalid = «{ $value }» er ikke et antall måneder. Skriv et helt tall fra 1, for eksempel --baseline 12.
cli-value-months = N

## tavle import: regnearkets valg, og tavle delete

cli-value-sheet = ARK
cli-value-column-map = OVERSKRIFT=FELT
cli-value-status-map = ORD=STATUS
cli-import-sheet = Arket med tavlens rader (ellers det første arket med en overskriftsrad)
cli-import-column = Hvilket felt en kolonne skal fylle, etter overskriften eller bokstaven: "Hva skal vi gjøre=Tiltak"; "Kommentar=-" lar kolonnen være ute. Kan gis flere ganger
cli-import-status = Hvilken status et ord i Status-kolonnen betyr: "Grønn=Pågår". Kan gis flere ganger
cli-import-as-new = Lag en ny tavle, også når arbeidsboken kom fra en tavle i filen, eller filen har en tavle for samme enhet og år
cli-import-remove-missing = Fjern radene på tavlen som ikke lenger er i arket (ellers beholdes de)
cli-import-sheet-flags-only-sheets = --sheet, --column, --status, --as-new og --remove-missing gjelder bare regneark (.xlsx, .xls, .ods, .csv).
cli-delete-about = Slett en tavle og alt på den (rader, historikk, fravær, plan, innspill); en sikkerhetskopi tas først
cli-delete-usage = tavle delete FIL --board ID
cli-delete-after-help =
    En sikkerhetskopi av filen tas før tavlen slettes; «tavle backups FIL» viser den, og
    «tavle restore» henter den tilbake.
    Eksempel: tavle delete enhet.tavle --board 2
cli-delete-done = Slettet tavlen { $unit } { $year } (id { $board }) fra { $file }. En sikkerhetskopi ble tatt først (se «tavle backups»).

## tavle board

cli-board-about = Endre tavlens hode slik «Endre tavlen …» gjør: enhet, år, mål, sektor, årsverk, hovedmål, fokus
cli-board-usage = tavle board FIL --board ID [--unit ENHET] [--year ÅR] [--target P] [--sector SEKTOR] [--staff ÅRSVERK] [--main-goal TEKST] [--focus TEKST]
cli-board-after-help =
    Det som ikke gis, blir stående. En tom tekst («--sector ""») fjerner feltet.
    Eksempel: tavle board enhet.tavle --board 1 --unit "Hjemmetjenesten Nord" --sector "Helse og omsorg" --staff 12,5
cli-board-unit = Enhetens navn
cli-board-year = Tavlens år (fraværstallene må høre til året)
cli-board-target = Mål sykefravær i prosent, for eksempel 7 eller 6,5; tom fjerner målet
cli-board-sector = Sektor, for eksempel «Helse og omsorg» eller «Oppvekst»
cli-board-staff = Antall årsverk i enheten, for eksempel 12,5; oversikten skjuler fraværet til enheter under 5 årsverk etter dette tallet
cli-board-main-goal = Hovedmål
cli-board-focus = Fokus (verdier)
