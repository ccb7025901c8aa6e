# Tavle på nynorsk: rollup. Same nøklar som locales/nb/rollup.ftl (ein test passar på det).
