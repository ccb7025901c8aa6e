# Tavle på bokmål: cli. Samme nøkler som locales/nn/cli.ftl (en test passer på det).
