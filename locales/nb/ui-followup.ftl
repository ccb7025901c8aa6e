# Tavle på bokmål: ui-followup. Samme nøkler som locales/nn/ui-followup.ftl (en test passer på det).
