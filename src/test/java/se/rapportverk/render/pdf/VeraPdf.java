package se.rapportverk.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates PDF bytes with veraPDF (Foundry API) against a flavour such as PDF/A-3a or PDF/UA-1
 * and reports the failed rules. Reusable by any test.
 */
public final class VeraPdf {

    /**
     * A rule that failed.
     *
     * @param rule        the rule, e.g. {@code ISO 19005-3:2012 6.2.11.4.1-1}
     * @param description what the rule requires
     * @param failures    how many checks of the rule failed
     * @param example     the error message and location of the first failure
     */
    public record Failure(String rule, String description, int failures, String example) {
        @Override
        public String toString() {
            return rule + " (" + failures + "x): " + description + " — e.g. " + example;
        }
    }

    private static boolean initialised;

    private VeraPdf() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /**
     * Validates the PDF against one flavour.
     *
     * @return the failed rules, empty when the file conforms
     */
    public static List<Failure> validate(byte[] pdf, PDFAFlavour flavour) {
        return validate(pdf, List.of(flavour)).get(flavour);
    }

    /**
     * Validates the PDF against several flavours in one pass (the file is parsed once).
     *
     * @return the failed rules of each flavour, an empty list where the file conforms
     */
    public static Map<PDFAFlavour, List<Failure>> validate(byte[] pdf, List<PDFAFlavour> flavours) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavours.get(0));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
            Map<PDFAFlavour, List<Failure>> all = new LinkedHashMap<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                all.put(result.getPDFAFlavour(), failures(result));
            }
            for (PDFAFlavour f : flavours) {
                if (!all.containsKey(f)) {
                    throw new AssertionError("veraPDF returned no result for " + f);
                }
            }
            return all;
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file: " + e, e);
        }
    }

    private static List<Failure> failures(ValidationResult result) {
        Map<String, TestAssertion> first = new LinkedHashMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                first.putIfAbsent(key(a.getRuleId()), a);
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
            String key = key(e.getKey());
            TestAssertion a = first.get(key);
            String example = a == null ? "" : (a.getErrorMessage() + " at " + a.getLocation().getContext());
            failures.add(new Failure(key, a == null ? "" : a.getMessage(), e.getValue(), example));
        }
        if (failures.isEmpty() && !result.isCompliant()) {
            failures.add(new Failure("?", "not compliant, no failed rule reported", 0, ""));
        }
        failures.sort((x, y) -> x.rule().compareTo(y.rule()));
        return failures;
    }

    private static String key(RuleId id) {
        return id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber();
    }
}
