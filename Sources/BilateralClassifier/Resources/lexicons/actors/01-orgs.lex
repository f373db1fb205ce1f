# International organisations of spec/relation-topics.md (hand-edited).
# gaz 2026-11-29. Names checked against Phoenix.International.actors.txt.
# Organisations followed by "summit", "meeting"... are venues for the engine:
# no alias here ends in "summit", so that rule can see the word.
# "Brussels" is Belgium's capital (00-countries.lex); as EU metonymy it is
# decided by rules in 08-ambiguity.lex (EU context in the sentence -> EU).

actor EU org : European Union
alias EU name : European Union | =EU | E.U. | European Commission | EU Commission | European Council | Council of the European Union | European Parliament | Eurozone | euro zone | euro area | European Central Bank | =ECB | European External Action Service | =EEAS | Berlaymont  # gaz 2026-11-29
alias EU member : EU member states | EU states | EU countries | the Twenty-Seven | =EU27 | EU-27 | bloc of 27

actor UN org : United Nations
alias UN name : United Nations | =UN | U.N. | United Nations Organization | UN Security Council | U.N. Security Council | United Nations Security Council | =UNSC | Security Council | UN General Assembly | U.N. General Assembly | United Nations General Assembly | =UNGA | UN Secretary-General | UN chief | UN Human Rights Council | =UNHCR | =UNICEF | =UNESCO | =UNDP | World Food Programme | World Food Program | =WFP | =UNRWA | =IAEA | International Atomic Energy Agency | World Health Organization | World Health Organisation | International Court of Justice | =ICJ | =FAO | Food and Agriculture Organization | =UNCTAD | =OCHA | =MONUSCO | =UNIFIL | =UNMISS | UN peacekeepers | UN peacekeeping  # gaz 2026-11-29 UN system bodies count as the UN
alias UN minister [2017-01-01..2026-12-31] : António Guterres | Antonio Guterres | ^Guterres  # gaz 2026-11-29 Secretary-General since 2017-01-01
alias UN minister [2007-01-01..2016-12-31] : Ban Ki-moon  # gaz 2026-11-29 Secretary-General 2007-2016

actor NATO org : NATO
alias NATO name : =NATO | N.A.T.O. | ^Nato | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | North Atlantic Alliance | Atlantic Alliance | North Atlantic Council | NATO allies
alias NATO minister [2014-10-01..2024-10-01] : Jens Stoltenberg | ^Stoltenberg  # gaz 2026-11-29 NATO Secretary General
alias NATO minister [2024-10-01..] : Mark Rutte | ^Rutte  # gaz 2026-11-29 NATO Secretary General (Dutch PM before: see NL)

actor ASEAN org : ASEAN
alias ASEAN name : =ASEAN | ^Asean | Association of Southeast Asian Nations | Association of South East Asian Nations | Association of South-East Asian Nations

actor APEC org : APEC
alias APEC name : =APEC | ^Apec | Asia-Pacific Economic Cooperation | Asia Pacific Economic Cooperation

actor BRICS org : BRICS
alias BRICS name : =BRICS | =BRIC | ^Brics | BRICS Plus | New Development Bank | BRICS bank

actor SCO org : Shanghai Cooperation Organisation
alias SCO name : =SCO | Shanghai Cooperation Organisation | Shanghai Cooperation Organization | Shanghai Five

actor OPEC org : OPEC
alias OPEC name : =OPEC | ^Opec | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries | OPEC Plus

actor AFU org : African Union
alias AFU name : African Union | =AU Commission | African Union Commission | Organisation of African Unity | Organization of African Unity | =OAU | African Union Mission | =AMISOM | =ATMIS | Peace and Security Council of the African Union  # gaz 2026-11-29 plain "AU" is Australia's code, not an alias

actor GCC org : Gulf Cooperation Council
alias GCC name : Gulf Cooperation Council | =GCC | Cooperation Council for the Arab States of the Gulf | Gulf Co-operation Council

actor OSCE org : OSCE
alias OSCE name : =OSCE | Organization for Security and Co-operation in Europe | Organisation for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe | =CSCE

actor ECOWAS org : ECOWAS
alias ECOWAS name : =ECOWAS | ^Ecowas | Economic Community of West African States | =CEDEAO

actor G7 org : Group of Seven
alias G7 name : =G7 | =G-7 | Group of Seven | =G8 | =G-8 | Group of Eight  # gaz 2026-11-29 G8 (with Russia, 1997-2014) read as G7

actor G20 org : Group of Twenty
alias G20 name : =G20 | =G-20 | Group of Twenty | Group of 20

actor WTO org : World Trade Organization
alias WTO name : =WTO | World Trade Organization | World Trade Organisation | =GATT | General Agreement on Tariffs and Trade

actor IMF org : International Monetary Fund
alias IMF name : =IMF | International Monetary Fund | I.M.F.

actor WB org : World Bank
alias WB name : World Bank | World Bank Group | International Bank for Reconstruction and Development | =IBRD | International Development Association | International Finance Corporation

actor ICC org : International Criminal Court
alias ICC name : International Criminal Court | =ICC | ICC prosecutor | Rome Statute
