# Tavle på nynorsk: ui. Same nøklar som locales/nb/ui.ftl (ein test passar på det).
