# Education and science: student and youth exchanges, universities,
# scholarships, joint research, academic cooperation. Not technology trade.
topic education-science : Education and science

cue education-science 0.9 : youth exchange{,s} | student exchange{,s} | academic exchange{,s} | exchange student{,s} | joint research | scientific cooperation | academic cooperation | educational cooperation | cooperation in education | confucius institute{,s} | international students | foreign students | study abroad  # top 2026-11-29 unambiguous
cue education-science 0.7 : scholarship{,s} | universit{y,ies} | research cooperation | research institute{,s} | joint laboratory | joint laboratories | academy of sciences | scientific | scientists | researchers  # top 2026-11-29 specific
cue education-science 0.6 : education | educational | academic{,s} | science  # top 2026-11-29 generic
cue education-science 0.4 : research | student{,s} | school{,s} | teacher{,s}  # top 2026-11-29 very generic

# discards
cue education-science 0 : school of thought | old school | school shooting{,s} | political science | science fiction | rocket science | research shows | market research | opposition research  # top 2026-11-29 other senses
cue education-science 0 : university study | study found | studies show | university said | university professor said  # top 2026-11-29 a university as the source of a finding, not academic cooperation

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue education-science 0.9 : intercambio{,s} de estudiantes | echange{,s} d etudiants | intercambio{,s} estudantil | cooperacion cientifica | cooperation scientifique | cooperacao cientifica  # top 2026-11-29
cue education-science 0.5 : universidad{,es} | universite{,s} | universidade{,s} | estudiantes | etudiants | estudantes | educacion | education nationale  # top 2026-11-29 generic
