package io.veille.extractor.fact;

import java.time.LocalDate;
import java.util.function.IntFunction;

/** A date written without its year is the occurrence nearest the publication: the year before, of, or after it. */
final class NearestYear {

    private NearestYear() {
    }

    /** @param inYear the date in a given year, or null when that year has none (29 February, a fifth Monday) */
    static LocalDate occurrence(LocalDate reference, IntFunction<LocalDate> inYear) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate candidate = inYear.apply(y);
            if (candidate != null && (best == null || distance(candidate, reference) < distance(best, reference))) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
