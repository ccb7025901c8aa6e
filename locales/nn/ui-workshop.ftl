# Tavle på nynorsk: ui-workshop. Same nøklar som locales/nb/ui-workshop.ftl (ein test passar på det).
