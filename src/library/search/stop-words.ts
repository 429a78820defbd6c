// Function words say nothing about a topic: a query or a story signature made of them matches everything.
// Kept apart from the summarizer's list on purpose: "us" stays searchable (the country, written "US"), and
// the list is shared by the SQLite and the future PostgreSQL store, so it must not change with summary tuning.
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers " +
    "him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our " +
    "out over own she should so some such than that the their them then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your said says say " +
    "told also may might must shall like get got made make many much even still well per cent s t"
  ).split(" "),
);
