package se.rapportverk.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Severity;

/** The JSON the API answers with. Keys are English (stable for other systems); texts are Swedish. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /**
     * The findings, in the order found: {@code severity} ({@code error} or {@code warning}),
     * {@code severityText} ({@code fel}, {@code varning}), {@code place} as Rapportverk writes it
     * ({@code Resultaträkning!E5}), split into {@code sheet} and {@code cell} where it names them
     * (both null when it is the whole file), and the Swedish {@code message}.
     */
    static ArrayNode findings(List<Issue> issues, String fileName) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Issue i : issues) {
            ObjectNode f = list.addObject();
            f.put("severity", i.severity() == Severity.ERROR ? "error" : "warning");
            f.put("severityText", i.severity().swedish());
            f.put("place", i.place());
            Place place = Place.of(i.place(), fileName);
            f.put("sheet", place.sheet());
            f.put("cell", place.cell());
            f.put("message", i.message());
        }
        return list;
    }

    /** {@code {"status": 413, "message": "…"}}, with the findings when there are any. */
    static ObjectNode error(WebError e) {
        ObjectNode body = object();
        body.put("status", e.status());
        body.put("message", e.getMessage());
        if (!e.findings().isEmpty()) {
            body.set("findings", findings(e.findings(), e.fileName()));
        }
        return body;
    }

    /**
     * Where a finding is: a cell of a sheet ({@code Resultaträkning!E5}), a sheet ({@code Rapport}),
     * or the whole file (its name).
     */
    record Place(String sheet, String cell) {
        static Place of(String place, String fileName) {
            if (place.equals(fileName)) {
                return new Place(null, null);
            }
            int bang = place.lastIndexOf('!');
            if (bang > 0 && bang < place.length() - 1) {
                return new Place(place.substring(0, bang), place.substring(bang + 1));
            }
            return new Place(place, null);
        }
    }
}
