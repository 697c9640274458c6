package se.rapportverk.workbook;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An immutable sorted set of cells in one array: the sources of a {@link Figure}. A workbook of
 * 30 000 rows has a quarter of a million figures; as {@code TreeSet}s their one-cell sources took
 * some 150 bytes each, as a {@code CellSet} some 40, and a total over 30 000 cells takes 4 bytes a
 * cell instead of 40. Ordered like {@link CellRef#compareTo}: sheet, column, row.
 */
final class CellSet extends AbstractSet<CellRef> implements SortedSet<CellRef> {

    private static final CellSet EMPTY = new CellSet(new CellRef[0]);

    private final CellRef[] cells;

    private CellSet(CellRef[] sortedDistinct) {
        this.cells = sortedDistinct;
    }

    /** No cells. */
    static CellSet empty() {
        return EMPTY;
    }

    /** One cell. */
    static CellSet of(CellRef cell) {
        return new CellSet(new CellRef[] {cell});
    }

    /** The cells of any collection, sorted, each once. */
    static CellSet copyOf(Collection<CellRef> cells) {
        if (cells instanceof CellSet s) {
            return s;
        }
        if (cells.isEmpty()) {
            return EMPTY;
        }
        CellRef[] a = cells.toArray(new CellRef[0]);
        if (!(cells instanceof SortedSet<?> sorted && sorted.comparator() == null)) {
            Arrays.sort(a);
        }
        return new CellSet(distinct(a, a.length));
    }

    /** The union of two sets of cells. */
    static CellSet union(Collection<CellRef> a, Collection<CellRef> b) {
        CellSet x = copyOf(a);
        CellSet y = copyOf(b);
        if (y.cells.length == 0 || x.equals(y)) {
            return x;
        }
        if (x.cells.length == 0) {
            return y;
        }
        CellRef[] merged = new CellRef[x.cells.length + y.cells.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.cells.length || j < y.cells.length) {
            CellRef next;
            if (j >= y.cells.length || (i < x.cells.length && x.cells[i].compareTo(y.cells[j]) <= 0)) {
                next = x.cells[i++];
            } else {
                next = y.cells[j++];
            }
            if (n == 0 || merged[n - 1].compareTo(next) != 0) {
                merged[n++] = next;
            }
        }
        return new CellSet(n == merged.length ? merged : Arrays.copyOf(merged, n));
    }

    /** The union of many sets of cells. */
    static CellSet union(Iterable<? extends Collection<CellRef>> sets) {
        int total = 0;
        int nonEmpty = 0;
        CellSet only = EMPTY;
        for (Collection<CellRef> s : sets) {
            if (!s.isEmpty()) {
                total += s.size();
                nonEmpty++;
                only = copyOf(s);
            }
        }
        if (nonEmpty <= 1) {
            return only;
        }
        CellRef[] all = new CellRef[total];
        int n = 0;
        for (Collection<CellRef> s : sets) {
            for (CellRef c : s) {
                all[n++] = c;
            }
        }
        Arrays.sort(all, 0, n);
        return new CellSet(distinct(all, n));
    }

    private static CellRef[] distinct(CellRef[] sorted, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (n == 0 || sorted[n - 1].compareTo(sorted[i]) != 0) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof CellRef c && Arrays.binarySearch(cells, c) >= 0;
    }

    @Override
    public Iterator<CellRef> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < cells.length;
            }

            @Override
            public CellRef next() {
                if (next >= cells.length) {
                    throw new NoSuchElementException();
                }
                return cells[next++];
            }
        };
    }

    @Override
    public Comparator<? super CellRef> comparator() {
        return null;
    }

    @Override
    public SortedSet<CellRef> subSet(CellRef from, CellRef to) {
        return range(from, to);
    }

    @Override
    public SortedSet<CellRef> headSet(CellRef to) {
        return range(null, to);
    }

    @Override
    public SortedSet<CellRef> tailSet(CellRef from) {
        return range(from, null);
    }

    private CellSet range(CellRef from, CellRef to) {
        int start = from == null ? 0 : insertion(from);
        int end = to == null ? cells.length : insertion(to);
        return start >= end ? EMPTY : new CellSet(Arrays.copyOfRange(cells, start, end));
    }

    private int insertion(CellRef c) {
        int at = Arrays.binarySearch(cells, c);
        return at >= 0 ? at : -at - 1;
    }

    @Override
    public CellRef first() {
        if (cells.length == 0) {
            throw new NoSuchElementException();
        }
        return cells[0];
    }

    @Override
    public CellRef last() {
        if (cells.length == 0) {
            throw new NoSuchElementException();
        }
        return cells[cells.length - 1];
    }
}
