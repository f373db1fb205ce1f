# Migration and refugees: refugees, asylum, labour migration, visas,
# deportation. Not tourism.
topic migration : Migration and refugees

cue migration 0.9 : refugee{,s} | asylum | asylum seeker{,s} | labo{u,}r migration | migrant worker{,s} | deport{,s,ed,ing,ation,ations} | deportee{,s} | visa free | visa waiver | work visa{,s} | travel ban{,s} | border patrol{,s} | illegal immigration | people smuggling | human trafficking  # top 2026-11-29 unambiguous
cue migration 0.8 : migrant{,s} | migration | immigration | immigrant{,s} | emigration | emigrant{,s} | visa{,s} | resettle{,d,ment} | displaced | border crossing{,s} | repatriat{e,ed,ion}  # top 2026-11-29 specific
cue migration 0.4 : citizenship | residency | expatriate{,s} | diaspora  # top 2026-11-29 generic

# discards
cue migration 0 : refugee camp concert | =Visa card | visa card{,s} | bird migration | data migration | border collie{,s} | borders on | bordering on  # top 2026-11-29 other senses

cue migration 0.9 : border wall | border fence | border barrier  # top 2026-11-29 barriers against migration

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue migration 0.9 : asilo | asile | refugiados | refugies | solicitantes de asilo | demandeurs d asile | inmigracion ilegal | immigration illegale | imigracao ilegal | deportacion | expulsion de migrants  # top 2026-11-29
cue migration 0.8 : migrantes | migrants | inmigracion | immigration | imigracao | inmigrantes | immigres | imigrantes | visado{,s} | visa{,s} de trabajo  # top 2026-11-29
