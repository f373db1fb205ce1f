# Energy: oil, gas, coal, pipelines, electricity, nuclear power, energy deals
# and supply. Not nuclear weapons (security).
topic energy : Energy

cue energy 0.9 : oil and gas | natural gas | gas pipeline{,s} | oil pipeline{,s} | gas supply | gas supplies | oil supply | oil supplies | energy deal{,s} | energy cooperation | energy supply | energy supplies | energy security  # top 2026-11-29 unambiguous
cue energy 0.9 : nuclear power | nuclear power plant{,s} | nuclear power station{,s} | nuclear reactor{,s} | nuclear energy | liquefied natural gas | =LNG | crude oil | oil field{,s} | oilfield{,s} | gas field{,s}  # top 2026-11-29 unambiguous
cue energy 0.8 : pipeline{,s} | crude | refinery | refineries | barrels | oil price{,s} | gas price{,s} | oil export{,s} | gas export{,s} | oil import{,s} | energy export{,s} | power plant{,s} | power station{,s} | power grid  # top 2026-11-29 specific
cue energy 0.7 : oil giant | oil company | oil companies | oil major | petroleum | gazprom | rosneft | opec plus | electricity | hydropower | coal  # top 2026-11-29 specific
cue energy 0.5 : oil | gas | energy | fuel{,s} | power supply | renewable{,s} | solar | wind farm{,s} | uranium  # top 2026-11-29 generic

# discards (longest match wins)
cue energy 0 : oil painting{,s} | oil paint | oil on canvas | olive oil | cooking oil | essential oil{,s} | castor oil | fish oil | snake oil | midnight oil | palm oil  # top 2026-11-29 not energy (palm oil is agriculture-food)
cue energy 0 : gas giant{,s} | tear gas | nerve gas | gas chamber{,s} | gas mask{,s} | gas attack{,s} | laughing gas | greenhouse gas{,es} | energy drink{,s} | energy levels | full of energy | positive energy | nuclear weapon{,s} | weapons grade uranium  # top 2026-11-29 not energy supply
cue energy 0 : fuel{,s,led,ed} speculation | fuel{,s,led,ed} tension{,s} | fuel{,s,led,ed} anger | fuel{,s,led,ed} fears | add fuel to | power struggle | uranium enrichment  # top 2026-11-29 figurative fuel; enrichment is non-proliferation

cue energy 0.7 : =OPEC | organi{s,z}ation of the petroleum exporting countries  # top 2026-11-29 OPEC's remit is oil (the phrase is also an actor alias)
cue energy 0.8 : oil output | oil production | production cuts | output cuts | crude output | gas output  # top 2026-11-29 supply decisions
cue energy 0.8 : nuclear plant{,s}  # top 2026-11-29 power plants

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue energy 0.9 : gasoducto | gazoduc | gasoduto | oleoducto | oleoduc | petroleo y gas | petrole et gaz  # top 2026-11-29
cue energy 0.5 : petroleo | petrole | gas natural | gaz naturel | energia | energie | electricidad | electricite  # top 2026-11-29 generic
