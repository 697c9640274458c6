package se.rapportverk.calc;

import java.util.List;
import java.util.Optional;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.Volym;

/** The volume follow-up: volume deviations and what they mean in money. */
public final class Volymer {

    private Volymer() {
    }

    /**
     * Calculates every line.
     *
     * @param rows  the Volymer rows as read
     * @param drift the calculated Driftsredovisning, to take each activity's avvikelse from when the
     *              Volymer sheet does not give it
     */
    public static List<VolymLine> calculate(List<Volym> rows, Optional<AmountStatement> drift) {
        // Each Driftsredovisning line by its normalised label, the first of a label winning.
        java.util.Map<String, AmountLine> driftLines = new java.util.HashMap<>();
        drift.ifPresent(d -> d.lines().forEach(l -> driftLines.putIfAbsent(Names.normalise(l.label()), l)));
        return rows.stream().map(v -> {
            Figure avvikelseVolym = v.volymPrognos().minus(v.volymBudget());
            // A volume that does not deviate costs nothing, whatever a unit costs.
            Figure utifranVolym = v.kostnadPerEnhet().reported()
                    ? avvikelseVolym.times(v.kostnadPerEnhet()).negate()
                    : avvikelseVolym.reported() && !avvikelseVolym.unreadable() && avvikelseVolym.value().signum() == 0
                    ? avvikelseVolym.withValue(java.math.BigDecimal.ZERO) : Figure.none();
            Figure avvikelseDrift = v.avvikelseDrift().reported() ? v.avvikelseDrift()
                    : Optional.ofNullable(driftLines.get(Names.normalise(v.verksamhet().value())))
                            .map(l -> l.shownAvvikelse().figure()).orElse(Figure.none());
            return new VolymLine(v, avvikelseVolym, utifranVolym, avvikelseDrift);
        }).toList();
    }
}
