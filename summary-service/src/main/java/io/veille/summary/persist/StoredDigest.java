package io.veille.summary.persist;

import io.veille.contracts.Digest;

/** A digest version as stored, with what decides replays: its input hash and whether it went out. */
public record StoredDigest(Digest digest, String inputHash, boolean published) {
}
