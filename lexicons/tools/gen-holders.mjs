#!/usr/bin/env node
// gen-holders.mjs - generate dyad's office-holder gazetteer (lexicons/holders.tsv)
// from the petrarch country actor dictionary and the hand-written TABLE below.
//
// How to regenerate (from the repository root; Node 20, no dependencies):
//   node lexicons/tools/gen-holders.mjs /path/to/Phoenix.Countries.actors.txt \
//     lexicons/countries.tsv lexicons/actors.tsv lexicons/historical.tsv \
//     > lexicons/holders.tsv
//
// Phoenix.Countries.actors.txt is the country actor dictionary of the
// TABARI/PETRARCH event coders (Open Event Data Alliance, MIT licence, see
// lexicons/LICENSE.petrarch). It is not in this repository: holders.tsv is
// committed, and only whoever changes the TABLE needs the dictionary.
//
// Further gazetteer files (historical.tsv, ...) may follow actors.tsv: the
// aliases are checked against them too.
//
// Options (after the paths):
//   --gaps     list, on stderr, successive holders of one office whose dates
//              do not join (a gap or an overlap: acting holders left out,
//              vacancies, or a typo)
//   --suggest  list, on stderr, table lines without a petrarch reference for
//              which the dictionary has a matching GOV role
//
// Output is deterministic: sorted by code, office group, start date, table
// order. Any problem (bad line, bad date, unknown petrarch reference, an
// alias that maps to two codes at once, a clash with countries.tsv or
// actors.tsv) stops the run with a message and exit status 1.
//
// ---------------------------------------------------------------------------
// The TABLE
// ---------------------------------------------------------------------------
// One line per person and term of one office, fields separated by " | ":
//   code | group | office | from | to | aliases | petrarch reference
// - group: hs (head of state), hg (head of government), fm (foreign
//   minister), dm (defence minister), x (other office).
// - office: the note written to holders.tsv.
// - from, to: YYYY-MM-DD, inclusive; a handover day is in both ranges (to =
//   the day the successor took office). `to` empty: in office. `@`: take the
//   date from the petrarch role named in the reference. A `from` of
//   1980-01-01 with "(in office since ...)" in the office means: took office
//   before the period this file covers (1980 on), on a day not recorded
//   here; a `from` on the first of a later month or year with "(in office
//   since April 1988)" or "(in office since 1981)": took office in that
//   month or year, on a day not recorded here, so the line starts on the
//   first day the person is certain to have been in office.
// - aliases: separated by ";": the full name as written in English news
//   (ASCII spellings too where news drops diacritics) and, only when it is
//   distinctive in news, the surname alone. Each alias becomes one line.
// - petrarch reference (optional): NAME_ [ROLE range] as in the dictionary,
//   e.g. `TOSHIKI_KAIFU_ [JPNGOV 890809-911106]`, or just NAME_, in which
//   case a GOV role of that person must agree with from/to within TOL_DAYS
//   (the dictionary is off by a day or two in places, and from about 2003
//   its minister roles are month-rounded snapshots; where they differ, the
//   table keeps the date of the public record). Only GOV roles (and GOVMIL
//   for defence ministers) are used, never ELI (not in office).
//
// Period: people in office at any time from 1980 to today, with their full
// terms (and their earlier terms of the same office where the table lists
// them); every US president and secretary of state since 1789. For the
// 1980s the table also lists, where the news of the time names them, the
// finance, treasury and economy ministers and a few trade, commerce and
// agriculture ministers (group x), and the US vice presidents, White House
// chiefs of staff and national security advisers; and Egypt, Pakistan, Peru
// and the Philippines. West Germany is DEU and the Soviet Union SUN, as in
// historical.tsv. Deng Xiaoping (no formal office) and Saddam Hussein are in
// actors.tsv; Hu Yaobang (party office only) is left out.
//
// Sources: the petrarch dictionary (roles up to early 2014) for the lines
// with a reference; public records (official lists of office holders) for
// everything else (the US trade representatives' dates agree with petrarch's
// USAGOVBUS roles, which the check does not read). Left out on purpose:
// people whose dates are not certain, and surnames that are common or are
// places (Lee, Kim, Wang, Li, Smith, Johnson, Brown, May, Hague, Conte,
// Napolitano, Albanese, Baker, Clark, Regan, Block, Brock, Garcia, Gandhi,
// Botha, Keating, Schmidt, Brady, Colombo, Begin, Younger, Viola, ...).

import { readFileSync } from 'node:fs';

const TOL_DAYS = 40;

const COUNTRY = {
  ARG: 'Argentina', AUS: 'Australia', BRA: 'Brazil', CAN: 'Canada', CHN: 'China',
  DEU: 'Germany', EGY: 'Egypt', EUU: 'European Union', FRA: 'France',
  GBR: 'United Kingdom', IDN: 'Indonesia', IND: 'India', IRN: 'Iran',
  ISR: 'Israel', ITA: 'Italy', JPN: 'Japan', KOR: 'South Korea', MEX: 'Mexico',
  PAK: 'Pakistan', PER: 'Peru', PHL: 'Philippines', PRK: 'North Korea',
  RUS: 'Russia', SAU: 'Saudi Arabia', SUN: 'Soviet Union',
  TUR: 'Turkey', TWN: 'Taiwan', UKR: 'Ukraine', USA: 'United States',
  ZAF: 'South Africa',
};

// Codes under which petrarch files a dyad code's people.
const PETRARCH_CODE = { SUN: 'RUS' };

const GROUPS = {
  hs: 'heads of state',
  hg: 'heads of government',
  fm: 'foreign ministers',
  dm: 'defence ministers',
  x: 'other offices',
};
const GROUP_ORDER = Object.keys(GROUPS);

const TABLE = String.raw`
# ============================================================ ARG
ARG | hs | President | @ | @ | Jorge Rafael Videla; Jorge Videla; Videla | JORGE_RAFAEL_VIDELA_ [ARGGOV 760329-810329]
ARG | hs | President | @ | @ | Roberto Eduardo Viola; Roberto Viola | ROBERTO_EDUARDO_VIOLA_ [ARGGOV 810329-811211]
ARG | hs | President | @ | @ | Leopoldo Galtieri; Galtieri | LEOPOLDO_GALTIERI_ [ARGGOV 811222-820618]
ARG | hs | President | @ | @ | Reynaldo Bignone; Bignone | REYNALDO_BIGNONE_ [ARGGOV 820701-831210]
ARG | hs | President | @ | @ | Raúl Alfonsín; Raul Alfonsin; Alfonsín; Alfonsin | RAUL_ALFONSIN_ [ARGGOV 831210-890708]
ARG | hs | President | @ | @ | Carlos Menem; Carlos Saúl Menem; Carlos Saul Menem; Menem | CARLOS_SAUL_MENEM_ [ARGGOV 890708-991210]
ARG | hs | President | 1999-12-10 | 2001-12-21 | Fernando de la Rúa; Fernando de la Rua | FERNANDO_DE_LA_RUA_
ARG | hs | President (acting) | @ | @ | Ramón Puerta; Ramon Puerta | RAMON_PUERTA_ [ARGGOV 20011221-20011223]
ARG | hs | President | 2001-12-23 | 2001-12-30 | Adolfo Rodríguez Saá; Adolfo Rodriguez Saa | ADOLFO_RODRIGUEZ_SAA_
ARG | hs | President | @ | 2003-05-25 | Eduardo Duhalde; Duhalde | EDUARDO_DUHALDE_ [ARGGOV 20020102-20030525]
ARG | hs | President | @ | @ | Néstor Kirchner; Nestor Kirchner; Kirchner | NESTOR_KIRCHNER_ [ARGGOV 20030525-20071210]
ARG | hs | President | 2007-12-10 | 2015-12-10 | Cristina Fernández de Kirchner; Cristina Fernandez de Kirchner; Cristina Kirchner; Kirchner | CRISTINA_FERNANDEZ_DE_KIRCHNER_
ARG | hs | President | 2015-12-10 | 2019-12-10 | Mauricio Macri; Macri
ARG | hs | President | 2019-12-10 | 2023-12-10 | Alberto Fernández; Alberto Fernandez
ARG | hs | President | 2023-12-10 |  | Javier Milei; Milei
ARG | fm | Foreign Minister | 2015-12-10 | 2017-06-12 | Susana Malcorra; Malcorra
ARG | fm | Foreign Minister | 2017-06-12 | 2019-12-10 | Jorge Faurie
ARG | fm | Foreign Minister | 2019-12-10 | 2021-09-20 | Felipe Solá; Felipe Sola
ARG | fm | Foreign Minister | 2021-09-20 | 2023-12-10 | Santiago Cafiero
ARG | fm | Foreign Minister | 2023-12-10 | 2024-10-30 | Diana Mondino; Mondino
ARG | dm | Defence Minister | 2021-09-20 | 2023-12-10 | Jorge Taiana
ARG | x | Economy Minister | 1985-02-19 | 1989-03-31 | Juan Vital Sourrouille; Juan V. Sourrouille; Juan Sourrouille; Sourrouille

# ============================================================ AUS
AUS | hg | Prime Minister | @ | @ | Malcolm Fraser | MALCOLM_FRASER_ [AUSGOV 751111-830311]
AUS | hg | Prime Minister | @ | @ | Bob Hawke; Hawke | BOB_HAWKE_ [AUSGOV 830311-911220]
AUS | hg | Prime Minister | @ | @ | Paul Keating | PAUL_KEATING_ [AUSGOV 911220-960311]
AUS | hg | Prime Minister | @ | @ | John Howard | JOHN_HOWARD_ [AUSGOV 960311-071203]
AUS | hg | Prime Minister | 2007-12-03 | 2010-06-24 | Kevin Rudd; Rudd | KEVIN_RUDD_
AUS | hg | Prime Minister | 2010-06-24 | 2013-06-27 | Julia Gillard; Gillard
AUS | hg | Prime Minister | 2013-06-27 | 2013-09-18 | Kevin Rudd; Rudd
AUS | hg | Prime Minister | 2013-09-18 | 2015-09-15 | Tony Abbott | TONY_ABBOTT
AUS | hg | Prime Minister | 2015-09-15 | 2018-08-24 | Malcolm Turnbull; Turnbull
AUS | hg | Prime Minister | 2018-08-24 | 2022-05-23 | Scott Morrison
AUS | hg | Prime Minister | 2022-05-23 |  | Anthony Albanese
AUS | fm | Foreign Minister | 1983-03-11 | 1988-09-02 | Bill Hayden
AUS | fm | Foreign Minister | 1988-09-02 | 1996-03-11 | Gareth Evans
AUS | fm | Foreign Minister | 1996-03-11 | 2007-12-03 | Alexander Downer; Downer
AUS | fm | Foreign Minister | 2007-12-03 | 2010-09-14 | Stephen Smith
AUS | fm | Foreign Minister | 2010-09-14 | 2012-02-22 | Kevin Rudd; Rudd
AUS | fm | Foreign Minister | 2012-03-13 | 2013-09-18 | Bob Carr
AUS | fm | Foreign Minister | 2013-09-18 | 2018-08-28 | Julie Bishop
AUS | fm | Foreign Minister | 2018-08-28 | 2022-05-23 | Marise Payne
AUS | fm | Foreign Minister | 2022-05-23 |  | Penny Wong
AUS | dm | Defence Minister | 1983-03-11 | 1984-12-13 | Gordon Scholes
AUS | dm | Defence Minister | 1984-12-13 | 1990-04-04 | Kim Beazley; Beazley
AUS | dm | Defence Minister | 1990-04-04 | 1996-03-11 | Robert Ray
AUS | dm | Defence Minister | 1996-03-11 | 1998-10-21 | Ian McLachlan
AUS | dm | Defence Minister | 2001-01-30 | 2001-11-26 | Peter Reith
AUS | dm | Defence Minister | 2001-11-26 | 2006-01-27 | Robert Hill
AUS | dm | Defence Minister | 2006-01-27 | 2007-12-03 | Brendan Nelson
AUS | dm | Defence Minister | 2007-12-03 | 2009-06-09 | Joel Fitzgibbon; Fitzgibbon
AUS | dm | Defence Minister | 2009-06-09 | 2010-09-14 | John Faulkner
AUS | dm | Defence Minister | 2010-09-14 | 2013-09-18 | Stephen Smith
AUS | dm | Defence Minister | 2014-12-23 | 2015-09-21 | Kevin Andrews
AUS | dm | Defence Minister | 2015-09-21 | 2018-08-28 | Marise Payne
AUS | dm | Defence Minister | 2018-08-28 | 2019-05-29 | Christopher Pyne; Pyne
AUS | dm | Defence Minister | 2019-05-29 | 2021-03-30 | Linda Reynolds
AUS | dm | Defence Minister | 2021-03-30 | 2022-05-23 | Peter Dutton; Dutton
AUS | dm | Defence Minister | 2022-05-23 |  | Richard Marles; Marles
AUS | x | Treasurer | 1977-11-19 | 1983-03-11 | John Howard
AUS | x | Treasurer | 1983-03-11 | 1991-06-03 | Paul Keating

# ============================================================ BRA
BRA | hs | President | @ | @ | João Figueiredo; Joao Figueiredo; João Baptista Figueiredo; Joao Baptista Figueiredo; Figueiredo | JOAO_BAPTISTA_DE_OLIVEIRA_FIGUEIRED_ [BRAGOV 790315-850315]
BRA | hs | President | @ | @ | José Sarney; Jose Sarney; Sarney | JOSE_SARNEY_ [BRAGOV 850315-900315]
BRA | hs | President (suspended from 1992-10-02) | @ | @ | Fernando Collor; Fernando Collor de Mello; Collor | FERNANDO_COLLOR_DE_MELLO_ [BRAGOV 900315-921229]
BRA | hs | President (acting until 1992-12-29) | @ | @ | Itamar Franco | ITAMAR_FRANCO_ [BRAGOV 921002-950101]
BRA | hs | President | @ | @ | Fernando Henrique Cardoso | FERNANDO_HENRIQUE_CARDOSO_ [BRAGOV 950101-030101]
BRA | hs | President | 2003-01-01 | 2011-01-01 | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula | LUIZ_INACIO_LULA_DA_SILVA_
BRA | hs | President (suspended from 2016-05-12) | 2011-01-01 | 2016-08-31 | Dilma Rousseff; Rousseff | DILMA_ROUSSEFF_
BRA | hs | President (acting until 2016-08-31) | 2016-05-12 | 2019-01-01 | Michel Temer; Temer
BRA | hs | President | 2019-01-01 | 2023-01-01 | Jair Bolsonaro; Bolsonaro
BRA | hs | President | 2023-01-01 |  | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula
BRA | fm | Foreign Minister | 2003-01-01 | 2011-01-01 | Celso Amorim; Amorim
BRA | fm | Foreign Minister | 2011-01-01 | 2013-08-28 | Antonio Patriota; Antônio Patriota | ANTONIO_PATRIOTA_
BRA | fm | Foreign Minister | 2013-08-28 | 2015-01-01 | Luiz Alberto Figueiredo
BRA | fm | Foreign Minister | 2015-01-01 | 2016-05-12 | Mauro Vieira
BRA | fm | Foreign Minister | 2016-05-12 | 2017-02-22 | José Serra; Jose Serra
BRA | fm | Foreign Minister | 2017-03-07 | 2019-01-01 | Aloysio Nunes; Aloysio Nunes Ferreira
BRA | fm | Foreign Minister | 2019-01-01 | 2021-03-29 | Ernesto Araújo; Ernesto Araujo
BRA | fm | Foreign Minister | 2021-04-06 | 2023-01-01 | Carlos França; Carlos Franca
BRA | fm | Foreign Minister | 2023-01-01 |  | Mauro Vieira
BRA | dm | Defence Minister | 2011-08-08 | 2015-01-01 | Celso Amorim; Amorim
BRA | dm | Defence Minister | 2016-05-12 | 2018-02-27 | Raul Jungmann; Jungmann
BRA | dm | Defence Minister | 2019-01-01 | 2021-03-29 | Fernando Azevedo e Silva
BRA | dm | Defence Minister | 2022-04-01 | 2023-01-01 | Paulo Sérgio Nogueira; Paulo Sergio Nogueira
BRA | dm | Defence Minister | 2023-01-01 |  | José Múcio; Jose Mucio; José Múcio Monteiro; Jose Mucio Monteiro
BRA | x | Finance Minister | 1985-08-26 | 1987-04-29 | Dilson Funaro; Funaro

# ============================================================ CAN
CAN | hg | Prime Minister | @ | @ | Pierre Trudeau; Pierre Elliott Trudeau; Trudeau | PIERRE_ELLIOTT_TRUDEAU_ [CANGOV 680420-790604]
CAN | hg | Prime Minister | @ | @ | Joe Clark | JOE_CLARK_ [CANGOV 790604-800303]
CAN | hg | Prime Minister | @ | @ | Pierre Trudeau; Pierre Elliott Trudeau; Trudeau | PIERRE_ELLIOTT_TRUDEAU_ [CANGOV 800303-840630]
CAN | hg | Prime Minister | @ | @ | John Turner | JOHN_TURNER_ [CANGOV 840630-840917]
CAN | hg | Prime Minister | @ | @ | Brian Mulroney; Mulroney | BRIAN_MULRONEY_ [CANGOV 840917-930625]
CAN | hg | Prime Minister | @ | @ | Kim Campbell | KIM_CAMPBELL_ [CANGOV 930625-931104]
CAN | hg | Prime Minister | @ | @ | Jean Chrétien; Jean Chretien; Chrétien; Chretien | JEAN_CHRETIEN_ [CANGOV 931104-031212]
CAN | hg | Prime Minister | @ | @ | Paul Martin | PAUL_MARTIN_ [CANGOV 031212-060206]
CAN | hg | Prime Minister | 2006-02-06 | 2015-11-04 | Stephen Harper | STEPHEN_HARPER_
CAN | hg | Prime Minister | 2015-11-04 | 2025-03-14 | Justin Trudeau; Trudeau
CAN | hg | Prime Minister | 2025-03-14 |  | Mark Carney; Carney
CAN | fm | Secretary of State for External Affairs | 1980-03-03 | 1982-09-10 | Mark MacGuigan; MacGuigan
CAN | fm | Secretary of State for External Affairs | 1982-09-10 | 1984-06-30 | Allan MacEachen; MacEachen
CAN | fm | Secretary of State for External Affairs | 1984-06-30 | 1984-09-17 | Jean Chrétien; Jean Chretien; Chrétien; Chretien
CAN | fm | Secretary of State for External Affairs | 1984-09-17 | 1991-04-21 | Joe Clark
CAN | fm | Secretary of State for External Affairs | 1991-04-21 | 1993-06-25 | Barbara McDougall
CAN | fm | Secretary of State for External Affairs | 1993-06-25 | 1993-11-04 | Perrin Beatty
CAN | fm | Foreign Minister | 1993-11-04 | 1996-01-25 | André Ouellet; Andre Ouellet
CAN | fm | Foreign Minister | 1996-01-25 | 2000-10-17 | Lloyd Axworthy; Axworthy
CAN | fm | Foreign Minister | 2000-10-17 | 2002-01-16 | John Manley
CAN | fm | Foreign Minister | 2002-01-16 | 2004-07-20 | Bill Graham
CAN | fm | Foreign Minister | 2004-07-20 | 2006-02-06 | Pierre Pettigrew | PIERRE_PETTIGREW_
CAN | fm | Foreign Minister | 2006-02-06 | 2007-08-14 | Peter MacKay
CAN | fm | Foreign Minister | 2007-08-14 | 2008-05-26 | Maxime Bernier | MAXIME_BERNIER_
CAN | fm | Foreign Minister | 2008-05-26 | 2008-10-30 | David Emerson
CAN | fm | Foreign Minister | 2008-10-30 | 2011-05-18 | Lawrence Cannon | LAWRENCE_CANNON_
CAN | fm | Foreign Minister | 2011-05-18 | 2015-02-03 | John Baird
CAN | fm | Foreign Minister | 2015-02-09 | 2015-11-04 | Rob Nicholson
CAN | fm | Foreign Minister | 2015-11-04 | 2017-01-10 | Stéphane Dion; Stephane Dion
CAN | fm | Foreign Minister | 2017-01-10 | 2019-11-20 | Chrystia Freeland; Freeland
CAN | fm | Foreign Minister | 2019-11-20 | 2021-01-12 | François-Philippe Champagne; Francois-Philippe Champagne
CAN | fm | Foreign Minister | 2021-01-12 | 2021-10-26 | Marc Garneau
CAN | fm | Foreign Minister | 2021-10-26 | 2025-05-13 | Mélanie Joly; Melanie Joly
CAN | fm | Foreign Minister | 2025-05-13 |  | Anita Anand
CAN | dm | Defence Minister | 2004-07-20 | 2006-02-06 | Bill Graham
CAN | dm | Defence Minister | 2006-02-06 | 2007-08-14 | Gordon O'Connor
CAN | dm | Defence Minister | 2007-08-14 | 2013-07-15 | Peter MacKay | PETER_MACKAY_
CAN | dm | Defence Minister | 2013-07-15 | 2015-02-09 | Rob Nicholson
CAN | dm | Defence Minister | 2015-02-09 | 2015-11-04 | Jason Kenney
CAN | dm | Defence Minister | 2015-11-04 | 2021-10-26 | Harjit Sajjan; Sajjan
CAN | dm | Defence Minister | 2021-10-26 | 2023-07-26 | Anita Anand
CAN | dm | Defence Minister | 2023-07-26 | 2025-05-13 | Bill Blair
CAN | dm | Defence Minister | 2025-05-13 |  | David McGuinty
CAN | x | Finance Minister | 1980-03-03 | 1982-09-10 | Allan MacEachen; MacEachen
CAN | x | Finance Minister | 1982-09-10 | 1984-09-17 | Marc Lalonde; Lalonde
CAN | x | Finance Minister | 1984-09-17 | 1991-04-21 | Michael Wilson

# ============================================================ CHN
CHN | hs | President | @ | @ | Li Xiannian | LI_XIANNIAN_ [CHNGOV 830618-880408]
CHN | hs | General Secretary of the Chinese Communist Party (acting until 1987-11-02) | @ | @ | Zhao Ziyang | ZHAO_ZIYANG_ [CHNGOV 870116-890624]
CHN | hs | President | @ | @ | Yang Shangkun | YANG_SHANGKUN_ [CHNGOV 880408-930327]
CHN | hs | General Secretary of the Chinese Communist Party | @ | @ | Jiang Zemin | JIANG_ZEMIN_ [CHNGOV 890624-021115]
CHN | hs | President | @ | @ | Jiang Zemin | JIANG_ZEMIN_ [CHNGOV 930327-030315]
CHN | hs | General Secretary of the Chinese Communist Party | 2002-11-15 | 2012-11-15 | Hu Jintao
CHN | hs | President | 2003-03-15 | 2013-03-14 | Hu Jintao
CHN | hs | General Secretary of the Chinese Communist Party | 2012-11-15 |  | Xi Jinping; Xi | XI_JINPING [CHNGOV 20121115]
CHN | hs | President | 2013-03-14 |  | Xi Jinping; Xi
CHN | hg | Premier | @ | @ | Hua Guofeng | HUA_GUOFENG_ [CHNGOV 760204-800910]
CHN | hg | Premier | @ | @ | Zhao Ziyang | ZHAO_ZIYANG_ [CHNGOV 800910-871124]
CHN | hg | Premier | @ | @ | Li Peng | LI_PENG_ [CHNGOV 871124-980317]
CHN | hg | Premier | @ | @ | Zhu Rongji | ZHU_RONGJI_ [CHNGOV 980317-030316]
CHN | hg | Premier | 2003-03-16 | 2013-03-15 | Wen Jiabao | WEN_JIABAO_
CHN | hg | Premier | 2013-03-15 | 2023-03-11 | Li Keqiang
CHN | hg | Premier | 2023-03-11 |  | Li Qiang
CHN | fm | Foreign Minister (in office since April 1988) | 1988-05-01 | 1998-03-18 | Qian Qichen
CHN | fm | Foreign Minister | 1998-03-18 | 2003-03-17 | Tang Jiaxuan
CHN | fm | Foreign Minister | 2003-03-17 | 2007-04-27 | Li Zhaoxing
CHN | fm | Foreign Minister | 2007-04-27 | 2013-03-16 | Yang Jiechi | YANG_JIECHI_
CHN | fm | Foreign Minister | 2013-03-16 | 2022-12-30 | Wang Yi
CHN | fm | Foreign Minister | 2022-12-30 | 2023-07-25 | Qin Gang
CHN | fm | Foreign Minister | 2023-07-25 |  | Wang Yi
CHN | dm | Minister of National Defense | 2003-03-17 | 2008-03-17 | Cao Gangchuan
CHN | dm | Minister of National Defense | 2008-03-17 | 2013-03-16 | Liang Guanglie | LIANG_GUANGLIE_
CHN | dm | Minister of National Defense | 2013-03-16 | 2018-03-19 | Chang Wanquan
CHN | dm | Minister of National Defense | 2018-03-19 | 2023-03-12 | Wei Fenghe
CHN | dm | Minister of National Defense | 2023-03-12 | 2023-10-24 | Li Shangfu
CHN | dm | Minister of National Defense | 2023-12-29 |  | Dong Jun

# ============================================================ DEU
DEU | hs | Federal President | @ | @ | Karl Carstens; Carstens | KARL_CARSTENS_ [DEUGOV 790701-840630]
DEU | hs | Federal President | 1984-07-01 | 1994-07-01 | Richard von Weizsäcker; Richard von Weizsaecker; Richard von Weizsacker; Weizsäcker; Weizsaecker
DEU | hs | Federal President | 1994-07-01 | 1999-07-01 | Roman Herzog | ROMAN_HERZOG_
DEU | hs | Federal President | 1999-07-01 | 2004-07-01 | Johannes Rau | JOHANNES_RAU_
DEU | hs | Federal President | 2004-07-01 | 2010-05-31 | Horst Köhler; Horst Koehler; Horst Kohler | HORST_KOHLER_
DEU | hs | Federal President | 2010-06-30 | 2012-02-17 | Christian Wulff; Wulff | CHRISTIAN_WULFF_
DEU | hs | Federal President | 2012-03-18 | 2017-03-19 | Joachim Gauck; Gauck
DEU | hs | Federal President | 2017-03-19 |  | Frank-Walter Steinmeier; Steinmeier
DEU | hg | Chancellor | @ | @ | Helmut Schmidt | HELMUT_SCHMIDT_ [DEUGOV 740516-821001]
DEU | hg | Chancellor | @ | @ | Helmut Kohl; Kohl | HELMUT_KOHL_ [DEUGOV 821001-981027]
DEU | hg | Chancellor | @ | @ | Gerhard Schröder; Gerhard Schroeder; Gerhard Schroder; Schröder; Schroeder | GERHARD_SCHRODER_ [DEUGOV 981027-051122]
DEU | hg | Chancellor | 2005-11-22 | 2021-12-08 | Angela Merkel; Merkel | ANGELA_MERKEL_
DEU | hg | Chancellor | 2021-12-08 | 2025-05-06 | Olaf Scholz; Scholz
DEU | hg | Chancellor | 2025-05-06 |  | Friedrich Merz; Merz
DEU | fm | Foreign Minister | 1974-05-17 | 1982-09-17 | Hans-Dietrich Genscher; Genscher
DEU | fm | Foreign Minister | 1982-10-04 | 1992-05-18 | Hans-Dietrich Genscher; Genscher
DEU | fm | Foreign Minister | 1992-05-18 | 1998-10-27 | Klaus Kinkel; Kinkel
DEU | fm | Foreign Minister | 1998-10-27 | 2005-11-22 | Joschka Fischer
DEU | fm | Foreign Minister | 2005-11-22 | 2009-10-28 | Frank-Walter Steinmeier; Steinmeier | FRANK_WALTER_STEINMEIER_
DEU | fm | Foreign Minister | 2009-10-28 | 2013-12-17 | Guido Westerwelle; Westerwelle | GUIDO_WESTERWELLE_
DEU | fm | Foreign Minister | 2013-12-17 | 2017-01-27 | Frank-Walter Steinmeier; Steinmeier
DEU | fm | Foreign Minister | 2017-01-27 | 2018-03-14 | Sigmar Gabriel
DEU | fm | Foreign Minister | 2018-03-14 | 2021-12-08 | Heiko Maas
DEU | fm | Foreign Minister | 2021-12-08 | 2025-05-06 | Annalena Baerbock; Baerbock
DEU | fm | Foreign Minister | 2025-05-06 |  | Johann Wadephul; Wadephul
DEU | dm | Defence Minister | 1978-02-16 | 1982-10-01 | Hans Apel
DEU | dm | Defence Minister | 1982-10-04 | 1988-05-18 | Manfred Wörner; Manfred Woerner; Manfred Worner; Wörner; Woerner
DEU | dm | Defence Minister | 1988-05-18 | 1989-04-21 | Rupert Scholz
DEU | dm | Defence Minister | 1989-04-21 | 1992-03-31 | Gerhard Stoltenberg; Stoltenberg
DEU | dm | Defence Minister | 1992-04-01 | 1998-10-27 | Volker Rühe; Volker Ruehe; Rühe; Ruehe
DEU | dm | Defence Minister | 1998-10-27 | 2002-07-19 | Rudolf Scharping; Scharping
DEU | dm | Defence Minister | 2002-07-19 | 2005-11-22 | Peter Struck
DEU | dm | Defence Minister | 2005-11-22 | 2009-10-28 | Franz Josef Jung; Franz-Josef Jung | FRANZ_JOSEF_JUNG_
DEU | dm | Defence Minister | 2009-10-28 | 2011-03-03 | Karl-Theodor zu Guttenberg; Guttenberg | KARL_THEODOR_ZU_GUTTENBERG_
DEU | dm | Defence Minister | 2011-03-03 | 2013-12-17 | Thomas de Maizière; Thomas de Maiziere
DEU | dm | Defence Minister | 2013-12-17 | 2019-07-17 | Ursula von der Leyen; von der Leyen; Von der Leyen
DEU | dm | Defence Minister | 2019-07-17 | 2021-12-08 | Annegret Kramp-Karrenbauer; Kramp-Karrenbauer
DEU | dm | Defence Minister | 2021-12-08 | 2023-01-19 | Christine Lambrecht; Lambrecht
DEU | dm | Defence Minister | 2023-01-19 |  | Boris Pistorius; Pistorius
DEU | x | Finance Minister | 1978-02-16 | 1982-04-28 | Hans Matthöfer; Hans Matthoefer; Matthöfer; Matthoefer
DEU | x | Finance Minister | 1982-04-28 | 1982-10-01 | Manfred Lahnstein; Lahnstein
DEU | x | Finance Minister | 1982-10-04 | 1989-04-21 | Gerhard Stoltenberg; Stoltenberg
DEU | x | Finance Minister | 1989-04-21 | 1998-10-27 | Theo Waigel; Waigel
DEU | x | Economics Minister | 1977-10-07 | 1982-09-17 | Otto Graf Lambsdorff; Otto Lambsdorff; Count Otto Lambsdorff; Lambsdorff
DEU | x | Economics Minister | 1982-10-04 | 1984-06-27 | Otto Graf Lambsdorff; Otto Lambsdorff; Count Otto Lambsdorff; Lambsdorff
DEU | x | Economics Minister | 1984-06-27 | 1988-12-09 | Martin Bangemann; Bangemann
DEU | x | Economics Minister | 1988-12-09 | 1991-01-18 | Helmut Haussmann; Haussmann

# ============================================================ EGY
EGY | hs | President (assassinated) | @ | @ | Anwar Sadat; Anwar al-Sadat; Anwar el-Sadat; Sadat | ANWAR_AS_SADAT_ [EGYGOV 700928-811006]
EGY | hs | President | @ | @ | Hosni Mubarak; Mubarak | HOSNI_MUBARAK_ [EGYGOV 811014-110211]
EGY | hg | Prime Minister | @ | @ | Ahmad Fuad Mohieddin; Fouad Mohieddin | AHMAD_FUAD_MOHIEDDIN_ [EGYGOV 820102-840605]
EGY | hg | Prime Minister | @ | @ | Kamal Hassan Ali | KAMAL_HASSAN_ALI_ [EGYGOV 840717-850904]
EGY | hg | Prime Minister | @ | @ | Ali Lutfi | ALI_LUTFI_ [EGYGOV 850904-861110]
EGY | hg | Prime Minister | @ | @ | Atef Sedki; Atef Sidqi; Atef Sedky | ATEF_SEDKI_ [EGYGOV 861110-960104]

# ============================================================ EUU
EUU | hs | President of the European Council | 2009-12-01 | 2014-11-30 | Herman Van Rompuy; Van Rompuy
EUU | hs | President of the European Council | 2014-12-01 | 2019-11-30 | Donald Tusk; Tusk
EUU | hs | President of the European Council | 2019-12-01 | 2024-11-30 | Charles Michel
EUU | hs | President of the European Council | 2024-12-01 |  | António Costa; Antonio Costa
EUU | hg | President of the European Commission (in office since January 1985) | 1985-02-01 | 1995-01-23 | Jacques Delors; Delors
EUU | hg | President of the European Commission | 1995-01-23 | 1999-03-15 | Jacques Santer; Santer
EUU | hg | President of the European Commission | 1999-09-16 | 2004-11-22 | Romano Prodi; Prodi
EUU | hg | President of the European Commission | 2004-11-22 | 2014-10-31 | José Manuel Barroso; Jose Manuel Barroso; José Manuel Durão Barroso; Jose Manuel Durao Barroso; Barroso
EUU | hg | President of the European Commission | 2014-11-01 | 2019-11-30 | Jean-Claude Juncker; Juncker
EUU | hg | President of the European Commission | 2019-12-01 |  | Ursula von der Leyen; von der Leyen; Von der Leyen
EUU | fm | High Representative for the Common Foreign and Security Policy | 1999-10-18 | 2009-11-30 | Javier Solana; Solana
EUU | fm | High Representative for Foreign Affairs and Security Policy | 2009-12-01 | 2014-10-31 | Catherine Ashton; Cathy Ashton
EUU | fm | High Representative for Foreign Affairs and Security Policy | 2014-11-01 | 2019-11-30 | Federica Mogherini; Mogherini
EUU | fm | High Representative for Foreign Affairs and Security Policy | 2019-12-01 | 2024-11-30 | Josep Borrell; Borrell
EUU | fm | High Representative for Foreign Affairs and Security Policy | 2024-12-01 |  | Kaja Kallas; Kallas

# ============================================================ FRA
FRA | hs | President | @ | @ | Valéry Giscard d'Estaing; Valery Giscard d'Estaing; Giscard d'Estaing; Giscard | VALERY_GISCARD_D'ESTAING_ [FRAGOV 740527-810521]
FRA | hs | President | @ | @ | François Mitterrand; Francois Mitterrand; Mitterrand | FRANCOIS_MITTERRAND_ [FRAGOV 810521-950517]
FRA | hs | President | @ | @ | Jacques Chirac; Chirac | JACQUES_CHIRAC_ [FRAGOV 950517-070516]
FRA | hs | President | @ | @ | Nicolas Sarkozy; Sarkozy | NICOLAS_SARKOZY_ [FRAGOV 070516-120515]
FRA | hs | President | 2012-05-15 | 2017-05-14 | François Hollande; Francois Hollande; Hollande | FRANCOIS_HOLLANDE
FRA | hs | President | 2017-05-14 |  | Emmanuel Macron; Macron
FRA | hg | Prime Minister | @ | @ | Raymond Barre | RAYMOND_BARRE_ [FRAGOV 760825-810521]
FRA | hg | Prime Minister | @ | @ | Pierre Mauroy; Mauroy | PIERRE_MAUROY_ [FRAGOV 810521-840717]
FRA | hg | Prime Minister | @ | @ | Laurent Fabius; Fabius | LAURENT_FABIUS_ [FRAGOV 840717-860320]
FRA | hg | Prime Minister | @ | @ | Jacques Chirac; Chirac | JACQUES_CHIRAC_ [FRAGOV 860320-880510]
FRA | hg | Prime Minister | @ | @ | Michel Rocard; Rocard | MICHEL_ROCARD_ [FRAGOV 880510-910515]
FRA | hg | Prime Minister | @ | @ | Édith Cresson; Edith Cresson; Cresson | EDITH_CRESSON_ [FRAGOV 910515-920402]
FRA | hg | Prime Minister | @ | @ | Pierre Bérégovoy; Pierre Beregovoy; Bérégovoy; Beregovoy | PIERRE_BEREGOVOY_ [FRAGOV 920402-930329]
FRA | hg | Prime Minister | 1993-03-29 | 1995-05-17 | Édouard Balladur; Edouard Balladur; Balladur | EDOUARD_BALLADUR_
FRA | hg | Prime Minister | 1995-05-17 | 1997-06-02 | Alain Juppé; Alain Juppe; Juppé; Juppe | ALAIN_JUPPE_
FRA | hg | Prime Minister | 1997-06-02 | 2002-05-06 | Lionel Jospin; Jospin | LIONEL_JOSPIN_
FRA | hg | Prime Minister | @ | @ | Jean-Pierre Raffarin; Raffarin | JEAN_PIERRE_RAFFARIN_ [FRAGOV 020506-050531]
FRA | hg | Prime Minister | @ | @ | Dominique de Villepin; Villepin | DOMINIQUE_DE_VILLEPIN_ [FRAGOV 050531-070517]
FRA | hg | Prime Minister | 2007-05-17 | 2012-05-15 | François Fillon; Francois Fillon; Fillon | FRANCOIS_FILLON_
FRA | hg | Prime Minister | 2012-05-15 | 2014-03-31 | Jean-Marc Ayrault; Ayrault
FRA | hg | Prime Minister | 2014-03-31 | 2016-12-06 | Manuel Valls; Valls
FRA | hg | Prime Minister | 2016-12-06 | 2017-05-15 | Bernard Cazeneuve; Cazeneuve
FRA | hg | Prime Minister | 2017-05-15 | 2020-07-03 | Édouard Philippe; Edouard Philippe
FRA | hg | Prime Minister | 2020-07-03 | 2022-05-16 | Jean Castex; Castex
FRA | hg | Prime Minister | 2022-05-16 | 2024-01-09 | Élisabeth Borne; Elisabeth Borne
FRA | hg | Prime Minister | 2024-01-09 | 2024-09-05 | Gabriel Attal; Attal
FRA | hg | Prime Minister | 2024-09-05 | 2024-12-13 | Michel Barnier; Barnier
FRA | hg | Prime Minister | 2024-12-13 | 2025-09-09 | François Bayrou; Francois Bayrou; Bayrou
FRA | hg | Prime Minister | 2025-09-09 |  | Sébastien Lecornu; Sebastien Lecornu; Lecornu
FRA | fm | Foreign Minister | 1978-11-29 | 1981-05-22 | Jean François-Poncet; Jean Francois-Poncet; François-Poncet; Francois-Poncet
FRA | fm | Minister of External Relations | 1981-05-22 | 1984-12-07 | Claude Cheysson; Cheysson
FRA | fm | Minister of External Relations | 1984-12-07 | 1986-03-20 | Roland Dumas
FRA | fm | Foreign Minister | 1986-03-20 | 1988-05-12 | Jean-Bernard Raimond
FRA | fm | Foreign Minister | 1988-05-12 | 1993-03-29 | Roland Dumas
FRA | fm | Foreign Minister | 1993-03-30 | 1995-05-18 | Alain Juppé; Alain Juppe; Juppé; Juppe
FRA | fm | Foreign Minister | 1995-05-18 | 1997-06-04 | Hervé de Charette; Herve de Charette
FRA | fm | Foreign Minister | 1997-06-04 | 2002-05-07 | Hubert Védrine; Hubert Vedrine; Védrine; Vedrine
FRA | fm | Foreign Minister | 2002-05-07 | 2004-03-31 | Dominique de Villepin; Villepin
FRA | fm | Foreign Minister | 2004-03-31 | 2005-06-02 | Michel Barnier; Barnier | MICHEL_BARNIER_
FRA | fm | Foreign Minister | 2005-06-02 | 2007-05-18 | Philippe Douste-Blazy; Douste-Blazy | PHILIPPE_DOUSTE_BLAZY_
FRA | fm | Foreign Minister | 2007-05-18 | 2010-11-14 | Bernard Kouchner; Kouchner | BERNARD_KOUCHNER_
FRA | fm | Foreign Minister | 2010-11-14 | 2011-02-27 | Michèle Alliot-Marie; Michele Alliot-Marie; Alliot-Marie | MICHELE_ALLIOT_MARIE_
FRA | fm | Foreign Minister | 2011-02-27 | 2012-05-16 | Alain Juppé; Alain Juppe; Juppé; Juppe
FRA | fm | Foreign Minister | 2012-05-16 | 2016-02-11 | Laurent Fabius; Fabius
FRA | fm | Foreign Minister | 2016-02-11 | 2017-05-17 | Jean-Marc Ayrault; Ayrault
FRA | fm | Foreign Minister | 2017-05-17 | 2022-05-20 | Jean-Yves Le Drian; Le Drian
FRA | fm | Foreign Minister | 2022-05-20 | 2024-01-11 | Catherine Colonna
FRA | fm | Foreign Minister | 2024-01-11 | 2024-09-21 | Stéphane Séjourné; Stephane Sejourne; Séjourné; Sejourne
FRA | fm | Foreign Minister | 2024-09-21 |  | Jean-Noël Barrot; Jean-Noel Barrot
FRA | dm | Defence Minister | 1981-05-22 | 1985-09-20 | Charles Hernu; Hernu
FRA | dm | Defence Minister | 1985-09-20 | 1986-03-20 | Paul Quilès; Paul Quiles; Quilès; Quiles
FRA | dm | Defence Minister | 1986-03-20 | 1988-05-12 | André Giraud; Andre Giraud
FRA | dm | Defence Minister | 1988-05-12 | 1991-01-29 | Jean-Pierre Chevènement; Jean-Pierre Chevenement; Chevènement; Chevenement
FRA | dm | Defence Minister | 1991-01-29 | 1993-03-09 | Pierre Joxe; Joxe
FRA | dm | Defence Minister | 1993-03-30 | 1995-05-18 | François Léotard; Francois Leotard; Léotard; Leotard
FRA | dm | Defence Minister | 1995-05-18 | 1997-06-04 | Charles Millon
FRA | dm | Defence Minister | 1997-06-04 | 2002-05-07 | Alain Richard
FRA | dm | Defence Minister | 2002-05-07 | 2007-05-18 | Michèle Alliot-Marie; Michele Alliot-Marie; Alliot-Marie
FRA | dm | Defence Minister | 2007-05-18 | 2010-11-14 | Hervé Morin; Herve Morin | HERVE_MORIN_
FRA | dm | Defence Minister | 2010-11-14 | 2011-02-27 | Alain Juppé; Alain Juppe; Juppé; Juppe | ALAIN_JUPPE_
FRA | dm | Defence Minister | 2011-02-27 | 2012-05-16 | Gérard Longuet; Gerard Longuet; Longuet
FRA | dm | Defence Minister | 2012-05-16 | 2017-05-17 | Jean-Yves Le Drian; Le Drian
FRA | dm | Defence Minister | 2017-05-17 | 2017-06-21 | Sylvie Goulard; Goulard
FRA | dm | Defence Minister | 2017-06-21 | 2022-05-20 | Florence Parly; Parly
FRA | dm | Defence Minister | 2022-05-20 | 2025-09-09 | Sébastien Lecornu; Sebastien Lecornu; Lecornu
FRA | x | Finance Minister | 1981-05-22 | 1984-07-17 | Jacques Delors
FRA | x | Finance Minister | 1984-07-17 | 1986-03-20 | Pierre Bérégovoy; Pierre Beregovoy; Bérégovoy; Beregovoy
FRA | x | Finance Minister | 1986-03-20 | 1988-05-10 | Édouard Balladur; Edouard Balladur; Balladur
FRA | x | Finance Minister | 1988-05-12 | 1992-04-02 | Pierre Bérégovoy; Pierre Beregovoy; Bérégovoy; Beregovoy

# ============================================================ GBR
GBR | hs | Queen | @ | 2022-09-08 | Queen Elizabeth II; Queen Elizabeth; Elizabeth II | ELIZABETH_II [GBRGOV >520206]
GBR | hs | King | 2022-09-08 |  | King Charles III; King Charles; Charles III
GBR | hg | Prime Minister | @ | @ | Margaret Thatcher; Thatcher | MARGARET_THATCHER_ [GBRGOV 790504-901128]
GBR | hg | Prime Minister | @ | @ | John Major | JOHN_MAJOR_ [GBRGOV 901128-970502]
GBR | hg | Prime Minister | @ | @ | Tony Blair; Blair | TONY_BLAIR_ [GBRGOV 970502-070627]
GBR | hg | Prime Minister | 2007-06-27 | 2010-05-11 | Gordon Brown
GBR | hg | Prime Minister | 2010-05-11 | 2016-07-13 | David Cameron; Cameron
GBR | hg | Prime Minister | 2016-07-13 | 2019-07-24 | Theresa May
GBR | hg | Prime Minister | 2019-07-24 | 2022-09-06 | Boris Johnson
GBR | hg | Prime Minister | 2022-09-06 | 2022-10-25 | Liz Truss; Truss
GBR | hg | Prime Minister | 2022-10-25 | 2024-07-05 | Rishi Sunak; Sunak
GBR | hg | Prime Minister | 2024-07-05 |  | Keir Starmer; Starmer
GBR | fm | Foreign Secretary | 1979-05-04 | 1982-04-05 | Lord Carrington; Carrington
GBR | fm | Foreign Secretary | 1982-04-05 | 1983-06-11 | Francis Pym; Pym
GBR | fm | Foreign Secretary | 1983-06-11 | 1989-07-24 | Geoffrey Howe; Sir Geoffrey Howe; Howe
GBR | fm | Foreign Secretary | 1989-07-24 | 1989-10-26 | John Major
GBR | fm | Foreign Secretary | 1989-10-26 | 1995-07-05 | Douglas Hurd; Hurd
GBR | fm | Foreign Secretary | 1995-07-05 | 1997-05-02 | Malcolm Rifkind; Rifkind
GBR | fm | Foreign Secretary | 1997-05-02 | 2001-06-08 | Robin Cook
GBR | fm | Foreign Secretary | 2001-06-08 | 2006-05-05 | Jack Straw
GBR | fm | Foreign Secretary | 2006-05-05 | 2007-06-28 | Margaret Beckett | MARGARET_BECKETT_
GBR | fm | Foreign Secretary | 2007-06-28 | 2010-05-11 | David Miliband | DAVID_MILIBAND_
GBR | fm | Foreign Secretary | 2010-05-12 | 2014-07-14 | William Hague
GBR | fm | Foreign Secretary | 2014-07-15 | 2016-07-13 | Philip Hammond
GBR | fm | Foreign Secretary | 2016-07-13 | 2018-07-09 | Boris Johnson
GBR | fm | Foreign Secretary | 2018-07-09 | 2019-07-24 | Jeremy Hunt
GBR | fm | Foreign Secretary | 2019-07-24 | 2021-09-15 | Dominic Raab; Raab
GBR | fm | Foreign Secretary | 2021-09-15 | 2022-09-06 | Liz Truss; Truss
GBR | fm | Foreign Secretary | 2022-09-06 | 2023-11-13 | James Cleverly
GBR | fm | Foreign Secretary | 2023-11-13 | 2024-07-05 | David Cameron; Cameron
GBR | fm | Foreign Secretary | 2024-07-05 | 2025-09-05 | David Lammy; Lammy
GBR | fm | Foreign Secretary | 2025-09-05 |  | Yvette Cooper
GBR | dm | Defence Secretary | 1979-05-05 | 1981-01-05 | Francis Pym; Pym
GBR | dm | Defence Secretary | 1981-01-05 | 1983-01-06 | John Nott; Sir John Nott
GBR | dm | Defence Secretary | 1983-01-06 | 1986-01-09 | Michael Heseltine; Heseltine
GBR | dm | Defence Secretary | 1986-01-09 | 1989-07-24 | George Younger
GBR | dm | Defence Secretary | 1989-07-24 | 1992-04-10 | Tom King
GBR | dm | Defence Secretary | 1992-04-10 | 1995-07-05 | Malcolm Rifkind; Rifkind
GBR | dm | Defence Secretary | 1995-07-05 | 1997-05-02 | Michael Portillo; Portillo
GBR | dm | Defence Secretary | 1997-05-03 | 1999-10-11 | George Robertson
GBR | dm | Defence Secretary | 1999-10-11 | 2005-05-06 | Geoff Hoon; Hoon
GBR | dm | Defence Secretary | 2005-05-06 | 2006-05-05 | John Reid | JOHN_REID_
GBR | dm | Defence Secretary | 2006-05-05 | 2008-10-03 | Des Browne | DES_BROWNE_
GBR | dm | Defence Secretary | 2008-10-03 | 2009-06-05 | John Hutton | JOHN_HUTTON_
GBR | dm | Defence Secretary | 2009-06-05 | 2010-05-11 | Bob Ainsworth
GBR | dm | Defence Secretary | 2010-05-12 | 2011-10-14 | Liam Fox | LIAM_FOX_
GBR | dm | Defence Secretary | 2011-10-14 | 2014-07-15 | Philip Hammond
GBR | dm | Defence Secretary | 2014-07-15 | 2017-11-01 | Michael Fallon
GBR | dm | Defence Secretary | 2017-11-02 | 2019-05-01 | Gavin Williamson
GBR | dm | Defence Secretary | 2019-05-01 | 2019-07-24 | Penny Mordaunt; Mordaunt
GBR | dm | Defence Secretary | 2019-07-24 | 2023-08-31 | Ben Wallace
GBR | dm | Defence Secretary | 2023-08-31 | 2024-07-05 | Grant Shapps; Shapps
GBR | dm | Defence Secretary | 2024-07-05 |  | John Healey
GBR | x | Chancellor of the Exchequer | 1979-05-04 | 1983-06-11 | Geoffrey Howe; Sir Geoffrey Howe; Howe
GBR | x | Chancellor of the Exchequer | 1983-06-11 | 1989-10-26 | Nigel Lawson; Lawson
GBR | x | Chancellor of the Exchequer | 1989-10-26 | 1990-11-28 | John Major
GBR | x | Secretary of State for Trade and Industry | 1986-01-24 | 1987-06-13 | Paul Channon; Channon

# ============================================================ IDN
IDN | hs | President | @ | @ | Suharto; Soeharto | SUHARTO_ [IDNGOV 670312-980521]
IDN | hs | President | @ | @ | B. J. Habibie; B.J. Habibie; Habibie | B.J._HABIBIE_ [IDNGOV 980521-991020]
IDN | hs | President | @ | @ | Abdurrahman Wahid; Gus Dur | ABDURRAHMAN_WAHID_ [IDNGOV 991020-010723]
IDN | hs | President | @ | @ | Megawati Sukarnoputri; Megawati | MEGAWATI_SUKARNOPUTRI_ [IDNGOV 010723-041020]
IDN | hs | President | 2004-10-20 | 2014-10-20 | Susilo Bambang Yudhoyono; Yudhoyono | SUSILO_BAMBANG_YUDHOYONO_
IDN | hs | President | 2014-10-20 | 2024-10-20 | Joko Widodo; Jokowi
IDN | hs | President | 2024-10-20 |  | Prabowo Subianto; Prabowo
IDN | fm | Foreign Minister | 2001-08-10 | 2009-10-22 | Hassan Wirajuda; Wirajuda
IDN | fm | Foreign Minister | 2009-10-22 | 2014-10-27 | Marty Natalegawa; Natalegawa
IDN | fm | Foreign Minister | 2014-10-27 | 2024-10-21 | Retno Marsudi
IDN | fm | Foreign Minister | 2024-10-21 |  | Sugiono
IDN | dm | Defence Minister | 2004-10-21 | 2009-10-22 | Juwono Sudarsono | JUWONO_SUDARSONO_
IDN | dm | Defence Minister | 2009-10-22 | 2014-10-27 | Purnomo Yusgiantoro | PURNOMO_YUSGIANTORO_
IDN | dm | Defence Minister | 2014-10-27 | 2019-10-23 | Ryamizard Ryacudu; Ryamizard
IDN | dm | Defence Minister | 2019-10-23 | 2024-10-20 | Prabowo Subianto; Prabowo
IDN | dm | Defence Minister | 2024-10-21 |  | Sjafrie Sjamsoeddin; Sjafrie

# ============================================================ IND
IND | hs | President | @ | @ | N. Sanjiva Reddy; Neelam Sanjiva Reddy; Sanjiva Reddy | N._SANJIVA_REDDY_ [INDGOV 770725-820725]
IND | hs | President | @ | @ | Zail Singh; Giani Zail Singh | ZAIL_SINGH_ [INDGOV 820725-870725]
IND | hs | President | @ | @ | R. Venkataraman; Ramaswamy Venkataraman; Venkataraman | RAMASWAMY_VENKATARAMAN_ [INDGOV 870725-920725]
IND | hs | President | @ | @ | Shankar Dayal Sharma | SHANKAR_DAYAL_SHARMA_ [INDGOV 920725-970725]
IND | hs | President | @ | @ | K. R. Narayanan; K.R. Narayanan | K.R._NARAYANAN_ [INDGOV 970725-020725]
IND | hs | President | @ | @ | A. P. J. Abdul Kalam; A.P.J. Abdul Kalam; Abdul Kalam | A.P.J._ABDUL_KALAM_ [INDGOV 020725-070725]
IND | hs | President | 2007-07-25 | 2012-07-25 | Pratibha Patil | PRATIBHA_PATIL_
IND | hs | President | 2012-07-25 | 2017-07-25 | Pranab Mukherjee
IND | hs | President | 2017-07-25 | 2022-07-25 | Ram Nath Kovind; Kovind
IND | hs | President | 2022-07-25 |  | Droupadi Murmu; Murmu
IND | hg | Prime Minister | @ | @ | Indira Gandhi | INDIRA_GANDHI_ [INDGOV 660119-770324]
IND | hg | Prime Minister | @ | @ | Charan Singh | CHARAN_SINGH_ [INDGOV 790728-800114]
IND | hg | Prime Minister (assassinated) | @ | @ | Indira Gandhi | INDIRA_GANDHI_ [INDGOV 800114-841031]
IND | hg | Prime Minister | @ | @ | Rajiv Gandhi | RAJIV_GANDHI_ [INDGOV 841031-891202]
IND | hg | Prime Minister | @ | @ | V. P. Singh; V.P. Singh; Vishwanath Pratap Singh | VISHWANATH_PRATAP_SINGH_ [INDGOV 891202-901110]
IND | hg | Prime Minister | @ | @ | Chandra Shekhar | CHANDRA_SHEKHAR_ [INDGOV 901110-910621]
IND | hg | Prime Minister | @ | @ | P. V. Narasimha Rao; P.V. Narasimha Rao; Narasimha Rao | P.V._NARASIMHA_RAO_ [INDGOV 910621-960516]
IND | hg | Prime Minister | @ | @ | Atal Bihari Vajpayee; Vajpayee | ATAL_BIHARI_VAJPAYEE_ [INDGOV 960516-960601]
IND | hg | Prime Minister | @ | @ | H. D. Deve Gowda; H.D. Deve Gowda; Deve Gowda | H.D._DEVE_GOWDA_ [INDGOV 960601-970421]
IND | hg | Prime Minister | @ | @ | I. K. Gujral; I.K. Gujral; Inder Kumar Gujral; Gujral | INDER_KUMAR_GUJRAL_ [INDGOV 970421-980319]
IND | hg | Prime Minister | @ | @ | Atal Bihari Vajpayee; Vajpayee | ATAL_BIHARI_VAJPAYEE_ [INDGOV 980319-040522]
IND | hg | Prime Minister | 2004-05-22 | 2014-05-26 | Manmohan Singh | MANMOHAN_SINGH_
IND | hg | Prime Minister | 2014-05-26 |  | Narendra Modi; Modi | NARENDRA_MODI
IND | fm | Minister of External Affairs | 1998-12-05 | 2002-07-01 | Jaswant Singh
IND | fm | Minister of External Affairs | 2002-07-01 | 2004-05-22 | Yashwant Sinha
IND | fm | Minister of External Affairs | 2006-10-24 | 2009-05-22 | Pranab Mukherjee | PRANAB_MUKHERJEE_
IND | fm | Minister of External Affairs | 2009-05-22 | 2012-10-28 | S. M. Krishna; S.M. Krishna
IND | fm | Minister of External Affairs | 2012-10-28 | 2014-05-26 | Salman Khurshid; Khurshid
IND | fm | Minister of External Affairs | 2014-05-26 | 2019-05-30 | Sushma Swaraj
IND | fm | Minister of External Affairs | 2019-05-30 |  | S. Jaishankar; Subrahmanyam Jaishankar; Jaishankar
IND | dm | Defence Minister | 2004-05-22 | 2006-10-24 | Pranab Mukherjee | PRANAB_MUKHERJEE_
IND | dm | Defence Minister | 2006-10-24 | 2014-05-26 | A. K. Antony; A.K. Antony | A._K._ANTONY_
IND | dm | Defence Minister | 2014-05-26 | 2014-11-09 | Arun Jaitley; Jaitley
IND | dm | Defence Minister | 2014-11-09 | 2017-03-13 | Manohar Parrikar; Parrikar
IND | dm | Defence Minister | 2017-03-13 | 2017-09-03 | Arun Jaitley; Jaitley
IND | dm | Defence Minister | 2017-09-03 | 2019-05-30 | Nirmala Sitharaman; Sitharaman
IND | dm | Defence Minister | 2019-05-30 |  | Rajnath Singh

# ============================================================ IRN
IRN | hs | Supreme Leader (died in office) | 1979-12-03 | 1989-06-03 | Ruhollah Khomeini; Ayatollah Ruhollah Khomeini; Ayatollah Khomeini; Khomeini
IRN | hs | Supreme Leader | @ | @ | Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei | HOJATOLISLAM_SAYYED_ALI_KHAMENEI_ [IRNGOV >19890604]
IRN | hg | President (impeached) | @ | @ | Abolhassan Bani-Sadr; Abolhassan Banisadr; Bani-Sadr; Banisadr | ABOLHASSAN_BANI_SADR_ [IRNGOV 800204-810622]
IRN | hg | President (assassinated) | @ | @ | Mohammad-Ali Rajai; Mohammad Ali Rajai; Rajai | MOHAMMAD_ALI_RAJA'I_ [IRNGOV 810802-810830]
IRN | hg | President | @ | @ | Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei | HOJATOLISLAM_SAYYED_ALI_KHAMENEI_ [IRNGOV 811013-890803]
IRN | hg | President | @ | @ | Akbar Hashemi Rafsanjani; Ali Akbar Hashemi Rafsanjani; Hashemi Rafsanjani; Rafsanjani | HOJATOLISLAM_ALI_AKBAR_HASHEMI_RAFSANJANI_ [IRNGOV 890803-970803]
IRN | hg | President | @ | @ | Mohammad Khatami; Khatami | MOHAMMAD_KHATAMI [IRNGOV 970803-050803]
IRN | hg | President | @ | @ | Mahmoud Ahmadinejad; Ahmadinejad | MAHMOUD_AHMADINEJAD_ [IRNGOV 050803-130803]
IRN | hg | President | 2013-08-03 | 2021-08-03 | Hassan Rouhani; Hassan Rowhani; Rouhani
IRN | hg | President (died in office) | 2021-08-03 | 2024-05-19 | Ebrahim Raisi; Raisi
IRN | hg | President (acting) | 2024-05-20 | 2024-07-28 | Mohammad Mokhber; Mokhber
IRN | hg | President | 2024-07-28 |  | Masoud Pezeshkian; Pezeshkian
IRN | fm | Foreign Minister (in office since 1981) | 1982-01-01 | 1997-08-20 | Ali Akbar Velayati; Velayati
IRN | fm | Foreign Minister | 1997-08-20 | 2005-08-24 | Kamal Kharrazi; Kharrazi
IRN | fm | Foreign Minister | 2005-08-24 | 2010-12-13 | Manouchehr Mottaki; Mottaki
IRN | fm | Foreign Minister | 2010-12-13 | 2013-08-15 | Ali Akbar Salehi
IRN | fm | Foreign Minister | 2013-08-15 | 2021-08-25 | Mohammad Javad Zarif; Javad Zarif; Zarif | MOHAMMAD_ZARIF_KHONSARI_
IRN | fm | Foreign Minister | 2021-08-25 | 2024-05-19 | Hossein Amir-Abdollahian; Hossein Amirabdollahian; Amir-Abdollahian; Amirabdollahian
IRN | fm | Foreign Minister (acting) | 2024-05-20 | 2024-08-21 | Ali Bagheri Kani; Ali Bagheri
IRN | fm | Foreign Minister | 2024-08-21 |  | Abbas Araghchi; Abbas Araqchi; Araghchi; Araqchi
IRN | dm | Defence Minister | 1997-08-20 | 2005-08-24 | Ali Shamkhani; Shamkhani
IRN | dm | Defence Minister | 2005-08-24 | 2009-09-03 | Mostafa Mohammad-Najjar; Mostafa Mohammad Najjar
IRN | dm | Defence Minister | 2009-09-03 | 2013-08-15 | Ahmad Vahidi; Vahidi | AHMAD_VAHIDI_
IRN | dm | Defence Minister | 2013-08-15 | 2017-08-20 | Hossein Dehghan; Dehghan
IRN | dm | Defence Minister | 2017-08-20 | 2021-08-25 | Amir Hatami
IRN | dm | Defence Minister | 2021-08-25 | 2024-08-21 | Mohammad-Reza Gharaei Ashtiani; Mohammad Reza Gharaei Ashtiani; Mohammad-Reza Ashtiani
IRN | dm | Defence Minister | 2024-08-21 |  | Aziz Nasirzadeh; Nasirzadeh
IRN | x | Prime Minister (office abolished 1989) | @ | @ | Mir Hossein Mousavi; Mir-Hossein Mousavi; Mir Hossein Moussavi; Mousavi; Moussavi | MIR_HOSSEIN_MOUSSAVI_ [IRNGOV 811031-890803]

# ============================================================ ISR
ISR | hs | President | 1978-05-29 | 1983-05-05 | Yitzhak Navon; Navon
ISR | hs | President | @ | @ | Chaim Herzog | CHAIM_HERZOG_ [ISRGOV 830505-930513]
ISR | hs | President | @ | @ | Ezer Weizman; Weizman | EZER_WEIZMAN_ [ISRGOV 930513-000712]
ISR | hs | President | @ | @ | Moshe Katsav; Moshe Katzav; Katsav; Katzav | MOSHE_KATSAV_ [ISRGOV 000801-070701]
ISR | hs | President | 2007-07-15 | 2014-07-24 | Shimon Peres; Peres | SHIMON_PERES_
ISR | hs | President | 2014-07-24 | 2021-07-07 | Reuven Rivlin; Ruvi Rivlin; Rivlin | REUVEN_RIVLIN_
ISR | hs | President | 2021-07-07 |  | Isaac Herzog; Yitzhak Herzog
ISR | hg | Prime Minister | @ | @ | Menachem Begin | MENACHEM_BEGIN_ [ISRGOV 770621-831010]
ISR | hg | Prime Minister | @ | @ | Yitzhak Shamir; Shamir | YITZHAK_SHAMIR_ [ISRGOV 831010-840914]
ISR | hg | Prime Minister | @ | @ | Shimon Peres; Peres | SHIMON_PERES_ [ISRGOV 840914-861020]
ISR | hg | Prime Minister | @ | @ | Yitzhak Shamir; Shamir | YITZHAK_SHAMIR_ [ISRGOV 861020-920713]
ISR | hg | Prime Minister (also Defence Minister) | @ | @ | Yitzhak Rabin; Rabin | YITZHAK_RABIN_ [ISRGOV 920713-951104]
ISR | hg | Prime Minister | @ | @ | Shimon Peres; Peres | SHIMON_PERES_ [ISRGOV 951104-960618]
ISR | hg | Prime Minister | @ | @ | Benjamin Netanyahu; Netanyahu | BENJAMIN_NETANYAHU_ [ISRGOV 960618-990706]
ISR | hg | Prime Minister (also Defence Minister) | @ | @ | Ehud Barak; Barak | EHUD_BARAK_ [ISRGOV 990706-010307]
ISR | hg | Prime Minister (incapacitated from 2006-01-04) | @ | @ | Ariel Sharon | ARIEL_SHARON_ [ISRGOV 010307-060414]
ISR | hg | Prime Minister (acting until 2006-04-14) | 2006-01-04 | 2009-03-31 | Ehud Olmert; Olmert | EHUD_OLMERT_
ISR | hg | Prime Minister | 2009-03-31 | 2021-06-13 | Benjamin Netanyahu; Netanyahu | BENJAMIN_NETANYAHU_
ISR | hg | Prime Minister | 2021-06-13 | 2022-07-01 | Naftali Bennett
ISR | hg | Prime Minister | 2022-07-01 | 2022-12-29 | Yair Lapid; Lapid
ISR | hg | Prime Minister | 2022-12-29 |  | Benjamin Netanyahu; Netanyahu
ISR | fm | Foreign Minister | 1980-03-10 | 1986-10-20 | Yitzhak Shamir; Shamir
ISR | fm | Foreign Minister | 1986-10-20 | 1988-12-22 | Shimon Peres; Peres
ISR | fm | Foreign Minister | 1988-12-22 | 1990-06-11 | Moshe Arens; Arens
ISR | fm | Foreign Minister | 1990-06-11 | 1992-07-13 | David Levy
ISR | fm | Foreign Minister | 1992-07-13 | 1995-11-22 | Shimon Peres; Peres
ISR | fm | Foreign Minister | 1995-11-22 | 1996-06-18 | Ehud Barak; Barak
ISR | fm | Foreign Minister | 1998-10-13 | 1999-07-06 | Ariel Sharon
ISR | fm | Foreign Minister | 2001-03-07 | 2002-11-02 | Shimon Peres; Peres
ISR | fm | Foreign Minister | 2002-11-06 | 2003-02-28 | Benjamin Netanyahu; Netanyahu
ISR | fm | Foreign Minister | 2009-03-31 | 2012-12-18 | Avigdor Lieberman; Avigdor Liberman | AVIGDOR_LIEBERMAN_
ISR | fm | Foreign Minister | 2013-11-11 | 2015-05-14 | Avigdor Lieberman; Avigdor Liberman
ISR | fm | Foreign Minister | 2020-05-17 | 2021-06-13 | Gabi Ashkenazi
ISR | fm | Foreign Minister | 2021-06-13 | 2022-12-29 | Yair Lapid; Lapid
ISR | fm | Foreign Minister | 2022-12-29 | 2024-01-01 | Eli Cohen
ISR | fm | Foreign Minister | 2024-01-01 | 2024-11-07 | Israel Katz
ISR | fm | Foreign Minister | 2024-11-07 |  | Gideon Sa'ar; Gideon Saar
ISR | dm | Defence Minister | 1981-08-05 | 1983-02-14 | Ariel Sharon
ISR | dm | Defence Minister | 1984-09-13 | 1990-03-15 | Yitzhak Rabin; Rabin
ISR | dm | Defence Minister | 1990-06-11 | 1992-07-13 | Moshe Arens; Arens
ISR | dm | Defence Minister | 1995-11-22 | 1996-06-18 | Shimon Peres; Peres
ISR | dm | Defence Minister | 1996-06-18 | 1999-01-23 | Yitzhak Mordechai
ISR | dm | Defence Minister | 2001-03-07 | 2002-11-02 | Binyamin Ben-Eliezer; Benjamin Ben-Eliezer; Ben-Eliezer
ISR | dm | Defence Minister | 2002-11-04 | 2006-05-04 | Shaul Mofaz; Mofaz
ISR | dm | Defence Minister | 2006-05-04 | 2007-06-18 | Amir Peretz | AMIR_PERETZ_
ISR | dm | Defence Minister | 2007-06-18 | 2013-03-18 | Ehud Barak; Barak | EHUD_BARAK_
ISR | dm | Defence Minister | 2013-03-18 | 2016-05-20 | Moshe Ya'alon; Moshe Yaalon; Ya'alon; Yaalon
ISR | dm | Defence Minister | 2016-05-30 | 2018-11-16 | Avigdor Lieberman; Avigdor Liberman
ISR | dm | Defence Minister | 2019-11-12 | 2020-05-17 | Naftali Bennett
ISR | dm | Defence Minister | 2020-05-17 | 2022-12-29 | Benny Gantz; Gantz
ISR | dm | Defence Minister | 2022-12-29 | 2024-11-07 | Yoav Gallant; Gallant
ISR | dm | Defence Minister | 2024-11-07 |  | Israel Katz

# ============================================================ ITA
ITA | hs | President | 1978-07-09 | 1985-06-29 | Sandro Pertini; Pertini
ITA | hs | President | 1985-07-03 | 1992-04-28 | Francesco Cossiga; Cossiga | FRANCESCO_COSSIGA_
ITA | hs | President | @ | @ | Oscar Luigi Scalfaro; Scalfaro | OSCAR_LUIGI_SCALFARO_ [ITAGOV 920528-990515]
ITA | hs | President | @ | @ | Carlo Azeglio Ciampi; Ciampi | CARLO_AZEGLIO_CIAMPI_ [ITAGOV 990518-060515]
ITA | hs | President | 2006-05-15 | 2015-01-14 | Giorgio Napolitano | GIORGIO_NAPOLITANO_
ITA | hs | President | 2015-02-03 |  | Sergio Mattarella; Mattarella
ITA | hg | Prime Minister | 1980-10-18 | 1981-06-28 | Arnaldo Forlani; Forlani
ITA | hg | Prime Minister | 1981-06-28 | 1982-12-01 | Giovanni Spadolini; Spadolini
ITA | hg | Prime Minister | 1982-12-01 | 1983-08-04 | Amintore Fanfani; Fanfani
ITA | hg | Prime Minister | 1983-08-04 | 1987-04-17 | Bettino Craxi; Craxi
ITA | hg | Prime Minister | 1987-04-17 | 1987-07-28 | Amintore Fanfani; Fanfani
ITA | hg | Prime Minister | 1987-07-28 | 1988-04-13 | Giovanni Goria; Goria
ITA | hg | Prime Minister | 1988-04-13 | 1989-07-22 | Ciriaco De Mita; Ciriaco de Mita; De Mita
ITA | hg | Prime Minister | 1989-07-22 | 1992-06-28 | Giulio Andreotti; Andreotti | GIULIO_ANDREOTTI_
ITA | hg | Prime Minister | @ | @ | Giuliano Amato | GIULIANO_AMATO_ [ITAGOV 920628-930429]
ITA | hg | Prime Minister | 1993-04-29 | 1994-05-10 | Carlo Azeglio Ciampi; Ciampi | CARLO_AZEGLIO_CIAMPI_
ITA | hg | Prime Minister | 1994-05-10 | 1995-01-17 | Silvio Berlusconi; Berlusconi | SILVIO_BERLUSCONI_
ITA | hg | Prime Minister | @ | 1996-05-18 | Lamberto Dini; Dini | LAMBERTO_DINI_ [ITAGOV 950117-960518]
ITA | hg | Prime Minister | 1996-05-18 | 1998-10-21 | Romano Prodi; Prodi
ITA | hg | Prime Minister | @ | @ | Massimo D'Alema; D'Alema | MASSIMO_D'ALEMA_ [ITAGOV 981021-000426]
ITA | hg | Prime Minister | @ | @ | Giuliano Amato | GIULIANO_AMATO_ [ITAGOV 000426-010611]
ITA | hg | Prime Minister | @ | @ | Silvio Berlusconi; Berlusconi | SILVIO_BERLUSCONI_ [ITAGOV 010611-060517]
ITA | hg | Prime Minister | @ | @ | Romano Prodi; Prodi | ROMANO_PRODI_ [ITAGOV 060517-080508]
ITA | hg | Prime Minister | 2008-05-08 | 2011-11-16 | Silvio Berlusconi; Berlusconi | SILVIO_BERLUSCONI_
ITA | hg | Prime Minister | 2011-11-16 | 2013-04-28 | Mario Monti; Monti
ITA | hg | Prime Minister | 2013-04-28 | 2014-02-22 | Enrico Letta
ITA | hg | Prime Minister | 2014-02-22 | 2016-12-12 | Matteo Renzi; Renzi
ITA | hg | Prime Minister | 2016-12-12 | 2018-06-01 | Paolo Gentiloni; Gentiloni
ITA | hg | Prime Minister | 2018-06-01 | 2021-02-13 | Giuseppe Conte
ITA | hg | Prime Minister | 2021-02-13 | 2022-10-22 | Mario Draghi; Draghi
ITA | hg | Prime Minister | 2022-10-22 |  | Giorgia Meloni; Meloni
ITA | fm | Foreign Minister | 1980-04-04 | 1983-08-04 | Emilio Colombo
ITA | fm | Foreign Minister | 1983-08-04 | 1989-07-22 | Giulio Andreotti; Andreotti
ITA | fm | Foreign Minister | 1989-07-22 | 1992-06-28 | Gianni De Michelis
ITA | fm | Foreign Minister | 1993-04-29 | 1994-05-10 | Beniamino Andreatta
ITA | fm | Foreign Minister | 1994-05-10 | 1995-01-17 | Antonio Martino
ITA | fm | Foreign Minister | 1995-01-17 | 1996-05-18 | Susanna Agnelli
ITA | fm | Foreign Minister | 1996-05-18 | 2001-06-11 | Lamberto Dini; Dini
ITA | fm | Foreign Minister | 2002-11-14 | 2004-11-18 | Franco Frattini; Frattini
ITA | fm | Foreign Minister | 2004-11-18 | 2006-05-17 | Gianfranco Fini; Fini
ITA | fm | Foreign Minister | 2006-05-17 | 2008-05-08 | Massimo D'Alema; D'Alema
ITA | fm | Foreign Minister | 2008-05-08 | 2011-11-16 | Franco Frattini; Frattini | FRANCO_FRATTINI_
ITA | fm | Foreign Minister | 2011-11-16 | 2013-03-26 | Giulio Terzi; Giulio Terzi di Sant'Agata
ITA | fm | Foreign Minister | 2013-04-28 | 2014-02-22 | Emma Bonino; Bonino
ITA | fm | Foreign Minister | 2014-02-22 | 2014-10-31 | Federica Mogherini; Mogherini
ITA | fm | Foreign Minister | 2014-10-31 | 2016-12-12 | Paolo Gentiloni; Gentiloni
ITA | fm | Foreign Minister | 2016-12-12 | 2018-06-01 | Angelino Alfano; Alfano
ITA | fm | Foreign Minister | 2018-06-01 | 2019-09-05 | Enzo Moavero Milanesi; Moavero
ITA | fm | Foreign Minister | 2019-09-05 | 2022-10-22 | Luigi Di Maio; Di Maio
ITA | fm | Foreign Minister | 2022-10-22 |  | Antonio Tajani; Tajani
ITA | dm | Defence Minister | 1980-04-04 | 1983-08-04 | Lelio Lagorio; Lagorio
ITA | dm | Defence Minister | 1983-08-04 | 1987-04-17 | Giovanni Spadolini; Spadolini
ITA | dm | Defence Minister | 1987-04-17 | 1987-07-28 | Remo Gaspari
ITA | dm | Defence Minister | 1987-07-28 | 1989-07-22 | Valerio Zanone; Zanone
ITA | dm | Defence Minister | 1996-05-18 | 1998-10-21 | Beniamino Andreatta
ITA | dm | Defence Minister | 1998-10-21 | 1999-12-22 | Carlo Scognamiglio
ITA | dm | Defence Minister | 1999-12-22 | 2001-06-11 | Sergio Mattarella; Mattarella
ITA | dm | Defence Minister | 2001-06-11 | 2006-05-17 | Antonio Martino
ITA | dm | Defence Minister | 2006-05-17 | 2008-05-08 | Arturo Parisi | ARTURO_PARISI_
ITA | dm | Defence Minister | 2008-05-08 | 2011-11-16 | Ignazio La Russa; La Russa | IGNAZIO_LA_RUSSA_
ITA | dm | Defence Minister | 2011-11-16 | 2013-04-28 | Giampaolo Di Paola
ITA | dm | Defence Minister | 2013-04-28 | 2014-02-22 | Mario Mauro
ITA | dm | Defence Minister | 2014-02-22 | 2018-06-01 | Roberta Pinotti; Pinotti
ITA | dm | Defence Minister | 2018-06-01 | 2019-09-05 | Elisabetta Trenta
ITA | dm | Defence Minister | 2019-09-05 | 2022-10-22 | Lorenzo Guerini; Guerini
ITA | dm | Defence Minister | 2022-10-22 |  | Guido Crosetto; Crosetto
ITA | x | Treasury Minister | 1980-10-18 | 1982-12-01 | Beniamino Andreatta
ITA | x | Treasury Minister | 1982-12-01 | 1987-07-28 | Giovanni Goria; Goria
ITA | x | Treasury Minister | 1987-07-28 | 1989-07-22 | Giuliano Amato
ITA | x | Treasury Minister | 1989-07-22 | 1992-06-28 | Guido Carli

# ============================================================ JPN
JPN | hs | Emperor | @ | @ | Emperor Hirohito; Hirohito | SHOWA_TENNO_ [JPNGOV 19261225-890107]
JPN | hs | Emperor | @ | 2019-04-30 | Emperor Akihito; Akihito | AKIHITO_ [JPNGOV >890107]
JPN | hs | Emperor | 2019-05-01 |  | Emperor Naruhito; Naruhito
JPN | hg | Prime Minister (died in office) | @ | @ | Masayoshi Ohira; Ohira | MASAYOSHI_OHIRA_ [JPNGOV 781207-800612]
JPN | hg | Prime Minister (acting) | @ | @ | Masayoshi Ito | MASAYOSHI_ITO_ [JPNGOV 800612-800717]
JPN | hg | Prime Minister | @ | @ | Zenko Suzuki | ZENKO_SUZUKI_ [JPNGOV 800717-821126]
JPN | hg | Prime Minister | @ | @ | Yasuhiro Nakasone; Nakasone | YASUHIRO_NAKASONE_ [JPNGOV 821126-871106]
JPN | hg | Prime Minister | @ | 1989-06-03 | Noboru Takeshita; Takeshita | NOBORU_TAKESHITA_ [JPNGOV 871106-890602]
JPN | hg | Prime Minister | 1989-06-03 | 1989-08-10 | Sosuke Uno; Uno | SOSUKE_UNO_
JPN | hg | Prime Minister | 1989-08-10 | 1991-11-05 | Toshiki Kaifu; Kaifu | TOSHIKI_KAIFU_
JPN | hg | Prime Minister | 1991-11-05 | 1993-08-09 | Kiichi Miyazawa; Miyazawa | KIICHI_MIYAZAWA_
JPN | hg | Prime Minister | 1993-08-09 | 1994-04-28 | Morihiro Hosokawa; Hosokawa | MORIHIRO_HOSOKAWA_
JPN | hg | Prime Minister | 1994-04-28 | 1994-06-30 | Tsutomu Hata; Hata | TSUTOMU_HATA_
JPN | hg | Prime Minister | 1994-06-30 | 1996-01-11 | Tomiichi Murayama; Murayama | TOMIICHI_MURAYAMA_
JPN | hg | Prime Minister | @ | @ | Ryutaro Hashimoto; Hashimoto | RYUTARO_HASHIMOTO_ [JPNGOV 960111-980730]
JPN | hg | Prime Minister | @ | @ | Keizo Obuchi; Obuchi | KEIZO_OBUCHI_ [JPNGOV 980730-000405]
JPN | hg | Prime Minister | @ | @ | Yoshiro Mori | YOSHIRO_MORI_ [JPNGOV 000405-010426]
JPN | hg | Prime Minister | @ | @ | Junichiro Koizumi; Koizumi | JUNICHIRO_KOIZUMI_ [JPNGOV 010426-060926]
JPN | hg | Prime Minister | @ | @ | Shinzo Abe; Abe | SHINZO_ABE_ [JPNGOV 060926-070926]
JPN | hg | Prime Minister | 2007-09-26 | 2008-09-24 | Yasuo Fukuda; Fukuda | YASUO_FUKUDA_
JPN | hg | Prime Minister | 2008-09-24 | 2009-09-16 | Taro Aso; Aso | TARO_ASO_
JPN | hg | Prime Minister | 2009-09-16 | 2010-06-08 | Yukio Hatoyama; Hatoyama | YUKIO_HATOYAMA_
JPN | hg | Prime Minister | 2010-06-08 | 2011-09-02 | Naoto Kan
JPN | hg | Prime Minister | 2011-09-02 | 2012-12-26 | Yoshihiko Noda; Noda
JPN | hg | Prime Minister | 2012-12-26 | 2020-09-16 | Shinzo Abe; Abe
JPN | hg | Prime Minister | 2020-09-16 | 2021-10-04 | Yoshihide Suga; Suga
JPN | hg | Prime Minister | 2021-10-04 | 2024-10-01 | Fumio Kishida; Kishida
JPN | hg | Prime Minister | 2024-10-01 | 2025-10-21 | Shigeru Ishiba; Ishiba
JPN | hg | Prime Minister | 2025-10-21 |  | Sanae Takaichi; Takaichi
JPN | fm | Foreign Minister | 1979-11-09 | 1980-07-17 | Saburo Okita; Okita
JPN | fm | Foreign Minister | 1980-07-17 | 1981-05-18 | Masayoshi Ito
JPN | fm | Foreign Minister | 1981-05-18 | 1981-11-30 | Sunao Sonoda; Sonoda
JPN | fm | Foreign Minister | 1981-11-30 | 1982-11-27 | Yoshio Sakurauchi; Sakurauchi
JPN | fm | Foreign Minister | 1982-11-27 | 1986-07-22 | Shintaro Abe; Abe
JPN | fm | Foreign Minister | 1986-07-22 | 1987-11-06 | Tadashi Kuranari; Kuranari
JPN | fm | Foreign Minister | 1987-11-06 | 1989-06-03 | Sosuke Uno; Uno
JPN | fm | Foreign Minister | 1989-06-03 | 1989-08-10 | Hiroshi Mitsuzuka; Mitsuzuka
JPN | fm | Foreign Minister | 1989-08-10 | 1991-11-05 | Taro Nakayama
JPN | fm | Foreign Minister | 1993-08-09 | 1994-04-28 | Tsutomu Hata; Hata
JPN | fm | Foreign Minister | 1994-04-28 | 1994-06-30 | Koji Kakizawa
JPN | fm | Foreign Minister | 1994-06-30 | 1996-01-11 | Yohei Kono; Kono
JPN | fm | Foreign Minister | 1996-01-11 | 1997-09-11 | Yukihiko Ikeda
JPN | fm | Foreign Minister | 1997-09-11 | 1998-07-30 | Keizo Obuchi; Obuchi
JPN | fm | Foreign Minister | 1998-07-30 | 1999-10-05 | Masahiko Komura; Komura
JPN | fm | Foreign Minister | 1999-10-05 | 2001-04-26 | Yohei Kono; Kono
JPN | fm | Foreign Minister | 2001-04-26 | 2002-01-30 | Makiko Tanaka
JPN | fm | Foreign Minister | 2002-02-01 | 2004-09-27 | Yoriko Kawaguchi; Kawaguchi
JPN | fm | Foreign Minister | 2004-09-27 | 2005-10-31 | Nobutaka Machimura; Machimura | NOBUTAKA_MACHIMURA_
JPN | fm | Foreign Minister | 2005-10-31 | 2007-08-27 | Taro Aso; Aso | TARO_ASO_
JPN | fm | Foreign Minister | 2007-08-27 | 2007-09-26 | Nobutaka Machimura; Machimura
JPN | fm | Foreign Minister | 2007-09-26 | 2008-09-24 | Masahiko Komura; Komura | MASAHIKO_KOMURA_
JPN | fm | Foreign Minister | 2008-09-24 | 2009-09-16 | Hirofumi Nakasone | HIROFUMI_NAKASONE_
JPN | fm | Foreign Minister | 2009-09-16 | 2010-09-17 | Katsuya Okada; Okada | KATSUYA_OKADA_
JPN | fm | Foreign Minister | 2010-09-17 | 2011-03-07 | Seiji Maehara; Maehara
JPN | fm | Foreign Minister | 2011-03-09 | 2011-09-02 | Takeaki Matsumoto
JPN | fm | Foreign Minister | 2011-09-02 | 2012-12-26 | Koichiro Gemba; Koichiro Genba; Gemba
JPN | fm | Foreign Minister | 2012-12-26 | 2017-08-03 | Fumio Kishida; Kishida
JPN | fm | Foreign Minister | 2017-08-03 | 2019-09-11 | Taro Kono; Kono
JPN | fm | Foreign Minister | 2019-09-11 | 2021-11-04 | Toshimitsu Motegi; Motegi
JPN | fm | Foreign Minister | 2021-11-10 | 2023-09-13 | Yoshimasa Hayashi
JPN | fm | Foreign Minister | 2023-09-13 | 2024-10-01 | Yoko Kamikawa; Kamikawa
JPN | fm | Foreign Minister | 2024-10-01 | 2025-10-21 | Takeshi Iwaya; Iwaya
JPN | fm | Foreign Minister | 2025-10-21 |  | Toshimitsu Motegi; Motegi
JPN | dm | Defence Minister | 2007-01-09 | 2007-07-04 | Fumio Kyuma; Kyuma
JPN | dm | Defence Minister | 2007-07-04 | 2007-08-27 | Yuriko Koike; Koike | YURIKO_KOIKE_
JPN | dm | Defence Minister | 2007-08-27 | 2007-09-26 | Masahiko Komura; Komura | MASAHIKO_KOMURA_
JPN | dm | Defence Minister | 2007-09-26 | 2008-08-02 | Shigeru Ishiba; Ishiba | SHIGERU_ISHIBA_
JPN | dm | Defence Minister | 2008-08-02 | 2008-09-24 | Yoshimasa Hayashi | YOSHIMASA_HAYASHI_
JPN | dm | Defence Minister | 2008-09-24 | 2009-09-16 | Yasukazu Hamada | YASUKAZU_HAMADA_
JPN | dm | Defence Minister | 2009-09-16 | 2011-09-02 | Toshimi Kitazawa; Kitazawa | TOSHIMI_KITAZAWA_
JPN | dm | Defence Minister | 2011-09-02 | 2012-01-13 | Yasuo Ichikawa
JPN | dm | Defence Minister | 2012-01-13 | 2012-06-04 | Naoki Tanaka
JPN | dm | Defence Minister | 2012-06-04 | 2012-12-26 | Satoshi Morimoto
JPN | dm | Defence Minister | 2012-12-26 | 2014-09-03 | Itsunori Onodera; Onodera
JPN | dm | Defence Minister | 2014-09-03 | 2014-12-24 | Akinori Eto
JPN | dm | Defence Minister | 2014-12-24 | 2016-08-03 | Gen Nakatani; Nakatani
JPN | dm | Defence Minister | 2016-08-03 | 2017-07-28 | Tomomi Inada; Inada
JPN | dm | Defence Minister | 2017-08-03 | 2018-10-02 | Itsunori Onodera; Onodera
JPN | dm | Defence Minister | 2018-10-02 | 2019-09-11 | Takeshi Iwaya; Iwaya
JPN | dm | Defence Minister | 2019-09-11 | 2020-09-16 | Taro Kono; Kono
JPN | dm | Defence Minister | 2020-09-16 | 2022-08-10 | Nobuo Kishi
JPN | dm | Defence Minister | 2022-08-10 | 2023-09-13 | Yasukazu Hamada
JPN | dm | Defence Minister | 2023-09-13 | 2024-10-01 | Minoru Kihara; Kihara
JPN | dm | Defence Minister | 2024-10-01 | 2025-10-21 | Gen Nakatani; Nakatani
JPN | dm | Defence Minister | 2025-10-21 |  | Shinjiro Koizumi; Koizumi
JPN | x | Finance Minister | 1979-11-09 | 1980-07-17 | Noboru Takeshita; Takeshita
JPN | x | Finance Minister | 1980-07-17 | 1982-11-27 | Michio Watanabe
JPN | x | Finance Minister | 1982-11-27 | 1986-07-22 | Noboru Takeshita; Takeshita
JPN | x | Finance Minister | 1986-07-22 | 1988-12-09 | Kiichi Miyazawa; Miyazawa
JPN | x | Minister of International Trade and Industry | 1984-11-01 | 1985-12-28 | Keijiro Murata
JPN | x | Minister of International Trade and Industry | 1985-12-28 | 1986-07-22 | Michio Watanabe
JPN | x | Minister of International Trade and Industry | 1986-07-22 | 1987-11-06 | Hajime Tamura; Tamura

# ============================================================ KOR
KOR | hs | President | @ | @ | Choi Kyu-hah; Choi Kyu Hah | CHOI_KYU_HAH_ [KORGOV 791026-800816]
KOR | hs | President | @ | @ | Chun Doo-hwan; Chun Doo Hwan | CHUN_DOO_HWAN_ [KORGOV 800901-880225]
KOR | hs | President | @ | @ | Roh Tae-woo; Roh Tae Woo; Roh | ROH_TAE_WOO_ [KORGOV 880225-930225]
KOR | hs | President | @ | @ | Kim Young-sam; Kim Young Sam | KIM_YOUNG_SAM_ [KORGOV 930225-980225]
KOR | hs | President | @ | @ | Kim Dae-jung; Kim Dae Jung | KIM_DAE_JUNG_ [KORGOV 980225-030225]
KOR | hs | President | @ | @ | Roh Moo-hyun; Roh Moo Hyun; Roh | ROH_MOO_HYUN_ [KORGOV 030225-080225]
KOR | hs | President | 2008-02-25 | 2013-02-25 | Lee Myung-bak; Lee Myung Bak | LEE_MYUNG_BAK_
KOR | hs | President (removed from office 2017-03-10) | 2013-02-25 | 2017-03-10 | Park Geun-hye; Park Geun Hye
KOR | hs | President | 2017-05-10 | 2022-05-10 | Moon Jae-in; Moon Jae In
KOR | hs | President (removed from office 2025-04-04) | 2022-05-10 | 2025-04-04 | Yoon Suk Yeol; Yoon Suk-yeol; Yoon
KOR | hs | President (acting) | 2024-12-27 | 2025-03-24 | Choi Sang-mok; Choi Sang Mok
KOR | hs | President | 2025-06-04 |  | Lee Jae-myung; Lee Jae Myung
KOR | hg | Prime Minister | @ | @ | Shin Hyon-hwak; Shin Hyon Hwak | SHIN_HYON_HWAK_ [KORGOV 791212-800522]
KOR | hg | Prime Minister | @ | @ | Nam Duck-woo; Nam Duck Woo | NAM_DUCK_WOO_ [KORGOV 800902-820104]
KOR | hg | Prime Minister | @ | @ | Yoo Chang-soon; Yoo Chang Soon | YOO_CHANG_SOON_ [KORGOV 820104-820625]
KOR | hg | Prime Minister | @ | @ | Kim Sang-hyup; Kim Sang Hyup | KIM_SANG_HYUP_ [KORGOV 820625-831014]
KOR | hg | Prime Minister | @ | @ | Chin Iee-chong; Chin Iee Chong | CHIN_IEE_CHONG_ [KORGOV 831015-850219]
KOR | hg | Prime Minister | @ | @ | Lho Shin-yong; Lho Shin Yong | LHO_SHIN_YONG_ [KORGOV 850219-870526]
KOR | hg | Prime Minister | @ | @ | Lee Han-key; Lee Han Key | LEE_HAN_KEY_ [KORGOV 870526-870714]
KOR | hg | Prime Minister | @ | @ | Kim Chung-yul; Kim Chung Yul | KIM_CHUNG_YUL_ [KORGOV 870714-880225]
KOR | hg | Prime Minister | @ | @ | Lee Hyun-jae; Lee Hyun Jae | LEE_HYUN_JAE_ [KORGOV 880225-881205]
KOR | hg | Prime Minister | @ | @ | Kang Young-hoon; Kang Young Hoon | KANG_YOUNG_HOON_ [KORGOV 881205-901227]
KOR | hg | Prime Minister | @ | @ | Ro Jai-bong; Ro Jai Bong | RO_JAI_BONG_ [KORGOV 901227-910524]
KOR | hg | Prime Minister | @ | @ | Chung Won-shik; Chung Won Shik | CHUNG_WON_SHIK_ [KORGOV 910524-921008]
KOR | hg | Prime Minister | @ | @ | Hyun Soong-jong; Hyun Soong Jong | HYUN_SOONG_JONG_ [KORGOV 921008-930225]
KOR | hg | Prime Minister | @ | @ | Hwang In-sung; Hwang In Sung | HWANG_IN_SUNG_ [KORGOV 930225-931217]
KOR | hg | Prime Minister | @ | @ | Lee Hoi-chang; Lee Hoi Chang | LEE_HOI_CHANG_ [KORGOV 931217-940422]
KOR | hg | Prime Minister | @ | @ | Lee Yung-duk; Lee Yung Duk | LEE_YUNG_DUK_ [KORGOV 940429-941217]
KOR | hg | Prime Minister | @ | @ | Lee Hong-koo; Lee Hong Koo | LEE_HONG_KOO_ [KORGOV 941217-951218]
KOR | hg | Prime Minister | @ | @ | Lee Soo-sung; Lee Soo Sung | LEE_SOO_SUNG_ [KORGOV 951218-970304]
KOR | hg | Prime Minister | @ | @ | Goh Kun | GOH_KUN_ [KORGOV 970304-980303]
KOR | hg | Prime Minister | @ | @ | Kim Jong-pil; Kim Jong Pil | KIM_JONG_PIL_ [KORGOV 980303-000113]
KOR | hg | Prime Minister | @ | @ | Park Tae-joon; Park Tae Joon | PARK_TAE_JOON_ [KORGOV 000113-000519]
KOR | hg | Prime Minister | @ | @ | Lee Han-dong; Lee Han Dong | LEE_HAN_DONG_ [KORGOV 000522-020711]
KOR | hg | Prime Minister | @ | @ | Kim Suk-soo; Kim Suk Soo | KIM_SUK_SOO_ [KORGOV 020910-030226]
KOR | hg | Prime Minister | @ | @ | Goh Kun | GOH_KUN_ [KORGOV 030226-040525]
KOR | hg | Prime Minister | @ | @ | Lee Hae-chan; Lee Hae Chan | LEE_HAE_CHAN_ [KORGOV 040630-060314]
KOR | hg | Prime Minister | 2006-04-20 | 2007-03-07 | Han Myeong-sook; Han Myung-sook; Han Myeong Sook; Han Myung Sook | HAN_MYUNG_SOOK_
KOR | hg | Prime Minister | @ | @ | Han Duck-soo; Han Duck Soo | HAN_DUCK_SOO_ [KORGOV 070402-080229]
KOR | hg | Prime Minister | 2008-02-29 | 2009-09-29 | Han Seung-soo; Han Seung Soo | HAN_SEUNG_SOO_
KOR | hg | Prime Minister | 2009-09-29 | 2010-08-11 | Chung Un-chan; Chung Un Chan
KOR | hg | Prime Minister | 2010-10-01 | 2013-02-26 | Kim Hwang-sik; Kim Hwang Sik
KOR | hg | Prime Minister | 2013-02-26 | 2015-02-17 | Chung Hong-won; Chung Hong Won
KOR | hg | Prime Minister | 2015-02-17 | 2015-04-27 | Lee Wan-koo; Lee Wan Koo
KOR | hg | Prime Minister | 2015-06-18 | 2017-05-11 | Hwang Kyo-ahn; Hwang Kyo Ahn
KOR | hg | Prime Minister | 2017-05-31 | 2020-01-14 | Lee Nak-yon; Lee Nak-yeon; Lee Nak Yon
KOR | hg | Prime Minister | 2020-01-14 | 2021-04-16 | Chung Sye-kyun; Chung Sye Kyun
KOR | hg | Prime Minister | 2022-05-21 | 2025-05-01 | Han Duck-soo; Han Duck Soo
KOR | hg | Prime Minister | 2025-07-03 |  | Kim Min-seok; Kim Min Seok
KOR | fm | Foreign Minister | 2004-01-17 | 2006-11-10 | Ban Ki-moon; Ban Ki Moon
KOR | fm | Foreign Minister | 2006-12-01 | 2008-02-29 | Song Min-soon; Song Min Soon
KOR | fm | Foreign Minister | 2008-02-29 | 2010-09-04 | Yu Myung-hwan; Yu Myung Hwan
KOR | fm | Foreign Minister | 2010-10-08 | 2013-03-11 | Kim Sung-hwan; Kim Sung Hwan
KOR | fm | Foreign Minister | 2013-03-11 | 2017-06-18 | Yun Byung-se; Yun Byung Se
KOR | fm | Foreign Minister | 2017-06-18 | 2021-02-09 | Kang Kyung-wha; Kang Kyung Wha
KOR | fm | Foreign Minister | 2021-02-09 | 2022-05-12 | Chung Eui-yong; Chung Eui Yong
KOR | fm | Foreign Minister | 2022-05-12 | 2024-01-10 | Park Jin
KOR | dm | Defence Minister | 2010-12-04 | 2014-06-30 | Kim Kwan-jin; Kim Kwan Jin | KIM_KWAN_JIN_
KOR | dm | Defence Minister | 2014-06-30 | 2017-07-14 | Han Min-koo; Han Min Koo
KOR | dm | Defence Minister | 2017-07-14 | 2018-09-21 | Song Young-moo; Song Young Moo
KOR | dm | Defence Minister | 2018-09-21 | 2020-09-18 | Jeong Kyeong-doo; Jeong Kyeong Doo
KOR | dm | Defence Minister | 2020-09-18 | 2022-05-10 | Suh Wook
KOR | dm | Defence Minister | 2022-05-10 | 2023-10-07 | Lee Jong-sup; Lee Jong Sup
KOR | dm | Defence Minister | 2023-10-07 | 2024-09-06 | Shin Won-sik; Shin Won Sik
KOR | dm | Defence Minister | 2024-09-06 | 2024-12-05 | Kim Yong-hyun; Kim Yong Hyun

# ============================================================ MEX
MEX | hs | President | 1976-12-01 | 1982-12-01 | José López Portillo; Jose Lopez Portillo; López Portillo; Lopez Portillo | JOSE_LOPEZ_PORTILLO_
MEX | hs | President | 1982-12-01 | 1988-12-01 | Miguel de la Madrid; Miguel de la Madrid Hurtado; De la Madrid; de la Madrid | MIGUEL_DE_LA_MADRID_
MEX | hs | President | 1988-12-01 | 1994-12-01 | Carlos Salinas de Gortari; Carlos Salinas | CARLOS_SALINAS_DE_GORTARI_
MEX | hs | President | 1994-12-01 | 2000-12-01 | Ernesto Zedillo; Zedillo | ERNESTO_ZEDILLO_
MEX | hs | President | 2000-12-01 | 2006-12-01 | Vicente Fox | VICENTE_FOX_QUESADA_
MEX | hs | President | 2006-12-01 | 2012-12-01 | Felipe Calderón; Felipe Calderon | FELIPE_CALDERON_
MEX | hs | President | 2012-12-01 | 2018-12-01 | Enrique Peña Nieto; Enrique Pena Nieto; Peña Nieto; Pena Nieto
MEX | hs | President | 2018-12-01 | 2024-10-01 | Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO
MEX | hs | President | 2024-10-01 |  | Claudia Sheinbaum; Sheinbaum
MEX | fm | Foreign Minister | 1982-12-01 | 1988-12-01 | Bernardo Sepúlveda; Bernardo Sepulveda
MEX | fm | Foreign Minister | 2000-12-01 | 2003-01-10 | Jorge Castañeda; Jorge Castaneda
MEX | fm | Foreign Minister | 2006-12-01 | 2012-12-01 | Patricia Espinosa
MEX | fm | Foreign Minister | 2012-12-01 | 2015-08-27 | José Antonio Meade; Jose Antonio Meade
MEX | fm | Foreign Minister | 2015-08-27 | 2017-01-04 | Claudia Ruiz Massieu
MEX | fm | Foreign Minister | 2017-01-04 | 2018-12-01 | Luis Videgaray; Videgaray
MEX | fm | Foreign Minister | 2018-12-01 | 2023-06-12 | Marcelo Ebrard; Ebrard
MEX | fm | Foreign Minister | 2023-07-03 | 2024-10-01 | Alicia Bárcena; Alicia Barcena
MEX | dm | Secretary of National Defense | 1982-12-01 | 1988-12-01 | Juan Arévalo Gardoqui; Juan Arevalo Gardoqui
MEX | dm | Secretary of National Defense | 1988-12-01 | 1994-12-01 | Antonio Riviello Bazán; Antonio Riviello Bazan
MEX | dm | Secretary of National Defense | 1994-12-01 | 2000-12-01 | Enrique Cervantes Aguirre
MEX | dm | Secretary of National Defense | 2000-12-01 | 2006-12-01 | Gerardo Clemente Vega García; Gerardo Clemente Vega Garcia; Clemente Vega
MEX | dm | Secretary of National Defense | 2006-12-01 | 2012-12-01 | Guillermo Galván Galván; Guillermo Galvan Galvan | GUILLERMO_GALVAN_GALVAN_
MEX | dm | Secretary of National Defense | 2012-12-01 | 2018-12-01 | Salvador Cienfuegos; Cienfuegos
MEX | dm | Secretary of National Defense | 2018-12-01 | 2024-10-01 | Luis Cresencio Sandoval; Luis Crescencio Sandoval
MEX | dm | Secretary of National Defense | 2024-10-01 |  | Ricardo Trevilla Trejo; Ricardo Trevilla
MEX | x | Finance Minister | 1986-06-17 | 1988-12-01 | Gustavo Petricioli; Petricioli
MEX | x | Finance Minister | 1988-12-01 | 1994-12-01 | Pedro Aspe; Pedro Aspe Armella; Aspe

# ============================================================ PAK
PAK | hs | President (died in office) | @ | @ | Mohammad Zia-ul-Haq; Muhammad Zia-ul-Haq; Zia-ul-Haq; Zia ul-Haq; Zia ul Haq | MOHAMMAD_ZIA_UL_HAQ_ [PAKGOV 780916-880817]
PAK | hs | President | @ | @ | Ghulam Ishaq Khan; Ishaq Khan | GHULAM_ISHAQ_KHAN_ [PAKGOV 880817-930718]
PAK | hg | Prime Minister | @ | @ | Mohammad Khan Junejo; Muhammad Khan Junejo; Junejo | MOHAMMAD_KHAN_JUNEJO_ [PAKGOV 850324-880529]
PAK | hg | Prime Minister | @ | @ | Benazir Bhutto | BENAZIR_BHUTTO_ [PAKGOV 881202-900806]

# ============================================================ PER
PER | hs | President | @ | @ | Alan García; Alan Garcia | ALAN_GARCIA_ [PERGOV 850728-900728]
PER | hs | President | @ | 2011-07-28 | Alan García; Alan Garcia | ALAN_GARCIA_ [PERGOV >060728]

# ============================================================ PHL
PHL | hs | President | @ | @ | Ferdinand Marcos; Ferdinand E. Marcos; Marcos | FERDINAND_E._MARCOS_ [PHLGOV 651230-860225]
PHL | hs | President | @ | @ | Corazon Aquino; Cory Aquino | CORAZON_AQUINO_ [PHLGOV 860225-920630]
PHL | hg | Prime Minister | @ | @ | Cesar Virata; César Virata; Virata | CESAR_VIRATA_ [PHLGOV 810408-860225]

# ============================================================ PRK
PRK | hs | President | @ | @ | Kim Il Sung; Kim Il-sung | KIM_IL_SUNG_ [PRKGOV 721228-940708]
PRK | hs | Supreme Leader | 1994-07-08 | 2011-12-17 | Kim Jong Il; Kim Jong-il
PRK | hs | Supreme Leader | 2011-12-17 |  | Kim Jong Un; Kim Jong-un
PRK | x | President of the Presidium of the Supreme People's Assembly (nominal head of state) | 1998-09-05 | 2019-04-11 | Kim Yong-nam; Kim Yong Nam | KIM_YONG_NAM_
PRK | hg | Premier | @ | @ | Yon Hyong-muk; Yon Hyong Muk | YON_HYONG_MUK_ [PRKGOV 881212-921211]
PRK | hg | Premier | @ | @ | Kang Song-san; Kang Song San | KANG_SONG_SAN_ [PRKGOV 921211-970221]
PRK | hg | Premier | @ | @ | Hong Song-nam; Hong Song Nam | HONG_SONG_NAM_ [PRKGOV 970221-030903]
PRK | hg | Premier | @ | @ | Pak Pong-ju; Pak Pong Ju | PAK_PONG_JU_ [PRKGOV 030903-070411]
PRK | hg | Premier | 2007-04-11 | 2010-06-07 | Kim Yong-il; Kim Yong Il | KIM_YONG_IL_
PRK | hg | Premier | 2010-06-07 | 2013-04-01 | Choe Yong-rim; Choe Yong Rim
PRK | hg | Premier | 2013-04-01 | 2019-04-11 | Pak Pong-ju; Pak Pong Ju
PRK | hg | Premier | 2019-04-11 | 2020-08-13 | Kim Jae-ryong; Kim Jae Ryong
PRK | fm | Foreign Minister | 1998-09-05 | 2007-01-02 | Paek Nam-sun; Paek Nam Sun
PRK | fm | Foreign Minister | 2022-06-11 |  | Choe Son-hui; Choe Son Hui

# ============================================================ RUS
RUS | hs | President | @ | @ | Boris Yeltsin; Yeltsin | BORIS_YELTSIN_ [RUSGOV 910710-991231]
RUS | hs | President (acting until 2000-05-07) | @ | 2008-05-07 | Vladimir Putin; Putin | VLADIMIR_PUTIN_ [RUSGOV 991231-080507]
RUS | hs | President | @ | 2012-05-07 | Dmitry Medvedev; Dmitri Medvedev; Medvedev | DMITRY_MEDVEDEV_ [RUSGOV >080507]
RUS | hs | President | 2012-05-07 |  | Vladimir Putin; Putin
RUS | hg | Prime Minister (acting) | @ | @ | Yegor Gaidar; Gaidar | YEGOR_GAIDAR_ [RUSGOV 920615-921214]
RUS | hg | Prime Minister | @ | @ | Viktor Chernomyrdin; Chernomyrdin | VIKTOR_CHERNOMYRDIN_ [RUSGOV 921214-980323]
RUS | hg | Prime Minister | @ | @ | Sergei Kiriyenko; Sergey Kiriyenko; Kiriyenko | SERGEY_KIRIYENKO_ [RUSGOV 980323-980823]
RUS | hg | Prime Minister (acting) | @ | @ | Viktor Chernomyrdin; Chernomyrdin | VIKTOR_CHERNOMYRDIN_ [RUSGOV 980823-980911]
RUS | hg | Prime Minister | @ | @ | Yevgeny Primakov; Yevgeniy Primakov; Primakov | YEVGENY_PRIMAKOV_ [RUSGOV 980911-990512]
RUS | hg | Prime Minister | @ | @ | Sergei Stepashin; Sergey Stepashin; Stepashin | SERGEY_STEPASHIN_ [RUSGOV 990512-990809]
RUS | hg | Prime Minister | @ | @ | Vladimir Putin; Putin | VLADIMIR_PUTIN_ [RUSGOV 990809-000507]
RUS | hg | Prime Minister | @ | @ | Mikhail Kasyanov; Kasyanov | MIKHAIL_KASYANOV_ [RUSGOV 000507-040224]
RUS | hg | Prime Minister | @ | @ | Mikhail Fradkov; Fradkov | MIKHAIL_FRADKOV_ [RUSGOV 040305-070914]
RUS | hg | Prime Minister | @ | @ | Viktor Zubkov; Zubkov | VIKTOR_ZUBKOV_ [RUSGOV 070914-080508]
RUS | hg | Prime Minister | @ | 2012-05-07 | Vladimir Putin; Putin | VLADIMIR_PUTIN_ [RUSGOV >080508]
RUS | hg | Prime Minister | 2012-05-08 | 2020-01-16 | Dmitry Medvedev; Dmitri Medvedev; Medvedev
RUS | hg | Prime Minister | 2020-01-16 |  | Mikhail Mishustin; Mishustin
RUS | fm | Foreign Minister | 1990-10-11 | 1996-01-09 | Andrei Kozyrev; Andrey Kozyrev; Kozyrev
RUS | fm | Foreign Minister | 1996-01-09 | 1998-09-11 | Yevgeny Primakov; Yevgeniy Primakov; Primakov
RUS | fm | Foreign Minister | 1998-09-11 | 2004-03-09 | Igor Ivanov
RUS | fm | Foreign Minister | 2004-03-09 |  | Sergei Lavrov; Sergey Lavrov; Lavrov | SERGEY_LAVROV_ [RUSGOV 20040309]
RUS | dm | Defence Minister | 1992-05-18 | 1996-06-18 | Pavel Grachev; Grachev
RUS | dm | Defence Minister | 1996-07-17 | 1997-05-22 | Igor Rodionov
RUS | dm | Defence Minister | 1997-05-22 | 2001-03-28 | Igor Sergeyev
RUS | dm | Defence Minister | 2001-03-28 | 2007-02-15 | Sergei Ivanov; Sergey Ivanov
RUS | dm | Defence Minister | 2007-02-15 | 2012-11-06 | Anatoly Serdyukov; Anatoliy Serdyukov; Serdyukov | ANATOLIY_SERDYUKOV_
RUS | dm | Defence Minister | 2012-11-06 | 2024-05-14 | Sergei Shoigu; Sergey Shoigu; Shoigu
RUS | dm | Defence Minister | 2024-05-14 |  | Andrei Belousov; Andrey Belousov; Belousov
RUS | x | Deputy Chairman of the Security Council | 2020-01-16 |  | Dmitry Medvedev; Dmitri Medvedev; Medvedev

# ============================================================ SAU
SAU | hs | King and Prime Minister | @ | @ | King Khalid; Khalid bin Abdulaziz | KHALID_ [SAUGOV 750325-820613]
SAU | hs | King and Prime Minister | @ | 2005-08-01 | King Fahd; Fahd bin Abdulaziz | FAHD_ [SAUGOV 820613-050801]
SAU | hs | King and Prime Minister | 2005-08-01 | 2015-01-23 | Abdullah bin Abdulaziz; King Abdullah bin Abdulaziz
SAU | hs | King (Prime Minister until 2022-09-27) | 2015-01-23 |  | King Salman; Salman bin Abdulaziz
SAU | hg | Crown Prince and Prime Minister | 2022-09-27 |  | Mohammed bin Salman; Mohammad bin Salman
SAU | fm | Foreign Minister (in office since 1975) | 1980-01-01 | 2015-04-29 | Saud al-Faisal; Saud Al-Faisal; Prince Saud al-Faisal
SAU | fm | Foreign Minister | 2015-04-29 | 2018-12-27 | Adel al-Jubeir; Adel Al-Jubeir; Jubeir
SAU | fm | Foreign Minister | 2018-12-27 | 2019-10-23 | Ibrahim al-Assaf; Ibrahim Al-Assaf
SAU | fm | Foreign Minister | 2019-10-23 |  | Faisal bin Farhan; Prince Faisal bin Farhan
SAU | dm | Defence Minister (in office since 1962, died in office) | 1980-01-01 | 2011-10-22 | Sultan bin Abdulaziz; Prince Sultan bin Abdulaziz
SAU | dm | Defence Minister | 2011-11-05 | 2015-01-23 | Salman bin Abdulaziz
SAU | dm | Defence Minister | 2015-01-23 | 2022-09-27 | Mohammed bin Salman; Mohammad bin Salman
SAU | dm | Defence Minister | 2022-09-27 |  | Khalid bin Salman; Prince Khalid bin Salman
SAU | x | Petroleum Minister (in office since 1962) | 1980-01-01 | 1986-10-29 | Ahmed Zaki Yamani; Sheikh Ahmed Zaki Yamani; Zaki Yamani; Yamani
SAU | x | Petroleum Minister (acting until December 1986; left office August 1995) | 1986-10-29 | 1995-07-31 | Hisham Nazer; Hisham Nazir; Nazer

# ============================================================ SUN
# The Soviet Union has its own code, as in historical.tsv (SUN to 1991-12-26);
# petrarch files its leaders under RUS.
SUN | hs | General Secretary of the Communist Party of the Soviet Union (died in office) | @ | @ | Leonid Brezhnev; Leonid Ilyich Brezhnev; Brezhnev | LEONID_BREZHNEV_ [RUSGOV 641014-821110]
SUN | hs | Chairman of the Presidium of the Supreme Soviet (died in office) | @ | @ | Leonid Brezhnev; Leonid Ilyich Brezhnev; Brezhnev | LEONID_BREZHNEV_ [RUSGOV 770616-821110]
SUN | hs | General Secretary of the Communist Party of the Soviet Union (died in office) | @ | @ | Yuri Andropov; Yury Andropov; Andropov | YURY_ANDROPOV_ [RUSGOV 821112-840209]
SUN | hs | Chairman of the Presidium of the Supreme Soviet (died in office) | @ | @ | Yuri Andropov; Yury Andropov; Andropov | YURY_ANDROPOV_ [RUSGOV 830616-840209]
SUN | hs | General Secretary of the Communist Party of the Soviet Union (died in office) | @ | @ | Konstantin Chernenko; Chernenko | KONSTANTIN_CHERNENKO_ [RUSGOV 840213-850310]
SUN | hs | Chairman of the Presidium of the Supreme Soviet (died in office) | @ | @ | Konstantin Chernenko; Chernenko | KONSTANTIN_CHERNENKO_ [RUSGOV 840411-850310]
SUN | hs | Chairman of the Presidium of the Supreme Soviet | 1985-07-02 | 1988-10-01 | Andrei Gromyko; Andrey Gromyko; Gromyko
SUN | hs | Chairman of the Presidium of the Supreme Soviet | @ | @ | Mikhail Gorbachev; Gorbachev | MIKHAIL_GORBACHEV_ [RUSGOV 881001-890525]
SUN | hs | Chairman of the Supreme Soviet | @ | @ | Mikhail Gorbachev; Gorbachev | MIKHAIL_GORBACHEV_ [RUSGOV 890525-900315]
SUN | hs | General Secretary of the Communist Party of the Soviet Union | @ | @ | Mikhail Gorbachev; Gorbachev | MIKHAIL_GORBACHEV_ [RUSGOV 850311-910824]
SUN | hs | President of the Soviet Union | @ | @ | Mikhail Gorbachev; Gorbachev | MIKHAIL_GORBACHEV_ [RUSGOV 900315-911225]
SUN | hg | Chairman of the Council of Ministers of the Soviet Union | @ | @ | Alexei Kosygin; Aleksei Kosygin; Aleksey Kosygin; Kosygin | ALEKSEY_KOSYGIN_ [RUSGOV 641015-801023]
SUN | hg | Chairman of the Council of Ministers of the Soviet Union | @ | @ | Nikolai Tikhonov; Nikolay Tikhonov | NIKOLAY_TIKHONOV_ [RUSGOV 801023-850927]
SUN | hg | Chairman of the Council of Ministers of the Soviet Union | @ | @ | Nikolai Ryzhkov; Nikolay Ryzhkov; Ryzhkov | NIKOLAY_RYZHKOV_ [RUSGOV 850927-910114]
SUN | hg | Prime Minister of the Soviet Union | @ | @ | Valentin Pavlov | VALENTIN_PAVLOV_ [RUSGOV 910114-910822]
SUN | fm | Foreign Minister | 1957-02-15 | 1985-07-02 | Andrei Gromyko; Andrey Gromyko; Gromyko
SUN | fm | Foreign Minister (announced his resignation 1990-12-20) | 1985-07-02 | 1990-12-20 | Eduard Shevardnadze; Shevardnadze
SUN | dm | Defence Minister (died in office) | 1976-04-29 | 1984-12-20 | Dmitry Ustinov; Dmitri Ustinov; Dmitriy Ustinov; Ustinov
SUN | dm | Defence Minister | 1984-12-22 | 1987-05-30 | Sergei Sokolov; Sergey Sokolov
SUN | dm | Defence Minister | 1987-05-30 | 1991-08-22 | Dmitry Yazov; Dmitri Yazov; Yazov

# ============================================================ TUR
TUR | hs | President (died in office) | @ | @ | Turgut Özal; Turgut Ozal; Özal; Ozal | TURGUT_OZAL_ [TURGOV 891109-930417]
TUR | hs | President | @ | @ | Süleyman Demirel; Suleyman Demirel; Demirel | SULEYMAN_DEMIREL_ [TURGOV 930516-000516]
TUR | hs | President | @ | @ | Ahmet Necdet Sezer; Necdet Sezer; Sezer | AHMET_NECDET_SEZER_ [TURGOV 000516-070828]
TUR | hs | President | @ | 2014-08-28 | Abdullah Gül; Abdullah Gul | ABDULLAH_GUL_ [TURGOV >070828]
TUR | hs | President | 2014-08-28 |  | Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdoğan; Tayyip Erdogan; Erdoğan; Erdogan
TUR | hg | Prime Minister | @ | @ | Yıldırım Akbulut; Yildirim Akbulut; Akbulut | YILDIRIM_AKBULUT_ [TURGOV 891109-910623]
TUR | hg | Prime Minister | @ | @ | Mesut Yılmaz; Mesut Yilmaz | MESUT_YILMAZ_ [TURGOV 910623-911120]
TUR | hg | Prime Minister | @ | @ | Süleyman Demirel; Suleyman Demirel; Demirel | SULEYMAN_DEMIREL_ [TURGOV 911120-930516]
TUR | hg | Prime Minister | @ | @ | Tansu Çiller; Tansu Ciller; Çiller; Ciller | TANSU_CILLER_ [TURGOV 930625-960306]
TUR | hg | Prime Minister | @ | @ | Mesut Yılmaz; Mesut Yilmaz | MESUT_YILMAZ_ [TURGOV 960306-960628]
TUR | hg | Prime Minister | @ | @ | Necmettin Erbakan; Erbakan | NECMETTIN_ERBAKAN_ [TURGOV 960628-970630]
TUR | hg | Prime Minister | @ | @ | Mesut Yılmaz; Mesut Yilmaz | MESUT_YILMAZ_ [TURGOV 970630-990111]
TUR | hg | Prime Minister | @ | @ | Bülent Ecevit; Bulent Ecevit; Ecevit | BULENT_ECEVIT_ [TURGOV 990111-021118]
TUR | hg | Prime Minister | 2002-11-18 | 2003-03-14 | Abdullah Gül; Abdullah Gul
TUR | hg | Prime Minister | @ | 2014-08-28 | Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdoğan; Tayyip Erdogan; Erdoğan; Erdogan | RECEP_TAYYIP_ERDOGAN_ [TURGOV >030314]
TUR | hg | Prime Minister | 2014-08-28 | 2016-05-24 | Ahmet Davutoğlu; Ahmet Davutoglu; Davutoğlu; Davutoglu
TUR | hg | Prime Minister (office abolished 2018-07-09) | 2016-05-24 | 2018-07-09 | Binali Yıldırım; Binali Yildirim
TUR | fm | Foreign Minister | 1996-06-28 | 1997-06-30 | Tansu Çiller; Tansu Ciller; Çiller; Ciller
TUR | fm | Foreign Minister | 1997-06-30 | 2002-07-11 | İsmail Cem; Ismail Cem
TUR | fm | Foreign Minister | 2002-07-11 | 2002-11-18 | Şükrü Sina Gürel; Sukru Sina Gurel
TUR | fm | Foreign Minister | 2002-11-18 | 2003-03-14 | Yaşar Yakış; Yasar Yakis
TUR | fm | Foreign Minister | 2003-03-14 | 2007-08-28 | Abdullah Gül; Abdullah Gul
TUR | fm | Foreign Minister | 2007-08-29 | 2009-05-01 | Ali Babacan; Babacan
TUR | fm | Foreign Minister | 2009-05-01 | 2014-08-29 | Ahmet Davutoğlu; Ahmet Davutoglu; Davutoğlu; Davutoglu | AHMET_DAVUTOGLU_
TUR | fm | Foreign Minister | 2014-08-29 | 2015-08-28 | Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu
TUR | fm | Foreign Minister | 2015-08-28 | 2015-11-24 | Feridun Sinirlioğlu; Feridun Sinirlioglu
TUR | fm | Foreign Minister | 2015-11-24 | 2023-06-03 | Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu
TUR | fm | Foreign Minister | 2023-06-03 |  | Hakan Fidan; Fidan
TUR | dm | Defence Minister | 2002-11-18 | 2011-07-06 | Vecdi Gönül; Vecdi Gonul
TUR | dm | Defence Minister | 2016-05-24 | 2017-07-19 | Fikri Işık; Fikri Isik
TUR | dm | Defence Minister | 2017-07-19 | 2018-07-10 | Nurettin Canikli; Canikli
TUR | dm | Defence Minister | 2018-07-10 | 2023-06-03 | Hulusi Akar; Akar
TUR | dm | Defence Minister | 2023-06-03 |  | Yaşar Güler; Yasar Guler

# ============================================================ TWN
TWN | hs | President (died in office) | @ | @ | Chiang Ching-kuo; Chiang Ching Kuo | CHIANG_CHING_KUO_ [TWNGOV 780520-880113]
TWN | hs | President | @ | @ | Lee Teng-hui; Lee Teng Hui | LEE_TENG_HUI_ [TWNGOV 880113-000520]
TWN | hs | President | @ | @ | Chen Shui-bian; Chen Shui Bian | CHEN_SHUI_BIAN_ [TWNGOV 000520-080520]
TWN | hs | President | 2008-05-20 | 2016-05-20 | Ma Ying-jeou; Ma Ying Jeou | MA_YING_JEOU_
TWN | hs | President | 2016-05-20 | 2024-05-20 | Tsai Ing-wen; Tsai Ing Wen
TWN | hs | President | 2024-05-20 |  | Lai Ching-te; Lai Ching Te; William Lai
TWN | hg | Premier | @ | @ | Sun Yun-suan; Sun Yun Suan | SUN_YUN_SUAN_ [TWNGOV 780530-840520]
TWN | hg | Premier | @ | @ | Yu Kuo-hwa; Yu Kuo Hwa | YU_KUO_HWA_ [TWNGOV 840520-890521]
TWN | hg | Premier | @ | @ | Lee Huan | LEE_HUAN_ [TWNGOV 890521-900530]
TWN | hg | Premier | @ | @ | Hau Pei-tsun; Hau Pei Tsun | HAU_PEI_TSUN_ [TWNGOV 900530-930210]
TWN | hg | Premier | @ | @ | Lien Chan | LIEN_CHAN_ [TWNGOV 930210-970901]
TWN | hg | Premier | @ | @ | Vincent Siew; Siew Wan-chang | VINCENT_SIEW_ [TWNGOV 970901-000520]
TWN | hg | Premier | @ | @ | Tang Fei | TANG_FEI_ [TWNGOV 000520-001006]
TWN | hg | Premier | @ | @ | Chang Chun-hsiung; Chang Chun Hsiung | CHANG_CHUN_HSIUNG_ [TWNGOV 001006-020201]
TWN | hg | Premier | @ | @ | Yu Shyi-kun; Yu Shyi Kun | YU_SHYI_KUN_ [TWNGOV 020201-050201]
TWN | hg | Premier | @ | @ | Frank Hsieh; Hsieh Chang-ting | FRANK_HSIEH_ [TWNGOV 050201-060125]
TWN | hg | Premier | @ | @ | Su Tseng-chang; Su Tseng Chang | SU_TSENG_CHANG_ [TWNGOV 060125-070521]
TWN | hg | Premier | @ | @ | Chang Chun-hsiung; Chang Chun Hsiung | CHANG_CHUN_HSIUNG_ [TWNGOV 070521-080520]
TWN | hg | Premier | 2008-05-20 | 2009-09-10 | Liu Chao-shiuan; Liu Chao Shiuan | LIU_CHAO_SHIUAN_
TWN | hg | Premier | 2009-09-10 | 2012-02-06 | Wu Den-yih; Wu Den Yih
TWN | hg | Premier | 2012-02-06 | 2013-02-18 | Sean Chen
TWN | hg | Premier | 2013-02-18 | 2014-12-08 | Jiang Yi-huah; Jiang Yi Huah
TWN | hg | Premier | 2014-12-08 | 2016-02-01 | Mao Chi-kuo; Mao Chi Kuo
TWN | hg | Premier | 2016-02-01 | 2016-05-20 | Chang San-cheng; Chang San Cheng
TWN | hg | Premier | 2016-05-20 | 2017-09-08 | Lin Chuan
TWN | hg | Premier | 2017-09-08 | 2019-01-14 | William Lai; Lai Ching-te; Lai Ching Te
TWN | hg | Premier | 2019-01-14 | 2023-01-31 | Su Tseng-chang; Su Tseng Chang
TWN | hg | Premier | 2023-01-31 | 2024-05-20 | Chen Chien-jen; Chen Chien Jen
TWN | hg | Premier | 2024-05-20 |  | Cho Jung-tai; Cho Jung Tai
TWN | fm | Foreign Minister | 2000-05-20 | 2002-02-01 | Tien Hung-mao; Tien Hung Mao
TWN | fm | Foreign Minister | 2002-02-01 | 2004-05-20 | Eugene Chien
TWN | fm | Foreign Minister | 2008-05-20 | 2009-09-10 | Francisco Ou
TWN | fm | Foreign Minister | 2018-02-26 | 2024-05-20 | Joseph Wu; Jaushieh Joseph Wu; Wu Jaushieh
TWN | fm | Foreign Minister | 2024-05-20 |  | Lin Chia-lung; Lin Chia Lung
TWN | dm | Defence Minister | 2016-05-20 | 2018-02-26 | Feng Shih-kuan; Feng Shih Kuan
TWN | dm | Defence Minister | 2018-02-26 | 2021-02-23 | Yen De-fa; Yen De Fa
TWN | dm | Defence Minister | 2021-02-23 | 2024-05-20 | Chiu Kuo-cheng; Chiu Kuo Cheng
TWN | dm | Defence Minister | 2024-05-20 |  | Wellington Koo; Koo Li-hsiung

# ============================================================ UKR
UKR | hs | President | @ | @ | Leonid Kravchuk; Kravchuk | LEONID_KRAVCHUK_ [UKRGOV 911205-940719]
UKR | hs | President | @ | @ | Leonid Kuchma; Kuchma | LEONID_KUCHMA_ [UKRGOV 940719-050123]
UKR | hs | President | @ | 2010-02-25 | Viktor Yushchenko; Yushchenko | VIKTOR_YUSHCHENKO_ [UKRGOV >050123]
UKR | hs | President | 2010-02-25 | 2014-02-22 | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich | VIKTOR_YANUKOVYCH_
UKR | hs | President (acting) | 2014-02-23 | 2014-06-07 | Oleksandr Turchynov; Turchynov
UKR | hs | President | 2014-06-07 | 2019-05-20 | Petro Poroshenko; Poroshenko | PETRO_POROSHENKO [UKRGOV > 20140607]
UKR | hs | President | 2019-05-20 |  | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Zelensky; Zelenskyy; Zelenskiy
UKR | hg | Prime Minister | @ | @ | Vitold Fokin | VITOLD_FOKIN_ [UKRGOV 901023-921002]
UKR | hg | Prime Minister | @ | @ | Leonid Kuchma; Kuchma | LEONID_KUCHMA_ [UKRGOV 921013-930922]
UKR | hg | Prime Minister (acting) | @ | @ | Yukhym Zvyahilsky | YUKHYM_ZVYAHILSKY_ [UKRGOV 930922-940616]
UKR | hg | Prime Minister | @ | @ | Vitaliy Masol | VITALIY_MASOL_ [UKRGOV 940616-950301]
UKR | hg | Prime Minister | @ | @ | Yevhen Marchuk | YEVHEN_MARCHUK_ [UKRGOV 950301-960528]
UKR | hg | Prime Minister | @ | @ | Pavlo Lazarenko; Lazarenko | PAVLO_LAZARENKO_ [UKRGOV 960528-970702]
UKR | hg | Prime Minister | @ | @ | Valeriy Pustovoitenko; Pustovoitenko | VALERIY_PUSTOVOITENKO_ [UKRGOV 970716-991222]
UKR | hg | Prime Minister | @ | @ | Viktor Yushchenko; Yushchenko | VIKTOR_YUSHCHENKO_ [UKRGOV 991222-010529]
UKR | hg | Prime Minister | @ | @ | Anatoliy Kinakh | ANATOLIY_KINAKH_ [UKRGOV 010529-021121]
UKR | hg | Prime Minister | 2002-11-21 | 2005-01-05 | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich
UKR | hg | Prime Minister | @ | @ | Yulia Tymoshenko; Yuliya Tymoshenko; Tymoshenko | YULIYA_TYMOSHENKO_ [UKRGOV 050124-050908]
UKR | hg | Prime Minister | 2005-09-08 | 2006-08-04 | Yuriy Yekhanurov; Yekhanurov | YURIY_YEKHANUROV_
UKR | hg | Prime Minister | @ | @ | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich | VIKTOR_YANUKOVYCH_ [UKRGOV 060804-071218]
UKR | hg | Prime Minister | 2007-12-18 | 2010-03-04 | Yulia Tymoshenko; Yuliya Tymoshenko; Tymoshenko | YULIYA_TYMOSHENKO_
UKR | hg | Prime Minister | 2010-03-11 | 2014-01-28 | Mykola Azarov; Azarov | MYKOLA_AZAROV_
UKR | hg | Prime Minister | 2014-02-27 | 2016-04-14 | Arseniy Yatsenyuk; Arseny Yatsenyuk; Yatsenyuk | ARSENIY_YATSENYUK
UKR | hg | Prime Minister | 2016-04-14 | 2019-08-29 | Volodymyr Groysman; Groysman
UKR | hg | Prime Minister | 2019-08-29 | 2020-03-04 | Oleksiy Honcharuk; Honcharuk
UKR | hg | Prime Minister | 2020-03-04 | 2025-07-17 | Denys Shmyhal; Shmyhal
UKR | hg | Prime Minister | 2025-07-17 |  | Yulia Svyrydenko; Svyrydenko
UKR | fm | Foreign Minister | 2007-03-21 | 2007-12-04 | Arseniy Yatsenyuk; Arseny Yatsenyuk; Yatsenyuk | ARSENIY_YATSENYUK_
UKR | fm | Foreign Minister | 2007-12-18 | 2009-03-03 | Volodymyr Ohryzko | VOLODYMYR_OHRYZKO_
UKR | fm | Foreign Minister | 2009-10-09 | 2010-03-11 | Petro Poroshenko; Poroshenko
UKR | fm | Foreign Minister | 2010-03-11 | 2012-12-24 | Kostyantyn Gryshchenko; Kostiantyn Gryshchenko; Gryshchenko | KOSTYANTYN_GRYSHCHENKO_
UKR | fm | Foreign Minister | 2012-12-24 | 2014-02-23 | Leonid Kozhara; Kozhara
UKR | fm | Foreign Minister (acting) | 2014-02-27 | 2014-06-19 | Andrii Deshchytsia; Andriy Deshchytsia; Deshchytsia
UKR | fm | Foreign Minister | 2014-06-19 | 2019-08-29 | Pavlo Klimkin; Klimkin
UKR | fm | Foreign Minister | 2019-08-29 | 2020-03-04 | Vadym Prystaiko; Prystaiko
UKR | fm | Foreign Minister | 2020-03-04 | 2024-09-05 | Dmytro Kuleba; Kuleba
UKR | fm | Foreign Minister | 2024-09-05 |  | Andrii Sybiha; Andriy Sybiha; Sybiha
UKR | dm | Defence Minister | 2005-02-04 | 2007-12-18 | Anatoliy Hrytsenko; Anatoliy Grytsenko; Hrytsenko | ANATOLIY_HRYTSENKO_
UKR | dm | Defence Minister | 2010-03-11 | 2012-02-08 | Mykhailo Yezhel
UKR | dm | Defence Minister | 2012-02-08 | 2012-12-24 | Dmytro Salamatin
UKR | dm | Defence Minister | 2012-12-24 | 2014-02-27 | Pavlo Lebedev
UKR | dm | Defence Minister (acting) | 2014-02-27 | 2014-03-25 | Ihor Tenyukh
UKR | dm | Defence Minister | 2014-03-25 | 2014-07-03 | Mykhailo Koval
UKR | dm | Defence Minister | 2014-07-03 | 2014-10-14 | Valeriy Heletey
UKR | dm | Defence Minister | 2014-10-14 | 2019-08-29 | Stepan Poltorak; Poltorak
UKR | dm | Defence Minister | 2019-08-29 | 2020-03-04 | Andriy Zagorodnyuk; Andriy Zahorodniuk; Zagorodnyuk
UKR | dm | Defence Minister | 2020-03-04 | 2021-11-03 | Andriy Taran
UKR | dm | Defence Minister | 2021-11-04 | 2023-09-05 | Oleksii Reznikov; Oleksiy Reznikov; Reznikov
UKR | dm | Defence Minister | 2023-09-06 | 2025-07-17 | Rustem Umerov; Umerov
UKR | dm | Defence Minister | 2025-07-17 |  | Denys Shmyhal; Shmyhal

# ============================================================ USA
# Presidents, all.
USA | hs | President | 1789-04-30 | 1797-03-04 | George Washington
USA | hs | President | 1797-03-04 | 1801-03-04 | John Adams
USA | hs | President | 1801-03-04 | 1809-03-04 | Thomas Jefferson
USA | hs | President | 1809-03-04 | 1817-03-04 | James Madison
USA | hs | President | 1817-03-04 | 1825-03-04 | James Monroe
USA | hs | President | 1825-03-04 | 1829-03-04 | John Quincy Adams
USA | hs | President | 1829-03-04 | 1837-03-04 | Andrew Jackson
USA | hs | President | 1837-03-04 | 1841-03-04 | Martin Van Buren
USA | hs | President (died in office) | 1841-03-04 | 1841-04-04 | William Henry Harrison
USA | hs | President | 1841-04-04 | 1845-03-04 | John Tyler
USA | hs | President | 1845-03-04 | 1849-03-04 | James K. Polk; James Polk
USA | hs | President (died in office) | 1849-03-04 | 1850-07-09 | Zachary Taylor
USA | hs | President | 1850-07-09 | 1853-03-04 | Millard Fillmore
USA | hs | President | 1853-03-04 | 1857-03-04 | Franklin Pierce
USA | hs | President | 1857-03-04 | 1861-03-04 | James Buchanan
USA | hs | President (assassinated) | 1861-03-04 | 1865-04-15 | Abraham Lincoln
USA | hs | President | 1865-04-15 | 1869-03-04 | Andrew Johnson
USA | hs | President | 1869-03-04 | 1877-03-04 | Ulysses S. Grant; Ulysses Grant
USA | hs | President | 1877-03-04 | 1881-03-04 | Rutherford B. Hayes; Rutherford Hayes
USA | hs | President (assassinated) | 1881-03-04 | 1881-09-19 | James A. Garfield; James Garfield
USA | hs | President | 1881-09-19 | 1885-03-04 | Chester A. Arthur; Chester Arthur
USA | hs | President | 1885-03-04 | 1889-03-04 | Grover Cleveland
USA | hs | President | 1889-03-04 | 1893-03-04 | Benjamin Harrison
USA | hs | President | 1893-03-04 | 1897-03-04 | Grover Cleveland
USA | hs | President (assassinated) | 1897-03-04 | 1901-09-14 | William McKinley
USA | hs | President | 1901-09-14 | 1909-03-04 | Theodore Roosevelt; Teddy Roosevelt
USA | hs | President | 1909-03-04 | 1913-03-04 | William Howard Taft
USA | hs | President | 1913-03-04 | 1921-03-04 | Woodrow Wilson
USA | hs | President (died in office) | 1921-03-04 | 1923-08-02 | Warren G. Harding; Warren Harding
USA | hs | President | 1923-08-02 | 1929-03-04 | Calvin Coolidge
USA | hs | President | 1929-03-04 | 1933-03-04 | Herbert Hoover
USA | hs | President (died in office) | @ | @ | Franklin D. Roosevelt; Franklin Delano Roosevelt; Franklin Roosevelt; FDR | FRANKLIN_D._ROOSEVELT_ [USAGOV 330304-450412]
USA | hs | President | @ | @ | Harry S. Truman; Harry Truman; Truman | HARRY_S._TRUMAN_ [USAGOV 450412-530120]
USA | hs | President | @ | @ | Dwight D. Eisenhower; Dwight Eisenhower; Eisenhower | DWIGHT_D._EISENHOWER_ [USAGOV 530120-610120]
USA | hs | President (assassinated) | @ | @ | John F. Kennedy; JFK | JOHN_F._KENNEDY_ [USAGOV 610120-631122]
USA | hs | President | @ | @ | Lyndon B. Johnson; Lyndon Johnson; LBJ | LYNDON_B._JOHNSON_ [USAGOV 631122-690120]
USA | hs | President (resigned) | @ | @ | Richard Nixon; Richard M. Nixon; Nixon | RICHARD_M._NIXON_ [USAGOV 690120-740809]
USA | hs | President | @ | @ | Gerald Ford; Gerald R. Ford | GERALD_R._FORD_ [USAGOV 740809-770120]
USA | hs | President | @ | @ | Jimmy Carter; Carter | JIMMY_CARTER_ [USAGOV 770120-810120]
USA | hs | President | @ | @ | Ronald Reagan; Reagan | RONALD_REAGAN_ [USAGOV 810120-890120]
USA | hs | President | @ | @ | George H. W. Bush; George H.W. Bush; George Herbert Walker Bush; George Bush; Bush | GEORGE_BUSH_ [USAGOV 890120-930120]
USA | hs | President | @ | @ | Bill Clinton; William Jefferson Clinton; Clinton | BILL_CLINTON_ [USAGOV 930120-010120]
USA | hs | President | @ | @ | George W. Bush; George Bush; Bush | GEORGE_W._BUSH_ [USAGOV 010120-090120]
USA | hs | President | 2009-01-20 | 2017-01-20 | Barack Obama; Obama | BARACK_OBAMA
USA | hs | President | 2017-01-20 | 2021-01-20 | Donald Trump; Donald J. Trump; Trump
USA | hs | President | 2021-01-20 | 2025-01-20 | Joe Biden; Joseph R. Biden; Biden
USA | hs | President | 2025-01-20 |  | Donald Trump; Donald J. Trump; Trump
# Secretaries of State, all (acting secretaries left out, except Eagleburger,
# acting from 1992-08-23 and confirmed on 1992-12-08).
USA | fm | Secretary of State | 1790-03-22 | 1793-12-31 | Thomas Jefferson
USA | fm | Secretary of State | 1794-01-02 | 1795-08-20 | Edmund Randolph
USA | fm | Secretary of State | 1795-12-10 | 1800-05-12 | Timothy Pickering
USA | fm | Secretary of State | 1800-06-06 | 1801-02-04 | John Marshall
USA | fm | Secretary of State | 1801-05-02 | 1809-03-03 | James Madison
USA | fm | Secretary of State | 1809-03-06 | 1811-04-01 | Robert Smith
USA | fm | Secretary of State | 1811-04-06 | 1817-03-04 | James Monroe
USA | fm | Secretary of State | 1817-09-22 | 1825-03-03 | John Quincy Adams
USA | fm | Secretary of State | 1825-03-07 | 1829-03-03 | Henry Clay
USA | fm | Secretary of State | 1829-03-28 | 1831-05-23 | Martin Van Buren
USA | fm | Secretary of State | 1831-05-24 | 1833-05-29 | Edward Livingston
USA | fm | Secretary of State | 1833-05-29 | 1834-06-30 | Louis McLane
USA | fm | Secretary of State | 1834-07-01 | 1841-03-03 | John Forsyth
USA | fm | Secretary of State | 1841-03-06 | 1843-05-08 | Daniel Webster
USA | fm | Secretary of State (killed in office) | 1843-07-24 | 1844-02-28 | Abel P. Upshur; Abel Upshur
USA | fm | Secretary of State | 1844-04-01 | 1845-03-10 | John C. Calhoun; John Calhoun
USA | fm | Secretary of State | 1845-03-10 | 1849-03-07 | James Buchanan
USA | fm | Secretary of State | 1849-03-08 | 1850-07-22 | John M. Clayton; John Clayton
USA | fm | Secretary of State (died in office) | 1850-07-23 | 1852-10-24 | Daniel Webster
USA | fm | Secretary of State | 1852-11-06 | 1853-03-03 | Edward Everett
USA | fm | Secretary of State | 1853-03-08 | 1857-03-06 | William L. Marcy; William Marcy
USA | fm | Secretary of State | 1857-03-06 | 1860-12-14 | Lewis Cass
USA | fm | Secretary of State | 1860-12-17 | 1861-03-05 | Jeremiah S. Black; Jeremiah Black
USA | fm | Secretary of State | 1861-03-06 | 1869-03-04 | William H. Seward; William Seward
USA | fm | Secretary of State | 1869-03-05 | 1869-03-16 | Elihu B. Washburne; Elihu Washburne
USA | fm | Secretary of State | 1869-03-17 | 1877-03-12 | Hamilton Fish
USA | fm | Secretary of State | 1877-03-12 | 1881-03-07 | William M. Evarts; William Evarts
USA | fm | Secretary of State | 1881-03-07 | 1881-12-19 | James G. Blaine; James Blaine
USA | fm | Secretary of State | 1881-12-19 | 1885-03-06 | Frederick T. Frelinghuysen; Frederick Frelinghuysen
USA | fm | Secretary of State | 1885-03-07 | 1889-03-06 | Thomas F. Bayard; Thomas Bayard
USA | fm | Secretary of State | 1889-03-07 | 1892-06-04 | James G. Blaine; James Blaine
USA | fm | Secretary of State | 1892-06-29 | 1893-02-23 | John W. Foster
USA | fm | Secretary of State (died in office) | 1893-03-07 | 1895-05-28 | Walter Q. Gresham; Walter Gresham
USA | fm | Secretary of State | 1895-06-10 | 1897-03-05 | Richard Olney
USA | fm | Secretary of State | 1897-03-06 | 1898-04-27 | John Sherman
USA | fm | Secretary of State | 1898-04-28 | 1898-09-16 | William R. Day
USA | fm | Secretary of State (died in office) | 1898-09-30 | 1905-07-01 | John Hay
USA | fm | Secretary of State | 1905-07-19 | 1909-01-27 | Elihu Root
USA | fm | Secretary of State | 1909-01-27 | 1909-03-05 | Robert Bacon
USA | fm | Secretary of State | 1909-03-06 | 1913-03-05 | Philander C. Knox; Philander Knox
USA | fm | Secretary of State | 1913-03-05 | 1915-06-09 | William Jennings Bryan
USA | fm | Secretary of State | 1915-06-24 | 1920-02-13 | Robert Lansing
USA | fm | Secretary of State | 1920-03-23 | 1921-03-04 | Bainbridge Colby
USA | fm | Secretary of State | 1921-03-05 | 1925-03-04 | Charles Evans Hughes
USA | fm | Secretary of State | 1925-03-05 | 1929-03-28 | Frank B. Kellogg; Frank Kellogg
USA | fm | Secretary of State | 1929-03-28 | 1933-03-04 | Henry L. Stimson; Henry Stimson
USA | fm | Secretary of State | 1933-03-04 | 1944-11-30 | Cordell Hull
USA | fm | Secretary of State | 1944-12-01 | 1945-06-27 | Edward Stettinius; Edward R. Stettinius; Edward Stettinius Jr.; Edward R. Stettinius Jr.
USA | fm | Secretary of State | @ | @ | James F. Byrnes; James Byrnes | JAMES_BYRNES_ [USAGOV 450703-470121]
USA | fm | Secretary of State | @ | @ | George C. Marshall; George Marshall | GEORGE_C._MARSHALL_ [USAGOV 470121-490120]
USA | fm | Secretary of State | @ | @ | Dean Acheson; Acheson | DEAN_ACHESON_ [USAGOV 490121-530120]
USA | fm | Secretary of State | @ | @ | John Foster Dulles; Dulles | JOHN_FOSTER_DULLES_ [USAGOV 530121-590422]
USA | fm | Secretary of State | @ | @ | Christian Herter; Christian A. Herter | CHRISTIAN_A._HERTER_ [USAGOV 590422-610120]
USA | fm | Secretary of State | @ | @ | Dean Rusk; Rusk | DEAN_RUSK_ [USAGOV 610121-690120]
USA | fm | Secretary of State | @ | @ | William P. Rogers; William Rogers | WILLIAM_ROGERS_ [USAGOV 690122-730903]
USA | fm | Secretary of State | @ | @ | Henry Kissinger; Kissinger | HENRY_KISSINGER_ [USAGOV 730922-770120]
USA | fm | Secretary of State | @ | @ | Cyrus Vance; Vance | CYRUS_VANCE_ [USAGOV 770123-800428]
USA | fm | Secretary of State | @ | @ | Edmund Muskie; Edmund S. Muskie; Muskie | EDMUND_S._MUSKIE_ [USAGOV 800508-810118]
USA | fm | Secretary of State | @ | @ | Alexander Haig; Haig | ALEXANDER_HAIG_ [USAGOV 810122-820705]
USA | fm | Secretary of State | @ | @ | George Shultz; George P. Shultz; Shultz | GEORGE_SHULTZ_ [USAGOV 820716-890120]
USA | fm | Secretary of State | @ | @ | James Baker; James A. Baker; James A. Baker III | JAMES_BAKER_ [USAGOV 890125-920823]
USA | fm | Secretary of State (acting until 1992-12-08) | @ | 1993-01-20 | Lawrence Eagleburger; Eagleburger | LAWRENCE_EAGLEBURGER_ [USAGOV 920823-930119]
USA | fm | Secretary of State | 1993-01-20 | 1997-01-17 | Warren Christopher | WARREN_CHRISTOPHER_ [USAGOV 930120-970107]
USA | fm | Secretary of State | @ | @ | Madeleine Albright; Albright | MADELEINE_ALBRIGHT_ [USAGOV 970123-010120]
USA | fm | Secretary of State | @ | @ | Colin Powell; Powell | COLIN_POWELL_ [USAGOV 010120-050126]
USA | fm | Secretary of State | @ | @ | Condoleezza Rice | CONDOLEEZZA_RICE_ [USAGOV 050126-090120]
USA | fm | Secretary of State | @ | @ | Hillary Clinton; Hillary Rodham Clinton; Clinton | HILLARY_CLINTON_ [USAGOV 090121-130201]
USA | fm | Secretary of State | 2013-02-01 | 2017-01-20 | John Kerry; Kerry | JOHN_KERRY_
USA | fm | Secretary of State | 2017-02-01 | 2018-03-31 | Rex Tillerson; Tillerson
USA | fm | Secretary of State | 2018-04-26 | 2021-01-20 | Mike Pompeo; Pompeo
USA | fm | Secretary of State | 2021-01-26 | 2025-01-20 | Antony Blinken; Blinken
USA | fm | Secretary of State | 2025-01-21 |  | Marco Rubio; Rubio
USA | dm | Secretary of Defense | @ | @ | Harold Brown | HAROLD_BROWN_ [USAGOVMIL 770123-810120]
USA | dm | Secretary of Defense | @ | @ | Caspar Weinberger; Caspar W. Weinberger; Weinberger | CASPAR_WEINBERGER_ [USAGOVMIL 810121-871123]
USA | dm | Secretary of Defense | @ | @ | Frank Carlucci; Frank C. Carlucci; Carlucci | FRANK_CARLUCCI_ [USAGOVMIL 871123-890120]
USA | dm | Secretary of Defense | @ | @ | Dick Cheney; Richard Cheney; Cheney | RICHARD_CHENEY_ [USAGOVMIL 890321-930120]
USA | dm | Secretary of Defense | @ | @ | Les Aspin; Aspin | LES_ASPIN_ [USAGOVMIL 930121-940203]
USA | dm | Secretary of Defense | @ | @ | William Perry; William J. Perry | WILLIAM_PERRY_ [USAGOVMIL 940203-970123]
USA | dm | Secretary of Defense | @ | @ | William Cohen; William S. Cohen | WILLIAM_COHEN_ [USAGOVMIL 970124-010120]
USA | dm | Secretary of Defense | @ | @ | Donald Rumsfeld; Rumsfeld | DONALD_RUMSFELD_ [USAGOVMIL 010120-061218]
USA | dm | Secretary of Defense | @ | @ | Robert Gates; Robert M. Gates | ROBERT_M._GATES_ [USAGOVMIL 061218-110701]
USA | dm | Secretary of Defense | @ | @ | Leon Panetta; Panetta | LEON_PANETTA_ [USAGOVMIL 110701-130227]
USA | dm | Secretary of Defense | 2013-02-27 | 2015-02-17 | Chuck Hagel; Hagel | CHUCK_HAGEL
USA | dm | Secretary of Defense | 2015-02-17 | 2017-01-20 | Ash Carter; Ashton Carter | ASHTON_CARTER [USAGOVMIL >150217]
USA | dm | Secretary of Defense | 2017-01-20 | 2019-01-01 | Jim Mattis; James Mattis; Mattis
USA | dm | Secretary of Defense (acting) | 2019-01-01 | 2019-06-23 | Patrick Shanahan
USA | dm | Secretary of Defense | 2019-07-23 | 2020-11-09 | Mark Esper; Esper
USA | dm | Secretary of Defense | 2021-01-22 | 2025-01-20 | Lloyd Austin; Lloyd J. Austin
USA | dm | Secretary of Defense (styled Secretary of War from 2025-09-05) | 2025-01-25 |  | Pete Hegseth; Hegseth
USA | x | Vice President | @ | @ | Walter Mondale; Walter F. Mondale; Mondale | WALTER_F._MONDALE_ [USAGOV 770120-810120]
USA | x | Vice President | 1981-01-20 | 1989-01-20 | George H. W. Bush; George H.W. Bush; George Bush; Bush
USA | x | Vice President | @ | @ | Dan Quayle; J. Danforth Quayle; Quayle | DAN_QUAYLE_ [USAGOV 890120-930120]
USA | x | White House Chief of Staff | @ | @ | James Baker; James A. Baker; James A. Baker III | JAMES_BAKER_ [USAGOV 810120-850204]
USA | x | White House Chief of Staff | @ | @ | Donald Regan; Donald T. Regan | DONALD_REGAN_ [USAGOV 850204-870227]
USA | x | White House Chief of Staff | @ | @ | Howard Baker; Howard H. Baker; Howard H. Baker Jr. | HOWARD_BAKER_ [USAGOV 870227-880701]
USA | x | White House Chief of Staff | @ | @ | Kenneth Duberstein; Duberstein | KENNETH_DUBERSTEIN_ [USAGOV 880701-890120]
USA | x | White House Chief of Staff | @ | @ | John Sununu; John H. Sununu; Sununu | JOHN_SUNUNU_ [USAGOV 890120-911216]
USA | x | National Security Adviser | @ | @ | Zbigniew Brzezinski; Brzezinski | ZBIGNIEW_BRZEZINSKI_ [USAGOV 770120-810121]
USA | x | National Security Adviser | @ | @ | Richard V. Allen | RICHARD_V._ALLEN_ [USAGOV 810121-820104]
USA | x | National Security Adviser | @ | @ | William P. Clark | WILLIAM_P._CLARK_ [USAGOV 820104-831017]
USA | x | National Security Adviser | @ | @ | Robert McFarlane; Robert C. McFarlane; McFarlane | ROBERT_C._MCFARLANE_ [USAGOV 831017-851204]
USA | x | National Security Adviser | @ | @ | John Poindexter; John M. Poindexter; Poindexter | JOHN_M._POINDEXTER_ [USAGOV 851204-861125]
USA | x | National Security Adviser | @ | @ | Frank Carlucci; Frank C. Carlucci; Carlucci | FRANK_CARLUCCI_ [USAGOV 861202-871123]
USA | x | National Security Adviser | @ | @ | Colin Powell; Powell | COLIN_POWELL_ [USAGOV 871123-890120]
USA | x | National Security Adviser | @ | @ | Brent Scowcroft; Scowcroft | BRENT_SCOWCROFT_ [USAGOV 890120-930120]
USA | x | Secretary of the Treasury | 1979-08-06 | 1981-01-20 | G. William Miller
USA | x | Secretary of the Treasury | 1981-01-22 | 1985-02-01 | Donald Regan; Donald T. Regan
USA | x | Secretary of the Treasury | 1985-02-04 | 1988-08-17 | James Baker; James A. Baker; James A. Baker III
USA | x | Secretary of the Treasury | 1988-09-15 | 1993-01-17 | Nicholas Brady; Nicholas F. Brady
USA | x | Secretary of Commerce (died in office) | 1981-01-20 | 1987-07-25 | Malcolm Baldrige; Baldrige
USA | x | Secretary of Commerce | 1987-10-19 | 1989-01-20 | C. William Verity; William Verity; Verity
USA | x | Secretary of Commerce | 1989-01-20 | 1992-01-15 | Robert Mosbacher; Robert A. Mosbacher; Mosbacher
USA | x | Secretary of Agriculture | 1977-01-23 | 1981-01-20 | Bob Bergland; Bergland
USA | x | Secretary of Agriculture | 1981-01-23 | 1986-02-14 | John Block; John R. Block
USA | x | Secretary of Agriculture | 1986-03-07 | 1989-01-21 | Richard Lyng; Richard E. Lyng; Lyng
USA | x | Secretary of Agriculture | 1989-02-16 | 1991-03-01 | Clayton Yeutter; Clayton K. Yeutter; Yeutter
USA | x | Trade Representative | 1979-10-01 | 1980-12-31 | Reubin Askew
USA | x | Trade Representative | 1981-01-23 | 1985-04-29 | Bill Brock; William Brock; William E. Brock
USA | x | Trade Representative | 1985-07-01 | 1989-01-20 | Clayton Yeutter; Clayton K. Yeutter; Yeutter
USA | x | Trade Representative | 1989-02-06 | 1993-01-20 | Carla Hills; Carla A. Hills

# ============================================================ ZAF
ZAF | hs | State President (resigned) | 1984-09-14 | 1989-08-14 | P. W. Botha; P.W. Botha; Pieter Willem Botha
ZAF | hs | President (acting until 1989-09-20) | @ | @ | F. W. de Klerk; F.W. de Klerk; de Klerk; De Klerk | FREDERICK_WILLEM_DE_KLERK_ [ZAFGOV 890815-940510]
ZAF | hs | President | @ | @ | Nelson Mandela; Mandela | NELSON_MANDELA_ [ZAFGOV 940510-990616]
ZAF | hs | President | @ | @ | Thabo Mbeki; Mbeki | THABO_MBEKI_ [ZAFGOV 990616-080924]
ZAF | hs | President | @ | @ | Kgalema Motlanthe; Motlanthe | KGALEMA_MOTLANTHE_ [ZAFGOV 080925-090509]
ZAF | hs | President | 2009-05-09 | 2018-02-14 | Jacob Zuma; Zuma | JACOB_ZUMA_
ZAF | hs | President | 2018-02-15 |  | Cyril Ramaphosa; Ramaphosa
ZAF | hg | Prime Minister (in office since 1978; office abolished 1984-09-14) | 1980-01-01 | 1984-09-14 | P. W. Botha; P.W. Botha; Pieter Willem Botha
ZAF | fm | Foreign Minister (in office since 1977) | 1980-01-01 | 1994-05-10 | Pik Botha; Roelof Botha
ZAF | fm | Foreign Minister | 1994-05-10 | 1999-06-17 | Alfred Nzo
ZAF | fm | Foreign Minister | 1999-06-17 | 2009-05-10 | Nkosazana Dlamini-Zuma; Dlamini-Zuma
ZAF | fm | Foreign Minister | 2009-05-10 | 2018-02-27 | Maite Nkoana-Mashabane; Nkoana-Mashabane | MAITE_NKOANA_MASHABANE_
ZAF | fm | Foreign Minister | 2018-02-27 | 2019-05-30 | Lindiwe Sisulu
ZAF | fm | Foreign Minister | 2019-05-30 | 2024-07-03 | Naledi Pandor; Pandor
ZAF | fm | Foreign Minister | 2024-07-03 |  | Ronald Lamola; Lamola
ZAF | dm | Defence Minister | 1994-05-10 | 1999-06-17 | Joe Modise
ZAF | dm | Defence Minister | 1999-06-17 | 2008-09-25 | Mosiuoa Lekota; Lekota
ZAF | dm | Defence Minister | 2008-09-25 | 2009-05-10 | Charles Nqakula
ZAF | dm | Defence Minister | 2009-05-10 | 2012-06-12 | Lindiwe Sisulu | LINDIWE_SISULU_
ZAF | dm | Defence Minister | 2012-06-12 | 2021-08-05 | Nosiviwe Mapisa-Nqakula; Mapisa-Nqakula
ZAF | dm | Defence Minister | 2021-08-05 | 2024-07-03 | Thandi Modise
ZAF | dm | Defence Minister | 2024-07-03 |  | Angie Motshekga; Motshekga
`;

// ---------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------

function die(msg) {
  process.stderr.write(`gen-holders: ${msg}\n`);
  process.exit(1);
}

const DAY_MS = 86400000;

function isDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function days(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

// petrarch yymmdd (00-30 = 20xx, else 19xx) or yyyymmdd -> YYYY-MM-DD
function pDate(s, where) {
  let y, m, d;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = (yy <= 30 ? 2000 : 1900) + yy;
    m = s.slice(2, 4);
    d = s.slice(4, 6);
  } else if (/^\d{8}$/.test(s)) {
    y = s.slice(0, 4);
    m = s.slice(4, 6);
    d = s.slice(6, 8);
  } else {
    refErr(`${where}: bad petrarch date '${s}'`);
  }
  const out = `${y}-${m}-${d}`;
  if (!isDate(out)) refErr(`${where}: bad petrarch date '${s}'`);
  return out;
}

// Parse a petrarch role "[JPNGOV 641109-720706]" -> {code, from, to}
// ('' = open). A bare date is a start date.
function parseRole(text, where) {
  const m = /^\[\s*([A-Z]{3,})\s*(.*?)\s*\]$/.exec(text.trim());
  if (!m) refErr(`${where}: bad petrarch role '${text}'`);
  const range = m[2].replace(/\s+/g, '');
  let from = '';
  let to = '';
  if (range === '') {
    // undated role
  } else if (range.startsWith('>')) {
    from = pDate(range.slice(1), where);
  } else if (range.startsWith('<')) {
    to = pDate(range.slice(1), where);
  } else if (range.includes('-')) {
    const [a, b] = range.split('-');
    from = pDate(a, where);
    to = pDate(b, where);
  } else {
    from = pDate(range, where);
  }
  return { code: m[1], from, to, text: `[${m[1]}${m[2] ? ' ' + m[2] : ''}]` };
}

// The dictionary as blocks: names (main line and + lines) followed by their
// role lines. Returns Map name -> [block, ...].
function readPetrarch(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    die(`cannot read petrarch dictionary ${path}: ${e.message}`);
  }
  const byName = new Map();
  let block = null;
  let inRoles = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) return;
    if (/^\s+\[/.test(line) || /^\[/.test(line)) {
      if (!block) return;
      block.roles.push({ raw: line.trim(), line: i + 1 });
      inRoles = true;
      return;
    }
    if (!block || inRoles) {
      block = { names: [], roles: [], line: i + 1 };
      inRoles = false;
    }
    const name = line.replace(/^\+/, '').trim().replace(/_+$/, '');
    block.names.push(name);
    if (!byName.has(name)) byName.set(name, []);
    const list = byName.get(name);
    if (!list.includes(block)) list.push(block);
  });
  return byName;
}

function parseTable() {
  const rows = [];
  TABLE.split('\n').forEach((raw, i) => {
    const where = `TABLE line ${i}`;
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const f = line.split('|').map((s) => s.trim());
    if (f.length < 6 || f.length > 7) die(`${where}: expected 6 or 7 fields: ${line}`);
    const [code, group, office, from, to, aliasText, ref = ''] = f;
    if (!COUNTRY[code]) die(`${where}: unknown code '${code}'`);
    if (!GROUPS[group]) die(`${where}: unknown group '${group}'`);
    if (!office) die(`${where}: empty office`);
    const aliases = aliasText.split(';').map((s) => s.trim()).filter(Boolean);
    if (!aliases.length) die(`${where}: no alias`);
    rows.push({ where, index: rows.length, code, group, office, from, to, aliases, ref });
  });
  return rows;
}

// A dictionary role, or null when it cannot be read (a few have typos, such
// as "[GBRGOV >201005011]"; they are never used).
function tryRole(raw) {
  try {
    return parseRole(raw, 'petrarch');
  } catch (e) {
    if (e instanceof RefError) return null;
    throw e;
  }
}

class RefError extends Error {}
function refErr(msg) {
  throw new RefError(msg);
}

function resolveRef(row, petrarch) {
  if (!row.ref) {
    if (row.from === '@' || row.to === '@') refErr(`${row.where}: '@' needs a petrarch reference`);
    return;
  }
  const m = /^(\S+)\s*(\[.*\])?$/.exec(row.ref);
  if (!m) refErr(`${row.where}: bad petrarch reference '${row.ref}'`);
  const name = m[1].replace(/_+$/, '');
  const blocks = petrarch.get(name);
  if (!blocks) refErr(`${row.where}: petrarch has no entry ${m[1]}`);
  const pc = PETRARCH_CODE[row.code] || row.code;
  const okCode = (c) => c === `${pc}GOV` || (row.group === 'dm' && c === `${pc}GOVMIL`);
  const roles = [];
  for (const b of blocks)
    for (const r of b.roles) {
      const p = tryRole(r.raw);
      if (p) roles.push({ ...p, line: r.line });
    }
  let role;
  if (m[2]) {
    const want = parseRole(m[2], row.where);
    role = roles.find((r) => r.code === want.code && r.from === want.from && r.to === want.to);
    if (!role) refErr(`${row.where}: petrarch ${m[1]} has no role ${m[2]}`);
    if (!okCode(role.code)) refErr(`${row.where}: role ${m[2]} is not a ${row.code} GOV role`);
  } else {
    if (row.from === '@' || row.to === '@') refErr(`${row.where}: '@' needs the role in the reference`);
    const near = (a, b) => a === '' || b === '' || Math.abs(days(a, b)) <= TOL_DAYS;
    role = roles.find((r) => okCode(r.code) && r.from && near(r.from, row.from) && near(r.to, row.to));
    if (!role) {
      const have = roles.filter((r) => okCode(r.code)).map((r) => r.text).join(' ') || 'none';
      refErr(`${row.where}: no ${row.code} GOV role of ${m[1]} within ${TOL_DAYS} days of ${row.from}..${row.to} (has: ${have})`);
    }
  }
  if (row.from === '@') {
    if (!role.from) refErr(`${row.where}: role ${role.text} has no start`);
    row.from = role.from;
  }
  if (row.to === '@') row.to = role.to;
  for (const [mine, theirs] of [[row.from, role.from], [row.to, role.to]])
    if (mine && theirs && Math.abs(days(mine, theirs)) > TOL_DAYS)
      refErr(`${row.where}: date ${mine} is more than ${TOL_DAYS} days from petrarch ${role.text}`);
  row.petrarch = role;
}

// Match key as dyad computes it: dots dropped, curly apostrophes straight, a
// final possessive dropped.
function aliasKey(s) {
  let k = s.replace(/\./g, '').replace(/[\u2018\u2019]/g, "'");
  if (k.length > 2 && /'[sS]$/.test(k)) k = k.slice(0, -2);
  else if (k.length > 2 && k.endsWith("'")) k = k.slice(0, -1);
  return k;
}

// The ALL-CAPS key (dyad upper-cases ASCII and Latin-1 letters only).
function upperKey(s) {
  return aliasKey(s).replace(/[a-z\u00e0-\u00fe]/g, (c) => (c === '\u00f7' ? c : c.toUpperCase()));
}

function readGazetteer(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    die(`cannot read ${path}: ${e.message}`);
  }
  const out = [];
  let header = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (!header) {
      header = f;
      return;
    }
    const col = (n) => f[header.indexOf(n)] ?? '';
    out.push({
      where: `${path}:${i + 1}`, code: col('code'), kind: col('kind'), alias: col('alias'),
      from: col('from'), to: col('to'),
    });
  });
  if (!header || header.indexOf('alias') < 0) die(`${path}: not a gazetteer file`);
  return out;
}

function overlaps(a, b) {
  const af = a.from || '0000-00-00', at = a.to || '9999-99-99';
  const bf = b.from || '0000-00-00', bt = b.to || '9999-99-99';
  return af <= bt && bf <= at;
}

function fail(problems) {
  for (const p of problems) process.stderr.write(`gen-holders: ${p}\n`);
  process.exit(1);
}

function main() {
  const args = process.argv.slice(2);
  const opts = new Set(args.filter((a) => a.startsWith('--')));
  const paths = args.filter((a) => !a.startsWith('--'));
  for (const o of opts) if (o !== '--gaps' && o !== '--suggest') die(`unknown option ${o}`);
  if (paths.length < 3)
    die('usage: node gen-holders.mjs PHOENIX.COUNTRIES.ACTORS.TXT COUNTRIES.TSV ACTORS.TSV [MORE.TSV ...] [--gaps] [--suggest] > holders.tsv');
  const petrarch = readPetrarch(paths[0]);
  const rows = parseTable();
  const problems = [];
  for (const row of rows) {
    try {
      resolveRef(row, petrarch);
    } catch (e) {
      if (!(e instanceof RefError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) fail(problems);

  for (const row of rows) {
    if (!isDate(row.from)) problems.push(`${row.where}: bad from '${row.from}'`);
    if (row.to !== '' && !isDate(row.to)) problems.push(`${row.where}: bad to '${row.to}'`);
    if (row.to !== '' && row.from > row.to) problems.push(`${row.where}: from ${row.from} after to ${row.to}`);
    for (const a of row.aliases)
      if (/[\t\n|]/.test(a) || a.length > 200) problems.push(`${row.where}: bad alias '${a}'`);
    if (/[\t\n]/.test(row.office)) problems.push(`${row.where}: bad office`);
  }
  if (problems.length) fail(problems);

  // output entries
  const entries = [];
  for (const row of rows)
    row.aliases.forEach((alias, ai) => entries.push({ row, ai, code: row.code, alias, from: row.from, to: row.to, note: row.office }));

  // 1. the same alias (as matched), code and start twice: dyad rejects it
  const seen = new Map();
  for (const e of entries) {
    const k = `${e.code}\t${aliasKey(e.alias)}\t${e.from}`;
    if (seen.has(k)) problems.push(`${e.row.where}: alias '${e.alias}' for ${e.code} from ${e.from} already at ${seen.get(k).row.where}`);
    else seen.set(k, e);
  }
  // 2. one alias, two codes, overlapping dates (exact and ALL-CAPS keys)
  for (const keyOf of [aliasKey, upperKey]) {
    const byKey = new Map();
    for (const e of entries) {
      if (keyOf === upperKey && [...e.alias].length <= 3) continue;
      const k = keyOf(e.alias);
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k).push(e);
    }
    for (const list of byKey.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i], b = list[j];
          if (a.code !== b.code && overlaps(a, b))
            problems.push(`alias '${a.alias}' is ${a.code} (${a.row.where}) and ${b.code} (${b.row.where}) at once`);
        }
  }
  // 3. clashes with countries.tsv, actors.tsv (and further files) under another code
  const others = paths.slice(1).flatMap(readGazetteer);
  const otherExact = new Map();
  const otherUpper = new Map();
  for (const o of others) {
    const push = (m, k) => {
      if (!m.has(k)) m.set(k, []);
      m.get(k).push(o);
    };
    push(otherExact, aliasKey(o.alias));
    if (o.kind !== 'code' && [...o.alias].length > 3) push(otherUpper, upperKey(o.alias));
  }
  for (const e of entries) {
    const hits = [...(otherExact.get(aliasKey(e.alias)) || [])];
    if ([...e.alias].length > 3) hits.push(...(otherUpper.get(upperKey(e.alias)) || []));
    for (const o of hits)
      if (o.code !== e.code && overlaps(e, o))
        problems.push(`${e.row.where}: alias '${e.alias}' (${e.code}) clashes with '${o.alias}' (${o.code}) at ${o.where}`);
  }
  if (problems.length) fail([...new Set(problems)]);

  if (opts.has('--gaps')) reportGaps(rows);
  if (opts.has('--suggest')) suggest(rows, petrarch);

  // sort and write
  const rank = (g) => GROUP_ORDER.indexOf(g);
  entries.sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1
      : rank(a.row.group) - rank(b.row.group)
      || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)
      || a.row.index - b.row.index
      || a.ai - b.ai);

  const out = [];
  out.push(
    '# holders.tsv - dyad gazetteer of office holders with their dates: heads of',
    '# state and of government, foreign and defence ministers of the G20 members',
    '# (EU: presidents of the European Council and the European Commission, High',
    '# Representative) and of Taiwan, Ukraine, Israel, Iran and North Korea, 1980',
    '# to today (the Soviet Union\'s as SUN to 1991 and West Germany\'s as DEU, as',
    '# in historical.tsv); for the 1980s also finance ministers, some trade,',
    '# commerce and agriculture ministers, US vice presidents, White House chiefs',
    '# of staff and national security advisers, and the leaders of Egypt,',
    '# Pakistan, Peru and the Philippines; all US presidents and secretaries of',
    '# state since 1789. Left out: people whose dates are not certain, so some',
    '# ministries have gaps.',
    '#',
    '# GENERATED by lexicons/tools/gen-holders.mjs: edit the script\'s table, not',
    '# this file. Regenerate from the repository root with',
    '#   node lexicons/tools/gen-holders.mjs /path/to/Phoenix.Countries.actors.txt \\',
    '#     lexicons/countries.tsv lexicons/actors.tsv lexicons/historical.tsv \\',
    '#     > lexicons/holders.tsv',
    '#',
    '# Sources: the petrarch country actor dictionary Phoenix.Countries.actors.txt',
    '# (Open Event Data Alliance, MIT licence, see LICENSE.petrarch), whose dated',
    '# government roles (up to early 2014) were cross-checked and used for the',
    '# heads of state and government it lists; public records (official lists of',
    '# office holders) for everything else. Written for dyad (MIT).',
    '#',
    '# Format as countries.tsv and actors.tsv: UTF-8, TAB-separated, 7 fields,',
    '#   code  kind  alias  from  to  rule  note',
    '# kind is always holder and rule empty; note is the office. from and to are',
    '# inclusive (a handover day is in both ranges); to empty = in office. A',
    '# from of 1980-01-01 with "in office since" in the note: took office before',
    '# 1980 on a day not recorded here; a later first of a month or year with "in',
    '# office since": took office in that month or year, on a day not recorded',
    '# here. One line per alias: the full name (with ASCII spellings) and the',
    '# surname alone only where it is distinctive in news. One alias never names',
    '# two codes at once.',
    '#',
    'code\tkind\talias\tfrom\tto\trule\tnote',
  );
  let lastCode = null;
  let lastGroup = null;
  for (const e of entries) {
    if (e.code !== lastCode) {
      out.push('', `# == ${e.code} ${COUNTRY[e.code]} ==`);
      lastCode = e.code;
      lastGroup = null;
    }
    if (e.row.group !== lastGroup) {
      out.push(`# -- ${GROUPS[e.row.group]}`);
      lastGroup = e.row.group;
    }
    const f = [e.code, 'holder', e.alias, e.from, e.to, '', e.note];
    if (f.length !== 7 || f.some((x) => /[\t\n]/.test(x))) die(`internal: bad line for ${e.alias}`);
    out.push(f.join('\t'));
  }
  process.stdout.write(out.join('\n') + '\n');
}

// Successive holders of one office (code, group, office without its
// parenthesis) whose dates do not join.
function reportGaps(rows) {
  const by = new Map();
  for (const r of rows) {
    const k = `${r.code} ${r.group} ${r.office.replace(/\s*\(.*\)$/, '')}`;
    if (!by.has(k)) by.set(k, []);
    by.get(k).push(r);
  }
  for (const [k, list] of [...by].sort()) {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const p = list[i - 1], n = list[i];
      if (p.to !== n.from)
        process.stderr.write(`gap: ${k}: ${p.aliases[0]} to ${p.to || 'open'}, ${n.aliases[0]} from ${n.from} (${p.to ? days(p.to, n.from) : '-'} days)\n`);
    }
  }
}

// Table lines without a reference whose first alias has a petrarch entry
// with a fitting GOV role.
function suggest(rows, petrarch) {
  const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const near = (a, b) => a === '' || b === '' || Math.abs(days(a, b)) <= TOL_DAYS;
  const said = new Set();
  for (const r of rows) {
    if (r.ref) continue;
    for (const a of r.aliases) {
      const base = strip(a).toUpperCase().replace(/[\s-]+/g, '_');
      for (const name of new Set([base, base.replace(/\./g, '')])) {
        const blocks = petrarch.get(name);
        if (!blocks) continue;
        for (const b of new Set(blocks))
          for (const raw of b.roles) {
            const role = tryRole(raw.raw);
            if (!role || !role.from) continue;
            if (role.code !== `${r.code}GOV` && !(r.group === 'dm' && role.code === `${r.code}GOVMIL`)) continue;
            if (!near(role.from, r.from) || !near(role.to, r.to)) continue;
            const line = `suggest: ${r.where} ${r.aliases[0]} ${r.from}..${r.to}: ${name}_ ${role.text}\n`;
            if (!said.has(line)) process.stderr.write(line);
            said.add(line);
          }
      }
    }
  }
}

main();
