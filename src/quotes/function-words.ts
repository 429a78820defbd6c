// Closed-class words that bound a speaker's noun phrase: "the official [told]", "[said] he".

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const PRONOUNS = set("he she they it we i you who");

export const DETERMINERS = set("the a an one another two three several some many most both all each this that these those his her their its our my your");

/** Words that never belong to a speaker noun phrase: they end it. */
export const NP_BREAKERS = set(`
and or but nor so yet for of in on at by with from to into onto about over under after before during since until while as than
that which who whom whose what when where why how if because although though whether not no is was are were be been being am
do does did has have had will would shall should can could may might must said says say told tells added adds asked wrote
also then later there here it he she they we i you him her them us me his their our my your its this these those said,`);
