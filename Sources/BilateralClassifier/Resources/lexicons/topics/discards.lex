# Sentence and item discards that hold for every topic: text that names
# countries but is not about relations between them.
# A 'discard item' phrase must be specific to whole genres (results, weather,
# horoscopes); a 'discard sentence' phrase silences only its sentence.

discard item : horoscope{,s} | your stars | star sign{,s} | weather forecast | crossword | sudoku | lottery results | lotto results | match report | live scores  # top 2026-11-29 genres never about relations
discard item : premier league | champions league | europa league | la liga | serie a | bundesliga | super bowl | grand prix | grand slam | test match | t20 | one day international | =ODI | world cup qualifier{,s} | friendly match  # top 2026-11-29 sports results
discard sentence : won gold | won silver | won bronze | gold medal{,s} | olympic champion | world champion | world record | scored a goal | scored twice | scored the winner | equali{s,z}er | half time | full time | hat trick | penalty shootout | semi final{,s} | quarter final{,s} | final whistle | innings | wickets | medal{,s} | podium  # top 2026-11-29 sports sentences
discard sentence : temperatures | heavy rain | snowfall | heatwave | heat wave | degrees celsius | degrees fahrenheit | forecasters | box office | red carpet | celebrity  # top 2026-11-29 weather and showbiz sentences
