# Culture, tourism and people: tourism and travel, cultural years and
# exchanges, media, sport diplomacy, people-to-people ties. Not migration.
topic culture-tourism : Culture, tourism and people

cue culture-tourism 0.9 : tourism year | year of tourism | cultural year | year of culture | cultural exchange{,s} | people to people | ping pong diplomacy | panda diplomacy | sport{,s} diplomacy | cultural cooperation | tourist arrivals | tourism cooperation  # top 2026-11-29 unambiguous
cue culture-tourism 0.8 : tourism | tourist{,s} | tour group{,s} | holidaymakers | travel{,l}ers | cultural ties | film festival{,s} | art{,s} exhibition{,s}  # top 2026-11-29 specific
cue culture-tourism 0.5 : culture | cultural | travel | visitors | museum{,s} | heritage | film{,s} | concert{,s} | olympic{,s} | world cup  # top 2026-11-29 generic
cue culture-tourism 0.3 : media | journalist{,s} | press freedom  # top 2026-11-29 media: weak, news attribution is everywhere

# discards
cue culture-tourism 0 : corporate culture | political culture | work culture | culture war{,s} | cancel culture | time travel | travel ban{,s} | social media  # top 2026-11-29 other senses; travel bans are migration
