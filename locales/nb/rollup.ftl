# Tavle på bokmål: rollup. Samme nøkler som locales/nn/rollup.ftl (en test passer på det).

## Oversikten som tekst, CSV og Excel (kolonnene som i utskriften står i tavle.ftl: rollup-col-*)

rollup-text-title = Oversikt over enheter { $year } – { $n } { $n ->
        [one] enhet
       *[other] enheter
    }
rollup-skipped-heading = Hoppet over ({ $n }):
rollup-skipped-list = Hoppet over:
rollup-hidden = skjult
rollup-col-year = År
rollup-csv-ytd = Sykefravær hittil i år (%)
rollup-csv-target = Mål (%)
rollup-csv-gap = Avstand (prosentpoeng)
rollup-csv-presence = Nærvær (%)
rollup-csv-last-3 = Siste 3 måneder
rollup-csv-missing = Mangler måneder
rollup-csv-file = Fil
rollup-sheet-overview = Oversikt
rollup-sheet-skipped = Hoppet over
rollup-sheet-why = Hvorfor
rollup-csv-failed = Kunne ikke skrive CSV: { $error }
rollup-xlsx-failed = Kunne ikke lage Excel-filen: { $error }

## En enhets linje

rollup-basis-days = dagsverk
rollup-basis-masked = under { $fte } årsverk
rollup-basis-weighted = vektet med avtalte dagsverk
rollup-missing-all = alle
rollup-milestones-of = { $reached } av { $total }

## Lese mappen

rollup-duplicate = to tavler for samme enhet og år: «{ $unit }» { $year } finnes også i { $others }. Ingen av dem er med; fjern den som er feil.
rollup-nothing-read = Fant ingen Tavle-filer som kunne leses i { $places }. Sjekk at mappen er den dere deler, og at lederne har delt tavlene sine (Del med HR).
rollup-reason-not-tavle = ikke en Tavle-fil ({ $detail })
rollup-reason-damaged = skadet ({ $detail })
rollup-reason-too-new = laget med en nyere Tavle (filversjon { $found }, denne forstår opp til { $supported }); oppdater Tavle
rollup-reason-missing = finnes ikke
rollup-reason-sqlite = skadet (SQLite: { $error })
rollup-reason-no-boards = filen har ingen tavler
rollup-reason-folder = mappen kunne ikke leses ({ $error })

## Sortering

rollup-unknown-sort = Ukjent kolonne «{ $name }» å sortere etter. Bruk enhet, fravær, mål, avstand, nærvær, retning, mangler, tiltak, forsinket, delmål eller endret.

rollup-funnel-over = høyere enn tilfeldig variasjon
rollup-funnel-under = lavere enn tilfeldig variasjon
rollup-funnel-within = innenfor
rollup-csv-lower998 = Nedre 99,8 %-grense (%)
rollup-csv-upper998 = Øvre 99,8 %-grense (%)
rollup-csv-flag = Trakt (99,8 %)
rollup-col-funnel = Trakt
rollup-kinds-title = Tiltak etter type og innsats
rollup-note-funnel = Trakt: enheter utenfor 99,8 %-grensen rundt { $centre } for sin størrelse er «høyere» eller «lavere enn tilfeldig variasjon», de andre «innenfor»; grensene p̄ ± 3,09·√(φ·p̄(1 − p̄)/n) med n = avtalte dagsverk og overspredning φ = { $phi } (Spiegelhalter 2005).
rollup-funnel-point = { $unit }: { $pct }, { $days } avtalte dagsverk — { $flag }
rollup-funnel-reading = Hver prikk er en enhet: jo flere avtalte dagsverk, jo lenger til høyre og jo større prikk. Den midterste linjen er fraværet for alle enhetene samlet ({ $centre }). Små enheter svinger mest av tilfeldige grunner, derfor er trakten vid til venstre. Innenfor den ytre trakten (99,8 %) kan forskjellen fra midtlinjen være tilfeldig; bare enheter utenfor den er merket og navngitt.
rollup-funnel-phi-wide = φ = { $phi }: enhetene spriker mer enn tilfeldighet alene gir, så grensene er gjort { $widen } ganger så vide.
rollup-funnel-phi-one = φ = 1: enhetene spriker ikke mer enn tilfeldighet alene gir, så grensene er ikke gjort videre.
rollup-funnel-summary = Traktdiagram over { $n } { $n ->
        [one] enhet
       *[other] enheter
    } etter størrelse, midtlinje { $centre }. Høyere enn tilfeldig variasjon: { $over }. Lavere enn tilfeldig variasjon: { $under }.
rollup-funnel-nobody = ingen

rollup-basis-masked-given = under { $fte } årsverk (oppgitt på tavlen)
rollup-basis-masked-estimated = under { $fte } årsverk (anslått uten { $months })
rollup-same-board-twice = to delinger av samme tavle («{ $unit }»): «{ $file }» er eldre enn «{ $newest }», som er med (én gang). Fjern den eldre fra mappen.
rollup-no-unit-found = Ingen enheter å vise for { $year }{ $asked }. Årene i mappen: { $years }. Sjekk utvalget, eller velg et annet år med --year.
rollup-asked-filter = { " " }med «{ $filter }» i navnet
rollup-asked-sector = { " " }i sektoren «{ $sector }»
rollup-sector-line = Sektor { $sector }
rollup-sector-none = Uten sektor
rollup-note-sector = Sektor: bare enhetene i «{ $sector }».
rollup-note-sectors = Sektorlinjene er Σ tapte / Σ avtalte dagsverk for enhetene i sektoren, som totalen; sektoren er den på tavlen, ellers navnet på undermappen den er delt i.
