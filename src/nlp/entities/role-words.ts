// Words that make up a role or title ("U.S. Secretary of State", "longtime Democratic pollster",
// "the council leader"). Lower-cased; a trailing period marks an abbreviation as it appears in text.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Title words that can stand right before a name inside a capitalised run ("Foreign Minister Heiko Maas"). */
export const TITLE_WORDS = set(`
president president-elect vice secretary undersecretary under-secretary minister prime foreign chancellor senator sen. sens. representative rep. reps. congressman
congresswoman governor gov. mayor judge justice chief general gen. attorney ambassador speaker leader chairman chairwoman chair director
commissioner sheriff king queen prince princess pope sheikh emir premier deputy lt. lt col. maj. capt. sgt. adm. cmdr. admiral colonel
captain lieutenant sergeant officer detective det. rev. reverend pastor bishop cardinal archbishop rabbi imam prof. professor
spokesman spokeswoman spokesperson candidate nominee host anchor commander superintendent inspector coach ceo chairperson councillor
councilman councilwoman alderman assemblyman assemblywoman delegate lawmaker trustee treasurer comptroller marshal prosecutor counsel
solicitor minister-president sen rep gov gen col maj capt sgt adm cmdr prof supt. insp. brig. gen.-elect economist analyst mp mep editor editor-in-chief`);

/** Courtesy titles: they mark a person (and a gender) but are not a role. */
export const HONORIFICS = new Map<string, "male" | "female" | undefined>([
  ["mr.", "male"], ["mr", "male"], ["mrs.", "female"], ["mrs", "female"], ["ms.", "female"], ["ms", "female"],
  ["miss", "female"], ["sir", "male"], ["dame", "female"], ["lord", "male"], ["lady", "female"], ["dr.", undefined],
  ["dr", undefined], ["mx.", undefined], ["messrs.", "male"], ["mme.", "female"],
]);

/** Departments and offices that complete a title after "of" ("Secretary of State", "Speaker of the House"). */
export const OFFICE_WORDS = set(`
state defense defence treasury homeland security health human services education energy labor labour commerce agriculture
transportation interior justice veterans affairs housing urban development foreign the house staff commons representatives joint
chiefs police england staff defence finance trade industry environment culture`);

/** Head nouns of a role ("pollster", "official", "leader"): a role phrase ends with one of these. */
export const ROLE_NOUNS = set(`
official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisor advisers advisors strategist pollster host
anchor correspondent reporter analyst expert economist professor lawyer attorney director chairman chairwoman chair president leader
secretary undersecretary under-secretary minister senator congressman congresswoman lawmaker governor mayor candidate nominee contender rival opponent challenger
commentator columnist editor writer author historian scientist researcher activist organizer organiser founder co-founder cofounder owner
executive ceo manager chief head commander general officer diplomat envoy ambassador surrogate delegate donor operative consultant
campaigner representative member speaker judge justice prosecutor investigator agent source sources witness veteran pastor preacher
bishop businessman businesswoman entrepreneur billionaire mogul actor actress singer rapper comedian coach deputy assistant counsel
counselor counsellor whip staffer premier chancellor king queen prince princess pope chairperson councillor councilman councilwoman
commissioner sheriff superintendent inspector detective captain lieutenant sergeant colonel admiral economist partner president-elect
nominee-elect negotiator mediator monitor observer inspector-general governor-elect mayor-elect director-general secretary-general
ceo cfo coo cto trustee treasurer regulator auditor broadcaster journalist photographer blogger pundit personality mp mep speechwriter
supporter backer constituent ally critic`);

/** Words that may stand inside a role phrase before its head ("longtime Democratic pollster", "former top aide"). */
export const ROLE_MODIFIERS = set(`
former longtime long-time senior top chief deputy acting assistant associate vice interim then then- outgoing incoming presidential
vice-presidential national press communications campaign foreign defense defence security policy political economic military state
federal local party executive managing general junior lead conservative liberal progressive veteran retired prominent leading
influential well-known independent fellow legal media digital data finance council city county opposition ruling majority minority
senate congressional gubernatorial mayoral republican democratic house white regional provincial international global chief
communications policy research news radio television tv talk show cable radio-show foreign-policy environmental health education
intelligence defence-policy spokesperson-level co deputy-chief founding elected de facto caretaker interior finance justice trade
transport energy foreign-affairs democrat gop nonpartisan bipartisan prime first`);

/** Gendered role nouns and relations: they settle a person's gender for pronoun agreement. */
export const GENDERED_NOUNS = new Map<string, "male" | "female">([
  ["congressman", "male"], ["congresswoman", "female"], ["spokesman", "male"], ["spokeswoman", "female"],
  ["chairman", "male"], ["chairwoman", "female"], ["businessman", "male"], ["businesswoman", "female"],
  ["councilman", "male"], ["councilwoman", "female"], ["assemblyman", "male"], ["assemblywoman", "female"],
  ["king", "male"], ["queen", "female"], ["prince", "male"], ["princess", "female"], ["actor", "male"], ["actress", "female"],
  ["husband", "male"], ["wife", "female"], ["father", "male"], ["mother", "female"], ["son", "male"], ["daughter", "female"],
  ["brother", "male"], ["sister", "female"], ["widow", "female"], ["widower", "male"], ["grandmother", "female"],
  ["grandfather", "male"], ["uncle", "male"], ["aunt", "female"], ["nephew", "male"], ["niece", "female"], ["boy", "male"],
  ["girl", "female"], ["man", "male"], ["woman", "female"], ["pope", "male"], ["sheikh", "male"], ["emir", "male"],
]);
