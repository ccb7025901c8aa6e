# Tavle på nynorsk: store. Same nøklar som locales/nb/store.ftl (ein test passar på det).
