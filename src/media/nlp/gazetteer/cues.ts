/** Cue words that type a capitalised span: organisation heads and legal forms, person titles, place words. */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Words that make a span an organisation wherever they stand in it (compared lower-case, dots removed). */
export const ORG_WORDS = words(`
bank banka banque bancorp banking ministry ministries department treasury agency office council commission committee
union organisation organization association institute institution university college party army navy forces force
command corps coalition front brigade brigades battalion regiment division government administration parliament
congress senate assembly duma court service services bureau authority authorities fund foundation holding holdings
industries industry systems technologies technology electronics trading trade logistics airlines airline airways
railways exchange reserve alliance nations corporation corp company co inc incorporated ltd limited llc plc jsc pjsc ojsc
cjsc ooo oao zao pao ao gmbh ag sa nv bv spa srl sarl pte pty lp llp kft group partners enterprises enterprise
consortium plant factory works shipyard shipping lines petroleum oil gas energy rosneft gazprom rostec mission embassy
secretariat directorate inspectorate prosecutor police guard guards militia academy centre center network media news
times post press journal commerce customs exim export-import cooperative kremlin pentagon
`);
/** Organisation words that only count at the end of a span ("Group", "Partners"). */
export const ORG_TAIL_WORDS = words('group partners capital investments international global motors steel metals mining');
/** Well-known organisation acronyms and one-word names in the domain. */
export const ORG_NAMES = words(`
UN EU NATO OFAC BIS OFSI FCDO HMT SWIFT IMF WTO OPEC FATF IAEA ISIL ISIS Daesh Da'esh Islamic_State Kyiv_Independent Texas_Instruments Analog_Devices CENTCOM DoD DOJ FBI CIA NSA SEC FinCEN
CSL ITAR DDTC OSCE ASEAN SCO BRICS EAEU CSTO ECB PBOC PBoC CBR Hezbollah Hizbollah Hamas Taliban al-Qaeda al-Shabaab Houthis
Rosneft Gazprom Lukoil Rostec Rosatom Rosoboronexport Sberbank VTB Gazprombank Alfa-Bank Sovcombank Otkritie Promsvyazbank
Huawei ZTE SMIC Hikvision DJI Wagner Kremlin Pentagon Reuters Bloomberg AFP Interfax TASS RIA Xinhua Kommersant Vedomosti
Nvidia Intel AMD Siemens Bosch Samsung Alibaba Tencent Baidu Unicredit
Raiffeisen Commerzbank HSBC Citigroup JPMorgan Barclays UBS Mastercard UnionPay CIPS SPFS
Europol Interpol Frontex Eurostat Comtrade Rosstat Treasury Commerce
`);
/** Titles and roles that put a person's name after them. */
export const PERSON_TITLES = words(`
mr mrs ms miss dr prof president vice-president premier minister secretary chancellor king queen prince princess sheikh
sultan emir ayatollah general gen colonel col lieutenant lt major maj captain capt admiral adm commander senator sen
governor gov ambassador envoy chairman chairwoman chair ceo director deputy spokesman spokeswoman spokesperson judge
justice mayor pope archbishop bishop rev sir lord lady dame brig sgt sergeant marshal commissioner representative rep
mp founder owner businessman businesswoman oligarch tycoon banker executive chief lawyer attorney analyst economist
leader head official officer colleague citizen national
`);
/** Place words: a span ending in one of these is a location. */
export const PLACE_WORDS = words(`
province region oblast krai city county district governorate state river sea gulf mountains mountain island islands
valley strait peninsula bay lake desert coast port airport street square border crossing zone basin plain heights
road brook beach creek hill hills canyon falls park avenue bridge dam canal forest reservoir harbour harbor cape springs
`);
/** Compass and position words that make a place of the name after them ("West Germany", "Upper Lars"). */
export const COMPASS = words(`north south east west northern southern eastern western central upper lower greater new`);
/** Words that start a sentence in capitals without being names. */
export const FUNCTION_WORDS = words(`
the a an in on at to of for from by with without into onto over under after before during since until while when where
whether which who whom whose what why how this that these those it its it's he she they we i you his her their our my
your but and or nor so yet if then than though although because as also however meanwhile moreover furthermore
nevertheless still thus therefore hence both either neither each every all any some many most much more several few
other such no not only just even last next first second third new former latest earlier later separately additionally
according despite including among between about around against toward towards upon via per amid amidst within beyond
here there today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday one two three four five six
seven eight nine ten dozens hundreds thousands millions officials sources analysts reports data figures trade exports
imports sanctions shipments payments banks companies firms customs statistics experts investigators prosecutors
authorities residents witnesses critics observers diplomats lawmakers ministers leaders traders exporters importers
suppliers buyers sellers transactions transfers prices supplies deliveries
`);
/** Month and weekday names: capitalised but never entities of our types. */
export const TIME_WORDS = words(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan
`);
/** Lower-case connectors allowed inside a name when a capitalised word follows. */
export const CONNECTORS = words(`of and for de del der la le du von van al bin ibn bint el & da dos das di`);
/** Group nouns after a demonym that make an actor phrase ("Chinese banks", "Russian companies"). */
export const GROUP_NOUNS = words(`
banks bank lenders lender companies company firms firm exporters exporter importers importer suppliers supplier
manufacturers manufacturer authorities officials government regulators traders entities businesses buyers customers
intermediaries distributors resellers subsidiaries individuals nationals counterparts partners customs entities
persons people targets oligarchs traders executives institutions states vessels makers producers factories clients
networks agents operators carriers shipowners insurers brokers members businessmen organisations organizations
`);
