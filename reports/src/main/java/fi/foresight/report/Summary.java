package fi.foresight.report;

import fi.foresight.report.ReportView.Group;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RunContents;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary page: every analysis's findings in plain language, grouped under fixed headings (most and least
 * likely futures, the assumptions that matter most, whose weights matter, the chances of reaching the targets, other
 * findings). A
 * finding's group is {@code summary.group.<key>} in the bundle; each group shows at most
 * {@code summary.<group>.limit} findings, lowest rank first. Group {@code none} keeps a finding off the page (it
 * stays in run.json).
 */
final class Summary {
    static final List<String> GROUPS = List.of("futures", "assumptions", "weights", "targets", "other");

    private final Messages m;
    private final Labels labels;

    Summary(Messages m, Labels labels) {
        this.m = m;
        this.labels = labels;
    }

    List<Group> groups(RunContents run) {
        record Ranked(Manifest.FindingEntry f, int order, Manifest.Analysis from) {
        }
        Map<String, List<Ranked>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        int order = 0;
        for (RunContents.Result r : run.results()) {
            for (Manifest.FindingEntry f : r.entry().findings()) {
                String g = m.find("summary.group." + f.key()).orElse("other");
                if (g.equals("none") || Caveats.isCaveat(m, f)) {
                    continue;
                }
                byGroup.computeIfAbsent(GROUPS.contains(g) ? g : "other", k -> new ArrayList<>())
                        .add(new Ranked(f, order++, r.entry()));
            }
        }
        var out = new ArrayList<Group>();
        for (String g : GROUPS) {
            var list = byGroup.get(g);
            if (list.isEmpty()) {
                continue;
            }
            list.sort(Comparator.comparingInt((Ranked x) -> x.f().rank()).thenComparingInt(Ranked::order));
            int limit = Integer.parseInt(m.find("summary." + g + ".limit").orElse("6"));
            var items = new ArrayList<String>();
            for (Ranked x : list.stream().limit(limit).toList()) {
                items.add(sentence(x.f()));
                // a method's caveats go wherever one of its results is stated
                for (String caveat : Caveats.of(m, this, x.from())) {
                    if (!items.contains(caveat)) {
                        items.add(caveat);
                    }
                }
            }
            out.add(new Group(m.get("summary." + g + ".heading"), items));
        }
        return out;
    }

    /** The finding in words; a finding without a message shows its key and arguments rather than nothing. */
    String sentence(Manifest.FindingEntry f) {
        return m.find(f.key()).map(p -> m.fill(p, f.arguments(), labels))
                .orElseGet(() -> f.key() + ": " + f.arguments());
    }
}
