# Tavle på nynorsk: exchange. Same nøklar som locales/nb/exchange.ftl (ein test passar på det).
