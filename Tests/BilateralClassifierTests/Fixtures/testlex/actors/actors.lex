# Fictional actors for the unit tests: small, stable, and no real country.
# tests 2026-11-29
actor AR country : Arnor
actor GO country : Gondor
actor MO country : Mordor
actor RH country : Rohan
actor DA country : Dale
actor WC org : White Council

alias AR name : Arnor | North Kingdom
alias AR demonym : Arnorian{,s}
alias AR capital : Annuminas
alias AR place : Fornost
alias GO name : Gondor | Realm of Gondor | =GDR
alias GO demonym : Gondorian{,s}
alias GO capital : Minas Tirith
alias GO place : Osgiliath | Pelargir
alias GO seat : the White Tower
alias GO leader [2001-01-01..2010-12-31] : Denethor   # steward until 2010
alias AR leader [..2010-12] : Aragorn
alias GO leader [2011..] : Aragorn | King Elessar
alias MO name : Mordor
alias MO demonym : Mordorian{,s}
alias MO capital : Barad-dûr
alias RH name : Rohan
alias RH capital : ^Edoras
alias RH place : Westfold
alias DA name : ^Dale
alias WC name : White Council
alias WC member : the Wise

block : Gondor Street | Sea of Rhun
territory GO MO : Ithilien | Cirith Ungol
