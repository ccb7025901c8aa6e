# Tavle på nynorsk: ui-board. Same nøklar som locales/nb/ui-board.ftl (ein test passar på det).
# Startskjermen, filene, tavleeditoren, historikken, meldingane og «Om Tavle»
# (ui/main.js, editor.js, timeline.js, launch.js, messages.js, api.js, nav.js).

## Felles

ed-something-wrong = Noko gjekk gale. Prøv igjen.
ed-unknown-error = Noko gjekk gale. Prøv igjen; hjelper ikkje det, start Tavle på nytt.
ed-api-unreadable = Tavle forstod ikkje svaret frå programmet. Prøv igjen; hjelper ikkje det, start Tavle på nytt.
ed-api-not-program = Tavle må startast som program, ikkje opnast i ein nettlesar.
ed-message-close = Lukk
ed-message-close-label = Lukk meldinga
ed-saving = Lagrar …
ed-saved = Lagra
ed-empty-value = (tomt)
ed-clash-item = { $label }: «{ $text }»
ed-pdf-written = PDF-en er lagra som «{ $path }» og opna i PDF-lesaren. Skriv ut derifrå.
# Det programmet føreslår som namn på ei ny fil.
ed-new-file-name = Forbetringstavler.tavle
# Blir vist i staden for standardtittelen «Forbedringstavle» som ligg i fila.
ed-board-title-default = Forbetringstavle
# Målform endra: meldinga kjem på den nye målforma.
ed-lang-changed = Tavle er no på nynorsk, også utskriftene.

## Startskjermen og filene

ed-recent-none = Ingen filer enno.
ed-recent-missing = { $name } (finst ikkje lenger)
ed-backups-button = Tryggingskopiar …
ed-open-board = Opne
ed-save-as-button = Lagre som …
ed-quit-unsaved = Lukk utan å lagre
ed-saved-as = Tavla er lagra i den nye fila, og det er ho som er open no.
ed-read-only-backup = Du ser på ein tryggingskopi ({ $name }) av «{ $file }». Han kan berre lesast.
ed-read-only-file = Fila kan berre lesast (ho er skrivebeskytta, eller du har ikkje skrivetilgang). Du kan lese, skrive ut og eksportere, men endringar blir ikkje lagra.

## Det som ikkje er lagra når noko skal lukkast

ed-unsaved-close-file = Fila er ikkje lukka
ed-unsaved-close-window = Vindauget er ikkje lukka
ed-unsaved-open-backup = Tryggingskopien er ikkje opna
ed-unsaved-restore = Kopien er ikkje henta tilbake
ed-unsaved-in-board = tavla
ed-unsaved-in-plan = Prosjekt nærvær
ed-unsaved-in-absence = fråværstala
ed-unsaved-in-workshop = workshopen
ed-unsaved = { $what }: noko du har skrive i { $names } er ikkje lagra (sjå meldinga om kvifor). Rett det, eller lagre tavla ein annan stad med «Lagre som …», og prøv igjen.

## Tryggingskopiar

ed-backup-damaged = (skadd)
ed-backup-look = Opne for å sjå
ed-backup-restore = Hent tilbake
ed-backup-restore-confirm = Ja, hent tilbake (fila slik ho er no, blir teken vare på)
ed-backup-restored = Tryggingskopien er henta tilbake. Fila slik ho var, ligg blant tryggingskopiane.

## Hovudet på tavla (Ny tavle, Endre tavla, Ny frå i fjor)

ed-unit-missing = Skriv eininga tavla gjeld, til dømes Heimesjukepleia.
ed-field-unit = Eining
ed-field-year = År
ed-field-main-goal = Hovudmål
ed-field-focus = Fokus
ed-field-target = Mål
ed-header-conflict-clash = { $message } Den andre staden skreiv { $clashes }. Teksten din står i skjemaet; trykk «Lagre» for å lagre han.
ed-header-conflict-merged = { $message } Endringane derifrå er tekne inn i skjemaet; trykk «Lagre» for å lagre dine saman med dei.
ed-header-new-title = Ny tavle
ed-header-new-ok = Lag tavla
ed-header-edit-title = Endre tavla
ed-header-edit-ok = Lagre
ed-board-from-last-year = Ny tavle laga frå tavla i fjor.

## Editoren

ed-date-placeholder = dd.mm.åååå
ed-due-title = { -due }: ein dato Tavle kan følgje opp (dd.mm.åååå)
ed-status-select-label = Status (piltastane vel, Enter endrar)
ed-overdue-badge = Forseinka
# A choice of a row left open (Tiltakstype, Innsats): the first option of its list.
ed-choice-none = –
ed-move-up-title = Flytt opp (Alt+↑)
ed-move-up-label = Flytt rada opp
ed-move-down-title = Flytt ned (Alt+↓)
ed-move-down-label = Flytt rada ned
ed-delete-row = Slett rada
ed-status-since = sidan { $date }
ed-draft-not-saved = Rada blir lagra når ho har eit mål eller eit tiltak. Skriv Mål (eller Tiltak), så blir resten lagra òg.
ed-due-kept = Lagra frist er framleis { $due }.
ed-due-none = Ingen frist er lagra.
ed-row-gone = Rada er sletta ein annan stad. Det du skreiv, står framleis på skjermen; kopier det til ei ny rad viss du vil ta vare på det.
ed-row-merged = Rada vart endra ein annan stad samtidig. Endringane derifrå er tekne inn, og det du skreiv, er lagra saman med dei.
ed-row-clash = { $message } Den andre staden skreiv { $clashes }. Teksten din står i feltet og blir lagra når du går vidare.
ed-use-other-text = Bruk den andre teksten
ed-row-deleted = Rad sletta
ed-undo = Angre (Ctrl+Z)
ed-row-back = Rada er tilbake.
ed-status-needs-text = Skriv mål eller tiltak i rada før du set status.
ed-status-dialog-title = Endre status til «{ $status }»
ed-status-unchanged = Status var allereie «{ $status }» den datoen. Ingenting er endra i historikken.
ed-owner-all = Alle

## Namn på utskriftene i filnamnet som blir føreslått

ed-pdf-name-board = tavle
ed-pdf-name-plan = prosjekt nærvær
ed-pdf-name-workshop = innspel frå workshopen
ed-pdf-name-workshop-blank = arbeidsark
ed-pdf-name-report = årsrapport

## Historikken under status

ed-history = Historikk ({ $count })
ed-history-correct = Rett
ed-history-correct-title = Rett dato eller notat
ed-history-correct-label = Rett endringa { $date } ({ $status })
ed-history-remove = Fjern
ed-history-remove-title = Fjern endringa (ført ved ein feil)
ed-history-remove-label = Fjern endringa { $date } ({ $status })
ed-history-dialog-title = Rett statusendring «{ $status }» { $date }

## Tavle starta på nytt med ei fil, og «Om Tavle»

ed-launch-already-open = «{ $name }» er allereie open her i Tavle.
ed-launch-form-open = skjemaet «{ $title }» er ope
ed-launch-a-form-open = eit skjema er ope
ed-launch-rows-unsaved = { $rows ->
    [one] éi rad på tavla er ikkje lagra (ei ny rad blir lagra når ho har mål eller tiltak)
   *[other] { $rows } rader på tavla er ikkje lagra (ei ny rad blir lagra når ho har mål eller tiltak)
}
ed-launch-cards-unsaved = innspel i workshopen er skrivne, men ikkje lagde til
ed-launch-review-unsaved = endringane på tiltaket i månadsgjennomgangen er ikkje lagra (Ctrl+Enter lagrar)
# Byrjinga på meldingane på skjermane om noko som ikkje vart lagra («Ikkje lagra: …»).
ed-launch-refused-prefix = Ikkje lagra
ed-launch-refused = noko du skreiv, vart ikkje lagra (sjå meldinga på skjermen)
ed-launch-ask = Tavle vart starta på nytt med fila «{ $name }». Dette på skjermen er ikkje lagra:
ed-launch-open = Opne «{ $name }»
ed-about-no-file = Inga fil er open.
ed-about-backups = { $folder } (dei { $kept } siste kopiane av fila)
ed-about-backups-none = I mappa «backups» ved sida av fila, når ei fil er open.
ed-about-licence = Tavle: { $licence }-lisens. { $font }

## Slett tavle

ed-delete-board = Slett …
ed-delete-board-named = Slett tavla { $unit } { $year } …
ed-delete-title = Slette tavla { $unit } { $year }?
ed-delete-what = Tavla { $unit } { $year } med { $rows ->
    [one] éi rad
   *[other] { $rows } rader
}, historikken, fråværstala, Prosjekt nærvær og innspela blir sletta frå fila.
ed-delete-confirm = Slett { $unit } { $year }
ed-board-deleted = Tavla { $unit } { $year } er sletta. Ein tryggingskopi vart teken først.

ed-field-sector = Sektor
ed-field-staff = Tal på årsverk
