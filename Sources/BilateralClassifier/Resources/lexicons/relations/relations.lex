# Relation words: they show that two actors named in the same sentence act
# on each other. A sentence with two actors and a relation cue (or a topic
# cue) makes a candidate dyad. Weights in 0...1: how strongly the word
# alone says "these two deal with each other".

relation 0.9 : ties | relations | relationship | bilateral | talks | summit | visit{,s,ed,ing} | state visit | met | meet{,s,ing} | held talks | phone call | spoke with | spoke to  # top 2026-11-29 contacts between governments
relation 0.9 : sign{,s,ed,ing} | agreement{,s} | treaty | deal{,s} | accord | memorandum of understanding | pact | partnership | partner{,s} | cooperation | co operation | cooperate{,s,d} | alliance | ally | allies  # top 2026-11-29 agreements and alignment
relation 0.9 : between | two way | sell{,s,ing} to | sold to | buy{,s,ing} from | bought from | import{,s,ed,ing} from | export{,s,ed,ing} to | suppl{y,ies,ied} to | ship{,s,ped} to | deliver{,s,ed} to | trade with | trading partner{,s}  # top 2026-11-29 exchange
relation 0.9 : dispute{,s} | disputes with | sanction{,s,ed,ing} | embargo | attack{,s,ed,ing} | invade{,s,d} | invasion | war with | war against | exercise{,s} with | drill{,s} with | clash{,es,ed} with | ceasefire | peace talks  # top 2026-11-29 conflict
relation 0.7 : against | toward{,s} | accuse{,s,d} | condemn{,s,ed} | protest{,s,ed} | warn{,s,ed} | threaten{,s,ed} | urge{,s,d} | call{,s,ed} on | demand{,s,ed} | recogni{s,z}e{,s,d} | expel{,s,led} | summon{,s,ed}  # top 2026-11-29 one acting on the other
relation 0.7 : support{,s,ed} | help{,s,ed} | aid | assist{,s,ed} | host{,s,ed} | invite{,s,d} | welcome{,s,d} | delegation | envoy | ambassador | embassy | trip to | arrived in | travel{,s,led} to  # top 2026-11-29
relation 0.6 : rival{,s} | rivalry | compared to | compared with | versus | mutual | joint{,ly} | strategic | counterpart{,s} | claim{,s} | border  # top 2026-11-29 comparison as partners or rivals
relation 0.3 : with | than | both | common | together  # top 2026-11-29 weak glue words

coref : the two countries | both countries | the two nations | both nations | the two states | both states | the two sides | both sides | the two governments | both governments | the two leaders | both leaders | the two presidents | the two prime ministers | the two ministers | the two neighbo{u,}rs | the two powers | the two allies | the two rivals  # top 2026-11-29 refer back to the pair
coref : each other | one another | bilateral | two way | their relations | their ties | their relationship | their differences | their countries | the pair | mutual  # top 2026-11-29 refer back to the pair
coref : bilateral trade | bilateral ties | bilateral relations | bilateral cooperation | bilateral talks | two way trade  # top 2026-11-29 longer cue phrases shadow 'bilateral': give them the coref record too

international : foreign | overseas | abroad | international | internationally | worldwide | global | globally | world | cross border | multilateral | bilateral | diplomatic | diplomat{,s} | embassy | embassies | ambassador{,s}  # top 2026-11-29 one country's foreign relations
international : africa | african countries | asia | asian countries | europe | latin america | developing countries | poor countries | poorer countries | other countries | neighbouring countries | neighboring countries  # top 2026-11-29 regions and groups of countries as the other side
international : export{,s,ed,ing,er,ers} | import{,s,ed,ing,er,ers} | foreign ministry | foreign minister | foreign policy | allies | partners | superpower | arms exporter{,s} | world market{,s} | to the world | of the world | world's  # top 2026-11-29

abbreviations : Mr | Mrs | Ms | Dr | Prof | Gen | Lt | Col | Maj | Capt | Cmdr | Adm | Sgt | Gov | Sen | Rep | Pres | Rev | Hon | St | Mt | Ft | Jr | Sr | No | Nos | Vol | Co | Corp | Inc | Ltd | vs | etc | approx | est | Jan | Feb | Apr | Jun | Jul | Aug | Sep | Sept | Oct | Nov | Dec | Fig | pp  # top 2026-11-29 no sentence break after these

# Spanish, French and Portuguese relation words and corefs
relation 0.9 : relaciones | relations bilaterales | relacoes | entre | acuerdo | accord | acordo | visita | visite | contra | contre | con el | con la | avec  # top 2026-11-29
relation 0.7 : acusa | accuse | acuso | amenaza | menace | sanciones | sancoes | ataque | attaque | apoyo | soutien | apoio  # top 2026-11-29
coref : ambos paises | los dos paises | les deux pays | os dois paises | ambos os paises | ambas partes | les deux parties | ambos lados  # top 2026-11-29
international : extranjero | internacional | etranger | international{,e,es} | estrangeiro | mundial | mondial{,e}  # top 2026-11-29
