# A user folder overriding the test lexicon.
actor GO country : Gondor Realm
unalias GO : Osgiliath
alias GO name : Osgiliath City
cue trade 0.3 : trade
topic trade : Commerce
