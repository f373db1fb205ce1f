# Fictional actors and topics for the daemon's integration tests (FORMAT.md).
# The shipped lexicons are switched off (lexicons.shipped: false), so tests
# do not depend on real-world lexicon edits. # test fixture 2026-11-29
actor AR country : Arnor
actor GO country : Gondor
actor RH country : Rohan
alias AR name : Arnor
alias AR demonym : Arnorian{,s}
alias GO name : Gondor
alias GO capital : Minas Tirith
alias RH name : Rohan
alias RH capital : Edoras
topic trade : Trade
topic energy : Energy
# defined, never cued: `bilateral topics` lists it with 0 items
topic sanctions : Sanctions
cue trade 0.8 : trade | export{,s,ed} | import{,s,ed} | tariff{,s}
cue energy 0.8 : pipeline{,s} | lamp oil | coal
relation 0.6 : sign{,s,ed} | talks | with | between | sell{,s,ing} to
