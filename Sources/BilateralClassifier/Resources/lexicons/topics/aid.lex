# Aid and development: humanitarian and development aid, grants, disaster
# relief, debt relief. Not commercial loans.
topic aid : Aid and development

cue aid 0.9 : humanitarian aid | foreign aid | development aid | development assistance | humanitarian assistance | disaster relief | debt relief | food aid | emergency aid | relief supplies | relief goods | aid package | aid convoy{,s} | grant aid | official development assistance  # top 2026-11-29 unambiguous
cue aid 0.7 : aid | donor{,s} | donor countries | humanitarian | relief effort{,s} | aid agenc{y,ies} | aid worker{,s} | usaid | world food programme | unicef | unhcr  # top 2026-11-29
cue aid 0.4 : donat{e,ed,es,ing,ion,ions} | grant{,s} | pledge{,d,s} | assistance | development projects  # top 2026-11-29 generic

# discards
cue aid 0 : hearing aid{,s} | first aid | legal aid | aid and abet | aided and abetted | visual aid{,s} | teaching aid{,s} | band aid | military aid | military assistance | security assistance | technical assistance  # top 2026-11-29 other senses; military aid is defense-cooperation
cue aid 0 : granted | grant{,s,ed} bail | grant{,s,ed} asylum | organ donation{,s} | blood donation{,s} | campaign donation{,s} | political donation{,s}  # top 2026-11-29 other senses

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue aid 0.9 : ayuda humanitaria | aide humanitaire | ajuda humanitaria | ayuda al desarrollo | aide au developpement | ajuda ao desenvolvimento | cooperacion al desarrollo  # top 2026-11-29
cue aid 0.5 : ayuda | ajuda | donacion{,es} | don{,s} humanitaire{,s} | doacao  # top 2026-11-29 generic
