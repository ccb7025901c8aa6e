# Tavle på bokmål: ui-board. Samme nøkler som locales/nn/ui-board.ftl (en test passer på det).
# Startskjermen, filene, tavleeditoren, historikken, meldingene og «Om Tavle»
# (ui/main.js, editor.js, timeline.js, launch.js, messages.js, api.js, nav.js).

## Felles

ed-something-wrong = Noe gikk galt. Prøv igjen.
ed-unknown-error = Noe gikk galt. Prøv igjen; hjelper ikke det, start Tavle på nytt.
ed-api-unreadable = Tavle forsto ikke svaret fra programmet. Prøv igjen; hjelper ikke det, start Tavle på nytt.
ed-api-not-program = Tavle må startes som program, ikke åpnes i en nettleser.
ed-message-close = Lukk
ed-message-close-label = Lukk meldingen
ed-saving = Lagrer …
ed-saved = Lagret
ed-empty-value = (tomt)
ed-clash-item = { $label }: «{ $text }»
ed-pdf-written = PDF-en er lagret som «{ $path }» og åpnet i PDF-leseren. Skriv ut derfra.
# Det programmet foreslår som navn på en ny fil.
ed-new-file-name = Forbedringstavler.tavle
# Vises i stedet for standardtittelen «Forbedringstavle» som ligger i filen.
ed-board-title-default = Forbedringstavle
# Målform endret: meldingen kommer på den nye målformen.
ed-lang-changed = Tavle er nå på bokmål, også utskriftene.

## Startskjermen og filene

ed-recent-none = Ingen filer ennå.
ed-recent-missing = { $name } (finnes ikke lenger)
ed-backups-button = Sikkerhetskopier …
ed-open-board = Åpne
ed-save-as-button = Lagre som …
ed-quit-unsaved = Lukk uten å lagre
ed-saved-as = Tavlen er lagret i den nye filen, og det er den som er åpen nå.
ed-read-only-backup = Du ser på en sikkerhetskopi ({ $name }) av «{ $file }». Den kan bare leses.
ed-read-only-file = Filen kan bare leses (den er skrivebeskyttet, eller du har ikke skrivetilgang). Du kan lese, skrive ut og eksportere, men endringer lagres ikke.

## Det som ikke er lagret når noe skal lukkes

ed-unsaved-close-file = Filen er ikke lukket
ed-unsaved-close-window = Vinduet er ikke lukket
ed-unsaved-open-backup = Sikkerhetskopien er ikke åpnet
ed-unsaved-restore = Kopien er ikke hentet tilbake
ed-unsaved-in-board = tavlen
ed-unsaved-in-plan = Prosjekt nærvær
ed-unsaved-in-absence = fraværstallene
ed-unsaved-in-workshop = workshopen
ed-unsaved = { $what }: noe du har skrevet i { $names } er ikke lagret (se meldingen om hvorfor). Rett det, eller lagre tavlen et annet sted med «Lagre som …», og prøv igjen.

## Sikkerhetskopier

ed-backup-damaged = (skadet)
ed-backup-look = Åpne for å se
ed-backup-restore = Hent tilbake
ed-backup-restore-confirm = Ja, hent tilbake (filen slik den er nå, tas vare på)
ed-backup-restored = Sikkerhetskopien er hentet tilbake. Filen slik den var, ligger blant sikkerhetskopiene.

## Tavlens hode (Ny tavle, Endre tavlen, Ny fra fjorårets)

ed-unit-missing = Skriv enheten tavlen gjelder, for eksempel Hjemmesykepleien.
ed-field-unit = Enhet
ed-field-year = År
ed-field-main-goal = Hovedmål
ed-field-focus = Fokus
ed-field-target = Mål
ed-header-conflict-clash = { $message } Det andre stedet skrev { $clashes }. Din tekst står i skjemaet; trykk «Lagre» for å lagre den.
ed-header-conflict-merged = { $message } Endringene derfra er tatt inn i skjemaet; trykk «Lagre» for å lagre dine sammen med dem.
ed-header-new-title = Ny tavle
ed-header-new-ok = Lag tavlen
ed-header-edit-title = Endre tavlen
ed-header-edit-ok = Lagre
ed-board-from-last-year = Ny tavle laget fra fjorårets.

## Editoren

ed-date-placeholder = dd.mm.åååå
ed-due-title = { -due }: en dato Tavle kan følge opp (dd.mm.åååå)
ed-status-select-label = Status (piltaster velger, Enter endrer)
ed-overdue-badge = Forsinket
# A choice of a row left open (Tiltakstype, Innsats): the first option of its list.
ed-choice-none = –
ed-move-up-title = Flytt opp (Alt+↑)
ed-move-up-label = Flytt raden opp
ed-move-down-title = Flytt ned (Alt+↓)
ed-move-down-label = Flytt raden ned
ed-delete-row = Slett raden
ed-status-since = siden { $date }
ed-draft-not-saved = Raden lagres når den har et mål eller et tiltak. Skriv Mål (eller Tiltak), så lagres resten også.
ed-due-kept = Lagret frist er fortsatt { $due }.
ed-due-none = Ingen frist er lagret.
ed-row-gone = Raden er slettet et annet sted. Det du skrev står fortsatt på skjermen; kopier det til en ny rad hvis du vil beholde det.
ed-row-merged = Raden ble endret et annet sted samtidig. Endringene derfra er tatt inn, og det du skrev er lagret sammen med dem.
ed-row-clash = { $message } Det andre stedet skrev { $clashes }. Din tekst står i feltet og lagres når du går videre.
ed-use-other-text = Bruk den andre teksten
ed-row-deleted = Rad slettet
ed-undo = Angre (Ctrl+Z)
ed-row-back = Raden er tilbake.
ed-status-needs-text = Skriv mål eller tiltak i raden før du setter status.
ed-status-dialog-title = Endre status til «{ $status }»
ed-status-unchanged = Status var allerede «{ $status }» på den datoen. Ingenting er endret i historikken.
ed-owner-all = Alle

## Navn på utskriftene i filnavnet som foreslås

ed-pdf-name-board = tavle
ed-pdf-name-plan = prosjekt nærvær
ed-pdf-name-workshop = innspill fra workshopen
ed-pdf-name-workshop-blank = arbeidsark
ed-pdf-name-report = årsrapport

## Historikken under status

ed-history = Historikk ({ $count })
ed-history-correct = Rett
ed-history-correct-title = Rett dato eller notat
ed-history-correct-label = Rett endringen { $date } ({ $status })
ed-history-remove = Fjern
ed-history-remove-title = Fjern endringen (ført ved en feil)
ed-history-remove-label = Fjern endringen { $date } ({ $status })
ed-history-dialog-title = Rett statusendring «{ $status }» { $date }

## Tavle startet på nytt med en fil, og «Om Tavle»

ed-launch-already-open = «{ $name }» er allerede åpen her i Tavle.
ed-launch-form-open = skjemaet «{ $title }» er åpent
ed-launch-a-form-open = et skjema er åpent
ed-launch-rows-unsaved = { $rows ->
    [one] én rad på tavla er ikke lagret (en ny rad lagres når den har mål eller tiltak)
   *[other] { $rows } rader på tavla er ikke lagret (en ny rad lagres når den har mål eller tiltak)
}
ed-launch-cards-unsaved = innspill i workshopen er skrevet, men ikke lagt til
ed-launch-review-unsaved = endringene på tiltaket i månedsgjennomgangen er ikke lagret (Ctrl+Enter lagrer)
# Begynnelsen på meldingene på skjermene om noe som ikke ble lagret («Ikke lagret: …»).
ed-launch-refused-prefix = Ikke lagret
ed-launch-refused = noe du skrev ble ikke lagret (se meldingen på skjermen)
ed-launch-ask = Tavle ble startet på nytt med filen «{ $name }». Dette på skjermen er ikke lagret:
ed-launch-open = Åpne «{ $name }»
ed-about-no-file = Ingen fil er åpen.
ed-about-backups = { $folder } (de { $kept } siste kopiene av filen)
ed-about-backups-none = I mappen «backups» ved siden av filen, når en fil er åpen.
ed-about-licence = Tavle: { $licence }-lisens. { $font }

## Slett tavle

ed-delete-board = Slett …
ed-delete-board-named = Slett tavlen { $unit } { $year } …
ed-delete-title = Slette tavlen { $unit } { $year }?
ed-delete-what = Tavlen { $unit } { $year } med { $rows ->
    [one] én rad
   *[other] { $rows } rader
}, historikken, fraværstallene, Prosjekt nærvær og innspillene slettes fra filen.
ed-delete-confirm = Slett { $unit } { $year }
ed-board-deleted = Tavlen { $unit } { $year } er slettet. En sikkerhetskopi ble tatt først.

ed-field-sector = Sektor
ed-field-staff = Antall årsverk
