# Tavle på nynorsk: cli. Same nøklar som locales/nb/cli.ftl (ein test passar på det).
