# Tavle på bokmål: ui-workshop. Samme nøkler som locales/nn/ui-workshop.ftl (en test passer på det).
