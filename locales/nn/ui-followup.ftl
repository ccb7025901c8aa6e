# Tavle på nynorsk: ui-followup. Same nøklar som locales/nb/ui-followup.ftl (ein test passar på det).
