# Tavle på nynorsk: ui-board. Same nøklar som locales/nb/ui-board.ftl (ein test passar på det).
