package fi.foresight.job.types;

import fi.foresight.model.Model;

/**
 * English labels of sensitivity inputs for charts (which are drawn once for every report language): a driver's
 * label, or for a panel's uncertain weight ({@code weight:panel:driver}) "Weight (Panel): Driver"; long labels are
 * shortened in the middle so that labels that differ only at their end (sub-regions, say) stay apart.
 */
final class InputLabels {
    /** Longest label drawn on a chart axis. */
    static final int MAX = 58;

    private InputLabels() {
    }

    static String of(Model model, String input) {
        if (input.startsWith("weight:")) {
            String[] parts = input.split(":", 3);
            if (parts.length == 3) {
                String panel = model.panel(parts[1]).map(p -> p.label()).orElse(parts[1]);
                int paren = panel.indexOf(" (");
                String prefix = "Weight, " + cutEnd(paren > 0 ? panel.substring(0, paren) : panel, 16) + ": ";
                return prefix + shorten(driver(model, parts[2]), Math.max(16, MAX - prefix.length()));
            }
        }
        return shorten(driver(model, input), MAX);
    }

    /** An outcome column's label, {@code index.panel} as "Index (Panel)". */
    static String outcome(Model model, String column) {
        int dot = column.indexOf('.');
        String id = dot < 0 ? column : column.substring(0, dot);
        String label = model.outcome(id).map(o -> o.label()).orElse(id);
        if (dot < 0) {
            return label;
        }
        String panel = column.substring(dot + 1);
        return label + " (" + model.panel(panel).map(p -> p.label()).orElse(panel) + ")";
    }

    private static String driver(Model model, String id) {
        return model.driver(id).map(d -> d.label()).orElse(id);
    }

    /** A file-name-safe form of an outcome id ({@code index.entrepreneurs} → {@code index-entrepreneurs}). */
    static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "outcome" : s;
    }

    /**
     * {@code text} when it fits in {@code max} characters, else its first words (about two fifths) and its last
     * words (where labels of sub-regions and the like differ) around an ellipsis.
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int room = max - 3;
        int half = room * 2 / 5;
        String[] words = text.split(" ");
        var head = new StringBuilder(words[0]);
        int i = 1;
        while (i < words.length && head.length() + 1 + words[i].length() <= half) {
            head.append(' ').append(words[i++]);
        }
        var tail = new StringBuilder(words[words.length - 1]);
        int j = words.length - 2;
        while (j >= i && tail.length() + 1 + words[j].length() <= room - head.length()) {
            tail.insert(0, words[j--] + " ");
        }
        String h = head.length() > half + 4 ? head.substring(0, half) : head.toString();
        String t = tail.length() > room - h.length() + 4 ? tail.substring(tail.length() - (room - h.length())) : tail.toString();
        return h.replaceAll("[\\s,:;]+$", "") + " \u2026 " + t;
    }

    /** {@code text} cut at a word to at most {@code max} characters, with an ellipsis when cut. */
    static String cutEnd(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > 3 ? cut : max - 1).replaceAll("[\\s,:;]+$", "") + "\u2026";
    }
}
