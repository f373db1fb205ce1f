# Security, terrorism and intelligence: counter-terrorism, espionage,
# intelligence sharing, police and judicial cooperation, extradition,
# nuclear non-proliferation. Not war (armed-conflict).
topic security : Security, terrorism and intelligence

cue security 0.9 : counter terrorism | counterterrorism | anti terrorism | espionage | intelligence sharing | intelligence cooperation | security cooperation | police cooperation | judicial cooperation | extradit{e,ed,es,ing,ion} | mutual legal assistance  # top 2026-11-29 unambiguous
cue security 0.9 : nuclear weapon{,s} | nuclear arms | nuclear arsenal | nuclear warhead{,s} | non proliferation | nonproliferation | denucleari{s,z}ation | arms control | uranium enrichment | enriched uranium | nuclear deal | nuclear programme | nuclear program | nuclear test{,s} | chemical weapon{,s}  # top 2026-11-29 non-proliferation, not energy
cue security 0.8 : terroris{m,t,ts} | terror attack{,s} | terrorist attack{,s} | spy | spies | spying | spy ring | jihadist{,s} | extremist{,s} | ballistic missile{,s} | cyber crime | drug trafficking | money laundering  # top 2026-11-29 specific
cue security 0.5 : intelligence | extremism | radicali{s,z}ation | nuclear | missile{,s} | hostage{,s} | kidnap{,ped,ping}  # top 2026-11-29 generic
cue security 0.3 : security | spy agency | spy agencies  # top 2026-11-29 very generic; a spy agency is often only the source of a report

# discards
cue security 0 : social security | security council | food security | energy security | job security | security guard{,s} | security deposit | artificial intelligence | emotional intelligence | nuclear power | nuclear energy | nuclear reactor{,s} | nuclear family  # top 2026-11-29 other topics or senses

cue security 0.8 : assassination{,s} | assassination plot{,s} | threat{,s} to {his,her,their} life | plot to kill | security threat{,s}  # top 2026-11-29 threats to leaders
cue security 0.7 : security reasons | for security reasons  # top 2026-11-29
cue security 0 : security forces | nuclear powered | nuclear armed | nuclear plant{,s}  # top 2026-11-29 security forces in a conflict are armed-conflict, not this topic

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue security 0.9 : injerencia | ingerence | interferencia | campana de influencia | campagne d influence | campanha de influencia | espionaje | espionnage | espionagem | extradicion | extradition | extradicao | contraterrorismo | antiterrorisme | antiterrorismo | armas nucleares | armes nucleaires  # top 2026-11-29
cue security 0.7 : servicios de inteligencia | services de renseignement | servicos de inteligencia | agencias de inteligencia | agences de renseignement | terrorismo | terrorisme | terroristas | terroristes | entrometieron | entrometerse | se entrometieron  # top 2026-11-29
cue security 0.5 : inteligencia | renseignement | espias | espions | atrocidades | atrocites  # top 2026-11-29 generic
