package eu.newsroom.editorial;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import java.util.function.Function;

/** Side-by-side comparison of two states of a briefing, one row per field line, marked as kept, changed, added or removed. */
public final class RevisionDiff {

    /** One row: how it changed ("equal", "change", "insert", "delete"), the line before and after (plain text). */
    public record Row(String change, String before, String after) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(false)
            // lines stay plain text: the page escapes them, so no HTML is built here
            .lineNormalizer(Function.identity())
            .build();

    private RevisionDiff() {
    }

    public static List<Row> between(BriefingSnapshot before, BriefingSnapshot after) {
        return GENERATOR.generateDiffRows(before.lines(), after.lines()).stream()
                .map(RevisionDiff::row).toList();
    }

    private static Row row(DiffRow row) {
        return new Row(row.getTag().name().toLowerCase(), row.getOldLine(), row.getNewLine());
    }
}
