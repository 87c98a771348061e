package eu.newsroom.ingest;

/** Press texts the assistant's flow and browser tests share. */
public final class AssistantFlowTestTexts {

    /** A text with every kind of proposal, and a quotation right after the "in short" points. */
    public static final String EVERY_KIND = """
            EU stärkt Luftverteidigung der Ukraine
            Brüssel, 3. März 2026 – Die EU hat der Ukraine 500 Millionen EUR für die Luftverteidigung bereitgestellt.
            Kurz gesagt
            - Die EU stellt 500 Millionen EUR bereit.
            - Die Munition wird gemeinsam beschafft.
            „Wir liefern, was wir versprochen haben“, sagte die finnische Verteidigungsministerin Aino Salmela.
            Kallas betonte, dass die Eastern Flank Watch die Drohnenabwehr im Osten stärken werde.

            Ein Diplomat sagte, die Gespräche seien schwierig gewesen.
            """;

    private AssistantFlowTestTexts() {
    }
}
