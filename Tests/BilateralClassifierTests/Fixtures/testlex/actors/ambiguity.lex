# Context rules for the ambiguous fictional names.
rule Westfold => AR in-item : Weathertop | Fornost
rule Mordor => - in-sentence : board game | tabletop
rule Rohan => - after : kapoor
rule Dale => - before : chip and
rule Dale => - prev-capitalized
rule Dale => - next-capitalized
