# Diplomacy and visits: state and official visits, summits, talks, phone
# calls, treaties and agreements in general, recognition, ambassadors,
# statements of partnership or protest between governments.
# Generic words (visit, talks, agreement) are weak: two of them, or one
# specific phrase, are needed for the topic to pass (S >= 0.7).
topic diplomacy : Diplomacy and visits

cue diplomacy 0.9 : state visit{,s} | official visit{,s} | diplomatic relations | diplomatic ties  # top 2026-11-29 unambiguous
cue diplomacy 0.9 : summoned the ambassador | summon{s,ed} {its,the,their} ambassador | recall{s,ed} {its,the,their} ambassador  # top 2026-11-29 protest between governments
cue diplomacy 0.8 : held talks | hold talks | holds talks | bilateral talks | bilateral ties | bilateral relations | summit meeting  # top 2026-11-29 specific
cue diplomacy 0.8 : foreign trip | first foreign trip | first overseas destination | at the invitation of  # top 2026-11-29 seed: leadership visits
cue diplomacy 0.8 : lodged a protest | diplomatic protest | diplomatic row | diplomatic spat | expel{,s,led} diplomat{,s} | persona non grata  # top 2026-11-29 protest
cue diplomacy 0.7 : improve {its,their} relations | improve ties | strengthen ties | strengthen relations | mend ties | normalise relations | normalize relations | restore{,d} relations  # top 2026-11-29 statements about a relationship
cue diplomacy 0.7 : ambassador{,s} | envoy{,s} | embassy | embassies | consulate{,s} | memorandum of understanding | treaty | treaties  # top 2026-11-29 specific nouns
cue diplomacy 0.6 : phone call | telephone conversation | spoke by phone | telephone call | foreign minister{,s} | foreign secretary | secretary of state | foreign ministry  # top 2026-11-29
cue diplomacy 0.6 : diplomat{,s} | diplomatic | diplomacy | summit{,s} | leadership visits | joint statement | joint communique  # top 2026-11-29
cue diplomacy 0.7 : visit{,s,ed,ing}  # top 2026-11-29 two countries and a visit: a visit between them (seed: CN-US gets none, by proximity)
cue diplomacy 0.5 : talks | negotiat{e,ed,es,ing,ion,ions} | recognition | recognis{e,ed,es} | recogniz{e,ed,es} | delegation{,s} | invitation  # top 2026-11-29 generic: needs company
cue diplomacy 0.4 : agreement{,s} | accord{,s} | signed | condemn{,s,ed} | bilateral cooperation | praise{,d,s} | partnership  # top 2026-11-29 generic
cue diplomacy 0.3 : relations | ties | meeting{,s} | met with | meet{,s} | protest{,ed}  # top 2026-11-29 very generic

# discards: a word of a cue in another sense
cue diplomacy 0 : family ties | tied | ties with the club | visiting professor | visiting team | site visit | home visit | visit{,s} the doctor  # top 2026-11-29 not inter-state diplomacy
cue diplomacy 0 : brand ambassador{,s} | goodwill ambassador for | sign{,ed} a contract | signed for | signed with the club | protest{,s,ers} against the government  # top 2026-11-29 not governments

cue diplomacy 0.6 : deepen{,s,ed} ties | deepen{,s,ed} relations | deepen{,s,ed} cooperation | pledge{,s,d} to deepen | upgrade{,d} ties | expel{,s,led} | summon{,s,ed}  # top 2026-11-29 statements about a relationship; expulsions of diplomats
cue diplomacy 0.4 : agreed | agree{,s} | agreeing | accused | accuse{,s}  # top 2026-11-29 governments agreeing or accusing: weak alone
cue diplomacy 0.4 : accusation{,s}  # top 2026-11-29 weak alone
cue diplomacy 0.5 : reconciliation | rapprochement | mediat{e,ed,es,ing,ion} | broker{,ed} | brokered  # top 2026-11-29
cue diplomacy 0.4 : spar{,s,red,ring} | row{,s} | rift | spat | tensions  # top 2026-11-29 quarrels between governments: weak alone

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue diplomacy 0.9 : visita oficial | visita de estado | visite officielle | visite d etat | relaciones diplomaticas | relations diplomatiques | relacoes diplomaticas  # top 2026-11-29
cue diplomacy 0.7 : visita{,s} | visite{,s} | visito | embajador{,es} | ambassadeur{,s} | embaixador{,es} | embajada | ambassade | embaixada | tratado | traite | cumbre | sommet | cupula  # top 2026-11-29
cue diplomacy 0.6 : ministro de exteriores | ministro de asuntos exteriores | canciller | ministre des affaires etrangeres | chanceler | diplomatico{,s} | diplomatique{,s} | diplomacia | diplomatie  # top 2026-11-29
cue diplomacy 0.5 : conversaciones | negociaciones | negociations | negociacoes | reuniao | rencontre | entretien | acuerdo{,s} | acordo{,s} | escala | escale | viaje | voyage | viagem  # top 2026-11-29 generic
cue diplomacy 0.4 : acusa | acuso | acusan | accuse | condena | condamne | protesta | critica{,s} | defi | desafio | reto  # top 2026-11-29 weak alone
