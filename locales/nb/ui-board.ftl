# Tavle på bokmål: ui-board. Samme nøkler som locales/nn/ui-board.ftl (en test passer på det).
