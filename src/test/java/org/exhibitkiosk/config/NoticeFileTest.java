package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.files.Problems;
import org.exhibitkiosk.files.ShownPath;
import org.exhibitkiosk.files.StrictMapper;
import org.exhibitkiosk.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * notice.yaml as staff write it: its own text or a predefined notice by id, an end as a time of
 * day (on the kiosk's clock and time zone), a date and time or an instant; a broken file is
 * reported where it is broken and yields no notice.
 */
class NoticeFileTest {

    /** 10:00 in London on a winter Wednesday. */
    private static final Instant MORNING = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path config;
    private KioskConfig shipped;
    private final Problems problems = new Problems();

    @BeforeEach
    void copyTheShippedConfig() {
        TestFolders.copyTree(TestFolders.SHIPPED_CONFIG, config);
        shipped = new ConfigLoader(new StrictMapper()).load(config).config().orElseThrow();
    }

    private Optional<NoticeFile.Active> read(String yaml) throws IOException {
        Files.writeString(config.resolve("notice.yaml"), yaml);
        return NoticeFile.read(config, shipped, MORNING, new StrictMapper(), problems);
    }

    private List<String> problemLines() {
        Path shown = ShownPath.of(config);
        return problems.sorted().stream().map(p -> shown.relativize(p.file()) + ":" + p.line() + ":" + p.column()
                + ": " + p.message()).toList();
    }

    @Test
    void noFileNoNoticeAndNoProblem() {
        assertThat(NoticeFile.read(config, shipped, MORNING, new StrictMapper(), problems)).isEmpty();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aNoticeOfItsOwnEndsAtTheTimeOfDayOnTheKiosksClock() throws IOException {
        Optional<NoticeFile.Active> notice = read("""
                text:
                  en: The lift is out of order today.
                  az: Lift bu gün işləmir.
                  hy: Վերելակն այսօր չի աշխատում։
                until: 18:45
                """);

        assertThat(problemLines()).isEmpty();
        assertThat(notice).hasValueSatisfying(active -> {
            assertThat(active.text().values()).containsEntry("hy", "Վերելակն այսօր չի աշխատում։");
            assertThat(active.kind()).isEqualTo(Notice.Kind.BAND);
            // London is on GMT in December.
            assertThat(active.until()).isEqualTo(Instant.parse("2026-12-02T18:45:00Z"));
        });
    }

    @Test
    void aPredefinedNoticeByIdKeepsItsKindAndAnInstantEndsIt() throws IOException {
        Optional<NoticeFile.Active> evacuation = read("use: evacuation\nuntil: 2026-12-02T11:30:00Z\n");
        assertThat(problemLines()).isEmpty();
        assertThat(evacuation).hasValueSatisfying(active -> {
            assertThat(active.kind()).isEqualTo(Notice.Kind.EVACUATION);
            assertThat(active.text().values()).containsKeys("en", "az", "hy");
            assertThat(active.until()).isEqualTo(Instant.parse("2026-12-02T11:30:00Z"));
        });

        Optional<NoticeFile.Active> closing = read("use: closing-soon\nkind: band\n");
        assertThat(closing).hasValueSatisfying(active -> {
            assertThat(active.text().values()).containsEntry("en", "The museum closes in 15 minutes.");
            assertThat(active.until()).isNull();
        });
    }

    @Test
    void aBrokenNoticeIsReportedWhereItIsBrokenAndGivesNoNotice() throws IOException {
        assertThat(read("text:\n  en: Closed.\n  az: Bağlıdır.\n")).isEmpty();
        assertThat(problemLines()).containsExactly("notice.yaml:2:3: missing the hy text of text");

        Problems fresh = new Problems();
        Files.writeString(config.resolve("notice.yaml"), "use: fire-drill\n");
        assertThat(NoticeFile.read(config, shipped, MORNING, new StrictMapper(), fresh)).isEmpty();
        assertThat(fresh.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(6);
            assertThat(problem.message()).startsWith("no notice 'fire-drill' in kiosk.yaml; it defines: closing-soon");
        });

        Problems until = new Problems();
        Files.writeString(config.resolve("notice.yaml"), "use: closing-soon\nuntil: half past six\n");
        assertThat(NoticeFile.read(config, shipped, MORNING, new StrictMapper(), until)).isEmpty();
        assertThat(until.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(8);
            assertThat(problem.message()).startsWith("'half past six' is not a time");
        });

        Problems unknownKind = new Problems();
        Files.writeString(config.resolve("notice.yaml"), "use: closing-soon\nkind: banner\n");
        assertThat(NoticeFile.read(config, shipped, MORNING, new StrictMapper(), unknownKind)).isEmpty();
        assertThat(unknownKind.sorted()).singleElement().satisfies(problem ->
                assertThat(problem.toString()).contains("notice.yaml:2:7:").contains("'banner' is not one of: band,"
                        + " evacuation"));
    }
}
