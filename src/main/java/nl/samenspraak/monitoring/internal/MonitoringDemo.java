package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Earlier work of texel, heerenveen and mijnstreek, so the indicator page has a trend: inputs
 * taken in on paper, by phone and at the door over the last two years (as far back as the intake
 * accepts), answered with their own dates, more of them on time as the years go by. Only through
 * the input and feedback modules' APIs; the indicators themselves are computed, never stored.
 */
@Component
@DemoOnly
@Order(90)
class MonitoringDemo implements DemoContributor {

    static final Set<String> SLUGS = Set.of("texel", "heerenveen", "mijnstreek");

    /** Quarters back from today's quarter that get earlier inputs: seven, within the intake's two years. */
    static final int QUARTERS_BACK = 7;

    static final List<String> TEXTS = List.of(
            "Graag een bankje langs het fietspad. Dan kan ik onderweg even rusten.",
            "De bus rijdt 's avonds niet meer. Hoe kom ik dan thuis na de bijeenkomst?",
            "Ik wil graag weten waar ik terecht kan met vragen over mijn moeder.",
            "Kan het spreekuur ook op zaterdag? Door de week werk ik.",
            "Er is te weinig licht bij het pad naar het dorpshuis.",
            "Mijn buurvrouw is veel alleen. Is er iemand die op bezoek kan gaan?");

    static final String ANSWER = "Dank u wel. We hebben dit besproken en nemen het mee in het plan.";

    private static final List<Channel> CHANNELS = List.of(Channel.PAPER, Channel.PHONE, Channel.DOOR_TO_DOOR);

    private final InputIntake intake;
    private final FeedbackLoop feedback;

    MonitoringDemo(InputIntake intake, FeedbackLoop feedback) {
        this.intake = intake;
        this.feedback = feedback;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        if (!SLUGS.contains(demo.slug()) || demo.processIds().isEmpty()) {
            return;
        }
        UUID process = demo.processIds().getFirst();
        int offset = demo.slug().length();
        for (int back = QUARTERS_BACK; back >= 1; back--) {
            LocalDate quarterStart = firstDayOfQuarter(demo.today()).minusMonths(3L * back);
            int inputs = 4 + (back + offset) % 3;
            // Early on, about half is answered on time; lately nearly all.
            int late = Math.max(0, (back * inputs) / (2 * QUARTERS_BACK) + (back > 1 ? 0 : -1));
            for (int i = 0; i < inputs; i++) {
                LocalDate received = quarterStart.plusDays(6 + 9L * i);
                if (received.isBefore(demo.today().minusYears(2).plusDays(1))) {
                    continue;
                }
                UUID id = intake.capture(demo.collaborationId(), process, new NewInput(
                        TEXTS.get((i + back + offset) % TEXTS.size()), CHANNELS.get((i + back) % CHANNELS.size()),
                        received, false, Author.anonymous(), demo.coordinatorId())).id();
                // The demo processes promise an answer within 3 or 4 weeks; the late ones take 6 weeks.
                LocalDate answered = received.plusDays(i < late ? 42 : 5 + i);
                feedback.recordEarlierAnswer(demo.collaborationId(), id, FeedbackStatus.ADOPTED, ANSWER, answered,
                        demo.coordinatorId(), demo.coordinatorEmail());
            }
        }
    }

    private static LocalDate firstDayOfQuarter(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
