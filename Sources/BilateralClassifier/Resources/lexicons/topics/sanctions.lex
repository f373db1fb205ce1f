# Sanctions and embargoes: economic and financial sanctions, export
# controls, embargoes, asset freezes, boycotts: imposed, threatened or
# lifted. Not tariffs in a trade dispute (trade).
topic sanctions : Sanctions and embargoes

cue sanctions 0.9 : economic sanctions | financial sanctions | sanctions against | sanctions on | new sanctions | sanctions relief | lift{,ed,s} sanctions | impose{,d,s} sanctions | embargo | embargoes | arms embargo | oil embargo | asset freeze{,s} | froze{,n} assets | freeze {its,their} assets | entity list  # top 2026-11-29 unambiguous
cue sanctions 0.8 : sanction{,s,ed,ing} | export control{,s} | export ban{,s} | blacklist{,s,ed} | counter sanctions | countersanctions | secondary sanctions  # top 2026-11-29 specific
cue sanctions 0.5 : boycott{,s,ed,ing} | import ban{,s} | restrictive measures | punitive measures  # top 2026-11-29 generic

# discards
cue sanctions 0 : sanctioned by the league | sanctioned by the club | sanctioned by the federation | sanctioned by the fa | officially sanctioned | state sanctioned | government sanctioned | sanctioned event | sanctioned race  # top 2026-11-29 'sanction' as approval or sports discipline
cue sanctions 0 : boycott{,ed} the election | boycott{,ed} the vote | boycott{,ed} parliament  # top 2026-11-29 domestic boycotts

cue sanctions 0.7 : suspend{,s,ed,ing} payments | paused disbursements | suspend{,s,ed,ing} disbursements | freeze{,s} aid | froze aid | cut{,s} off aid  # top 2026-11-29 money withheld to pressure a government

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue sanctions 0.9 : sanciones | sancoes | embargo{,s} | medidas contra | mesures contre | congelacion de activos | gel des avoirs  # top 2026-11-29
cue sanctions 0.7 : prohibir la entrada | prohibirle la entrada | interdiction d entree | proibicao de entrada | represalia{,s} | represailles | represalias  # top 2026-11-29 entry bans and retaliation
