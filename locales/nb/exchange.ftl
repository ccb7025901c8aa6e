# Tavle på bokmål: exchange. Samme nøkler som locales/nn/exchange.ftl (en test passer på det).
# Utveksling: tavlefiler (JSON) inn og ut, tiltak som CSV, og tekstene kommandolinjen skriver
# (tavle show, status, history, absence, list, due, backups, restore, publish).

## Forklaringer når en tavlefil (JSON) ikke kan leses

exchange-fix-hint = Rett filen og prøv igjen.
exchange-board-file = tavlefilen
exchange-at = linje { $line }, kolonne { $column }
exchange-the-field = feltet { $field }
exchange-empty = Tavlefilen er tom. Velg en fil som er eksportert fra Tavle.
exchange-ends-early = Tavlefilen slutter for tidlig{ $place }: en {"}"} eller ] eller et anførselstegn mangler. Er filen avkortet? { exchange-fix-hint }
exchange-not-json = Tavlefilen er ikke gyldig JSON{ $place }: { $what }. { exchange-fix-hint }
exchange-data-error = Feil i tavlefilen{ $place }: { $what } { exchange-fix-hint }

exchange-syntax-expected-value = her ventet Tavle en verdi (tekst, tall, liste eller objekt)
exchange-syntax-comma-or-brace = her mangler et komma eller en avsluttende {"}"}
exchange-syntax-comma-or-bracket = her mangler et komma eller en avsluttende ]
exchange-syntax-colon = her mangler et kolon etter feltnavnet
exchange-syntax-trailing-comma = et komma for mye foran {"}"} eller ]
exchange-syntax-trailing-characters = det står noe etter slutten av tavlen
exchange-syntax-key-in-quotes = feltnavn må stå i anførselstegn
exchange-syntax-control-character = en tekst inneholder et linjeskift eller tabulatortegn direkte; skriv \n eller \t
exchange-syntax-escape = ugyldig \-tegn i en tekst (skriv \\ for en omvendt skråstrek)
exchange-syntax-number = ugyldig tall (bruk punktum som desimaltegn i filen, for eksempel 9.1)
exchange-syntax-ident = ukjent ord; bruk true, false eller null, eller sett tekst i anførselstegn
exchange-syntax-eof = filen slutter for tidlig
exchange-syntax-other = ugyldig JSON ({ $detail })
exchange-data-other = { $detail }

exchange-unknown-field-allowed = ukjent felt «{ $name }». Tillatte felt her: { $allowed }. Fjern feltet eller rett skrivemåten.
exchange-unknown-field = ukjent felt «{ $name }». Fjern feltet.
exchange-missing-field = feltet { $field } mangler. Legg det til.
exchange-duplicate-field = feltet { $field } står to ganger. Fjern det ene.
exchange-unknown-status = ukjent status «{ $value }». Bruk en av: { $allowed }.
exchange-unknown-question = ukjent spørsmål «{ $value }». Bruk en av: { $allowed }.
exchange-unknown-value = ukjent verdi «{ $value }». Bruk en av: { $allowed }.
exchange-wrong-type = feil type: fikk { $got }, ventet { $expected }.
exchange-wrong-type-number-in-quotes = feil type: fikk { $got }, ventet { $expected }. Skriv tallet uten anførselstegn og med punktum som desimaltegn, for eksempel 9.1.
exchange-invalid-value = ugyldig verdi: fikk { $got }, ventet { $expected }.
exchange-not-an-exchange-object = filen må være ett JSON-objekt som begynner med {"{"} "format": "{ $format }", "version": { $version }, "board": … {"}"}. Velg en fil som er eksportert fra Tavle.
exchange-wrong-length = feil antall elementer ({ $detail }).
exchange-date-how = Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-15, og sjekk at dagen finnes i måneden.
exchange-invalid-date-value = «{ $value }» er ikke en gyldig dato. { exchange-date-how }
exchange-invalid-date = er ikke en gyldig dato. { exchange-date-how }
exchange-too-deep = tavlefilen er nøstet for dypt.

# Hva Tavle ventet og hva den fikk (serde sine ord på norsk)
exchange-expected-number = et tall
exchange-expected-integer = et helt tall
exchange-expected-count = et helt tall, 0 eller større
exchange-expected-string = tekst i anførselstegn
exchange-expected-list = en liste [ … ]
exchange-expected-boolean = true eller false
exchange-expected-date = en dato som "2025-03-15"
exchange-expected-option = en verdi eller null
exchange-expected-object = et objekt {"{"} … {"}"}
exchange-expected-allowed = en av de tillatte verdiene
exchange-got-string = teksten { $value }
exchange-got-number = tallet { $value }
exchange-got-list = en liste
exchange-got-object = et objekt

# Hvor i tavlen feilen er
exchange-path-plan = Prosjekt nærvær
exchange-path-row = rad { $n }
exchange-path-history = statushistorikk nr. { $n }
exchange-path-milestone = delmål nr. { $n }
exchange-path-absence = fraværstall nr. { $n }
exchange-path-input = innspill nr. { $n }
exchange-path-element = element nr. { $n }

# Feltene i tavlefilen, med norske navn: «due» (Frist)
exchange-field-title = Tittel
exchange-field-unit = Enhet
exchange-field-year = År
exchange-field-main-goal = Hovedmål
exchange-field-focus = Fokus
exchange-field-target-pct = Mål sykefravær %
exchange-field-history = Statushistorikk
exchange-field-on = Dato
exchange-field-note = Merknad
exchange-field-absence-pct-december = Sykefravær i desember i fjor
exchange-field-absence-pct-average = Gjennomsnittlig sykefravær i fjor
exchange-field-situation = Situasjonsbeskrivelse
exchange-field-why-change = Hvorfor endre
exchange-field-actions = Handlinger
exchange-field-milestones = Delmål
exchange-field-reached-on = Nådd
exchange-field-desired-state = Ønsket situasjon
exchange-field-obstacles = Hindringer
exchange-field-month = Måned
exchange-field-pct = Prosent
exchange-field-agreed-days = Avtalte dagsverk
exchange-field-lost-days = Tapte dagsverk
exchange-field-self-certified-days = Egenmeldte dagsverk
exchange-field-question = Spørsmål
exchange-field-text = Tekst
exchange-field-votes = Stemmer
exchange-field-row = Rad

## Konvolutten rundt tavlen: format og versjon

exchange-not-utf8 = Tavlefilen er ikke UTF-8-tekst (feil ved byte { $byte }). Lagre filen som UTF-8 og prøv igjen.
exchange-format-missing = Filen er ikke en tavlefil fra Tavle: feltet «format» mangler. En tavlefil begynner med "format": "{ $format }".
exchange-format-wrong = Filen er ikke en tavlefil fra Tavle: «format» er { $value }, men må være "{ $format }". Velg en fil som er eksportert fra Tavle.
exchange-version-missing = Tavlefilen mangler feltet «version». Skriv "version": { $version }.
exchange-version-newer = Tavlefilen er laget med en nyere versjon av Tavle (filversjon { $n }, denne versjonen forstår opp til { $version }). Oppdater Tavle for å importere den.
exchange-version-invalid = Tavlefilen har ugyldig «version» ({ $value }). Versjonen må være et helt tall, { $version } for denne versjonen av Tavle.
exchange-board-missing = Tavlefilen mangler feltet «board» med selve tavlen. Velg en fil som er eksportert fra Tavle.
exchange-unknown-format = Ukjent format «{ $value }». Bruk json, csv eller xlsx.

# Filnavn i eksempler (for eksempel når -o peker på en mappe)
exchange-example-file-json = tavle.json
exchange-example-file-csv = tiltak.csv
exchange-example-file-xlsx = tiltak.xlsx

## Tiltakene som CSV (overskriftene leses også tilbake av import av regneark)

exchange-csv-file = CSV-filen
exchange-csv-goal = { -goal }
exchange-csv-ideas = { -ideas }
exchange-csv-measure = { -measure }
exchange-csv-owner = { -owner }
exchange-csv-when = { -when }
exchange-csv-due = { -due }
exchange-csv-status = { -status }
exchange-csv-result = { -result }

## Det kommandolinjen sier etter en endring (tavle status, history, absence)

exchange-status-recorded = Rad-id { $row }: «{ $status }» fra { $date } er ført i statushistorikken. Status er fortsatt «{ $current }», fordi endringen { $latest } er nyere.
exchange-status-now = Rad-id { $row }: status er nå «{ $status }» fra { $date }.
exchange-status-unchanged = Rad-id { $row }: status var allerede «{ $status }» { $date }. Ingenting er endret i statushistorikken.
exchange-note-not-saved = Notatet er ikke lagret.
exchange-status-after-year = Merk: datoen er i dag, etter tavlens år { $year }. Årsrapporten for { $year } viser status ved årets slutt; skal endringen høre til { $year }, rett datoen med «tavle history { $file } --row { $row } --fix ID --on DATO».
exchange-absence-replaced = Fraværstall for { $month } er lagret: erstattet { $before } med { $now }.
exchange-absence-unchanged = Fraværstall for { $month } er lagret: { $now } (uendret).
exchange-absence-saved = Fraværstall for { $month } er lagret: { $now }.
exchange-days-lost = { $lost } av { $agreed } dagsverk
exchange-days-lost-with-pct = { $lost } av { $agreed } dagsverk ({ $pct })
exchange-history-row = Rad-id { $row }: { $what }
exchange-history-status-now = Status nå: { $status }
exchange-history-none = Ingen endringer i statushistorikken ennå.
exchange-history-col-id = Id
exchange-history-col-date = Dato
exchange-history-col-status = { -status }
exchange-history-col-note = Notat
exchange-history-how = Rett en endring med --fix ID --on DATO [--note TEKST], eller fjern den med --remove ID.
exchange-change-removed = Endring { $entry } («{ $status }» { $date }) er fjernet fra statushistorikken.
exchange-change-fixed = Endring { $entry } er rettet: { $date }.

## Lister (tavle list, due, backups, restore, publish)

exchange-list-empty = Filen har ingen tavler ennå. Legg til en med «tavle import FIL TAVLE.json».
exchange-list-col-id = ID
exchange-list-col-year = År
exchange-list-col-rows = Rader
exchange-due-line = { $date }  { $unit } { $year }, rad-id { $row }  { $status }: { $what }
exchange-due-none-overdue = Ingen forsinkede tiltak per { $date }.
exchange-due-overdue = Forsinket per { $date } ({ $n }):
exchange-due-none-soon = Ingen tiltak har frist de neste { $days ->
    [1] 1 dag
   *[other] { $days } dager
}.
exchange-due-soon = { -due } de neste { $days ->
    [1] 1 dag
   *[other] { $days } dager
} ({ $n }):
exchange-backups-none = Ingen sikkerhetskopier ennå. De tas når filen åpnes for endring og før en import.
exchange-backups-col-taken = Tatt
exchange-backups-col-boards = Tavler
exchange-backups-col-rows = Rader
exchange-backups-col-copy = Kopi
exchange-backup-taken = { $date } kl. { $time }
exchange-backup-damaged = (skadet, kan ikke brukes)
exchange-restored = «{ $file }» er hentet tilbake fra «{ $from }»: { $boards ->
    [1] 1 tavle
   *[other] { $boards } tavler
}, { $rows ->
    [1] 1 rad
   *[other] { $rows } rader
}.
exchange-restored-kept = Filen slik den var, er tatt vare på i «{ $copy }».
exchange-published = Delt { $unit } { $year }: «{ $path }»
exchange-published-replaced = Delt { $unit } { $year }: «{ $path }» (erstattet forrige deling)
exchange-published-removed-old = fjernet den forrige delingen av samme tavle under et annet navn: «{ $path }»
exchange-withdrawn = Trukket tilbake { $unit } { $year }: fjernet { $paths }
exchange-header-saved = Lagret tavlen { $unit } { $year }:
exchange-header-none = (ikke satt)
