# Tavle på nynorsk: rollup. Same nøklar som locales/nb/rollup.ftl (ein test passar på det).

## Oversikta som tekst, CSV og Excel (kolonnene som i utskrifta står i tavle.ftl: rollup-col-*)

rollup-text-title = Oversikt over einingar { $year } – { $n } { $n ->
        [one] eining
       *[other] einingar
    }
rollup-skipped-heading = Hoppa over ({ $n }):
rollup-skipped-list = Hoppa over:
rollup-hidden = skjult
rollup-col-year = År
rollup-csv-ytd = Sjukefråvær hittil i år (%)
rollup-csv-target = Mål (%)
rollup-csv-gap = Avstand (prosentpoeng)
rollup-csv-presence = Nærvær (%)
rollup-csv-last-3 = Siste 3 månader
rollup-csv-missing = Manglar månader
rollup-csv-file = Fil
rollup-sheet-overview = Oversikt
rollup-sheet-skipped = Hoppa over
rollup-sheet-why = Kvifor
rollup-csv-failed = Kunne ikkje skrive CSV: { $error }
rollup-xlsx-failed = Kunne ikkje lage Excel-fila: { $error }

## Linja til ei eining

rollup-basis-days = dagsverk
rollup-basis-masked = under { $fte } årsverk
rollup-basis-weighted = vekta med avtalte dagsverk
rollup-missing-all = alle
rollup-milestones-of = { $reached } av { $total }

## Lese mappa

rollup-duplicate = to tavler for same eining og år: «{ $unit }» { $year } finst òg i { $others }. Ingen av dei er med; fjern den som er feil.
rollup-nothing-read = Fann ingen Tavle-filer som kunne lesast i { $places }. Sjekk at mappa er den de deler, og at leiarane har delt tavlene sine (Del med HR).
rollup-reason-not-tavle = ikkje ei Tavle-fil ({ $detail })
rollup-reason-damaged = skadd ({ $detail })
rollup-reason-too-new = laga med ein nyare Tavle (filversjon { $found }, denne forstår opp til { $supported }); oppdater Tavle
rollup-reason-missing = finst ikkje
rollup-reason-sqlite = skadd (SQLite: { $error })
rollup-reason-no-boards = fila har ingen tavler
rollup-reason-folder = mappa kunne ikkje lesast ({ $error })

## Sortering

rollup-unknown-sort = Ukjend kolonne «{ $name }» å sortere etter. Bruk eining, fråvær, mål, avstand, nærvær, retning, manglar, tiltak, forseinka, delmål eller endra.

rollup-funnel-over = høgare enn tilfeldig variasjon
rollup-funnel-under = lågare enn tilfeldig variasjon
rollup-funnel-within = innanfor
rollup-csv-lower998 = Nedre 99,8 %-grense (%)
rollup-csv-upper998 = Øvre 99,8 %-grense (%)
rollup-csv-flag = Trakt (99,8 %)
rollup-col-funnel = Trakt
rollup-kinds-title = Tiltak etter type og innsats
rollup-note-funnel = Trakt: einingar utanfor 99,8 %-grensa rundt { $centre } for storleiken sin er «høgare» eller «lågare enn tilfeldig variasjon», dei andre «innanfor»; grensene p̄ ± 3,09·√(φ·p̄(1 − p̄)/n) med n = avtalte dagsverk og overspreiing φ = { $phi } (Spiegelhalter 2005).
rollup-funnel-point = { $unit }: { $pct }, { $days } avtalte dagsverk — { $flag }
rollup-funnel-reading = Kvar prikk er ei eining: di fleire avtalte dagsverk, di lenger til høgre og di større prikk. Den midtarste linja er fråværet for alle einingane samla ({ $centre }). Små einingar svingar mest av tilfeldige grunnar, difor er trakta vid til venstre. Innanfor den ytre trakta (99,8 %) kan skilnaden frå midtlinja vere tilfeldig; berre einingar utanfor ho er merkte og namngitte.
rollup-funnel-phi-wide = φ = { $phi }: einingane spriker meir enn tilfeldigheit åleine gir, så grensene er gjorde { $widen } gonger så vide.
rollup-funnel-phi-one = φ = 1: einingane spriker ikkje meir enn tilfeldigheit åleine gir, så grensene er ikkje gjorde vidare.
rollup-funnel-summary = Traktdiagram over { $n } { $n ->
        [one] eining
       *[other] einingar
    } etter storleik, midtlinje { $centre }. Høgare enn tilfeldig variasjon: { $over }. Lågare enn tilfeldig variasjon: { $under }.
rollup-funnel-nobody = ingen

rollup-basis-masked-given = under { $fte } årsverk (gitt på tavla)
rollup-basis-masked-estimated = under { $fte } årsverk (rekna utan { $months })
rollup-same-board-twice = to delingar av same tavla («{ $unit }»): «{ $file }» er eldre enn «{ $newest }», som er med (éin gong). Fjern den eldre frå mappa.
rollup-no-unit-found = Ingen einingar å vise for { $year }{ $asked }. Åra i mappa: { $years }. Sjekk utvalet, eller vel eit anna år med --year.
rollup-asked-filter = { " " }med «{ $filter }» i namnet
rollup-asked-sector = { " " }i sektoren «{ $sector }»
rollup-sector-line = Sektor { $sector }
rollup-sector-none = Utan sektor
rollup-note-sector = Sektor: berre einingane i «{ $sector }».
rollup-note-sectors = Sektorlinjene er Σ tapte / Σ avtalte dagsverk for einingane i sektoren, som totalen; sektoren er den på tavla, elles namnet på undermappa ho er delt i.
