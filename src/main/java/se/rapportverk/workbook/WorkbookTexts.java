package se.rapportverk.workbook;

import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text of a workbook as read, with the cells it came from: each {@link Text} and each
 * {@link TextSection}, wherever it stands in the typed sheets. Found by walking the records of
 * the {@link Workbook}, so a sheet or column added later is covered without a change here.
 */
public final class WorkbookTexts {

    /** A text and the cells it was read from (one cell, or the rows of a Texter section). */
    public record Entry(String text, List<CellRef> cells) {
        public Entry {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The accessors of each record class, looked up once: {@link Class#getRecordComponents()} makes new
     * {@link Method} objects on every call, and each new one builds its own accessor on its first call.
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                accessors.add(c.getAccessor());
            }
            return List.copyOf(accessors);
        }
    };

    private WorkbookTexts() {
    }

    /**
     * The texts of the last workbook walked on this thread, held weakly: the reader walks a workbook's
     * texts for the picture references and the generator asks for them again, on the same thread.
     */
    private static final ThreadLocal<WeakReference<Walked>> LAST = new ThreadLocal<>();

    private record Walked(Workbook workbook, List<Entry> texts) {
    }

    /** The texts of the workbook in the order of its record components (a list that cannot be changed). */
    public static List<Entry> all(Workbook workbook) {
        WeakReference<Walked> ref = LAST.get();
        Walked last = ref == null ? null : ref.get();
        if (last != null && last.workbook() == workbook) {
            return last.texts();
        }
        List<Entry> out = new ArrayList<>();
        walk(workbook, out);
        List<Entry> texts = List.copyOf(out);
        LAST.set(new WeakReference<>(new Walked(workbook, texts)));
        return texts;
    }

    private static void walk(Object value, List<Entry> out) {
        switch (value) {
            case null -> {
            }
            case Text t -> out.add(new Entry(t.value(), List.of(t.cell())));
            case TextSection s -> {
                if (!s.rubrik().isEmpty()) {
                    out.add(new Entry(s.rubrik(), s.cells().isEmpty() ? List.of() : List.of(s.cells().get(0))));
                }
                out.add(new Entry(s.text(), s.cells()));
            }
            case Rapport r -> {
                for (RapportField f : RapportField.values()) {
                    r.field(f).ifPresent(v -> walk(v, out));
                    r.ownValues(f).forEach(v -> walk(v, out));
                }
            }
            case Figure f -> {
                // a number and its cells: no text (and walking every cell of every figure is slow)
            }
            case CellRef c -> {
            }
            case Optional<?> o -> o.ifPresent(v -> walk(v, out));
            case Collection<?> c -> c.forEach(v -> walk(v, out));
            case Map<?, ?> m -> m.values().forEach(v -> walk(v, out));
            case Record r -> {
                for (Method accessor : ACCESSORS.get(r.getClass())) {
                    try {
                        walk(accessor.invoke(r), out);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + accessor.getName() + " of " + r.getClass(), e);
                    }
                }
            }
            default -> {
                // numbers, dates, cell references and other values are not texts
            }
        }
    }
}
