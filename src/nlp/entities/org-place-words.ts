// Gazetteer-style word lists that tell an organisation or a place from a person. Lower-cased.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.replace(/_/g, " ")));

/** A capitalised run containing one of these names an organisation ("Foreign Ministry", "Clinton Foundation"). */
export const ORG_WORDS = set(`
department ministry party committee council commission agency bureau office institute institution university college school academy
association foundation corporation corp. inc. co. ltd ltd. llc plc group company bank court congress senate parliament assembly
administration campaign times post news journal tribune herald gazette magazine network press television radio channel broadcasting
media army navy force forces guard police service services union organization organisation church center centre fund federation league
club caucus coalition alliance movement front brigade brigades government cabinet authority board trust society project initiative airlines
airways motors systems technologies labs studios records pictures entertainment hospital clinic prison corps command regiment battalion
council exchange reserve treasury embassy consulate mission secretariat directorate inc llc report review daily weekly monthly tv
institutes industries holdings partners associates capital ventures enterprises agency's pac super_pac superpac team watch`);

/** Organisations usually written without a telling word. */
export const KNOWN_ORGS = set(`
nato un eu fbi cia nsa dhs doj epa fda cdc gop dnc rnc cnn msnbc nbc abc cbs fox pbs npr bbc reuters ap afp bloomberg politico breitbart
huffpost axios twitter facebook google apple microsoft amazon youtube instagram taliban hamas hezbollah isis isil al-qaeda al_qaeda
pentagon kremlin congress senate white_house state_department nra aclu naacp opec imf wto gallup quinnipiac rasmussen politifact
planned_parenthood wikileaks interpol europol unicef unesco unhcr who_(organization) mi5 mi6 kgb fsb idf hezbollah bundestag
knesset duma whitehall downing_street scotus supreme_court house_of_representatives congress cbs_news nbc_news abc_news fox_news
new_york_times washington_post wall_street_journal associated_press usa_today`);

/** Countries, US states, big cities and regions. */
export const PLACES = set(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada chad chile china
colombia comoros congo costa_rica croatia cuba cyprus czech_republic czechia denmark djibouti dominica dominican_republic ecuador egypt
el_salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana
haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
new_zealand nicaragua niger nigeria north_korea north_macedonia norway oman pakistan palau palestine panama papua_new_guinea paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore
slovakia slovenia somalia south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine united_arab_emirates uae united_kingdom uk
britain great_britain england scotland wales northern_ireland united_states america u.s. us usa u.s.a. uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky
louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee
texas utah vermont virginia washington west_virginia wisconsin wyoming d.c. washington_d.c.
n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va.
kabul islamabad tehran beijing moscow london paris berlin brussels tokyo delhi new_delhi mumbai karachi lahore baghdad damascus
cairo jerusalem tel_aviv gaza riyadh doha dubai ankara istanbul kyiv kiev rome madrid lisbon vienna warsaw athens geneva zurich
stockholm oslo copenhagen dublin edinburgh manchester toronto ottawa montreal vancouver sydney melbourne seoul pyongyang hong_kong
shanghai taipei bangkok hanoi manila jakarta singapore nairobi lagos johannesburg mexico_city havana caracas bogota lima santiago
buenos_aires sao_paulo rio_de_janeiro chicago los_angeles san_francisco houston dallas boston philadelphia atlanta miami detroit
seattle denver phoenix las_vegas new_orleans baltimore cleveland pittsburgh cincinnati milwaukee minneapolis st._louis kansas_city
nashville charlotte orlando tampa san_diego sacramento portland austin columbus indianapolis des_moines manhattan brooklyn queens
bronx harlem silicon_valley wall_street capitol_hill ramstein kandahar herat mosul aleppo raqqa benghazi tripoli crimea donbas
europe asia africa antarctica australia north_america south_america latin_america middle_east gulf balkans caribbean scandinavia
midwest new_england the_south west_bank sinai kashmir tibet xinjiang hawaii puerto_rico guam iowa_city ground_zero`);

/** Nationality adjectives: part of a role ("German Foreign Minister"), never a name on their own. */
export const DEMONYMS = set(`
afghan american british chinese french german indian iranian iraqi israeli italian japanese korean mexican pakistani palestinian
russian saudi spanish syrian turkish ukrainian canadian australian european african asian arab egyptian qatari emirati polish dutch
belgian swiss austrian swedish norwegian danish finnish irish scottish welsh english greek brazilian argentine venezuelan cuban
nigerian kenyan ethiopian lebanese jordanian yemeni libyan kurdish taiwanese vietnamese thai indonesian filipino malaysian
north-korean south-korean u.s. us western eastern nato un eu`);
