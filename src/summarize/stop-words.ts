// Function words carry no topic: leaving them out of centrality and overlap keeps "the" from making two
// sentences look alike. Matched on the lower-cased token, before stemming.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers " +
    "herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on " +
    "once only or other our ours ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were what when where " +
    "which while who whom why will with would you your yours yourself yourselves said says say told also one two new " +
    "mr mrs ms s t us may might must shall last year years since like get got made make many much even still well " +
    "according per cent"
  ).split(" "),
);
