# Tavle på bokmål: ui. Samme nøkler som locales/nn/ui.ftl (en test passer på det).
