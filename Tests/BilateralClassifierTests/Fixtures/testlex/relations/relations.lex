# Relation words, coref and international phrases for the unit tests.
relation 0.5 : relations | ties | between
coref : the two countries | both sides | bilateral
international : abroad | export{,s} | overseas
abbreviations : Mr | Dr | Gen
