# Tavle på bokmål: store. Samme nøkler som locales/nn/store.ftl (en test passer på det).

## Åpne, lage og lagre som

store-wrong-ending = «{ $path }» ender på .{ $ext }, så den lages ikke som en .tavle-fil. Tavle-filen bør hete noe som ender på .tavle, for eksempel «enhet.tavle». Sjekk at argumentene står i riktig rekkefølge: FIL (.tavle) først.
store-file-exists-create = Filen «{ $path }» finnes allerede. Åpne den, eller velg et annet navn for den nye filen.
store-file-exists-save-as = Filen «{ $path }» finnes allerede. Velg et annet navn.
store-file-not-found = Fant ikke filen «{ $path }». Sjekk at navn og mappe er riktige.
store-backup-failed-warning = Sikkerhetskopien kunne ikke tas: { $error } Filen er åpen, og endringene dine lagres som vanlig, men uten en ny kopi i mappen «backups».

## Hvorfor en fil ikke er en (hel) Tavle-fil: står inni «… er ikke en Tavle-fil, eller den er skadet (…)»

store-detail-folder = det er en mappe, ikke en fil
store-detail-empty = filen er tom
store-detail-too-short = filen er for kort til å være en Tavle-fil
store-detail-not-sqlite = filen er ikke en SQLite-database
store-detail-foreign = filen er en database fra et annet program
store-detail-bad-version = filversjonen i filhodet er ugyldig
store-detail-bad-page-size = sidestørrelsen i filhodet er ugyldig
store-detail-cut-mid-page = filen er avkortet midt i en side
store-detail-cut = filen er avkortet: den skulle vært { $expected } byte, men er { $len }
store-detail-unreadable = SQLite kan ikke lese innholdet
store-detail-check-found = sjekken av innholdet fant feil: { $problems }
store-detail-parts-unreadable = deler av innholdet kan ikke leses
store-detail-not-checked = innholdet kunne ikke sjekkes: { $error }
store-detail-integrity = integritetssjekken fant feil: { $problems }
store-detail-not-a-file = det er ikke en vanlig fil
store-detail-side-not-a-file = «{ $name }» ved siden av den er ikke en vanlig fil; flytt den bort
store-detail-schema-extra = den er endret utenfor Tavle: den har { $kind ->
        [trigger] en trigger
        [view] en visning
        [index] en indeks
       *[other] en tabell
    } «{ $name }» som Tavle ikke har laget. Tavle åpner den ikke, så ingenting som er lagt inn i den kan kjøre. Bruk en sikkerhetskopi (tavle backups), eller be om en ny kopi av filen
store-detail-schema-missing = den er endret utenfor Tavle: { $kind ->
        [trigger] triggeren
        [view] visningen
        [index] indeksen
       *[other] tabellen
    } «{ $name }» mangler. Bruk en sikkerhetskopi (tavle backups), eller be om en ny kopi av filen
store-detail-schema-changed = den er endret utenfor Tavle: «{ $name }» er ikke slik Tavle laget den. Bruk en sikkerhetskopi (tavle backups), eller be om en ny kopi av filen
store-broken-link = brutt kobling i tabellen { $table }
store-bad-value = ugyldig verdi i filen: { $what }
store-unknown-status = ukjent status «{ $code }»
store-unknown-question = ukjent spørsmål «{ $code }»
store-bad-month = ugyldig måned «{ $text }»

## Endret et annet sted, og det som ikke finnes

store-changed-elsewhere = { $what } ble endret et annet sted (i et annet vindu eller med tavle-kommandoen) etter at du begynte å skrive, så endringen din er ikke lagret ennå. Det du skrev er tatt vare på: se over, og lagre igjen.
store-what-row = Raden
store-what-header = Tavlens overskrift (enhet, år, hovedmål, fokus eller mål)
store-what-input = Innspillet
store-what-merged-input = Det sammenslåtte innspillet
store-what-plan = Prosjekt nærvær
store-what-note = Notatet
store-what-result = Resultat
store-what-status-change = Statusendringen
store-board-not-found = Fant ingen tavle med id { $id }. Se `tavle list FILE` for tavlene i filen.
store-row-not-found = Fant ingen rad med id { $id }. Se `tavle show FILE --board ID` for radene og id-ene deres.
store-input-not-found = Fant ikke innspill nr. { $id }. Det kan være slettet i et annet vindu; last tavlen på nytt.
store-change-not-found = Rad { $row } har ingen endring med id { $entry } i statushistorikken. Se id-ene med «tavle history FIL --row { $row }».
store-absence-nothing-to-remove = Tavle { $board } har ingen fraværstall for { $month }, så det er ingenting å fjerne.
store-year-has-absence = Tavlen har fraværstall for { $month }, så året kan ikke endres til { $year }. Fjern fraværstallene først, eller lag en ny tavle for { $year }.
store-row-no-place = Plass { $n } finnes ikke på tavle { $board }: velg en plass fra 1 til { $count }.

## Innspill fra workshopen

store-input-empty = Innspillet er tomt. Skriv hva som ble sagt før du trykker Enter.
store-input-no-place = Plass { $n } finnes ikke under spørsmålet: velg en plass fra 1 til { $count }.
store-merge-self = Et innspill kan ikke slås sammen med seg selv. Velg to forskjellige innspill.
store-merge-other-board = Innspillene hører til forskjellige tavler og kan ikke slås sammen.
store-to-row-none = Velg minst ett innspill som skal bli en rad på tavla.
store-to-row-other-board = Innspill nr. { $id } hører til en annen tavle og kan ikke bli en rad her.

## Sikkerhetskopier

store-backup-too-many = For mange sikkerhetskopier på samme tid i «{ $dir }». Prøv igjen om litt.
store-restore-refused = Sikkerhetskopien «{ $path }» kan ikke brukes: { $why }. Velg en annen (se `tavle backups FILE`).
store-restore-missing = den finnes ikke
store-restore-same-file = det er den samme filen
