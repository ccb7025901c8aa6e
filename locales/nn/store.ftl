# Tavle på nynorsk: store. Same nøklar som locales/nb/store.ftl (ein test passar på det).

## Opne, lage og lagre som

store-wrong-ending = «{ $path }» sluttar på .{ $ext }, så ho blir ikkje laga som ei .tavle-fil. Tavle-fila bør heite noko som sluttar på .tavle, til dømes «eining.tavle». Sjekk at argumenta står i rett rekkjefølgje: FIL (.tavle) først.
store-file-exists-create = Fila «{ $path }» finst allereie. Opne ho, eller vel eit anna namn på den nye fila.
store-file-exists-save-as = Fila «{ $path }» finst allereie. Vel eit anna namn.
store-file-not-found = Fann ikkje fila «{ $path }». Sjekk at namn og mappe er rette.
store-backup-failed-warning = Tryggingskopien kunne ikkje takast: { $error } Fila er open, og endringane dine blir lagra som vanleg, men utan ein ny kopi i mappa «backups».

## Kvifor ei fil ikkje er ei (heil) Tavle-fil: står inni «… er ikkje ei Tavle-fil, eller ho er skadd (…)»

store-detail-folder = det er ei mappe, ikkje ei fil
store-detail-empty = fila er tom
store-detail-too-short = fila er for kort til å vere ei Tavle-fil
store-detail-not-sqlite = fila er ikkje ein SQLite-database
store-detail-foreign = fila er ein database frå eit anna program
store-detail-bad-version = filversjonen i filhovudet er ugyldig
store-detail-bad-page-size = sidestorleiken i filhovudet er ugyldig
store-detail-cut-mid-page = fila er avkorta midt i ei side
store-detail-cut = fila er avkorta: ho skulle ha vore { $expected } byte, men er { $len }
store-detail-unreadable = SQLite kan ikkje lese innhaldet
store-detail-check-found = sjekken av innhaldet fann feil: { $problems }
store-detail-parts-unreadable = delar av innhaldet kan ikkje lesast
store-detail-not-checked = innhaldet kunne ikkje sjekkast: { $error }
store-detail-integrity = integritetssjekken fann feil: { $problems }
store-detail-not-a-file = det er ikkje ei vanleg fil
store-detail-side-not-a-file = «{ $name }» ved sida av ho er ikkje ei vanleg fil; flytt ho bort
store-detail-schema-extra = ho er endra utanfor Tavle: ho har { $kind ->
        [trigger] ein trigger
        [view] ei visning
        [index] ein indeks
       *[other] ein tabell
    } «{ $name }» som Tavle ikkje har laga. Tavle opnar ho ikkje, så ingenting som er lagt inn i ho kan køyre. Bruk ein tryggingskopi (tavle backups), eller be om ein ny kopi av fila
store-detail-schema-missing = ho er endra utanfor Tavle: { $kind ->
        [trigger] triggeren
        [view] visninga
        [index] indeksen
       *[other] tabellen
    } «{ $name }» manglar. Bruk ein tryggingskopi (tavle backups), eller be om ein ny kopi av fila
store-detail-schema-changed = ho er endra utanfor Tavle: «{ $name }» er ikkje slik Tavle laga han. Bruk ein tryggingskopi (tavle backups), eller be om ein ny kopi av fila
store-broken-link = broten kopling i tabellen { $table }
store-bad-value = ugyldig verdi i fila: { $what }
store-unknown-status = ukjend status «{ $code }»
store-unknown-question = ukjend spørsmål «{ $code }»
store-bad-month = ugyldig månad «{ $text }»

## Endra ein annan stad, og det som ikkje finst

store-changed-elsewhere = { $what } vart endra ein annan stad (i eit anna vindauge eller med tavle-kommandoen) etter at du byrja å skrive, så endringa di er ikkje lagra enno. Det du skreiv er teke vare på: sjå over, og lagre igjen.
store-what-row = Rada
store-what-header = Overskrifta på tavla (eining, år, hovudmål, fokus eller mål)
store-what-input = Innspelet
store-what-merged-input = Det samanslåtte innspelet
store-what-plan = Prosjekt nærvær
store-what-note = Notatet
store-what-result = Resultat
store-what-status-change = Statusendringa
store-board-not-found = Fann inga tavle med id { $id }. Sjå `tavle list FILE` for tavlene i fila.
store-row-not-found = Fann inga rad med id { $id }. Sjå `tavle show FILE --board ID` for radene og id-ane deira.
store-input-not-found = Fann ikkje innspel nr. { $id }. Det kan vere sletta i eit anna vindauge; last inn tavla på nytt.
store-change-not-found = Rad { $row } har inga endring med id { $entry } i statushistorikken. Sjå id-ane med «tavle history FIL --row { $row }».
store-absence-nothing-to-remove = Tavle { $board } har ingen fråværstal for { $month }, så det er ingenting å fjerne.
store-year-has-absence = Tavla har fråværstal for { $month }, så året kan ikkje endrast til { $year }. Fjern fråværstala først, eller lag ei ny tavle for { $year }.
store-row-no-place = Plass { $n } finst ikkje på tavle { $board }: vel ein plass frå 1 til { $count }.

## Innspel frå workshopen

store-input-empty = Innspelet er tomt. Skriv kva som vart sagt før du trykkjer Enter.
store-input-no-place = Plass { $n } finst ikkje under spørsmålet: vel ein plass frå 1 til { $count }.
store-merge-self = Eit innspel kan ikkje slåast saman med seg sjølv. Vel to ulike innspel.
store-merge-other-board = Innspela høyrer til ulike tavler og kan ikkje slåast saman.
store-to-row-none = Vel minst eitt innspel som skal bli ei rad på tavla.
store-to-row-other-board = Innspel nr. { $id } høyrer til ei anna tavle og kan ikkje bli ei rad her.

## Tryggingskopiar

store-backup-too-many = For mange tryggingskopiar på same tid i «{ $dir }». Prøv igjen om litt.
store-restore-refused = Tryggingskopien «{ $path }» kan ikkje brukast: { $why }. Vel ein annan (sjå `tavle backups FILE`).
store-restore-missing = han finst ikkje
store-restore-same-file = det er den same fila
