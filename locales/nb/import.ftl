# Tavle på bokmål: import. Samme nøkler som locales/nn/import.ftl (en test passer på det).

## Excel-arbeidsboken Tavle skriver (src/xlsx)

import-xlsx-failed = Excel-filen kunne ikke lages: { $error }. Ingen fil er skrevet.
import-xlsx-sheet-absence = Fravær
import-xlsx-sheet-plan = Prosjekt nærvær
import-xlsx-sheet-inputs = Innspill
import-xlsx-col-number = Nr
import-xlsx-col-agreed-days = Avtalte dagsverk
import-xlsx-col-own-days = Egenmeldte dagsverk
import-xlsx-col-question = Spørsmål
import-xlsx-col-input = Innspill
import-xlsx-col-votes = Stemmer
import-xlsx-col-board-row = Rad på tavlen
import-xlsx-plan-december = Sykefravær i desember i fjor
import-xlsx-plan-average = Gjennomsnittlig sykefravær i fjor
import-xlsx-plan-why = Hvorfor skal vi forandre, utvikle, endre?
import-xlsx-plan-desired = Hvordan har vi det når målet er nådd?
import-xlsx-plan-target = Mål sykefravær
import-xlsx-plan-title = Prosjekt nærvær { $year } — { $unit }
import-xlsx-status-error-title = Ukjent status
import-xlsx-status-error = Velg en av de seks statusene i listen.
import-xlsx-choice-error-title = Ukjent verdi
import-xlsx-choice-error = Velg en av verdiene i listen for { $field }.
# Excels kode for bunnteksten: &L venstre, &R høyre, &D dato, &P side, &N antall sider.
import-xlsx-footer = &LSkrevet ut &D&RSide &P av &N
import-xlsx-ytd-workdays = Hittil i år = Σ tapte dagsverk / Σ avtalte dagsverk ({ $months ->
    [one] { $months } måned
   *[other] { $months } måneder
}), regnet på samme måte som i Tavle. Snittet av månedsprosentene brukes ikke.
import-xlsx-ytd-mean = Hittil i år = snittet av månedsprosentene ({ $months ->
    [one] { $months } måned
   *[other] { $months } måneder
}), fordi noen måneder bare har prosent og ikke dagsverk. Med dagsverk for alle måneder regner Tavle Σ tapte dagsverk / Σ avtalte dagsverk.
import-xlsx-ytd-none = Hittil i år: ingen fraværstall ennå. Tavle regner Σ tapte dagsverk / Σ avtalte dagsverk når dagsverkene er kjent.

## Å lese filen (src/sheet_import)

import-what-board-file = tavlefilen
import-what-sheet-file = regnearket
import-empty-file = «{ $file }» er tom (0 byte). Velg regnearket med tavlen. Ingenting er importert.
import-too-large = «{ $file }» er { $size } MB. Tavle leser filer opp til { $max } MB, og en forbedringstavle er langt mindre (700 tiltak med 2 500 tegn hver er omtrent 2 MB). Sjekk at det er riktig fil; er det et regneark med mye annet i, kopier bare tiltakene til en ny fil og importer den. Ingenting er importert.
import-too-large-input = Det som kom inn er mer enn { $max } MB. Tavle leser filer opp til { $max } MB, og en forbedringstavle er langt mindre (700 tiltak med 2 500 tegn hver er omtrent 2 MB). Sjekk at det er riktig fil. Ingenting er importert.
import-zip-parts = «{ $file }» består av { $parts } deler; et regneark har noen titalls, og Tavle leser høyst { $max }. Filen er skadet eller ikke et regneark med en tavle. Ingenting er importert.
import-zip-part-too-large = «{ $file }» ville pakke seg ut til mer enn { $max } MB i delen «{ $part }». Et regneark med en forbedringstavle er langt mindre; filen kan være laget for å lamme maskinen den åpnes på. Åpne den i Excel eller LibreOffice, kopier bare tiltakene til en ny fil og importer den. Ingenting er importert.
import-zip-total-too-large = «{ $file }» ville pakke seg ut til mer enn { $max } MB til sammen. Et regneark med en forbedringstavle er langt mindre; filen kan være laget for å lamme maskinen den åpnes på. Åpne den i Excel eller LibreOffice, kopier bare tiltakene til en ny fil og importer den. Ingenting er importert.
import-zip-ratio = «{ $file }» pakker seg ut til mer enn { $ratio } ganger sin egen størrelse i delen «{ $part }». Ekte regneark gjør ikke det; filen kan være laget for å lamme maskinen den åpnes på. Åpne den i Excel eller LibreOffice, kopier bare tiltakene til en ny fil og importer den. Ingenting er importert.
import-cell-too-long = «{ $file }»: { $place } har { $chars } tegn. Excel tillater høyst { $max } tegn i en celle, og en tavle trenger langt færre; filen er skadet eller laget for å lamme maskinen. Cellen begynner slik: «{ $start }». Ingenting er importert.
import-not-a-sheet = «{ $file }» er ikke et regneark Tavle kan lese. Velg en fil lagret fra Excel eller LibreOffice som .xlsx, .xls, .ods eller .csv. Ingenting er importert.
import-password = «{ $file }» er beskyttet med passord, og Tavle kan ikke lese den. Åpne filen i Excel, ta bort passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord, tøm feltet), lagre og prøv igjen. Ingenting er importert.
import-damaged = «{ $file }» ser ut som et regneark, men filen er skadet eller ufullstendig (kanskje avbrutt under lagring eller nedlasting). Åpne den i Excel eller LibreOffice og lagre på nytt, eller hent en ny kopi. Ingenting er importert.
import-too-many-rows-file = «{ $file }» har mer enn { $max } rader. En forbedringstavle har noen hundre tiltak; Tavle leser høyst { $max } rader. Slett rader som ikke hører til tavlen, eller kopier tiltakene til et nytt ark, og prøv igjen. Ingenting er importert.
import-too-many-rows-sheet = Arket «{ $sheet }» i «{ $file }» har mer enn { $max } rader. En forbedringstavle har noen hundre tiltak; Tavle leser høyst { $max } rader. Slett rader som ikke hører til tavlen, eller kopier tiltakene til et nytt ark, og prøv igjen. Ingenting er importert.
import-too-many-cells-file = «{ $file }» er for bred til å være en tavle: med { $place } blir det mer enn { $max } celler (regnet fra første kolonne til siste fylte celle i hver rad). En forbedringstavle har noen tusen. Slett kolonner og rader som ikke hører til tavlen, eller kopier tiltakene til en ny fil, og prøv igjen. Ingenting er importert.
import-too-many-cells-sheet = Arket «{ $sheet }» i «{ $file }» er for bredt til å være en tavle: med cellen { $cell } blir det mer enn { $max } celler (regnet fra kolonne A til siste fylte celle i hver rad). En forbedringstavle har noen tusen. Slett kolonner og rader som ikke hører til tavlen, eller kopier tiltakene til et nytt ark, og prøv igjen. Ingenting er importert.
import-office-not-sheet = «{ $file }» er en Office-fil (kanskje et Word-dokument), men ikke et regneark Tavle kan lese. Åpne den i Excel og lagre som .xlsx, og prøv igjen. Ingenting er importert.
import-not-utf8 = «{ $file }» er ikke lagret som UTF-8, men ser ut til å være Windows-1252, som eldre Excel lagrer CSV med ({ $place }). Tavle gjetter ikke på tegnsettet, så æ, ø og å ikke blir feil. Lagre filen på nytt i Excel som «CSV UTF-8 (kommadelt)», eller importer .xlsx-filen i stedet. Ingenting er importert.
import-not-utf8-line = linje { $line }
import-not-utf8-letter = { $letter } er lagret som byte { $byte }, linje { $line }
import-csv-unreadable = «{ $file }» kan ikke leses som CSV ({ $detail }). Lagre filen på nytt fra Excel som CSV, og prøv igjen. Ingenting er importert.
import-csv-error-line = feil på linje { $line }
import-csv-error-text = feil i teksten
import-place-line = linje { $line }, kolonne { $column }
import-place-cell = cellen { $cell } i arket «{ $sheet }»
import-formula-error = «{ $file }»: { $place } har formelfeilen { $error }. Tavle importerer ikke en feil som om den var tekst. Rett formelen i Excel (eller skriv inn verdien), lagre og prøv igjen. Ingenting er importert.
import-yes = Ja
import-no = Nei

## Et eget regneark

import-empty-csv = «{ $file }»: Filen er tom. Velg regnearket med tavlen (en overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-empty-sheet = «{ $file }»: Arket «{ $sheet }» er tomt. Velg regnearket med tavlen (en overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-empty-sheets = «{ $file }»: Alle arkene er tomme. Velg regnearket med tavlen (en overskriftsrad med { -goal }, { -measure }, { -owner } … og radene under). Ingenting er importert.
import-no-header = Fant ingen overskriftsrad med kolonnenavn som { -goal }, { -ideas }, { -measure }, { -owner }, { -when }?, { -status } og { -result } i «{ $file }» (Tavle ser etter dem i de første { $rows } radene; minst { -goal } eller { -measure } og ett navn til må stå på samme rad). Skriv overskriftene over kolonnene og prøv igjen. Ingenting er importert.
import-no-header-in-sheets = Fant ingen overskriftsrad med kolonnenavn som { -goal }, { -ideas }, { -measure }, { -owner }, { -when }?, { -status } og { -result } i arket { $sheets } i «{ $file }» (Tavle ser etter dem i de første { $rows } radene; minst { -goal } eller { -measure } og ett navn til må stå på samme rad). Skriv overskriftene over kolonnene og prøv igjen. Ingenting er importert.
import-merged = Arket «{ $sheet }» i «{ $file }» har { $n ->
    [one] en sammenslått celle
   *[other] { $n } sammenslåtte celler
} som Tavle ikke kan fylle ut: { $range }. En sammenslått celle i overskriftsraden, eller over flere av tabellens kolonner, hører ikke til én rad og ett felt. Opphev sammenslåingen i Excel (Hjem → Slå sammen og midtstill → Del opp celler), skriv verdien i cellen der den hører hjemme, lagre og prøv igjen. (En sammenslått celle nedover i én kolonne, som ett Mål over tre Tiltak, fylles ut på hver rad.) Ingenting er importert.
import-problem-when-no-day = ser ut som en dato, men dagen finnes ikke; teksten er beholdt i Når?, uten frist
import-problem-not-a-date = er ikke en dato (skriv dd.mm.åååå); ikke importert som frist
import-problem-due-no-day = ser ut som en dato, men dagen finnes ikke; ikke importert som frist
import-problem-number-not-date = er et tall, ikke en dato; ikke importert som frist. Formater cellen som dato i Excel
import-needs-unit = Regnearket sier ikke hvilken enhet tavlen gjelder. Oppgi enheten (på kommandolinjen: --unit "Hjemmesykepleien"). Ingenting er importert.
import-needs-year = Regnearket sier ikke hvilket år tavlen gjelder. Oppgi året (på kommandolinjen: --year 2025). Ingenting er importert.

## En arbeidsbok fra Tavle

import-not-from-tavle = «{ $file }» har et skjult ark «{ $sheet }», men det er ikke fra Tavle (format «{ $format }»). Ingenting er importert.
import-too-new = «{ $file }» er laget med en nyere versjon av Tavle (filversjon { $version }, denne versjonen forstår opp til { $supported }). Oppdater Tavle for å importere den. Ingenting er importert.
import-tavle-sheet-missing = «{ $file }» er fra Tavle, men arket «{ $sheet }» mangler. Ingenting er importert.
import-tavle-header-changed = «{ $file }» er fra Tavle, men overskriftene i arket «{ $sheet }» er endret så Tavle ikke finner Mål og Tiltak. Ingenting er importert.
import-problem-unknown-question = er ikke ett av de tre spørsmålene fra workshopen; innspillet er ikke importert
import-changed-in-excel = Endret i Excel

## Rapporten før importen (tavle import --preview)

import-kind-tavle = arbeidsbok fra Tavle, leses tilbake nøyaktig
import-kind-sheet = eget regneark
import-report-from = Import fra «{ $file }» ({ $kind })
import-report-sheet = Ark: «{ $sheet }», overskrifter på rad { $row }
import-report-unit-missing = (mangler — oppgi --unit)
import-report-year-missing = (mangler — oppgi --year)
import-report-unit-year = Enhet: { $unit }    År: { $year }
import-report-columns = Kolonner: { $columns }
import-report-ignored = Ukjente kolonner, ikke importert: { $columns }
import-report-rows = Rader: { $n }
import-report-absence-months = fraværsmåneder: { $n }
import-report-milestones = delmål: { $n }
import-report-inputs = innspill: { $n }
import-report-skipped = Hoppet over (verken { -goal } eller { -measure }): rad { $rows }
import-report-problems-none = Celler som ikke kunne leses: ingen
import-report-problems = Celler som ikke kunne leses ({ $n }):
import-report-problem = { $sheet } rad { $row }, kolonne { $column }: «{ $value }» { $message }
import-report-due = frist { $date }

## Kolonner og statusord Tavle ikke kjenner, og sammenslåtte celler

import-sheet-not-found = Fant ikke arket «{ $sheet }» i «{ $file }». Arkene er: { $sheets }. Ingenting er importert.
import-mapping-form = { $option } «{ $text }» skal skrives som «Overskrift=Felt», for eksempel { $option } "Hva skal vi gjøre=Tiltak".
import-mapping-unknown-field = «{ $field }» (for kolonnen «{ $column }») er ikke et felt på tavlen. Velg et av: { $fields }, eller - for å la kolonnen være ute.
import-mapping-unknown-status = «{ $status }» (for statusordet «{ $word }») er ikke en av de seks statusene. Velg en av: { $statuses }.
import-unknown-column = kolonne { $column } «{ $header }», første verdier: { $values }
import-unknown-column-no-header = kolonne { $column } (uten overskrift), første verdier: { $values }
import-unknown-columns = «{ $file }» har { $n ->
    [one] en kolonne
   *[other] { $n } kolonner
} med innhold som Tavle ikke vet hvilket felt skal få:
    { $columns }
    Tavle hopper ikke over innhold uten å si fra. Si hvilket felt kolonnen skal fylle, for eksempel --column "{ $example }=Tiltak" (feltene: { $fields }), eller --column "{ $example }=-" for å la den være ute. I Tavle-appen velger du feltet i forhåndsvisningen. Ingenting er importert.
import-unknown-status-word = «{ $word }» i { $cells }
import-unknown-statuses = «{ $file }» har { $n ->
    [one] et statusord
   *[other] { $n } statusord
} som ikke er en av de seks statusene:
    { $words }
    Tavle gjetter ikke på status. Si hva ordet betyr, for eksempel --status "{ $example }=Pågår" (statusene: { $statuses }). I Tavle-appen velger du statusen i forhåndsvisningen. Ingenting er importert.
import-unknown-choice = «{ $file }», { $place }: { $problem } Tavle gjetter ikke. Ingenting er importert.

## Hvor importen havner

import-board-exists = Filen har allerede en tavle for { $unit } { $year } (id { $board }), og regnearket er ikke eksportert fra den. Tavle lager ikke en tavle til for samme enhet og år uten å spørre. Vil du ha en egen kopi, legg til --as-new. Vil du erstatte den gamle, slett den først: tavle delete FIL --board { $board }. Ingenting er importert.
import-report-target-new = Blir en ny tavle.
import-report-target-update = Oppdaterer tavlen { $unit } { $year } (id { $board }) som arbeidsboken ble eksportert fra: { $changed } endret, { $added } nye, { $missing } finnes ikke lenger i arket.
import-report-missing-kept = Radene som ikke lenger er i arket, beholdes (--remove-missing fjerner dem).
import-report-missing-removed = Radene som ikke lenger er i arket, fjernes.
import-report-target-exists = Filen har allerede en tavle for { $unit } { $year } (id { $board }).
import-report-sheets-read = Ark lest: { $sheets }
import-report-sheets-left = Ark ikke lest: { $sheets }

# Et ukenummer i Frist-kolonnen blir stående i Når?.
import-week = uke { $n }
import-problem-two-years = tittelen har to år ({ $years }); tavlen får år { $year }. Gjelder den et annet år, importer med --year { $other }.
