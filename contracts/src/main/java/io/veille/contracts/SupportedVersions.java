package io.veille.contracts;

/**
 * The schemaVersions of one event that today's consumers read, both ends included. A producer
 * writes the highest; a record outside the range is dead-lettered rather than half understood.
 */
public record SupportedVersions(int lowest, int highest) {

    public SupportedVersions {
        if (lowest < 1 || highest < lowest) {
            throw new IllegalArgumentException("not a version range: " + lowest + " to " + highest);
        }
    }

    public boolean contains(int version) {
        return version >= lowest && version <= highest;
    }
}
