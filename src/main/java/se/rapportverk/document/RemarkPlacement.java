package se.rapportverk.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each remark stands in a document: on the node that best shows what it is about. Decided once
 * here, for every renderer that shows remarks (Word, as comments).
 *
 * <p>For each remark, the places it names ({@link Remark#where()}, the most telling first) are tried
 * at five levels, finest first; the first level at which one of them is found decides:
 * <ol>
 *   <li><b>the figure</b>: a table cell, a paragraph, a heading, a list or a picture whose cells include the
 *       place; of several, the one showing the fewest cells (a row's own figure before the total that
 *       adds it up), a table cell before a row, the first in the document;</li>
 *   <li><b>the row</b>: a table row, a paragraph, a heading or a list that shows another cell of the
 *       same workbook row (the place is in a column the table does not show), or for a place over
 *       several rows a cell of each (the total row of a column the table does not show); the fewest
 *       cells first;</li>
 *   <li><b>a chart</b>: a chart whose cells include the place, or show another cell of its rows,
 *       as at the two levels above. A chart draws figures that a table or note beside it shows as
 *       text, so a remark goes to the text; on the chart (its caption and drawing) only when nothing
 *       else shows the place;</li>
 *   <li><b>the sheet</b>: the first thing in the document that shows the place's sheet decides: its
 *       table's caption ({@code Resultaträkning}), else the heading it stands under, else itself;</li>
 *   <li><b>the start of the document</b>, its first paragraph: a remark about the whole workbook, the
 *       Rapport sheet, or a sheet this document does not show.</li>
 * </ol>
 * A node's own remark ({@code remark} of a heading, paragraph, list, row or cell) stands on that
 * node, before the remarks placed there. The cost is linear in the cells the nodes show and the
 * remarks.
 */
public final class RemarkPlacement {

    /** What a remark is anchored on. */
    public enum Kind {
        /** The first paragraph of the document. */
        START,
        /** A heading, paragraph, list or chart (the block). */
        BLOCK,
        /** The caption above a table. */
        CAPTION,
        /** A whole table row. */
        ROW,
        /** One table cell. */
        CELL
    }

    /**
     * A place in the document a remark is anchored on.
     *
     * @param kind  what kind of node
     * @param block the block's index ({@code -1} for the start)
     * @param row   the row of a table ({@code -1} unless a row or cell)
     * @param cell  the cell of the row ({@code -1} unless a cell)
     */
    public record At(Kind kind, int block, int row, int cell) {
        /** The start of the document. */
        public static final At START = new At(Kind.START, -1, -1, -1);

        /** A heading, paragraph or list. */
        public static At block(int block) {
            return new At(Kind.BLOCK, block, -1, -1);
        }

        /** The caption of the table at the index. */
        public static At caption(int block) {
            return new At(Kind.CAPTION, block, -1, -1);
        }

        /** A row of the table at the index. */
        public static At row(int block, int row) {
            return new At(Kind.ROW, block, row, -1);
        }

        /** A cell of the table at the index. */
        public static At cell(int block, int row, int cell) {
            return new At(Kind.CELL, block, row, cell);
        }
    }

    /** Ranges of more cells than this are not indexed cell by cell but looked through for each remark. */
    private static final long INDEXED = 1024;
    /** A place spanning more rows than this is looked for by its first rows only at the row level. */
    private static final int ROWS_LOOKED_AT = 1024;

    /**
     * A node that can carry a remark: where it is, what it shows, how fine it is, its order, and
     * whether it is a chart (tried after everything that shows figures as text).
     */
    private record Node(At at, Sources sources, long size, int fineness, int order, boolean chart) {
    }

    private record CellKey(String sheet, int row, int column) {
    }

    private record RowKey(String sheet, int row) {
    }

    private record Big(Sources.Range range, Node node) {
    }

    private static final Comparator<Node> BEST = Comparator.comparingLong(Node::size)
            .thenComparingInt(Node::fineness).thenComparingInt(Node::order);

    private final List<Block> blocks;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<CellKey, List<Node>> byCell = new HashMap<>();
    private final Map<RowKey, List<Node>> byRow = new HashMap<>();
    private final List<Big> big = new ArrayList<>();
    private final Map<String, Node> firstBySheet = new HashMap<>();
    private final Map<At, List<String>> placed = new LinkedHashMap<>();
    private boolean indexing;

    private RemarkPlacement(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * Places the remarks in the document, with the nodes' own remarks.
     *
     * @param document the document
     * @param remarks  the remarks, in the order they are to be read at one place
     */
    public static RemarkPlacement of(Document document, List<Remark> remarks) {
        RemarkPlacement p = new RemarkPlacement(document.blocks());
        p.collect(!remarks.isEmpty());
        for (Remark remark : remarks) {
            p.placed.computeIfAbsent(p.place(remark), k -> new ArrayList<>()).add(remark.text());
        }
        return p;
    }

    /** The texts of the remarks at a place, in order; empty when none. */
    public List<String> at(At at) {
        return placed.getOrDefault(at, List.of());
    }

    /** Every place with remarks and their texts, in the order the places were first used. */
    public Map<At, List<String>> all() {
        return Collections.unmodifiableMap(placed);
    }

    /** Whether there is no remark at all. */
    public boolean isEmpty() {
        return placed.isEmpty();
    }

    // ------------------------------------------------------------------ the nodes

    /** Collects the nodes' own remarks and, when there are remarks to place, indexes what the nodes show. */
    private void collect(boolean index) {
        this.indexing = index;
        for (int i = 0; i < blocks.size(); i++) {
            switch (blocks.get(i)) {
                case Heading h -> node(At.block(i), h.sources(), 1, h.remark(), false);
                case Paragraph p -> node(At.block(i), p.sources(), 1, p.remark(), false);
                case BulletList l -> node(At.block(i), l.sources(), 1, l.remark(), false);
                case NumberedList l -> node(At.block(i), l.sources(), 1, l.remark(), false);
                case Chart c -> node(At.block(i), c.sources(), 1, c.remark(), true);
                case Picture p -> node(At.block(i), p.sources(), 1, "", false);
                case Table t -> {
                    for (int r = 0; r < t.rows().size(); r++) {
                        Table.Row row = t.rows().get(r);
                        for (int c = 0; c < row.cells().size(); c++) {
                            Table.Cell cell = row.cells().get(c);
                            node(At.cell(i, r, c), cell.sources(), 0, cell.remark(), false);
                        }
                        node(At.row(i, r), indexing ? row.shown() : Sources.NONE, 2, row.remark(), false);
                    }
                }
                default -> {
                }
            }
        }
    }

    private void node(At at, Sources sources, int fineness, String remark, boolean chart) {
        if (!remark.isEmpty()) {
            placed.computeIfAbsent(at, k -> new ArrayList<>()).add(remark);
        }
        if (!indexing || sources.isEmpty()) {
            return;
        }
        long size = 0;
        for (Sources.Range r : sources.ranges()) {
            if (!r.wholeSheet()) {
                size = Math.min(Long.MAX_VALUE / 2, size + r.size());
            }
        }
        Node node = new Node(at, sources, size, fineness, nodes.size(), chart);
        nodes.add(node);
        for (Sources.Range r : sources.ranges()) {
            firstBySheet.putIfAbsent(r.sheet(), node);
            if (r.wholeSheet()) {
                continue;
            }
            if (r.size() > INDEXED) {
                big.add(new Big(r, node));
                continue;
            }
            for (int row = r.firstRow(); row <= r.lastRow(); row++) {
                List<Node> inRow = byRow.computeIfAbsent(new RowKey(r.sheet(), row), k -> new ArrayList<>());
                if (inRow.isEmpty() || inRow.get(inRow.size() - 1) != node) {
                    inRow.add(node);
                }
                for (int column = r.firstColumn(); column <= r.lastColumn(); column++) {
                    byCell.computeIfAbsent(new CellKey(r.sheet(), row, column), k -> new ArrayList<>()).add(node);
                }
            }
        }
    }

    // ------------------------------------------------------------------ placing

    private At place(Remark remark) {
        for (boolean charts : new boolean[] {false, true}) {
            for (Sources where : remark.where()) {
                Node best = figure(where, charts);
                if (best != null) {
                    return best.at();
                }
            }
            for (Sources where : remark.where()) {
                Node best = row(where, charts);
                if (best != null) {
                    return best.at();
                }
            }
        }
        for (Sources where : remark.where()) {
            for (String sheet : where.sheets()) {
                Node first = firstBySheet.get(sheet);
                if (first != null) {
                    return section(first.at());
                }
            }
        }
        return At.START;
    }

    /**
     * The finest node whose cells cover every range of the place (whole sheets are left to the sheet
     * level), among the charts or among the rest.
     */
    private Node figure(Sources where, boolean charts) {
        if (where.ranges().stream().anyMatch(Sources.Range::wholeSheet)) {
            return null;
        }
        Sources.Range first = where.ranges().get(0);
        List<Node> candidates = new ArrayList<>(byCell.getOrDefault(
                new CellKey(first.sheet(), first.firstRow(), first.firstColumn()), List.of()));
        for (Big b : big) {
            if (b.range().covers(Sources.Range.cell(first.sheet(), first.firstRow(), first.firstColumn()))) {
                candidates.add(b.node());
            }
        }
        return candidates.stream()
                .filter(n -> n.chart() == charts)
                .filter(n -> where.ranges().stream().allMatch(n.sources()::covers))
                .min(BEST).orElse(null);
    }

    /**
     * The finest row, paragraph or heading that shows a cell on each of the place's workbook rows
     * (for a place in one row: another cell of that row; for a column the table does not show, the
     * total row that adds up all its rows), among the charts or among the rest.
     */
    private Node row(Sources where, boolean charts) {
        if (where.ranges().stream().anyMatch(Sources.Range::wholeSheet)) {
            return null;
        }
        Sources.Range first = where.ranges().get(0);
        List<Node> candidates = new ArrayList<>(byRow.getOrDefault(new RowKey(first.sheet(), first.firstRow()),
                List.of()));
        for (Big b : big) {
            if (showsRow(b.node(), first.sheet(), first.firstRow())) {
                candidates.add(b.node());
            }
        }
        return candidates.stream()
                .filter(n -> n.at().kind() != Kind.CELL && n.chart() == charts)
                .filter(n -> where.ranges().stream().allMatch(r -> showsRows(n, r)))
                .min(BEST).orElse(null);
    }

    /** Whether the node shows a cell on each workbook row of the range (the first rows of a long one). */
    private static boolean showsRows(Node node, Sources.Range range) {
        int last = (int) Math.min(range.lastRow(), (long) range.firstRow() + ROWS_LOOKED_AT - 1);
        for (int row = range.firstRow(); row <= last; row++) {
            if (!showsRow(node, range.sheet(), row)) {
                return false;
            }
        }
        return true;
    }

    private static boolean showsRow(Node node, String sheet, int row) {
        for (Sources.Range r : node.sources().ranges()) {
            if (!r.wholeSheet() && r.sheet().equals(sheet) && r.firstRow() <= row && row <= r.lastRow()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a remark about a whole sheet goes, given the first node that shows the sheet: the caption
     * of its table, else the heading above it, else the node itself.
     */
    private At section(At first) {
        if (first.kind() == Kind.ROW || first.kind() == Kind.CELL) {
            Table table = (Table) blocks.get(first.block());
            if (!table.caption().isEmpty()) {
                return At.caption(first.block());
            }
        } else if (blocks.get(first.block()) instanceof Heading) {
            return first;
        }
        for (int i = first.block() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Heading) {
                return At.block(i);
            }
        }
        return first.kind() == Kind.CELL ? At.row(first.block(), first.row()) : first;
    }

    @Override
    public String toString() {
        return Objects.toString(placed);
    }
}
