# Tavle på bokmål: core. Samme nøkler som locales/nn/core.ftl (en test passer på det).
