# Tavle på bokmål: store. Samme nøkler som locales/nn/store.ftl (en test passer på det).
