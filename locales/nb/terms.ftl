# Ordene for kolonnene i en rad på tavlen, skrevet én gang. Meldingene bruker dem som
# { -owner }; tavleutskriftens overskrifter med store bokstaver som { -owner(case: "upper") }.

-goal =
    { $case ->
        [upper] MÅL
       *[other] Mål
    }

-ideas =
    { $case ->
        [upper] IDEER
       *[other] Ideer
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
