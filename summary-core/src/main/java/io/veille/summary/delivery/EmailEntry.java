package io.veille.summary.delivery;

import io.veille.contracts.Digest;

/**
 * A digest that may go into an e-mail.
 *
 * @param storyId for an ARTICLE digest, the story its article belongs to (null when none): an
 *                article whose story is in the same e-mail is left out
 */
public record EmailEntry(Digest digest, String storyId) {
}
