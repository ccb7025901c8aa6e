# Tavle på nynorsk: exchange. Same nøklar som locales/nb/exchange.ftl (ein test passar på det).
# Utveksling: tavlefiler (JSON) inn og ut, tiltak som CSV, og tekstane kommandolinja skriv
# (tavle show, status, history, absence, list, due, backups, restore, publish).

## Forklaringar når ei tavlefil (JSON) ikkje kan lesast

exchange-fix-hint = Rett fila og prøv igjen.
exchange-board-file = tavlefila
exchange-at = linje { $line }, kolonne { $column }
exchange-the-field = feltet { $field }
exchange-empty = Tavlefila er tom. Vel ei fil som er eksportert frå Tavle.
exchange-ends-early = Tavlefila sluttar for tidleg{ $place }: ein {"}"} eller ] eller eit hermeteikn manglar. Er fila avkorta? { exchange-fix-hint }
exchange-not-json = Tavlefila er ikkje gyldig JSON{ $place }: { $what }. { exchange-fix-hint }
exchange-data-error = Feil i tavlefila{ $place }: { $what } { exchange-fix-hint }

exchange-syntax-expected-value = her venta Tavle ein verdi (tekst, tal, liste eller objekt)
exchange-syntax-comma-or-brace = her manglar eit komma eller ein avsluttande {"}"}
exchange-syntax-comma-or-bracket = her manglar eit komma eller ein avsluttande ]
exchange-syntax-colon = her manglar eit kolon etter feltnamnet
exchange-syntax-trailing-comma = eit komma for mykje framfor {"}"} eller ]
exchange-syntax-trailing-characters = det står noko etter slutten av tavla
exchange-syntax-key-in-quotes = feltnamn må stå i hermeteikn
exchange-syntax-control-character = ein tekst inneheld eit linjeskift eller tabulatorteikn direkte; skriv \n eller \t
exchange-syntax-escape = ugyldig \-teikn i ein tekst (skriv \\ for ein omvend skråstrek)
exchange-syntax-number = ugyldig tal (bruk punktum som desimalteikn i fila, til dømes 9.1)
exchange-syntax-ident = ukjent ord; bruk true, false eller null, eller set tekst i hermeteikn
exchange-syntax-eof = fila sluttar for tidleg
exchange-syntax-other = ugyldig JSON ({ $detail })
exchange-data-other = { $detail }

exchange-unknown-field-allowed = ukjent felt «{ $name }». Tillatne felt her: { $allowed }. Fjern feltet eller rett skrivemåten.
exchange-unknown-field = ukjent felt «{ $name }». Fjern feltet.
exchange-missing-field = feltet { $field } manglar. Legg det til.
exchange-duplicate-field = feltet { $field } står to gonger. Fjern det eine.
exchange-unknown-status = ukjent status «{ $value }». Bruk ein av: { $allowed }.
exchange-unknown-question = ukjent spørsmål «{ $value }». Bruk eitt av: { $allowed }.
exchange-unknown-value = ukjent verdi «{ $value }». Bruk ein av: { $allowed }.
exchange-wrong-type = feil type: fekk { $got }, venta { $expected }.
exchange-wrong-type-number-in-quotes = feil type: fekk { $got }, venta { $expected }. Skriv talet utan hermeteikn og med punktum som desimalteikn, til dømes 9.1.
exchange-invalid-value = ugyldig verdi: fekk { $got }, venta { $expected }.
exchange-not-an-exchange-object = fila må vere eitt JSON-objekt som byrjar med {"{"} "format": "{ $format }", "version": { $version }, "board": … {"}"}. Vel ei fil som er eksportert frå Tavle.
exchange-wrong-length = feil tal på element ({ $detail }).
exchange-date-how = Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2025-03-15, og sjekk at dagen finst i månaden.
exchange-invalid-date-value = «{ $value }» er ikkje ein gyldig dato. { exchange-date-how }
exchange-invalid-date = er ikkje ein gyldig dato. { exchange-date-how }
exchange-too-deep = tavlefila er nøsta for djupt.

# Kva Tavle venta og kva ho fekk (orda til serde på norsk)
exchange-expected-number = eit tal
exchange-expected-integer = eit heilt tal
exchange-expected-count = eit heilt tal, 0 eller større
exchange-expected-string = tekst i hermeteikn
exchange-expected-list = ei liste [ … ]
exchange-expected-boolean = true eller false
exchange-expected-date = ein dato som "2025-03-15"
exchange-expected-option = ein verdi eller null
exchange-expected-object = eit objekt {"{"} … {"}"}
exchange-expected-allowed = ein av dei tillatne verdiane
exchange-got-string = teksten { $value }
exchange-got-number = talet { $value }
exchange-got-list = ei liste
exchange-got-object = eit objekt

# Kvar i tavla feilen er
exchange-path-plan = Prosjekt nærvær
exchange-path-row = rad { $n }
exchange-path-history = statushistorikk nr. { $n }
exchange-path-milestone = delmål nr. { $n }
exchange-path-absence = fråværstal nr. { $n }
exchange-path-input = innspel nr. { $n }
exchange-path-element = element nr. { $n }

# Felta i tavlefila, med norske namn: «due» (Frist)
exchange-field-title = Tittel
exchange-field-unit = Eining
exchange-field-year = År
exchange-field-main-goal = Hovudmål
exchange-field-focus = Fokus
exchange-field-target-pct = Mål sjukefråvær %
exchange-field-history = Statushistorikk
exchange-field-on = Dato
exchange-field-note = Merknad
exchange-field-absence-pct-december = Sjukefråvær i desember i fjor
exchange-field-absence-pct-average = Gjennomsnittleg sjukefråvær i fjor
exchange-field-situation = Situasjonsskildring
exchange-field-why-change = Kvifor endre
exchange-field-actions = Handlingar
exchange-field-milestones = Delmål
exchange-field-reached-on = Nådd
exchange-field-desired-state = Ønskt situasjon
exchange-field-obstacles = Hindringar
exchange-field-month = Månad
exchange-field-pct = Prosent
exchange-field-agreed-days = Avtalte dagsverk
exchange-field-lost-days = Tapte dagsverk
exchange-field-self-certified-days = Eigenmelde dagsverk
exchange-field-question = Spørsmål
exchange-field-text = Tekst
exchange-field-votes = Røyster
exchange-field-row = Rad

## Konvolutten rundt tavla: format og versjon

exchange-not-utf8 = Tavlefila er ikkje UTF-8-tekst (feil ved byte { $byte }). Lagre fila som UTF-8 og prøv igjen.
exchange-format-missing = Fila er ikkje ei tavlefil frå Tavle: feltet «format» manglar. Ei tavlefil byrjar med "format": "{ $format }".
exchange-format-wrong = Fila er ikkje ei tavlefil frå Tavle: «format» er { $value }, men må vere "{ $format }". Vel ei fil som er eksportert frå Tavle.
exchange-version-missing = Tavlefila manglar feltet «version». Skriv "version": { $version }.
exchange-version-newer = Tavlefila er laga med ein nyare versjon av Tavle (filversjon { $n }, denne versjonen forstår opp til { $version }). Oppdater Tavle for å importere ho.
exchange-version-invalid = Tavlefila har ugyldig «version» ({ $value }). Versjonen må vere eit heilt tal, { $version } for denne versjonen av Tavle.
exchange-board-missing = Tavlefila manglar feltet «board» med sjølve tavla. Vel ei fil som er eksportert frå Tavle.
exchange-unknown-format = Ukjent format «{ $value }». Bruk json, csv eller xlsx.

# Filnamn i døme (til dømes når -o peikar på ei mappe)
exchange-example-file-json = tavle.json
exchange-example-file-csv = tiltak.csv
exchange-example-file-xlsx = tiltak.xlsx

## Tiltaka som CSV (overskriftene blir òg lesne tilbake av import av rekneark)

exchange-csv-file = CSV-fila
exchange-csv-goal = { -goal }
exchange-csv-ideas = { -ideas }
exchange-csv-measure = { -measure }
exchange-csv-owner = { -owner }
exchange-csv-when = { -when }
exchange-csv-due = { -due }
exchange-csv-status = { -status }
exchange-csv-result = { -result }

## Det kommandolinja seier etter ei endring (tavle status, history, absence)

exchange-status-recorded = Rad-id { $row }: «{ $status }» frå { $date } er ført i statushistorikken. Status er framleis «{ $current }», fordi endringa { $latest } er nyare.
exchange-status-now = Rad-id { $row }: status er no «{ $status }» frå { $date }.
exchange-status-unchanged = Rad-id { $row }: status var allereie «{ $status }» { $date }. Ingenting er endra i statushistorikken.
exchange-note-not-saved = Notatet er ikkje lagra.
exchange-status-after-year = Merk: datoen er i dag, etter året til tavla ({ $year }). Årsrapporten for { $year } viser status ved utgangen av året; skal endringa høyre til { $year }, rett datoen med «tavle history { $file } --row { $row } --fix ID --on DATO».
exchange-absence-replaced = Fråværstal for { $month } er lagra: erstatta { $before } med { $now }.
exchange-absence-unchanged = Fråværstal for { $month } er lagra: { $now } (uendra).
exchange-absence-saved = Fråværstal for { $month } er lagra: { $now }.
exchange-days-lost = { $lost } av { $agreed } dagsverk
exchange-days-lost-with-pct = { $lost } av { $agreed } dagsverk ({ $pct })
exchange-history-row = Rad-id { $row }: { $what }
exchange-history-status-now = Status no: { $status }
exchange-history-none = Ingen endringar i statushistorikken enno.
exchange-history-col-id = Id
exchange-history-col-date = Dato
exchange-history-col-status = { -status }
exchange-history-col-note = Notat
exchange-history-how = Rett ei endring med --fix ID --on DATO [--note TEKST], eller fjern ho med --remove ID.
exchange-change-removed = Endring { $entry } («{ $status }» { $date }) er fjerna frå statushistorikken.
exchange-change-fixed = Endring { $entry } er retta: { $date }.

## Lister (tavle list, due, backups, restore, publish)

exchange-list-empty = Fila har ingen tavler enno. Legg til ei med «tavle import FIL TAVLE.json».
exchange-list-col-id = ID
exchange-list-col-year = År
exchange-list-col-rows = Rader
exchange-due-line = { $date }  { $unit } { $year }, rad-id { $row }  { $status }: { $what }
exchange-due-none-overdue = Ingen forseinka tiltak per { $date }.
exchange-due-overdue = Forseinka per { $date } ({ $n }):
exchange-due-none-soon = Ingen tiltak har frist dei neste { $days ->
    [1] 1 dag
   *[other] { $days } dagar
}.
exchange-due-soon = { -due } dei neste { $days ->
    [1] 1 dag
   *[other] { $days } dagar
} ({ $n }):
exchange-backups-none = Ingen tryggingskopiar enno. Dei blir tekne når fila blir opna for endring og før ein import.
exchange-backups-col-taken = Teken
exchange-backups-col-boards = Tavler
exchange-backups-col-rows = Rader
exchange-backups-col-copy = Kopi
exchange-backup-taken = { $date } kl. { $time }
exchange-backup-damaged = (skadd, kan ikkje brukast)
exchange-restored = «{ $file }» er henta tilbake frå «{ $from }»: { $boards ->
    [1] 1 tavle
   *[other] { $boards } tavler
}, { $rows ->
    [1] 1 rad
   *[other] { $rows } rader
}.
exchange-restored-kept = Fila, slik ho var, er teken vare på i «{ $copy }».
exchange-published = Delt { $unit } { $year }: «{ $path }»
exchange-published-replaced = Delt { $unit } { $year }: «{ $path }» (erstatta førre deling)
exchange-published-removed-old = fjerna den førre delinga av same tavla under eit anna namn: «{ $path }»
exchange-withdrawn = Trekt tilbake { $unit } { $year }: fjerna { $paths }
exchange-header-saved = Lagra tavla { $unit } { $year }:
exchange-header-none = (ikkje sett)
