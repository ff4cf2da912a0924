package io.veille.summary.grounding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the name check, folded (lower case, no accents). They are data: a word added
 * here changes what counts as a name, never how names are compared.
 */
final class NameWords {

    /**
     * Words written with a capital that are not names: determiners, pronouns and prepositions that
     * open a sentence, months and days, our digest template labels and civil titles. Stripped from
     * the edges of a run of capitalised words ("Selon Le Monde" is checked as "Monde").
     */
    static final Set<String> STOP = words(
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet", "cette", "ces", "il",
            "elle", "ils", "elles", "on", "nous", "vous", "je", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
            "votre", "selon", "pour", "par", "dans", "en", "sur", "sous", "avec", "sans", "lors", "apres", "avant",
            "depuis", "pendant", "chez", "entre", "vers", "contre", "parmi", "mais", "et", "ou", "donc", "car", "si",
            "quand", "lorsque", "alors", "ainsi", "enfin", "puis", "aussi", "cependant", "pourtant", "toutefois", "hier",
            "aujourd'hui", "demain", "deja", "plus", "tout", "tous", "toute", "toutes", "chaque", "plusieurs", "certains",
            "autre", "autres", "qui", "que", "dont", "cela", "ceci", "voici", "oui", "non", "soit", "face",
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "he", "she", "his", "her",
            "we", "our", "you", "your", "i", "of", "to", "in", "on", "at", "by", "for", "with", "from", "after", "before",
            "during", "since", "until", "into", "over", "under", "about", "against", "between", "among", "according",
            "as", "and", "or", "but", "so", "if", "when", "while", "then", "thus", "also", "however", "meanwhile",
            "yesterday", "today", "tomorrow", "now", "here", "there", "both", "each", "every", "all", "some", "several",
            "many", "most", "more", "other", "such", "what", "which", "who", "where", "why", "how", "not", "no", "yes",
            "up", "down", "amid", "despite", "via", "per", "including", "overall",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "montants", "cites", "amounts", "cited", "pourcentages", "percentages", "chiffres", "cles", "key", "figures",
            "dates", "personnes", "organisations", "citees", "people", "named", "citation", "quote", "article", "titre",
            "title", "untitled", "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "sir",
            // currency codes, scale words and units written next to figures: "EUR 109bn", "109 Md€", "1 GW"
            "eur", "usd", "gbp", "chf", "jpy", "cad", "cny", "md", "mds", "mrd", "mrds", "bn", "mn", "tn", "mio", "g", "k",
            "gw", "mw", "kw", "twh", "gwh", "mwh", "kwh", "km", "pc");

    /** Lower-case words that join the capitalised words of one name: "Ursula von der Leyen", "Charles de Gaulle". */
    static final Set<String> PARTICLES = Set.of("de", "du", "des", "d", "l", "la", "le", "von", "van", "der", "den", "da",
            "di", "del", "della", "al", "el", "bin", "ben", "ibn", "zu", "ter", "y");

    /**
     * Capitalised words that name no one by themselves: titles, institutions, nationalities, the
     * vocabulary of event names. A generated "Paris AI Action Summit" or "French President" is
     * judged by its other words.
     */
    static final Set<String> GENERIC = words(
            "ai", "ia", "summit", "sommet", "action", "palace", "palais", "president", "presidente", "presidence",
            "presidency", "minister", "ministre", "premier", "prime", "vice", "chancellor", "chancelier", "chanceliere",
            "ceo", "pdg", "chief", "director", "directeur", "directrice", "secretary", "secretaire", "general", "generale",
            "state", "etat", "government", "gouvernement", "commission", "council", "conseil", "union", "european",
            "europeen", "europeenne", "french", "francais", "francaise", "american", "americain", "americaine",
            "canadian", "canadien", "canadienne", "british", "britannique", "german", "allemand", "allemande", "chinese",
            "chinois", "chinoise", "indian", "indien", "indienne", "japanese", "japonais", "japonaise", "emirati",
            "us", "usa", "uk", "eu", "ue", "un", "onu", "uae", "eau", "nato", "otan", "national", "nationale",
            "international", "internationale", "group", "groupe", "company", "entreprise", "fund", "fonds", "plan",
            "project", "projet", "programme", "program", "strategy", "strategie", "agency", "agence", "ministry",
            "ministere", "bank", "banque", "court", "cour", "republic", "republique", "parliament", "parlement", "senate",
            "senat", "assembly", "assemblee", "office", "institute", "institut", "university", "universite", "center",
            "centre", "forum", "conference", "world", "monde", "global", "mondial", "mondiale", "new", "nouveau",
            "nouvelle", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "grand", "grande", "great",
            "artificial", "artificielle", "intelligence", "tech", "technology", "technologie", "data", "digital",
            "numerique", "innovation", "research", "recherche", "investment", "investissement", "partnership",
            "partenariat", "agreement", "accord", "alliance", "initiative", "declaration", "act", "regulation",
            "reglement", "law", "loi", "directive", "cloud", "campus", "foundation", "fondation", "association", "lab",
            "labs", "laboratory", "laboratoire", "science", "sciences", "capital", "capitale", "city", "ville");

    /**
     * Generic words that make a name another legal entity: "Mistral Bank" is not Mistral AI, nor is
     * "Meta Fund" Meta. After a name such a word must stand beside it in an article, as itself or
     * translated ("fonds Meta"), not merely somewhere in the text.
     */
    static final Set<String> ENTITY_WORDS = words("bank", "banque", "fund", "fonds", "group", "groupe", "company",
            "entreprise", "capital", "holding", "holdings", "partners", "ventures", "foundation", "fondation", "lab", "labs",
            "laboratory", "laboratoire", "institute", "institut", "agency", "agence", "association", "university",
            "universite", "tech", "technology", "technologie", "technologies");

    /** Place names and words of place names that French and English write differently, both ways. */
    static final Map<String, List<String>> TRANSLATIONS = translations(
            "united:unis", "arab:arabes", "arab:arabe", "emirates:emirats", "states:etats", "kingdom:royaume",
            "germany:allemagne", "china:chine", "india:inde", "spain:espagne", "italy:italie", "britain:bretagne",
            "england:angleterre", "japan:japon", "brazil:bresil", "russia:russie", "belgium:belgique",
            "switzerland:suisse", "netherlands:bas", "poland:pologne", "greece:grece", "sweden:suede", "norway:norvege",
            "denmark:danemark", "austria:autriche", "mexico:mexique", "korea:coree", "saudi:saoudite", "arabia:arabie",
            "brussels:bruxelles", "london:londres", "geneva:geneve", "vienna:vienne", "lisbon:lisbonne",
            "europe:europe", "britain:britannique", "canada:canadien", "canada:canadienne", "germany:allemand",
            "china:chinois", "india:indien", "america:americain", "america:amerique", "japan:japonais", "france:francais", "cathedral:cathedrale", "channel:manche", "elysee:elysee", "white:blanche", "house:maison",
            // generic words of institution and event names, so "Paris AI Action Summit" reads the French article's words
            "ai:ia", "summit:sommet", "bank:banque", "fund:fonds", "group:groupe", "company:entreprise",
            "agency:agence", "ministry:ministere", "court:cour", "republic:republique", "parliament:parlement",
            "senate:senat", "assembly:assemblee", "institute:institut", "university:universite", "center:centre",
            "conference:conference", "world:monde", "global:mondial", "global:mondiale", "research:recherche",
            "investment:investissement", "partnership:partenariat", "agreement:accord", "foundation:fondation",
            "laboratory:laboratoire", "project:projet", "program:programme", "strategy:strategie", "council:conseil",
            "government:gouvernement", "state:etat", "european:europeen", "european:europeenne",
            "commission:commission", "union:union", "national:nationale", "international:internationale",
            "artificial:artificielle", "digital:numerique", "technology:technologie", "capital:capitale", "city:ville");

    private NameWords() {
    }

    /** A set of words; a word listed twice (as French and English) is one word. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Map<String, List<String>> translations(String... pairs) {
        Map<String, java.util.ArrayList<String>> map = new HashMap<>();
        for (String pair : pairs) {
            String[] p = pair.split(":");
            map.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1]);
            map.computeIfAbsent(p[1], k -> new java.util.ArrayList<>()).add(p[0]);
        }
        Map<String, List<String>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }
}
