# Cities, regions, states and islands that lie plainly in one country
# (hand-edited, gaz 2026-11-29). Capitals are in 00-countries.lex. Names that
# are common words or first names are kept out (tools/gazetteer/stoplist.txt)
# or carry a case flag and rules in 08-ambiguity.lex.

# United States: states ("Georgia" the state is decided in 08-ambiguity.lex),
# big cities, and city/state pairs that shadow foreign namesakes.
alias US place : Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida | Hawaii | Idaho | Illinois | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | ^Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | New York | New York City | North Carolina | North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | ^Virginia | West Virginia | Washington state | Washington State | Wisconsin | Wyoming | ^Indiana
alias US place : Los Angeles | Chicago | ^Houston | Philadelphia | San Antonio | San Diego | Dallas | San Francisco | Seattle | Boston | Miami | Atlanta | Detroit | Denver | Las Vegas | New Orleans | Pittsburgh | Baltimore | Minneapolis | St. Louis | Kansas City | Cleveland | Cincinnati | Honolulu | Anchorage | Salt Lake City | Sacramento | Nashville | Milwaukee | Silicon Valley | Manhattan | Wall Street | Hollywood | Palm Beach | Mar-a-Lago | Camp David | Madison Square Garden | Times Square | Pearl Harbor | Fort Bragg | Norfolk, Virginia | Phoenix, Arizona | Austin, Texas | San Jose, California | Jacksonville | Tampa
alias US place : New England | Panama City, Florida | Panama City Beach | Rome, New York | Moscow, Idaho | Paris, Texas | Athens, Georgia | Athens, Ohio | Cambridge, Massachusetts | Rome, Georgia | Berlin, New Hampshire | Dublin, Ohio | Dublin, California | Lebanon, Pennsylvania | Lebanon, New Hampshire | Toledo, Ohio | Birmingham, Alabama | Manchester, New Hampshire | Delhi, New York | Athens, Tennessee | Moscow, Pennsylvania | Jersey City | Georgia Tech | Savannah, Georgia

# United Kingdom.
alias GB place : Cornwall | Yorkshire | Lancashire | Merseyside | Newquay, Cornwall | England | Scotland | Wales | Northern Ireland | Ulster | Manchester | Birmingham | Liverpool | Leeds | Glasgow | Edinburgh | Cardiff | Belfast | Sheffield | Newcastle upon Tyne | Kingston upon Thames | Reading, Berkshire | Bath, Somerset | Oxford University | Cambridge University | English Channel ports
alias GB demonym : Scottish | Scots | ^Welsh | Northern Irish

alias IE place : ^Cork | Galway | Limerick
alias FR place : Marseille | Marseilles | Lyon | Lyons | Toulouse | =Nice | Bordeaux | Strasbourg | Lille | Nantes | Corsica | Normandy | Provence | Alsace | Calais | Cannes
alias DE place : Munich | Hamburg | Frankfurt | ^Cologne | Stuttgart | Dusseldorf | Leipzig | Dresden | Hanover | Bavaria | Saxony | Ramstein
alias IT place : Milan | Naples | Turin | Venice | Florence, Italy | Genoa | Bologna | Palermo | Sicily | Sardinia | Lampedusa
alias ES place : Barcelona | Seville | Bilbao | Catalonia | Andalusia | Basque Country | Canary Islands | Balearic Islands | Mallorca | Majorca | Ibiza | Ceuta | Melilla | Valencia, Spain
alias PT place : Porto | Oporto | Madeira | Azores
alias NL place : Rotterdam | Utrecht | Eindhoven
alias BE place : Antwerp | Ghent | Flanders | Wallonia | Liege
alias CH place : Geneva | Zurich | Basel | Davos | Lausanne
alias AT place : Salzburg | Innsbruck | Graz
alias PL place : Krakow | Gdansk | Wroclaw | Lodz | Poznan | Rzeszow
alias SE place : Gothenburg | Malmo
alias NO place : Bergen | Tromso
alias DK place : Aarhus
alias FI place : Tampere | Turku
alias GR place : Thessaloniki | Piraeus | Crete | Lesbos
alias HU place : Debrecen
alias CZ place : Brno | Ostrava
alias RO place : Cluj-Napoca | Constanta | Transylvania
alias BG place : Varna | Plovdiv
alias RS place : Novi Sad
alias HR place : Split, Croatia | Dubrovnik
alias BA place : Republika Srpska | Banja Luka | Mostar
alias CY place : Northern Cyprus | Limassol | Larnaca | Famagusta
alias MD place : Transnistria | Transdniestria | Tiraspol | Gagauzia
alias GE place : Batumi | Kutaisi | Abkhazia | South Ossetia | Tskhinvali | Sukhumi
alias AM place : Gyumri | Syunik
alias AZ place : Ganja | Nakhchivan | Nagorno-Karabakh | Karabakh | Stepanakert | Khankendi

# Russia, Ukraine, Belarus.
alias RU place : St Petersburg | Saint Petersburg | St. Petersburg | Novosibirsk | Yekaterinburg | Kazan | Vladivostok | Kaliningrad | Murmansk | Sochi | Chechnya | Grozny | Dagestan | Siberia | Tatarstan | Belgorod | Kursk | Bryansk | Rostov-on-Don | Novorossiysk | Krasnodar | Khabarovsk | Irkutsk | Yakutia | Sakhalin | Kamchatka | Chukotka | Omsk | Samara | Volgograd | Smolensk | Pskov | Ust-Luga | Primorsky Krai
alias UA place : Kharkiv | Kharkov | Odesa | Odessa | Lviv | Dnipro | Zaporizhzhia | Zaporozhye | Donetsk | Luhansk | Lugansk | Donbas | Donbass | Mariupol | Kherson | Mykolaiv | Bakhmut | Avdiivka | Pokrovsk | Chernihiv | Sumy | Poltava | Vinnytsia | Zhytomyr | Chernobyl | Chornobyl | Kramatorsk | Sloviansk | Bucha | Irpin
alias BY place : Gomel | Brest, Belarus | Grodno | Vitebsk | Mogilev

# Middle East, North Africa.
alias IL place : Haifa | Eilat | Negev | Dimona | Ashkelon | Ashdod | Galilee | Beersheba | Ben Gurion Airport
alias PS place : Gaza | Gaza Strip | Gaza City | West Bank | Rafah | Khan Younis | Khan Yunis | Jenin | Nablus | Hebron | Bethlehem | Jabalia | Deir al-Balah
alias LB place : Tyre, Lebanon | Sidon | Tripoli, Lebanon | Bekaa Valley | Baalbek | Dahiyeh
alias SY place : Aleppo | Homs | Idlib | Latakia | Tartus | Hama | Raqqa | Deir ez-Zor | Daraa | Hmeimim | Kobani
alias IQ place : Mosul | Basra | Erbil | Irbil | Kirkuk | Fallujah | Ramadi | Najaf | Karbala | Kurdistan Region | Iraqi Kurdistan | Sulaymaniyah
alias IR place : Isfahan | Mashhad | Tabriz | Shiraz | Qom | Natanz | Fordow | Bushehr | Bandar Abbas | Kharg Island | Chabahar
alias SA place : Jeddah | Mecca | Makkah | Dhahran | Neom
alias AE place : Dubai | Sharjah | Ajman | Fujairah | Ras al-Khaimah
alias QA place : Lusail | Al Udeid
alias KW place : Kuwait City
alias OM place : Salalah | Duqm
alias YE place : Hodeidah | Hudaydah | Taiz | Marib | Saada | Mukalla
alias EG place : Alexandria, Egypt | Sharm el-Sheikh | Sharm El Sheikh | Suez | Suez Canal | Port Said | Luxor | Aswan | Sinai | Giza | New Administrative Capital
alias JO place : Aqaba | Zarqa | Irbid
alias TR place : Istanbul | Izmir | Antalya | Bursa | Gaziantep | Diyarbakir | Incirlik | Bosphorus | Anatolia | Hatay | Adana | Mersin
alias LY place : Benghazi | Misrata | Sirte | Tobruk
alias TN place : Sfax | Sousse
alias DZ place : Oran | Constantine, Algeria
alias MA place : Casablanca | Marrakech | Marrakesh | Tangier | Fez

# Asia.
alias CN place : Shanghai | Shenzhen | Guangzhou | Wuhan | Chengdu | Chongqing | Tianjin | Xi'an | Hangzhou | Nanjing | Shenyang | Harbin | Dalian | Qingdao | Xiamen | Kunming | Urumqi | Lhasa | Xinjiang | Tibet | Inner Mongolia | Hainan | Guangdong | Fujian | Yunnan | Sichuan | Hubei | Zhejiang | Jiangsu | Shandong | Heilongjiang | Tiananmen | Tiananmen Square | Boao
alias JP place : Chiba | Saitama | Kanagawa | Aichi | Hyogo | Shizuoka | Ibaraki | Niigata | Nagano | Gunma | Tochigi | Gifu | Kumamoto | Kagoshima | Miyagi | Aomori | Iwate | Okayama | Ishikawa Prefecture | Yamaguchi Prefecture | Yamagata Prefecture | Akita Prefecture | Saga Prefecture | Nara Prefecture | Mie Prefecture | Oita Prefecture | Kochi Prefecture | Shiga Prefecture | Toyama Prefecture | Fukui Prefecture | Tottori | Shimane | Ehime | Kagawa | Tokushima | Wakayama | Yamanashi | Miyazaki Prefecture | Koshigaya | Ichikawa, Chiba | Kawasaki, Kanagawa | Osaka | Kyoto | Yokohama | Nagoya | Sapporo | Fukuoka | Hiroshima | Nagasaki | Okinawa | Hokkaido | Fukushima | Sendai | Kyushu | Honshu | Yokosuka
alias KR place : Busan | Pusan | Incheon | Daegu | Gwangju | Jeju | Panmunjom | Gyeongju
alias KP place : Kaesong | Wonsan | Yongbyon | Sinuiju | Hamhung | Punggye-ri
alias TW place : Kaohsiung | Taichung | Tainan | Hsinchu | Kinmen | Matsu Islands | Penghu
alias IN place : Mumbai | Bombay | Kolkata | Calcutta | Chennai | Madras | Bangalore | Bengaluru | Hyderabad, India | Ahmedabad | Pune | Goa | Kerala | Punjab, India | Uttar Pradesh | Maharashtra | Gujarat | Bihar | Tamil Nadu | Assam | Manipur | Ladakh | Jammu
alias PK place : Karachi | Lahore | Peshawar | Rawalpindi | Quetta | Gwadar | Balochistan | Baluchistan | Khyber Pakhtunkhwa | Sindh | Multan | Faisalabad
alias AF place : Kandahar | Herat | Jalalabad | Mazar-i-Sharif | Helmand | Bagram | Kunduz
alias BD place : Chittagong | Chattogram | Cox's Bazar | Sylhet
alias LK place : Hambantota | Kandy | Jaffna
alias NP place : Pokhara
alias MM place : Mandalay | Rakhine | Shan State | Kachin | Sagaing
alias TH place : Phuket | Chiang Mai | Pattaya
alias VN place : Ho Chi Minh City | Saigon | Da Nang | Haiphong | Cam Ranh Bay
alias KH place : Siem Reap | Ream Naval Base | Sihanoukville
alias MY place : Penang | Johor | Sarawak | Malacca
alias ID place : Bali | Sumatra | Borneo, Indonesia | Surabaya | Bandung | Medan | Aceh | Sulawesi | Lombok | Kalimantan
alias PH place : Mindanao | Luzon | Cebu | Davao | Quezon City | Subic Bay | Palawan
alias KZ place : Karaganda | Baikonur | Shymkent
alias UZ place : Samarkand | Bukhara
alias MN place : Erdenet

# Americas.
alias CA place : Toronto | Montreal | Vancouver | Calgary | Edmonton | Quebec | Ontario | Alberta | British Columbia | Manitoba | Saskatchewan | Nova Scotia | New Brunswick | Newfoundland | Nunavut | Yukon | Winnipeg | Halifax, Nova Scotia | Hamilton, Ontario | Kingston, Ontario | London, Ontario
alias MX place : Guadalajara, Jalisco | Monterrey | Tijuana | Cancun | Acapulco | Ciudad Juarez | Sinaloa | Oaxaca | Chiapas | Veracruz | Yucatan | Culiacan
alias BR place : Sao Paulo | Rio de Janeiro | ^Rio | Salvador, Bahia | Belo Horizonte | Recife | Manaus | Porto Alegre | Amazonas | Belem | Fortaleza
alias AR place : Cordoba, Argentina | Ushuaia
alias CL place : Valparaiso | Antofagasta | Punta Arenas
alias CO place : Medellin | Cartagena | Barranquilla
alias PE place : Cusco | Cuzco | Arequipa | Callao
alias VE place : Maracaibo | Valencia, Venezuela
alias CU place : Guantanamo | Guantanamo Bay | Santiago de Cuba
alias BO place : Santa Cruz de la Sierra | Cochabamba
alias EC place : Guayaquil | Galapagos

# Africa.
alias NG place : Lagos | Kano | Ibadan | Port Harcourt | Niger Delta | Borno | Maiduguri
alias ZA place : Johannesburg | Durban | Soweto | Port Elizabeth | Gqeberha
alias KE place : Mombasa | Kisumu
alias ET place : Tigray | Amhara | Oromia | Mekelle
alias SD place : Darfur | El Fasher | Omdurman | Kordofan
alias SO place : Somaliland | Puntland | Hargeisa | Berbera | Kismayo
alias CD place : Goma | Bukavu | Lubumbashi | Kivu | North Kivu | South Kivu | Ituri | Kisangani
alias TZ place : Zanzibar | Arusha
alias GH place : Kumasi
alias SN place : Touba
alias ML place : Timbuktu | Kidal
alias MZ place : Cabo Delgado | Beira
alias AO place : Cabinda

# Place-name abbreviations: "St. Lucia", "Mt. Hermon" must not end a sentence
# (relations/ lists them too; repeated here so the gazetteer stands alone).
abbreviations : St | Ste | Mt | Ft

# Oceania.
alias AU place : ^Sydney | Melbourne | Brisbane | Perth, Australia | Perth, Western Australia | Queensland | New South Wales | Victoria, Australia | Tasmania | Western Australia | South Australia | Northern Territory, Australia | Gold Coast, Australia | Pine Gap | Darwin, Australia | Adelaide, South Australia
alias NZ place : Auckland | Christchurch
alias PG place : Bougainville | New Britain | Lae
alias FJ place : Nadi
