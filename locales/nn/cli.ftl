# Tavle på nynorsk: cli. Same nøklar som locales/nb/cli.ftl (ein test passar på det).
#
# Kommandolinja (src/bin/tavle): hjelpa (tavle --help, tavle KOMMANDO --help), meldingane
# når kommandoen må rettast, og dei eigne feilmeldingane og svara til kommandolinja.
# Kommandonamn, val (--board), formatnamn (csv, pdf) og døme på filnamn blir ikkje omsette.

## Hjelpa: ramma

# Framfor bruksmåten: «Bruk: tavle …».
cli-help-usage = Bruk
cli-help-commands = Kommandoar
cli-help-arguments = Argument
cli-help-options = Val
cli-about =
    Tavle: forbetringstavler for nærvær på kommandolinja.
    Arbeider på ei .tavle-fil som kan halde mange tavler.
cli-usage = tavle KOMMANDO FIL [VAL]
cli-after-help =
    Skriv «tavle KOMMANDO --help» for hjelp til ein kommando.
    Feil gir kode 2 når noko i kommandoen eller dataa må rettast, og 1 ved andre feil.
cli-arg-help = Vis denne hjelpa
cli-arg-version = Vis versjonen
cli-arg-lang = Språket i meldingane, utskriftene og eksportane: nb (bokmål) eller nn (nynorsk). Utan valet: nn når LC_ALL, LC_MESSAGES eller LANG byrjar med nn, elles nb

## Hjelpa: namn på verdiar (<FIL>, <ÅR> …); dei same orda står i bruksmåtane under.

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
cli-value-unit = EINING
cli-value-board-file = TAVLE
cli-value-what = KVA
cli-value-paper = PAPIR
cli-value-status = STATUS
cli-value-date = DATO
cli-value-text = TEKST
cli-value-change = ENDRING
cli-value-month = ÅÅÅÅ-MM
cli-value-percent = P
cli-value-day-works = D
cli-value-days = DAGAR

## Hjelpa: argument som fleire kommandoar har

cli-arg-file = .tavle-fila
cli-arg-board = Id for tavla (sjå «tavle list»)
cli-arg-row = Rad-id for tiltaket (sjå «tavle show»)

## tavle import

cli-import-about = Legg til ei tavle frå ei tavlefil (JSON) eller eit rekneark (.xlsx, .xls, .ods, .csv), eller oppdater tavla ei arbeidsbok frå Tavle vart eksportert frå; skriv ut id-en til tavla
cli-import-usage = tavle import FIL TAVLE.json|.xlsx|.xls|.ods|.csv [--unit EINING] [--year ÅR] [--sheet ARK] [--column OVERSKRIFT=FELT]... [--status ORD=STATUS]... [--as-new] [--remove-missing] [--preview]
cli-import-after-help =
    FIL blir laga viss ho ikkje finst. Ein tryggingskopi blir teken før importen.
    Ei arbeidsbok eksportert frå Tavle oppdaterer tavla ho kom frå: radene blir kjende att på ein skjult
    kolonne, så rader som er sletta, lagde til eller sorterte i Excel eller LibreOffice, treffer rett.
    Rapporten seier «n endra, n nye, n finst ikkje lenger i arket»; rader som ikkje lenger er i arket,
    blir behaldne (--remove-missing fjernar dei). Ein status endra i arket blir ei linje i historikken,
    datert i dag, med merknaden «Endra i Excel». --as-new lagar ein eigen kopi i staden.
    I eit eige rekneark finn Tavle overskriftsrada ({ -goal }, { -ideas }, { -measure }, { -owner }, { -when }?/{ -due }, { -status },
    Resultat, også vanlege variantar). Ein kolonne med innhald som ikkje høyrer til eit felt, eller eit
    statusord som ikkje er ein av dei seks, stoppar importen til du seier kva det er (--column, --status).
    Eit ark med månader og sjukefråvær (prosent, eller avtalte og tapte dagsverk) blir fråværstala til tavla.
    Har fila alt ei tavle for same eining og år, blir ingenting importert utan --as-new.
    Ingenting blir skrive viss overskriftsrada ikkje finst eller noko i fila må rettast.
    Eksempel: tavle import enhet.tavle examples/hjemmesykepleien-2025.json
    Eksempel: tavle import enhet.tavle tiltak.xlsx --unit "Hjemmesykepleien" --year 2025 --preview
    Eksempel: tavle import enhet.tavle tiltak.xlsx --column "Hva skal vi gjøre=Tiltak" --column "Kommentar=-" --status "Grønn=Pågår"
cli-import-file = .tavle-fila tavla skal inn i (blir laga viss ho ikkje finst)
cli-import-board = Tavlefila (JSON; - les frå standard inn) eller reknearket (.xlsx, .xls, .ods, .csv) som skal importerast
cli-import-unit = Eininga tavla gjeld, når reknearket ikkje seier det (eller for å bruke eit anna namn)
cli-import-year = Året tavla gjeld, når reknearket ikkje seier det
cli-import-preview = Berre vis kva som ville blitt importert (rapporten og radene); ingenting blir skrive

## tavle export

cli-export-about = Skriv ei tavle som JSON, CSV (for Excel) eller Excel-arbeidsbok (.xlsx)
cli-export-usage = tavle export FIL --board ID --format json|csv|xlsx [-o UT]
cli-export-after-help =
    Utan -o (eller med -o -) blir eksporten skriven til standard ut (xlsx krev -o når det er ein skjerm).
    xlsx: arka Tavle (A3 liggjande, statusliste), Fråvær, Prosjekt nærvær og Innspel (på nynorsk); kan importerast igjen.
    Eksempel: tavle export enhet.tavle --board 1 --format csv -o tiltak.csv
    Eksempel: tavle export enhet.tavle --board 1 --format xlsx -o tavle.xlsx
cli-export-format = Format: json (heile tavla), csv (radene, for Excel) eller xlsx (heile tavla som Excel-arbeidsbok)
cli-export-out = Fila eksporten blir skriven til; med -o - eller utan -o blir han skriven til standard ut

## tavle list, tavle show

cli-list-about = Vis tavlene i fila: id, eining, år, tal på rader og status
cli-list-usage = tavle list FIL
cli-show-about = Vis ei tavle som tekst: mål, fråvær hittil i år, alle rader, plan og fråværstal
cli-show-usage = tavle show FIL --board ID

## tavle print

cli-print-about = Lag ein PDF for utskrift: tavla, Prosjekt nærvær, innspel frå workshopen (eller tomt workshop-ark), årsrapport eller referat frå tavlemøtet
cli-print-usage = tavle print FIL --board ID --what board|plan|workshop|report|minutes [--blank] [--paper a3|a4] [--lang nb|nn] [--on DATO] -o UT
cli-print-after-help =
    workshop skriv ut innspela frå workshopen, grupperte etter spørsmål, med røyster;
    med --blank (eller når tavla ikkje har innspel) eit tomt arbeidsark til workshopen.
    Eksempel: tavle print enhet.tavle --board 1 --what board --paper a3 -o tavle.pdf
    Eksempel: tavle print enhet.tavle --board 1 --what workshop --blank -o arbeidsark.pdf
    Eksempel: tavle print enhet.tavle --board 1 --what minutes -o referat.pdf
cli-print-what = Kva som skal skrivast ut: board (tavla), plan (Prosjekt nærvær), workshop (innspela frå workshopen), report (årsrapport) eller minutes (referat frå tavlemøtet: det som vart endra den dagen, kven gjer kva innan når)
cli-print-blank = Berre med --what workshop: skriv ut det tomme arbeidsarket (spørsmåla og ei tom tavle) i staden for innspela
cli-print-paper = Papirformat: a3 eller a4. Utan valet: A3 for tavle og workshop-ark, A4 for plan, årsrapport og referat
cli-print-lang = Språket i utskrifta: nb (bokmål) eller nn (nynorsk). Utan valet: som «tavle --lang», elles nn når LC_ALL, LC_MESSAGES eller LANG byrjar med nn, elles nb
cli-print-on = Dagen utskrifta gjeld, DD.MM.ÅÅÅÅ: møtedagen i referatet, datoen i botnteksten. Utan valet: i dag
cli-print-out = PDF-fila som skal lagast (namnet bør enda på .pdf); med -o - blir PDF-en skriven til standard ut

## tavle status, tavle history

cli-status-about = Endre status på eit tiltak (rada får ei ny linje i statushistorikken)
cli-status-usage = tavle status FIL --row ID --to STATUS [--on DATO] [--note TEKST]
cli-status-after-help =
    Rad-id står i «tavle show».
    Eksempel: tavle status enhet.tavle --row 3 --to pågår --on 20.01.2025 --note "Første møte halde"
cli-status-to = Ny status: not_started (Ikkje starta), in_progress (Pågår), done (Fullført), ongoing (Løpande), paused (På vent) eller dropped (Avbrote). Namnet på bokmål (til dømes «Ikke startet») går også
cli-status-on = Datoen endringa gjeld frå (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); utan valet: i dag
cli-status-note = Ein kort merknad til endringa
cli-row-about = Vis eller endre tiltakstype og innsats for eit tiltak
cli-row-usage = tavle row FIL --row ID [--kind TYPE] [--level INNSATS]
cli-row-after-help =
    Det som ikkje blir gitt, blir ståande; utan --kind og --level blir berre det rada har, vist. Ein tom tekst («--kind ""») fjernar valet.
    Orda kan skrivast på bokmål eller nynorsk, med store eller små bokstavar.
    Eksempel: tavle row enhet.tavle --row 3 --kind basistiltak --level førebyggjande
cli-row-kind = Tiltakstype: Basistiltak (retta mot strukturen, kulturen og prosessane på arbeidsplassen), Persontiltak (retta mot personar) eller Prosjekttiltak (organisert som eit prosjekt)
cli-row-level = Innsats: Helsefremjande, Førebyggjande eller Reparerande
cli-row-choices = Rad-id { $row }: { -kind } { $kind }, { -level } { $level }.
cli-row-chosen = «{ $word }»
cli-row-not-chosen = ikkje vald
cli-history-about = Vis statushistorikken til eit tiltak med id for kvar endring; rett eller fjern ei endring
cli-history-usage = tavle history FIL --row ID [--fix ENDRING --on DATO [--note TEKST] | --remove ENDRING]
cli-history-after-help =
    Utan --fix eller --remove blir historikken vist med id-ane.
    Eksempel: tavle history enhet.tavle --row 3
    Eksempel: tavle history enhet.tavle --row 3 --fix 12 --on 20.01.2025 --note "Første møte halde"
    Eksempel: tavle history enhet.tavle --row 3 --remove 12
cli-history-fix = Rett endringa med denne id-en: ny dato med --on, nytt notat med --note
cli-history-remove = Fjern endringa med denne id-en (til dømes ei endring ført med feil dato)
cli-history-on = Med --fix: den rette datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)
cli-history-note = Med --fix: det nye notatet (utan valet blir notatet ståande)

## tavle absence, tavle due

cli-absence-about = Legg inn fråværstal for ein månad: prosent, eller avtalte og tapte dagsverk
cli-absence-usage = tavle absence FIL --board ID --month ÅÅÅÅ-MM (--pct P | --agreed D --lost D [--self-certified D])
cli-absence-after-help =
    Tal kan skrivast med komma eller punktum: 9,1 eller 9.1.
    Eksempel: tavle absence enhet.tavle --board 1 --month 2025-03 --agreed 430 --lost 35,2
cli-absence-month = Månaden, skriven ÅÅÅÅ-MM (til dømes 2025-03). Må høyre til året for tavla
cli-absence-pct = Sjukefråvær i prosent for månaden (0–100)
cli-absence-agreed = Avtalte dagsverk i månaden
cli-absence-lost = Tapte dagsverk (sjukefråvær) i månaden
cli-absence-self-certified = Eigenmelde dagsverk, ein del av dei tapte
cli-due-about = Vis tiltak som er forseinka, og med --within dei som har frist snart, i alle tavler
cli-due-usage = tavle due FIL [--on DATO] [--within DAGAR]
cli-due-after-help = Forseinka: fristen er passert medan tiltaket er «Ikkje starta» eller «Pågår».
cli-due-on = Dagen det gjeld (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); utan valet: i dag
cli-due-within = Vis også tiltak med frist innan så mange dagar

## tavle backups, tavle restore, tavle publish

cli-backups-about = Vis tryggingskopiane av fila: når dei vart tekne, tal på tavler og rader
cli-backups-usage = tavle backups FIL
cli-backups-after-help = Kopiane ligg i mappa «backups» ved sida av fila. Hent ein tilbake med «tavle restore».
cli-restore-about = Hent tilbake ein tryggingskopi; fila slik ho er no, blir kopiert til «backups» først
cli-restore-usage = tavle restore FIL --from KOPI
cli-restore-after-help = Eksempel: tavle restore enhet.tavle --from backups/enhet-20251203-091500-123.tavle
cli-restore-file = .tavle-fila som skal få innhaldet tilbake
cli-restore-from = Tryggingskopien som skal hentast tilbake (sjå «tavle backups FIL»)
cli-publish-about = Del ei tavle med HR: ein heil kopi (augneblinksbilete) i ei delt mappe, éi fil per eining og år
cli-publish-usage = tavle publish FIL --to MAPPE [--board ID] [--withdraw]
cli-publish-after-help =
    Fila får namn etter eining og år («Hjemmesykepleien 2025.tavle») og blir skriven ferdig under eit
    mellombels namn før ho erstattar førre deling, så HR aldri ser ei halv fil.
    Utan --board blir kvar tavle i fila delt, kvar i si eiga fil.
    Eksempel: tavle publish enhet.tavle --to /mnt/felles/nærvær --board 1
cli-publish-file = .tavle-fila med tavla
cli-publish-to = Mappa de deler med HR (nettverksdisk, OneDrive- eller SharePoint-mappe)
cli-publish-withdraw = Trekk tilbake: fjern delinga av tavla frå mappa (funnen på identiteten til tavla, same kva eininga heiter no) i staden for å dele
cli-publish-board = Id for tavla (sjå «tavle list»); utan valet blir alle tavlene i fila delte

## tavle rollup

cli-rollup-about = Oversikt over einingar: alle delte tavler for eitt år, éi linje per eining og ein total
cli-rollup-usage = tavle rollup MAPPE|FIL... [--year ÅR] [--format text|csv|xlsx|pdf|json] [-o UT] [--sort KOLONNE] [--reverse] [--filter DEL] [--sector SEKTOR] [--lang nb|nn]
cli-rollup-after-help =
    Filene blir berre lesne; ingenting blir skrive i mappa. Totalen er Σ tapte / Σ avtalte dagsverk, aldri eit
    snitt av prosentar. Einingar under 5 årsverk blir viste utan fråvær, men er med i totalen. Mapper eitt nivå ned blir også lesne (ei mappe per sektor); «backups» og skjulte mapper blir hoppa over.
    Filer som ikkje kan lesast, står under «Hoppa over» på standard feil (kode 0); kode 2 berre når ingenting kunne lesast.
    Eksempel: tavle rollup /mnt/felles/nærvær --year 2025 --format pdf -o oversikt.pdf
cli-rollup-inputs = Mapper med delte .tavle-filer, eller filer
cli-rollup-year = Året som blir vist; utan valet: i år, eller det nyaste året i filene
cli-rollup-format = Format: text (skjermen), csv (for Excel), xlsx, pdf (A4 liggjande, for styringsgruppa) eller json (med traktdiagrammet, for andre program)
cli-rollup-out = Fila oversikta blir skriven til; må givast for xlsx og pdf
cli-rollup-sort = Sorter etter kolonna: eining, fråvær, mål, avstand, nærvær, retning, manglar, tiltak, forseinka, delmål eller endra (dei bokmålske namna går også). Utan valet: lengst over målet først
cli-rollup-lang = Språket i PDF-en: nb (bokmål) eller nn (nynorsk). Utan valet: som «tavle --lang», elles nn når LANG byrjar med nn
cli-rollup-sector = Berre einingane i denne sektoren (sektoren på tavla, elles namnet på undermappa)
cli-rollup-reverse = Snu rekkjefølgja (talkolonnar blir elles sorterte størst først, eining A–Å)
cli-rollup-filter = Berre einingar der namnet inneheld dette (store og små bokstavar og - – — blir rekna likt)

## Når kommandoen må rettast (feilen frå clap, sagt med våre ord). $arg er valet slik clap
## viser det («--board <ID>»); $commands er kommandonamna.

cli-usage-error = Feil i kommandoen: { $message }
cli-usage-see-help = Sjå «{ $command } --help».
cli-usage-no-command = kommando manglar. Bruk ein av: { $commands }.
cli-usage-invalid-value-because = ugyldig verdi for { $arg }: { $reason }
cli-usage-value-missing = { $arg } manglar ein verdi.
cli-usage-invalid-value = ugyldig verdi «{ $value }» for { $arg }.
cli-usage-invalid-value-choices = ugyldig verdi «{ $value }» for { $arg }. Bruk ein av: { $valid }.
cli-usage-unknown-arg = ukjent val eller argument «{ $arg }».
# Etter cli-usage-unknown-arg og cli-usage-unknown-command, med eit mellomrom framfor.
cli-usage-did-you-mean = Meinte du «{ $suggestion }»?
cli-usage-unknown-command = ukjent kommando «{ $command }». Bruk ein av: { $commands }.
cli-usage-absence-figures-missing = manglar tal for månaden: oppgi --pct, eller --agreed og --lost.
cli-usage-missing = manglar { $arg }.
cli-usage-given-twice = { $arg } er gitt meir enn éin gong.
cli-usage-conflict = { $arg } kan ikkje brukast saman med { $other }.
cli-usage-conflict-others = { $arg } kan ikkje brukast saman med dei andre vala.
cli-usage-too-many-values = for mange verdiar for { $arg }: «{ $value }».
cli-usage-wrong-number-of-values = feil tal på verdiar for { $arg }.
cli-usage-not-utf8 = eit argument er ikkje gyldig UTF-8-tekst.

## Verdiar som ikkje kan lesast (blir viste etter cli-usage-invalid-value-because)

cli-format-unknown = Ukjent format «{ $value }». Bruk text, csv, xlsx, pdf eller json.
cli-lang-unknown = Ukjent språk «{ $value }». Vel nb (bokmål) eller nn (nynorsk).
cli-board-id-invalid = «{ $value }» er ikkje ein tavle-id. Bruk talet frå «tavle list», til dømes 1.
cli-row-id-invalid = «{ $value }» er ikkje ein rad-id. Bruk talet frå «tavle show», til dømes 3.
cli-change-id-invalid = «{ $value }» er ikkje ein id for ei endring. Bruk talet frå «tavle history FIL --row ID», til dømes 12.
cli-number-invalid = «{ $value }» er ikkje eit tal. Skriv til dømes 9,1 eller 420.
cli-year-invalid = «{ $value }» er ikkje eit årstal Tavle godtek. Skriv året med fire siffer, til dømes 2025.
cli-days-invalid = «{ $value }» er ikkje eit tal på dagar. Skriv eit heilt tal, til dømes 14.

## Feil og svar frå kommandoane

# Framfor kvar feil ein kommando gir (meldinga frå kjernen i $message).
cli-error = Feil: { $message }
# Det opninga av fila ikkje stoppa for (ein tryggingskopi som ikkje kunne skrivast).
cli-warning = Åtvaring: { $warning }
# Namnet på standard ut i ein feil ved skriving dit.
cli-stdout = <standard ut>
cli-file-not-found = Finn ikkje fila «{ $file }». Sjekk namnet og mappa, eller lag fila med «tavle import { $file } TAVLE.json».
cli-board-file-not-found = Finn ikkje tavlefila «{ $file }». Sjekk namnet og mappa.
cli-backups-not-found = Finn ikkje fila «{ $file }» eller tryggingskopiar av ho. Sjekk namnet og mappa.
cli-import-swapped = Argumenta ser ut til å stå i feil rekkjefølgje: .tavle-fila (FIL) skal stå først, tavlefila som skal importerast (TAVLE.json), sist. Skriv: tavle import { $board_file } { $file }
cli-import-unit-year-only-sheets = --unit og --year gjeld berre rekneark (.xlsx, .xls, .ods, .csv); ei tavlefil (JSON) har eining og år sjølv.
cli-preview-nothing-imported = Ingenting er importert (--preview).
cli-preview-board-file-ok = Tavlefila er i orden: { $unit } { $year }, { $rows } rader. Ingenting er importert (--preview).
cli-out-is-folder = -o «{ $out }» er ei mappe. Skriv eit filnamn i mappa, til dømes «{ $example }».
cli-out-is-board-file = -o «{ $out }» er sjølve tavlefila; ho ville blitt overskriven. Vel eit anna filnamn for utdata.
cli-export-xlsx-to-screen = Ei Excel-fil kan ikkje visast på skjermen. Oppgi fila ho skal lagrast i: -o tavle.xlsx
cli-export-saved = Eksporten er lagra i «{ $file }».
cli-print-blank-needs-workshop = --blank gjeld berre --what workshop (det tomme arbeidsarket til workshopen). Ta bort --blank, eller skriv --what workshop.
cli-print-saved = Utskrifta er lagra i «{ $file }».
cli-row-not-found = Fann inga rad med id { $row }.
cli-absence-figures-needed = Oppgi --pct, eller både --agreed og --lost. Sjå «tavle absence --help».
cli-rollup-needs-file = xlsx og pdf må skrivast til ei fil: legg til -o UT (til dømes -o oversikt.pdf).
cli-rollup-saved = Oversikta over { $count } { $count ->
        [one] eining
       *[other] einingar
    } er lagra i «{ $file }».

## tavle trend

cli-trend-about = Vis seriediagrammet for ei eining: fråværet månad for månad frå alle tavlene til eininga i fila, med median og Anhøj-reglane (signal eller tilfeldig variasjon)
cli-trend-usage = tavle trend FIL --unit EINING [--baseline N] [--format text|csv|json]
cli-trend-after-help = Signal: ein serie på same side av medianen som er lengre enn round(log2 n) + 3, eller færre kryssingar av medianen enn 5-persentilen i Binomial(n − 1, ½); n er punkta som ikkje ligg på medianen. Under 10 slike punkt blir det ikkje gjeve noka vurdering.
cli-trend-unit = Eininga, slik ho heiter på tavlene (store og små bokstavar spelar inga rolle)
cli-trend-baseline = Ta medianen av dei første N månadene (eit frose grunnlag) i staden for av alle
cli-trend-format = text (standard), csv for rekneark eller json for andre program
cli-trend-format-unknown = Ukjent format «{ $value }». Bruk text, csv eller json.
cli-trend-baseline-invalid = «{ $value }» er ikkje eit tal på månader. Skriv eit heilt tal frå 1, til dømes --baseline 12.
cli-value-months = N

## tavle import: val for rekneark, og tavle delete

cli-value-sheet = ARK
cli-value-column-map = OVERSKRIFT=FELT
cli-value-status-map = ORD=STATUS
cli-import-sheet = Arket med radene til tavla (elles det første arket med ei overskriftsrad)
cli-import-column = Kva for felt ein kolonne skal fylle, etter overskrifta eller bokstaven: "Hva skal vi gjøre=Tiltak"; "Kommentar=-" lèt kolonnen vere ute. Kan givast fleire gonger
cli-import-status = Kva for status eit ord i Status-kolonnen tyder: "Grønn=Pågår". Kan givast fleire gonger
cli-import-as-new = Lag ei ny tavle, også når arbeidsboka kom frå ei tavle i fila, eller fila har ei tavle for same eining og år
cli-import-remove-missing = Fjern radene på tavla som ikkje lenger er i arket (elles blir dei behaldne)
cli-import-sheet-flags-only-sheets = --sheet, --column, --status, --as-new og --remove-missing gjeld berre rekneark (.xlsx, .xls, .ods, .csv).
cli-delete-about = Slett ei tavle og alt på henne (rader, historikk, fråvær, plan, innspel); ein tryggingskopi blir teken først
cli-delete-usage = tavle delete FIL --board ID
cli-delete-after-help =
    Ein tryggingskopi av fila blir teken før tavla blir sletta; «tavle backups FIL» viser han, og
    «tavle restore» hentar han tilbake.
    Eksempel: tavle delete enhet.tavle --board 2
cli-delete-done = Sletta tavla { $unit } { $year } (id { $board }) frå { $file }. Ein tryggingskopi vart teken først (sjå «tavle backups»).

## tavle board

cli-board-about = Endre hovudet på tavla slik «Endre tavla» gjer: eining, år, mål, sektor, årsverk, hovudmål, fokus
cli-board-usage = tavle board FIL --board ID [--unit EINING] [--year ÅR] [--target P] [--sector SEKTOR] [--staff ÅRSVERK] [--main-goal TEKST] [--focus TEKST]
cli-board-after-help =
    Det som ikkje blir gitt, blir ståande. Ein tom tekst («--sector ""») fjernar feltet.
    Eksempel: tavle board enhet.tavle --board 1 --unit "Heimetenesta Nord" --sector "Helse og omsorg" --staff 12,5
cli-board-unit = Namnet på eininga
cli-board-year = Året til tavla (fråværstala må høyre til året)
cli-board-target = Mål sjukefråvær i prosent, til dømes 7 eller 6,5; tom fjernar målet
cli-board-sector = Sektor, til dømes «Helse og omsorg» eller «Oppvekst»
cli-board-staff = Tal på årsverk i eininga, til dømes 12,5; oversikta skjuler fråværet til einingar under 5 årsverk etter dette talet
cli-board-main-goal = Hovudmål
cli-board-focus = Fokus (verdiar)
