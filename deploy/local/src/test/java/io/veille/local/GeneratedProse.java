package io.veille.local;

import java.util.List;

import io.veille.local.GeneratedArticles.Story;

/**
 * The paragraphs of a generated article: a lead stating the amount, the city and the day, a quote
 * of the chief executive with a growth rate, and background. The three articles of a story say
 * the same facts in different words, as three newsrooms would.
 */
final class GeneratedProse {

    private GeneratedProse() {
    }

    static List<String> french(Story s, int position) {
        String amount = GeneratedArticles.frenchAmount(s) + " millions d'euros";
        String day = GeneratedArticles.frenchDay(s);
        String lead = switch (position) {
            case 0 -> "La société %s, installée à %s, a annoncé le %s une levée de fonds de %s auprès d'investisseurs européens."
                    .formatted(s.company(), s.city(), day, amount);
            case 1 -> "C'est l'une des plus importantes opérations de l'année dans la région : %s a bouclé le %s un tour de table de %s, a-t-on appris à %s."
                    .formatted(s.company(), day, amount, s.city());
            default -> "Le %s, %s a confirmé avoir réuni %s pour construire une nouvelle usine près de %s."
                    .formatted(day, s.company(), amount, s.city());
        };
        return List.of(lead,
                "Selon son directeur général, %s, le chiffre d'affaires de l'entreprise a progressé de %d %% sur un an. « Nous voulons bâtir en Europe une industrie capable de rivaliser avec les plus grands », a déclaré %s devant la presse."
                        .formatted(s.person(), s.percent(), s.person()),
                "Les fonds doivent servir à recruter %d ingénieurs et techniciens d'ici deux ans, et à ouvrir un centre d'essais. Les investisseurs jugent le projet solide, dans un secteur où les concurrents américains et asiatiques restent très présents."
                        .formatted(s.hires()),
                "La direction n'a pas précisé la valorisation retenue. Les syndicats du site saluent l'annonce mais demandent des garanties sur les emplois existants, tandis que la municipalité promet d'accompagner l'extension des bâtiments.");
    }

    static List<String> english(Story s, int position) {
        String amount = "€" + s.millions().toPlainString() + " million";
        String day = GeneratedArticles.englishDay(s);
        String lead = switch (position) {
            case 0 -> "%s, based in %s, announced on %s that it had raised %s from European investors."
                    .formatted(s.company(), s.city(), day, amount);
            case 1 -> "In one of the largest deals of the year in the region, %s closed a %s funding round on %s, according to people in %s."
                    .formatted(s.company(), amount, day, s.city());
            default -> "On %s, %s confirmed that it had secured %s to build a new plant near %s."
                    .formatted(day, s.company(), amount, s.city());
        };
        return List.of(lead,
                "Its chief executive, %s, said revenue had grown by %d%% over the past year. \"We want to build an industry in Europe that can compete with the largest players,\" %s told reporters."
                        .formatted(s.person(), s.percent(), s.person()),
                "The money will be used to hire %d engineers and technicians within two years and to open a test centre. Investors describe the plan as sound in a sector where American and Asian competitors remain strong."
                        .formatted(s.hires()),
                "Management did not disclose the valuation. Unions at the site welcomed the news but asked for guarantees on existing jobs, while the city council promised to support the extension of the buildings.");
    }
}
