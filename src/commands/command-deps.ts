import type { Article } from "../articles/article.js";
import type { LibraryStore } from "../library/store.js";
import type { DigestCommandDeps } from "./digest-command.js";

/** What the command handlers need from the outside world, passed in one object (tests give their own). */
export interface CommandDeps {
  store: LibraryStore;
  /** Fetches and ingests one page for `/brief <URL>`; throws an Error whose message a user can read. */
  fetchArticle: (url: string) => Promise<Article>;
  /** The clock, for channel context timestamps and recency ranking. */
  now: () => Date;
  /** Subscriptions for `/digest`; absent where no digests run (one-shot CLI commands). */
  digests?: DigestCommandDeps;
}
