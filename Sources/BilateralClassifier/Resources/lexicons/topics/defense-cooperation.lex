# Arms and defence cooperation: arms sales and transfers, defence industry,
# military technology, licensing, military aid and training.
# Not fighting (armed-conflict), not drills (military-activity).
topic defense-cooperation : Arms and defence cooperation

cue defense-cooperation 0.9 : arms sale{,s} | arms deal{,s} | arms export{,s,er,ers} | arms import{,s,er,ers} | arms transfer{,s} | arms supplier{,s} | arms trade | arms contract{,s} | weapons sale{,s} | weapons deal{,s} | arms sales agreement  # top 2026-11-29 unambiguous
cue defense-cooperation 0.9 : defen{c,s}e cooperation | defen{c,s}e co operation | military cooperation | military technical cooperation | defen{c,s}e industry | defen{c,s}e industr{y,ies} | military aid | military assistance | security assistance  # top 2026-11-29 unambiguous
cue defense-cooperation 0.8 : military technology | military hardware | weapons systems | air defen{c,s}e system{,s} | missile defen{c,s}e system{,s} | =S 400 | =S 300 | fighter aircraft | licensed production | domestic assembly  # top 2026-11-29 specific
cue defense-cooperation 0.7 : sell{,s,ing} {modern,advanced} weapons | supply{,ing} weapons | weapons to | arms to | military training | train{,s,ed,ing} {its,their} troops | =Su 35 | =Su 30 | =F 35 | =F 16 | submarine{,s} | frigate{,s}  # top 2026-11-29 transfers
cue defense-cooperation 0.5 : defen{c,s}e | arms | weapon{,s} | licensing | military equipment | armaments  # top 2026-11-29 generic
cue defense-cooperation 0.5 : fighter jet{,s}  # top 2026-11-29 jets are sold (here) or flown (military-activity): weak alone
cue defense-cooperation 0.3 : warplane{,s} | helicopter{,s} | tank{,s}  # top 2026-11-29 generic, mostly other topics

# discards
cue defense-cooperation 0 : open arms | arms and legs | arm{,s} and leg{,s} | coat of arms | up in arms | arms folded | brothers in arms | call to arms | in {his,her,their} arms | arms length | arm's length  # top 2026-11-29 body and idioms
cue defense-cooperation 0 : self defen{c,s}e | in defen{c,s}e of | defen{c,s}e lawyer{,s} | defen{c,s}e team | defen{c,s}e attorney{,s} | the defen{c,s}e | defender{,s} | tank{,s} of | fish tank{,s} | think tank{,s} | septic tank | petrol tank | water tank{,s}  # top 2026-11-29 courts and sport; tanks of water
cue defense-cooperation 0 : economic defen{c,s}e axis | arms control | arms race | arms embargo | nuclear weapon{,s} | chemical weapon{,s}  # top 2026-11-29 seed axis is geopolitics; control/embargo are security/sanctions
cue defense-cooperation 0.8 : nuclear powered submarine{,s} | aukus  # top 2026-11-29 submarine deals
cue defense-cooperation 0.2 : defen{c,s}e minister{,s} | defen{c,s}e ministry | defen{c,s}e secretary | pentagon  # top 2026-11-29 ministries act on every military topic: barely a cue ("military" alone is none)

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue defense-cooperation 0.9 : venta de armas | vente{,s} d armes | venda de armas | cooperacion militar | cooperation militaire | cooperacao militar | ayuda militar | aide militaire | ajuda militar  # top 2026-11-29
cue defense-cooperation 0.5 : armas | armes | armamento{,s} | armement{,s} | vender armas | vendre des armes  # top 2026-11-29 generic
