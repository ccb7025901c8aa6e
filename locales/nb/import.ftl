# Tavle på bokmål: import. Samme nøkler som locales/nn/import.ftl (en test passer på det).
