# A few topics and cues for the unit tests.
topic diplomacy : Diplomacy and visits
topic trade : Trade
topic energy : Energy
topic territorial-dispute : Territorial disputes
topic defense-cooperation : Arms and defence cooperation
topic geopolitics : Strategic alignment

cue diplomacy 0.8 : visit{,s,ed} | summit | talks
cue diplomacy 0.4 : ambassador{,s}
cue trade 0.8 : trade | export{,s} | import{,s}
cue trade 0.4 : market
cue trade -0.5 : black market
cue energy 0.8 : oil | gas | pipeline{,s}
cue energy 0 : oil painting{,s} | gas giant
cue territorial-dispute 0.8 : claim{,s} | sovereignty | dispute{,s}
cue defense-cooperation 0.8 : arms sale{,s} | weapons
cue geopolitics 0.8 : alliance | rivalry | axis

discard sentence : rumour has it
discard item : football | horoscope
