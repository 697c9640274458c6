package se.rapportverk.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about itself: its properties, its running header and footer.
 *
 * @param title        document title (property and running header)
 * @param subject      document subject property
 * @param author       author property (Förvaltning or Nämnd)
 * @param language     BCP 47 language tag, {@code sv-SE}
 * @param date         the document date: the only timestamp written into output files
 * @param headerText   running header text (Nämnd and document title)
 * @param footerText   text beside {@code Sida X av Y} in the footer (the Diarienummer), or empty
 * @param keywords     keywords property (may be empty)
 */
public record DocumentInfo(String title, String subject, String author, String language, LocalDate date,
                           String headerText, String footerText, String keywords) {
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(headerText, "headerText");
        Objects.requireNonNull(footerText, "footerText");
        Objects.requireNonNull(keywords, "keywords");
    }
}
