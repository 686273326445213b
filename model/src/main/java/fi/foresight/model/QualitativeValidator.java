package fi.foresight.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of a model's qualitative parts against the rest: the overrides a CIB variant or a futures-table state
 * implies name declared drivers and panels, and a scenario cross crosses two factors of the futures table. Paths
 * are those of the file format ({@code cib.descriptors.east.variants.open.set.spb_access}).
 */
final class QualitativeValidator {
    private QualitativeValidator() {
    }

    static List<Problem> validate(List<Driver> drivers, List<Panel> panels, Optional<CrossImpactSystem> cib,
                                  Optional<InfluenceMatrix> micmac, Optional<FuturesTable> futuresTable,
                                  Optional<ScenarioCross> cross) {
        var p = new ArrayList<Problem>();
        if (drivers.isEmpty() && cib.isEmpty() && micmac.isEmpty() && futuresTable.isEmpty()) {
            p.add(Problem.at("variables", "the model has no variables; declare at least one under variables:"));
        }
        Set<String> driverIds = drivers.stream().map(Driver::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<String> panelIds = panels.stream().map(Panel::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        cib.ifPresent(system -> {
            for (Descriptor d : system.descriptors()) {
                for (Variant v : d.variants()) {
                    ModelValidator.changes(p, "cib.descriptors." + d.id() + ".variants." + v.id(), v.overrides(),
                            driverIds, panelIds);
                }
            }
        });
        futuresTable.ifPresent(table -> {
            for (Factor f : table.factors()) {
                for (State s : f.states()) {
                    ModelValidator.changes(p, "futures_table.factors." + f.id() + ".states." + s.id(), s.overrides(),
                            driverIds, panelIds);
                }
            }
        });
        cross.ifPresent(c -> {
            if (futuresTable.isEmpty()) {
                p.add(Problem.at("futures_table.cross", "a scenario cross needs a futures table: its axes are two "
                        + "of the table's factors"));
            } else {
                axis(p, "futures_table.cross.x", c.x(), futuresTable.get());
                axis(p, "futures_table.cross.y", c.y(), futuresTable.get());
            }
        });
        return p;
    }

    private static void axis(List<Problem> p, String path, Axis axis, FuturesTable table) {
        List<String> factors = table.factors().stream().map(Factor::id).toList();
        if (!factors.contains(axis.name())) {
            p.add(Problem.at(path + ".factor", "unknown factor '" + axis.name() + "'"
                    + Suggestions.didYouMean(axis.name(), factors) + "; the axes of a scenario cross are factors of "
                    + "the futures table: " + String.join(", ", factors)));
            return;
        }
        List<String> states = table.factors().get(table.indexOf(axis.name())).states().stream().map(State::id).toList();
        for (String pole : List.of(axis.first(), axis.second())) {
            if (!states.contains(pole)) {
                p.add(Problem.at(path + ".poles", "factor '" + axis.name() + "' has no state '" + pole + "'"
                        + Suggestions.didYouMean(pole, states) + "; its states are " + String.join(", ", states)));
            }
        }
    }
}
