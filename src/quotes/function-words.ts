// Closed-class words that bound a speaker's noun phrase; the lists live with the name finder's (closed-words.ts).
export { DETERMINERS, NP_BREAKERS, PRONOUNS } from "../nlp/entities/closed-words.js";
