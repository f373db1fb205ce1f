# Context rules for ambiguous names (hand-edited, gaz 2026-11-29).
# The rules of a phrase are tried in file order; the first whose condition
# holds decides; when none holds, the alias stands (the default noted below).
# Every one-word name in the [ruled] section of tools/gazetteer/stoplist.txt
# has its rules here (tools/gazetteer/lint.py checks it).

# Georgia: default the country (GE). The US state wins on its own immediate
# context, then on sentence context, then on item context; country context
# (Tbilisi, the Caucasus, Russia, the EU) is checked first at each level.
rule Georgia => US after : state senate | state house | state legislature | state senator | governor | Gov | General Assembly | Republicans | Republican | Democrats | Democrat | Democratic | GOP | Bulldogs | Tech | Dome | voters | primary | runoff | county | counties | peach | Peach State | State University | Power | Southern | Supreme Court | Secretary of State | Senate race | delegation | Department of
rule Georgia => US before : state of | U.S. state of | US state of | Atlanta, | Savannah, | Athens, | the Peach State of | Kemp of | Raffensperger of
rule Georgia => GE in-sentence : Tbilisi | Georgian Dream | Kobakhidze | Kavelashvili | Zourabichvili | Ivanishvili | Abkhazia | South Ossetia | Caucasus | South Caucasus | Batumi | Armenia | Azerbaijan | Kremlin | Moscow | Russia | Ukraine | Moldova | European Union | EU candidate | NATO | Black Sea | Soviet | post-Soviet | former Soviet
rule Georgia => US in-sentence : US state | U.S. state | American state | Atlanta | Savannah | Peach State | Fulton County | Kemp | Brian Kemp | Raffensperger | Ossoff | Warnock | Marjorie Taylor Greene | Alabama | Florida | South Carolina | Tennessee | North Carolina | Arizona | Nevada | Pennsylvania | Michigan | Wisconsin | swing state | swing states | battleground | electoral votes | county | counties | Republican | Republicans | Democrat | Democrats | GOP | Senate race | Braves | Falcons | Hawks | Bulldogs | Georgia Tech
rule Georgia => GE in-item : Tbilisi | Georgian Dream | Kobakhidze | Kavelashvili | Zourabichvili | Ivanishvili | Abkhazia | South Ossetia | Caucasus
rule Georgia => US in-item : Atlanta | Savannah | Peach State | Fulton County | Brian Kemp | Raffensperger | Ossoff | Warnock | Georgia Tech | swing state | Braves | Falcons
rule Georgian => GE in-sentence : Tbilisi | Georgian Dream | Caucasus | Russia | Kremlin | EU | European Union | Abkhazia | South Ossetia
rule Georgian => US in-item : Atlanta | Savannah | Peach State | Fulton County | Brian Kemp | Raffensperger | Ossoff | Warnock
rule Georgians => US in-item : Atlanta | Savannah | Peach State | Fulton County | Brian Kemp | Raffensperger | Ossoff | Warnock

# Jordan: default the country (JO). A person where the neighbouring word is
# a capitalised name; country context first.
rule Jordan => JO in-sentence : Amman | Jordanian | Jordanians | King Abdullah | Abdullah II | Hashemite | Safadi | Ayman Safadi | Queen Rania
rule Jordan => - in-sentence : basketball | NBA | Bulls | sneakers | Nike | footballer | goalkeeper | quarterback | golfer | striker | midfielder | Rep. | Congressman | congressman | Ohio Republican | House Judiciary | podcast | psychologist | actress | actor | singer
rule Jordan => JO before : in | to | from | with | and | of | neighbouring | neighboring | visit | visited | visits | across | via | into | including | like | Egypt and | Israel and | Syria and | Iraq and
rule Jordan => - prev-capitalized
rule Jordan => JO after : says | said | will | would | has | had | is | was | calls | urges | warns | rejects | condemns | hosts | closes | opens | signs | accuses | denies | plans | king | and | to | in | on | for | bans | recalls | summons
rule Jordan => - next-capitalized

# Chad: case-sensitive '=Chad' (the word 'chad' of ballots is lower case).
rule Chad => TD in-sentence : N'Djamena | Ndjamena | Chadian | Deby | Mahamat | Sahel | Darfur | Sudan | Sudanese | Niger | Cameroon | Libya | Mali | Burkina Faso | Central African Republic | Nigeria | Africa | African | refugees
rule Chad => - prev-capitalized
rule Chad => TD after : says | said | will | would | has | had | is | was | calls | urges | warns | rejects | condemns | closes | opens | signs | accuses | denies | expels | bans | recalls | summons | and | to | in | on | for
rule Chad => - next-capitalized

# Turkey: '^Turkey' (lower-case 'turkey' is never the country); the bird.
rule Turkey => - in-sentence : Thanksgiving | roast | roasted | roasting | stuffing | gravy | carve | carving | cranberry | cranberries | drumstick | drumsticks | giblets | brine | brined | oven | sandwich | sandwiches | feast | Butterball | poultry farm | wild turkeys | gobble | deli | Christmas dinner | pardoned
rule Turkey => - after : dinner | sandwich | breast | leg | legs | bacon | burger | burgers | farm | farmer | farmers | feathers | shoot | trot | Day | day | recipe | recipes | vulture | vultures | season | neck

# Congo: plain 'Congo'/'Congolese' default to the DR Congo (CD), the one
# that dominates the news; the Republic of the Congo (CG) on its context.
rule Congo => CD in-sentence : Kinshasa | Tshisekedi | Kabila | Goma | Bukavu | Kivu | North Kivu | South Kivu | Ituri | M23 | Rwanda | Rwandan | Kagame | Lubumbashi | Katanga | cobalt | coltan | MONUSCO
rule Congo => CG in-sentence : Brazzaville | Sassou | Sassou Nguesso | Denis Sassou Nguesso | Pointe-Noire | Pointe Noire | Makosso
rule Congo => CD in-item : Kinshasa | Tshisekedi | Goma | Kivu | M23 | MONUSCO
rule Congo => CG in-item : Brazzaville | Sassou Nguesso | Pointe-Noire
rule Congolese => CG in-sentence : Brazzaville | Sassou | Sassou Nguesso | Pointe-Noire
rule Congolese => CG in-item : Brazzaville | Sassou Nguesso | Pointe-Noire

# Korea: plain 'Korea'/'Korean(s)' default to South Korea (KR); North Korea
# (KP) when the sentence is plainly about the North.
rule Korea => KP in-sentence : Pyongyang | Kim Jong Un | Kim Jong-un | Kim Jong-Un | Kim Yo Jong | Kim Yo-jong | DPRK | Workers' Party | KCNA | Korean Central News Agency | Yongbyon | Kim Il Sung | Kim Jong Il | juche
rule Korean => KP in-sentence : Pyongyang | Kim Jong Un | Kim Jong-un | Kim Yo Jong | DPRK | Workers' Party | KCNA | Korean Central News Agency | Yongbyon
rule Koreans => KP in-sentence : Pyongyang | Kim Jong Un | Kim Jong-un | DPRK | Workers' Party

# Washington: the US capital by default; not a person or a team.
rule Washington => - prev-capitalized
rule Washington => - after : Post | Commanders | Wizards | Nationals | Capitals | Huskies | Mystics | Irving | Consensus | Redskins | Football Team | Sundar
rule Virginia => - after : Woolf | Giuffre | Madsen | Wade | Raggi | Foxx
rule Virginia => - prev-capitalized
rule Houston => - prev-capitalized
rule Houston => - after : Rockets | Texans | Astros | Dynamo | Comets
rule Macedonia => GR in-sentence : Thessaloniki | northern Greece | Greek region | Greek province | Alexander the Great | ancient Macedonia
rule Macedonia => GR before : ancient | Greek | Greece's

# Brussels: Belgium's capital by default; the EU (or NATO) as metonymy when
# the sentence is about the EU (news often writes "Brussels" for the EU).
rule Brussels => EU in-sentence : EU | E.U. | European Union | European Commission | Commission | European Council | European Parliament | bloc | the bloc | member states | Brexit | von der Leyen | Kallas | Costa | Eurozone | euro zone | EU's | Europe | European | sanctions package | single market | Union
rule Brussels => NATO in-sentence : NATO | Nato | alliance | allies | Rutte | Stoltenberg | North Atlantic
rule Holland => - prev-capitalized
rule Holland => - after : America | Tunnel | Taylor | Park
rule Sofia => BG in-sentence : Bulgaria | Bulgarian | Bulgarians | Balkan | Balkans
rule Sofia => - before : queen | reina | rainha | reine | Doña | infanta | princess | princesa | museo | Museo Reina
rule Sofia => - prev-capitalized
rule Sofia => - next-capitalized
rule Wellington => - prev-capitalized
rule Wellington => - after : boots | boot | Phoenix | Koo

# Small places whose names are also common words or names.
rule Nice => FR in-sentence : France | French | Riviera | Cote d'Azur | Côte d'Azur | Promenade des Anglais | Marseille | Cannes | Monaco | Alpes-Maritimes | OGC Nice | Estrosi | attack
rule Nice => - after : to | one | work | try | day | guy | guys | weather | job | touch | people | thing | things | place | little | big | enough | as | idea | move | shot | start | question | girl | girls | going | meeting | seeing | being
rule Male => MV in-sentence : Maldives | Maldivian | Maldivians | Muizzu | Solih | Nasheed | Indian Ocean | atoll | atolls
rule Male => - in-sentence : female | females | women | woman | men | man | gender | sex | voters | patients | students | workers | nurses | athletes | births | dominated | lion | lions | species | bird | birds
rule Male => - next-capitalized
rule Jersey => US in-sentence : New York | Newark | Devils | Trenton | Hoboken | Atlantic City | Shore | Turnpike | Garden State | Phil Murphy | Sherrill | Giants | Jets
rule Jersey => - in-sentence : shirt | shirts | wore | wearing | worn | wears | number | kit | retired | retire | sweater | football | soccer | basketball | jerseys | signed | cow | cows | dairy
rule Guinea => - after : pig | pigs | fowl | worm | hen | hens
rule Guinea => GW after : Bissau
rule Palau => - after : de | del | Sant | Blaugrana | Reial | Nacional
rule Palau => - in-sentence : Barcelona | Catalonia | Catalunya | Cataluña | Generalitat | Valencia | Mallorca
rule Rio => - before : del | de | do | da
rule Rio => - prev-capitalized
rule Rio => - after : Ferdinand | Ave | Hondo | Rancho
rule Niger => - after : River | Basin | Inland Delta | Delta | bend
rule Georgetown => GY in-sentence : Guyana | Guyanese | Essequibo | Irfaan Ali | Caricom | CARICOM | Demerara
rule Georgetown => - after : University | Hoyas | Law | Medical | Day | neighborhood | neighbourhood | Waterfront
rule Georgetown => US in-sentence : Washington | D.C. | DC | Virginia | Maryland | Kentucky | Texas | South Carolina | Delaware
rule Georgetown => - prev-capitalized
rule Kingston => JM in-sentence : Jamaica | Jamaican | Jamaicans | Caribbean | Holness
rule Kingston => CA in-sentence : Ontario | Queen's University
rule Kingston => GB in-sentence : upon Thames | Surrey | London
rule Kingston => - prev-capitalized
rule Kingston => - next-capitalized
rule Sydney => AU in-sentence : Australia | Australian | Australians | New South Wales | Albanese | Canberra | Melbourne | Harbour | Opera House
rule Sydney => - after : Sweeney | Leroux | Poitier | McLaughlin | Crosby | Brenner
rule Sydney => - prev-capitalized

# "US$5 billion": the dollar sign splits the words, leaving "US 5 billion".
# "US" directly followed by a number of 1 to 3 digits is a currency, not a
# mention (years such as "US 2024 election" have four digits and still count).
rule US => - after : {1,2,3,4,5,6,7,8,9} | {1,2,3,4,5,6,7,8,9}{0,1,2,3,4,5,6,7,8,9} | {1,2,3,4,5,6,7,8,9}{0,1,2,3,4,5,6,7,8,9}{0,1,2,3,4,5,6,7,8,9}
