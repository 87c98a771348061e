package eu.newsroom.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/extract}: a raw press text and, if known, its language. */
@Schema(description = "A raw press text (plain text or pasted HTML) and optionally its language")
public record ExtractRequest(
        @Schema(description = "The press text, at most 200 KB in UTF-8", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Brüssel, 1. Dezember 2025 - Europa hat bereits über 187 Milliarden EUR bereitgestellt.")
        String text,
        @Schema(description = "BCP 47 language tag; detected when absent", example = "de", nullable = true)
        String lang) {
}
