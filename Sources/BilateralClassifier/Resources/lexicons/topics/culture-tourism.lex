# Culture, tourism and people: tourism and travel, cultural years and
# exchanges, media, sport diplomacy, people-to-people ties. Not migration.
topic culture-tourism : Culture, tourism and people

cue culture-tourism 0.9 : tourism year | year of tourism | cultural year | year of culture | cultural exchange{,s} | people to people | ping pong diplomacy | panda diplomacy | sport{,s} diplomacy | cultural cooperation | tourist arrivals | tourism cooperation  # top 2026-11-29 unambiguous
cue culture-tourism 0.8 : tourism | tour group{,s} | cultural ties | film festival{,s} | art{,s} exhibition{,s}  # top 2026-11-29 specific
cue culture-tourism 0.5 : tourist{,s} | holidaymakers | travel{,l}ers | culture | cultural | travel | visitors | museum{,s} | heritage | film{,s} | concert{,s} | olympic{,s} | world cup  # top 2026-11-29 generic
cue culture-tourism 0.3 : media | journalist{,s} | press freedom  # top 2026-11-29 media: weak, news attribution is everywhere

# discards
cue culture-tourism 0 : corporate culture | political culture | work culture | culture war{,s} | cancel culture | time travel | travel ban{,s} | social media  # top 2026-11-29 other senses; travel bans are migration

# negative cues: a tourist in an accident or a crime is not tourism between countries
cue culture-tourism -0.6 : killed | died | dies | dead | injured | accident{,s} | road accident{,s} | crash{,es,ed} | drown{,ed,ing} | arrested | missing | attacked | robbed | murdered | fell  # top 2026-11-29
cue culture-tourism 0.9 : benin bronzes | looted artefacts | looted artifacts | restitution of  # top 2026-11-29 cultural heritage returned between countries ('Benin bronzes' also shadows Benin the country: they come from Benin City, Nigeria)
cue culture-tourism 0.6 : artefact{,s} | artifact{,s} | restitution | looted | cultural heritage  # top 2026-11-29

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue culture-tourism 0.8 : turismo | tourisme | turistas | touristes | intercambio cultural | echanges culturels | intercambio{,s} cultura{l,is}  # top 2026-11-29
