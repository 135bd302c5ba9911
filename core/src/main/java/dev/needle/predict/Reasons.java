package dev.needle.predict;

import java.util.Locale;

/** A model feature and its value, in the words a rep reads ("no deal touch in 23 days"). */
final class Reasons {
    private Reasons() {
    }

    static String describe(String feature, double raw) {
        long n = Math.round(Math.expm1(raw));
        if (feature.startsWith("stage:")) return "in stage " + feature.substring(6);
        if (feature.startsWith("source:")) return "lead source " + feature.substring(7);
        if (feature.startsWith("type30:")) return plural(n, feature.substring(7) + " touch", "es") + " in the last 30 days";
        return switch (feature) {
            case "age" -> "deal is " + plural(n, "day", "s") + " old";
            case "daysInStage" -> plural(n, "day", "s") + " in its current stage";
            case "daysSinceTouch" -> n >= 1 ? "no deal touch in " + plural(n, "day", "s") : "touched in the last day";
            case "valuable14" -> plural(n, "valuable touch", "es") + " in the last 14 days";
            case "empty14" -> plural(n, "empty touch", "es") + " in the last 14 days";
            case "valuable30" -> plural(n, "valuable touch", "es") + " in the last 30 days";
            case "empty30" -> plural(n, "empty touch", "es") + " in the last 30 days";
            case "advances30" -> plural(n, "stage advance", "s") + " in the last 30 days";
            case "amount" -> String.format(Locale.ROOT, "amount %,d", n);
            case "noAmount" -> "no amount recorded";
            case "ownerWinRate" -> String.format(Locale.ROOT, "owner's win rate is %.0f points %s the team's", Math.abs(100 * raw), raw >= 0 ? "above" : "below");
            case "ownerEmptyShare" -> String.format(Locale.ROOT, "%.0f%% of the owner's recent deal touches were empty", 100 * raw);
            case "ownerAdvancesPerTouch" -> String.format(Locale.ROOT, "the owner's deals advance %.2f stages per touch", raw);
            case "valuableTotal" -> plural(n, "valuable touch", "es") + " so far";
            case "emptyTotal" -> plural(n, "empty touch", "es") + " so far";
            default -> feature + " = " + raw;
        };
    }

    private static String plural(long n, String noun, String ending) {
        if (n == 0) return "no " + noun;
        return n + " " + noun + (n == 1 ? "" : ending);
    }
}
