# Orda for kolonnane i ei rad på tavla, skrivne éin gong. Meldingane bruker dei som
# { -owner }; overskriftene på tavleutskrifta med store bokstavar som { -owner(case: "upper") }.

-goal =
    { $case ->
        [upper] MÅL
       *[other] Mål
    }

-ideas =
    { $case ->
        [upper] IDEAR
       *[other] Idear
    }

-measure =
    { $case ->
        [upper] TILTAK
       *[other] Tiltak
    }

-owner =
    { $case ->
        [upper] ANSVAR
       *[other] Ansvar
    }

-when =
    { $case ->
        [upper] NÅR
       *[other] Når
    }

-due =
    { $case ->
        [upper] FRIST
       *[other] Frist
    }

-status =
    { $case ->
        [upper] STATUS
       *[other] Status
    }

-result =
    { $case ->
        [upper] RESULTAT
       *[other] Resultat
    }

-kind =
    { $case ->
        [upper] TILTAKSTYPE
       *[other] Tiltakstype
    }

-level =
    { $case ->
        [upper] INNSATS
       *[other] Innsats
    }
