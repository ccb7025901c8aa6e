# Tavle på nynorsk: import. Same nøklar som locales/nb/import.ftl (ein test passar på det).
