# Military exercises and posture: joint or hostile exercises, drills,
# deployments, bases, patrols, shows of force, incidents short of war.
# Not war and its battles (armed-conflict).
topic military-activity : Military exercises and posture

cue military-activity 0.9 : military exercise{,s} | joint exercise{,s} | naval exercise{,s} | military drill{,s} | naval drill{,s} | joint drill{,s} | war games | wargames | live fire | show of force | military buildup | military build up  # top 2026-11-29 unambiguous
cue military-activity 0.8 : military base{,s} | naval base{,s} | air base{,s} | airbase{,s} | deployment{,s} | deploy{,s,ed,ing} | troop deployment{,s} | freedom of navigation | naval patrol{,s} | warship{,s} | aircraft carrier{,s} | carrier group  # top 2026-11-29 posture
cue military-activity 0.7 : exercises | drills | missile test{,s} | missile launch{,es} | test fired | test launched | fired a missile | intercept{,s,ed} | scrambled jets | scrambled fighter{,s} | buzzed | violated {its,their} airspace | airspace violation{,s}  # top 2026-11-29 incidents short of war
cue military-activity 0.5 : patrol{,s,led,ling} | naval | fleet | troops stationed | stationed | bomber{,s} | destroyer{,s} | military presence | militari{s,z}ation | militari{s,z}e{,d}  # top 2026-11-29 generic

# discards
cue military-activity 0 : exercise class{,es} | physical exercise | exercise regime | exercise routine | exercise{,s,d} {its,their,his,her} right{,s} | exercised restraint | fire drill{,s} | drill{,s} down | oil drilling | drilling | border patrol{,s} | police patrol{,s} | highway patrol  # top 2026-11-29 not military (border patrol is migration)

cue military-activity 0.7 : fire{,s,d} a missile | fire{,s,d} {a,ballistic} missile{,s} | missile launch{,es} | ballistic missile launch{,es} | ram{,s,med,ming} | collid{e,ed} with | water cannon{,s} | near miss | dangerous manoeuvre{,s} | unsafe intercept  # top 2026-11-29 shows of force and incidents at sea and in the air
cue military-activity 0.5 : ballistic missile{,s} | coast guard | coastguard | fighter jets  # top 2026-11-29 weak alone

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue military-activity 0.9 : maniobras militares | ejercicios militares | exercices militaires | exercicios militares | despliegue{,s} | deploiement{,s} | implantacao  # top 2026-11-29
cue military-activity 0.7 : despliega{,n} | desplegar | se despliegan | deploie{,nt} | buques de guerra | navires de guerre | navios de guerra  # top 2026-11-29
cue military-activity 0.5 : amenaza | ameaca | patrulla{,s} | patrouille{,s}  # top 2026-11-29 generic
cue military-activity 0.5 : mision  # top 2026-11-29 generic (no multi-word 'mision de la OTAN': it would shadow the actor)
