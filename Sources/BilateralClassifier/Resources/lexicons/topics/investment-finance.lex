# Investment and finance: foreign direct investment, loans and credit lines,
# joint ventures, currency swaps, payment systems, debt. Not aid grants.
topic investment-finance : Investment and finance

cue investment-finance 0.9 : foreign direct investment | =FDI | credit line{,s} | line{,s} of credit | currency swap{,s} | swap line{,s} | sovereign wealth fund{,s} | belt and road  # top 2026-11-29 unambiguous
cue investment-finance 0.8 : joint venture{,s} | loan{,s} | lend{,s,ing} | lent | payment system{,s} | foreign investment{,s} | foreign investor{,s} | investment deal{,s} | investment fund{,s}  # top 2026-11-29 specific
cue investment-finance 0.7 : bailout | bail out | debt restructuring | sovereign debt | bond{,s} issue | financing | infrastructure investment | investment cooperation  # top 2026-11-29
cue investment-finance 0.5 : investment{,s} | invest{,s,ed,ing} | investor{,s} | debt | debts | creditor{,s} | renminbi | yuan | acquisition{,s} | takeover{,s} | stake in  # top 2026-11-29 generic
cue investment-finance 0.3 : bank{,s} | finance | financial | fund{,s,ed,ing}  # top 2026-11-29 very generic

# discards
cue investment-finance 0 : invest{,ed} time | invested in the club | debt of gratitude | food bank{,s} | river bank{,s} | west bank | blood bank{,s} | sperm bank | data bank | capital city | capital punishment | the capital  # top 2026-11-29 other senses
cue investment-finance 0 : debt relief  # top 2026-11-29 debt relief is aid

cue investment-finance 0.7 : international monetary fund | =IMF  # top 2026-11-29 the IMF's remit is loans (the phrase is also an actor alias)

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue investment-finance 0.8 : prestamo{,s} | pret{,s} | emprestimo{,s} | inversion extranjera | investissement{,s} etranger{,s} | investimento estrangeiro | =FMI | fondo monetario internacional | fonds monetaire international | fundo monetario internacional  # top 2026-11-29 loans; the IMF in es/fr/pt
cue investment-finance 0.5 : inversion{,es} | investissement{,s} | investimento{,s} | deuda | dette | divida  # top 2026-11-29 generic
