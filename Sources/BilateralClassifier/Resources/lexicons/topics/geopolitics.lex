# Strategic alignment: alliances and blocs, strategic partnership or
# rivalry, balance of power, spheres of influence, a power's "pivot" or
# ambitions. Not a single visit (diplomacy).
topic geopolitics : Strategic alignment

cue geopolitics 0.9 : strategic partnership | strategic partner{,s} | balance of power | sphere{,s} of influence | strategic rivalry | strategic competition | great power rivalry | pivot to asia | rebalance to asia | multipolar world | new cold war | geopolitical | geo political | geopolitics  # top 2026-11-29 unambiguous
cue geopolitics 0.8 : alliance{,s} | military alliance | superpower{,s} | great power{,s} | hegemony | hegemon | containment | strategic interests | strategic calculations | economic defen{c,s}e axis | shift of focus | cold war | sphere of interest  # top 2026-11-29 specific
cue geopolitics 0.6 : allies | ally | allied | bloc{,s} | rivalry | rival{,s} | axis | rebalanc{e,ing} | pivot | ambition{,s} | grand ambition | counterweight | influence in | dominance | multipolar | multipolarity | strategic  # top 2026-11-29 generic
cue geopolitics 0.3 : influence | power{,s} | common stance | global issues | world order  # top 2026-11-29 very generic

# discards
cue geopolitics 0 : under the influence | influencer{,s} | power cut{,s} | power outage{,s} | power station{,s} | power plant{,s} | power supply | power grid | powers of attorney | political rival{,s} | rival party | rival parties | rival candidate{,s} | rival club{,s} | rival team{,s}  # top 2026-11-29 domestic rivalry and electric power

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue geopolitics 0.9 : asociacion estrategica | partenariat strategique | parceria estrategica | geopolitica | geopolitique | esfera de influencia | sphere d influence  # top 2026-11-29
cue geopolitics 0.6 : aliado{,s} | allie{,s} | alianza | alianca | rival{,es} | superpotencia | superpuissance  # top 2026-11-29 generic
