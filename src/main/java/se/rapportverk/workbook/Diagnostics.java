package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.List;

/** The findings collected while reading and checking a workbook, in the order they were found. */
public final class Diagnostics {

    private final List<Issue> issues = new ArrayList<>();

    /** Records an error at a cell. */
    public void error(CellRef cell, String message) {
        add(new Issue(Severity.ERROR, cell.toString(), message));
    }

    /** Records an error at a place (a sheet or the file). */
    public void error(String place, String message) {
        add(new Issue(Severity.ERROR, place, message));
    }

    /** Records a warning at a cell. */
    public void warning(CellRef cell, String message) {
        add(new Issue(Severity.WARNING, cell.toString(), message));
    }

    /** Records a warning at a place (a sheet or the file). */
    public void warning(String place, String message) {
        add(new Issue(Severity.WARNING, place, message));
    }

    /** Records a finding. */
    public void add(Issue issue) {
        issues.add(issue);
    }

    /** How many findings there are. */
    int size() {
        return issues.size();
    }

    /** Forgets the findings after the first {@code size}. */
    void truncate(int size) {
        issues.subList(size, issues.size()).clear();
    }

    /** All findings in order. */
    public List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** The errors. */
    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** The warnings. */
    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
    }

    /** Whether anything stops generation. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
