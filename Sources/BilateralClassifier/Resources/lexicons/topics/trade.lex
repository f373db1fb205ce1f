# Trade: trade volumes, exports and imports, tariffs, trade agreements and
# disputes, market access. Not investment, not loans; tariffs are trade,
# not sanctions.
topic trade : Trade

cue trade 0.9 : free trade agreement{,s} | free trade deal | free trade area | free trade zone | trade agreement{,s} | trade deal{,s} | trade pact | trade war{,s} | trade dispute{,s} | trade talks  # top 2026-11-29 unambiguous
cue trade 0.9 : bilateral trade | two way trade | trade volume{,s} | volume of trade | trade surplus | trade deficit | trade balance | trade ties | trade relations | trading partner{,s}  # top 2026-11-29 unambiguous
cue trade 0.8 : trade curbs | trade restrictions | tariff{,s} | anti dumping | antidumping | dumping duties | import dut{y,ies} | customs dut{y,ies} | market access | trade barrier{,s} | quota{,s} on import{,s}  # top 2026-11-29 trade policy
cue trade 0.7 : trade cooperation | economic and trade | trade and economic | foreign trade | world trade | exporter{,s} | importer{,s}  # top 2026-11-29
cue trade 0.5 : trade | export{,s,ed,ing} | import{,s,ed,ing} | shipment{,s} | purchases  # top 2026-11-29 generic
cue trade 0.3 : market | markets | goods | commerce | commercial | customs | economic cooperation | sell{,s,ing} | sold | buy{,s,ing} | bought  # top 2026-11-29 very generic

# discards
cue trade 0 : trade{,s,d} accusations | trade{,s,d} insults | trade{,s,d} barbs | trade{,s,d} blows | trade{,s,d} places | trade off{,s} | trade{,s,d} punches | trade wind{,s} | trade union{,s} | trades union{,s} | trade unionist{,s} | trade mark{,s} | trade secret{,s} | trade fair{,s} | trade show{,s} | horse trading | trade in your  # top 2026-11-29 not trade between countries
cue trade 0 : import{,s,ed} into the database | black market | stock market{,s} | housing market | job market | labour market | labor market | sold out | sell out | buy in  # top 2026-11-29 domestic senses

cue trade 0.8 : trading giant | trading power | trading nation | world trade organi{s,z}ation | =WTO  # top 2026-11-29 the WTO's remit is trade (the phrase is also an actor alias)
cue trade 0.7 : export{,s,ed,ing} to | import{,s,ed,ing} from | shipments to | sales to | exports of  # top 2026-11-29 goods going from one to the other

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue trade 0.9 : acuerdo comercial | accord commercial | acordo comercial | guerra comercial | guerre commerciale | disputa comercial | guerra tarifaria | libre comercio | libre echange | livre comercio  # top 2026-11-29
cue trade 0.8 : arancel{,es} | droits de douane | tarifa{,s} aduaneira{,s} | tarifas | exportaciones | importaciones | exportations | importations | exportacoes | importacoes  # top 2026-11-29
cue trade 0.5 : comercio | comercial | commerciale | exporta{,r,n} | importa{,r,n}  # top 2026-11-29 generic
