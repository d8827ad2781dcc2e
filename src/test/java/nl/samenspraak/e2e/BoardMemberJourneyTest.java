package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board member (bestuurder) logs in by keyboard, lands on the yearly report, reads it (also on a phone-sized
 * screen) without ever seeing a resident's name, and finds the PDF link, which gives a PDF. Axe on every page.
 */
class BoardMemberJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;

    @Test
    void aBoardMemberLogsInReadsTheReportAndFindsThePdf() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String board = fixtures.aBoardMember(world);
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID input = intake.capture(c, process, new NewInput("Een pont die vaker vaart.", Channel.PHONE, today().minusDays(4),
                true, new Author("Trijntje Verborgen", "trijntje-" + unique + "@geheim.example", null, null, ContactBy.EMAIL, true),
                world.coordinatorId())).id();
        decisions.record(c, process, new NewDecision("De pont vaart vaker " + unique, "Vanaf de zomer elk uur.",
                "Het bestuur van de vervoerder", today(), null, List.of(input)), world.coordinatorId(), "test");

        // A ripple map, so the drawing and its nested list ("what grew from what") are on the page that axe scans.
        nl.samenspraak.ripple.RippleCases.of(context, c, process, today());

        logIn(board, Fixtures.PASSWORD);
        assertThat(currentPath()).as("a board member lands on the report").isEqualTo("/beheer/" + slug + "/rapport");
        assertThat(heading()).isEqualTo(message("report.title", today().getYear(), world.collaboration().name()));
        assertThat(pageText()).contains("De pont vaart vaker " + unique, message("decision.state.PLANNED"))
                .doesNotContain("Trijntje").doesNotContain("trijntje-" + unique);
        assertThat(pageText()).contains(message("report.ripple.tree"), message("report.account.heading"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabTo(link(message("report.downloads.pdf")));
        String href = driver.findElement(link(message("report.downloads.pdf"))).getAttribute("href");
        assertThat(URI.create(href).getPath()).isEqualTo("/beheer/" + slug + "/rapport/" + today().getYear() + ".pdf");
        var pdf = mvc.perform(get(URI.create(href).getPath()).with(as(board))).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }

        // Last year's report is one link away, and the dashboard is not for a board member.
        tabAndEnter(link(message("report.downloads.year", today().getYear() - 1)));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/rapport/" + (today().getYear() - 1));
        assertThat(pageText()).contains(message("report.decisions.intro", 0));
        assertNoAxeViolations();
        assertThat(driver.findElements(By.linkText(message("report.back")))).isEmpty();
        open("/beheer/" + slug);
        assertThat(pageText()).doesNotContain("De pont vaart vaker " + unique);
    }
}
