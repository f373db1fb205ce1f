# French, Spanish and Portuguese names of the countries, capitals and
# organisations most in the news, for items in those languages (hand-edited,
# gaz 2026-11-29). Words that are also English words are left out or carry
# a case flag ("^Suède" not "suede", "^Chili" not "chili", "Irã" left out: it
# reads "ira"; "chino", "americano" left out: trousers and coffee).

# French.
alias US name : États-Unis | Etats-Unis | Amérique
alias US demonym : américain{,e,s,es}
alias CN name : Chine
alias CN demonym : chinois{,e,es}
alias CN capital : Pékin
alias RU name : Russie
alias RU demonym : russe{,s}
alias RU capital : Moscou
alias UA demonym : ukrainien{,ne,s,nes}
alias UA capital : Kiev | Kyiv
alias FR demonym : français{,e,es}
alias DE name : Allemagne
alias DE demonym : allemand{,e,s,es}
alias GB name : Royaume-Uni | Grande-Bretagne
alias GB demonym : britannique{,s}
alias GB capital : Londres
alias ES name : Espagne
alias ES demonym : espagnol{,e,s,es}
alias IT name : Italie
alias IT demonym : italien{,ne,s,nes}
alias JP name : Japon
alias JP demonym : japonais{,e,es}
alias KR name : Corée du Sud
alias KP name : Corée du Nord
alias IN name : Inde
alias IR demonym : iranien{,ne,s,nes}
alias IQ name : Irak
alias IL name : Israël
alias IL demonym : israélien{,ne,s,nes}
alias PS demonym : palestinien{,ne,s,nes}
alias PS place : Cisjordanie | bande de Gaza
alias LB name : Liban
alias SY name : Syrie
alias SY demonym : syrien{,ne,s,nes}
alias TR name : Turquie
alias TR demonym : turc{,s} | turque{,s}
alias EG name : Égypte
alias EG capital : Le Caire
alias MA name : Maroc
alias DZ name : Algérie
alias TN name : Tunisie
alias LY name : Libye
alias TD name : Tchad
alias ZA name : Afrique du Sud
alias BY name : Biélorussie
alias PL name : Pologne
alias PL capital : Varsovie
alias GR name : Grèce
alias CH name : Suisse
alias CH capital : Genève
alias BE name : Belgique
alias BE capital : Bruxelles
alias NL name : Pays-Bas
alias AT name : Autriche
alias HU name : Hongrie
alias RO name : Roumanie
alias SE name : ^Suède
alias NO name : Norvège
alias DK name : Danemark
alias FI name : Finlande
alias MX name : Mexique
alias BR name : Brésil
alias CL name : ^Chili
alias CO name : Colombie
alias PE name : Pérou
alias AU name : Australie
alias NZ name : Nouvelle-Zélande
alias TH name : Thaïlande
alias ID name : Indonésie
alias MY name : Malaisie
alias MM name : Birmanie
alias SA name : Arabie saoudite
alias AE name : Émirats arabes unis
alias KW name : Koweït
alias YE name : Yémen
alias JO name : Jordanie
alias ER name : Érythrée
alias ER demonym : érythréen{,ne,s,nes}
alias ET name : Éthiopie
alias SO name : Somalie
alias SD name : Soudan
alias SS name : Soudan du Sud
alias EU name : Union européenne | =UE
alias UN name : Nations unies | Organisation des Nations unies | Conseil de sécurité
alias NATO name : =OTAN
alias AFU name : Union africaine
alias IMF name : =FMI | Fonds monétaire international
alias WTO name : =OMC | Organisation mondiale du commerce
alias WB name : Banque mondiale
alias ICC name : Cour pénale internationale | =CPI
alias OPEC name : =OPEP

# Spanish.
alias US name : Estados Unidos | =EEUU | EE.UU. | =EE.UU
alias US demonym : estadounidense{,s} | norteamericano{,s} | norteamericana{,s}
alias US place : Nueva York
alias RU name : Rusia
alias RU demonym : ruso{,s} | rusa{,s}
alias RU capital : Moscú
alias CN capital : Pekín | Pequín
alias UA name : Ucrania
alias UA demonym : ucraniano{,s} | ucraniana{,s}
alias DE name : Alemania
alias DE demonym : alemán | alemana{,s} | alemanes
alias FR name : Francia
alias FR demonym : francés | francesa{,s} | franceses
alias GB name : Reino Unido | Gran Bretaña
alias GB demonym : británico{,s} | británica{,s}
alias IT name : Italia
alias ES name : España
alias ES demonym : español | española{,s} | españoles
alias JP name : Japón
alias JP demonym : japonés | japonesa{,s} | japoneses
alias KR name : Corea del Sur
alias KP name : Corea del Norte
alias TR name : Turquía
alias SY name : Siria
alias SY demonym : sirio{,s} | siria{,s}
alias IR name : Irán
alias IR demonym : iraní | iraníes
alias IQ name : Irak
alias IL demonym : israelí | israelíes
alias PS demonym : palestino{,s} | palestina{,s}
alias EG name : Egipto
alias MA name : Marruecos
alias DZ name : Argelia
alias MX name : México
alias MX demonym : mexicano{,s} | mexicana{,s}
alias BR name : Brasil
alias BR demonym : brasileño{,s} | brasileña{,s}
alias AR demonym : argentino{,s} | argentina{,s}
alias VE demonym : venezolano{,s} | venezolana{,s}
alias CU demonym : cubano{,s} | cubana{,s}
alias CO demonym : colombiano{,s} | colombiana{,s}
alias PE name : ^Perú
alias PL name : Polonia
alias GR name : Grecia
alias CH name : Suiza
alias CH capital : Ginebra
alias BE name : Bélgica
alias BE capital : Bruselas
alias NL name : Países Bajos | Holanda
alias SE name : Suecia
alias NO name : Noruega
alias DK name : Dinamarca
alias FI name : Finlandia
alias HU name : Hungría
alias RO name : Rumanía
alias SA name : Arabia Saudí | Arabia Saudita
alias AE name : Emiratos Árabes Unidos
alias QA name : ^Catar
alias PK name : Pakistán
alias AF name : Afganistán
alias MM name : Birmania
alias TH name : Tailandia
alias PH name : Filipinas
alias MY name : Malasia
alias NZ name : Nueva Zelanda
alias CA name : Canadá
alias ZA name : Sudáfrica
alias ET name : Etiopía
alias SD name : ^Sudán
alias LY name : Libia
alias TN name : Túnez
alias LB name : Líbano
alias JO name : Jordania
alias BY name : Bielorrusia
alias EU name : Unión Europea
alias UN name : Naciones Unidas | Consejo de Seguridad
alias AFU name : Unión Africana
alias IMF name : Fondo Monetario Internacional
alias WTO name : Organización Mundial del Comercio
alias WB name : Banco Mundial
alias ICC name : Corte Penal Internacional | Tribunal Penal Internacional

# Portuguese.
alias US name : =EUA
alias US demonym : norte-americano{,s} | norte-americana{,s} | estadunidense{,s}
alias US place : Nova York | Nova Iorque
alias RU name : Rússia
alias RU demonym : russo{,s}
alias CN capital : Pequim
alias DE name : Alemanha
alias DE demonym : alemão | alemã | alemães
alias FR name : ^França
alias GB name : Grã-Bretanha
alias GB demonym : britânico{,s}
alias IT name : Itália
alias ES name : Espanha
alias JP name : Japão
alias JP demonym : japonês | japonesa{,s} | japoneses
alias KR name : Coreia do Sul
alias KP name : Coreia do Norte
alias TR name : Turquia
alias SY name : Síria
alias IQ name : Iraque
alias IL demonym : israelense{,s}
alias EG name : Egito
alias UA name : Ucrânia
alias PL name : Polônia | Polónia
alias GR name : Grécia
alias CH name : Suíça
alias BE name : Bélgica
alias SE name : Suécia
alias IN name : Índia
alias PK name : Paquistão
alias AF name : Afeganistão
alias SA name : Arábia Saudita
alias MM name : Mianmar
alias MZ name : Moçambique
alias ZA name : África do Sul
alias CA name : Canadá
alias AU name : Austrália
alias NZ name : Nova Zelândia
alias ID name : Indonésia
alias TH name : Tailândia
alias VN name : Vietnã
alias CO name : Colômbia
alias BR demonym : brasileiro{,s} | brasileira{,s}
alias VE demonym : venezuelano{,s} | venezuelana{,s}
alias EU name : União Europeia
alias UN name : Nações Unidas | Conselho de Segurança
alias AFU name : União Africana
alias IMF name : Fundo Monetário Internacional
alias WTO name : Organização Mundial do Comércio
alias ICC name : Tribunal Penal Internacional
