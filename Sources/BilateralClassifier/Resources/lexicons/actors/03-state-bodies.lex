# Seats of government used as metonymy, state bodies and large state-owned
# companies (hand-edited, gaz 2026-11-29). Private companies (Huawei,
# Samsung, Toyota...) are not listed: they are not mentions of a state.

# Seats of government.
alias RU seat : the Kremlin | Kremlin | the White House, Moscow | Old Square
alias US seat : the White House | White House | Oval Office | Capitol Hill | Foggy Bottom | the Pentagon | Pentagon | Langley, Virginia
alias GB seat : Downing Street | Whitehall | Westminster | Buckingham Palace | Foreign Office | Foreign, Commonwealth and Development Office | =FCDO
alias CN seat : Zhongnanhai
alias FR seat : the Elysee | Elysee | Elysee Palace | Quai d'Orsay | Matignon | Hotel Matignon
alias DE seat : German Chancellery | Kanzleramt | Bundeskanzleramt
alias JP seat : Kantei | Kasumigaseki | Nagatacho
alias KR seat : Blue House | Cheong Wa Dae | Yongsan presidential office
alias TW seat : Presidential Office Building
alias IN seat : South Block | Raisina Hill | Rashtrapati Bhavan
alias TR seat : Presidential Complex in Ankara | Bestepe | Cankaya Palace
alias IR seat : Pasteur Street
alias IL seat : the Knesset | Knesset
alias UA seat : Bankova | Verkhovna Rada | Rada
alias PK seat : Aiwan-e-Sadr
alias EG seat : Ittihadiya Palace
alias SA seat : Royal Court of Saudi Arabia | Saudi royal court
alias VA seat : Apostolic Palace

# State bodies.
alias RU body : Russian Foreign Ministry | Russian Defence Ministry | Russian Defense Ministry | Russian Ministry of Foreign Affairs | Russian Ministry of Defence | Russian Security Council | Russian government | Russian military | Russian army | Russian armed forces | Russian navy | Black Sea Fleet | =FSB | =SVR | =GRU | Duma | State Duma | Federation Council | Roscosmos | Rosaviatsia | Rosstat | Rosgvardia | Central Bank of Russia | Bank of Russia
alias CN body : Chinese Foreign Ministry | Ministry of Foreign Affairs of China | Chinese Defence Ministry | Chinese Defense Ministry | Chinese government | Chinese military | People's Liberation Army | =PLA | PLA Navy | People's Liberation Army Navy | PLA Air Force | Chinese Communist Party | Communist Party of China | =CCP | Politburo Standing Committee | Central Military Commission | State Council | National People's Congress | =MOFCOM | People's Bank of China | =PBOC | China Coast Guard | National Development and Reform Commission | =NDRC | China Development Bank | Export-Import Bank of China | China Exim Bank | Ministry of State Security | =CNSA | Taiwan Affairs Office
alias US body : State Department | U.S. State Department | US State Department | Department of State | Department of Defense | Defense Department | Department of War | War Department | Treasury Department | U.S. Treasury | US Treasury | Commerce Department | Department of Commerce | Department of Homeland Security | =DHS | =USTR | U.S. Trade Representative | US Trade Representative | Office of the United States Trade Representative | =CIA | Central Intelligence Agency | =FBI | =NSA | National Security Agency | =OFAC | Office of Foreign Assets Control | Federal Reserve | U.S. Congress | US Congress | U.S. Senate | US Senate | Senate Foreign Relations Committee | House Foreign Affairs Committee | U.S. military | US military | U.S. Army | US Army | U.S. Navy | US Navy | U.S. Air Force | US Air Force | U.S. Marines | Marine Corps | Space Force | =INDOPACOM | Indo-Pacific Command | =CENTCOM | U.S. Central Command | US Central Command | =EUCOM | =AFRICOM | =USAID | U.S. Agency for International Development | =NASA | Department of Government Efficiency | Export-Import Bank of the United States | =DFC | Development Finance Corporation
alias GB body : =MoD | British government | British military | British Army | Royal Navy | Royal Air Force | =RAF | =MI6 | =MI5 | =GCHQ | Bank of England | Home Office | House of Commons | House of Lords | UK Parliament | British Parliament
alias FR body : French Foreign Ministry | French government | French military | French army | French navy | Assemblee Nationale | French National Assembly | =DGSE | Banque de France
alias DE body : German Foreign Office | German Foreign Ministry | German government | Bundeswehr | Bundestag | Bundesrat | Bundesbank | =BND | German Defence Ministry | German Defense Ministry
alias JP body : Japanese Foreign Ministry | Japanese government | Japan Self-Defense Forces | Self-Defense Forces | Japan Self-Defence Forces | Self-Defence Forces | =JSDF | Maritime Self-Defense Force | Japan Coast Guard | Bank of Japan | =METI | Ministry of Economy, Trade and Industry | National Diet | =JICA | =JAXA | =JBIC | Japan Bank for International Cooperation
alias KR body : South Korean Foreign Ministry | South Korean government | South Korean military | Joint Chiefs of Staff in Seoul | National Assembly in Seoul | Bank of Korea
alias KP body : Korean People's Army | =KPA | Workers' Party of Korea | North Korean military | State Affairs Commission
alias IN body : Indian Foreign Ministry | Ministry of External Affairs | Indian government | Indian military | Indian Army | Indian Navy | Indian Air Force | Lok Sabha | Rajya Sabha | Reserve Bank of India | =RBI | =ISRO | =DRDO | Research and Analysis Wing
alias PK body : Pakistani military | Pakistan Army | Pakistani Army | =ISI | Inter-Services Intelligence | Pakistani government | National Assembly of Pakistan | =ISPR
alias IR body : Iranian Foreign Ministry | Iranian government | Islamic Revolutionary Guard Corps | Revolutionary Guards | Revolutionary Guard | =IRGC | Quds Force | Guardian Council | Iranian military | Atomic Energy Organization of Iran | =AEOI
alias IL body : Israeli government | Israel Defense Forces | Israel Defence Forces | =IDF | Israeli military | Israeli army | Israeli Air Force | Mossad | Shin Bet | Israeli Foreign Ministry
alias TR body : Turkish Foreign Ministry | Turkish government | Turkish military | Turkish armed forces | Grand National Assembly | Turkish parliament | Turkish intelligence
alias UA body : Ukrainian Foreign Ministry | Ukrainian government | Ukrainian military | Ukrainian army | Ukrainian armed forces | Armed Forces of Ukraine | =SBU | =HUR | =GUR | National Bank of Ukraine
alias SA body : Saudi government | Saudi Foreign Ministry | Saudi military | Public Investment Fund | =PIF | Saudi Arabian Monetary Authority | Saudi Central Bank
alias AE body : Emirati government | UAE Foreign Ministry | Mubadala | Abu Dhabi Investment Authority | =ADIA
alias QA body : Qatar Investment Authority | =QIA | Qatari government
alias TW body : Taiwanese government | Taiwan's Ministry of National Defense | Mainland Affairs Council | Legislative Yuan | Executive Yuan
alias BR body : Itamaraty | Brazilian government | =BNDES
alias AU body : Australian government | Australian Defence Force | =DFAT | Department of Foreign Affairs and Trade
alias CA body : Canadian government | Global Affairs Canada | Canadian Armed Forces
alias IT body : Italian government | Farnesina | Palazzo Chigi
alias ES body : Spanish government | La Moncloa | Moncloa Palace
alias PL body : Polish government | Polish army | Polish military
alias HU body : Hungarian government
alias VN body : Vietnamese government | Vietnam People's Army | Communist Party of Vietnam
alias PH body : Philippine government | Armed Forces of the Philippines | Philippine Coast Guard
alias EG body : Egyptian government | Egyptian military | Egyptian army
alias BY body : Belarusian government | Belarusian military
alias VE body : Venezuelan government | =PDVSA | Petroleos de Venezuela
alias SY body : Syrian government | Syrian army | Syrian Arab Army
alias AF body : Afghan government | Afghan army | Afghan National Army
alias ZA body : South African government | =DIRCO | =SANDF
alias NG body : Nigerian government | Nigerian army | =NNPC | Nigerian National Petroleum Corporation
alias MX body : Mexican government | =SEDENA
alias ID body : Indonesian government | =TNI | Indonesian military
alias SG body : Temasek | =GIC
alias NO body : Norwegian government | Government Pension Fund Global | Norges Bank
alias KZ body : Kazakh government | Samruk-Kazyna

# Large state-owned companies.
alias RU company : Rosneft | Gazprom | Gazprom Neft | Transneft | Rosatom | Rostec | Rosoboronexport | Novatek | Sberbank | =VTB | Aeroflot | Russian Railways | Almaz-Antey | United Aircraft Corporation | United Shipbuilding Corporation | Sovcomflot | Gazprombank | =RDIF | Russian Direct Investment Fund | Uralvagonzavod | Zarubezhneft
alias CN company : =CNPC | China National Petroleum Corporation | China National Petroleum Corp | PetroChina | Sinopec | China Petroleum & Chemical Corporation | =CNOOC | China National Offshore Oil Corporation | State Grid Corporation of China | State Grid | China Three Gorges | China General Nuclear | =CGN | China National Nuclear Corporation | =CNNC | =COSCO | =COMAC | =AVIC | =NORINCO | China North Industries | China State Shipbuilding Corporation | =CSSC | China Railway Construction | China Communications Construction | =CRRC | =SMIC | China Mobile | China Telecom | China Unicom | Industrial and Commercial Bank of China | =ICBC | Bank of China | China Construction Bank | Agricultural Bank of China | =CITIC | =SASAC | China Investment Corporation | Silk Road Fund | Sinochem | ChemChina | =COFCO | China Harbour Engineering | PowerChina | China Energy Engineering | =CETC | China Aerospace Science and Technology Corporation | =CASC | =CASIC
alias SA company : Saudi Aramco | Aramco | =SABIC | =Ma'aden
alias AE company : =ADNOC | Abu Dhabi National Oil Company | =ENEC | =Masdar | =Etihad | Emirates Global Aluminium | =EDGE Group | DP World | =ADQ
alias QA company : QatarEnergy | Qatar Petroleum | Qatar Airways | QatarGas
alias BR company : Petrobras | Eletrobras
alias MX company : Pemex | Petroleos Mexicanos | =CFE
alias NO company : Equinor | Statoil
alias MY company : Petronas
alias ID company : Pertamina | Indonesia Investment Authority
alias IN company : =ONGC | Oil and Natural Gas Corporation | ONGC Videsh | Indian Oil Corporation | Indian Oil Corp | =NTPC | =BHEL | Hindustan Aeronautics | Bharat Electronics | =GAIL | =BPCL | =HPCL | Coal India | =NPCIL
alias KR company : =KEPCO | Korea Electric Power Corporation | Korea Electric Power Corp | =KHNP | Korea Hydro & Nuclear Power | =KOGAS | Korea Gas Corporation | Korea National Oil Corporation | =KNOC | Korea Aerospace Industries
alias JP company : =JOGMEC | =NEXI | Japan Post
alias FR company : =EDF | Electricite de France | =Orano | =Areva | Naval Group
alias IT company : ^Eni | Leonardo SpA | Fincantieri | =Enel
alias IR company : National Iranian Oil Company | =NIOC | National Iranian Tanker Company | =NITC
alias IQ company : =SOMO | State Organization for Marketing of Oil
alias KZ company : KazMunayGas | Kazatomprom
alias AZ company : =SOCAR | State Oil Company of Azerbaijan
alias DZ company : Sonatrach
alias AO company : Sonangol
alias LY company : National Oil Corporation of Libya | Libya's National Oil Corporation
alias KW company : Kuwait Petroleum Corporation | Kuwait Investment Authority
alias TR company : =BOTAS | Turkish Airlines | Turkish Petroleum | =TPAO | =TUSAS | =ASELSAN | Turkish Aerospace
alias UA company : Naftogaz | Energoatom | Ukrenergo | Ukrzaliznytsia | Ukroboronprom
alias IL company : Israel Aerospace Industries | =IAI | Rafael Advanced Defense Systems | Israel Electric Corporation
alias VN company : PetroVietnam | Viettel | Vietnam Electricity
alias TW company : Taipower
alias PL company : =Orlen | =PGNiG | =PGE | Polska Grupa Zbrojeniowa
alias HU company : =MVM
alias BY company : Belaruskali
alias CO company : Ecopetrol
alias CL company : Codelco
alias OM company : Petroleum Development Oman
alias CZ company : =CEZ
alias AT company : =OMV
alias KP company : Korea Mining Development Trading Corporation | =KOMID
