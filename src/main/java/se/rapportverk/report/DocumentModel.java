package se.rapportverk.report;

import java.util.Map;

/** The data of one document's template, and the calculated tables behind it. */
public interface DocumentModel {

    /** The document's title. */
    String title();

    /** The template data: maps, lists, strings and booleans only. */
    Map<String, Object> toModel();

    /** Every calculated table by id, for the auditor's provenance list. */
    Map<String, FigureTable> tables();
}
