/** Errors that change the course of a crawl rather than end one URL. */

/** The archive cannot be written: the crawl stops (the URLs in flight stay to do). */
export class FatalError extends Error {}

/** Thrown from a retry's wait when its host was left for the next run: the URL stays to do. */
export class HostLeft extends Error {}
