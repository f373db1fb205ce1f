# Territorial and border disputes: competing claims to islands, land,
# borders, maritime zones and airspace; sovereignty disputes.
# Not migration across a border.
topic territorial-dispute : Territorial and border disputes

cue territorial-dispute 0.9 : territorial dispute{,s} | territorial claim{,s} | border dispute{,s} | maritime dispute{,s} | sovereignty dispute{,s} | disputed island{,s} | disputed islet{,s} | disputed territor{y,ies} | disputed border | island dispute  # top 2026-11-29 unambiguous
cue territorial-dispute 0.9 : claim of sovereignty | claims of sovereignty | sovereignty over | nine dash line | air defen{c,s}e identification zone | annex{,ed,es,ing} | annexation | territorial integrity  # top 2026-11-29 specific
cue territorial-dispute 0.7 : maritime claim{,s} | maritime boundar{y,ies} | disputed waters | territorial waters | line of actual control | demarcation | border demarcation | sovereignty | reclaimed land | artificial island{,s}  # top 2026-11-29
cue territorial-dispute 0.4 : disputed | claim{,s} to | contested | exclusive economic zone{,s} | south china sea | east china sea | islands | island chain  # top 2026-11-29 generic; the territory lines of actors/ tie them to pairs

# discards
cue territorial-dispute 0 : disputed election | disputed result{,s} | disputed claim{,s} | sovereignty of parliament | consumer sovereignty | data sovereignty  # top 2026-11-29 not territory

cue territorial-dispute 0.5 : claimed by | shoal{,s} | reef{,s} | atoll{,s} | islet{,s} | disputed shoal  # top 2026-11-29 features of maritime claims; weak alone

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue territorial-dispute 0.9 : anexion | annexion | anexacao | disputa territorial | differend territorial | disputa fronteriza | conflit frontalier | soberania sobre | souverainete sur  # top 2026-11-29
cue territorial-dispute 0.5 : soberania | souverainete | territorio disputado | territoire dispute  # top 2026-11-29
