# Agriculture and food: farm production and trade in agricultural goods,
# fisheries, food security.
topic agriculture-food : Agriculture and food

cue agriculture-food 0.9 : agricultural production | agricultural cooperation | agricultural products | agricultural produce | agricultural exports | farm products | farm produce | food security | grain deal | grain exports | fisheries | fishing rights | fishing grounds | palm oil  # top 2026-11-29 unambiguous
cue agriculture-food 0.7 : agriculture | agricultural | farming | farmers | grain | wheat | soybean{,s} | soya | maize | corn | livestock | beef | pork | poultry | dairy | fishing | fishermen | crop{,s} | harvest{,s} | fertili{s,z}er{,s}  # top 2026-11-29 specific
cue agriculture-food 0.4 : food | farm{,s} | rice | seafood | fish | sugar | coffee | tea | fruit{,s} | vegetables | meat  # top 2026-11-29 generic

# discards
cue agriculture-food 0 : ^Condoleezza Rice | ^Susan Rice | fish out of water | big fish | food for thought | fast food | server farm{,s} | troll farm{,s} | wind farm{,s} | solar farm{,s} | tea party | coffee shop{,s}  # top 2026-11-29 other senses
cue agriculture-food 0.5 : salmon | shrimp | tuna | wine{,s} | olive oil | cocoa | rubber  # top 2026-11-29 traded farm and sea products

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue agriculture-food 0.8 : agricultura | agricola{,s} | agricole{,s} | pesca | peche | trigo | ble | soja | seguridad alimentaria | securite alimentaire | seguranca alimentar  # top 2026-11-29
