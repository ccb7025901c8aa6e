# Tavle på bokmål: exchange. Samme nøkler som locales/nn/exchange.ftl (en test passer på det).
