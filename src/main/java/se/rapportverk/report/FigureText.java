package se.rapportverk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.calc.TextFigures;
import se.rapportverk.calc.TextReferences;
import se.rapportverk.format.SwedishFormat;

/**
 * Shows the calculated figures that workbook texts name in braces ({@code {prognos avvikelse}}),
 * formatted as the document's tables show them: an amount in the table unit with its decimals and
 * the unit ({@code -43,4 mkr}), a percentage with one decimal, a count whole, a volume as the volume
 * table. Nothing else in a text changes (see {@link TextReferences}). Applied to a document's whole
 * template data, so every text of the workbook, wherever a template shows it, is treated alike.
 */
final class FigureText {

    private final TextFigures figures;
    private final AmountFormat amounts;

    /**
     * @param figures the names and figures of the workbook
     * @param amounts how the document's tables show amounts
     */
    FigureText(TextFigures figures, AmountFormat amounts) {
        this.figures = figures;
        this.amounts = amounts;
    }

    /** The text with every reference shown as its figure. */
    String apply(String text) {
        return TextReferences.replace(text, r -> figures.find(r.name()).filter(TextFigures.Named::available)
                .map(n -> format(n, r.unsigned()))
                // Check 8 stops a run whose text names an unknown figure, so this is never shown.
                .orElse("{" + r.typed() + "}"));
    }

    /** A figure as the document's tables show it. */
    String format(TextFigures.Named n, boolean unsigned) {
        BigDecimal value = unsigned ? n.figure().value().abs() : n.figure().value();
        return switch (n.kind()) {
            case AMOUNT -> amounts.format(n.figure().withValue(value)) + SwedishFormat.NBSP + amounts.unit();
            case PERCENT -> SwedishFormat.percent(value, 1);
            case COUNT -> SwedishFormat.number(value, 0);
            case VOLUME -> SwedishFormat.number(value, Math.min(n.figure().decimals(), 2));
        };
    }

    /** The figure of a name as shown, if the workbook has it. */
    Optional<String> shown(String name) {
        return figures.find(name).filter(TextFigures.Named::available).map(n -> format(n, false));
    }

    /**
     * Template data with every string's references shown. A map or list is copied only when something in
     * it changes (a large table is walked, not copied); other values are kept.
     */
    @SuppressWarnings("unchecked")
    <T> T applyAll(T value) {
        return (T) walk(value);
    }

    private Object walk(Object value) {
        return switch (value) {
            case String s -> apply(s);
            case Map<?, ?> m -> {
                Map<Object, Object> copy = null;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Object v = walk(e.getValue());
                    if (v != e.getValue() && copy == null) {
                        copy = new LinkedHashMap<>(m);
                    }
                    if (copy != null) {
                        copy.put(e.getKey(), v);
                    }
                }
                yield copy == null ? m : copy;
            }
            case List<?> l -> {
                List<Object> copy = null;
                for (int i = 0; i < l.size(); i++) {
                    Object v = walk(l.get(i));
                    if (v != l.get(i) && copy == null) {
                        copy = new ArrayList<>(l);
                    }
                    if (copy != null) {
                        copy.set(i, v);
                    }
                }
                yield copy == null ? l : copy;
            }
            case null -> null;
            default -> value;
        };
    }
}
