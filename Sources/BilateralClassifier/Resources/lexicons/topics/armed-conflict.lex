# Armed conflict and peace: war, strikes, battles, occupation, ceasefires,
# peace talks, peacekeeping. Not exercises.
topic armed-conflict : Armed conflict and peace

cue armed-conflict 0.9 : ceasefire | cease fire | truce | peace talks | peace process | peace deal | peace agreement | peace plan | peacekeeping | peacekeeper{,s} | peace keeping | armistice  # top 2026-11-29 peace side
cue armed-conflict 0.9 : air strike{,s} | airstrike{,s} | missile strike{,s} | drone strike{,s} | drone attack{,s} | invasion | invade{,s,d} | at war | war with | war against | shelling | bombardment | ground offensive | military offensive | military operation{,s}  # top 2026-11-29 war side
cue armed-conflict 0.8 : war in | war on | war between | wartime  # top 2026-11-29 a war named with its place
cue armed-conflict 0.5 : war | wars  # top 2026-11-29 also in names and history: weak alone
cue armed-conflict 0.7 : fighting | battle{,s} | clashes | occupation | occupied | occupying | front line{,s} | frontline{,s} | counteroffensive | counter offensive | offensive | insurgen{t,ts,cy} | rebels | militants  # top 2026-11-29
cue armed-conflict 0.5 : strike{,s} | attack{,s,ed} | bomb{,s,ed,ing,ings} | troops | soldiers | fighters | fighter | hostilities | conflict | armed | combat  # top 2026-11-29 generic
cue armed-conflict 0.3 : killed | casualties | dead | deaths  # top 2026-11-29 deaths have many causes

# discards
cue armed-conflict 0 : trade war{,s} | price war{,s} | war of words | culture war{,s} | war on drugs | war on poverty | war chest | war crime{,s} tribunal | star wars | cold war  # top 2026-11-29 figurative war; cold war is geopolitics
cue armed-conflict 0 : hunger strike{,s} | general strike | strike action | went on strike | on strike | labour strike | labor strike | strike{,s} a deal | struck a deal | lucky strike | bowling strike | strike{,s} out  # top 2026-11-29 not armed
cue armed-conflict 0 : heart attack{,s} | panic attack{,s} | asthma attack | attack{,ed} on the government | legal battle{,s} | battle with cancer | battle against cancer | battle{,s} with illness | battle of the bands | fire fighter{,s} | firefighter{,s} | freedom fighter  # top 2026-11-29 not armed
cue armed-conflict 0 : cyber attack{,s} | cyberattack{,s} | terror attack{,s} | terrorist attack{,s} | conflict of interest{,s} | killed in a car crash | killed in an accident | knife attack{,s} | stabbing{,s} | shooting{,s}  # top 2026-11-29 cyber is technology; terror is security

cue armed-conflict 0.8 : siege | sieges | besieg{e,ed,es,ing} | under siege  # top 2026-11-29 sieges are fighting
cue armed-conflict 0.7 : peacemaker{,s} | peace making | peace efforts  # top 2026-11-29 the peace side of a conflict
cue armed-conflict 0.5 : settler{,s} | security forces | militia{,s} | gunmen  # top 2026-11-29 actors of occupation and fighting; weak alone
cue armed-conflict 0.9 : trade{,s,d} fire | exchange{,s,d} fire | exchange of fire | exchanges of fire | cross border fir{e,ing} | ceasefire violation{,s}  # top 2026-11-29 firing across lines ('trade fire' is not trade)
cue armed-conflict 0.5 : shot down | drone{,s} | struck | open{s,ed} fire | shells | artillery | missiles  # top 2026-11-29 weak alone

# negative cues: deaths in accidents and disasters are not armed conflict
cue armed-conflict -0.6 : accident{,s} | road accident{,s} | crash{,es,ed} | earthquake{,s} | quake{,s} | flood{,s,ing} | landslide{,s} | wildfire{,s} | bushfire{,s} | forest fire{,s} | blaze{,s} | flames | storm{,s} | typhoon{,s} | hurricane{,s} | outbreak | epidemic | pandemic | virus | cancer | overdose  # top 2026-11-29
cue armed-conflict 0.8 : prisoners of war | prisoner{,s} swap{,s} | swap{,s,ped} prisoners | exchange{,s,d} prisoners | prisoner exchange{,s}  # top 2026-11-29 exchanges of captives in a war

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue armed-conflict 0.9 : alto el fuego | cessez le feu | cessar fogo | conversaciones de paz | pourparlers de paix | negociacoes de paz | invasion | invasao | bombardeo{,s} | bombardement{,s} | bombardeio{,s}  # top 2026-11-29
cue armed-conflict 0.5 : guerra | guerre | combates | combats | rebeldes | rebelles | separatistas | separatistes | tropas | troupes | ataque{,s} | attaque{,s}  # top 2026-11-29 generic
