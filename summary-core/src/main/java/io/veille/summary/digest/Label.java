package io.veille.summary.digest;

/** A template word in French and English. */
record Label(String fr, String en) {

    String in(String lang) {
        return "fr".equals(lang) ? fr : en;
    }

    static String separator(String lang) {
        return "fr".equals(lang) ? " : " : ": ";
    }

    /** Source-language text is marked with its language, e.g. "[fr] ...", so no reader takes it for a translation. */
    static String marked(String sourceLang, String text) {
        return "[" + (sourceLang == null || sourceLang.isBlank() ? "und" : sourceLang) + "] " + text;
    }
}
