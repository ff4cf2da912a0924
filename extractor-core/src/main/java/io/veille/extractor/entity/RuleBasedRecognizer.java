package io.veille.extractor.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, organisations and places found by rules and a gazetteer: capitalised word sequences
 * (with the particles of names: "de", "von der", "van"), read as a known name when the gazetteer
 * has it, as an organisation when they end in a company suffix ("AI", "SA", "Inc", "Group") or
 * hold an institution word, as a person when they start with a known first name, follow a title
 * or role ("le président", "Mr", "CEO of") or precede one (", PDG de"). Within an article a
 * surname alone is the person named in full ("Macron" is "Emmanuel Macron"), and a company's name
 * without its suffix is the company ("Mistral" is "Mistral AI"). Capitalised sentence openers
 * ("Selon", "Le", "The") are not names. Thread-safe: no mutable state.
 */
public final class RuleBasedRecognizer implements EntityRecognizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,4}|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{N}]+)*|\\p{N}+");
    private static final Pattern ELISION = Pattern.compile(
            "^(?:d|l|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)['’](?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_TOKENS = 6;

    private static final Set<String> PARTICLES = words("de", "du", "des", "von", "van", "der", "den", "da", "di",
            "del", "della", "la", "le", "of", "al", "bin", "ben", "el", "y", "et", "&", "and");
    /** Name-internal particles that may not end a name nor join two names ("et", "and" only inside ORG). */
    private static final Set<String> JOINERS = words("et", "and", "&");

    private static final Set<String> COMPANY_SUFFIXES = words("AI", "SA", "SAS", "SE", "AG", "GmbH", "Inc", "Inc.",
            "Ltd", "Ltd.", "LLC", "Plc", "PLC", "Corp", "Corporation", "Group", "Groupe", "Labs", "Lab", "Technologies",
            "Technology", "Systems", "Capital", "Partners", "Holdings", "Holding", "Telekom", "Telecom", "Bank",
            "Management", "Ventures", "Industries", "Motors", "Energy", "Pharma", "Software", "Networks", "Robotics",
            "Media", "Cloud", "Computing", "Airlines", "Airways");
    private static final Set<String> INSTITUTION_WORDS = words("commission", "ministère", "ministry", "université",
            "university", "association", "agence", "agency", "institut", "institute", "fondation", "foundation",
            "parlement", "parliament", "conseil", "council", "banque", "bank", "autorité", "authority", "office",
            "cour", "court", "tribunal", "école", "school", "centre", "center", "académie", "academy", "fédération",
            "federation", "syndicat", "union", "comité", "committee", "organisation", "organization", "société");
    private static final Set<String> FIRST_NAMES = words("emmanuel", "ursula", "olaf", "xavier", "jensen", "arthur",
            "yann", "yan", "donald", "narendra", "yoshua", "joly", "jane", "john", "sam", "elon", "mark", "marc",
            "jean", "pierre", "marie", "anne", "sophie", "nicolas", "françois", "francois", "thomas", "julien",
            "clara", "thierry", "bruno", "élisabeth", "elisabeth", "gabriel", "michel", "philippe", "catherine",
            "isabelle", "christine", "laurent", "olivier", "stéphane", "david", "michael", "james", "robert", "william",
            "richard", "joseph", "charles", "mary", "sarah", "emma", "paul", "peter", "george", "kamala", "joe",
            "friedrich", "angela", "giorgia", "pedro", "keir", "rishi", "boris", "satya", "sundar", "tim", "jeff",
            "bill", "dario", "demis", "mustafa", "cédric", "cedric", "agnès", "agnes", "benoît", "benoit", "alexandre",
            "antoine", "louis", "hugo", "léa", "lea", "camille", "manon", "chloé", "chloe", "fabrice", "patrick");
    private static final Set<String> PERSON_TITLES = words("président", "présidente", "president", "ministre",
            "minister", "chancelier", "chancelière", "chancellor", "pdg", "ceo", "fondateur", "fondatrice",
            "co-fondateur", "cofondateur", "founder", "co-founder", "directeur", "directrice", "director", "patron",
            "patronne", "m.", "mme", "mr", "mrs", "ms", "dr", "docteur", "sénateur", "senator", "député", "maire",
            "mayor", "professeur", "professor", "porte-parole", "spokesman", "spokeswoman", "secrétaire", "secretary",
            "vice-président", "vice-présidente", "commissaire", "commissioner", "premier", "gouverneur", "governor",
            "sir", "lady", "roi", "king", "reine", "queen", "pape", "pope", "chercheur", "chercheuse", "researcher",
            "journaliste", "journalist", "économiste", "economist", "pionnier", "pioneer", "dirigeant", "dirigeante");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^,?\\s+(?:le\\s+|la\\s+|l['’]|the\\s+)?(?:président|présidente|pdg|ceo|co-?fondat(?:eur|rice)|fondat(?:eur|rice)"
                    + "|directeur|directrice|patron|ministre|chief|founder|co-?founder|president|minister|chancellor"
                    + "|chancelier|responsable|porte-parole|spokes(?:man|woman|person)|secrétaire|head)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORG_CUE_BEFORE = Pattern.compile(
            "(?:pdg|ceo|fondat(?:eur|rice)|directeur|directrice|patron|président|présidente|responsable[^,.]{0,30}|"
                    + "chief executive|founder|head)\\s+(?:de|du|des|d['’]|of|at|chez)\\s*$|(?:chez|at)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A role held at an organisation just before a name: "PDG de Mistral AI, Arthur Mensch", "CEO of
     * Nvidia Jensen Huang", "le président de la République, Emmanuel Macron".
     */
    private static final Pattern ROLE_OF_BEFORE = Pattern.compile(
            "(?:président|présidente|president|pdg|ceo|directeur|directrice|directeur général|directrice générale"
                    + "|patron|patronne|fondateur|fondatrice|co-?fondat(?:eur|rice)|founder|co-?founder|chief executive"
                    + "|chairman|chairwoman|chair|head|ministre|minister|secrétaire général|secretary|porte-parole|spokes(?:man|woman|person)"
                    + "|dirigeant|dirigeante|gouverneur|governor|maire|mayor)"
                    + "\\s+(?:de|du|des|d['’]|of|at|chez)\\s*(?:la\\s+|l['’]|le\\s+|the\\s+)?"
                    + "(?-i:\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}),?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Products and works written in CamelCase ("ChatGPT", "MacBook", "PlayStation") are not
     * organisations; a Mac/Mc name ("MacGyver", "McCartney") is a surname, not a company.
     */
    private static final Pattern PRODUCT_SHAPE = Pattern.compile("\\p{L}+GPT|Mac\\p{Lu}\\p{L}+|Mc\\p{Lu}\\p{L}+|i\\p{Lu}\\p{L}+");
    private static final Set<String> NOT_NAMES = words("le", "la", "les", "l", "un", "une", "des", "du", "de", "ce",
            "cet", "cette", "ces", "selon", "pour", "dans", "en", "au", "aux", "avec", "mais", "et", "ou", "il", "elle",
            "ils", "elles", "on", "nous", "vous", "je", "tu", "si", "face", "depuis", "parmi", "outre", "malgré",
            "afin", "alors", "grâce", "sous", "sur", "lors", "là", "quand", "ainsi", "cependant", "plus", "notre",
            "votre", "leur", "leurs", "son", "sa", "ses", "mon", "ma", "mes", "tout", "tous", "toute", "toutes",
            "chaque", "après", "avant", "entre", "vers", "chez", "par", "comme", "bien", "pourtant", "enfin", "aussi",
            "déjà", "encore", "puis", "donc", "car", "ni", "or", "qui", "que", "quoi", "quel", "quelle", "quels",
            "quelles", "comment", "pourquoi", "où", "lorsque", "dès", "désormais", "aujourd'hui", "hier", "demain",
            "résumé", "conclusion", "opportunités", "atouts", "investissements", "partenariats", "souveraineté",
            "the", "a", "an", "in", "on", "at", "of", "to", "for", "with", "by", "from", "this", "that", "these",
            "those", "it", "its", "he", "she", "we", "they", "i", "you", "but", "and", "or", "if", "when", "while",
            "after", "before", "according", "as", "there", "here", "what", "why", "how", "who", "which", "not", "no",
            "yes", "also", "more", "most", "some", "many", "read", "lire", "lisez", "découvrez", "voir", "pour",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "startup", "start-up");
    private static final Set<String> LEADING_ROLE_WORDS = words("président", "présidente", "president", "premier",
            "ministre", "minister", "chancelier", "chancellor", "pdg", "ceo", "mr", "mrs", "ms", "dr", "m", "mme",
            "sir", "vice-président", "vice-présidente", "prime");

    private final Gazetteer gazetteer;

    /** A word list as a set; lists kept as data may repeat a word. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    public RuleBasedRecognizer() {
        this(Gazetteer.bundled());
    }

    public RuleBasedRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Token(int start, int end, String text, boolean sentenceStart) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** A name found in the text, before aliases are merged. */
    private record Found(int start, int end, String surface, String canonical, EntityType type) {
    }

    @Override
    public List<Entity> find(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokens(text);
        List<Found> found = new ArrayList<>();
        List<Found> unknown = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int known = knownAt(text, tokens, i, found);
            if (known > i) {
                i = known;
                continue;
            }
            if (!t.capitalised() || NOT_NAMES.contains(t.lower()) || LEADING_ROLE_WORDS.contains(t.lower().replace(".", ""))) {
                i++;
                continue;
            }
            int end = sequenceEnd(text, tokens, i);
            Found f = classify(text, tokens, i, end);
            if (f.type() == null) {
                // "d'IA Mistral": an untyped run may still end in a known name, so look again from the next word.
                unknown.add(f);
                i++;
            } else {
                found.add(f);
                i = end + 1;
            }
        }
        return merge(found, unknown);
    }

    /** The longest gazetteer name starting at token i, recorded; returns the index after it, or i. */
    private int knownAt(String text, List<Token> tokens, int i, List<Found> found) {
        Token first = tokens.get(i);
        if (!first.capitalised() && !PARTICLES.contains(first.lower())) {
            return i;
        }
        for (int j = Math.min(tokens.size() - 1, i + MAX_NAME_TOKENS - 1); j >= i; j--) {
            Token last = tokens.get(j);
            if (!adjacentRun(text, tokens, i, j)) {
                continue;
            }
            Gazetteer.Known k = gazetteer.lookup(text, first.start(), last.end());
            if (k != null && (first.capitalised() || j > i)) {
                if (j == i && first.sentenceStart() && NOT_NAMES.contains(first.lower())) {
                    return i;
                }
                found.add(new Found(first.start(), last.end(), text.substring(first.start(), last.end()), k.canonical(), k.type()));
                return j + 1;
            }
        }
        return i;
    }

    /** Tokens i..j are separated by single spaces only (a name does not cross punctuation). */
    private static boolean adjacentRun(String text, List<Token> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
            if (!gap.equals(" ") && !gap.equals("\u00A0") && !gap.equals(". ") || gap.equals(". ") && !tokens.get(k).text().matches("(?:\\p{Lu}\\.)+|\\p{Lu}")) {
                return false;
            }
        }
        return true;
    }

    /** The last token of the capitalised sequence starting at i, particles included when a capital follows. */
    private static int sequenceEnd(String text, List<Token> tokens, int i) {
        int end = i;
        int k = i + 1;
        while (k < tokens.size() && k - i < MAX_NAME_TOKENS && adjacentRun(text, tokens, k - 1, k)) {
            Token t = tokens.get(k);
            if (t.capitalised() && !t.sentenceStart() && !NOT_NAMES.contains(t.lower())) {
                end = k;
                k++;
            } else if (PARTICLES.contains(t.lower()) && !JOINERS.contains(t.lower())) {
                int p = k;
                while (p < tokens.size() && PARTICLES.contains(tokens.get(p).lower()) && adjacentRun(text, tokens, p - 1, p)) {
                    p++;
                }
                if (p < tokens.size() && adjacentRun(text, tokens, p - 1, p) && tokens.get(p).capitalised()
                        && !NOT_NAMES.contains(tokens.get(p).lower())) {
                    end = p;
                    k = p + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    private Found classify(String text, List<Token> tokens, int i, int end) {
        Token first = tokens.get(i);
        Token last = tokens.get(end);
        String surface = text.substring(first.start(), last.end());
        int n = end - i + 1;
        String before = text.substring(Math.max(0, first.start() - 40), first.start());
        String after = text.substring(last.end(), Math.min(text.length(), last.end() + 40));
        if (n == 1 && first.sentenceStart()) {
            // A lone capitalised word opening a sentence is usually just a word; keep it only as a
            // possible alias of a name found elsewhere.
            return new Found(first.start(), last.end(), surface, surface, null);
        }
        if (COMPANY_SUFFIXES.contains(last.text()) && n > 1) {
            return new Found(first.start(), last.end(), surface, surface, EntityType.ORG);
        }
        for (int k = i; k <= end; k++) {
            if (INSTITUTION_WORDS.contains(tokens.get(k).lower())) {
                return new Found(first.start(), last.end(), surface, surface, EntityType.ORG);
            }
        }
        if (ORG_CUE_BEFORE.matcher(before).find()) {
            return new Found(first.start(), last.end(), surface, surface, EntityType.ORG);
        }
        boolean firstName = FIRST_NAMES.contains(first.lower());
        boolean titled = titleBefore(before);
        boolean roleAfter = ROLE_AFTER.matcher(after).find();
        long nameWords = tokens.subList(i, end + 1).stream().filter(Token::capitalised).count();
        if (n >= 2 && nameWords <= 4 && (firstName || titled || roleAfter)) {
            return new Found(first.start(), last.end(), surface, surface, EntityType.PERSON);
        }
        if (n >= 2 && nameWords <= 4 && ROLE_OF_BEFORE.matcher(before(text, first.start(), 80)).find()) {
            return new Found(first.start(), last.end(), surface, surface, EntityType.PERSON);
        }
        if (n == 1 && isCamelCase(first.text()) && !gazetteer.isProduct(first.text())
                && !PRODUCT_SHAPE.matcher(first.text()).matches()) {
            return new Found(first.start(), last.end(), surface, surface, EntityType.ORG);
        }
        return new Found(first.start(), last.end(), surface, surface, null);
    }

    private static String before(String text, int at, int chars) {
        return text.substring(Math.max(0, at - chars), at);
    }

    private static boolean titleBefore(String before) {
        Matcher m = Pattern.compile("([\\p{L}.-]+)\\s+(?:[\\p{L}-]+\\s+)?$").matcher(before);
        if (!m.find()) {
            return false;
        }
        String[] words = before.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = Math.max(0, words.length - 3); k < words.length; k++) {
            if (PERSON_TITLES.contains(words[k].replaceAll("[,;:]$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCamelCase(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || word.contains("-")) {
            return false;
        }
        boolean lowerSeen = false;
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                lowerSeen = true;
            } else if (Character.isUpperCase(c) && lowerSeen) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups mentions by entity: gazetteer names by canonical name, then surnames and
     * suffix-less company names by the full name they shorten; names no rule could type are
     * dropped unless they shorten a typed one.
     */
    private static List<Entity> merge(List<Found> found, List<Found> unknown) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> shortForms = new LinkedHashMap<>();
        for (Found f : found) {
            types.putIfAbsent(f.canonical(), f.type());
            String[] words = f.canonical().split(" ");
            if (f.type() == EntityType.PERSON && words.length >= 2) {
                shortForms.putIfAbsent(surname(words), f.canonical());
            }
            if (f.type() == EntityType.ORG && words.length >= 2 && COMPANY_SUFFIXES.contains(words[words.length - 1])) {
                shortForms.putIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)), f.canonical());
            }
        }
        List<Found> all = new ArrayList<>();
        for (Found f : found) {
            String full = f.type() != EntityType.LOC ? shortForms.get(f.canonical()) : null;
            all.add(full != null && types.get(full) == f.type() ? new Found(f.start(), f.end(), f.surface(), full, f.type()) : f);
        }
        for (Found u : unknown) {
            String full = shortForms.get(u.surface());
            if (full != null) {
                all.add(new Found(u.start(), u.end(), u.surface(), full, types.get(full)));
            }
        }
        all.sort(java.util.Comparator.comparingInt(Found::start));
        Map<String, List<Found>> byEntity = new LinkedHashMap<>();
        for (Found f : all) {
            byEntity.computeIfAbsent(f.type() + "\u0000" + f.canonical(), k -> new ArrayList<>()).add(f);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Found> mentions : byEntity.values()) {
            Found head = mentions.get(0);
            List<String> aliases = mentions.stream().map(Found::surface).filter(s -> !s.equals(head.canonical()))
                    .distinct().toList();
            entities.add(new Entity(head.canonical(), head.type(), aliases,
                    mentions.stream().map(f -> new Mention(f.start(), f.end())).toList()));
        }
        return entities;
    }

    /** "Emmanuel Macron" -> "Macron"; "Ursula von der Leyen" -> "von der Leyen". */
    private static String surname(String[] words) {
        int k = words.length - 1;
        while (k > 1 && PARTICLES.contains(words[k - 1].toLowerCase(Locale.ROOT))) {
            k--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int start = m.start();
            String word = m.group();
            Matcher elision = ELISION.matcher(word);
            if (elision.find()) {
                start += elision.end();
                word = word.substring(elision.end());
            }
            boolean sentenceStart = opensSentence(text, previousEnd, m.start());
            tokens.add(new Token(start, m.end(), word, sentenceStart));
            previousEnd = m.end();
        }
        return tokens;
    }

    /** Whether only sentence-ending punctuation, a line break or an opening quote separates the token from the one before. */
    private static boolean opensSentence(String text, int previousEnd, int start) {
        if (previousEnd == 0) {
            return true;
        }
        String gap = text.substring(previousEnd, start);
        return gap.contains("\n") || gap.matches("\\s*[.!?:…]+[\\s\"«“»”]*") || gap.matches("\\s*[«“\"]\\s*")
                || gap.matches("\\s*[•·–—-]\\s+");
    }
}
