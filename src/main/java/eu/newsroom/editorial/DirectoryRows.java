package eu.newsroom.editorial;

import java.time.LocalDate;
import java.util.List;

/**
 * Repeated rows of the directory forms (names, roles, labels, aliases). A form shows the stored rows and
 * a few empty ones to fill; rows left empty are ignored when saving.
 */
final class DirectoryRows {

    /** How many empty rows a form offers beyond the stored ones. */
    static final int SPARE = 2;

    private DirectoryRows() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Adds the spare rows a form shows for new entries. */
    static <T> List<T> withSpare(List<T> rows, java.util.function.Supplier<T> empty) {
        for (int i = 0; i < SPARE; i++) {
            rows.add(empty.get());
        }
        return rows;
    }

    /** A text in one language: a name of an actor, an alias of an initiative. */
    public static class InLanguage {
        private String lang;
        private String text;

        public InLanguage() {
        }

        InLanguage(String lang, String text) {
            this.lang = lang;
            this.text = text;
        }

        boolean isEmpty() {
            return blank(lang) && blank(text);
        }

        public String getLang() {
            return lang;
        }

        public void setLang(String lang) {
            this.lang = lang;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A topic's labels in one language: the preferred one and its alternatives, comma-separated. */
    public static class Labels {
        private String lang;
        private String preferred;
        private String alternatives;

        public Labels() {
        }

        Labels(String lang, String preferred, String alternatives) {
            this.lang = lang;
            this.preferred = preferred;
            this.alternatives = alternatives;
        }

        boolean isEmpty() {
            return blank(lang) && blank(preferred) && blank(alternatives);
        }

        public String getLang() {
            return lang;
        }

        public void setLang(String lang) {
            this.lang = lang;
        }

        public String getPreferred() {
            return preferred;
        }

        public void setPreferred(String preferred) {
            this.preferred = preferred;
        }

        public String getAlternatives() {
            return alternatives;
        }

        public void setAlternatives(String alternatives) {
            this.alternatives = alternatives;
        }
    }

    /** An office an actor held: its title, the organisation, and when. */
    public static class Role {
        private String title;
        private String organisation;
        private LocalDate validFrom;
        private LocalDate validTo;

        public Role() {
        }

        Role(String title, String organisation, LocalDate validFrom, LocalDate validTo) {
            this.title = title;
            this.organisation = organisation;
            this.validFrom = validFrom;
            this.validTo = validTo;
        }

        boolean isEmpty() {
            return blank(title) && blank(organisation) && validFrom == null && validTo == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }
    }
}
