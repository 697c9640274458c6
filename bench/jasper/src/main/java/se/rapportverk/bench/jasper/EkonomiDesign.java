package se.rapportverk.bench.jasper;

import java.math.BigDecimal;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JRDesignVariable;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.CalculationEnum;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ResetTypeEnum;

/**
 * The comparison report's design: an economy-only follow-up on A4 with a title, a running header
 * with the kommun and nämnd, one group per table (resultaträkning, driftsredovisning) with its
 * column headings and a total row summed by Jasper, one detail row per post or verksamhet, the
 * deviation (prognos − budget) computed by an expression, amounts in mkr with one decimal in
 * Swedish format, and "Sida X av Y" in the footer. Compiled once to a .jasper file, which
 * {@link JasperBench} loads and fills.
 *
 * <p>Usage: {@code java -cp … se.rapportverk.bench.jasper.EkonomiDesign target/ekonomi.jasper}
 */
public final class EkonomiDesign {

    static final String FONT = "DejaVu Sans";
    private static final int PAGE_WIDTH = 595;
    private static final int PAGE_HEIGHT = 842;
    private static final int MARGIN = 57;
    private static final int WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final int LABEL_WIDTH = 171;
    private static final int AMOUNT_WIDTH = (WIDTH - LABEL_WIDTH) / 5;
    private static final String PATTERN = "#,##0.0";

    /** The amount fields in the order of the columns, with their headings. */
    private static final String[][] AMOUNTS = {
            {"utfall", "Utfall period"}, {"budgetPeriod", "Budget period"}, {"budget", "Budget"},
            {"prognos", "Prognos"}};

    private EkonomiDesign() {
    }

    public static void main(String[] args) throws JRException {
        if (args.length != 1) {
            System.err.println("usage: EkonomiDesign OUTPUT.jasper");
            System.exit(2);
        }
        JasperCompileManager.compileReportToFile(design(), args[0]);
    }

    static JasperDesign design() throws JRException {
        JasperDesign d = new JasperDesign();
        d.setName("ekonomi");
        d.setPageWidth(PAGE_WIDTH);
        d.setPageHeight(PAGE_HEIGHT);
        d.setColumnWidth(WIDTH);
        d.setLeftMargin(MARGIN);
        d.setRightMargin(MARGIN);
        d.setTopMargin(MARGIN);
        d.setBottomMargin(MARGIN);

        for (String p : new String[]{"KOMMUN", "NAMND", "TITEL", "PERIOD"}) {
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName(p);
            parameter.setValueClass(String.class);
            d.addParameter(parameter);
        }
        field(d, "tabell", String.class);
        field(d, "rad", String.class);
        for (String[] a : AMOUNTS) {
            field(d, a[0], BigDecimal.class);
        }
        for (String[] a : AMOUNTS) {
            sum(d, "summa_" + a[0], "$F{" + a[0] + "}");
        }
        sum(d, "summa_avvikelse", deviation());

        JRDesignBand title = band(58);
        title.addElement(text("$P{TITEL}", 0, 0, WIDTH, 26, 18f, true, HorizontalTextAlignEnum.LEFT));
        title.addElement(text("\"Ekonomisk uppföljning januari–\" + $P{PERIOD} + \", mkr\"", 0, 30, WIDTH, 18, 11f,
                false, HorizontalTextAlignEnum.LEFT));
        d.setTitle(title);

        JRDesignBand header = band(22);
        header.addElement(text("$P{KOMMUN} + \" · \" + $P{NAMND}", 0, 0, WIDTH, 14, 8f, false,
                HorizontalTextAlignEnum.RIGHT));
        d.setPageHeader(header);

        JRDesignBand footer = band(20);
        footer.addElement(text("\"Sida \" + $V{PAGE_NUMBER} + \" av\"", 0, 4, WIDTH - 22, 14, 8f, false,
                HorizontalTextAlignEnum.RIGHT));
        JRDesignTextField pages = text("\" \" + $V{PAGE_NUMBER}", WIDTH - 22, 4, 22, 14, 8f, false,
                HorizontalTextAlignEnum.LEFT);
        pages.setEvaluationTime(EvaluationTimeEnum.REPORT);
        footer.addElement(pages);
        d.setPageFooter(footer);

        JRDesignGroup group = new JRDesignGroup();
        group.setName("tabell");
        group.setExpression(new JRDesignExpression("$F{tabell}"));
        JRDesignBand groupHeader = band(54);
        groupHeader.addElement(text("$F{tabell}", 0, 6, WIDTH, 18, 12f, true, HorizontalTextAlignEnum.LEFT));
        int x = LABEL_WIDTH;
        for (String[] a : AMOUNTS) {
            groupHeader.addElement(label(a[1], x, 28, AMOUNT_WIDTH));
            x += AMOUNT_WIDTH;
        }
        groupHeader.addElement(label("Avvikelse", x, 28, AMOUNT_WIDTH));
        groupHeader.addElement(line(52));
        ((JRDesignSection) group.getGroupHeaderSection()).addBand(groupHeader);
        JRDesignBand groupFooter = band(26);
        groupFooter.addElement(line(0));
        groupFooter.addElement(text("\"Summa\"", 0, 3, LABEL_WIDTH, 14, 9f, true, HorizontalTextAlignEnum.LEFT));
        x = LABEL_WIDTH;
        for (String[] a : AMOUNTS) {
            groupFooter.addElement(amount("$V{summa_" + a[0] + "}", x, 3, true));
            x += AMOUNT_WIDTH;
        }
        groupFooter.addElement(amount("$V{summa_avvikelse}", x, 3, true));
        ((JRDesignSection) group.getGroupFooterSection()).addBand(groupFooter);
        d.addGroup(group);
        for (JRDesignVariable v : d.getVariablesList().stream()
                .filter(v -> v.getName().startsWith("summa_")).map(v -> (JRDesignVariable) v).toList()) {
            v.setResetType(ResetTypeEnum.GROUP);
            v.setResetGroup("tabell");
        }

        JRDesignBand detail = band(15);
        detail.addElement(text("$F{rad}", 0, 0, LABEL_WIDTH, 15, 9f, false, HorizontalTextAlignEnum.LEFT));
        x = LABEL_WIDTH;
        for (String[] a : AMOUNTS) {
            detail.addElement(amount("$F{" + a[0] + "}", x, 0, false));
            x += AMOUNT_WIDTH;
        }
        detail.addElement(amount(deviation(), x, 0, false));
        ((JRDesignSection) d.getDetailSection()).addBand(detail);
        return d;
    }

    private static String deviation() {
        return "$F{prognos}.subtract($F{budget})";
    }

    private static void field(JasperDesign d, String name, Class<?> type) throws JRException {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(type);
        d.addField(f);
    }

    private static void sum(JasperDesign d, String name, String expression) throws JRException {
        JRDesignVariable v = new JRDesignVariable();
        v.setName(name);
        v.setValueClass(BigDecimal.class);
        v.setCalculation(CalculationEnum.SUM);
        v.setExpression(new JRDesignExpression(expression));
        d.addVariable(v);
    }

    private static JRDesignBand band(int height) {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(height);
        return b;
    }

    private static JRDesignTextField text(String expression, int x, int y, int width, int height, float size,
                                          boolean bold, HorizontalTextAlignEnum align) {
        JRDesignTextField t = new JRDesignTextField();
        t.setExpression(new JRDesignExpression(expression));
        t.setX(x);
        t.setY(y);
        t.setWidth(width);
        t.setHeight(height);
        t.setFontName(FONT);
        t.setFontSize(size);
        t.setBold(bold);
        t.setHorizontalTextAlign(align);
        t.setBlankWhenNull(true);
        return t;
    }

    private static JRDesignTextField amount(String expression, int x, int y, boolean bold) {
        JRDesignTextField t = text(expression, x, y, AMOUNT_WIDTH, 15, 9f, bold, HorizontalTextAlignEnum.RIGHT);
        t.setPattern(PATTERN);
        return t;
    }

    private static JRDesignStaticText label(String text, int x, int y, int width) {
        JRDesignStaticText s = new JRDesignStaticText();
        s.setText(text);
        s.setX(x);
        s.setY(y);
        s.setWidth(width);
        s.setHeight(22);
        s.setFontName(FONT);
        s.setFontSize(8f);
        s.setBold(true);
        s.setHorizontalTextAlign(x == 0 ? HorizontalTextAlignEnum.LEFT : HorizontalTextAlignEnum.RIGHT);
        return s;
    }

    private static JRDesignLine line(int y) {
        JRDesignLine l = new JRDesignLine();
        l.setX(0);
        l.setY(y);
        l.setWidth(WIDTH);
        l.setHeight(1);
        return l;
    }
}
