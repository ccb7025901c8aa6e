# Tavle på nynorsk: core. Same nøklar som locales/nb/core.ftl (ein test passar på det).
