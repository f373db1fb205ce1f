# Disputed territories and the actors that claim or hold them (hand-edited,
# gaz 2026-11-29). A territory phrase is not a mention of its claimants; it
# ties the territorial-dispute cues of its sentence to their pairs.
# Territories that are ISO 3166-1 entries are actors, not territory lines:
# Western Sahara (EH), Falkland Islands (FK: "Malvinas" is kept here as the
# Argentine claim, AR GB), Chagos/British Indian Ocean Territory (IO).

territory CN JP : Senkaku Islands | Diaoyu Islands | Senkaku/Diaoyu | Diaoyu/Senkaku | Senkakus | Diaoyutai | Diaoyutai Islands | Senkaku | Diaoyu
territory CN JP TW : Senkaku Islands, which Taiwan also claims
territory JP RU : Kuril Islands | Kurile Islands | Kurils | Kuriles | Southern Kurils | Northern Territories | Etorofu | Iturup | Kunashiri | Kunashir | Shikotan | Habomai | Habomai Islands
territory CN PH VN MY BN TW : Spratly Islands | Spratlys | Spratly | Nansha Islands | Truong Sa
territory CN VN TW : Paracel Islands | Paracels | Xisha Islands | Hoang Sa | Woody Island
territory CN PH : Scarborough Shoal | Huangyan Island | Second Thomas Shoal | Ayungin Shoal | Ren'ai Reef | Mischief Reef | Sabina Shoal | Whitsun Reef | Thitu | Pag-asa Island | Reed Bank
territory CN PH VN MY BN TW : Nine-Dash Line | nine-dash line | ten-dash line
territory IN PK : Kashmir | Jammu and Kashmir | Azad Kashmir | Pakistan-administered Kashmir | Indian-administered Kashmir | Line of Control | Gilgit-Baltistan | Siachen Glacier
territory CN IN : Aksai Chin | Line of Actual Control | Galwan Valley | Arunachal Pradesh | Zangnan | South Tibet | Tawang
territory RU UA : Crimea | Crimean Peninsula | Kerch Strait | Crimean Bridge | Kerch Bridge | Sevastopol
territory IL SY : Golan Heights | Golan | Mount Hermon
territory IL PS : East Jerusalem | occupied West Bank | Judea and Samaria
territory AR GB : Malvinas | Islas Malvinas | Malvinas Islands | Falkland Islands/Malvinas | Malvinas/Falklands | Falklands/Malvinas | Falklands (Malvinas)
territory JP KR : Dokdo | Takeshima | Liancourt Rocks | Dokdo/Takeshima
territory GY VE : Essequibo | Guayana Esequiba | Esequibo
territory AZ AM : Lachin corridor | Zangezur corridor
territory GR TR : Imia | Kardak | Imia/Kardak
territory CY TR : Varosha | Turkish Republic of Northern Cyprus | =TRNC
territory RS XK : North Kosovo | Mitrovica
territory SD SS : Abyei | Heglig
territory ET SD : al-Fashaga | Fashaga
territory ER ET : Badme
territory KP KR : Northern Limit Line | =NLL
territory BZ GT HN : Sapodilla Cayes
territory IR AE : Abu Musa | Greater Tunb | Lesser Tunb | Tunb Islands
territory DK CA : Hans Island
territory CN KR : Ieodo | Socotra Rock | Suyan Rock
territory IL LB : Shebaa Farms
territory BT CN IN : Doklam | Doklam plateau
