package io.veille.extractor.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.extractor.quality.RecognizersCase.Category;

/**
 * Reads the Recognizers-Text specifications (CurrencyModel, PercentModel, DimensionModel,
 * DateTimeModel, French and English) into inputs and cases, and sorts each case into news
 * language or a reason to report it apart. The rules look only at the annotation (its type, its
 * timex, the words of its span), never at which sentence it is.
 */
final class RecognizersCorpus {

    /** One input sentence: the spans every annotation covers (any type), and the cases scored on it. */
    record Input(String lang, String model, String text, LocalDate reference, List<int[]> annotated,
                 List<RecognizersCase> cases, boolean referenceImplementationFails) {

        /**
         * Whether its annotations are all the figures it holds: a spec the reference (.NET)
         * implementation does not pass often lists none, so it says nothing of false positives.
         */
        boolean complete() {
            return !referenceImplementationFails;
        }
    }

    static final String[] LANGS = {"en", "fr"};

    /** Sub-units whose spec value counts hundredths of the currency ("50 cents" is 50). */
    private static final Set<String> HUNDREDTHS = Set.of("cent", "cents", "centime", "centimes", "pence", "penny", "sen",
            "pesewa", "pesewas");
    private static final Pattern FULL_OR_YEARLESS_DAY = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}");
    private static final Pattern DAY_WITHOUT_MONTH = Pattern.compile("XXXX-XX-\\d{2}");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-\\d");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\d{1,4}\\s*[/.\\-]\\s*\\d{1,2}|\\d{4} \\d{1,2} \\d{1,2}|\\d{1,2} \\d{1,2} \\d{2,4}|(?:19|20)\\d{6}");
    /**
     * "three weeks from tmrw", "deux jours avant hier", "3 weeks later", "two years since 2011", "2
     * semaines à partir du 15 janvier": a date counted from another date or event, not from the publication.
     */
    private static final Pattern ARITHMETIC = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:days?|weeks?|fortnight|months?|years?|jours?|semaines?|mois|ans|années?)\\s+"
                    + "(?:after|before|from|since|later|après|avant|plus tard|depuis|à partir d(?:u|e|es)|à partir d['’])(?!\\p{L})");

    /** "5/12", "7.6", "11/12/35": two numbers up to 12 that either order reads as a day and a month. */
    private static final Pattern AMBIGUOUS_NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])(?![\\d]|[/.-]\\d{1,2}[/.-])");

    private final ObjectMapper json = new ObjectMapper();

    static Path root() {
        return SharedData.dir("facts").resolve("recognizers-text");
    }

    List<Input> load(Path root) {
        List<Input> all = new ArrayList<>();
        for (String lang : LANGS) {
            String folder = lang.equals("fr") ? "French" : "English";
            all.addAll(read(root.resolve("NumberWithUnit/" + folder + "/CurrencyModel.json"), lang, "currency"));
            all.addAll(read(root.resolve("Number/" + folder + "/PercentModel.json"), lang, "percent"));
            all.addAll(read(root.resolve("NumberWithUnit/" + folder + "/DimensionModel.json"), lang, "dimension"));
            all.addAll(read(root.resolve("DateTime/" + folder + "/DateTimeModel.json"), lang, "datetime"));
        }
        return all;
    }

    private List<Input> read(Path file, String lang, String model) {
        JsonNode specs;
        try {
            specs = json.readTree(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Input> inputs = new ArrayList<>();
        for (JsonNode spec : specs) {
            String text = spec.path("Input").asText();
            String ref = spec.path("Context").path("ReferenceDateTime").asText(null);
            LocalDate reference = ref == null || ref.length() < 10 ? null : LocalDate.parse(ref.substring(0, 10));
            List<int[]> annotated = new ArrayList<>();
            List<RecognizersCase> cases = new ArrayList<>();
            for (JsonNode r : spec.path("Results")) {
                int start = r.path("Start").asInt();
                int end = r.path("End").asInt() + 1;
                String written = r.path("Text").asText("");
                if (!written.isEmpty() && start >= 0 && end <= text.length() && start < end
                        && !text.substring(start, end).equalsIgnoreCase(written)) {
                    // some specs count End exclusive or drift by a character: the span is where its Text is
                    int at = text.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(Locale.ROOT), Math.max(0, start - 3));
                    if (at >= 0 && at <= start + 3) {
                        start = at;
                        end = at + written.length();
                    }
                }
                if (start < 0 || end > text.length() || start >= end) {
                    continue;
                }
                annotated.add(new int[] {start, end});
                RecognizersCase c = toCase(lang, model, text, reference, start, end, r);
                if (c != null) {
                    cases.add(c);
                }
            }
            boolean dotnetFails = spec.path("NotSupported").asText("").toLowerCase(Locale.ROOT).contains("dotnet");
            inputs.add(new Input(lang, model, text, reference, annotated, cases, dotnetFails));
        }
        return inputs;
    }

    private static RecognizersCase toCase(String lang, String model, String text, LocalDate reference, int start, int end,
            JsonNode r) {
        JsonNode res = r.path("Resolution");
        return switch (model) {
            case "currency" -> {
                BigDecimal v = number(res.path("value").asText(null));
                if (v == null) {
                    yield null; // a currency name without an amount ("dollar") is no figure
                }
                String unit = res.path("unit").asText("").toLowerCase(Locale.ROOT);
                if (HUNDREDTHS.contains(unit)) {
                    v = v.divide(BigDecimal.valueOf(100), 10, RoundingMode.UNNECESSARY).stripTrailingZeros();
                }
                yield new RecognizersCase(lang, Category.MONEY, text, reference, start, end, v,
                        res.path("isoCurrency").asText(null), Set.of(), null);
            }
            case "percent" -> number(res.path("value").asText(null)) == null ? null
                    : new RecognizersCase(lang, Category.PERCENT, text, reference, start, end,
                            number(res.path("value").asText()), null, Set.of(), null);
            case "dimension" -> number(res.path("value").asText(null)) == null ? null
                    : new RecognizersCase(lang, Category.DIMENSION, text, reference, start, end,
                            number(res.path("value").asText()), null, Set.of(), null);
            default -> dateCase(lang, text, reference, start, end, r);
        };
    }

    /**
     * A single day ({@code datetimeV2.date}); times, ranges, durations and sets are not dates a
     * fact names. Absolute when the span writes its month (a month name or a numeric date) and the
     * timex gives month and day; relative otherwise (weekdays, "tomorrow", holidays, "il y a 3 jours").
     */
    private static RecognizersCase dateCase(String lang, String text, LocalDate reference, int start, int end, JsonNode r) {
        if (!"datetimeV2.date".equals(r.path("TypeName").asText())) {
            return null;
        }
        JsonNode values = r.path("Resolution").path("values");
        if (values.isEmpty()) {
            return null;
        }
        String timex = values.get(0).path("timex").asText("");
        Set<String> dates = new LinkedHashSet<>();
        for (JsonNode v : values) {
            String iso = v.path("value").asText("");
            if (!iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return null; // "feb 30": the spec itself reads no day
            }
            dates.add(iso);
        }
        String span = text.substring(start, end);
        boolean absolute = FULL_OR_YEARLESS_DAY.matcher(timex).matches() && writesMonth(span, lang);
        if (reference == null && timex.startsWith("XXXX") && absolute) {
            // Without a reference date only the month and day can be checked.
            dates = Set.of("--" + timex.substring(5));
        }
        String outOfNews = null;
        int named = namedMonth(span);
        if (ARITHMETIC.matcher(span).find()) {
            outOfNews = "counted from another date";
        } else if (named != 0 && FULL_OR_YEARLESS_DAY.matcher(timex).matches() && Integer.parseInt(timex.substring(5, 7)) != named) {
            // "vendredi 7 juin" resolved as 6 July: the spec contradicts the month its own text names
            outOfNews = "the spec's month is not the one its text names";
        } else if (contradictsWeekday(span, dates)) {
            // "Tuesday March 7" resolved as a Wednesday: the spec ignores the weekday its text names
            outOfNews = "the spec's day is not the weekday its text names";
        } else if (lang.equals("fr") && readsMonthFirst(span, timex)) {
            // "vendredi 07/06" resolved as 6 July, where French and the spec's other French cases read 7 June
            outOfNews = "the spec reads a French numeric date month first";
        } else if (lang.equals("en") && ambiguousNumeric(span)) {
            // "5/12" is May 12 in New York and 5 December in London: the parser refuses to guess by design
            outOfNews = "numeric day and month both orders allow";
        } else if (!absolute && reference == null) {
            outOfNews = "relative, no reference date";
        } else if (!absolute && (DAY_WITHOUT_MONTH.matcher(timex).matches()
                || WEEKDAY.matcher(timex).matches() && span.matches(".*\\d.*"))) {
            outOfNews = "day of month without a month";
        }
        return new RecognizersCase(lang, absolute ? Category.ABSOLUTE_DATE : Category.RELATIVE_DATE, text, reference,
                start, end, null, null, Set.copyOf(dates), outOfNews);
    }

    private static boolean readsMonthFirst(String span, String timex) {
        Matcher m = AMBIGUOUS_NUMERIC.matcher(span);
        if (!m.find() || !FULL_OR_YEARLESS_DAY.matcher(timex).matches()) {
            return false;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return first != second && Integer.parseInt(timex.substring(5, 7)) == first && Integer.parseInt(timex.substring(8, 10)) == second;
    }

    private static boolean ambiguousNumeric(String span) {
        Matcher m = AMBIGUOUS_NUMERIC.matcher(span);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != Integer.parseInt(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the span names a weekday on which none of the spec's days falls. */
    private static boolean contradictsWeekday(String span, Set<String> dates) {
        String lower = " " + span.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String[] weekdays = DateFormatSymbols.getInstance(locale).getWeekdays();
            for (int i = 1; i < weekdays.length; i++) {
                String name = weekdays[i].toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && lower.contains(" " + name + " ")) {
                    // Calendar.SUNDAY is 1; ISO's Sunday is 7
                    int iso = i == 1 ? 7 : i - 1;
                    return dates.stream().filter(d -> d.length() == 10)
                            .noneMatch(d -> LocalDate.parse(d).getDayOfWeek().getValue() == iso)
                            && dates.stream().anyMatch(d -> d.length() == 10);
                }
            }
        }
        return false;
    }

    private static boolean writesMonth(String span, String lang) {
        return NUMERIC_DATE.matcher(span).find() || namedMonth(span) != 0;
    }

    /**
     * The month (1-12) a month name of the span stands for, French or English (the specs mix them:
     * "Je reviendrai 2020/Sep/23"), or 0. JDK's month names, not the lexicon's, so the judge does not
     * share the parser's words.
     */
    private static int namedMonth(String span) {
        String lower = " " + span.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            DateFormatSymbols names = DateFormatSymbols.getInstance(locale);
            for (String[] months : new String[][] {names.getMonths(), names.getShortMonths()}) {
                for (int i = 0; i < 12; i++) {
                    String name = months[i].toLowerCase(Locale.ROOT).replace(".", "").strip();
                    if (!name.isEmpty() && lower.contains(" " + name + " ")) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    /** A spec value: "75000000", "4,8%" (the French specs write a decimal comma), "12,345". */
    private static BigDecimal number(String written) {
        if (written == null) {
            return null;
        }
        String n = written.replace("%", "").replace(',', '.').strip();
        return n.matches("-?\\d+(?:\\.\\d+)?") ? new BigDecimal(n) : null;
    }
}
