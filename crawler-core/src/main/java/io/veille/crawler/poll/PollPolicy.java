package io.veille.crawler.poll;

/**
 * @param maxItemsPerPoll   new pages fetched per poll at most; the rest waits for the next poll
 * @param maxPageAttempts   failed fetches of one page before it is given up
 */
public record PollPolicy(int maxItemsPerPoll, int maxPageAttempts) {
}
