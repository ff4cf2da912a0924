package io.veille.local;

/** Where a dead letter sits: {@code PARTITION:OFFSET}, as {@code ./veille dlq list} prints it. */
public record DeadLetterPosition(int partition, long offset) {

    public static DeadLetterPosition parse(String text) {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 2) {
                return new DeadLetterPosition(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("not a dead-letter position: '" + text + "' (expected PARTITION:OFFSET, e.g. 0:12)");
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}
