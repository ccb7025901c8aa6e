# Tavle på bokmål: rollup. Samme nøkler som locales/nn/rollup.ftl (en test passer på det).
