# Tavle på nynorsk: import. Same nøklar som locales/nb/import.ftl (ein test passar på det).

## Excel-arbeidsboka Tavle skriv (src/xlsx)

import-xlsx-failed = Excel-fila kunne ikkje lagast: { $error }. Inga fil er skriven.
import-xlsx-sheet-absence = Fråvær
import-xlsx-sheet-plan = Prosjekt nærvær
import-xlsx-sheet-inputs = Innspel
import-xlsx-col-number = Nr
import-xlsx-col-agreed-days = Avtalte dagsverk
import-xlsx-col-own-days = Eigenmelde dagsverk
import-xlsx-col-question = Spørsmål
import-xlsx-col-input = Innspel
import-xlsx-col-votes = Stemmer
import-xlsx-col-board-row = Rad på tavla
import-xlsx-plan-december = Sjukefråvær i desember i fjor
import-xlsx-plan-average = Gjennomsnittleg sjukefråvær i fjor
import-xlsx-plan-why = Kvifor skal vi forandre, utvikle, endre?
import-xlsx-plan-desired = Korleis har vi det når målet er nådd?
import-xlsx-plan-target = Mål sjukefråvær
import-xlsx-plan-title = Prosjekt nærvær { $year } — { $unit }
import-xlsx-status-error-title = Ukjend status
import-xlsx-status-error = Vel ein av dei seks statusane i lista.
import-xlsx-choice-error-title = Ukjend verdi
import-xlsx-choice-error = Vel ein av verdiane i lista for { $field }.
# Excel si kode for botnteksten: &L venstre, &R høgre, &D dato, &P side, &N tal på sider.
import-xlsx-footer = &LSkrive ut &D&RSide &P av &N
import-xlsx-ytd-workdays = Hittil i år = Σ tapte dagsverk / Σ avtalte dagsverk ({ $months ->
    [one] { $months } månad
   *[other] { $months } månader
}), rekna på same måte som i Tavle. Snittet av månadsprosentane blir ikkje brukt.
import-xlsx-ytd-mean = Hittil i år = snittet av månadsprosentane ({ $months ->
    [one] { $months } månad
   *[other] { $months } månader
}), fordi nokre månader berre har prosent og ikkje dagsverk. Med dagsverk for alle månader reknar Tavle Σ tapte dagsverk / Σ avtalte dagsverk.
import-xlsx-ytd-none = Hittil i år: ingen fråværstal enno. Tavle reknar Σ tapte dagsverk / Σ avtalte dagsverk når dagsverka er kjende.

## Å lese fila (src/sheet_import)

import-what-board-file = tavlefila
import-what-sheet-file = reknearket
import-empty-file = «{ $file }» er tom (0 byte). Vel reknearket med tavla. Ingenting er importert.
import-too-large = «{ $file }» er { $size } MB. Tavle les filer opp til { $max } MB, og ei forbetringstavle er langt mindre (700 tiltak med 2 500 teikn kvar er omtrent 2 MB). Sjekk at det er rett fil; er det eit rekneark med mykje anna i, kopier berre tiltaka til ei ny fil og importer ho. Ingenting er importert.
import-too-large-input = Det som kom inn, er meir enn { $max } MB. Tavle les filer opp til { $max } MB, og ei forbetringstavle er langt mindre (700 tiltak med 2 500 teikn kvar er omtrent 2 MB). Sjekk at det er rett fil. Ingenting er importert.
import-zip-parts = «{ $file }» består av { $parts } delar; eit rekneark har nokre titals, og Tavle les høgst { $max }. Fila er skadd eller ikkje eit rekneark med ei tavle. Ingenting er importert.
import-zip-part-too-large = «{ $file }» ville pakke seg ut til meir enn { $max } MB i delen «{ $part }». Eit rekneark med ei forbetringstavle er langt mindre; fila kan vere laga for å lamme maskina ho blir opna på. Opne ho i Excel eller LibreOffice, kopier berre tiltaka til ei ny fil og importer ho. Ingenting er importert.
import-zip-total-too-large = «{ $file }» ville pakke seg ut til meir enn { $max } MB til saman. Eit rekneark med ei forbetringstavle er langt mindre; fila kan vere laga for å lamme maskina ho blir opna på. Opne ho i Excel eller LibreOffice, kopier berre tiltaka til ei ny fil og importer ho. Ingenting er importert.
import-zip-ratio = «{ $file }» pakkar seg ut til meir enn { $ratio } gonger sin eigen storleik i delen «{ $part }». Ekte rekneark gjer ikkje det; fila kan vere laga for å lamme maskina ho blir opna på. Opne ho i Excel eller LibreOffice, kopier berre tiltaka til ei ny fil og importer ho. Ingenting er importert.
import-cell-too-long = «{ $file }»: { $place } har { $chars } teikn. Excel tillèt høgst { $max } teikn i ei celle, og ei tavle treng langt færre; fila er skadd eller laga for å lamme maskina. Cella byrjar slik: «{ $start }». Ingenting er importert.
import-not-a-sheet = «{ $file }» er ikkje eit rekneark Tavle kan lese. Vel ei fil lagra frå Excel eller LibreOffice som .xlsx, .xls, .ods eller .csv. Ingenting er importert.
import-password = «{ $file }» er verna med passord, og Tavle kan ikkje lese ho. Opne fila i Excel, ta bort passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord, tøm feltet), lagre og prøv igjen. Ingenting er importert.
import-damaged = «{ $file }» ser ut som eit rekneark, men fila er skadd eller ufullstendig (kanskje avbroten under lagring eller nedlasting). Opne ho i Excel eller LibreOffice og lagre på nytt, eller hent ein ny kopi. Ingenting er importert.
import-too-many-rows-file = «{ $file }» har meir enn { $max } rader. Ei forbetringstavle har nokre hundre tiltak; Tavle les høgst { $max } rader. Slett rader som ikkje høyrer til tavla, eller kopier tiltaka til eit nytt ark, og prøv igjen. Ingenting er importert.
import-too-many-rows-sheet = Arket «{ $sheet }» i «{ $file }» har meir enn { $max } rader. Ei forbetringstavle har nokre hundre tiltak; Tavle les høgst { $max } rader. Slett rader som ikkje høyrer til tavla, eller kopier tiltaka til eit nytt ark, og prøv igjen. Ingenting er importert.
import-too-many-cells-file = «{ $file }» er for brei til å vere ei tavle: med { $place } blir det meir enn { $max } celler (rekna frå første kolonne til siste fylte celle i kvar rad). Ei forbetringstavle har nokre tusen. Slett kolonnar og rader som ikkje høyrer til tavla, eller kopier tiltaka til ei ny fil, og prøv igjen. Ingenting er importert.
import-too-many-cells-sheet = Arket «{ $sheet }» i «{ $file }» er for breitt til å vere ei tavle: med cellen { $cell } blir det meir enn { $max } celler (rekna frå kolonne A til siste fylte celle i kvar rad). Ei forbetringstavle har nokre tusen. Slett kolonnar og rader som ikkje høyrer til tavla, eller kopier tiltaka til eit nytt ark, og prøv igjen. Ingenting er importert.
import-office-not-sheet = «{ $file }» er ei Office-fil (kanskje eit Word-dokument), men ikkje eit rekneark Tavle kan lese. Opne ho i Excel og lagre som .xlsx, og prøv igjen. Ingenting er importert.
import-not-utf8 = «{ $file }» er ikkje lagra som UTF-8, men ser ut til å vere Windows-1252, som eldre Excel lagrar CSV med ({ $place }). Tavle gjettar ikkje på teiknsettet, så æ, ø og å ikkje blir feil. Lagre fila på nytt i Excel som «CSV UTF-8 (kommadelt)», eller importer .xlsx-fila i staden. Ingenting er importert.
import-not-utf8-line = linje { $line }
import-not-utf8-letter = { $letter } er lagra som byte { $byte }, linje { $line }
import-csv-unreadable = «{ $file }» kan ikkje lesast som CSV ({ $detail }). Lagre fila på nytt frå Excel som CSV, og prøv igjen. Ingenting er importert.
import-csv-error-line = feil på linje { $line }
import-csv-error-text = feil i teksten
import-place-line = linje { $line }, kolonne { $column }
import-place-cell = cella { $cell } i arket «{ $sheet }»
import-formula-error = «{ $file }»: { $place } har formelfeilen { $error }. Tavle importerer ikkje ein feil som om han var tekst. Rett formelen i Excel (eller skriv inn verdien), lagre og prøv igjen. Ingenting er importert.
import-yes = Ja
import-no = Nei

## Eit eige rekneark

import-empty-csv = «{ $file }»: Fila er tom. Vel reknearket med tavla (ei overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-empty-sheet = «{ $file }»: Arket «{ $sheet }» er tomt. Vel reknearket med tavla (ei overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-empty-sheets = «{ $file }»: Alle arka er tomme. Vel reknearket med tavla (ei overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-no-header = Fann inga overskriftsrad med kolonnenamn som { -goal }, { -ideas }, { -measure }, { -owner }, { -when }?, { -status } og { -result } i «{ $file }» (Tavle ser etter dei i dei første { $rows } radene; minst { -goal } eller { -measure } og eitt namn til må stå på same rad). Skriv overskriftene over kolonnane og prøv igjen. Ingenting er importert.
import-no-header-in-sheets = Fann inga overskriftsrad med kolonnenamn som { -goal }, { -ideas }, { -measure }, { -owner }, { -when }?, { -status } og { -result } i arket { $sheets } i «{ $file }» (Tavle ser etter dei i dei første { $rows } radene; minst { -goal } eller { -measure } og eitt namn til må stå på same rad). Skriv overskriftene over kolonnane og prøv igjen. Ingenting er importert.
import-merged = Arket «{ $sheet }» i «{ $file }» har { $n ->
    [one] ei samanslått celle
   *[other] { $n } samanslåtte celler
} som Tavle ikkje kan fylle ut: { $range }. Ei samanslått celle i overskriftsrada, eller over fleire av kolonnane i tabellen, høyrer ikkje til éi rad og eitt felt. Opphev samanslåinga i Excel (Heim → Slå saman og midtstill → Del opp celler), skriv verdien i cella der han høyrer heime, lagre og prøv igjen. (Ei samanslått celle nedover i éin kolonne, som eitt Mål over tre Tiltak, blir fylt ut på kvar rad.) Ingenting er importert.
import-problem-when-no-day = ser ut som ein dato, men dagen finst ikkje; teksten er halden på i Når?, utan frist
import-problem-not-a-date = er ikkje ein dato (skriv dd.mm.åååå); ikkje importert som frist
import-problem-due-no-day = ser ut som ein dato, men dagen finst ikkje; ikkje importert som frist
import-problem-number-not-date = er eit tal, ikkje ein dato; ikkje importert som frist. Formater cella som dato i Excel
import-needs-unit = Reknearket seier ikkje kva for eining tavla gjeld. Oppgi eininga (på kommandolinja: --unit "Heimesjukepleia"). Ingenting er importert.
import-needs-year = Reknearket seier ikkje kva for år tavla gjeld. Oppgi året (på kommandolinja: --year 2025). Ingenting er importert.

## Ei arbeidsbok frå Tavle

import-not-from-tavle = «{ $file }» har eit skjult ark «{ $sheet }», men det er ikkje frå Tavle (format «{ $format }»). Ingenting er importert.
import-too-new = «{ $file }» er laga med ein nyare versjon av Tavle (filversjon { $version }, denne versjonen forstår opp til { $supported }). Oppdater Tavle for å importere ho. Ingenting er importert.
import-tavle-sheet-missing = «{ $file }» er frå Tavle, men arket «{ $sheet }» manglar. Ingenting er importert.
import-tavle-header-changed = «{ $file }» er frå Tavle, men overskriftene i arket «{ $sheet }» er endra så Tavle ikkje finn Mål og Tiltak. Ingenting er importert.
import-problem-unknown-question = er ikkje eitt av dei tre spørsmåla frå workshopen; innspelet er ikkje importert
import-changed-in-excel = Endra i Excel

## Rapporten før importen (tavle import --preview)

import-kind-tavle = arbeidsbok frå Tavle, blir lesen tilbake nøyaktig
import-kind-sheet = eige rekneark
import-report-from = Import frå «{ $file }» ({ $kind })
import-report-sheet = Ark: «{ $sheet }», overskrifter på rad { $row }
import-report-unit-missing = (manglar — oppgi --unit)
import-report-year-missing = (manglar — oppgi --year)
import-report-unit-year = Eining: { $unit }    År: { $year }
import-report-columns = Kolonnar: { $columns }
import-report-ignored = Ukjende kolonnar, ikkje importerte: { $columns }
import-report-rows = Rader: { $n }
import-report-absence-months = fråværsmånader: { $n }
import-report-milestones = delmål: { $n }
import-report-inputs = innspel: { $n }
import-report-skipped = Hoppa over (verken { -goal } eller { -measure }): rad { $rows }
import-report-problems-none = Celler som ikkje kunne lesast: ingen
import-report-problems = Celler som ikkje kunne lesast ({ $n }):
import-report-problem = { $sheet } rad { $row }, kolonne { $column }: «{ $value }» { $message }
import-report-due = frist { $date }

## Kolonnar og statusord Tavle ikkje kjenner, og samanslåtte celler

import-sheet-not-found = Fann ikkje arket «{ $sheet }» i «{ $file }». Arka er: { $sheets }. Ingenting er importert.
import-mapping-form = { $option } «{ $text }» skal skrivast som «Overskrift=Felt», til dømes { $option } "Hva skal vi gjøre=Tiltak".
import-mapping-unknown-field = «{ $field }» (for kolonnen «{ $column }») er ikkje eit felt på tavla. Vel eitt av: { $fields }, eller - for å la kolonnen vere ute.
import-mapping-unknown-status = «{ $status }» (for statusordet «{ $word }») er ikkje ein av dei seks statusane. Vel ein av: { $statuses }.
import-unknown-column = kolonne { $column } «{ $header }», første verdiar: { $values }
import-unknown-column-no-header = kolonne { $column } (utan overskrift), første verdiar: { $values }
import-unknown-columns = «{ $file }» har { $n ->
    [one] ein kolonne
   *[other] { $n } kolonnar
} med innhald som Tavle ikkje veit kva for felt skal få:
    { $columns }
    Tavle hoppar ikkje over innhald utan å seie frå. Sei kva for felt kolonnen skal fylle, til dømes --column "{ $example }=Tiltak" (felta: { $fields }), eller --column "{ $example }=-" for å la han vere ute. I Tavle-appen vel du feltet i førehandsvisinga. Ingenting er importert.
import-unknown-status-word = «{ $word }» i { $cells }
import-unknown-statuses = «{ $file }» har { $n ->
    [one] eitt statusord
   *[other] { $n } statusord
} som ikkje er ein av dei seks statusane:
    { $words }
    Tavle gjettar ikkje på status. Sei kva ordet tyder, til dømes --status "{ $example }=Pågår" (statusane: { $statuses }). I Tavle-appen vel du statusen i førehandsvisinga. Ingenting er importert.
import-unknown-choice = «{ $file }», { $place }: { $problem } Tavle gjettar ikkje. Ingenting er importert.

## Kvar importen hamnar

import-board-exists = Fila har alt ei tavle for { $unit } { $year } (id { $board }), og reknearket er ikkje eksportert frå henne. Tavle lagar ikkje ei tavle til for same eining og år utan å spørje. Vil du ha ein eigen kopi, legg til --as-new. Vil du erstatte den gamle, slett henne først: tavle delete FIL --board { $board }. Ingenting er importert.
import-report-target-new = Blir ei ny tavle.
import-report-target-update = Oppdaterer tavla { $unit } { $year } (id { $board }) som arbeidsboka vart eksportert frå: { $changed } endra, { $added } nye, { $missing } finst ikkje lenger i arket.
import-report-missing-kept = Radene som ikkje lenger er i arket, blir behaldne (--remove-missing fjernar dei).
import-report-missing-removed = Radene som ikkje lenger er i arket, blir fjerna.
import-report-target-exists = Fila har alt ei tavle for { $unit } { $year } (id { $board }).
import-report-sheets-read = Ark lese: { $sheets }
import-report-sheets-left = Ark ikkje lese: { $sheets }

# Eit vekenummer i Frist-kolonna blir ståande i Når?.
import-week = veke { $n }
import-problem-two-years = tittelen har to år ({ $years }); tavla får år { $year }. Gjeld ho eit anna år, importer med --year { $other }.
